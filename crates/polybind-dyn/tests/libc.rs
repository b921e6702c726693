//! Calls into libc and libm, and into functions of this test compiled with known C signatures
//! (structs by value of every System V class), through both the fast path and libffi.

use polybind_dyn::{
    CType, Callback, ErrorKind, Library, Plan, Ret, Signature, StructBuf, Symbol, Value,
};
use std::ffi::{CStr, c_void};

fn libc() -> Library {
    // SAFETY: the C library is already loaded into this process; opening it again runs nothing.
    unsafe { Library::open("libc.so.6") }.unwrap()
}

fn libm() -> Library {
    // SAFETY: as above (Rust's std links libm).
    unsafe { Library::open("libm.so.6") }.unwrap()
}

fn sig(s: &str) -> Signature {
    Signature::parse(s).unwrap()
}

#[test]
fn strlen_takes_the_fast_path() {
    let lib = libc();
    let sym = lib.symbol("strlen").unwrap();
    // SAFETY: `size_t strlen(const char *)`; every call passes a NUL-terminated string.
    let plan = unsafe { Plan::prepare(&sym, &sig("fn(*const c_char) -> usize")) }.unwrap();
    assert!(plan.is_fast());
    let s = c"hello, world";
    let r = plan.call(&[Value::Ptr(s.as_ptr() as *mut c_void)]).unwrap();
    assert_eq!(r, Ret::U64(12));
}

#[test]
fn pow_and_mixed_float_shapes() {
    let lib = libm();
    // SAFETY: `double pow(double, double)`.
    let pow =
        unsafe { Plan::prepare(&lib.symbol("pow").unwrap(), &sig("fn(f64, f64) -> f64")) }.unwrap();
    assert!(pow.is_fast());
    assert_eq!(
        pow.call(&[Value::F64(2.0), Value::F64(10.0)]).unwrap(),
        Ret::F64(1024.0)
    );
    // SAFETY: `float powf(float, float)`: f32 in and out of the fast path.
    let powf = unsafe { Plan::prepare(&lib.symbol("powf").unwrap(), &sig("fn(f32, f32) -> f32")) }
        .unwrap();
    assert_eq!(
        powf.call(&[Value::F32(1.5), Value::F32(2.0)]).unwrap(),
        Ret::F32(2.25)
    );
    // SAFETY: `double ldexp(double, int)`: a float then an integer register.
    let ldexp =
        unsafe { Plan::prepare(&lib.symbol("ldexp").unwrap(), &sig("fn(f64, c_int) -> f64")) }
            .unwrap();
    assert_eq!(
        ldexp.call(&[Value::F64(0.75), Value::I32(-2)]).unwrap(),
        Ret::F64(0.1875)
    );
}

#[test]
fn snprintf_is_variadic_with_the_al_rule() {
    let lib = libc();
    let sym = lib.symbol("snprintf").unwrap();
    let s = sig("fn(*mut c_char, size_t, *const c_char, ...) -> c_int");
    // SAFETY: `int snprintf(char *, size_t, const char *, ...)`, with the variable part matching
    // the format below; the buffer holds 64 bytes.
    let plan =
        unsafe { Plan::prepare_variadic(&sym, &s, &[CType::I32, CType::F64, CType::Ptr]) }.unwrap();
    assert!(!plan.is_fast());
    let mut buf = [0u8; 64];
    let r = plan
        .call(&[
            Value::Ptr(buf.as_mut_ptr() as *mut c_void),
            Value::U64(buf.len() as u64),
            Value::Ptr(c"%d|%.2f|%s".as_ptr() as *mut c_void),
            Value::I32(-42),
            // A double in a vector register: wrong output unless AL says so.
            Value::F64(1.23456),
            Value::Ptr(c"x".as_ptr() as *mut c_void),
        ])
        .unwrap();
    let out = CStr::from_bytes_until_nul(&buf).unwrap().to_str().unwrap();
    assert_eq!((r, out), (Ret::I32(10), "-42|1.23|x"));
    // SAFETY: as above; the variable part must be promoted types.
    let bad = unsafe { Plan::prepare_variadic(&sym, &s, &[CType::F32]) }.unwrap_err();
    assert!(bad.to_string().contains("promoted"), "{bad}");
    // SAFETY: refused before anything is called.
    let not = unsafe { Plan::prepare(&sym, &s) }.unwrap_err();
    assert!(not.to_string().contains("prepare_variadic"), "{not}");
}

#[test]
fn qsort_calls_a_rust_comparator() {
    let lib = libc();
    let sym = lib.symbol("qsort").unwrap();
    let cmp_sig = sig("fn(*const c_void, *const c_void) -> c_int");
    let calls = std::rc::Rc::new(std::cell::Cell::new(0u32));
    let seen = calls.clone();
    let cmp = Callback::new(&cmp_sig, move |args| {
        seen.set(seen.get() + 1);
        let (Value::Ptr(a), Value::Ptr(b)) = (args[0], args[1]) else {
            return Ret::I32(0);
        };
        // SAFETY: qsort passes pointers to two elements of the i32 array below.
        let (a, b) = unsafe { (*(a as *const i32), *(b as *const i32)) };
        // Descending.
        Ret::I32(b.cmp(&a) as i32)
    })
    .unwrap();
    // SAFETY: `void qsort(void *, size_t, size_t, int (*)(const void *, const void *))`.
    let plan = unsafe {
        Plan::prepare(
            &sym,
            &sig("fn(*mut c_void, usize, usize, fn(*const c_void, *const c_void) -> c_int)"),
        )
    }
    .unwrap();
    let mut data = [5i32, -1, 9, 3, 3, 0];
    let r = plan
        .call(&[
            Value::Ptr(data.as_mut_ptr() as *mut c_void),
            Value::U64(data.len() as u64),
            Value::U64(4),
            cmp.as_value(),
        ])
        .unwrap();
    assert_eq!(r, Ret::Void);
    assert_eq!(data, [9, 5, 3, 3, 0, -1]);
    assert!(calls.get() >= 5);
}

#[test]
fn many_callbacks_live_at_once_and_are_released() {
    let s = sig("fn(i32) -> i32");
    let cbs: Vec<Callback> = (0..100)
        .map(|k| {
            Callback::new(&s, move |a| match a[0] {
                Value::I32(x) => Ret::I32(x * k),
                _ => Ret::I32(0),
            })
        })
        .collect::<Result<_, _>>()
        .unwrap();
    // The first ones are pooled trampolines, the rest libffi closures: both are exercised.
    let pooled = cbs.iter().filter(|c| c.is_fast()).count();
    if polybind_dyn::HAS_FAST_PATH {
        assert!(pooled > 0 && pooled < cbs.len(), "{pooled}");
    }
    for (k, cb) in cbs.iter().enumerate() {
        // SAFETY: the callback's own code pointer, with its own signature, alive for the call.
        let sym = unsafe { Symbol::from_raw(cb.code_ptr(), "cb") };
        let plan = unsafe { Plan::prepare(&sym, &s) }.unwrap();
        assert_eq!(plan.call(&[Value::I32(3)]).unwrap(), Ret::I32(3 * k as i32));
    }
    drop(cbs);
    // Released slots are reused.
    let again = Callback::new(&s, |_| Ret::I32(1)).unwrap();
    assert_eq!(again.is_fast(), polybind_dyn::HAS_FAST_PATH);
}

#[test]
fn pooled_callbacks_decode_every_scalar_type() {
    let s = sig("fn(i8, u16, f32, i64, bool, f64, *mut c_void) -> f32");
    let cb = Callback::new(&s, |a| match a {
        [
            Value::I8(a),
            Value::U16(b),
            Value::F32(c),
            Value::I64(d),
            Value::Bool(e),
            Value::F64(f),
            Value::Ptr(g),
        ] => Ret::F32(
            *a as f32
                + *b as f32
                + c
                + *d as f32
                + *e as u8 as f32
                + *f as f32
                + *g as usize as f32,
        ),
        _ => Ret::F32(-1.0),
    })
    .unwrap();
    // SAFETY: the callback's own code pointer and signature.
    let f: extern "C" fn(i8, u16, f32, i64, bool, f64, *mut c_void) -> f32 =
        unsafe { std::mem::transmute(cb.code_ptr()) };
    assert_eq!(f(-1, 2, 0.5, 10, true, 0.25, 4 as *mut c_void), 16.75);
    let sym = unsafe { Symbol::from_raw(cb.code_ptr(), "cb") };
    let plan = unsafe { Plan::prepare(&sym, &s) }.unwrap();
    let args = [
        Value::I8(-1),
        Value::U16(2),
        Value::F32(0.5),
        Value::I64(10),
        Value::Bool(true),
        Value::F64(0.25),
        Value::Ptr(4 as *mut c_void),
    ];
    assert_eq!(plan.call(&args).unwrap(), Ret::F32(16.75));
}

#[test]
fn div_returns_a_struct() {
    let lib = libc();
    // SAFETY: `div_t div(int, int)`, `div_t` = `{int quot; int rem;}` (8 bytes, one register).
    let div = unsafe {
        Plan::prepare(
            &lib.symbol("div").unwrap(),
            &sig("fn(c_int, c_int) -> struct{c_int, c_int}"),
        )
    }
    .unwrap();
    let b = div.call_struct(&[Value::I32(-7), Value::I32(2)]).unwrap();
    let q = i32::from_ne_bytes(b.as_bytes()[0..4].try_into().unwrap());
    let r = i32::from_ne_bytes(b.as_bytes()[4..8].try_into().unwrap());
    assert_eq!((q, r), (-3, -1));
    // SAFETY: `ldiv_t ldiv(long, long)`: 16 bytes, two registers.
    let ldiv = unsafe {
        Plan::prepare(
            &lib.symbol("ldiv").unwrap(),
            &sig("fn(c_long, c_long) -> struct{c_long, c_long}"),
        )
    }
    .unwrap();
    let b = ldiv
        .call_struct(&[Value::I64(1 << 40), Value::I64(3)])
        .unwrap();
    let e = ldiv.call(&[Value::I64(1), Value::I64(1)]).unwrap_err();
    assert!(e.to_string().contains("call_struct"), "{e}");
    let q = i64::from_ne_bytes(b.as_bytes()[0..8].try_into().unwrap());
    let r = i64::from_ne_bytes(b.as_bytes()[8..16].try_into().unwrap());
    assert_eq!((q, r), ((1 << 40) / 3, (1 << 40) % 3));
}

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
struct Small {
    a: i32,
    b: f32,
}
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
struct Mixed16 {
    x: f64,
    n: i64,
}
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
struct Big {
    x: f64,
    y: f64,
    z: f64,
    tag: u8,
}

extern "C" fn small_swap(s: Small, k: i32) -> Small {
    Small {
        a: s.b as i32 + k,
        b: s.a as f32,
    }
}
extern "C" fn mixed_scale(m: Mixed16, f: f64) -> Mixed16 {
    Mixed16 {
        x: m.x * f,
        n: m.n * 2,
    }
}
extern "C" fn big_sum(b: Big, m: Mixed16, s: Small) -> Big {
    Big {
        x: b.x + m.x,
        y: b.y + m.n as f64,
        z: b.z + s.b as f64,
        tag: b.tag + 1,
    }
}

fn bytes<T>(v: &T) -> &[u8] {
    // SAFETY: the structs above are plain data without padding-dependent meaning.
    unsafe { std::slice::from_raw_parts(v as *const T as *const u8, size_of::<T>()) }
}

fn from_bytes<T: Copy>(b: &[u8]) -> T {
    assert_eq!(b.len(), size_of::<T>());
    // SAFETY: length checked; read unaligned.
    unsafe { std::ptr::read_unaligned(b.as_ptr() as *const T) }
}

#[test]
fn structs_by_value_in_every_class() {
    // SAFETY: each symbol is a function of this test with exactly the signature given.
    let small = unsafe { Symbol::from_raw(small_swap as *const c_void, "small_swap") };
    let plan = unsafe {
        Plan::prepare(
            &small,
            &sig("fn(struct{i32, f32}, i32) -> struct{i32, f32}"),
        )
    }
    .unwrap();
    let r = plan
        .call_struct(&[Value::Struct(bytes(&Small { a: 4, b: 7.0 })), Value::I32(1)])
        .unwrap();
    assert_eq!(from_bytes::<Small>(r.as_bytes()), Small { a: 8, b: 4.0 });

    let mixed = unsafe { Symbol::from_raw(mixed_scale as *const c_void, "mixed_scale") };
    let plan = unsafe {
        Plan::prepare(
            &mixed,
            &sig("fn(struct{f64, i64}, f64) -> struct{f64, i64}"),
        )
    }
    .unwrap();
    let r = plan
        .call_struct(&[
            Value::Struct(bytes(&Mixed16 { x: 1.5, n: 21 })),
            Value::F64(2.0),
        ])
        .unwrap();
    assert_eq!(
        from_bytes::<Mixed16>(r.as_bytes()),
        Mixed16 { x: 3.0, n: 42 }
    );

    let big = unsafe { Symbol::from_raw(big_sum as *const c_void, "big_sum") };
    let big_t = "struct{f64, f64, f64, u8}";
    let plan = unsafe {
        Plan::prepare(
            &big,
            &sig(&format!(
                "fn({big_t}, struct{{f64, i64}}, struct{{i32, f32}}) -> {big_t}"
            )),
        )
    }
    .unwrap();
    let b = Big {
        x: 1.0,
        y: 2.0,
        z: 3.0,
        tag: 9,
    };
    // A misaligned copy of the bytes goes through the stack arena.
    let mut shifted = vec![0u8; size_of::<Big>() + 1];
    shifted[1..].copy_from_slice(bytes(&b));
    let args = [
        Value::Struct(&shifted[1..]),
        Value::Struct(bytes(&Mixed16 { x: 0.5, n: 3 })),
        Value::Struct(bytes(&Small { a: 0, b: 0.25 })),
    ];
    // 32 bytes: more than `Ret` holds inline; `call_into` writes it to a buffer.
    let e = plan.call_struct(&args).unwrap_err();
    assert!(e.to_string().contains("call_into"), "{e}");
    let want = Big {
        x: 1.5,
        y: 5.0,
        z: 3.25,
        tag: 10,
    };
    let mut out = [0u64; 4];
    // SAFETY of the cast: u64 storage viewed as bytes.
    let out_bytes = unsafe { std::slice::from_raw_parts_mut(out.as_mut_ptr() as *mut u8, 32) };
    plan.call_into(&args, out_bytes).unwrap();
    assert_eq!(from_bytes::<Big>(&out_bytes[..size_of::<Big>()]), want);
}

#[test]
fn callbacks_take_and_return_structs() {
    let s = sig("fn(struct{f64, i64}, f32) -> struct{i32, f32}");
    assert!(
        Callback::new(&s, |_| Ret::Void).is_err(),
        "struct returns need new_struct"
    );
    let cb = Callback::new_struct(&s, |a| {
        let (Value::Struct(m), Value::F32(f)) = (a[0], a[1]) else {
            return StructBuf::from_bytes(&[]).unwrap_or_else(|| unreachable!());
        };
        let m: Mixed16 = from_bytes(m);
        let out = Small {
            a: m.n as i32,
            b: m.x as f32 * f,
        };
        StructBuf::from_bytes(bytes(&out)).unwrap_or_else(|| unreachable!())
    })
    .unwrap();
    // SAFETY: the callback's code pointer with the callback's signature.
    let f: extern "C" fn(Mixed16, f32) -> Small = unsafe { std::mem::transmute(cb.code_ptr()) };
    assert_eq!(f(Mixed16 { x: 2.0, n: 7 }, 1.5), Small { a: 7, b: 3.0 });
}

#[test]
fn errno_is_captured_right_after_the_call() {
    let lib = libc();
    // SAFETY: `int close(int)`; closing an invalid descriptor is harmless.
    let close = unsafe { Plan::prepare(&lib.symbol("close").unwrap(), &sig("fn(c_int) -> c_int")) }
        .unwrap();
    let (r, e) = close.call_with_errno(&[Value::I32(-1)]).unwrap();
    assert_eq!((r, e), (Ret::I32(-1), 9), "EBADF");
    let lib = libm();
    // SAFETY: `double sqrt(double)`.
    let sqrt =
        unsafe { Plan::prepare(&lib.symbol("sqrt").unwrap(), &sig("fn(f64) -> f64")) }.unwrap();
    assert_eq!(
        sqrt.call_with_errno(&[Value::F64(4.0)]).unwrap(),
        (Ret::F64(2.0), 0)
    );
}

#[test]
fn errors_are_typed_and_say_what_and_where() {
    // SAFETY: the library does not exist: nothing is loaded.
    let e = unsafe { Library::open("/nonexistent/libnothing.so") }.unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::LibraryNotFound { .. }), "{e}");
    assert!(e.to_string().contains("/nonexistent/libnothing.so"), "{e}");
    // The loader's own reason, which libloading keeps as the error's source.
    assert!(e.to_string().contains("No such file or directory"), "{e}");
    let lib = libc();
    let e = lib.symbol("no_such_function_here").unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::SymbolNotFound { .. }), "{e}");
    assert!(e.to_string().contains("no_such_function_here"), "{e}");
    assert!(e.to_string().contains("undefined symbol"), "{e}");
    let e = Signature::parse("fn(i32, flaot)").unwrap_err();
    assert_eq!(e.column, 9);
    let sym = lib.symbol("abs").unwrap();
    // SAFETY: `int abs(int)`.
    let plan = unsafe { Plan::prepare(&sym, &sig("fn(c_int) -> c_int")) }.unwrap();
    let e = plan.call(&[]).unwrap_err();
    assert_eq!(e.to_string(), "`abs` takes 1 argument(s), 0 given");
    let e = plan.call(&[Value::I64(1)]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "argument 1 of `abs` must be i32, found i64 1"
    );
    assert_eq!(plan.call(&[Value::I32(-5)]).unwrap(), Ret::I32(5));
}

#[test]
fn narrow_integers_are_extended_and_truncated() {
    extern "C" fn widen(a: i8, b: u16, c: bool) -> i64 {
        a as i64 * 100_000 + b as i64 + if c { 1_000_000_000 } else { 0 }
    }
    extern "C" fn narrow(x: i64) -> i8 {
        x as i8
    }
    // SAFETY: functions of this test with the given signatures.
    let w = unsafe { Symbol::from_raw(widen as *const c_void, "widen") };
    let s = sig("fn(i8, u16, bool) -> i64");
    let fast = unsafe { Plan::prepare(&w, &s) }.unwrap();
    let args = [Value::I8(-3), Value::U16(65535), Value::Bool(true)];
    let want = Ret::I64(-300_000 + 65535 + 1_000_000_000);
    assert!(fast.is_fast());
    assert_eq!(fast.call(&args).unwrap(), want);
    let slow = unsafe { Plan::prepare(&w, &s) }
        .unwrap()
        .without_fast_path();
    assert_eq!(slow.call(&args).unwrap(), want);
    let n = unsafe { Symbol::from_raw(narrow as *const c_void, "narrow") };
    let p = unsafe { Plan::prepare(&n, &sig("fn(i64) -> i8")) }.unwrap();
    assert_eq!(p.call(&[Value::I64(0x1ff)]).unwrap(), Ret::I8(-1));
    let p = p.without_fast_path();
    assert_eq!(p.call(&[Value::I64(0x1ff)]).unwrap(), Ret::I8(-1));
}

#[repr(C)]
#[derive(Clone, Copy)]
struct TwoF32 {
    a: f32,
    b: f32,
}

extern "C" fn struct_args(a: i32, s: Small, m: Mixed16, x: f64, t: TwoF32) -> f64 {
    a as f64
        + s.a as f64 * 10.0
        + s.b as f64 * 100.0
        + m.x * 1000.0
        + m.n as f64 * 1e4
        + x * 1e5
        + t.a as f64 * 1e6
        + t.b as f64 * 1e7
}

extern "C" fn crowded(a: i64, b: i64, c: i64, d: i64, e: i64, f: i64, m: Mixed16) -> i64 {
    a + b + c + d + e + f + m.n
}

#[test]
fn small_struct_arguments_take_registers_on_the_fast_path() {
    // SAFETY: functions of this test with the signatures given.
    let sym = unsafe { Symbol::from_raw(struct_args as *const c_void, "struct_args") };
    let s = sig("fn(i32, struct{i32, f32}, struct{f64, i64}, f64, struct{f32, f32}) -> f64");
    let fast = unsafe { Plan::prepare(&sym, &s) }.unwrap();
    assert_eq!(fast.is_fast(), cfg!(all(target_arch = "x86_64", unix)));
    let small = Small { a: 2, b: 3.0 };
    let mixed = Mixed16 { x: 4.0, n: 5 };
    let two = TwoF32 { a: 7.0, b: 8.0 };
    let args = [
        Value::I32(1),
        Value::Struct(bytes(&small)),
        Value::Struct(bytes(&mixed)),
        Value::F64(6.0),
        Value::Struct(bytes(&two)),
    ];
    let want = Ret::F64(87_654_321.0);
    assert_eq!(fast.call(&args).unwrap(), want);
    assert_eq!(fast.without_fast_path().call(&args).unwrap(), want);
    // Six integers and a two-eightbyte struct: the struct's integer half finds no register left,
    // so the whole struct goes to the stack: not a fast-path shape, libffi handles it.
    let sym = unsafe { Symbol::from_raw(crowded as *const c_void, "crowded") };
    let p = unsafe {
        Plan::prepare(
            &sym,
            &sig("fn(i64, i64, i64, i64, i64, i64, struct{f64, i64}) -> i64"),
        )
    }
    .unwrap();
    assert!(!p.is_fast());
    let a = [1, 2, 3, 4, 5, 6].map(Value::I64);
    let all = [
        a[0],
        a[1],
        a[2],
        a[3],
        a[4],
        a[5],
        Value::Struct(bytes(&mixed)),
    ];
    assert_eq!(p.call(&all).unwrap(), Ret::I64(26));
}
