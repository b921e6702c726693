//! Snapshots of the generated files for the C backend's fixture (every item and type of the IR).
//! The files are compiled by `cargo xtask conformance ocaml` (dune, `-Wall -Wextra -Werror`),
//! which installs OCaml; the conformance harness runs them against the real library.

use polybind_backend_ocaml::OcamlBackend;
use polybind_codegen::Backend;
use polybind_ir::{ValidLibrary, from_json, validate};
use std::collections::BTreeMap;
use std::path::Path;

fn everything() -> ValidLibrary {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../polybind-backend-c/tests/fixtures/everything.json");
    let text = std::fs::read_to_string(path).unwrap();
    validate(&from_json(&text).unwrap()).unwrap_or_else(|e| panic!("{e}"))
}

fn files(backend: &OcamlBackend, lib: &ValidLibrary) -> Vec<(String, String)> {
    backend
        .generate(lib)
        .unwrap_or_else(|e| panic!("{e:?}"))
        .into_iter()
        .map(|f| (f.path.display().to_string(), f.contents))
        .collect()
}

fn options(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[test]
fn snapshot() {
    let lib = everything();
    let files = files(&OcamlBackend::default(), &lib);
    let names: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        names,
        [
            "dune",
            "everything.h",
            "everything.ml",
            "everything_stubs.c"
        ]
    );
    insta::assert_snapshot!("everything_dune", files[0].1);
    insta::assert_snapshot!("everything_ml", files[2].1);
    insta::assert_snapshot!("everything_stubs_c", files[3].1);
}

#[test]
fn result_mode() {
    let lib = everything();
    let b = OcamlBackend::from_options(&options(&[("errors", "result")])).unwrap();
    let ml = files(&b, &lib)[2].1.clone();
    insta::assert_snapshot!("everything_ml_result", ml);
    assert!(
        !ml.contains("raise ("),
        "result mode raises no declared error"
    );
}

#[test]
fn deterministic() {
    let lib = everything();
    let b = OcamlBackend::default();
    assert_eq!(files(&b, &lib), files(&b, &lib));
}

#[test]
fn bad_options() {
    let e = OcamlBackend::from_options(&options(&[("errors", "maybe")])).unwrap_err();
    assert!(e.contains("`exceptions` or `result`"), "{e}");
    let e = OcamlBackend::from_options(&options(&[("flavour", "x")])).unwrap_err();
    assert!(e.contains("no option `flavour`"), "{e}");
}

/// OCaml keywords and the standard constructors a generated name would shadow are escaped.
#[test]
fn reserved_names() {
    let json = r#"{"schema_version": 1, "name": "demo", "items": [
        {"item": "record", "name": "Object", "fields": [{"name": "type", "type": "u8"}, {"name": "end", "type": "bool"}]},
        {"item": "enum", "name": "Maybe", "variants": [{"name": "None"}, {"name": "Some"}]},
        {"item": "function", "name": "open", "params": [{"name": "method", "type": {"record": "Object"}}], "ret": {"enum": "Maybe"}}]}"#;
    let lib = validate(&from_json(json).unwrap()).unwrap_or_else(|e| panic!("{e}"));
    let ml = files(&OcamlBackend::default(), &lib)
        .into_iter()
        .find(|(p, _)| p == "demo.ml")
        .map(|(_, text)| text)
        .unwrap_or_default();
    for needle in [
        "type object_ = {",
        "type_ : int;",
        "end_ : bool;",
        "| None_",
        "| Some_",
        "external open_ : object_ -> maybe",
    ] {
        assert!(ml.contains(needle), "no `{needle}` in\n{ml}");
    }
}

/// A library that keeps no closures keeps the runtime lock during calls, except in `blocking`
/// ones, which release it (and are never `[@@noalloc]`); a callback made during such a call
/// takes the lock back. The conformance library keeps closures, so this path is checked here
/// (and compiled by `cargo xtask conformance ocaml`).
#[test]
fn blocking_calls_release_the_lock_without_threads() {
    let lib = blocking_library();
    let files = files(&OcamlBackend::default(), &lib);
    let stubs = &files[3].1;
    let ml = &files[2].1;
    assert!(!stubs.contains("#define PB_THREADS"), "{stubs}");
    let body = |name: &str| {
        let start = stubs
            .find(&format!(" pb_slow_{name}("))
            .unwrap_or_else(|| panic!("no stub for {name}: {stubs}"));
        let end = stubs[start..].find("\n}\n").unwrap() + start;
        stubs[start..end].to_owned()
    };
    for name in ["wait", "each"] {
        let b = body(name);
        assert!(
            b.contains("PB_RELEASE_BEGIN") && b.contains("PB_RELEASE_END"),
            "{b}"
        );
        assert!(b.contains("const int copy = 1;"), "{b}");
    }
    let quick = body("quick");
    assert!(!quick.contains("PB_RELEASE_BEGIN"), "{quick}");
    assert!(!ml.contains("\"pb_slow_wait\" [@@noalloc]"), "{ml}");
    assert!(
        stubs.contains("#define PB_ENTER const int pb_was_released"),
        "{stubs}"
    );
}

fn blocking_library() -> ValidLibrary {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/blocking.json");
    let text = std::fs::read_to_string(path).unwrap();
    validate(&from_json(&text).unwrap()).unwrap_or_else(|e| panic!("{e}"))
}
