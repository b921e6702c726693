/* callback_interfaces, callback_failure (interfaces) */
#include "common.h"

/* The Tracker comes first so that tracker_release() can take the whole state as user_data. */
typedef struct {
    Tracker t; /* counts and records log() calls */
    uint32_t level;
    int level_calls;
} LoggerState;

static ConformanceStatus log_line(void *ud, ConformanceStr message) {
    LoggerState *s = ud;
    if (tracker_enter(&s->t)) {
        return s->t.fail_status;
    }
    tracker_note_text(&s->t, message.ptr, message.len);
    return CONFORMANCE_OK;
}

static ConformanceStatus log_level(void *ud, uint32_t *out) {
    LoggerState *s = ud;
    s->level_calls++;
    *out = s->level;
    return CONFORMANCE_OK;
}

static void logger_init(LoggerState *s, uint32_t level) {
    tracker_init(&s->t);
    s->level = level;
    s->level_calls = 0;
}

static ConformanceLogger logger_of(LoggerState *s) {
    ConformanceLogger l = {.user_data = s, .log = log_line, .level = log_level, .release = tracker_release};
    return l;
}

CASE(interfaces, borrowed) {
    LoggerState s;
    logger_init(&s, 3);
    uint32_t level = 0;
    CHECK_OK(conformance_call_logger(logger_of(&s), STR("hi"), &level));
    CHECK_EQ_U64(level, 3);
    CHECK_EQ_I64(s.t.calls, 1);
    CHECK_EQ_I64(s.level_calls, 1);
    CHECK_EQ_LIT(s.t.text, s.t.text_len, "hi|");
    CHECK_RELEASED_ONCE(s.t);
}

CASE(interfaces, retained) {
    LoggerState s;
    logger_init(&s, 1);
    ConformanceJournal j = {0};
    CHECK_OK(conformance_journal_new(logger_of(&s), &j));
    CHECK_EQ_I64(s.t.releases, 0);
    uint32_t n = 0;
    CHECK_OK(conformance_journal_write(j, STR("a"), &n));
    CHECK_EQ_U64(n, 1);
    CHECK_OK(conformance_journal_write(j, STR("b"), &n));
    CHECK_EQ_U64(n, 2);
    CHECK_OK(conformance_journal_lines(j, &n));
    CHECK_EQ_U64(n, 2);
    CHECK_EQ_LIT(s.t.text, s.t.text_len, "#1 a|#2 b|");
    CHECK_EQ_I64(s.t.releases, 0);
    CHECK_OK(conformance_journal_free(j));
    CHECK_RELEASED_ONCE(s.t);
}

CASE(interfaces, silent) {
    LoggerState s;
    logger_init(&s, 0);
    ConformanceJournal j = {0};
    CHECK_OK(conformance_journal_new(logger_of(&s), &j));
    uint32_t n = 99;
    CHECK_OK(conformance_journal_write(j, STR("a"), &n));
    CHECK_EQ_U64(n, 0);
    CHECK_EQ_I64(s.t.calls, 0);
    CHECK_EQ_I64(s.level_calls, 1);
    CHECK_OK(conformance_journal_free(j));
    CHECK_RELEASED_ONCE(s.t);
}

typedef struct {
    Tracker t; /* counts draw() calls; notes color, x, y of each */
    int tint_calls;
    ConformanceColor tint_seen;
} CanvasState;

static ConformanceStatus canvas_draw(void *ud, ConformanceShape shape, ConformanceColor color, ConformancePoint at,
                                     bool *out) {
    CanvasState *s = ud;
    if (tracker_enter(&s->t)) {
        return s->t.fail_status;
    }
    tracker_note(&s->t, color);
    tracker_note(&s->t, (int64_t)at.x);
    tracker_note(&s->t, (int64_t)at.y);
    *out = shape.tag != CONFORMANCE_SHAPE_CIRCLE;
    return CONFORMANCE_OK;
}

static ConformanceStatus canvas_tint(void *ud, ConformanceColor color, ConformanceColor *out) {
    CanvasState *s = ud;
    s->tint_calls++;
    s->tint_seen = color;
    *out = CONFORMANCE_COLOR_BLUE;
    return CONFORMANCE_OK;
}

static ConformanceStatus canvas_scale(void *ud, double *out) {
    (void)ud;
    *out = 10;
    return CONFORMANCE_OK;
}

CASE(interfaces, enums_records) {
    CanvasState s = {.tint_calls = 0, .tint_seen = -1};
    tracker_init(&s.t);
    ConformanceCanvas canvas = {
        .user_data = &s, .draw = canvas_draw, .tint = canvas_tint, .scale = canvas_scale, .release = tracker_release};
    const ConformanceShape shapes[] = {
        {.tag = CONFORMANCE_SHAPE_CIRCLE, .payload.circle = {.radius = 1}},
        {.tag = CONFORMANCE_SHAPE_RECT, .payload.rect = {.f0 = 2, .f1 = 3}},
        {.tag = CONFORMANCE_SHAPE_EMPTY},
    };
    double total = 0;
    CHECK_OK(conformance_render(canvas, (ConformanceSliceShape){.ptr = shapes, .len = 3}, CONFORMANCE_COLOR_RED, &total));
    CHECK_EQ_F64(total, 60);
    CHECK_EQ_I64(s.tint_calls, 1);
    CHECK_EQ_I64(s.tint_seen, CONFORMANCE_COLOR_RED);
    CHECK_EQ_I64(s.t.calls, 3);
    const int64_t seen[] = {CONFORMANCE_COLOR_BLUE, 0, 0, CONFORMANCE_COLOR_BLUE, 1, 0, CONFORMANCE_COLOR_BLUE, 2, 0};
    CHECK_EQ_U64(s.t.n_nums, COUNT(seen));
    for (size_t i = 0; i < COUNT(seen); i++) {
        CHECK_EQ_I64(s.t.nums[i], seen[i]);
    }
    CHECK_RELEASED_ONCE(s.t);
}

CASE(callback_failure, interface) {
    LoggerState s;
    logger_init(&s, 2);
    s.t.fail_at = 1;
    uint32_t level = 99;
    CHECK_STATUS(conformance_call_logger(logger_of(&s), STR("x"), &level), CONFORMANCE_CALLBACK_FAILED);
    CHECK_EQ_U64(level, 99);
    CHECK_EQ_I64(s.t.calls, 1);
    CHECK_RELEASED_ONCE(s.t);
}
