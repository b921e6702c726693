/* objects, object_drop, stale_handles */
#include "common.h"

static uint64_t live(void) {
    uint64_t n = UINT64_MAX;
    if (conformance_live_counters(&n) != CONFORMANCE_OK) {
        return UINT64_MAX;
    }
    return n;
}

CASE(objects, methods) {
    ConformanceCounter c = {0};
    CHECK_OK(conformance_counter_new(5, &c));
    CHECK(c.handle != 0);
    int64_t v = 0;
    CHECK_OK(conformance_counter_get(c, &v));
    CHECK_EQ_I64(v, 5);
    CHECK_OK(conformance_counter_add(c, 10));
    CHECK_OK(conformance_counter_add(c, -3));
    CHECK_OK(conformance_counter_get(c, &v));
    CHECK_EQ_I64(v, 12);
    ConformanceString s = {0};
    CHECK_OK(conformance_counter_describe(c, &s));
    CHECK_STRING(s, "Counter(12)");
    conformance_string_free(&s);
    CHECK_OK(conformance_counter_free(c));
    CHECK_OK(conformance_counter_new(1, &c));
    CHECK_OK(conformance_counter_add(c, INT64_MAX));
    CHECK_OK(conformance_counter_get(c, &v));
    CHECK(v == INT64_MIN);
    CHECK_OK(conformance_counter_free(c));
    uint32_t version = 0;
    CHECK_OK(conformance_counter_version(&version));
    CHECK_EQ_U64(version, 3);
}

CASE(objects, fallible) {
    ConformanceCounter c = {0};
    ConformanceParseError perr = {0};
    CHECK_OK(conformance_counter_parse(STR("12"), &c, &perr));
    int64_t v = 0;
    CHECK_OK(conformance_counter_get(c, &v));
    CHECK_EQ_I64(v, 12);
    CHECK_OK(conformance_counter_free(c));
    ConformanceCounter none = {.handle = 0};
    CHECK_STATUS(conformance_counter_parse(STR(""), &none, &perr), CONFORMANCE_ERROR);
    CHECK_EQ_U64(none.handle, 0);
    CHECK_EQ_I64(perr.tag, CONFORMANCE_PARSE_ERROR_EMPTY);
    conformance_parse_error_free(&perr);

    CHECK_OK(conformance_counter_new(5, &c));
    ConformanceMathError merr = {0};
    v = -99;
    CHECK_STATUS(conformance_counter_try_add(c, INT64_MAX, &v, &merr), CONFORMANCE_ERROR);
    CHECK_EQ_I64(v, -99);
    CHECK_EQ_I64(merr.tag, CONFORMANCE_MATH_ERROR_OVERFLOW);
    CHECK_EQ_I64(merr.payload.overflow.value, 5);
    conformance_math_error_free(&merr);
    CHECK_OK(conformance_counter_get(c, &v));
    CHECK_EQ_I64(v, 5);
    CHECK_OK(conformance_counter_try_add(c, 1, &v, &merr));
    CHECK_EQ_I64(v, 6);
    CHECK_OK(conformance_counter_free(c));
}

CASE(objects, as_params) {
    ConformanceCounter a = {0}, b = {0};
    CHECK_OK(conformance_counter_new(2, &a));
    CHECK_OK(conformance_counter_new(40, &b));
    int64_t v = 0;
    CHECK_OK(conformance_total(a, b, &v));
    CHECK_EQ_I64(v, 42);
    CHECK_OK(conformance_total(a, a, &v));
    CHECK_EQ_I64(v, 4);
    CHECK_OK(conformance_counter_sum_with(a, b, &v));
    CHECK_EQ_I64(v, 42);
    CHECK_OK(conformance_counter_sum_with(a, a, &v));
    CHECK_EQ_I64(v, 4);
    CHECK_OK(conformance_counter_free(a));
    CHECK_OK(conformance_counter_free(b));
}

CASE(objects, returned) {
    ConformanceCounter c = {0}, f = {0}, m = {0};
    CHECK_OK(conformance_counter_new(5, &c));
    CHECK_OK(conformance_counter_fork(c, &f));
    CHECK(f.handle != c.handle);
    CHECK_OK(conformance_counter_add(f, 1));
    int64_t vc = 0, vf = 0, vm = 0;
    CHECK_OK(conformance_counter_get(c, &vc));
    CHECK_OK(conformance_counter_get(f, &vf));
    CHECK_EQ_I64(vc, 5);
    CHECK_EQ_I64(vf, 6);
    CHECK_OK(conformance_make_counter(7, &m));
    CHECK_OK(conformance_counter_get(m, &vm));
    CHECK_EQ_I64(vm, 7);
    CHECK_OK(conformance_counter_free(c));
    CHECK_OK(conformance_counter_free(f));
    CHECK_OK(conformance_counter_free(m));
}

CASE(drop, live_count) {
    uint64_t before = live();
    ConformanceCounter a = {0}, b = {0};
    CHECK_OK(conformance_counter_new(1, &a));
    CHECK_EQ_U64(live(), before + 1);
    CHECK_OK(conformance_counter_new(2, &b));
    CHECK_EQ_U64(live(), before + 2);
    CHECK_OK(conformance_counter_free(a));
    CHECK_EQ_U64(live(), before + 1);
    CHECK_OK(conformance_counter_free(b));
    CHECK_EQ_U64(live(), before);
}

CASE(drop, forked) {
    uint64_t before = live();
    ConformanceCounter c = {0}, f = {0}, m = {0};
    CHECK_OK(conformance_counter_new(1, &c));
    CHECK_OK(conformance_counter_fork(c, &f));
    CHECK_OK(conformance_make_counter(3, &m));
    CHECK_EQ_U64(live(), before + 3);
    CHECK_OK(conformance_counter_free(c));
    CHECK_EQ_U64(live(), before + 2);
    int64_t v = 0;
    CHECK_OK(conformance_counter_get(f, &v));
    CHECK_EQ_I64(v, 1);
    CHECK_OK(conformance_counter_free(f));
    CHECK_OK(conformance_counter_free(m));
    CHECK_EQ_U64(live(), before);
}

CASE(drop, failed_constructor) {
    uint64_t before = live();
    ConformanceCounter c = {0};
    ConformanceParseError err = {0};
    CHECK_STATUS(conformance_counter_parse(STR("x"), &c, &err), CONFORMANCE_ERROR);
    conformance_parse_error_free(&err);
    CHECK_EQ_U64(live(), before);
    const int64_t values[] = {INT64_MAX, 1};
    CHECK_STATUS(conformance_counter_from_sum((ConformanceSliceI64){.ptr = values, .len = 2}, &c), CONFORMANCE_PANIC);
    CHECK_EQ_U64(c.handle, 0);
    CHECK_EQ_U64(live(), before);
}

CASE(handles, use_after_free) {
    ConformanceCounter c = {0};
    CHECK_OK(conformance_counter_new(1, &c));
    CHECK_OK(conformance_counter_free(c));
    int64_t v = -99;
    CHECK_STATUS(conformance_counter_get(c, &v), CONFORMANCE_INVALID_HANDLE);
    CHECK_EQ_I64(v, -99);
    char message[256];
    CHECK(last_error(message, sizeof message) > 0);
    CHECK_STATUS(conformance_counter_add(c, 1), CONFORMANCE_INVALID_HANDLE);
}

CASE(handles, double_free) {
    uint64_t before = live();
    ConformanceCounter c = {0};
    CHECK_OK(conformance_counter_new(1, &c));
    CHECK_OK(conformance_counter_free(c));
    CHECK_EQ_U64(live(), before);
    CHECK_STATUS(conformance_counter_free(c), CONFORMANCE_INVALID_HANDLE);
    CHECK_EQ_U64(live(), before);
}

CASE(handles, null_and_forged) {
    const uint64_t forged[] = {0, UINT64_MAX, 0x1234};
    for (size_t i = 0; i < COUNT(forged); i++) {
        ConformanceCounter c = {.handle = forged[i]};
        int64_t v = 0;
        CHECK_STATUS(conformance_counter_get(c, &v), CONFORMANCE_INVALID_HANDLE);
        CHECK_STATUS(conformance_counter_free(c), CONFORMANCE_INVALID_HANDLE);
    }
}

CASE(handles, wrong_type) {
    ConformanceEventSource src = {0};
    CHECK_OK(conformance_event_source_new(&src));
    ConformanceCounter fake = {.handle = src.handle};
    int64_t v = 0;
    CHECK_STATUS(conformance_counter_get(fake, &v), CONFORMANCE_INVALID_HANDLE);
    CHECK_STATUS(conformance_counter_free(fake), CONFORMANCE_INVALID_HANDLE);
    uint32_t n = 99;
    CHECK_OK(conformance_event_source_listener_count(src, &n));
    CHECK_EQ_U64(n, 0);
    CHECK_OK(conformance_event_source_free(src));
}

CASE(handles, reused_slot) {
    ConformanceCounter c1 = {0}, c2 = {0};
    CHECK_OK(conformance_counter_new(1, &c1));
    CHECK_OK(conformance_counter_free(c1));
    CHECK_OK(conformance_counter_new(2, &c2));
    CHECK(c2.handle != c1.handle);
    int64_t v = 0;
    CHECK_STATUS(conformance_counter_get(c1, &v), CONFORMANCE_INVALID_HANDLE);
    CHECK_OK(conformance_counter_get(c2, &v));
    CHECK_EQ_I64(v, 2);
    CHECK_STATUS(conformance_total(c2, c1, &v), CONFORMANCE_INVALID_HANDLE);
    CHECK_STATUS(conformance_counter_sum_with(c2, c1, &v), CONFORMANCE_INVALID_HANDLE);
    CHECK_OK(conformance_counter_free(c2));
}
