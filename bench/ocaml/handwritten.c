/* The baseline: the stubs an expert writes by hand over the same C ABI (pbbench.h), following
   the OCaml manual's advice for speed: `[@@noalloc]` with untagged and unboxed arguments where
   nothing is allocated, CAMLparam/CAMLreturn where something is. A failure in a noalloc stub
   (which may not raise) is reported through a sentinel or a flag the OCaml side checks. */
#define CAML_NAME_SPACE
#include <caml/alloc.h>
#include <caml/callback.h>
#include <caml/custom.h>
#include <caml/fail.h>
#include <caml/memory.h>
#include <caml/mlvalues.h>
#include <stdint.h>
#include "pbbench.h"

static int hw_failed;

CAMLprim value hw_failed_get(value unit) {
    (void)unit;
    return Val_bool(hw_failed);
}

CAMLprim intnat hw_primitive_void(value unit) {
    (void)unit;
    return pbbench_primitive_void();
}

CAMLprim value hw_primitive_void_byte(value unit) {
    return Val_long(hw_primitive_void(unit));
}

CAMLprim intnat hw_primitive_u32(intnat x) {
    uint32_t out;
    if (pbbench_primitive_u32((uint32_t)x, &out) != 0) {
        return -1;
    }
    return (intnat)out;
}

CAMLprim value hw_primitive_u32_byte(value x) {
    return Val_long(hw_primitive_u32(Long_val(x)));
}

CAMLprim double hw_many_args_5(intnat a, int64_t b, double c, intnat d, intnat e) {
    double out = 0;
    hw_failed = pbbench_many_args_5((uint32_t)a, (uint64_t)b, c, (int32_t)d, (uint8_t)e, &out) != 0;
    return out;
}

CAMLprim value hw_many_args_5_byte(value a, value b, value c, value d, value e) {
    return caml_copy_double(hw_many_args_5(Long_val(a), Int64_val(b), Double_val(c), Long_val(d), Long_val(e)));
}

static int32_t hw_call(void *user_data, uint32_t x, uint32_t *out) {
    value r = caml_callback_exn(*(value *)user_data, Val_long(x));
    if (Is_exception_result(r)) {
        return 1;
    }
    *out = (uint32_t)Long_val(r);
    return 0;
}

CAMLprim value hw_callback(value f, value x) {
    CAMLparam2(f, x);
    PbbenchFnU32ToU32 cb = {hw_call, &f, NULL};
    uint32_t out;
    if (pbbench_callback(cb, (uint32_t)Long_val(x), &out) != 0) {
        caml_failwith("callback failed");
    }
    CAMLreturn(Val_long(out));
}

CAMLprim intnat hw_string_in(value s) {
    PbbenchStr v = {String_val(s), caml_string_length(s)};
    size_t out;
    if (pbbench_string_in(v, &out) != 0) {
        return -1;
    }
    return (intnat)out;
}

CAMLprim value hw_string_in_byte(value s) {
    return Val_long(hw_string_in(s));
}

CAMLprim value hw_string_out(value unit) {
    (void)unit;
    PbbenchString s;
    if (pbbench_string_out(&s) != 0) {
        caml_failwith("string_out failed");
    }
    value r = caml_alloc_initialized_string(s.len, s.ptr);
    if (s.cap > 0) {
        pbbench_rt_dealloc(s.ptr, s.cap, 1);
    }
    return r;
}

CAMLprim double hw_slice_sum_1000(value a) {
    PbbenchSliceF64 s = {(const double *)a, Wosize_val(a) / Double_wosize};
    double out = 0;
    hw_failed = pbbench_slice_sum_1000(s, &out) != 0;
    return out;
}

CAMLprim value hw_slice_sum_1000_byte(value a) {
    return caml_copy_double(hw_slice_sum_1000(a));
}

CAMLprim value hw_record_by_value(value p) {
    PbbenchPoint in = {Double_flat_field(p, 0), Double_flat_field(p, 1)};
    PbbenchPoint out;
    if (pbbench_record_by_value(in, &out) != 0) {
        caml_failwith("record_by_value failed");
    }
    value r = caml_alloc_small(2 * Double_wosize, Double_array_tag);
    Store_double_flat_field(r, 0, out.x);
    Store_double_flat_field(r, 1, out.y);
    return r;
}

static struct custom_operations hw_counter_ops = {
    "hw.counter", custom_finalize_default, custom_compare_default, custom_hash_default,
    custom_serialize_default, custom_deserialize_default, custom_compare_ext_default,
    custom_fixed_length_default,
};

CAMLprim value hw_counter_new(value unit) {
    (void)unit;
    PbbenchCounter c;
    if (pbbench_counter_new(&c) != 0) {
        caml_failwith("counter_new failed");
    }
    value v = caml_alloc_custom(&hw_counter_ops, sizeof(uint64_t), 0, 1);
    *(uint64_t *)Data_custom_val(v) = c.handle;
    return v;
}

CAMLprim value hw_counter_free(value v) {
    PbbenchCounter c = {*(uint64_t *)Data_custom_val(v)};
    pbbench_counter_free(c);
    return Val_unit;
}

CAMLprim int64_t hw_method_call(value v) {
    PbbenchCounter c = {*(uint64_t *)Data_custom_val(v)};
    uint64_t out = 0;
    hw_failed = pbbench_counter_method_call(c, &out) != 0;
    return (int64_t)out;
}

CAMLprim value hw_method_call_byte(value v) {
    return caml_copy_int64(hw_method_call(v));
}
