/** The C reference library of polybind's C-header frontend (docs/src/c-source.md). */
#ifndef CREF_H
#define CREF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/** A point in the plane. */
typedef struct {
    /** Horizontal. */
    double x;
    double y;
} cref_point;

/** Colours, with declared values. */
typedef enum {
    CREF_COLOR_RED = 1,
    CREF_COLOR_GREEN = 2,
    CREF_COLOR_BLUE = 4
} cref_color;

/** A rectangle: structs and an enum inside a struct. */
typedef struct cref_rect {
    cref_point min;
    cref_point max;
    cref_color color;
    int32_t id;
} cref_rect;

/** A counter behind a checked handle. */
typedef struct cref_counter cref_counter;

/** Adds two ints. */
int cref_add(int a, int b);
int8_t cref_echo_i8(int8_t v);
uint8_t cref_echo_u8(uint8_t v);
int16_t cref_echo_i16(int16_t v);
uint16_t cref_echo_u16(uint16_t v);
int32_t cref_echo_i32(int32_t v);
uint32_t cref_echo_u32(uint32_t v);
int64_t cref_echo_i64(int64_t v);
uint64_t cref_echo_u64(uint64_t v);
long long cref_echo_long_long(long long v);
unsigned short cref_echo_ushort(unsigned short v);
size_t cref_echo_size(size_t v);
ptrdiff_t cref_echo_diff(ptrdiff_t v);
float cref_half(float v);
double cref_echo_double(double v);
bool cref_negate(bool v);
/** Mixed arguments, formatted as text. */
char *cref_mix(int8_t a, uint16_t b, double c, bool d, const char *e);

void cref_ping(void);
unsigned cref_ping_count(void);

/** The length of a C string, in bytes. */
size_t cref_length(const char *s);
/** A static string: copied, never released. */
const char *cref_greeting(void);
/** A new string the caller releases with `cref_string_free`. */
char *cref_greet(const char *name);
void cref_string_free(char *s);
/** Not UTF-8. */
const char *cref_invalid_utf8(void);
/** NULL when asked to. */
const char *cref_maybe_null(bool null);

cref_point cref_point_add(cref_point a, cref_point b);
double cref_rect_area(cref_rect r);
cref_rect cref_rect_make(cref_point min, cref_point max, cref_color color);

cref_color cref_next_color(cref_color c);
/** Returns a value the enum does not declare. */
cref_color cref_bad_color(void);

double cref_sum(const double *xs, size_t n);
int64_t cref_sum_i64(const int64_t *xs, size_t n);
/** Multiplies every element in place. */
void cref_scale(double *xs, size_t n, double k);
double cref_total_x(const cref_point *points, size_t count);
size_t cref_count_zero_bytes(const uint8_t *data, size_t len);

/** A new counter starting at `start`. */
cref_counter *cref_counter_new(int64_t start);
cref_counter *cref_counter_new_named(const char *name, int64_t start);
/** Always NULL: the constructor failed. */
cref_counter *cref_counter_new_failing(void);
int64_t cref_counter_get(const cref_counter *c);
void cref_counter_add(cref_counter *c, int64_t by);
const char *cref_counter_name(const cref_counter *c);
/** The sum of two counters. */
int64_t cref_counter_total(const cref_counter *c, const cref_counter *other);
/** A new counter with the same value. */
cref_counter *cref_counter_copy(const cref_counter *c);
void cref_counter_free(cref_counter *c);
/** Counters not released yet. */
int32_t cref_counters_live(void);

/** The status of fallible functions: CREF_OK or what went wrong. */
typedef enum {
    CREF_OK = 0,
    /** The text is not a number. */
    CREF_BAD_NUMBER = 1,
    CREF_NEGATIVE = 2,
    CREF_OUT_OF_RANGE = 3
} cref_status;

/** A description of a status (the error's message). */
const char *cref_status_text(cref_status s);
/** Parses a non-negative decimal number into `*out`. */
cref_status cref_parse(const char *text, double *out);
/** Fails with CREF_NEGATIVE for a negative value; nothing to return. */
cref_status cref_check(int32_t value);
/** Returns a status the enum does not declare. */
cref_status cref_weird(void);
/** A counter through an out-parameter: CREF_OUT_OF_RANGE for a negative start. */
cref_status cref_counter_create(int64_t start, cref_counter **out);
/** The counter's value halved, failing for an odd value. */
cref_status cref_counter_half(const cref_counter *c, int64_t *out);
/** A point through an out-parameter. */
cref_status cref_origin(cref_point *out);

/** A callback with its user data first. */
typedef double (*cref_unary)(void *user_data, double x);
/** f(x), through a callback. */
double cref_apply(cref_unary f, void *user_data, double x);
/** f(0) + f(1) + ... + f(n - 1), the user data last in the callback. */
int64_t cref_sum_with(int64_t (*f)(int32_t i, void *user_data), void *user_data, int32_t n);
/** Calls f(i) for i in 0..n and returns nothing. */
void cref_each(void (*f)(void *user_data, int32_t i, bool last), void *user_data, int32_t n);

#endif
