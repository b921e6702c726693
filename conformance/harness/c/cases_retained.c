/* retained_callbacks, callback_failure (retained) */
#include "common.h"

/* Notes every value; with a handle set, also notes the source's listener_count() (re-entry). */
static ConformanceStatus listener(void *ud, int64_t value) {
    Tracker *t = ud;
    if (tracker_enter(t)) {
        return t->fail_status;
    }
    tracker_note(t, value);
    if (t->handle != 0) {
        uint32_t n = 0;
        ConformanceStatus st = conformance_event_source_listener_count((ConformanceEventSource){.handle = t->handle}, &n);
        tracker_note(t, st == CONFORMANCE_OK ? (int64_t)n : -1000 - st);
    }
    return CONFORMANCE_OK;
}

#define LISTENER(t) ((ConformanceFnI64){.call = listener, .user_data = (t), .release = tracker_release})

CASE(retained, subscribe_emit) {
    Tracker t;
    tracker_init(&t);
    ConformanceEventSource src = {0};
    CHECK_OK(conformance_event_source_new(&src));
    uint32_t n = 0;
    CHECK_OK(conformance_event_source_subscribe(src, LISTENER(&t), &n));
    CHECK_EQ_U64(n, 1);
    CHECK_EQ_I64(t.releases, 0);
    CHECK_EQ_I64(t.calls, 0);
    CHECK_OK(conformance_event_source_emit(src, 7, &n));
    CHECK_EQ_U64(n, 1);
    CHECK_EQ_I64(t.calls, 1);
    CHECK_EQ_I64(t.nums[0], 7);
    CHECK_EQ_I64(t.releases, 0);
    CHECK_OK(conformance_event_source_free(src));
    CHECK_RELEASED_ONCE(t);
    CHECK_EQ_I64(t.calls, 1);
}

CASE(retained, multiple) {
    Tracker a, b;
    tracker_init(&a);
    tracker_init(&b);
    ConformanceEventSource src = {0};
    CHECK_OK(conformance_event_source_new(&src));
    uint32_t n = 0;
    CHECK_OK(conformance_event_source_subscribe(src, LISTENER(&a), &n));
    CHECK_EQ_U64(n, 1);
    CHECK_OK(conformance_event_source_subscribe(src, LISTENER(&b), &n));
    CHECK_EQ_U64(n, 2);
    CHECK_OK(conformance_event_source_emit(src, 3, &n));
    CHECK_EQ_U64(n, 2);
    CHECK_OK(conformance_event_source_emit(src, 4, &n));
    CHECK(a.n_nums == 2 && a.nums[0] == 3 && a.nums[1] == 4);
    CHECK(b.n_nums == 2 && b.nums[0] == 3 && b.nums[1] == 4);
    uint64_t emitted = 0;
    CHECK_OK(conformance_event_source_emitted(src, &emitted));
    CHECK_EQ_U64(emitted, 2);
    CHECK(a.releases == 0 && b.releases == 0);
    CHECK_OK(conformance_event_source_free(src));
    CHECK_RELEASED_ONCE(a);
    CHECK_RELEASED_ONCE(b);
}

CASE(retained, clear) {
    Tracker a, b;
    tracker_init(&a);
    tracker_init(&b);
    ConformanceEventSource src = {0};
    CHECK_OK(conformance_event_source_new(&src));
    uint32_t n = 0;
    CHECK_OK(conformance_event_source_subscribe(src, LISTENER(&a), &n));
    CHECK_OK(conformance_event_source_subscribe(src, LISTENER(&b), &n));
    CHECK_OK(conformance_event_source_clear(src, &n));
    CHECK_EQ_U64(n, 2);
    CHECK_RELEASED_ONCE(a);
    CHECK_RELEASED_ONCE(b);
    CHECK_OK(conformance_event_source_listener_count(src, &n));
    CHECK_EQ_U64(n, 0);
    CHECK_OK(conformance_event_source_emit(src, 1, &n));
    CHECK_EQ_U64(n, 0);
    CHECK(a.calls == 0 && b.calls == 0);
    CHECK_OK(conformance_event_source_free(src));
    CHECK(a.releases == 1 && b.releases == 1);
}

CASE(retained, threads) {
    Tracker t;
    tracker_init(&t);
    ConformanceEventSource src = {0};
    CHECK_OK(conformance_event_source_new(&src));
    uint32_t n = 0;
    CHECK_OK(conformance_event_source_subscribe(src, LISTENER(&t), &n));
    CHECK_OK(conformance_event_source_emit_from_thread(src, 9, &n));
    CHECK_EQ_U64(n, 1);
    CHECK_EQ_I64(t.calls, 1);
    CHECK_EQ_I64(t.nums[0], 9);
    CHECK_OK(conformance_event_source_clear_on_thread(src, &n));
    CHECK_EQ_U64(n, 1);
    CHECK_RELEASED_ONCE(t);
    CHECK_OK(conformance_event_source_free(src));
    CHECK_EQ_I64(t.releases, 1);
}

CASE(retained, reentrant) {
    Tracker t;
    tracker_init(&t);
    ConformanceEventSource src = {0};
    CHECK_OK(conformance_event_source_new(&src));
    t.handle = src.handle;
    uint32_t n = 0;
    CHECK_OK(conformance_event_source_subscribe(src, LISTENER(&t), &n));
    CHECK_OK(conformance_event_source_emit(src, 5, &n));
    CHECK_EQ_U64(t.n_nums, 2);
    CHECK_EQ_I64(t.nums[0], 5);
    CHECK_EQ_I64(t.nums[1], 1);
    CHECK_OK(conformance_event_source_free(src));
    CHECK_RELEASED_ONCE(t);
}

CASE(callback_failure, retained) {
    Tracker t;
    tracker_init(&t);
    t.fail_at = 1;
    ConformanceEventSource src = {0};
    CHECK_OK(conformance_event_source_new(&src));
    uint32_t n = 0;
    CHECK_OK(conformance_event_source_subscribe(src, LISTENER(&t), &n));
    n = 99;
    CHECK_STATUS(conformance_event_source_emit(src, 1, &n), CONFORMANCE_CALLBACK_FAILED);
    CHECK_EQ_U64(n, 99);
    t.fail_at = 2;
    CHECK_STATUS(conformance_event_source_emit_from_thread(src, 1, &n), CONFORMANCE_CALLBACK_FAILED);
    CHECK_EQ_I64(t.calls, 2);
    CHECK_OK(conformance_event_source_listener_count(src, &n));
    CHECK_EQ_U64(n, 1);
    CHECK_EQ_I64(t.releases, 0);
    CHECK_OK(conformance_event_source_free(src));
    CHECK_RELEASED_ONCE(t);
}
