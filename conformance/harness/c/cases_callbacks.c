/* callbacks, once_callbacks, callback_failure (closures) */
#include "common.h"

/* Every callback takes a Tracker as user_data (see common.h) and fails when it says so. */

static ConformanceStatus add_one(void *ud, uint32_t x, uint32_t *out) {
    Tracker *t = ud;
    if (tracker_enter(t)) {
        return t->fail_status;
    }
    tracker_note(t, x);
    *out = x + 1;
    return CONFORMANCE_OK;
}

static ConformanceStatus times_ten(void *ud, uint32_t x, uint32_t *out) {
    Tracker *t = ud;
    if (tracker_enter(t)) {
        return t->fail_status;
    }
    tracker_note(t, x);
    *out = x * 10;
    return CONFORMANCE_OK;
}

static ConformanceStatus square(void *ud, uint32_t x, uint32_t *out) {
    Tracker *t = ud;
    if (tracker_enter(t)) {
        return t->fail_status;
    }
    tracker_note(t, x);
    *out = x * x;
    return CONFORMANCE_OK;
}

static ConformanceStatus to_zero(void *ud, uint32_t x, uint32_t *out) {
    Tracker *t = ud;
    if (tracker_enter(t)) {
        return t->fail_status;
    }
    tracker_note(t, x);
    *out = 0;
    return CONFORMANCE_OK;
}

static ConformanceStatus subtract(void *ud, int32_t acc, int32_t v, int32_t *out) {
    Tracker *t = ud;
    if (tracker_enter(t)) {
        return t->fail_status;
    }
    tracker_note(t, acc);
    tracker_note(t, v);
    *out = acc - v;
    return CONFORMANCE_OK;
}

static ConformanceStatus on_word(void *ud, ConformanceStr word, uint32_t index) {
    Tracker *t = ud;
    if (tracker_enter(t)) {
        return t->fail_status;
    }
    tracker_note_text(t, word.ptr, word.len);
    tracker_note(t, index);
    return CONFORMANCE_OK;
}

static ConformanceStatus tick(void *ud) {
    Tracker *t = ud;
    if (tracker_enter(t)) {
        return t->fail_status;
    }
    return CONFORMANCE_OK;
}

static ConformanceStatus x_times_y(void *ud, ConformancePoint p, double *out) {
    Tracker *t = ud;
    if (tracker_enter(t)) {
        return t->fail_status;
    }
    *out = p.x * p.y;
    return CONFORMANCE_OK;
}

static ConformanceStatus to_blue(void *ud, ConformanceColor c, ConformanceColor *out) {
    Tracker *t = ud;
    if (tracker_enter(t)) {
        return t->fail_status;
    }
    tracker_note(t, c);
    *out = CONFORMANCE_COLOR_BLUE;
    return CONFORMANCE_OK;
}

/* Notes tag, then the payload's numbers (all integral in these cases). */
static ConformanceStatus only_rects(void *ud, ConformanceShape s, bool *out) {
    Tracker *t = ud;
    if (tracker_enter(t)) {
        return t->fail_status;
    }
    tracker_note(t, s.tag);
    if (s.tag == CONFORMANCE_SHAPE_CIRCLE) {
        tracker_note(t, (int64_t)s.payload.circle.radius);
    } else if (s.tag == CONFORMANCE_SHAPE_RECT) {
        tracker_note(t, (int64_t)s.payload.rect.f0);
        tracker_note(t, (int64_t)s.payload.rect.f1);
    }
    *out = s.tag == CONFORMANCE_SHAPE_RECT;
    return CONFORMANCE_OK;
}

static ConformanceStatus person_score(void *ud, ConformancePerson p, uint32_t *out) {
    Tracker *t = ud;
    if (tracker_enter(t)) {
        return t->fail_status;
    }
    tracker_note_text(t, p.name.ptr, p.name.len);
    for (size_t i = 0; i < p.tags.len; i++) {
        tracker_note_text(t, p.tags.ptr[i].ptr, p.tags.ptr[i].len);
    }
    tracker_note_text(t, p.address.city.ptr, p.address.city.len);
    *out = p.age + (uint32_t)p.tags.len;
    return CONFORMANCE_OK;
}

static ConformanceStatus double_via_library(void *ud, uint32_t x, uint32_t *out) {
    Tracker *t = ud;
    if (tracker_enter(t)) {
        return t->fail_status;
    }
    return conformance_echo_u32(x * 2, out);
}

#define FN_U32(f, t) ((ConformanceFnU32ToU32){.call = (f), .user_data = (t), .release = tracker_release})

CASE(callbacks, apply) {
    Tracker t;
    tracker_init(&t);
    uint32_t out = 0;
    CHECK_OK(conformance_apply(41, FN_U32(add_one, &t), &out));
    CHECK_EQ_U64(out, 42);
    CHECK_EQ_I64(t.calls, 1);
    CHECK_EQ_I64(t.nums[0], 41);
    CHECK_RELEASED_ONCE(t);
}

CASE(callbacks, several_calls) {
    Tracker t;
    tracker_init(&t);
    uint32_t out = 0;
    CHECK_OK(conformance_apply_twice(2, FN_U32(times_ten, &t), &out));
    CHECK_EQ_U64(out, 200);
    CHECK_EQ_I64(t.calls, 2);
    CHECK_RELEASED_ONCE(t);

    tracker_init(&t);
    const uint32_t values[] = {1, 2, 3};
    ConformanceVecU32 squares = {0};
    CHECK_OK(conformance_map_u32((ConformanceSliceU32){.ptr = values, .len = 3}, FN_U32(square, &t), &squares));
    CHECK_EQ_U64(squares.len, 3);
    bool ok = squares.ptr[0] == 1 && squares.ptr[1] == 4 && squares.ptr[2] == 9;
    conformance_vec_u32_free(&squares);
    CHECK(ok);
    CHECK_EQ_I64(t.calls, 3);
    CHECK(t.nums[0] == 1 && t.nums[1] == 2 && t.nums[2] == 3);
    CHECK_RELEASED_ONCE(t);

    tracker_init(&t);
    const int32_t ints[] = {1, 2, 3};
    int32_t folded = 0;
    ConformanceFnI32I32ToI32 f = {.call = subtract, .user_data = &t, .release = tracker_release};
    CHECK_OK(conformance_fold_i32((ConformanceSliceI32){.ptr = ints, .len = 3}, 10, f, &folded));
    CHECK_EQ_I64(folded, 4);
    CHECK_EQ_U64(t.n_nums, 6);
    const int64_t seen[] = {10, 1, 9, 2, 7, 3};
    for (size_t i = 0; i < 6; i++) {
        CHECK_EQ_I64(t.nums[i], seen[i]);
    }
    CHECK_RELEASED_ONCE(t);
}

CASE(callbacks, str_arg) {
    Tracker t;
    tracker_init(&t);
    uint32_t n = 0;
    ConformanceFnStrU32 f = {.call = on_word, .user_data = &t, .release = tracker_release};
    CHECK_OK(conformance_for_each_word(STR(" alpha  \xce\xb2" "eta "), f, &n));
    CHECK_EQ_U64(n, 2);
    CHECK_EQ_LIT(t.text, t.text_len, "alpha|\xce\xb2" "eta|");
    CHECK(t.nums[0] == 0 && t.nums[1] == 1);
    CHECK_RELEASED_ONCE(t);
}

CASE(callbacks, no_args) {
    Tracker t;
    tracker_init(&t);
    CHECK_OK(conformance_call_n_times(4, (ConformanceFn){.call = tick, .user_data = &t, .release = tracker_release}));
    CHECK_EQ_I64(t.calls, 4);
    CHECK_RELEASED_ONCE(t);
    tracker_init(&t);
    CHECK_OK(conformance_call_n_times(0, (ConformanceFn){.call = tick, .user_data = &t, .release = tracker_release}));
    CHECK_EQ_I64(t.calls, 0);
    CHECK_RELEASED_ONCE(t);
}

CASE(callbacks, record_and_enum_args) {
    Tracker t;
    tracker_init(&t);
    const ConformancePoint points[] = {{.x = 1, .y = 2}, {.x = 3, .y = 4}};
    double sum = 0;
    ConformanceFnPointToF64 measure = {.call = x_times_y, .user_data = &t, .release = tracker_release};
    CHECK_OK(conformance_measure((ConformanceSlicePoint){.ptr = points, .len = 2}, measure, &sum));
    CHECK_EQ_F64(sum, 14);
    CHECK_EQ_I64(t.calls, 2);
    CHECK_RELEASED_ONCE(t);

    tracker_init(&t);
    ConformanceColor color = CONFORMANCE_COLOR_RED;
    ConformanceFnColorToColor recolor = {.call = to_blue, .user_data = &t, .release = tracker_release};
    CHECK_OK(conformance_recolor(CONFORMANCE_COLOR_RED, recolor, &color));
    CHECK_EQ_I64(color, CONFORMANCE_COLOR_BLUE);
    CHECK_EQ_I64(t.nums[0], CONFORMANCE_COLOR_RED);
    CHECK_RELEASED_ONCE(t);

    tracker_init(&t);
    uint32_t accepted = 0;
    ConformanceFnShapeToBool pick = {.call = only_rects, .user_data = &t, .release = tracker_release};
    CHECK_OK(conformance_count_shapes(pick, &accepted));
    CHECK_EQ_U64(accepted, 1);
    const int64_t seen[] = {CONFORMANCE_SHAPE_CIRCLE, 1, CONFORMANCE_SHAPE_RECT, 2, 3, CONFORMANCE_SHAPE_EMPTY};
    CHECK_EQ_U64(t.n_nums, COUNT(seen));
    for (size_t i = 0; i < COUNT(seen); i++) {
        CHECK_EQ_I64(t.nums[i], seen[i]);
    }
    CHECK_RELEASED_ONCE(t);
}

CASE(callbacks, owned_record_arg) {
    Tracker t;
    tracker_init(&t);
    ConformanceString tags[] = {string_view("a"), string_view("b")};
    ConformancePerson p = person_view("Ann", 33, tags, 2, "Oslo", NULL);
    uint32_t out = 0;
    ConformanceFnPersonToU32 f = {.call = person_score, .user_data = &t, .release = tracker_release};
    CHECK_OK(conformance_inspect_person(p, f, &out));
    CHECK_EQ_U64(out, 35);
    CHECK_EQ_LIT(t.text, t.text_len, "Ann|a|b|Oslo|");
    CHECK_RELEASED_ONCE(t);
}

CASE(callbacks, reentrant) {
    Tracker t;
    tracker_init(&t);
    uint32_t out = 0;
    CHECK_OK(conformance_apply(5, FN_U32(double_via_library, &t), &out));
    CHECK_EQ_U64(out, 10);
    CHECK_RELEASED_ONCE(t);
    tracker_init(&t);
    ConformanceFnU32ToU32 no_release = {.call = add_one, .user_data = &t, .release = NULL};
    CHECK_OK(conformance_apply(1, no_release, &out));
    CHECK_EQ_U64(out, 2);
    CHECK_EQ_I64(t.releases, 0);
}

CASE(once, called_once) {
    Tracker t;
    tracker_init(&t);
    uint32_t out = 0;
    CHECK_OK(conformance_apply_once(4, FN_U32(add_one, &t), &out));
    CHECK_EQ_U64(out, 5);
    CHECK_EQ_I64(t.calls, 1);
    CHECK_RELEASED_ONCE(t);
}

CASE(once, not_called) {
    Tracker t;
    tracker_init(&t);
    uint32_t out = 0;
    CHECK_OK(conformance_maybe_apply_once(false, 4, FN_U32(add_one, &t), &out));
    CHECK_EQ_U64(out, 4);
    CHECK_EQ_I64(t.calls, 0);
    CHECK_RELEASED_ONCE(t);
    tracker_init(&t);
    CHECK_OK(conformance_maybe_apply_once(true, 4, FN_U32(add_one, &t), &out));
    CHECK_EQ_U64(out, 5);
    CHECK_EQ_I64(t.calls, 1);
    CHECK_RELEASED_ONCE(t);
}

static ConformanceStatus note_i64(void *ud, int64_t value) {
    Tracker *t = ud;
    if (tracker_enter(t)) {
        return t->fail_status;
    }
    tracker_note(t, value);
    return CONFORMANCE_OK;
}

CASE(once, on_drop) {
    Tracker first, second;
    tracker_init(&first);
    tracker_init(&second);
    ConformanceCounter c = {0};
    CHECK_OK(conformance_counter_new(3, &c));
    CHECK_OK(conformance_counter_set_on_drop(c, (ConformanceFnI64){.call = note_i64, .user_data = &first, .release = tracker_release}));
    CHECK_EQ_I64(first.releases, 0);
    CHECK_OK(conformance_counter_set_on_drop(c, (ConformanceFnI64){.call = note_i64, .user_data = &second, .release = tracker_release}));
    CHECK_EQ_I64(first.calls, 0);
    CHECK_RELEASED_ONCE(first);
    CHECK_OK(conformance_counter_add(c, 4));
    CHECK_EQ_I64(second.calls, 0);
    CHECK_EQ_I64(second.releases, 0);
    CHECK_OK(conformance_counter_free(c));
    CHECK_EQ_I64(second.calls, 1);
    CHECK_EQ_I64(second.nums[0], 7);
    CHECK_RELEASED_ONCE(second);
    CHECK_EQ_I64(first.calls, 0);
    CHECK_EQ_I64(first.releases, 1);
}

CASE(callback_failure, status) {
    const int32_t failures[] = {1, -7};
    for (size_t i = 0; i < COUNT(failures); i++) {
        Tracker t;
        tracker_init(&t);
        t.fail_at = 1;
        t.fail_status = failures[i];
        uint32_t out = 12345;
        CHECK_STATUS(conformance_apply(1, FN_U32(add_one, &t), &out), CONFORMANCE_CALLBACK_FAILED);
        CHECK_EQ_U64(out, 12345);
        CHECK_EQ_I64(t.calls, 1);
        CHECK_RELEASED_ONCE(t);
        char message[256];
        CHECK(last_error(message, sizeof message) > 0);
    }
}

CASE(callback_failure, partial_vec) {
    Tracker t;
    tracker_init(&t);
    t.fail_at = 3;
    const uint32_t values[] = {1, 2, 3, 4};
    ConformanceVecU32 out = {0};
    CHECK_STATUS(conformance_map_u32((ConformanceSliceU32){.ptr = values, .len = 4}, FN_U32(square, &t), &out),
                 CONFORMANCE_CALLBACK_FAILED);
    CHECK_EQ_U64(out.len, 0);
    CHECK(out.ptr == NULL);
    CHECK_EQ_I64(t.calls, 3);
    CHECK_RELEASED_ONCE(t);
}

CASE(callback_failure, once_and_no_return) {
    Tracker t;
    tracker_init(&t);
    t.fail_at = 1;
    uint32_t out = 0;
    CHECK_STATUS(conformance_apply_once(1, FN_U32(add_one, &t), &out), CONFORMANCE_CALLBACK_FAILED);
    CHECK_EQ_I64(t.calls, 1);
    CHECK_RELEASED_ONCE(t);
    tracker_init(&t);
    t.fail_at = 2;
    ConformanceFn f = {.call = tick, .user_data = &t, .release = tracker_release};
    CHECK_STATUS(conformance_call_n_times(5, f), CONFORMANCE_CALLBACK_FAILED);
    CHECK_EQ_I64(t.calls, 2);
    CHECK_RELEASED_ONCE(t);
}

CASE(panics, after_callback) {
    Tracker t;
    tracker_init(&t);
    uint32_t out = 77;
    CHECK_STATUS(conformance_apply_nonzero(1, FN_U32(to_zero, &t), &out), CONFORMANCE_PANIC);
    CHECK_LAST_ERROR_CONTAINS("callback returned zero");
    CHECK_EQ_U64(out, 77);
    CHECK_EQ_I64(t.calls, 1);
    CHECK_RELEASED_ONCE(t);
    CHECK_OK(conformance_echo_u32(5, &out));
    CHECK_EQ_U64(out, 5);
    CHECK_STATUS(conformance_always_panics(STR("second panic"), &out), CONFORMANCE_PANIC);
    CHECK_LAST_ERROR_CONTAINS("second panic");
}
