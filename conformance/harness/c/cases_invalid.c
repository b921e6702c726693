/* invalid_input */
#include "common.h"

CASE(invalid, utf8_str) {
    const ConformanceStr bad[] = {STR("\xff"), STR("\xc0\xaf"), STR("\xed\xa0\x80"), STR("ok\xe2\x82")};
    for (size_t i = 0; i < COUNT(bad); i++) {
        size_t n = 12345;
        CHECK_STATUS(conformance_count_chars(bad[i], &n), CONFORMANCE_INVALID_ARGUMENT);
        CHECK_EQ_U64(n, 12345);
    }
    ConformanceString out = {0};
    CHECK_STATUS(conformance_greet(STR("\xff"), &out), CONFORMANCE_INVALID_ARGUMENT);
    CHECK_EQ_U64(out.len, 0);
    CHECK_LAST_ERROR_CONTAINS("name");
}

CASE(invalid, utf8_owned) {
    ConformanceString out = {0};
    CHECK_STATUS(conformance_to_upper(STR("a\xff"), &out), CONFORMANCE_INVALID_ARGUMENT);
    ConformanceOptionString name = {.is_some = true, .value = string_view("\xff")};
    CHECK_STATUS(conformance_greet_opt(name, &out), CONFORMANCE_INVALID_ARGUMENT);
    const ConformanceString parts[] = {string_view("ok"), string_view("\xff")};
    CHECK_STATUS(conformance_join((ConformanceSliceString){.ptr = parts, .len = 2}, STR(","), &out),
                 CONFORMANCE_INVALID_ARGUMENT);
    CHECK_EQ_U64(out.len, 0);
}

CASE(invalid, utf8_record_field) {
    ConformanceString tags[] = {string_view("a"), string_view("b")};
    ConformanceString out = {0};
    ConformancePerson p = person_view("\xff", 1, tags, 2, "Paris", NULL);
    CHECK_STATUS(conformance_describe_person(p, &out), CONFORMANCE_INVALID_ARGUMENT);
    ConformanceString bad_tags[] = {string_view("a"), string_view("\xc3")};
    p = person_view("Ann", 1, bad_tags, 2, "Paris", NULL);
    CHECK_STATUS(conformance_describe_person(p, &out), CONFORMANCE_INVALID_ARGUMENT);
    p = person_view("Ann", 1, tags, 2, "Par\xffis", NULL);
    CHECK_STATUS(conformance_describe_person(p, &out), CONFORMANCE_INVALID_ARGUMENT);
    CHECK_EQ_U64(out.len, 0);
}

CASE(invalid, null_with_len) {
    size_t n = 0;
    CHECK_STATUS(conformance_count_chars((ConformanceStr){.ptr = NULL, .len = 3}, &n), CONFORMANCE_INVALID_ARGUMENT);
    double sum = 0;
    CHECK_STATUS(conformance_sum_f64((ConformanceSliceF64){.ptr = NULL, .len = 2}, &sum), CONFORMANCE_INVALID_ARGUMENT);
    CHECK_STATUS(conformance_fill((ConformanceSliceMutU32){.ptr = NULL, .len = 2}, 1), CONFORMANCE_INVALID_ARGUMENT);
    ConformanceVecI32 sorted = {0};
    CHECK_STATUS(conformance_sorted_i32((ConformanceSliceI32){.ptr = NULL, .len = 1}, &sorted),
                 CONFORMANCE_INVALID_ARGUMENT);
    CHECK_EQ_U64(sorted.len, 0);
}

CASE(invalid, unknown_c_enum) {
    const int32_t bad[] = {1, 7, -1};
    for (size_t i = 0; i < COUNT(bad); i++) {
        ConformanceColor out = 99;
        CHECK_STATUS(conformance_echo_color((ConformanceColor)bad[i], &out), CONFORMANCE_INVALID_ARGUMENT);
        CHECK_EQ_I64(out, 99);
    }
    ConformanceStyled in = {.color = 3, .level = CONFORMANCE_LEVEL_MID, .shape = {.tag = CONFORMANCE_SHAPE_EMPTY}};
    ConformanceStyled out = {0};
    CHECK_STATUS(conformance_echo_styled(in, &out), CONFORMANCE_INVALID_ARGUMENT);
}

CASE(invalid, unknown_data_enum_tag) {
    const int32_t bad[] = {3, -1};
    for (size_t i = 0; i < COUNT(bad); i++) {
        double a = 0;
        ConformanceShape s = {.tag = bad[i]};
        CHECK_STATUS(conformance_area(s, &a), CONFORMANCE_INVALID_ARGUMENT);
    }
}

CASE(invalid, null_out) {
    CHECK_STATUS(conformance_echo_u8(1, NULL), CONFORMANCE_INVALID_ARGUMENT);
    CHECK_STATUS(conformance_greet(STR("x"), NULL), CONFORMANCE_INVALID_ARGUMENT);
}

CASE(invalid, misaligned_slice) {
    double storage[3] = {1, 2, 3};
    uintptr_t odd = (uintptr_t)storage + 1;
    double sum = 0;
    CHECK_STATUS(conformance_sum_f64((ConformanceSliceF64){.ptr = (const double *)odd, .len = 2}, &sum),
                 CONFORMANCE_INVALID_ARGUMENT);
}

static ConformanceStatus log_nothing(void *ud, ConformanceStr message) {
    (void)ud;
    (void)message;
    return CONFORMANCE_OK;
}

CASE(invalid, null_function_pointer) {
    uint32_t out = 0;
    ConformanceFnU32ToU32 f = {.call = NULL, .user_data = NULL, .release = NULL};
    CHECK_STATUS(conformance_apply(1, f, &out), CONFORMANCE_INVALID_ARGUMENT);
    ConformanceLogger logger = {.user_data = NULL, .log = log_nothing, .level = NULL, .release = NULL};
    CHECK_STATUS(conformance_call_logger(logger, STR("x"), &out), CONFORMANCE_INVALID_ARGUMENT);
}

static ConformanceStatus double_it(void *ud, uint32_t x, uint32_t *out) {
    (void)tracker_enter(ud);
    *out = 2 * x;
    return CONFORMANCE_OK;
}

static ConformanceStatus tracked_log(void *ud, ConformanceStr message) {
    (void)tracker_enter(ud);
    (void)message;
    return CONFORMANCE_OK;
}

static ConformanceStatus tracked_level(void *ud, uint32_t *out) {
    (void)tracker_enter(ud);
    *out = 1;
    return CONFORMANCE_OK;
}

CASE(invalid, released_on_early_failure) {
    /* A NULL out-parameter: the call fails before Rust code runs, yet the closure is released. */
    Tracker t;
    tracker_init(&t);
    ConformanceFnU32ToU32 f = {.call = double_it, .user_data = &t, .release = tracker_release};
    CHECK_STATUS(conformance_apply(1, f, NULL), CONFORMANCE_INVALID_ARGUMENT);
    CHECK_EQ_I64(t.calls, 0);
    CHECK_RELEASED_ONCE(t);

    /* Invalid UTF-8 in a later argument: the vtable given before it is released all the same. */
    Tracker v;
    tracker_init(&v);
    ConformanceLogger logger = {.user_data = &v, .log = tracked_log, .level = tracked_level, .release = tracker_release};
    uint32_t out = 0;
    CHECK_STATUS(conformance_call_logger(logger, (ConformanceStr){"\xff", 1}, &out), CONFORMANCE_INVALID_ARGUMENT);
    CHECK_EQ_I64(v.calls, 0);
    CHECK_RELEASED_ONCE(v);

    /* A vtable with a NULL entry is refused, and still released. */
    Tracker w;
    tracker_init(&w);
    ConformanceLogger broken = {.user_data = &w, .log = tracked_log, .level = NULL, .release = tracker_release};
    CHECK_STATUS(conformance_call_logger(broken, STR("x"), &out), CONFORMANCE_INVALID_ARGUMENT);
    CHECK_RELEASED_ONCE(w);
}
