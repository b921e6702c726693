// callbacks, retained callbacks, once callbacks, callback failure, callback interfaces.
#include "common.hpp"

#include <atomic>
#include <stdexcept>
#include <thread>

TEST(callbacks, apply) {
    Probe probe;
    std::vector<uint32_t> seen;
    EXPECT_EQ(cf::apply(41, [&seen, keep = probe.give()](uint32_t x) {
                  seen.push_back(x);
                  return x + 1;
              }),
              42u);
    EXPECT_EQ(seen, (std::vector<uint32_t>{41}));
    EXPECT_TRUE(probe.released());
}

TEST(callbacks, several_calls) {
    int calls = 0;
    EXPECT_EQ(cf::apply_twice(2, [&](uint32_t x) {
                  ++calls;
                  return x * 10;
              }),
              200u);
    EXPECT_EQ(calls, 2);
    std::vector<uint32_t> order;
    EXPECT_EQ(cf::map_u32({1, 2, 3},
                          [&](uint32_t x) {
                              order.push_back(x);
                              return x * x;
                          }),
              (std::vector<uint32_t>{1, 4, 9}));
    EXPECT_EQ(order, (std::vector<uint32_t>{1, 2, 3}));
    std::vector<std::pair<int32_t, int32_t>> folds;
    EXPECT_EQ(cf::fold_i32({1, 2, 3}, 10,
                           [&](int32_t a, int32_t v) {
                               folds.emplace_back(a, v);
                               return a - v;
                           }),
              4);
    EXPECT_EQ(folds, (std::vector<std::pair<int32_t, int32_t>>{{10, 1}, {9, 2}, {7, 3}}));
}

TEST(callbacks, str_arg) {
    std::vector<std::pair<std::string, uint32_t>> words;
    EXPECT_EQ(cf::for_each_word(" alpha  \xce\xb2" "eta ",
                                [&](std::string_view w, uint32_t i) { words.emplace_back(std::string(w), i); }),
              2u);
    EXPECT_EQ(words, (std::vector<std::pair<std::string, uint32_t>>{{"alpha", 0}, {"\xce\xb2" "eta", 1}}));
}

TEST(callbacks, no_args) {
    int calls = 0;
    Probe probe;
    cf::call_n_times(4, [&calls, keep = probe.give()] { ++calls; });
    EXPECT_EQ(calls, 4);
    EXPECT_TRUE(probe.released());
    cf::call_n_times(0, [&calls] { ++calls; });
    EXPECT_EQ(calls, 4);
}

TEST(callbacks, record_and_enum_args) {
    EXPECT_EQ(cf::measure({cf::Point{1, 2}, cf::Point{3, 4}}, [](const cf::Point &p) { return p.x * p.y; }), 14.0);
    std::vector<cf::Color> saw;
    EXPECT_EQ(cf::recolor(cf::Color::Red,
                          [&](cf::Color c) {
                              saw.push_back(c);
                              return cf::Color::Blue;
                          }),
              cf::Color::Blue);
    EXPECT_EQ(saw, (std::vector<cf::Color>{cf::Color::Red}));
    std::vector<cf::Shape> shapes;
    EXPECT_EQ(cf::count_shapes([&](const cf::Shape &s) {
                  shapes.push_back(s);
                  return s.is<cf::Shape::Rect>();
              }),
              1u);
    EXPECT_EQ(shapes, (std::vector<cf::Shape>{cf::Shape::Circle{1}, cf::Shape::Rect{2, 3}, cf::Shape::Empty{}}));
}

TEST(callbacks, owned_record_arg) {
    const cf::Person ann{"Ann", 33, {"a", "b"}, cf::Address{"1 Main St", "Oslo", 1}, std::nullopt};
    cf::Person seen;
    EXPECT_EQ(cf::inspect_person(ann,
                                 [&](const cf::Person &p) {
                                     seen = p;
                                     return p.age + static_cast<uint32_t>(p.tags.size());
                                 }),
              35u);
    EXPECT_EQ(seen.name, "Ann");
    EXPECT_EQ(seen.tags, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(seen.address.city, "Oslo");
}

TEST(callbacks, reentrant) {
    EXPECT_EQ(cf::apply(5, [](uint32_t x) { return cf::echo_u32(x * 2); }), 10u);
    // A borrowed closure is passed with a NULL release hook: that works too.
    EXPECT_EQ(cf::apply(1, [](uint32_t x) { return x; }), 1u);
}

TEST(retained, subscribe_emit) {
    Probe probe;
    auto received = std::make_shared<std::vector<int64_t>>();
    {
        cf::EventSource src;
        EXPECT_EQ(src.subscribe([received, keep = probe.give()](int64_t v) { received->push_back(v); }), 1u);
        EXPECT_FALSE(probe.released());
        EXPECT_EQ(src.emit(7), 1u);
        EXPECT_EQ(*received, (std::vector<int64_t>{7}));
        EXPECT_FALSE(probe.released());
    }
    EXPECT_TRUE(probe.released());
}

TEST(retained, multiple) {
    Probe p1, p2;
    auto order = std::make_shared<std::vector<int>>();
    {
        cf::EventSource src;
        EXPECT_EQ(src.subscribe([order, k = p1.give()](int64_t) { order->push_back(1); }), 1u);
        EXPECT_EQ(src.subscribe([order, k = p2.give()](int64_t) { order->push_back(2); }), 2u);
        EXPECT_EQ(src.emit(3), 2u);
        EXPECT_EQ(*order, (std::vector<int>{1, 2}));
        src.emit(4);
        EXPECT_EQ(src.emitted(), 2u);
    }
    EXPECT_TRUE(p1.released());
    EXPECT_TRUE(p2.released());
}

TEST(retained, clear) {
    Probe p1, p2;
    int calls = 0;
    cf::EventSource src;
    src.subscribe([&calls, k = p1.give()](int64_t) { ++calls; });
    src.subscribe([&calls, k = p2.give()](int64_t) { ++calls; });
    EXPECT_EQ(src.clear(), 2u);
    EXPECT_TRUE(p1.released());
    EXPECT_TRUE(p2.released());
    EXPECT_EQ(src.listener_count(), 0u);
    EXPECT_EQ(src.emit(1), 0u);
    EXPECT_EQ(calls, 0);
}

TEST(retained, threads) {
    Probe probe;
    auto got = std::make_shared<std::atomic<int64_t>>(0);
    auto thread_id = std::make_shared<std::thread::id>();
    cf::EventSource src;
    src.subscribe([got, thread_id, k = probe.give()](int64_t v) {
        got->store(v);
        *thread_id = std::this_thread::get_id();
    });
    EXPECT_EQ(src.emit_from_thread(9), 1u);
    EXPECT_EQ(got->load(), 9);
    EXPECT_NE(*thread_id, std::this_thread::get_id());
    EXPECT_EQ(src.clear_on_thread(), 1u);
    EXPECT_TRUE(probe.released());
}

TEST(retained, reentrant) {
    cf::EventSource src;
    auto seen = std::make_shared<uint32_t>(0);
    const cf::EventSource &self = src;
    src.subscribe([seen, &self](int64_t) { *seen = self.listener_count(); });
    src.emit(1);
    EXPECT_EQ(*seen, 1u);
}

TEST(once, called_once) {
    Probe probe;
    int calls = 0;
    EXPECT_EQ(cf::apply_once(4,
                             [&calls, k = probe.give()](uint32_t x) {
                                 ++calls;
                                 return x + 1;
                             }),
              5u);
    EXPECT_EQ(calls, 1);
    EXPECT_TRUE(probe.released());
}

TEST(once, not_called) {
    Probe probe;
    int calls = 0;
    EXPECT_EQ(cf::maybe_apply_once(false, 4,
                                   [&calls, k = probe.give()](uint32_t x) {
                                       ++calls;
                                       return x + 1;
                                   }),
              4u);
    EXPECT_EQ(calls, 0);
    EXPECT_TRUE(probe.released());
    EXPECT_EQ(cf::maybe_apply_once(true, 4, [](uint32_t x) { return x + 1; }), 5u);
}

TEST(once, on_drop) {
    Probe p1, p2;
    auto finals = std::make_shared<std::vector<int64_t>>();
    {
        cf::Counter c(3);
        c.set_on_drop([finals, k = p1.give()](int64_t v) { finals->push_back(-v); });
        c.set_on_drop([finals, k = p2.give()](int64_t v) { finals->push_back(v); });
        EXPECT_TRUE(p1.released());
        EXPECT_TRUE(finals->empty());
        c.add(4);
        EXPECT_FALSE(p2.released());
    }
    EXPECT_EQ(*finals, (std::vector<int64_t>{7}));
    EXPECT_TRUE(p2.released());
}

struct Failure : std::runtime_error {
    using std::runtime_error::runtime_error;
};

TEST(callback_failure, status) {
    Probe probe;
    // The C++ exception thrown inside the callback comes out of the call, unchanged.
    auto e = thrown<Failure>([&] {
        cf::apply(1, [k = probe.give()](uint32_t) -> uint32_t { throw Failure("refused"); });
    });
    ASSERT_TRUE(e);
    EXPECT_STREQ(e->what(), "refused");
    EXPECT_TRUE(probe.released());
    // The C status and message behind it, through the C API.
    ConformanceFnU32ToU32 fail{[](void *, uint32_t, uint32_t *) -> ConformanceStatus { return -7; }, nullptr,
                               nullptr};
    uint32_t out = 99;
    EXPECT_EQ(conformance_apply(1, fail, &out), CONFORMANCE_CALLBACK_FAILED);
    EXPECT_EQ(out, 99u);
    ConformanceString m = conformance_last_error_message();
    EXPECT_GT(m.len, 0u);
    conformance_string_free(&m);
}

TEST(callback_failure, partial_vec) {
    Probe probe;
    int calls = 0;
    EXPECT_TRUE(thrown<Failure>([&] {
        cf::map_u32({1, 2, 3, 4}, [&calls, k = probe.give()](uint32_t x) {
            if (++calls == 3) {
                throw Failure("third");
            }
            return x;
        });
    }));
    EXPECT_EQ(calls, 3);
    EXPECT_TRUE(probe.released());
}

TEST(callback_failure, once_and_no_return) {
    Probe p1, p2;
    EXPECT_TRUE(thrown<Failure>([&] {
        cf::apply_once(1, [k = p1.give()](uint32_t) -> uint32_t { throw Failure("once"); });
    }));
    EXPECT_TRUE(p1.released());
    int calls = 0;
    EXPECT_TRUE(thrown<Failure>([&] {
        cf::call_n_times(5, [&calls, k = p2.give()] {
            if (++calls == 2) {
                throw Failure("second");
            }
        });
    }));
    EXPECT_EQ(calls, 2);
    EXPECT_TRUE(p2.released());
}

TEST(callback_failure, retained) {
    Probe probe;
    {
        cf::EventSource src;
        src.subscribe([k = probe.give()](int64_t) { throw Failure("listener"); });
        EXPECT_TRUE(thrown<Failure>([&] { src.emit(1); }));
        // From another thread the exception stays there; the call reports CALLBACK_FAILED.
        EXPECT_TRUE(thrown<cf::CallbackFailedError>([&] { src.emit_from_thread(1); }));
        EXPECT_EQ(src.listener_count(), 1u);
        EXPECT_FALSE(probe.released());
    }
    EXPECT_TRUE(probe.released());
}

struct RecordingLogger : cf::Logger {
    explicit RecordingLogger(uint32_t lvl, bool fail = false) : lvl(lvl), fail(fail) {}
    void log(std::string_view message) override {
        if (fail) {
            throw Failure("log failed");
        }
        lines.emplace_back(message);
    }
    uint32_t level() override { return lvl; }
    uint32_t lvl;
    bool fail;
    std::vector<std::string> lines;
};

TEST(callback_failure, interface) {
    auto logger = std::make_shared<RecordingLogger>(3, true);
    std::weak_ptr<RecordingLogger> watch = logger;
    EXPECT_TRUE(thrown<Failure>([&] { cf::call_logger(logger, "x"); }));
    logger.reset();
    EXPECT_TRUE(watch.expired()) << "the library still holds the logger";
}

TEST(interfaces, borrowed) {
    auto logger = std::make_shared<RecordingLogger>(3);
    EXPECT_EQ(cf::call_logger(logger, "hi"), 3u);
    EXPECT_EQ(logger->lines, (std::vector<std::string>{"hi"}));
    EXPECT_EQ(logger.use_count(), 1) << "released by the time the call returns";
}

TEST(interfaces, retained) {
    auto logger = std::make_shared<RecordingLogger>(1);
    {
        cf::Journal journal(logger);
        EXPECT_EQ(journal.write("a"), 1u);
        EXPECT_EQ(journal.write("b"), 2u);
        EXPECT_EQ(journal.lines(), 2u);
        EXPECT_EQ(logger->lines, (std::vector<std::string>{"#1 a", "#2 b"}));
        EXPECT_EQ(logger.use_count(), 2) << "the journal keeps the logger";
    }
    EXPECT_EQ(logger.use_count(), 1) << "released with the journal";
}

TEST(interfaces, silent) {
    auto logger = std::make_shared<RecordingLogger>(0);
    cf::Journal journal(logger);
    EXPECT_EQ(journal.write("a"), 0u);
    EXPECT_TRUE(logger->lines.empty());
}

struct TestCanvas : cf::Canvas {
    bool draw(const cf::Shape &shape, cf::Color color, const cf::Point &at) override {
        colors.push_back(color);
        positions.push_back(at);
        return !shape.is<cf::Shape::Circle>();
    }
    cf::Color tint(cf::Color color) override {
        tinted.push_back(color);
        return cf::Color::Blue;
    }
    double scale() override { return 10; }
    std::vector<cf::Color> colors, tinted;
    std::vector<cf::Point> positions;
};

TEST(interfaces, enums_records) {
    auto canvas = std::make_shared<TestCanvas>();
    EXPECT_EQ(cf::render(canvas, {cf::Shape::Circle{1}, cf::Shape::Rect{2, 3}, cf::Shape::Empty{}}, cf::Color::Red),
              60.0);
    EXPECT_EQ(canvas->colors, (std::vector<cf::Color>(3, cf::Color::Blue)));
    EXPECT_EQ(canvas->positions, (std::vector<cf::Point>{{0, 0}, {1, 0}, {2, 0}}));
    EXPECT_EQ(canvas->tinted, (std::vector<cf::Color>{cf::Color::Red}));
}

// ── The C++ wrapper itself (not cases of cases.toml) ─────────────────────────────────────────

TEST(cpp, exception_in_drop_callback_stays_there) {
    {
        cf::Counter c(1);
        c.set_on_drop([](int64_t) { throw Failure("from drop"); });
    }  // the destructor cannot rethrow it, and drops it
    // A failure that left no C++ exception on this thread (the listener ran on a library thread)
    // is CallbackFailedError, not the stale exception of the destructor.
    EXPECT_TRUE(thrown<cf::CallbackFailedError>([] {
        cf::EventSource src;
        src.subscribe([](int64_t) { throw Failure("on another thread"); });
        src.emit_from_thread(1);
    }));
    auto e = thrown<Failure>([] { cf::apply(1, [](uint32_t) -> uint32_t { throw Failure("mine"); }); });
    ASSERT_TRUE(e);
    EXPECT_STREQ(e->what(), "mine");
}
