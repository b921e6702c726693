/* integers, floats, bool */
#include "common.h"

#include <float.h>
#include <math.h>

CASE(primitives, unsigned_extremes) {
    uint8_t u8;
    uint16_t u16;
    uint32_t u32;
    uint64_t u64;
    CHECK_OK(conformance_echo_u8(0, &u8));
    CHECK_EQ_U64(u8, 0);
    CHECK_OK(conformance_echo_u8(UINT8_MAX, &u8));
    CHECK_EQ_U64(u8, 255);
    CHECK_OK(conformance_echo_u16(0, &u16));
    CHECK_EQ_U64(u16, 0);
    CHECK_OK(conformance_echo_u16(UINT16_MAX, &u16));
    CHECK_EQ_U64(u16, 65535);
    CHECK_OK(conformance_echo_u32(0, &u32));
    CHECK_EQ_U64(u32, 0);
    CHECK_OK(conformance_echo_u32(UINT32_MAX, &u32));
    CHECK_EQ_U64(u32, 4294967295u);
    CHECK_OK(conformance_echo_u64(0, &u64));
    CHECK_EQ_U64(u64, 0);
    CHECK_OK(conformance_echo_u64(UINT64_MAX, &u64));
    CHECK_EQ_U64(u64, UINT64_C(18446744073709551615));
}

CASE(primitives, signed_extremes) {
    int8_t i8;
    int16_t i16;
    int32_t i32;
    int64_t i64;
    const int8_t v8[] = {INT8_MIN, -1, INT8_MAX};
    const int16_t v16[] = {INT16_MIN, -1, INT16_MAX};
    const int32_t v32[] = {INT32_MIN, -1, INT32_MAX};
    const int64_t v64[] = {INT64_MIN, -1, INT64_MAX};
    for (size_t i = 0; i < 3; i++) {
        CHECK_OK(conformance_echo_i8(v8[i], &i8));
        CHECK_EQ_I64(i8, v8[i]);
        CHECK_OK(conformance_echo_i16(v16[i], &i16));
        CHECK_EQ_I64(i16, v16[i]);
        CHECK_OK(conformance_echo_i32(v32[i], &i32));
        CHECK_EQ_I64(i32, v32[i]);
        CHECK_OK(conformance_echo_i64(v64[i], &i64));
        CHECK_EQ_I64(i64, v64[i]);
    }
    CHECK_OK(conformance_echo_i8(-128, &i8));
    CHECK_EQ_I64(i8, -128);
    CHECK_OK(conformance_echo_i64(INT64_MIN, &i64));
    CHECK(i64 == INT64_MIN);
}

CASE(primitives, pointer_sized) {
    size_t us = 0;
    intptr_t is = 0;
    CHECK_OK(conformance_usize_max(&us));
    CHECK(us == SIZE_MAX);
    CHECK_OK(conformance_isize_min(&is));
    CHECK(is == INTPTR_MIN);
    CHECK_OK(conformance_echo_usize(SIZE_MAX, &us));
    CHECK(us == SIZE_MAX);
    CHECK_OK(conformance_echo_isize(INTPTR_MIN, &is));
    CHECK(is == INTPTR_MIN);
    CHECK_OK(conformance_echo_isize(INTPTR_MAX, &is));
    CHECK(is == INTPTR_MAX);
}

CASE(primitives, arithmetic) {
    uint64_t u64;
    int8_t i8;
    double d;
    CHECK_OK(conformance_wrapping_add_u64(UINT64_MAX, 2, &u64));
    CHECK_EQ_U64(u64, 1);
    CHECK_OK(conformance_wrapping_neg_i8(INT8_MIN, &i8));
    CHECK_EQ_I64(i8, -128);
    CHECK_OK(conformance_wrapping_neg_i8(5, &i8));
    CHECK_EQ_I64(i8, -5);
    CHECK_OK(conformance_mix(200, -300, 4000000000u, INT64_C(-5000000000), 0.5f, 0.25, true, 65535, -128,
                             UINT64_C(1099511627776), &d));
    CHECK_EQ_F64(d, 1098511693084.75);
}

static uint32_t bits_f32(float f) {
    uint32_t b;
    memcpy(&b, &f, sizeof b);
    return b;
}

static uint64_t bits_f64(double f) {
    uint64_t b;
    memcpy(&b, &f, sizeof b);
    return b;
}

CASE(primitives, float_extremes) {
    const float f32s[] = {1.5f, FLT_MAX, -FLT_MAX, FLT_MIN, 0x1p-149f};
    const double f64s[] = {DBL_MAX, DBL_MIN, DBL_TRUE_MIN};
    for (size_t i = 0; i < COUNT(f32s); i++) {
        float out = 0;
        CHECK_OK(conformance_echo_f32(f32s[i], &out));
        CHECK_EQ_U64(bits_f32(out), bits_f32(f32s[i]));
    }
    for (size_t i = 0; i < COUNT(f64s); i++) {
        double out = 0;
        CHECK_OK(conformance_echo_f64(f64s[i], &out));
        CHECK_EQ_U64(bits_f64(out), bits_f64(f64s[i]));
    }
}

CASE(primitives, nan) {
    double d = 0;
    float f = 0;
    bool b = false;
    uint32_t u32 = 0;
    uint64_t u64 = 0;
    CHECK_OK(conformance_echo_f64(NAN, &d));
    CHECK(isnan(d));
    CHECK_OK(conformance_echo_f32(NAN, &f));
    CHECK(isnan(f));
    CHECK_OK(conformance_is_nan(NAN, &b));
    CHECK(b);
    CHECK_OK(conformance_is_nan(1.0, &b));
    CHECK(!b);
    CHECK_OK(conformance_f64_from_bits(UINT64_C(0x7ff8000000000001), &d));
    CHECK(isnan(d));
    CHECK_EQ_U64(bits_f64(d), UINT64_C(0x7ff8000000000001));
    CHECK_OK(conformance_f64_to_bits(d, &u64));
    CHECK_EQ_U64(u64, UINT64_C(0x7ff8000000000001));
    CHECK_OK(conformance_f32_to_bits(1.0f, &u32));
    CHECK_EQ_U64(u32, 0x3f800000u);
}

CASE(primitives, infinity) {
    double d = 0;
    float f = 0;
    CHECK_OK(conformance_echo_f64(INFINITY, &d));
    CHECK(isinf(d) && d > 0);
    CHECK_OK(conformance_echo_f64(-INFINITY, &d));
    CHECK(isinf(d) && d < 0);
    CHECK_OK(conformance_echo_f32(INFINITY, &f));
    CHECK(isinf(f) && f > 0);
    CHECK_OK(conformance_echo_f32(-INFINITY, &f));
    CHECK(isinf(f) && f < 0);
    f = 0;
    CHECK_OK(conformance_infinity_f32(&f));
    CHECK(isinf(f) && f > 0);
}

CASE(primitives, negative_zero) {
    double d = 1;
    float f = 1;
    bool b = false;
    uint64_t u64 = 0;
    CHECK_OK(conformance_echo_f64(-0.0, &d));
    CHECK(d == 0.0 && signbit(d));
    CHECK_OK(conformance_echo_f32(-0.0f, &f));
    CHECK(f == 0.0f && signbit(f));
    CHECK_OK(conformance_is_negative_zero(-0.0, &b));
    CHECK(b);
    CHECK_OK(conformance_is_negative_zero(0.0, &b));
    CHECK(!b);
    CHECK_OK(conformance_f64_to_bits(-2.0, &u64));
    CHECK_EQ_U64(u64, UINT64_C(0xc000000000000000));
}

CASE(primitives, bool_values) {
    bool b = false;
    CHECK_OK(conformance_echo_bool(true, &b));
    CHECK(b == true);
    CHECK_OK(conformance_echo_bool(false, &b));
    CHECK(b == false);
    CHECK_OK(conformance_invert(true, &b));
    CHECK(b == false);
    CHECK_OK(conformance_invert(false, &b));
    CHECK(b == true);
}

CASE(primitives, bool_slice) {
    const bool yes[] = {true, true};
    const bool mixed[] = {true, false, true};
    bool b = false;
    CHECK_OK(conformance_all_true((ConformanceSliceBool){.ptr = yes, .len = COUNT(yes)}, &b));
    CHECK(b);
    CHECK_OK(conformance_all_true((ConformanceSliceBool){.ptr = mixed, .len = COUNT(mixed)}, &b));
    CHECK(!b);
    b = false;
    CHECK_OK(conformance_all_true((ConformanceSliceBool){.ptr = NULL, .len = 0}, &b));
    CHECK(b);
}
