// objects, object_drop, stale_handles, panics.
#include "common.hpp"

#include <cstdint>
#include <type_traits>

TEST(objects, methods) {
    cf::Counter c(5);
    EXPECT_EQ(c.get(), 5);
    c.add(10);
    c.add(-3);
    EXPECT_EQ(c.get(), 12);
    EXPECT_EQ(c.describe(), "Counter(12)");
    cf::Counter one(1);
    one.add(INT64_MAX);
    EXPECT_EQ(one.get(), INT64_MIN);
    EXPECT_EQ(cf::Counter::version(), 3u);
}

TEST(objects, fallible) {
    EXPECT_EQ(cf::Counter::parse("12").get(), 12);
    const uint64_t live = cf::live_counters();
    EXPECT_TRUE(thrown<cf::ParseError::Empty>([] { cf::Counter::parse(""); }));
    EXPECT_EQ(cf::live_counters(), live);
    cf::Counter c(5);
    auto e = thrown<cf::MathError::Overflow>([&] { c.try_add(INT64_MAX); });
    ASSERT_TRUE(e);
    EXPECT_EQ(e->value, 5);
    EXPECT_EQ(c.get(), 5);
    EXPECT_EQ(c.try_add(1), 6);
}

TEST(objects, as_params) {
    const cf::Counter a(2);
    const cf::Counter b(40);
    EXPECT_EQ(cf::total(a, b), 42);
    EXPECT_EQ(cf::total(a, a), 4);
    EXPECT_EQ(a.sum_with(b), 42);
    EXPECT_EQ(a.sum_with(a), 4);
}

TEST(objects, returned) {
    cf::Counter c(3);
    cf::Counter f = c.fork();
    EXPECT_EQ(f.get(), 3);
    f.add(1);
    EXPECT_EQ(f.get(), 4);
    EXPECT_EQ(c.get(), 3);
    EXPECT_EQ(cf::make_counter(7).get(), 7);
}

TEST(drop, live_count) {
    const uint64_t before = cf::live_counters();
    {
        cf::Counter a(1);
        EXPECT_EQ(cf::live_counters(), before + 1);
        {
            cf::Counter b(2);
            EXPECT_EQ(cf::live_counters(), before + 2);
        }
        EXPECT_EQ(cf::live_counters(), before + 1);
    }
    EXPECT_EQ(cf::live_counters(), before);
}

TEST(drop, forked) {
    const uint64_t before = cf::live_counters();
    auto original = std::make_unique<cf::Counter>(1);
    cf::Counter fork = original->fork();
    cf::Counter made = cf::make_counter(2);
    EXPECT_EQ(cf::live_counters(), before + 3);
    original.reset();
    EXPECT_EQ(cf::live_counters(), before + 2);
    EXPECT_EQ(fork.get(), 1);
    { cf::Counter gone = std::move(made); }
    EXPECT_EQ(cf::live_counters(), before + 1);
}

TEST(drop, failed_constructor) {
    const uint64_t before = cf::live_counters();
    EXPECT_TRUE(thrown<cf::ParseError>([] { cf::Counter::parse("x"); }));
    EXPECT_TRUE(thrown<cf::PanicError>([] { cf::Counter::from_sum({INT64_MAX, 1}); }));
    EXPECT_EQ(cf::live_counters(), before);
}

TEST(handles, use_after_free) {
    cf::Counter c(1);
    const ConformanceCounter raw = c.release();
    ASSERT_EQ(conformance_counter_free(raw), CONFORMANCE_OK);
    cf::Counter stale = cf::Counter::from_raw(raw);
    auto e = thrown<cf::InvalidHandleError>([&] { stale.get(); });
    ASSERT_TRUE(e);
    EXPECT_EQ(e->status(), CONFORMANCE_INVALID_HANDLE);
    EXPECT_FALSE(e->message().empty());
    // Its destructor releases the stale handle again: answered INVALID_HANDLE, ignored.
}

TEST(handles, double_free) {
    cf::Counter c(1);
    const ConformanceCounter raw = c.release();
    ASSERT_EQ(conformance_counter_free(raw), CONFORMANCE_OK);
    const uint64_t live = cf::live_counters();
    EXPECT_EQ(conformance_counter_free(raw), CONFORMANCE_INVALID_HANDLE);
    EXPECT_EQ(cf::live_counters(), live);
}

TEST(handles, null_and_forged) {
    for (uint64_t h : {uint64_t{0}, UINT64_MAX, uint64_t{0x1234}}) {
        cf::Counter forged = cf::Counter::from_raw(ConformanceCounter{h});
        EXPECT_TRUE(thrown<cf::InvalidHandleError>([&] { forged.get(); })) << h;
        EXPECT_EQ(conformance_counter_free(forged.release()), CONFORMANCE_INVALID_HANDLE) << h;
    }
}

TEST(handles, wrong_type) {
    cf::EventSource src;
    cf::Counter fake = cf::Counter::from_raw(ConformanceCounter{src.raw().handle});
    EXPECT_TRUE(thrown<cf::InvalidHandleError>([&] { fake.get(); }));
    EXPECT_EQ(conformance_counter_free(fake.release()), CONFORMANCE_INVALID_HANDLE);
    EXPECT_EQ(src.listener_count(), 0u);
}

TEST(handles, reused_slot) {
    cf::Counter c1(1);
    const ConformanceCounter raw1 = c1.release();
    ASSERT_EQ(conformance_counter_free(raw1), CONFORMANCE_OK);
    const cf::Counter c2(2);
    EXPECT_NE(c2.raw().handle, raw1.handle);
    const cf::Counter stale = cf::Counter::from_raw(raw1);
    EXPECT_TRUE(thrown<cf::InvalidHandleError>([&] { stale.get(); }));
    EXPECT_EQ(c2.get(), 2);
    EXPECT_TRUE(thrown<cf::InvalidHandleError>([&] { cf::total(c2, stale); }));
    EXPECT_TRUE(thrown<cf::InvalidHandleError>([&] { c2.sum_with(stale); }));
}

TEST(panics, message) {
    auto e = thrown<cf::PanicError>([] { cf::always_panics("boom"); });
    ASSERT_TRUE(e);
    EXPECT_EQ(e->status(), CONFORMANCE_PANIC);
    EXPECT_NE(e->message().find("boom"), std::string::npos) << e->message();
    const std::string uni = "\xc3\xbcn\xc3\xaf" "c\xc3\xb8" "d\xc3\xa9 \xf0\x9f\x92\xa5";
    auto u = thrown<cf::PanicError>([&] { cf::always_panics(uni); });
    ASSERT_TRUE(u);
    EXPECT_NE(u->message().find(uni), std::string::npos) << u->message();
}

TEST(panics, non_string_payload) {
    auto e = thrown<cf::PanicError>([] { cf::panic_with_code(7); });
    ASSERT_TRUE(e);
    EXPECT_FALSE(e->message().empty());
}

TEST(panics, in_result_fn) {
    // PANIC, not the function's error type.
    auto e = thrown<cf::PanicError>([] { cf::divide_exact(1, 0); });
    EXPECT_TRUE(e);
}

TEST(panics, in_object) {
    cf::Counter c(10);
    auto e = thrown<cf::PanicError>([&] { c.divide(0); });
    ASSERT_TRUE(e);
    EXPECT_NE(e->message().find("divide by zero"), std::string::npos) << e->message();
    EXPECT_EQ(c.divide(2), 5);
    const uint64_t live = cf::live_counters();
    auto f = thrown<cf::PanicError>([] { cf::Counter::from_sum({INT64_MAX, 1}); });
    ASSERT_TRUE(f);
    EXPECT_NE(f->message().find("counter sum overflows"), std::string::npos) << f->message();
    EXPECT_EQ(cf::live_counters(), live);
}

TEST(panics, after_callback) {
    Probe probe;
    auto e = thrown<cf::PanicError>([&] {
        cf::apply_nonzero(1, [keep = probe.give()](uint32_t) { return 0u; });
    });
    ASSERT_TRUE(e);
    EXPECT_NE(e->message().find("callback returned zero"), std::string::npos) << e->message();
    EXPECT_TRUE(probe.released());
    EXPECT_EQ(cf::echo_u32(5), 5u);
    auto again = thrown<cf::PanicError>([] { cf::always_panics("second"); });
    ASSERT_TRUE(again);
    EXPECT_NE(again->message().find("second"), std::string::npos);
    EXPECT_EQ(again->message().find("callback returned zero"), std::string::npos);
}

// ── The C++ wrapper itself (not cases of cases.toml) ─────────────────────────────────────────

TEST(cpp, namespaces_follow_modules) {
    // Each item is declared in the namespace of its Rust module; the runtime stays at the root.
    EXPECT_EQ(conformance::strings::greet("ns"), cf::greet("ns"));
    EXPECT_EQ(conformance::primitives::echo_u32(7u), 7u);
    const conformance::records::Point p{1, 2};
    EXPECT_EQ(p, (cf::Point{1, 2}));
    static_assert(std::is_same_v<cf::Counter, conformance::objects::Counter>, "one class, two spellings");
    static_assert(std::is_base_of_v<conformance::Error, conformance::PanicError>, "runtime at the root");
}

TEST(cpp, panic_is_an_exception) {
    // A Rust panic reaches C++ as PanicError, which is an Error and a std::exception.
    try {
        cf::always_panics("as exception");
        FAIL() << "no exception";
    } catch (const std::exception &e) {
        EXPECT_NE(dynamic_cast<const cf::PanicError *>(&e), nullptr);
        EXPECT_NE(std::string(e.what()).find("as exception"), std::string::npos);
    }
}

TEST(cpp, moved_from_object_throws) {
    cf::Counter a(1);
    cf::Counter b = std::move(a);
    EXPECT_FALSE(static_cast<bool>(a));
    EXPECT_TRUE(static_cast<bool>(b));
    auto e = thrown<cf::InvalidHandleError>([&] { a.get(); });
    ASSERT_TRUE(e);
    EXPECT_FALSE(e->message().empty());
    EXPECT_EQ(b.get(), 1);
    cf::Counter c(5);
    c = std::move(b);
    EXPECT_EQ(c.get(), 1);
    EXPECT_TRUE(thrown<cf::InvalidHandleError>([&] { b.add(1); }));
    static_assert(!std::is_copy_constructible_v<cf::Counter>, "objects are move-only");
    static_assert(!std::is_copy_assignable_v<cf::Counter>, "objects are move-only");
    static_assert(std::is_nothrow_move_constructible_v<cf::Counter>, "moves never throw");
}

TEST(cpp, allocation_tracking_counts_live_buffers) {
    const cf::AllocationStats before = cf::allocation_stats();
    ASSERT_TRUE(before.tracking);
    ConformanceString s{};
    ASSERT_EQ(conformance_greet(ConformanceStr{"x", 1}, &s), CONFORMANCE_OK);
    const cf::AllocationStats during = cf::allocation_stats();
    EXPECT_EQ(during.live_allocations, before.live_allocations + 1);
    EXPECT_EQ(during.live_bytes, before.live_bytes + s.cap);
    conformance_string_free(&s);
    EXPECT_EQ(cf::allocation_stats().live_allocations, before.live_allocations);
    EXPECT_EQ(cf::allocation_stats().live_bytes, before.live_bytes);
}
