// invalid input, docs, layout checks. Where the C++ types cannot express the bad input (a NULL
// pointer with a length, a misaligned slice, a NULL function pointer, an unknown enum value),
// the case goes through the C API the wrapper is built on, as the case list allows.
#include "common.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace {

const std::string &header_text() {
    static const std::string text = [] {
        const char *path = std::getenv("CONFORMANCE_HPP");
        std::ifstream in(path != nullptr ? path : "");
        std::stringstream ss;
        ss << in.rdbuf();
        return ss.str();
    }();
    return text;
}

void expect_in_header(const char *needle) {
    ASSERT_FALSE(header_text().empty()) << "set CONFORMANCE_HPP to the generated conformance.hpp";
    EXPECT_NE(header_text().find(needle), std::string::npos) << "conformance.hpp lacks: " << needle;
}

template <class T>
constexpr uint64_t layout_of() {
    return (static_cast<uint64_t>(sizeof(T)) << 16) | static_cast<uint64_t>(alignof(T));
}

}  // namespace

TEST(invalid, utf8_str) {
    for (std::string_view bad : {std::string_view("\xff"), std::string_view("\xc0\xaf"), std::string_view("\xed\xa0\x80"),
                                 std::string_view("ok\xe2\x82")}) {
        EXPECT_TRUE(thrown<cf::InvalidArgumentError>([&] { cf::count_chars(bad); }));
    }
    auto e = thrown<cf::InvalidArgumentError>([] { cf::greet("\xff"); });
    ASSERT_TRUE(e);
    EXPECT_NE(e->message().find("name"), std::string::npos) << e->message();
}

TEST(invalid, utf8_owned) {
    EXPECT_TRUE(thrown<cf::InvalidArgumentError>([] { cf::to_upper("a\xff"); }));
    EXPECT_TRUE(thrown<cf::InvalidArgumentError>([] { cf::greet_opt(std::string("\xff")); }));
    EXPECT_TRUE(thrown<cf::InvalidArgumentError>([] { cf::join({"ok", "\xff"}, ","); }));
}

TEST(invalid, utf8_record_field) {
    const cf::Address paris{"1 Main St", "Paris", 1};
    EXPECT_TRUE(thrown<cf::InvalidArgumentError>(
        [&] { cf::describe_person(cf::Person{"\xff", 1, {"a", "b"}, paris, std::nullopt}); }));
    EXPECT_TRUE(thrown<cf::InvalidArgumentError>(
        [&] { cf::describe_person(cf::Person{"Ann", 1, {"a", "\xc3"}, paris, std::nullopt}); }));
    EXPECT_TRUE(thrown<cf::InvalidArgumentError>([&] {
        cf::describe_person(cf::Person{"Ann", 1, {"a", "b"}, cf::Address{"1 Main St", "Par\xffis", 1}, std::nullopt});
    }));
}

TEST(invalid, null_with_len) {
    // A std::string_view or Span cannot hold this without undefined behaviour: the C API.
    size_t n = 0;
    EXPECT_EQ(conformance_count_chars(ConformanceStr{nullptr, 3}, &n), CONFORMANCE_INVALID_ARGUMENT);
    double sum = 0;
    EXPECT_EQ(conformance_sum_f64(ConformanceSliceF64{nullptr, 2}, &sum), CONFORMANCE_INVALID_ARGUMENT);
    EXPECT_EQ(conformance_fill(ConformanceSliceMutU32{nullptr, 2}, 1), CONFORMANCE_INVALID_ARGUMENT);
    ConformanceVecI32 sorted{};
    EXPECT_EQ(conformance_sorted_i32(ConformanceSliceI32{nullptr, 1}, &sorted), CONFORMANCE_INVALID_ARGUMENT);
    EXPECT_EQ(sorted.len, 0u);
    // Through the wrapper, the same error surfaces as an exception.
    EXPECT_TRUE(thrown<cf::InvalidArgumentError>([] { cf::sum_f64(cf::Span<const double>(nullptr, 2)); }));
}

TEST(invalid, unknown_c_enum) {
    // An enum class can hold any int32_t value: the library refuses those no variant has.
    for (int32_t bad : {1, 7, -1}) {
        EXPECT_TRUE(thrown<cf::InvalidArgumentError>([&] { cf::echo_color(static_cast<cf::Color>(bad)); })) << bad;
    }
    const cf::Styled s{static_cast<cf::Color>(3), cf::Level::Mid, cf::Shape::Empty{}};
    EXPECT_TRUE(thrown<cf::InvalidArgumentError>([&] { cf::echo_styled(s); }));
}

TEST(invalid, unknown_data_enum_tag) {
    // A std::variant always holds a valid alternative: the C API.
    for (int32_t bad : {3, -1}) {
        ConformanceShape s{};
        s.tag = bad;
        double a = 0;
        EXPECT_EQ(conformance_area(s, &a), CONFORMANCE_INVALID_ARGUMENT) << bad;
    }
}

TEST(invalid, null_out) {
    // The wrapper always passes an out-parameter: the C API.
    EXPECT_EQ(conformance_echo_u8(1, nullptr), CONFORMANCE_INVALID_ARGUMENT);
    EXPECT_EQ(conformance_greet(ConformanceStr{"x", 1}, nullptr), CONFORMANCE_INVALID_ARGUMENT);
}

struct CountingLogger : cf::Logger {
    void log(std::string_view) override { ++calls; }
    uint32_t level() override {
        ++calls;
        return 1;
    }
    int calls = 0;
};

TEST(invalid, released_on_early_failure) {
    // Invalid UTF-8 after the Logger: the logger is never called and is released.
    auto logger = std::make_shared<CountingLogger>();
    EXPECT_TRUE(thrown<cf::InvalidArgumentError>([&] { cf::call_logger(logger, "\xff"); }));
    EXPECT_EQ(logger->calls, 0);
    EXPECT_EQ(logger.use_count(), 1);
    // A retained closure given to a call that fails early is released (deleted) too.
    Probe probe;
    int calls = 0;
    cf::Counter stale = cf::Counter::from_raw(ConformanceCounter{0});
    EXPECT_TRUE(thrown<cf::InvalidHandleError>(
        [&] { stale.set_on_drop([&calls, k = probe.give()](int64_t) { ++calls; }); }));
    EXPECT_EQ(calls, 0);
    EXPECT_TRUE(probe.released());
    // A NULL out-parameter (C API): the closure is released, never called.
    struct Tracker {
        int calls = 0;
        int releases = 0;
    } t;
    ConformanceFnU32ToU32 f{[](void *ud, uint32_t x, uint32_t *out) -> ConformanceStatus {
                                ++static_cast<Tracker *>(ud)->calls;
                                *out = x;
                                return CONFORMANCE_OK;
                            },
                            &t, [](void *ud) { ++static_cast<Tracker *>(ud)->releases; }};
    EXPECT_EQ(conformance_apply(1, f, nullptr), CONFORMANCE_INVALID_ARGUMENT);
    EXPECT_EQ(t.calls, 0);
    EXPECT_EQ(t.releases, 1);
    // A vtable with a NULL entry is refused, and released.
    Tracker v;
    ConformanceLogger broken{&v, [](void *ud, ConformanceStr) -> ConformanceStatus {
                                 ++static_cast<Tracker *>(ud)->calls;
                                 return CONFORMANCE_OK;
                             },
                             nullptr, [](void *ud) { ++static_cast<Tracker *>(ud)->releases; }};
    uint32_t out = 0;
    EXPECT_EQ(conformance_call_logger(broken, ConformanceStr{"x", 1}, &out), CONFORMANCE_INVALID_ARGUMENT);
    EXPECT_EQ(v.calls, 0);
    EXPECT_EQ(v.releases, 1);
}

TEST(invalid, misaligned_slice) {
    alignas(double) unsigned char storage[3 * sizeof(double)] = {};
    double sum = 0;
    EXPECT_EQ(conformance_sum_f64(ConformanceSliceF64{reinterpret_cast<const double *>(storage + 1), 2}, &sum),
              CONFORMANCE_INVALID_ARGUMENT);
}

TEST(invalid, null_function_pointer) {
    // The wrapper always fills every function pointer: the C API.
    uint32_t out = 0;
    EXPECT_EQ(conformance_apply(1, ConformanceFnU32ToU32{nullptr, nullptr, nullptr}, &out),
              CONFORMANCE_INVALID_ARGUMENT);
    ConformanceLogger logger{nullptr, [](void *, ConformanceStr) -> ConformanceStatus { return CONFORMANCE_OK; },
                             nullptr, nullptr};
    EXPECT_EQ(conformance_call_logger(logger, ConformanceStr{"x", 1}, &out), CONFORMANCE_INVALID_ARGUMENT);
    // And a null std::shared_ptr is refused by the wrapper before the call.
    EXPECT_TRUE(thrown<cf::InvalidArgumentError>([] { cf::call_logger(nullptr, "x"); }));
}

TEST(docs, items) {
    expect_in_header("Reference library for the polybind conformance suite");
    expect_in_header("Echoes an unsigned byte back to the caller");
    expect_in_header("The largest batch the library accepts");
    expect_in_header("Receives log lines; implemented by the foreign side");
}

TEST(docs, members) {
    expect_in_header("Horizontal coordinate, in metres");
    expect_in_header("The colour of grass");
    expect_in_header("Reads the current value of the counter");
}

// This file compiling at all is half of the case: Packet's doc holds a comment terminator.
TEST(docs, comment_terminator) {
    expect_in_header("must not end the C comment early");
    expect_in_header("Its fields have every alignment, so the C struct has padding");
}

TEST(layout, verify_interface) { EXPECT_NO_THROW(cf::verify_interface()); }

TEST(layout, records) {
    EXPECT_EQ(conformance_layout_point(), layout_of<ConformancePoint>());
    EXPECT_EQ(conformance_layout_pixel(), layout_of<ConformancePixel>());
    EXPECT_EQ(conformance_layout_packet(), layout_of<ConformancePacket>());
    EXPECT_EQ(conformance_layout_styled(), layout_of<ConformanceStyled>());
    EXPECT_EQ(conformance_layout_marker(), layout_of<ConformanceMarker>());
    EXPECT_EQ(conformance_layout_line(), layout_of<ConformanceLine>());
    EXPECT_EQ(conformance_layout_address(), layout_of<ConformanceAddress>());
    EXPECT_EQ(conformance_layout_person(), layout_of<ConformancePerson>());
    EXPECT_EQ(conformance_layout_polygon(), layout_of<ConformancePolygon>());
    EXPECT_EQ(conformance_layout_team(), layout_of<ConformanceTeam>());
    EXPECT_EQ(conformance_layout_pixel(), (UINT64_C(4) << 16) | 1u);
    EXPECT_EQ(conformance_layout_point(), (UINT64_C(16) << 16) | 8u);
}

TEST(layout, enums) {
    EXPECT_EQ(layout_of<cf::Color>(), layout_of<int32_t>());
    EXPECT_EQ(layout_of<cf::Level>(), layout_of<int32_t>());
    EXPECT_EQ(conformance_layout_shape(), layout_of<ConformanceShape>());
    EXPECT_EQ(conformance_layout_message(), layout_of<ConformanceMessage>());
    EXPECT_EQ(conformance_layout_math_error(), layout_of<ConformanceMathError>());
    EXPECT_EQ(conformance_layout_parse_error(), layout_of<ConformanceParseError>());
    EXPECT_EQ(conformance_layout_age_error(), layout_of<ConformanceAgeError>());
}

TEST(layout, checksums) {
    const uint64_t sums[] = {
        conformance_checksum_fn_echo_u8(),         conformance_checksum_fn_echo_u16(),
        conformance_checksum_method_counter_get(), conformance_checksum_type_point(),
        conformance_checksum_type_counter(),       conformance_checksum_type_logger(),
    };
    for (size_t i = 0; i < std::size(sums); ++i) {
        EXPECT_NE(sums[i], 0u);
        for (size_t j = 0; j < i; ++j) {
            EXPECT_NE(sums[i], sums[j]) << i << " vs " << j;
        }
    }
    EXPECT_EQ(conformance_checksum_fn_echo_u8(), sums[0]);
    EXPECT_EQ(conformance_checksum_type_point(), sums[3]);
}
