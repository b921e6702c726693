/* Uses the geometry library through the header polybind generated (out/c/geometry.h). */
#include <stdio.h>
#include <stdlib.h>

#include "geometry.h"

static void fail(const char *what, GeometryStatus st) {
    GeometryString msg = geometry_last_error_message();
    fprintf(stderr, "%s failed with status %d: %.*s\n", what, (int)st, (int)msg.len, msg.ptr);
    geometry_string_free(&msg);
    exit(1);
}

static GeometryStatus print_area(void *user_data, uint32_t index, double area) {
    int *calls = user_data;
    *calls += 1;
    printf("  shape %u: area %.2f\n", index, area);
    return GEOMETRY_OK;
}

int main(void) {
    const char *mismatch = geometry_verify_interface();
    if (mismatch != NULL) {
        fprintf(stderr, "the library does not match geometry.h: %s\n", mismatch);
        return 1;
    }
    printf("geometry %s\n", GEOMETRY_VERSION);

    GeometryPoint a = {0.0, 0.0}, b = {3.0, 4.0};
    double d;
    GeometryStatus st = geometry_distance(a, b, &d);
    if (st != GEOMETRY_OK) fail("distance", st);
    printf("distance (0,0)-(3,4) = %.1f\n", d);

    GeometryShape circle;
    GeometryGeometryError err;
    st = geometry_circle(2.0, &circle, &err);
    if (st != GEOMETRY_OK) fail("circle", st);

    st = geometry_circle(-1.0, &circle, &err);
    if (st == GEOMETRY_ERROR) {
        printf("circle(-1) is an error: %.*s\n", (int)err.message.len, err.message.ptr);
        geometry_geometry_error_free(&err);
    }
    st = geometry_circle(2.0, &circle, &err);
    if (st != GEOMETRY_OK) fail("circle", st);

    GeometryPoint corners[] = {{0, 0}, {4, 0}, {4, 3}};
    GeometrySlicePoint view = {corners, 3};
    GeometryShape triangle;
    st = geometry_polygon(view, &triangle, &err);
    if (st != GEOMETRY_OK) fail("polygon", st);

    GeometryString text;
    st = geometry_describe(triangle, &text);
    if (st != GEOMETRY_OK) fail("describe", st);
    printf("built %.*s\n", (int)text.len, text.ptr);
    geometry_string_free(&text);

    GeometryCanvas canvas;
    st = geometry_canvas_new(&canvas);
    if (st != GEOMETRY_OK) fail("canvas_new", st);
    geometry_canvas_add(canvas, circle);
    geometry_canvas_add(canvas, triangle);
    GeometryShape rect = {GEOMETRY_SHAPE_RECTANGLE, {.rectangle = {2.0, 5.0}}};
    geometry_canvas_add(canvas, rect);

    int calls = 0;
    GeometryFnU32F64 visit = {print_area, &calls, NULL};
    st = geometry_canvas_for_each_area(canvas, visit);
    if (st != GEOMETRY_OK) fail("for_each_area", st);

    double total;
    st = geometry_canvas_total_area(canvas, &total);
    if (st != GEOMETRY_OK) fail("total_area", st);
    printf("total area of %d shapes: %.2f\n", calls, total);

    geometry_canvas_free(canvas);
    st = geometry_canvas_total_area(canvas, &total);
    printf("using the canvas after freeing it: status %d (GEOMETRY_INVALID_HANDLE = %d)\n", (int)st,
           GEOMETRY_INVALID_HANDLE);
    GeometryString msg = geometry_last_error_message();
    printf("  %.*s\n", (int)msg.len, msg.ptr);
    geometry_string_free(&msg);

    geometry_shape_free(&circle);
    geometry_shape_free(&triangle);
    return 0;
}
