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
