/* vecs */
#include "common.h"

CASE(vecs, u32_and_free) {
    ConformanceVecU32 v = {0};
    CHECK_OK(conformance_make_vec_u32(5, &v));
    CHECK_EQ_U64(v.len, 5);
    CHECK(v.cap >= v.len);
    for (uint32_t i = 0; i < 5; i++) {
        CHECK_EQ_U64(v.ptr[i], i);
    }
    conformance_vec_u32_free(&v);
    CHECK_EMPTY(v);
    conformance_vec_u32_free(&v);
    CHECK_EMPTY(v);
}

CASE(vecs, empty_and_large) {
    ConformanceVecU32 v = {0};
    CHECK_OK(conformance_make_vec_u32(0, &v));
    CHECK_EQ_U64(v.len, 0);
    conformance_vec_u32_free(&v);
    CHECK_OK(conformance_make_vec_u32(1000000, &v));
    CHECK_EQ_U64(v.len, 1000000);
    bool ok = true;
    for (uint32_t i = 0; i < 1000000; i++) {
        ok = ok && v.ptr[i] == i;
    }
    conformance_vec_u32_free(&v);
    CHECK(ok);
}

CASE(vecs, strings) {
    ConformanceVecString v = {0};
    CHECK_OK(conformance_split_words(STR(" a bb  ccc "), &v));
    CHECK_EQ_U64(v.len, 3);
    CHECK_STRING(v.ptr[0], "a");
    CHECK_STRING(v.ptr[1], "bb");
    CHECK_STRING(v.ptr[2], "ccc");
    conformance_vec_string_free(&v);
    CHECK_EMPTY(v);
}

CASE(vecs, records) {
    ConformanceVecPoint points = {0};
    CHECK_OK(conformance_points_on_diagonal(3, &points));
    CHECK_EQ_U64(points.len, 3);
    for (size_t i = 0; i < 3; i++) {
        CHECK_EQ_F64(points.ptr[i].x, (double)i);
        CHECK_EQ_F64(points.ptr[i].y, (double)i);
    }
    conformance_vec_point_free(&points);
    ConformanceVecPerson people = {0};
    CHECK_OK(conformance_make_people(3, &people));
    CHECK_EQ_U64(people.len, 3);
    ConformancePerson *p = &people.ptr[2];
    CHECK_STRING(p->name, "p2");
    CHECK_EQ_U64(p->age, 2);
    CHECK_EQ_U64(p->tags.len, 2);
    CHECK_STRING(p->tags.ptr[0], "t0");
    CHECK_STRING(p->tags.ptr[1], "t1");
    CHECK_STRING(p->address.city, "Springfield");
    CHECK(!p->email.is_some);
    conformance_vec_person_free(&people);
    CHECK_EMPTY(people);
}

CASE(vecs, bools_bytes_enums) {
    const uint32_t values[] = {1, 2, 3, 4};
    ConformanceVecBool parity = {0};
    CHECK_OK(conformance_parity((ConformanceSliceU32){.ptr = values, .len = COUNT(values)}, &parity));
    CHECK_EQ_U64(parity.len, 4);
    CHECK(!parity.ptr[0] && parity.ptr[1] && !parity.ptr[2] && parity.ptr[3]);
    conformance_vec_bool_free(&parity);
    ConformanceVecU8 bytes = {0};
    CHECK_OK(conformance_bytes_of(STR("h\xc3\xa9"), &bytes));
    CHECK_EQ_BYTES(bytes.ptr, bytes.len, "\x68\xc3\xa9", 3);
    conformance_vec_u8_free(&bytes);
    ConformanceVecColor colors = {0};
    CHECK_OK(conformance_all_colors(&colors));
    CHECK_EQ_U64(colors.len, 3);
    CHECK_EQ_I64(colors.ptr[0], CONFORMANCE_COLOR_RED);
    CHECK_EQ_I64(colors.ptr[1], CONFORMANCE_COLOR_GREEN);
    CHECK_EQ_I64(colors.ptr[2], CONFORMANCE_COLOR_BLUE);
    conformance_vec_color_free(&colors);
}

CASE(vecs, params) {
    const int32_t values[] = {3, -1, 2};
    ConformanceVecI32 sorted = {0};
    CHECK_OK(conformance_sorted_i32((ConformanceSliceI32){.ptr = values, .len = COUNT(values)}, &sorted));
    CHECK_EQ_U64(sorted.len, 3);
    CHECK(sorted.ptr[0] == -1 && sorted.ptr[1] == 2 && sorted.ptr[2] == 3);
    conformance_vec_i32_free(&sorted);
    CHECK(values[0] == 3 && values[1] == -1 && values[2] == 2);
    const ConformancePoint points[] = {{.x = 0, .y = 1.5}, {.x = 0, .y = 2}};
    double sum = 0;
    CHECK_OK(conformance_sum_y((ConformanceSlicePoint){.ptr = points, .len = COUNT(points)}, &sum));
    CHECK_EQ_F64(sum, 3.5);
    const ConformanceColor colors[] = {CONFORMANCE_COLOR_BLUE, CONFORMANCE_COLOR_RED, CONFORMANCE_COLOR_BLUE};
    uint32_t blue = 0;
    CHECK_OK(conformance_count_blue((ConformanceSliceColor){.ptr = colors, .len = COUNT(colors)}, &blue));
    CHECK_EQ_U64(blue, 2);
}

CASE(vecs, string_param) {
    const ConformanceString parts[] = {string_view("a"), string_view("b"), string_view("c")};
    ConformanceString out = {0};
    CHECK_OK(conformance_join((ConformanceSliceString){.ptr = parts, .len = COUNT(parts)}, STR("-"), &out));
    CHECK_STRING(out, "a-b-c");
    conformance_string_free(&out);
    CHECK_OK(conformance_join((ConformanceSliceString){.ptr = NULL, .len = 0}, STR("-"), &out));
    CHECK_EQ_U64(out.len, 0);
    conformance_string_free(&out);
}
