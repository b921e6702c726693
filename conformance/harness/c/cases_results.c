/* results, errors */
#include "common.h"

CASE(results, ok_and_err) {
    int64_t out = -99;
    ConformanceMathError err = {.tag = -99};
    CHECK_OK(conformance_checked_div(7, 2, &out, &err));
    CHECK_EQ_I64(out, 3);
    CHECK_EQ_I64(err.tag, -99);
    out = -99;
    CHECK_STATUS(conformance_checked_div(1, 0, &out, &err), CONFORMANCE_ERROR);
    CHECK_EQ_I64(out, -99);
    CHECK_EQ_I64(err.tag, CONFORMANCE_MATH_ERROR_DIVIDE_BY_ZERO);
    conformance_math_error_free(&err);
}

CASE(results, unit) {
    ConformanceAgeError err = {.tag = -99};
    CHECK_OK(conformance_check_age(30, &err));
    CHECK_EQ_I64(err.tag, -99);
    CHECK_STATUS(conformance_check_age(10, &err), CONFORMANCE_ERROR);
    CHECK_EQ_I64(err.tag, CONFORMANCE_AGE_ERROR_TOO_YOUNG);
    conformance_age_error_free(&err);
    CHECK_STATUS(conformance_check_age(200, &err), CONFORMANCE_ERROR);
    CHECK_EQ_I64(err.tag, CONFORMANCE_AGE_ERROR_TOO_OLD);
    conformance_age_error_free(&err);
}

CASE(results, string) {
    ConformanceString out = {0};
    ConformanceAgeError err = {0};
    CHECK_OK(conformance_greet_adult(STR("Bo"), 40, &out, &err));
    CHECK_STRING(out, "Welcome, Bo.");
    conformance_string_free(&out);
    CHECK_STATUS(conformance_greet_adult(STR("Bo"), 3, &out, &err), CONFORMANCE_ERROR);
    CHECK_EQ_U64(out.len, 0);
    CHECK_EQ_I64(err.tag, CONFORMANCE_AGE_ERROR_TOO_YOUNG);
    conformance_age_error_free(&err);
}

CASE(results, typed_values) {
    ConformanceParseError err = {0};
    ConformanceColor color = CONFORMANCE_COLOR_RED;
    CHECK_OK(conformance_parse_color(STR("GREEN"), &color, &err));
    CHECK_EQ_I64(color, CONFORMANCE_COLOR_GREEN);
    ConformancePoint p = {0};
    CHECK_OK(conformance_parse_point(STR("1.5,2"), &p, &err));
    CHECK_EQ_F64(p.x, 1.5);
    CHECK_EQ_F64(p.y, 2);
    ConformanceVecU32 list = {0};
    CHECK_OK(conformance_parse_list(STR("1,2,3"), &list, &err));
    CHECK_EQ_U64(list.len, 3);
    CHECK(list.ptr[0] == 1 && list.ptr[1] == 2 && list.ptr[2] == 3);
    conformance_vec_u32_free(&list);
}

CASE(results, option_and_object) {
    ConformanceParseError err = {0};
    ConformanceOptionU32 item = {0};
    CHECK_OK(conformance_nth_item(STR("4,5"), 1, &item, &err));
    CHECK(item.is_some);
    CHECK_EQ_U64(item.value, 5);
    CHECK_OK(conformance_nth_item(STR("4,5"), 2, &item, &err));
    CHECK(!item.is_some);
    CHECK_STATUS(conformance_nth_item(STR(""), 0, &item, &err), CONFORMANCE_ERROR);
    CHECK_EQ_I64(err.tag, CONFORMANCE_PARSE_ERROR_EMPTY);
    conformance_parse_error_free(&err);
    ConformanceCounter c = {0};
    CHECK_OK(conformance_counter_from_str(STR("42"), &c, &err));
    int64_t v = 0;
    ConformanceStatus st = conformance_counter_get(c, &v);
    CHECK_OK(conformance_counter_free(c));
    CHECK_OK(st);
    CHECK_EQ_I64(v, 42);
    ConformanceCounter none = {.handle = 0};
    CHECK_STATUS(conformance_counter_from_str(STR("x"), &none, &err), CONFORMANCE_ERROR);
    CHECK_EQ_U64(none.handle, 0);
    CHECK_EQ_I64(err.tag, CONFORMANCE_PARSE_ERROR_INVALID_NUMBER);
    conformance_parse_error_free(&err);
}

CASE(errors, unit_variant) {
    int64_t out = 0;
    ConformanceMathError err = {0};
    CHECK_STATUS(conformance_checked_div(1, 0, &out, &err), CONFORMANCE_ERROR);
    CHECK_EQ_I64(err.tag, CONFORMANCE_MATH_ERROR_DIVIDE_BY_ZERO);
    CHECK_STRING(err.message, "division by zero");
    conformance_math_error_free(&err);
    CHECK_EMPTY(err.message);
}

CASE(errors, struct_variant) {
    int64_t out = 0;
    ConformanceMathError err = {0};
    CHECK_STATUS(conformance_checked_add(INT64_MAX, 1, &out, &err), CONFORMANCE_ERROR);
    CHECK_EQ_I64(err.tag, CONFORMANCE_MATH_ERROR_OVERFLOW);
    CHECK(err.payload.overflow.value == INT64_MAX);
    CHECK_STRING(err.message, "overflow at 9223372036854775807");
    conformance_math_error_free(&err);
}

CASE(errors, tuple_variants) {
    int64_t out = 0;
    ConformanceMathError math = {0};
    CHECK_STATUS(conformance_divide_exact(7, 2, &out, &math), CONFORMANCE_ERROR);
    CHECK_EQ_I64(math.tag, CONFORMANCE_MATH_ERROR_NOT_EXACT);
    CHECK_EQ_I64(math.payload.not_exact.f0, 1);
    CHECK_STRING(math.message, "not exact: remainder 1");
    conformance_math_error_free(&math);
    ConformanceVecU32 list = {0};
    ConformanceParseError parse = {0};
    CHECK_STATUS(conformance_parse_list(STR("1,x,3"), &list, &parse), CONFORMANCE_ERROR);
    CHECK_EQ_U64(list.len, 0);
    CHECK_EQ_I64(parse.tag, CONFORMANCE_PARSE_ERROR_INVALID_NUMBER);
    CHECK_STRING(parse.payload.invalid_number.f0, "x");
    CHECK_EQ_U64(parse.payload.invalid_number.f1, 1);
    CHECK_STRING(parse.message, "invalid number 'x' at 1");
    conformance_parse_error_free(&parse);
}

CASE(errors, owned_payload) {
    ConformanceColor color = 0;
    ConformanceParseError err = {0};
    CHECK_STATUS(conformance_parse_color(STR("purple"), &color, &err), CONFORMANCE_ERROR);
    CHECK_EQ_I64(err.tag, CONFORMANCE_PARSE_ERROR_UNKNOWN_NAME);
    CHECK_STRING(err.payload.unknown_name.name, "purple");
    CHECK_STRING(err.message, "unknown color: purple");
    conformance_parse_error_free(&err);
    CHECK_EMPTY(err.message);
    conformance_parse_error_free(&err);
}

CASE(errors, c_like) {
    ConformanceAgeError err = {0};
    CHECK_STATUS(conformance_check_age(151, &err), CONFORMANCE_ERROR);
    CHECK_EQ_I64(err.tag, CONFORMANCE_AGE_ERROR_TOO_OLD);
    CHECK_STRING(err.message, "too old");
    conformance_age_error_free(&err);
    CHECK_STATUS(conformance_check_age(5, &err), CONFORMANCE_ERROR);
    CHECK_EQ_I64(err.tag, CONFORMANCE_AGE_ERROR_TOO_YOUNG);
    CHECK_STRING(err.message, "too young");
    conformance_age_error_free(&err);
}
