//! Typed calls (`Plan::typed`) and typed callbacks (`Callback::typed`): every shape the compiler
//! knows, and every misuse refused with a typed error before any call.

mod common;

use polybind_dyn::{CArg, CType, Callback, ErrorKind, Plan, Signature, StructType, Symbol};
use std::ffi::c_void;

#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq)]
struct Pair {
    x: f64,
    y: f64,
}

// SAFETY: `#[repr(C)]`, fields `f64, f64` in this order.
unsafe impl CArg for Pair {
    fn ctype() -> CType {
        CType::Struct(StructType::new(vec![CType::F64, CType::F64]).unwrap())
    }
}

#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq)]
struct Big {
    a: i64,
    b: i32,
    c: f64,
}

// SAFETY: `#[repr(C)]`, fields `i64, i32, f64` in this order.
unsafe impl CArg for Big {
    fn ctype() -> CType {
        CType::Struct(StructType::new(vec![CType::I64, CType::I32, CType::F64]).unwrap())
    }
}

/// A lie: 8 bytes declared as a 16-byte struct.
#[repr(C)]
#[derive(Clone, Copy)]
struct Liar {
    a: i64,
}

// SAFETY: not sound, on purpose: `Plan::typed` must refuse it by its size before any call.
unsafe impl CArg for Liar {
    fn ctype() -> CType {
        CType::Struct(StructType::new(vec![CType::I64, CType::I64]).unwrap())
    }
}

extern "C" fn mix(a: i32, x: f64, b: u8, y: f32, p: *const c_void) -> f64 {
    a as f64 * 1000.0 + x * 100.0 + b as f64 * 10.0 + y as f64 + (p as usize) as f64
}
extern "C" fn swap(p: Pair) -> Pair {
    Pair { x: p.y, y: p.x }
}
extern "C" fn big(b: Big, k: i64) -> Big {
    Big {
        a: b.a * k,
        b: b.b + 1,
        c: b.c * 2.0,
    }
}
extern "C" fn nine(a: i64, b: i64, c: i64, d: i64, e: i64, f: i64, g: i64, h: i64, i: bool) -> i64 {
    if i { a + b + c + d + e + f + g + h } else { -1 }
}
static mut TOUCHED: i32 = 0;
extern "C" fn touch(x: i32) {
    // SAFETY: only this test writes it, from one thread.
    unsafe { TOUCHED = x };
}
extern "C" fn apply(f: extern "C" fn(i64, f64) -> f64, x: i64) -> f64 {
    f(x, 0.5)
}

fn plan(f: *const c_void, sig: &str) -> Plan<'static> {
    // SAFETY: each function above has exactly the signature it is prepared with.
    unsafe { common::plan(f, sig) }
}

#[test]
fn typed_calls_of_every_shape() {
    let p = plan(
        mix as *const c_void,
        "fn(i32, f64, u8, f32, *const c_void) -> f64",
    );
    let t = p
        .typed::<(i32, f64, u8, f32, *const c_void), f64>()
        .unwrap();
    assert_eq!(
        t.call((-3, 2.0, 5, 4.0, std::ptr::null())),
        -3000.0 + 200.0 + 50.0 + 4.0
    );

    let p = plan(
        swap as *const c_void,
        "fn(struct{f64, f64}) -> struct{f64, f64}",
    );
    let t = p.typed::<(Pair,), Pair>().unwrap();
    assert_eq!(t.call((Pair { x: 1.0, y: 2.0 },)), Pair { x: 2.0, y: 1.0 });

    // A struct in memory (24 bytes), returned through a hidden pointer.
    let p = plan(
        big as *const c_void,
        "fn(struct{i64, i32, f64}, i64) -> struct{i64, i32, f64}",
    );
    let t = p.typed::<(Big, i64), Big>().unwrap();
    let r = t.call((Big { a: 2, b: 3, c: 1.5 }, 7));
    assert_eq!(
        r,
        Big {
            a: 14,
            b: 4,
            c: 3.0
        }
    );

    // More integers than registers: the ninth goes on the stack.
    let p = plan(
        nine as *const c_void,
        "fn(i64, i64, i64, i64, i64, i64, i64, i64, bool) -> i64",
    );
    assert!(!p.is_fast());
    let t = p
        .typed::<(i64, i64, i64, i64, i64, i64, i64, i64, bool), i64>()
        .unwrap();
    assert_eq!(t.call((1, 2, 3, 4, 5, 6, 7, 8, true)), 36);

    let p = plan(touch as *const c_void, "fn(i32)");
    p.typed::<(i32,), ()>().unwrap().call((42,));
    // SAFETY: read after the only write, on this thread.
    assert_eq!(unsafe { TOUCHED }, 42);
}

#[test]
fn wrong_typed_signatures_are_typed_errors() {
    let p = plan(
        mix as *const c_void,
        "fn(i32, f64, u8, f32, *const c_void) -> f64",
    );
    let e = p.typed::<(i32, f64), f64>().unwrap_err();
    assert!(
        matches!(
            e.kind(),
            ErrorKind::ArgCount {
                expected: 5,
                found: 2,
                ..
            }
        ),
        "{e}"
    );
    let e = p
        .typed::<(i32, f64, i8, f32, *const c_void), f64>()
        .unwrap_err();
    assert!(
        matches!(e.kind(), ErrorKind::ArgType { index: 3, .. }),
        "{e}"
    );
    assert_eq!(
        e.to_string(),
        "argument 3 of `f` must be u8, found the Rust type of C type i8"
    );
    let e = p
        .typed::<(i32, f64, u8, f32, *const c_void), f32>()
        .unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::RetType { .. }), "{e}");
    assert_eq!(
        e.to_string(),
        "`f` returns f64, not the Rust return type of C type f32"
    );
    let e = p
        .typed::<(i32, f64, u8, f32, *const c_void), ()>()
        .unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::RetType { .. }), "{e}");

    // A struct whose `unsafe impl CArg` does not match its size is refused, not called.
    let p = plan(swap as *const c_void, "fn(struct{i64, i64}) -> i64");
    let e = p.typed::<(Liar,), i64>().unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Unsupported { .. }), "{e}");
    assert!(e.to_string().contains("8 bytes"), "{e}");
    // A struct of the right size but other fields is another C type.
    let e = p.typed::<(Pair,), i64>().unwrap_err();
    assert!(
        matches!(e.kind(), ErrorKind::ArgType { index: 1, .. }),
        "{e}"
    );

    // Variadic plans have no typed form.
    // SAFETY: never called.
    let v = unsafe {
        Plan::prepare_variadic(
            &Symbol::from_raw(mix as *const c_void, "printf"),
            &Signature::parse("fn(*const c_char, ...) -> c_int").unwrap(),
            &[CType::I64],
        )
    }
    .unwrap();
    let e = v.typed::<(*const u8, i64), i32>().unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Unsupported { .. }), "{e}");
    assert!(e.to_string().contains("variadic"), "{e}");
    // Typed callbacks check their types too.
    let e = Callback::typed(|(l,): (Liar,)| l.a).unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Unsupported { .. }), "{e}");
}

#[test]
fn typed_callbacks_reach_their_closures() {
    let p = plan(
        apply as *const c_void,
        "fn(fn(i64, f64) -> f64, i64) -> f64",
    );
    let t = p.typed::<(*const c_void, i64), f64>().unwrap();
    let scale = 3.0;
    let a = Callback::typed(move |(x, h): (i64, f64)| x as f64 * scale + h).unwrap();
    let b = Callback::typed(|(x, h): (i64, f64)| x as f64 - h).unwrap();
    assert!(a.is_fast() && b.is_fast());
    assert_ne!(a.code_ptr(), b.code_ptr());
    assert_eq!(t.call((a.code_ptr(), 2)), 6.5);
    assert_eq!(t.call((b.code_ptr(), 2)), 1.5);
    // The dynamic plan calls the same pointer.
    let r = p
        .call(&[a.as_value(), polybind_dyn::Value::I64(4)])
        .unwrap();
    assert_eq!(r, polybind_dyn::Ret::F64(12.5));
    // Slots are reused after drop: a new callback works whatever slot it gets.
    drop(a);
    let c = Callback::typed(|(x, _): (i64, f64)| x as f64).unwrap();
    assert_eq!(t.call((c.code_ptr(), 9)), 9.0);
    assert_eq!(t.call((b.code_ptr(), 9)), 8.5);
}
