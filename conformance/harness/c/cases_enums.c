/* c_enums, data_enums */
#include "common.h"

#include <math.h>

CASE(c_enums, values) {
    CHECK_EQ_I64(CONFORMANCE_COLOR_RED, 0);
    CHECK_EQ_I64(CONFORMANCE_COLOR_GREEN, 5);
    CHECK_EQ_I64(CONFORMANCE_COLOR_BLUE, 6);
    CHECK_EQ_U64(sizeof(ConformanceColor), sizeof(int32_t));
}

CASE(c_enums, round_trip) {
    const ConformanceColor all[] = {CONFORMANCE_COLOR_RED, CONFORMANCE_COLOR_GREEN, CONFORMANCE_COLOR_BLUE};
    for (size_t i = 0; i < COUNT(all); i++) {
        ConformanceColor out = -1;
        CHECK_OK(conformance_echo_color(all[i], &out));
        CHECK_EQ_I64(out, all[i]);
        CHECK_OK(conformance_next_color(all[i], &out));
        CHECK_EQ_I64(out, all[(i + 1) % COUNT(all)]);
    }
    ConformanceString name = {0};
    CHECK_OK(conformance_color_name(CONFORMANCE_COLOR_GREEN, &name));
    CHECK_STRING(name, "green");
    conformance_string_free(&name);
}

CASE(c_enums, negative) {
    CHECK_EQ_I64(CONFORMANCE_LEVEL_LOW, -1);
    CHECK_EQ_I64(CONFORMANCE_LEVEL_MID, 0);
    CHECK_EQ_I64(CONFORMANCE_LEVEL_HIGH, 100);
    ConformanceLevel out = 0;
    CHECK_OK(conformance_echo_level(CONFORMANCE_LEVEL_LOW, &out));
    CHECK_EQ_I64(out, CONFORMANCE_LEVEL_LOW);
    int32_t v = 0;
    CHECK_OK(conformance_level_value(CONFORMANCE_LEVEL_LOW, &v));
    CHECK_EQ_I64(v, -1);
    CHECK_OK(conformance_level_value(CONFORMANCE_LEVEL_HIGH, &v));
    CHECK_EQ_I64(v, 100);
}

CASE(data_enums, tags_and_area) {
    CHECK_EQ_I64(CONFORMANCE_SHAPE_CIRCLE, 0);
    CHECK_EQ_I64(CONFORMANCE_SHAPE_RECT, 1);
    CHECK_EQ_I64(CONFORMANCE_SHAPE_EMPTY, 2);
    double a = -1;
    ConformanceShape circle = {.tag = CONFORMANCE_SHAPE_CIRCLE, .payload.circle = {.radius = 2}};
    CHECK_OK(conformance_area(circle, &a));
    CHECK_NEAR_F64(a, 4 * 3.14159265358979323846, 1e-12);
    ConformanceShape rect = {.tag = CONFORMANCE_SHAPE_RECT, .payload.rect = {.f0 = 2, .f1 = 3}};
    CHECK_OK(conformance_area(rect, &a));
    CHECK_EQ_F64(a, 6);
    ConformanceShape empty = {.tag = CONFORMANCE_SHAPE_EMPTY};
    CHECK_OK(conformance_area(empty, &a));
    CHECK_EQ_F64(a, 0);
}

CASE(data_enums, returned) {
    ConformanceShape s = {0};
    CHECK_OK(conformance_make_circle(1.5, &s));
    CHECK_EQ_I64(s.tag, CONFORMANCE_SHAPE_CIRCLE);
    CHECK_EQ_F64(s.payload.circle.radius, 1.5);
    ConformanceShape rect = {.tag = CONFORMANCE_SHAPE_RECT, .payload.rect = {.f0 = 2, .f1 = 3}};
    CHECK_OK(conformance_scale_shape(rect, 2, &s));
    CHECK_EQ_I64(s.tag, CONFORMANCE_SHAPE_RECT);
    CHECK_EQ_F64(s.payload.rect.f0, 4);
    CHECK_EQ_F64(s.payload.rect.f1, 6);
    CHECK_OK(conformance_scale_shape((ConformanceShape){.tag = CONFORMANCE_SHAPE_EMPTY}, 2, &s));
    CHECK_EQ_I64(s.tag, CONFORMANCE_SHAPE_EMPTY);
    ConformanceVecShape all = {0};
    CHECK_OK(conformance_shapes(&all));
    CHECK_EQ_U64(all.len, 3);
    bool ok = all.ptr[0].tag == CONFORMANCE_SHAPE_CIRCLE && all.ptr[0].payload.circle.radius == 1 &&
              all.ptr[1].tag == CONFORMANCE_SHAPE_RECT && all.ptr[1].payload.rect.f0 == 2 &&
              all.ptr[1].payload.rect.f1 == 3 && all.ptr[2].tag == CONFORMANCE_SHAPE_EMPTY;
    conformance_vec_shape_free(&all);
    CHECK(ok);
}

CASE(data_enums, owned_payload) {
    ConformanceMessage m = {0};
    CHECK_OK(conformance_make_text_message(STR("hi"), &m));
    CHECK_EQ_I64(m.tag, CONFORMANCE_MESSAGE_TEXT);
    CHECK_STRING(m.payload.text.f0, "hi");
    conformance_message_free(&m);
    conformance_message_free(&m);
    CHECK_OK(conformance_make_batch(4, &m));
    CHECK_EQ_I64(m.tag, CONFORMANCE_MESSAGE_BATCH);
    CHECK_EQ_U64(m.payload.batch.f0.len, 4);
    for (uint32_t i = 0; i < 4; i++) {
        CHECK_EQ_U64(m.payload.batch.f0.ptr[i], i);
    }
    conformance_message_free(&m);
    conformance_message_free(&m);
}

CASE(data_enums, param) {
    const uint32_t items[] = {1, 2};
    struct {
        ConformanceMessage message;
        const char *expected;
    } table[] = {
        {{.tag = CONFORMANCE_MESSAGE_TEXT, .payload.text = {.f0 = string_view("yo")}}, "text: yo"},
        {{.tag = CONFORMANCE_MESSAGE_MOVE, .payload.move = {.x = -1, .y = 2}}, "move: -1,2"},
        {{.tag = CONFORMANCE_MESSAGE_BATCH, .payload.batch = {.f0 = {.ptr = (uint32_t *)items, .len = 2}}},
         "batch: 2 items"},
        {{.tag = CONFORMANCE_MESSAGE_QUIT}, "quit"},
    };
    for (size_t i = 0; i < COUNT(table); i++) {
        ConformanceString out = {0};
        CHECK_OK(conformance_describe_message(table[i].message, &out));
        CHECK_EQ_BYTES(out.ptr, out.len, table[i].expected, strlen(table[i].expected));
        conformance_string_free(&out);
    }
}
