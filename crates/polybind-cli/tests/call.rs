//! `polybind call`, both forms, and its refusals.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// (exit code, stdout, stderr) of `polybind call <args>` run in `dir`.
fn call(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_polybind"))
        .arg("call")
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn with_a_signature() {
    let d = root();
    let ok = |args: &[&str], want: &str| {
        let (code, out, err) = call(&d, args);
        assert_eq!((code, out.trim_end()), (0, want), "{err}");
    };
    ok(
        &[
            "libm.so.6",
            "pow",
            "--sig",
            "fn(f64, f64) -> f64",
            "2",
            "10",
        ],
        "1024",
    );
    ok(
        &[
            "libc.so.6",
            "strlen",
            "--sig",
            "fn(*const c_char) -> usize",
            "hello",
        ],
        "5",
    );
    ok(
        &["libc.so.6", "abs", "--sig", "fn(c_int) -> c_int", "-7"],
        "7",
    );
    ok(
        &[
            "libc.so.6",
            "div",
            "--sig",
            "fn(c_int, c_int) -> struct{c_int, c_int}",
            "7",
            "2",
        ],
        "{3, 1}",
    );
}

#[test]
fn refusals_exit_1_with_a_message() {
    let d = root();
    let (code, _, err) = call(&d, &["libc.so.6", "no_such_symbol_x", "--sig", "fn()"]);
    assert_eq!(code, 1);
    assert!(err.contains("has no symbol `no_such_symbol_x`"), "{err}");
    let (code, _, err) = call(
        &d,
        &[
            "libc.so.6",
            "strlen",
            "--sig",
            "fn(*const c_char, strnig) -> usize",
            "x",
        ],
    );
    assert_eq!(code, 1);
    assert!(err.contains("at column 19: expected a type"), "{err}");
    assert!(err.contains("found `strnig`"), "{err}");
    let (code, _, err) = call(
        &d,
        &["libc.so.6", "abs", "--sig", "fn(c_int) -> c_int", "1", "2"],
    );
    assert_eq!(code, 1);
    assert!(err.contains("`abs` takes 1 argument(s), 2 given"), "{err}");
    let (code, _, err) = call(
        &d,
        &["libc.so.6", "abs", "--sig", "fn(c_int) -> c_int", "x1"],
    );
    assert_eq!(code, 1);
    assert!(err.contains("`x1` is not a valid i32"), "{err}");
    let (code, _, err) = call(&d, &["/nonexistent/libx.so", "f", "--sig", "fn()"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("cannot open library `/nonexistent/libx.so`"),
        "{err}"
    );
}

#[test]
fn with_the_signature_from_the_ir() {
    let d = root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let st = Command::new(cargo)
        .args(["build", "-q", "-p", "conformance"])
        .current_dir(&d)
        .status()
        .unwrap();
    assert!(st.success());
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| d.join("target"));
    let so = target.join("debug/libconformance.so");
    let so = so.to_str().unwrap();
    let conf = d.join("conformance");
    let (code, out, err) = call(&conf, &[so, "echo_u32", "4000000000"]);
    assert_eq!((code, out.as_str()), (0, "4000000000\n"), "{err}");
    let (code, out, err) = call(&conf, &[so, "conformance_greet", "Ada"]);
    assert_eq!((code, out.as_str()), (0, "Hello, Ada!\n"), "{err}");
    let (code, out, err) = call(&conf, &[so, "checked_div", "9", "-3"]);
    assert_eq!((code, out.as_str()), (0, "-3\n"), "{err}");
    let (code, _, err) = call(&conf, &[so, "checked_div", "1", "0"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("`checked_div` returned an error: division by zero"),
        "{err}"
    );
    let (code, _, err) = call(&conf, &[so, "echo_u32", "1", "2"]);
    assert_eq!(code, 1);
    assert!(err.contains("takes 1 argument(s), 2 given"), "{err}");
    let (code, _, err) = call(&conf, &[so, "no_such_function"]);
    assert_eq!(code, 1);
    assert!(err.contains("has no function `no_such_function`"), "{err}");
}
