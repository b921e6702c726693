//! The conformance library called through signatures derived from its IR (the canonical C ABI).

use polybind_dyn::ir::{self, IrFunction};
use polybind_dyn::{Library, Plan, Ret, Value};
use polybind_ir::ValidLibrary;
use std::ffi::c_void;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .and_then(Path::parent)
        .unwrap()
}

/// Build `libconformance.so` (as `cargo xtask conformance` does) and read the crate's IR.
fn setup() -> &'static (PathBuf, ValidLibrary) {
    static SETUP: OnceLock<(PathBuf, ValidLibrary)> = OnceLock::new();
    SETUP.get_or_init(|| {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status = Command::new(cargo)
            .args(["build", "-q", "-p", "conformance"])
            .current_dir(root())
            .status()
            .unwrap();
        assert!(status.success(), "cargo build -p conformance failed");
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| root().join("target"));
        let dir = root().join("conformance");
        let lib = polybind_syntax::lower_crate(&dir.join("src/lib.rs"), "conformance", &dir)
            .unwrap_or_else(|_| panic!("the conformance crate does not lower"));
        let valid = polybind_ir::validate(&lib).unwrap();
        (target.join("debug/libconformance.so"), valid)
    })
}

fn function(name: &str) -> IrFunction {
    let (_, lib) = setup();
    let f = lib.functions().iter().find(|f| f.name == name).unwrap();
    ir::function(lib, f).unwrap()
}

fn open() -> Library {
    // SAFETY: the reference library's initialisers are Rust statics only.
    unsafe { Library::open(&setup().0) }.unwrap()
}

fn str_view(s: &str) -> [u64; 2] {
    [s.as_ptr() as u64, s.len() as u64]
}

fn as_bytes<T>(v: &T) -> &[u8] {
    // SAFETY: plain words.
    unsafe { std::slice::from_raw_parts(v as *const T as *const u8, size_of::<T>()) }
}

#[test]
fn echo_u32_through_the_ir_signature() {
    let f = function("echo_u32");
    assert_eq!(f.symbol, "conformance_echo_u32");
    assert_eq!(f.signature.to_string(), "fn(u32, *mut c_void) -> i32");
    let lib = open();
    // SAFETY: the signature comes from the library's own IR; `out` points to a u32.
    let plan = unsafe { Plan::prepare(&lib.symbol(&f.symbol).unwrap(), &f.signature) }.unwrap();
    assert!(plan.is_fast());
    let mut out = 0u32;
    let status = plan
        .call(&[
            Value::U32(4_000_000_000),
            Value::Ptr(&mut out as *mut u32 as *mut c_void),
        ])
        .unwrap();
    assert_eq!((status, out), (Ret::I32(0), 4_000_000_000));
}

#[test]
fn sum_f64_takes_a_slice_struct_by_value() {
    let f = function("sum_f64");
    assert_eq!(
        f.signature.to_string(),
        "fn(struct{*mut c_void, u64}, *mut c_void) -> i32"
    );
    let lib = open();
    // SAFETY: as above; the slice view points to live f64s.
    let plan = unsafe { Plan::prepare(&lib.symbol(&f.symbol).unwrap(), &f.signature) }.unwrap();
    let values = [1.5f64, 2.25, 4.0];
    let view = [values.as_ptr() as u64, values.len() as u64];
    let mut out = 0f64;
    let status = plan
        .call(&[
            Value::Struct(as_bytes(&view)),
            Value::Ptr(&mut out as *mut f64 as *mut c_void),
        ])
        .unwrap();
    assert_eq!((status, out), (Ret::I32(0), 7.75));
}

#[test]
fn greet_returns_an_owned_string_and_checked_div_an_error() {
    let lib = open();
    let f = function("greet");
    // SAFETY: as above; `out` is a `{ptr, len, cap}`.
    let plan = unsafe { Plan::prepare(&lib.symbol(&f.symbol).unwrap(), &f.signature) }.unwrap();
    let name = str_view("Ada");
    let mut out = [0u64; 3];
    let status = plan
        .call(&[
            Value::Struct(as_bytes(&name)),
            Value::Ptr(out.as_mut_ptr() as *mut c_void),
        ])
        .unwrap();
    assert_eq!(status, Ret::I32(0));
    // SAFETY: the library wrote a valid UTF-8 string of `len` bytes (leaked by this test).
    let text = unsafe { std::slice::from_raw_parts(out[0] as *const u8, out[1] as usize) };
    assert!(std::str::from_utf8(text).unwrap().contains("Ada"));

    let f = function("checked_div");
    let err = f.error.unwrap();
    let plan = unsafe { Plan::prepare(&lib.symbol(&f.symbol).unwrap(), &f.signature) }.unwrap();
    let mut q = 0i64;
    let mut e = [0u64; 8];
    assert!(err.size <= size_of_val(&e));
    let args = |b: i64, q: &mut i64, e: &mut [u64; 8]| {
        [
            Value::I64(7),
            Value::I64(b),
            Value::Ptr(q as *mut i64 as *mut c_void),
            Value::Ptr(e.as_mut_ptr() as *mut c_void),
        ]
    };
    assert_eq!(plan.call(&args(2, &mut q, &mut e)).unwrap(), Ret::I32(0));
    assert_eq!(q, 3);
    assert_eq!(plan.call(&args(0, &mut q, &mut e)).unwrap(), Ret::I32(1));
    let m = err.message_offset / 8;
    // SAFETY: the library wrote the error's message string at `message_offset`.
    let msg = unsafe { std::slice::from_raw_parts(e[m] as *const u8, e[m + 1] as usize) };
    assert_eq!(std::str::from_utf8(msg).unwrap(), "division by zero");
}

#[test]
fn every_function_with_a_c_signature_maps() {
    let (_, lib) = setup();
    let mut mapped = 0;
    for f in lib.functions() {
        match ir::function(lib, f) {
            Ok(x) => {
                assert!(x.symbol.starts_with("conformance_"));
                mapped += 1;
            }
            // Only closures, callback interfaces and data enums are out of reach, by name.
            Err(e) => assert!(
                ["passed as a struct of function pointers", "tagged union"]
                    .iter()
                    .any(|w| e.to_string().contains(w)),
                "{e}"
            ),
        }
    }
    assert!(mapped > 50, "{mapped}");
}
