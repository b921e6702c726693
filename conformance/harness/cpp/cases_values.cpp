// integers, floats, bool, strings, slices, mutable slices, vectors, options, constants.
#include "common.hpp"

#include <cmath>
#include <cstdint>
#include <limits>

template <class T>
using lim = std::numeric_limits<T>;

TEST(primitives, unsigned_extremes) {
    EXPECT_EQ(cf::echo_u8(0), 0);
    EXPECT_EQ(cf::echo_u8(255), 255);
    EXPECT_EQ(cf::echo_u16(0), 0);
    EXPECT_EQ(cf::echo_u16(65535), 65535);
    EXPECT_EQ(cf::echo_u32(0), 0u);
    EXPECT_EQ(cf::echo_u32(4294967295u), 4294967295u);
    EXPECT_EQ(cf::echo_u64(0), 0u);
    EXPECT_EQ(cf::echo_u64(UINT64_C(18446744073709551615)), UINT64_C(18446744073709551615));
}

TEST(primitives, signed_extremes) {
    for (int8_t v : {lim<int8_t>::min(), int8_t{-1}, lim<int8_t>::max()}) EXPECT_EQ(cf::echo_i8(v), v);
    for (int16_t v : {lim<int16_t>::min(), int16_t{-1}, lim<int16_t>::max()}) EXPECT_EQ(cf::echo_i16(v), v);
    for (int32_t v : {lim<int32_t>::min(), -1, lim<int32_t>::max()}) EXPECT_EQ(cf::echo_i32(v), v);
    for (int64_t v : {lim<int64_t>::min(), int64_t{-1}, lim<int64_t>::max()}) EXPECT_EQ(cf::echo_i64(v), v);
    EXPECT_EQ(cf::echo_i8(-128), -128);
    EXPECT_EQ(cf::echo_i64(INT64_MIN), INT64_MIN);
}

TEST(primitives, pointer_sized) {
    EXPECT_EQ(cf::usize_max(), SIZE_MAX);
    EXPECT_EQ(cf::isize_min(), INTPTR_MIN);
    EXPECT_EQ(cf::echo_usize(SIZE_MAX), SIZE_MAX);
    EXPECT_EQ(cf::echo_isize(INTPTR_MIN), INTPTR_MIN);
    EXPECT_EQ(cf::echo_isize(INTPTR_MAX), INTPTR_MAX);
}

TEST(primitives, arithmetic) {
    EXPECT_EQ(cf::wrapping_add_u64(UINT64_MAX, 2), 1u);
    EXPECT_EQ(cf::wrapping_neg_i8(-128), -128);
    EXPECT_EQ(cf::wrapping_neg_i8(5), -5);
    EXPECT_EQ(cf::mix(200, -300, 4000000000u, -5000000000, 0.5f, 0.25, true, 65535, -128, UINT64_C(1099511627776)),
              1098511693084.75);
}

TEST(primitives, float_extremes) {
    for (float v : {1.5f, lim<float>::max(), -lim<float>::max(), lim<float>::min(), lim<float>::denorm_min()}) {
        EXPECT_EQ(bytes_of_value(cf::echo_f32(v)), bytes_of_value(v));
    }
    EXPECT_EQ(lim<float>::denorm_min(), std::ldexp(1.0f, -149));
    for (double v : {lim<double>::max(), lim<double>::min(), lim<double>::denorm_min()}) {
        EXPECT_EQ(bytes_of_value(cf::echo_f64(v)), bytes_of_value(v));
    }
}

TEST(primitives, nan) {
    EXPECT_TRUE(std::isnan(cf::echo_f64(lim<double>::quiet_NaN())));
    EXPECT_TRUE(std::isnan(cf::echo_f32(lim<float>::quiet_NaN())));
    EXPECT_TRUE(cf::is_nan(lim<double>::quiet_NaN()));
    EXPECT_FALSE(cf::is_nan(1.0));
    const double payload = cf::f64_from_bits(UINT64_C(0x7ff8000000000001));
    EXPECT_TRUE(std::isnan(payload));
    uint64_t bits = 0;
    std::memcpy(&bits, &payload, sizeof bits);
    EXPECT_EQ(bits, UINT64_C(0x7ff8000000000001));
    EXPECT_EQ(cf::f64_to_bits(payload), UINT64_C(0x7ff8000000000001));
    EXPECT_EQ(cf::f32_to_bits(1.0f), 0x3f800000u);
}

TEST(primitives, infinity) {
    const double inf = lim<double>::infinity();
    const float inff = lim<float>::infinity();
    EXPECT_EQ(cf::echo_f64(inf), inf);
    EXPECT_EQ(cf::echo_f64(-inf), -inf);
    EXPECT_EQ(cf::echo_f32(inff), inff);
    EXPECT_EQ(cf::echo_f32(-inff), -inff);
    EXPECT_EQ(cf::infinity_f32(), inff);
}

TEST(primitives, negative_zero) {
    EXPECT_TRUE(std::signbit(cf::echo_f64(-0.0)));
    EXPECT_TRUE(std::signbit(cf::echo_f32(-0.0f)));
    EXPECT_TRUE(cf::is_negative_zero(-0.0));
    EXPECT_FALSE(cf::is_negative_zero(0.0));
    EXPECT_EQ(cf::f64_to_bits(-2.0), UINT64_C(0xc000000000000000));
}

TEST(primitives, bool_values) {
    EXPECT_TRUE(cf::echo_bool(true));
    EXPECT_FALSE(cf::echo_bool(false));
    EXPECT_FALSE(cf::invert(true));
    EXPECT_TRUE(cf::invert(false));
}

TEST(primitives, bool_slice) {
    EXPECT_TRUE(cf::all_true({true, true}));
    EXPECT_FALSE(cf::all_true({true, false, true}));
    EXPECT_TRUE(cf::all_true({}));
}

TEST(strings, char_counts) {
    EXPECT_EQ(cf::count_chars("hello"), 5u);
    EXPECT_EQ(cf::byte_len("hello"), 5u);
    EXPECT_EQ(cf::count_chars("h\xc3\xa9llo"), 5u);
    EXPECT_EQ(cf::byte_len("h\xc3\xa9llo"), 6u);
    EXPECT_EQ(cf::count_chars("\xf0\x9f\x91\x8b\xf0\x9f\x8c\x8d"), 2u);
    EXPECT_EQ(cf::byte_len("\xf0\x9f\x91\x8b\xf0\x9f\x8c\x8d"), 8u);
    EXPECT_EQ(cf::count_chars(std::string(1 << 20, 'x')), 1048576u);
}

TEST(strings, not_nul_terminated) {
    const std::string_view hello = std::string_view("hello world").substr(0, 5);
    EXPECT_EQ(cf::count_chars(hello), 5u);
    EXPECT_EQ(cf::greet(hello), "Hello, hello!");
}

TEST(strings, interior_nul_in) {
    const std::string_view s("a\0b", 3);
    EXPECT_EQ(cf::byte_len(s), 3u);
    EXPECT_EQ(cf::count_chars(s), 3u);
}

TEST(strings, empty_in) {
    EXPECT_EQ(cf::count_chars(""), 0u);
    EXPECT_EQ(cf::count_chars(std::string_view()), 0u);
    EXPECT_EQ(cf::greet(std::string_view()), "Hello, !");
}

TEST(strings, owned_param) {
    const std::string in = "stra\xc3\x9f" "e";
    EXPECT_EQ(cf::to_upper(in), "STRASSE");
    EXPECT_EQ(in, "stra\xc3\x9f" "e");
    const std::string a = "foo";
    const std::string b = "bar";
    EXPECT_EQ(cf::concat(a, b), "foobar");
    EXPECT_EQ(a, "foo");
    EXPECT_EQ(b, "bar");
}

TEST(strings, greet_and_free) {
    // The wrapper copies the owned string into a std::string and releases it at once; the
    // allocation count (checked at the end of the suite) proves the release.
    const std::string s = cf::greet("Zo\xc3\xab");
    EXPECT_EQ(s, "Hello, Zo\xc3\xab!");
    EXPECT_EQ(s.size(), 12u);
    // Releasing again, and releasing a zeroed string, through the C API is harmless.
    ConformanceString zero{};
    conformance_string_free(&zero);
    conformance_string_free(&zero);
    EXPECT_EQ(zero.len, 0u);
    EXPECT_EQ(zero.cap, 0u);
}

TEST(strings, empty_out) { EXPECT_EQ(cf::empty_string(), ""); }

TEST(strings, large_out) {
    const std::string s = cf::repeat_str("ab", 100000);
    ASSERT_EQ(s.size(), 200000u);
    for (size_t i = 0; i < s.size(); ++i) {
        ASSERT_EQ(s[i], i % 2 == 0 ? 'a' : 'b') << "at " << i;
    }
}

TEST(strings, bytes_out) {
    EXPECT_EQ(cf::echo_string(std::string_view("a\0b", 3)), std::string("a\0b", 3));
    EXPECT_EQ(cf::reverse("a\xc3\xb1" "b"), "b\xc3\xb1" "a");
}

TEST(slices, sum_f64) {
    const std::vector<double> v{1.5, 2.25, -0.75};
    EXPECT_EQ(cf::sum_f64(v), 3.0);
    EXPECT_EQ(v, (std::vector<double>{1.5, 2.25, -0.75}));
    int64_t arr[] = {-5, INT64_MAX, 0};
    EXPECT_EQ(cf::max_i64(arr), INT64_MAX);
    EXPECT_EQ(arr[1], INT64_MAX);
}

TEST(slices, empty) {
    EXPECT_EQ(cf::sum_f64({}), 0.0);
    EXPECT_EQ(cf::sum_f64(cf::Span<const double>(nullptr, 0)), 0.0);
    EXPECT_EQ(cf::max_i64({}), INT64_MIN);
    EXPECT_NO_THROW(cf::fill(cf::Span<uint32_t>(), 9));
}

TEST(slices, large) {
    const std::vector<uint8_t> bytes(1000000, 255);
    EXPECT_EQ(cf::sum_u8(bytes), 255000000u);
}

static cf::Person person(std::string name, uint32_t age, std::vector<std::string> tags, std::string city,
                         std::optional<std::string> email = std::nullopt) {
    return cf::Person{std::move(name), age, std::move(tags), cf::Address{"1 Main St", std::move(city), 12345},
                      std::move(email)};
}

TEST(slices, records) {
    EXPECT_EQ(cf::sum_x({cf::Point{1, 9}, cf::Point{2, 9}, cf::Point{3.5, 9}}), 6.5);
    const std::vector<cf::Person> people{person("Ann", 30, {"a"}, "Oslo"), person("Bo", 12, {}, "Rome")};
    EXPECT_EQ(cf::total_age(people), 42u);
}

TEST(mut_slices, fill_subrange) {
    std::vector<uint32_t> a{1, 2, 3, 4};
    cf::fill(a, 7);
    EXPECT_EQ(a, (std::vector<uint32_t>{7, 7, 7, 7}));
    std::vector<uint32_t> b{0, 1, 2, 3, 4, 5};
    cf::fill(cf::Span<uint32_t>(b.data() + 2, 3), 9);
    EXPECT_EQ(b, (std::vector<uint32_t>{0, 1, 9, 9, 9, 5}));
}

TEST(mut_slices, reverse_i64) {
    int64_t v[] = {INT64_MIN, 0, INT64_MAX};
    cf::reverse_i64(v);
    EXPECT_EQ(v[0], INT64_MAX);
    EXPECT_EQ(v[1], 0);
    EXPECT_EQ(v[2], INT64_MIN);
}

TEST(mut_slices, records_and_f32) {
    std::vector<cf::Point> pts{{1, -2}, {0.5, 4}};
    cf::scale_points(pts, 3);
    EXPECT_EQ(pts, (std::vector<cf::Point>{{3, -6}, {1.5, 12}}));
    float f[] = {1.5f, -0.25f};
    cf::double_f32(f);
    EXPECT_EQ(f[0], 3.0f);
    EXPECT_EQ(f[1], -0.5f);
}

TEST(mut_slices, pixels) {
    std::vector<cf::Pixel> px{{250, 0, 10, 7}, {1, 2, 3, 4}};
    cf::brighten(px, 10);
    EXPECT_EQ(px, (std::vector<cf::Pixel>{{255, 10, 20, 7}, {11, 12, 13, 4}}));
}

TEST(vecs, u32_and_free) {
    EXPECT_EQ(cf::make_vec_u32(5), (std::vector<uint32_t>{0, 1, 2, 3, 4}));
    ConformanceVecU32 v{};
    ASSERT_EQ(conformance_make_vec_u32(5, &v), CONFORMANCE_OK);
    conformance_vec_u32_free(&v);
    EXPECT_EQ(v.len, 0u);
    EXPECT_EQ(v.cap, 0u);
    conformance_vec_u32_free(&v);
}

TEST(vecs, empty_and_large) {
    EXPECT_TRUE(cf::make_vec_u32(0).empty());
    const std::vector<uint32_t> v = cf::make_vec_u32(1000000);
    ASSERT_EQ(v.size(), 1000000u);
    for (uint32_t i = 0; i < v.size(); ++i) {
        ASSERT_EQ(v[i], i);
    }
}

TEST(vecs, strings) {
    EXPECT_EQ(cf::split_words(" a bb  ccc "), (std::vector<std::string>{"a", "bb", "ccc"}));
}

TEST(vecs, records) {
    EXPECT_EQ(cf::points_on_diagonal(3), (std::vector<cf::Point>{{0, 0}, {1, 1}, {2, 2}}));
    const std::vector<cf::Person> people = cf::make_people(3);
    ASSERT_EQ(people.size(), 3u);
    EXPECT_EQ(people[2].name, "p2");
    EXPECT_EQ(people[2].age, 2u);
    EXPECT_EQ(people[2].tags, (std::vector<std::string>{"t0", "t1"}));
    EXPECT_EQ(people[2].address.city, "Springfield");
}

TEST(vecs, bools_bytes_enums) {
    EXPECT_EQ(cf::parity({1, 2, 3, 4}), (std::vector<bool>{false, true, false, true}));
    EXPECT_EQ(cf::bytes_of("h\xc3\xa9"), (std::vector<uint8_t>{0x68, 0xc3, 0xa9}));
    EXPECT_EQ(cf::all_colors(), (std::vector<cf::Color>{cf::Color::Red, cf::Color::Green, cf::Color::Blue}));
}

TEST(vecs, params) {
    const std::vector<int32_t> in{3, -1, 2};
    EXPECT_EQ(cf::sorted_i32(in), (std::vector<int32_t>{-1, 2, 3}));
    EXPECT_EQ(in, (std::vector<int32_t>{3, -1, 2}));
    EXPECT_EQ(cf::sum_y({cf::Point{0, 1.5}, cf::Point{0, 2}}), 3.5);
    EXPECT_EQ(cf::count_blue({cf::Color::Blue, cf::Color::Red, cf::Color::Blue}), 2u);
}

TEST(vecs, string_param) {
    const std::vector<std::string> parts{"a", "b", "c"};
    EXPECT_EQ(cf::join(parts, "-"), "a-b-c");
    EXPECT_EQ(cf::join({}, "-"), "");
}

TEST(options, number) {
    EXPECT_EQ(cf::maybe_half(-8), std::optional<int32_t>(-4));
    EXPECT_EQ(cf::maybe_half(7), std::nullopt);
}

TEST(options, string) {
    EXPECT_EQ(cf::first_word("  hello world"), std::optional<std::string>("hello"));
    EXPECT_EQ(cf::first_word("   "), std::nullopt);
}

TEST(options, params) {
    EXPECT_EQ(cf::unwrap_or(3u, 9), 3u);
    EXPECT_EQ(cf::unwrap_or(std::nullopt, 9), 9u);
    EXPECT_EQ(cf::greet_opt(std::string("Bo")), "Hello, Bo!");
    EXPECT_EQ(cf::greet_opt(std::nullopt), "Hello, stranger!");
}

TEST(options, vec) {
    EXPECT_EQ(cf::digits("907"), std::optional<std::vector<uint32_t>>({9, 0, 7}));
    EXPECT_EQ(cf::digits("9a"), std::nullopt);
    EXPECT_EQ(cf::digits(""), std::optional<std::vector<uint32_t>>(std::vector<uint32_t>{}));
}

TEST(options, enum_and_float) {
    EXPECT_EQ(cf::color_from_index(1), std::optional<cf::Color>(cf::Color::Green));
    EXPECT_EQ(cf::color_from_index(3), std::nullopt);
    EXPECT_EQ(cf::parse_f64(" 2.5 "), std::optional<double>(2.5));
    EXPECT_EQ(cf::parse_f64("x"), std::nullopt);
}

TEST(options, record) {
    EXPECT_EQ(cf::centroid({cf::Point{0, 0}, cf::Point{2, 4}}), std::optional<cf::Point>(cf::Point{1, 2}));
    EXPECT_EQ(cf::centroid({}), std::nullopt);
    EXPECT_EQ(cf::negate_point(cf::Point{1, -2}), std::optional<cf::Point>(cf::Point{-1, 2}));
    EXPECT_EQ(cf::negate_point(std::nullopt), std::nullopt);
}

TEST(constants, integers) {
    static_assert(cf::MAX_ITEMS == 10, "MAX_ITEMS is a compile-time constant");
    EXPECT_EQ(cf::MAX_ITEMS, cf::max_items());
    EXPECT_EQ(cf::MASK, 0xDEADBEEFu);
    EXPECT_EQ(cf::PAGE_SIZE, size_t{4096});
    EXPECT_EQ(cf::OFFSET, intptr_t{-4096});
}

TEST(constants, extremes) {
    EXPECT_EQ(cf::SMALLEST_I8, INT8_MIN);
    EXPECT_EQ(cf::SMALLEST_I16, INT16_MIN);
    EXPECT_EQ(cf::SMALLEST_I32, INT32_MIN);
    EXPECT_EQ(cf::SMALLEST_I64, INT64_MIN);
    EXPECT_EQ(cf::LARGEST_U8, UINT8_MAX);
    EXPECT_EQ(cf::LARGEST_U16, UINT16_MAX);
    EXPECT_EQ(cf::LARGEST_U32, UINT32_MAX);
    EXPECT_EQ(cf::LARGEST_U64, UINT64_C(18446744073709551615));
    EXPECT_EQ(cf::LARGEST_I64, INT64_MAX);
}

TEST(constants, floats_bools) {
    EXPECT_EQ(cf::GRAVITY, 9.80665);
    EXPECT_EQ(cf::ABSOLUTE_ZERO, -273.15);
    EXPECT_EQ(cf::TINY, 1e-300);
    EXPECT_EQ(cf::RATIO, 0.25f);
    EXPECT_TRUE(cf::ENABLED);
    EXPECT_FALSE(cf::DISABLED);
}

TEST(constants, strings) {
    EXPECT_EQ(cf::GREETING, "Hello, polybind!");
    const std::string_view expected("tab\tquote\"backslash\\newline\nunicode \xc3\xa9 */ end");
    EXPECT_EQ(cf::TRICKY.size(), 45u);
    EXPECT_EQ(cf::TRICKY, expected);
    EXPECT_EQ(cf::tricky(), expected);
}
