/* options */
#include "common.h"

CASE(options, number) {
    ConformanceOptionI32 out = {0};
    CHECK_OK(conformance_maybe_half(-8, &out));
    CHECK(out.is_some);
    CHECK_EQ_I64(out.value, -4);
    CHECK_OK(conformance_maybe_half(7, &out));
    CHECK(!out.is_some);
}

CASE(options, string) {
    ConformanceOptionString out = {0};
    CHECK_OK(conformance_first_word(STR("  hello world"), &out));
    CHECK(out.is_some);
    CHECK_STRING(out.value, "hello");
    conformance_option_string_free(&out);
    conformance_option_string_free(&out);
    CHECK_OK(conformance_first_word(STR("   "), &out));
    CHECK(!out.is_some);
    conformance_option_string_free(&out);
}

CASE(options, params) {
    uint32_t n = 0;
    CHECK_OK(conformance_unwrap_or((ConformanceOptionU32){.is_some = true, .value = 3}, 9, &n));
    CHECK_EQ_U64(n, 3);
    CHECK_OK(conformance_unwrap_or((ConformanceOptionU32){.is_some = false, .value = 12345}, 9, &n));
    CHECK_EQ_U64(n, 9);
    ConformanceString out = {0};
    CHECK_OK(conformance_greet_opt((ConformanceOptionString){.is_some = true, .value = string_view("Bo")}, &out));
    CHECK_STRING(out, "Hello, Bo!");
    conformance_string_free(&out);
    CHECK_OK(conformance_greet_opt((ConformanceOptionString){.is_some = false}, &out));
    CHECK_STRING(out, "Hello, stranger!");
    conformance_string_free(&out);
}

CASE(options, vec) {
    ConformanceOptionVecU32 out = {0};
    CHECK_OK(conformance_digits(STR("907"), &out));
    CHECK(out.is_some);
    CHECK_EQ_U64(out.value.len, 3);
    CHECK(out.value.ptr[0] == 9 && out.value.ptr[1] == 0 && out.value.ptr[2] == 7);
    conformance_option_vec_u32_free(&out);
    CHECK_OK(conformance_digits(STR("9a"), &out));
    CHECK(!out.is_some);
    conformance_option_vec_u32_free(&out);
    CHECK_OK(conformance_digits(STR(""), &out));
    CHECK(out.is_some);
    CHECK_EQ_U64(out.value.len, 0);
    conformance_option_vec_u32_free(&out);
}

CASE(options, enum_and_float) {
    ConformanceOptionColor color = {0};
    CHECK_OK(conformance_color_from_index(1, &color));
    CHECK(color.is_some);
    CHECK_EQ_I64(color.value, CONFORMANCE_COLOR_GREEN);
    CHECK_OK(conformance_color_from_index(3, &color));
    CHECK(!color.is_some);
    ConformanceOptionF64 f = {0};
    CHECK_OK(conformance_parse_f64(STR(" 2.5 "), &f));
    CHECK(f.is_some);
    CHECK_EQ_F64(f.value, 2.5);
    CHECK_OK(conformance_parse_f64(STR("x"), &f));
    CHECK(!f.is_some);
}

CASE(options, record) {
    const ConformancePoint points[] = {{.x = 0, .y = 0}, {.x = 2, .y = 4}};
    ConformanceOptionPoint out = {0};
    CHECK_OK(conformance_centroid((ConformanceSlicePoint){.ptr = points, .len = COUNT(points)}, &out));
    CHECK(out.is_some);
    CHECK_EQ_F64(out.value.x, 1);
    CHECK_EQ_F64(out.value.y, 2);
    CHECK_OK(conformance_centroid((ConformanceSlicePoint){.ptr = NULL, .len = 0}, &out));
    CHECK(!out.is_some);
    ConformanceOptionPoint in = {.is_some = true, .value = {.x = 1, .y = -2}};
    CHECK_OK(conformance_negate_point(in, &out));
    CHECK(out.is_some);
    CHECK_EQ_F64(out.value.x, -1);
    CHECK_EQ_F64(out.value.y, 2);
    CHECK_OK(conformance_negate_point((ConformanceOptionPoint){.is_some = false}, &out));
    CHECK(!out.is_some);
}
