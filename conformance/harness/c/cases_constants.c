/* constants, panics */
#include "common.h"

CASE(constants, integers) {
    CHECK_EQ_U64(CONFORMANCE_MAX_ITEMS, 10);
    uint32_t n = 0;
    CHECK_OK(conformance_max_items(&n));
    CHECK_EQ_U64(n, CONFORMANCE_MAX_ITEMS);
    CHECK_EQ_U64(CONFORMANCE_MASK, 0xDEADBEEFu);
    CHECK_EQ_U64(CONFORMANCE_PAGE_SIZE, 4096);
    CHECK_EQ_I64(CONFORMANCE_OFFSET, -4096);
}

CASE(constants, extremes) {
    CHECK(CONFORMANCE_SMALLEST_I8 == INT8_MIN);
    CHECK(CONFORMANCE_SMALLEST_I16 == INT16_MIN);
    CHECK(CONFORMANCE_SMALLEST_I32 == INT32_MIN);
    CHECK(CONFORMANCE_SMALLEST_I64 == INT64_MIN);
    CHECK(CONFORMANCE_LARGEST_U8 == UINT8_MAX);
    CHECK(CONFORMANCE_LARGEST_U16 == UINT16_MAX);
    CHECK(CONFORMANCE_LARGEST_U32 == UINT32_MAX);
    CHECK(CONFORMANCE_LARGEST_U64 == UINT64_MAX);
    CHECK(CONFORMANCE_LARGEST_I64 == INT64_MAX);
    CHECK_EQ_U64(CONFORMANCE_LARGEST_U64, UINT64_C(18446744073709551615));
    CHECK_EQ_I64(CONFORMANCE_SMALLEST_I64 + 1, -INT64_C(9223372036854775807));
}

CASE(constants, floats_bools) {
    CHECK_EQ_F64(CONFORMANCE_GRAVITY, 9.80665);
    CHECK_EQ_F64(CONFORMANCE_ABSOLUTE_ZERO, -273.15);
    CHECK_EQ_F64(CONFORMANCE_TINY, 1e-300);
    CHECK((float)CONFORMANCE_RATIO == 0.25f);
    CHECK(CONFORMANCE_ENABLED == true);
    CHECK(CONFORMANCE_DISABLED == false);
}

CASE(constants, strings) {
    CHECK_EQ_LIT(CONFORMANCE_GREETING, strlen(CONFORMANCE_GREETING), "Hello, polybind!");
    const char tricky[] = CONFORMANCE_TRICKY;
    CHECK_EQ_U64(sizeof tricky - 1, 45);
    CHECK_EQ_LIT(tricky, sizeof tricky - 1, "tab\tquote\"backslash\\newline\nunicode \xc3\xa9 */ end");
    ConformanceString out = {0};
    CHECK_OK(conformance_tricky(&out));
    CHECK_EQ_BYTES(out.ptr, out.len, tricky, sizeof tricky - 1);
    conformance_string_free(&out);
}

CASE(panics, message) {
    uint32_t out = 77;
    CHECK_STATUS(conformance_always_panics(STR("boom"), &out), CONFORMANCE_PANIC);
    CHECK_EQ_U64(out, 77);
    CHECK_LAST_ERROR_CONTAINS("boom");
    CHECK_STATUS(conformance_always_panics(STR("\xc3\xbcn\xc3\xaf" "c\xc3\xb8" "d\xc3\xa9 \xf0\x9f\x92\xa5"), &out),
                 CONFORMANCE_PANIC);
    CHECK_LAST_ERROR_CONTAINS("\xc3\xbcn\xc3\xaf" "c\xc3\xb8" "d\xc3\xa9 \xf0\x9f\x92\xa5");
}

CASE(panics, non_string_payload) {
    CHECK_STATUS(conformance_panic_with_code(7), CONFORMANCE_PANIC);
    char message[256];
    CHECK(last_error(message, sizeof message) > 0);
}

CASE(panics, in_result_fn) {
    int64_t out = -99;
    ConformanceMathError err = {.tag = -99};
    CHECK_STATUS(conformance_divide_exact(1, 0, &out, &err), CONFORMANCE_PANIC);
    CHECK_EQ_I64(out, -99);
    CHECK_EQ_I64(err.tag, -99);
    CHECK_EQ_U64(err.message.len, 0);
}

CASE(panics, in_object) {
    ConformanceCounter c = {0};
    CHECK_OK(conformance_counter_new(8, &c));
    int64_t v = -99;
    CHECK_STATUS(conformance_counter_divide(c, 0, &v), CONFORMANCE_PANIC);
    CHECK_LAST_ERROR_CONTAINS("divide by zero");
    CHECK_EQ_I64(v, -99);
    CHECK_OK(conformance_counter_divide(c, 2, &v));
    CHECK_EQ_I64(v, 4);
    CHECK_OK(conformance_counter_free(c));
    const int64_t values[] = {INT64_MAX, 1};
    ConformanceCounter none = {.handle = 0};
    CHECK_STATUS(conformance_counter_from_sum((ConformanceSliceI64){.ptr = values, .len = 2}, &none),
                 CONFORMANCE_PANIC);
    CHECK_LAST_ERROR_CONTAINS("counter sum overflows");
    CHECK_EQ_U64(none.handle, 0);
}
