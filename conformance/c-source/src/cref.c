/* The C reference library: plain C, with its own flags (not the stubs' -Werror). */
#include "cref.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cref_add(int a, int b) { return a + b; }
int8_t cref_echo_i8(int8_t v) { return v; }
uint8_t cref_echo_u8(uint8_t v) { return v; }
int16_t cref_echo_i16(int16_t v) { return v; }
uint16_t cref_echo_u16(uint16_t v) { return v; }
int32_t cref_echo_i32(int32_t v) { return v; }
uint32_t cref_echo_u32(uint32_t v) { return v; }
int64_t cref_echo_i64(int64_t v) { return v; }
uint64_t cref_echo_u64(uint64_t v) { return v; }
long long cref_echo_long_long(long long v) { return v; }
unsigned short cref_echo_ushort(unsigned short v) { return v; }
size_t cref_echo_size(size_t v) { return v; }
ptrdiff_t cref_echo_diff(ptrdiff_t v) { return v; }
float cref_half(float v) { return v / 2; }
double cref_echo_double(double v) { return v; }
bool cref_negate(bool v) { return !v; }

char *cref_mix(int8_t a, uint16_t b, double c, bool d, const char *e) {
    char *s = malloc(128);
    if (s != NULL) {
        snprintf(s, 128, "%d %u %.1f %s %s", a, (unsigned)b, c, d ? "true" : "false", e);
    }
    return s;
}

static unsigned pings;
void cref_ping(void) { pings++; }
unsigned cref_ping_count(void) { return pings; }

size_t cref_length(const char *s) { return strlen(s); }
const char *cref_greeting(void) { return "Hello from C"; }

char *cref_greet(const char *name) {
    size_t n = strlen(name);
    char *s = malloc(n + 9);
    if (s != NULL) {
        memcpy(s, "Hello, ", 7);
        memcpy(s + 7, name, n);
        memcpy(s + 7 + n, "!", 2);
    }
    return s;
}

void cref_string_free(char *s) { free(s); }
const char *cref_invalid_utf8(void) { return "\xff\xfe"; }
const char *cref_maybe_null(bool null) { return null ? NULL : "not null"; }

cref_point cref_point_add(cref_point a, cref_point b) {
    cref_point p = {a.x + b.x, a.y + b.y};
    return p;
}

double cref_rect_area(cref_rect r) { return (r.max.x - r.min.x) * (r.max.y - r.min.y); }

cref_rect cref_rect_make(cref_point min, cref_point max, cref_color color) {
    cref_rect r = {min, max, color, 7};
    return r;
}

cref_color cref_next_color(cref_color c) {
    switch (c) {
    case CREF_COLOR_RED: return CREF_COLOR_GREEN;
    case CREF_COLOR_GREEN: return CREF_COLOR_BLUE;
    default: return CREF_COLOR_RED;
    }
}

cref_color cref_bad_color(void) { return (cref_color)3; }

double cref_sum(const double *xs, size_t n) {
    double s = 0;
    for (size_t i = 0; i < n; i++) s += xs[i];
    return s;
}

int64_t cref_sum_i64(const int64_t *xs, size_t n) {
    int64_t s = 0;
    for (size_t i = 0; i < n; i++) s += xs[i];
    return s;
}

void cref_scale(double *xs, size_t n, double k) {
    for (size_t i = 0; i < n; i++) xs[i] *= k;
}

double cref_total_x(const cref_point *points, size_t count) {
    double s = 0;
    for (size_t i = 0; i < count; i++) s += points[i].x;
    return s;
}

size_t cref_count_zero_bytes(const uint8_t *data, size_t len) {
    size_t z = 0;
    for (size_t i = 0; i < len; i++) z += data[i] == 0;
    return z;
}

struct cref_counter {
    int64_t value;
    char name[32];
};

static int32_t live;

cref_counter *cref_counter_new(int64_t start) { return cref_counter_new_named("counter", start); }

cref_counter *cref_counter_new_named(const char *name, int64_t start) {
    cref_counter *c = malloc(sizeof *c);
    if (c == NULL) return NULL;
    c->value = start;
    snprintf(c->name, sizeof c->name, "%s", name);
    live++;
    return c;
}

cref_counter *cref_counter_new_failing(void) { return NULL; }
int64_t cref_counter_get(const cref_counter *c) { return c->value; }
void cref_counter_add(cref_counter *c, int64_t by) { c->value += by; }
const char *cref_counter_name(const cref_counter *c) { return c->name; }
int64_t cref_counter_total(const cref_counter *c, const cref_counter *other) { return c->value + other->value; }
cref_counter *cref_counter_copy(const cref_counter *c) { return cref_counter_new_named(c->name, c->value); }

void cref_counter_free(cref_counter *c) {
    free(c);
    live--;
}

int32_t cref_counters_live(void) { return live; }

const char *cref_status_text(cref_status s) {
    switch (s) {
    case CREF_OK: return "ok";
    case CREF_BAD_NUMBER: return "not a number";
    case CREF_NEGATIVE: return "negative";
    case CREF_OUT_OF_RANGE: return "out of range";
    }
    return NULL;
}

cref_status cref_parse(const char *text, double *out) {
    char *end = NULL;
    double v = strtod(text, &end);
    if (end == text || *end != '\0') return CREF_BAD_NUMBER;
    if (v < 0) return CREF_NEGATIVE;
    *out = v;
    return CREF_OK;
}

cref_status cref_check(int32_t value) { return value < 0 ? CREF_NEGATIVE : CREF_OK; }
cref_status cref_weird(void) { return (cref_status)42; }

cref_status cref_counter_create(int64_t start, cref_counter **out) {
    if (start < 0) return CREF_OUT_OF_RANGE;
    *out = cref_counter_new(start);
    return *out == NULL ? CREF_OUT_OF_RANGE : CREF_OK;
}

cref_status cref_counter_half(const cref_counter *c, int64_t *out) {
    if (c->value % 2 != 0) return CREF_BAD_NUMBER;
    *out = c->value / 2;
    return CREF_OK;
}

cref_status cref_origin(cref_point *out) {
    out->x = 0;
    out->y = 0;
    return CREF_OK;
}

double cref_apply(cref_unary f, void *user_data, double x) { return f(user_data, x); }

int64_t cref_sum_with(int64_t (*f)(int32_t i, void *user_data), void *user_data, int32_t n) {
    int64_t s = 0;
    for (int32_t i = 0; i < n; i++) s += f(i, user_data);
    return s;
}

void cref_each(void (*f)(void *user_data, int32_t i, bool last), void *user_data, int32_t n) {
    for (int32_t i = 0; i < n; i++) f(user_data, i, i == n - 1);
}
