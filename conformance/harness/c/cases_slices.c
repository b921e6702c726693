/* slices, mut_slices */
#include "common.h"

#include <stdlib.h>

CASE(slices, sum_f64) {
    const double values[] = {1.5, 2.25, -0.75};
    double sum = 0;
    CHECK_OK(conformance_sum_f64((ConformanceSliceF64){.ptr = values, .len = COUNT(values)}, &sum));
    CHECK_EQ_F64(sum, 3.0);
    CHECK(values[0] == 1.5 && values[1] == 2.25 && values[2] == -0.75);
    const int64_t ints[] = {-5, INT64_MAX, 0};
    int64_t max = 0;
    CHECK_OK(conformance_max_i64((ConformanceSliceI64){.ptr = ints, .len = COUNT(ints)}, &max));
    CHECK(max == INT64_MAX);
    CHECK(ints[0] == -5 && ints[1] == INT64_MAX && ints[2] == 0);
}

CASE(slices, empty) {
    double sum = 1;
    CHECK_OK(conformance_sum_f64((ConformanceSliceF64){.ptr = NULL, .len = 0}, &sum));
    CHECK_EQ_F64(sum, 0.0);
    int64_t max = 0;
    CHECK_OK(conformance_max_i64((ConformanceSliceI64){.ptr = NULL, .len = 0}, &max));
    CHECK(max == INT64_MIN);
    CHECK_OK(conformance_fill((ConformanceSliceMutU32){.ptr = NULL, .len = 0}, 9));
}

CASE(slices, large) {
    size_t n = 1000000;
    uint8_t *bytes = malloc(n);
    CHECK(bytes != NULL);
    memset(bytes, 255, n);
    uint64_t sum = 0;
    ConformanceStatus st = conformance_sum_u8((ConformanceSliceU8){.ptr = bytes, .len = n}, &sum);
    free(bytes);
    CHECK_OK(st);
    CHECK_EQ_U64(sum, 255000000u);
}

CASE(slices, records) {
    const ConformancePoint points[] = {{.x = 1, .y = 9}, {.x = 2, .y = 9}, {.x = 3.5, .y = 9}};
    double sum = 0;
    CHECK_OK(conformance_sum_x((ConformanceSlicePoint){.ptr = points, .len = COUNT(points)}, &sum));
    CHECK_EQ_F64(sum, 6.5);
    ConformanceString tags[] = {string_view("a")};
    const ConformancePerson people[] = {
        person_view("Ann", 30, tags, 1, "Oslo", NULL),
        person_view("Bo", 12, NULL, 0, "Rome", "bo@example.org"),
    };
    uint32_t total = 0;
    CHECK_OK(conformance_total_age((ConformanceSlicePerson){.ptr = people, .len = COUNT(people)}, &total));
    CHECK_EQ_U64(total, 42);
}

CASE(mut_slices, fill_subrange) {
    uint32_t all[] = {1, 2, 3, 4};
    CHECK_OK(conformance_fill((ConformanceSliceMutU32){.ptr = all, .len = COUNT(all)}, 7));
    for (size_t i = 0; i < COUNT(all); i++) {
        CHECK_EQ_U64(all[i], 7);
    }
    uint32_t part[] = {0, 1, 2, 3, 4, 5};
    CHECK_OK(conformance_fill((ConformanceSliceMutU32){.ptr = part + 2, .len = 3}, 9));
    const uint32_t expected[] = {0, 1, 9, 9, 9, 5};
    for (size_t i = 0; i < COUNT(part); i++) {
        CHECK_EQ_U64(part[i], expected[i]);
    }
}

CASE(mut_slices, reverse_i64) {
    int64_t values[] = {INT64_MIN, 0, INT64_MAX};
    CHECK_OK(conformance_reverse_i64((ConformanceSliceMutI64){.ptr = values, .len = COUNT(values)}));
    CHECK(values[0] == INT64_MAX && values[1] == 0 && values[2] == INT64_MIN);
}

CASE(mut_slices, records_and_f32) {
    ConformancePoint points[] = {{.x = 1, .y = -2}, {.x = 0.5, .y = 4}};
    CHECK_OK(conformance_scale_points((ConformanceSliceMutPoint){.ptr = points, .len = COUNT(points)}, 3));
    CHECK_EQ_F64(points[0].x, 3);
    CHECK_EQ_F64(points[0].y, -6);
    CHECK_EQ_F64(points[1].x, 1.5);
    CHECK_EQ_F64(points[1].y, 12);
    float floats[] = {1.5f, -0.25f};
    CHECK_OK(conformance_double_f32((ConformanceSliceMutF32){.ptr = floats, .len = COUNT(floats)}));
    CHECK_EQ_F64(floats[0], 3.0);
    CHECK_EQ_F64(floats[1], -0.5);
}

CASE(mut_slices, pixels) {
    ConformancePixel px[] = {{.r = 250, .g = 0, .b = 10, .a = 7}, {.r = 1, .g = 2, .b = 3, .a = 4}};
    CHECK_OK(conformance_brighten((ConformanceSliceMutPixel){.ptr = px, .len = COUNT(px)}, 10));
    CHECK(px[0].r == 255 && px[0].g == 10 && px[0].b == 20 && px[0].a == 7);
    CHECK(px[1].r == 11 && px[1].g == 12 && px[1].b == 13 && px[1].a == 4);
}
