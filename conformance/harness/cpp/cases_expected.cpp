// The wrapper generated with `[targets.cpp] errors = "expected"` (namespace `cfx`, in
// `expected/conformance.hpp`): fallible calls return `Expected<T, E>` holding the error enum's
// value instead of throwing. These are checks of the wrapper (`cpp.*`), not cases of cases.toml.
// This file must not include common.hpp: both wrappers share one include guard.
#include "expected/conformance.hpp"

#include <gtest/gtest.h>

#include <climits>
#include <cstdint>
#include <string>
#include <type_traits>
#include <vector>

TEST(cpp, expected_value_and_error) {
    cfx::Expected<int64_t, cfx::errors::MathError> ok = cfx::errors::checked_div(7, 2);
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok.value(), 3);
    EXPECT_EQ(*ok, 3);

    auto err = cfx::errors::checked_div(1, 0);
    ASSERT_FALSE(err.has_value());
    EXPECT_TRUE(err.error().is<cfx::errors::MathError::DivideByZero>());
    EXPECT_EQ(err.error().message, "division by zero");
    EXPECT_EQ(err.value_or(-1), -1);

    auto overflow = cfx::errors::checked_add(INT64_MAX, 1);
    ASSERT_FALSE(overflow);
    EXPECT_EQ(overflow.error().get<cfx::errors::MathError::Overflow>().value, INT64_MAX);
    EXPECT_EQ(overflow.error().message, "overflow at 9223372036854775807");

    auto inexact = cfx::errors::divide_exact(7, 2);
    ASSERT_FALSE(inexact);
    EXPECT_EQ(inexact.error().get<cfx::errors::MathError::NotExact>().f0, 1);
}

TEST(cpp, expected_owned_payloads_and_values) {
    auto list = cfx::errors::parse_list("1,x,3");
    ASSERT_FALSE(list);
    const auto &bad = list.error().get<cfx::errors::ParseError::InvalidNumber>();
    EXPECT_EQ(bad.f0, "x");
    EXPECT_EQ(bad.f1, 1u);
    EXPECT_EQ(cfx::errors::parse_list("4,5").value(), (std::vector<uint32_t>{4, 5}));
    auto color = cfx::errors::parse_color("purple");
    ASSERT_FALSE(color);
    EXPECT_EQ(color.error().get<cfx::errors::ParseError::UnknownName>().name, "purple");
    EXPECT_TRUE(cfx::errors::greet_adult("Ann", 30));
    EXPECT_FALSE(cfx::errors::greet_adult("Bo", 3));
}

TEST(cpp, expected_void_and_objects) {
    static_assert(std::is_same_v<decltype(cfx::errors::check_age(30)), cfx::Expected<void, cfx::errors::AgeError>>,
                  "Result<(), E> is Expected<void, E>");
    EXPECT_TRUE(cfx::errors::check_age(30));
    auto young = cfx::errors::check_age(10);
    ASSERT_FALSE(young);
    EXPECT_TRUE(young.error().is<cfx::errors::AgeError::TooYoung>());

    auto counter = cfx::objects::Counter::parse("12");
    ASSERT_TRUE(counter);
    EXPECT_EQ(counter->get(), 12);
    cfx::objects::Counter owned = std::move(counter).value();
    EXPECT_EQ(owned.get(), 12);
    auto added = owned.try_add(INT64_MAX);
    ASSERT_FALSE(added);
    EXPECT_TRUE(added.error().is<cfx::errors::MathError::Overflow>());
    EXPECT_FALSE(cfx::objects::Counter::parse(""));
    EXPECT_FALSE(cfx::objects::counter_from_str("x"));
}

TEST(cpp, expected_value_of_an_error_throws_it) {
    try {
        (void)cfx::errors::checked_div(1, 0).value();
        FAIL() << "no exception";
    } catch (const cfx::BadExpectedAccess<cfx::errors::MathError> &e) {
        EXPECT_TRUE(e.error().is<cfx::errors::MathError::DivideByZero>());
        EXPECT_STREQ(e.what(), "division by zero");
        EXPECT_EQ(e.status(), CONFORMANCE_ERROR);
    }
    // Other failures still throw, as in the default mode.
    EXPECT_THROW((void)cfx::panics::always_panics("expected mode"), cfx::PanicError);
}
