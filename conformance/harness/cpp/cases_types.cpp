// results, errors, records, nested records, C-like enums, data enums.
#include "common.hpp"

#include <cmath>
#include <cstdint>

TEST(results, ok_and_err) {
    EXPECT_EQ(cf::checked_div(7, 2), 3);
    auto e = thrown<cf::MathError::DivideByZero>([] { cf::checked_div(1, 0); });
    ASSERT_TRUE(e);
    EXPECT_EQ(e->status(), CONFORMANCE_ERROR);
    EXPECT_EQ(e->tag(), CONFORMANCE_MATH_ERROR_DIVIDE_BY_ZERO);
}

TEST(results, unit) {
    EXPECT_NO_THROW(cf::check_age(30));
    EXPECT_TRUE(thrown<cf::AgeError::TooYoung>([] { cf::check_age(10); }));
    EXPECT_TRUE(thrown<cf::AgeError::TooOld>([] { cf::check_age(200); }));
}

TEST(results, string) {
    EXPECT_EQ(cf::greet_adult("Bo", 40), "Welcome, Bo.");
    EXPECT_TRUE(thrown<cf::AgeError::TooYoung>([] { cf::greet_adult("Bo", 3); }));
}

TEST(results, typed_values) {
    EXPECT_EQ(cf::parse_color("GREEN"), cf::Color::Green);
    EXPECT_EQ(cf::parse_point("1.5,2"), (cf::Point{1.5, 2}));
    EXPECT_EQ(cf::parse_list("1,2,3"), (std::vector<uint32_t>{1, 2, 3}));
}

TEST(results, option_and_object) {
    EXPECT_EQ(cf::nth_item("4,5", 1), std::optional<uint32_t>(5));
    EXPECT_EQ(cf::nth_item("4,5", 2), std::nullopt);
    EXPECT_TRUE(thrown<cf::ParseError::Empty>([] { cf::nth_item("", 0); }));
    const cf::Counter c = cf::counter_from_str("42");
    EXPECT_EQ(c.get(), 42);
    EXPECT_TRUE(thrown<cf::ParseError::InvalidNumber>([] { cf::counter_from_str("x"); }));
}

TEST(errors, unit_variant) {
    auto e = thrown<cf::MathError>([] { cf::checked_div(1, 0); });
    ASSERT_TRUE(e);
    EXPECT_EQ(e->tag(), CONFORMANCE_MATH_ERROR_DIVIDE_BY_ZERO);
    EXPECT_STREQ(e->what(), "division by zero");
}

TEST(errors, struct_variant) {
    auto e = thrown<cf::MathError::Overflow>([] { cf::checked_add(INT64_MAX, 1); });
    ASSERT_TRUE(e);
    EXPECT_EQ(e->value, INT64_MAX);
    EXPECT_STREQ(e->what(), "overflow at 9223372036854775807");
    // The hierarchy: every variant is a MathError, an Error (a std::exception).
    EXPECT_TRUE(thrown<cf::MathError>([] { cf::checked_add(INT64_MAX, 1); }));
    EXPECT_TRUE(thrown<cf::Error>([] { cf::checked_add(INT64_MAX, 1); }));
    static_assert(std::is_base_of_v<std::exception, cf::MathError::Overflow>, "exceptions");
}

TEST(errors, tuple_variants) {
    auto e = thrown<cf::MathError::NotExact>([] { cf::divide_exact(7, 2); });
    ASSERT_TRUE(e);
    EXPECT_EQ(e->f0, 1);
    EXPECT_STREQ(e->what(), "not exact: remainder 1");
    auto p = thrown<cf::ParseError::InvalidNumber>([] { cf::parse_list("1,x,3"); });
    ASSERT_TRUE(p);
    EXPECT_EQ(p->f0, "x");
    EXPECT_EQ(p->f1, 1u);
    EXPECT_STREQ(p->what(), "invalid number 'x' at 1");
}

TEST(errors, owned_payload) {
    auto e = thrown<cf::ParseError::UnknownName>([] { cf::parse_color("purple"); });
    ASSERT_TRUE(e);
    EXPECT_EQ(e->name, "purple");
    EXPECT_STREQ(e->what(), "unknown color: purple");
    // The C error was released by the wrapper; releasing a released C error again is harmless.
    ConformanceParseError c{};
    ConformanceColor out = 0;
    ASSERT_EQ(conformance_parse_color(ConformanceStr{"purple", 6}, &out, &c), CONFORMANCE_ERROR);
    conformance_parse_error_free(&c);
    conformance_parse_error_free(&c);
    EXPECT_EQ(c.message.len, 0u);
}

TEST(errors, c_like) {
    auto old = thrown<cf::AgeError::TooOld>([] { cf::check_age(151); });
    ASSERT_TRUE(old);
    EXPECT_STREQ(old->what(), "too old");
    auto young = thrown<cf::AgeError::TooYoung>([] { cf::check_age(5); });
    ASSERT_TRUE(young);
    EXPECT_STREQ(young->what(), "too young");
}

TEST(records, point) {
    EXPECT_EQ(cf::echo_point(cf::Point{1.5, -2}), (cf::Point{1.5, -2}));
    EXPECT_EQ(cf::distance(cf::Point{0, 0}, cf::Point{3, 4}), 5.0);
}

TEST(records, padded) {
    const cf::Packet p{true, UINT64_MAX, 255, -32768, 0.25f, SIZE_MAX, INTPTR_MIN};
    EXPECT_EQ(cf::echo_packet(p), p);
    const cf::Packet q{false, UINT64_MAX, 200, -2, 0.5f, 7, -7};
    EXPECT_EQ(cf::bump_packet(q), (cf::Packet{true, 0, 144, -2, 0.5f, 7, -7}));
}

TEST(records, enum_fields) {
    const cf::Styled s{cf::Color::Blue, cf::Level::Low, cf::Shape::Rect{2, 3}};
    EXPECT_EQ(cf::echo_styled(s), s);
}

TEST(records, string_field) {
    const cf::Marker m = cf::make_marker("home", cf::Point{1.5, -2});
    EXPECT_EQ(m, (cf::Marker{"home", cf::Point{1.5, -2}}));
    EXPECT_EQ(cf::describe_marker(m), "home at (1.5, -2)");
    EXPECT_EQ(cf::describe_marker(cf::Marker{"lost", std::nullopt}), "lost nowhere");
    ConformanceMarker c{};
    ASSERT_EQ(conformance_make_marker(ConformanceStr{"x", 1}, ConformanceOptionPoint{}, &c), CONFORMANCE_OK);
    conformance_marker_free(&c);
    conformance_marker_free(&c);
}

TEST(nested, line) {
    const cf::Line l{{1, 1}, {4, 5}};
    EXPECT_EQ(cf::line_length(l), 5.0);
    EXPECT_EQ(cf::reverse_line(l), (cf::Line{{4, 5}, {1, 1}}));
}

TEST(nested, person_out) {
    const cf::Person p = cf::make_person("Ann", 33);
    EXPECT_EQ(p, (cf::Person{"Ann", 33, {"new"}, cf::Address{"1 Main St", "Springfield", 12345}, std::nullopt}));
}

TEST(nested, person_in) {
    const cf::Person p{"Zo\xc3\xab", 41, {"a", "b"}, cf::Address{"2 High St", "Paris", 75001}, std::string("z@x.org")};
    EXPECT_EQ(cf::describe_person(p), "Zo\xc3\xab (41) from Paris, tags: a,b, email: z@x.org");
}

TEST(nested, round_trip) {
    const cf::Person in{"Ann", 33, {"x"}, cf::Address{"1 Main St", "Lyon", 12345}, std::nullopt};
    const cf::Person copy = in;
    const cf::Person out = cf::birthday(in);
    EXPECT_EQ(out.age, 34u);
    EXPECT_EQ(out.tags, (std::vector<std::string>{"x", "birthday"}));
    EXPECT_EQ(out.name, in.name);
    EXPECT_EQ(out.address, in.address);
    EXPECT_EQ(out.email, in.email);
    EXPECT_EQ(in, copy);
}

TEST(nested, deep) {
    const cf::Polygon sq = cf::make_square("sq", 2.5);
    EXPECT_EQ(sq.name, "sq");
    EXPECT_EQ(sq.points, (std::vector<cf::Point>{{0, 0}, {2.5, 0}, {2.5, 2.5}, {0, 2.5}}));
    EXPECT_EQ(cf::perimeter(sq), 10.0);
    const cf::Team red = cf::make_team("red", 3);
    ASSERT_EQ(red.members.size(), 3u);
    for (uint32_t i = 0; i < 3; ++i) {
        EXPECT_EQ(red.members[i].name, "red-" + std::to_string(i + 1));
        EXPECT_EQ(red.members[i].age, 20 + i);
    }
    ASSERT_TRUE(red.lead);
    EXPECT_EQ(red.lead->name, "red-1");
    EXPECT_EQ(cf::oldest_member(red), std::optional<std::string>("red-3"));
    const cf::Team none = cf::make_team("none", 0);
    EXPECT_TRUE(none.members.empty());
    EXPECT_FALSE(none.lead);
}

TEST(c_enums, values) {
    EXPECT_EQ(static_cast<int32_t>(cf::Color::Red), 0);
    EXPECT_EQ(static_cast<int32_t>(cf::Color::Green), 5);
    EXPECT_EQ(static_cast<int32_t>(cf::Color::Blue), 6);
}

TEST(c_enums, round_trip) {
    for (cf::Color c : {cf::Color::Red, cf::Color::Green, cf::Color::Blue}) EXPECT_EQ(cf::echo_color(c), c);
    EXPECT_EQ(cf::next_color(cf::Color::Red), cf::Color::Green);
    EXPECT_EQ(cf::next_color(cf::Color::Green), cf::Color::Blue);
    EXPECT_EQ(cf::next_color(cf::Color::Blue), cf::Color::Red);
    EXPECT_EQ(cf::color_name(cf::Color::Green), "green");
}

TEST(c_enums, negative) {
    EXPECT_EQ(static_cast<int32_t>(cf::Level::Low), -1);
    EXPECT_EQ(static_cast<int32_t>(cf::Level::Mid), 0);
    EXPECT_EQ(static_cast<int32_t>(cf::Level::High), 100);
    EXPECT_EQ(cf::echo_level(cf::Level::Low), cf::Level::Low);
    EXPECT_EQ(cf::level_value(cf::Level::Low), -1);
    EXPECT_EQ(cf::level_value(cf::Level::High), 100);
}

TEST(data_enums, tags_and_area) {
    EXPECT_EQ(CONFORMANCE_SHAPE_CIRCLE, 0);
    EXPECT_EQ(CONFORMANCE_SHAPE_RECT, 1);
    EXPECT_EQ(CONFORMANCE_SHAPE_EMPTY, 2);
    EXPECT_EQ(cf::Shape(cf::Shape::Circle{2}).value.index(), 0u);
    EXPECT_DOUBLE_EQ(cf::area(cf::Shape::Circle{2}), 4 * std::acos(-1.0));
    EXPECT_EQ(cf::area(cf::Shape::Rect{2, 3}), 6.0);
    EXPECT_EQ(cf::area(cf::Shape::Empty{}), 0.0);
}

TEST(data_enums, returned) {
    const cf::Shape c = cf::make_circle(1.5);
    ASSERT_TRUE(c.is<cf::Shape::Circle>());
    EXPECT_EQ(c.get<cf::Shape::Circle>().radius, 1.5);
    EXPECT_EQ(cf::scale_shape(cf::Shape::Rect{2, 3}, 2), cf::Shape(cf::Shape::Rect{4, 6}));
    EXPECT_EQ(cf::scale_shape(cf::Shape::Empty{}, 2), cf::Shape(cf::Shape::Empty{}));
    EXPECT_EQ(cf::shapes(), (std::vector<cf::Shape>{cf::Shape::Circle{1}, cf::Shape::Rect{2, 3}, cf::Shape::Empty{}}));
}

TEST(data_enums, owned_payload) {
    const cf::Message t = cf::make_text_message("hi");
    ASSERT_TRUE(t.is<cf::Message::Text>());
    EXPECT_EQ(t.get<cf::Message::Text>().f0, "hi");
    const cf::Message b = cf::make_batch(4);
    ASSERT_TRUE(b.is<cf::Message::Batch>());
    EXPECT_EQ(b.get<cf::Message::Batch>().f0, (std::vector<uint32_t>{0, 1, 2, 3}));
    ConformanceMessage c{};
    ASSERT_EQ(conformance_make_batch(2, &c), CONFORMANCE_OK);
    conformance_message_free(&c);
    conformance_message_free(&c);
}

TEST(data_enums, param) {
    EXPECT_EQ(cf::describe_message(cf::Message::Text{"yo"}), "text: yo");
    EXPECT_EQ(cf::describe_message(cf::Message::Move{-1, 2}), "move: -1,2");
    EXPECT_EQ(cf::describe_message(cf::Message::Batch{{1, 2}}), "batch: 2 items");
    EXPECT_EQ(cf::describe_message(cf::Message::Quit{}), "quit");
}
