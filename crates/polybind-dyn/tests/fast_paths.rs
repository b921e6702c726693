//! The register fast paths (dynamic calls and pooled `Value` callbacks) check, widen and rebuild
//! every scalar type exactly as libffi does.

mod common;

use polybind_dyn::{Callback, Plan, Ret, Signature, Value};
use std::ffi::c_void;

extern "C" fn narrow(a: i8, b: u16, c: bool, d: f32, e: i32, f: u8, g: i16) -> i64 {
    a as i64 * 10_000_000 + b as i64 * 100 + c as i64 + (d * 4.0) as i64 + e as i64 * 1000
        - f as i64
        + g as i64
}
extern "C" fn neg16(x: i16) -> i16 {
    -x
}
extern "C" fn not(x: bool) -> bool {
    !x
}
extern "C" fn drive(f: extern "C" fn(i8, u16, bool, f32, u64) -> i16) -> i64 {
    f(-3, 65535, true, 0.5, u64::MAX) as i64
}

fn plan(f: *const c_void, sig: &str) -> Plan<'static> {
    // SAFETY: each function above has exactly the signature it is prepared with.
    unsafe { common::plan(f, sig) }
}

#[test]
fn every_scalar_is_widened_like_libffi() {
    let p = plan(
        narrow as *const c_void,
        "fn(i8, u16, bool, f32, i32, u8, i16) -> i64",
    );
    let args = [
        Value::I8(-7),
        Value::U16(65000),
        Value::Bool(true),
        Value::F32(2.5),
        Value::I32(-40000),
        Value::U8(250),
        Value::I16(-32000),
    ];
    let want = narrow(-7, 65000, true, 2.5, -40000, 250, -32000);
    assert!(p.is_fast());
    assert_eq!(p.call(&args).unwrap(), Ret::I64(want));
    assert_eq!(p.without_fast_path().call(&args).unwrap(), Ret::I64(want));
    for (f, sig, arg, ret) in [
        (
            neg16 as *const c_void,
            "fn(i16) -> i16",
            Value::I16(300),
            Ret::I16(-300),
        ),
        (
            not as *const c_void,
            "fn(bool) -> bool",
            Value::Bool(false),
            Ret::Bool(true),
        ),
    ] {
        let p = plan(f, sig);
        assert_eq!(p.call(&[arg]).unwrap(), ret, "{sig}");
        assert_eq!(p.without_fast_path().call(&[arg]).unwrap(), ret, "{sig}");
    }
    // A type mismatch is named, whichever the position.
    let p = plan(neg16 as *const c_void, "fn(i16) -> i16");
    let e = p.call(&[Value::I32(1)]).unwrap_err();
    assert_eq!(e.to_string(), "argument 1 of `f` must be i16, found i32 1");
}

#[test]
fn pooled_callbacks_decode_and_widen_every_scalar() {
    let sig = Signature::parse("fn(i8, u16, bool, f32, u64) -> i16").unwrap();
    let cb = Callback::new(&sig, |a| match *a {
        [
            Value::I8(a),
            Value::U16(b),
            Value::Bool(c),
            Value::F32(d),
            Value::U64(e),
        ] => {
            assert_eq!((a, b, c, d, e), (-3, 65535, true, 0.5, u64::MAX));
            Ret::I16(-12345)
        }
        _ => Ret::I16(0),
    })
    .unwrap();
    assert!(cb.is_fast());
    let p = plan(
        drive as *const c_void,
        "fn(fn(i8, u16, bool, f32, u64) -> i16) -> i64",
    );
    // The callback's `i16` comes back sign-extended as C expects.
    assert_eq!(p.call(&[cb.as_value()]).unwrap(), Ret::I64(-12345));
}
