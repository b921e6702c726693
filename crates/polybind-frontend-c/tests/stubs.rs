//! The `c-stubs` target on the fixture: snapshots of the stubs and the Makefile, and the stubs
//! compiled against the generated header and the fixture at the strictest warnings.

mod common;

use polybind_codegen::Backend;
use polybind_frontend_c::{Build, StubsBackend, load};
use std::path::Path;
use std::process::Command;

fn generate() -> Vec<polybind_codegen::GeneratedFile> {
    let options = common::options(common::fixture());
    let (header, lib) = load(&options).unwrap();
    let lib = polybind_ir::validate(&lib).unwrap();
    let build = Build {
        project: "..".into(),
        sources: vec!["src/geo.c".into()],
        include_dirs: vec!["include".into()],
        libs: vec!["m".into()],
        ..Build::default()
    };
    StubsBackend::default()
        .with_header(header, build)
        .generate(&lib)
        .unwrap()
}

fn file<'a>(files: &'a [polybind_codegen::GeneratedFile], name: &str) -> &'a str {
    &files
        .iter()
        .find(|f| f.path == Path::new(name))
        .unwrap()
        .contents
}

#[test]
fn stubs_snapshot() {
    let files = generate();
    let names: Vec<_> = files.iter().map(|f| f.path.display().to_string()).collect();
    assert_eq!(names, ["geo_pb.h", "geo_pb_stubs.c", "Makefile"]);
    insta::assert_snapshot!("geo_pb_stubs.c", file(&files, "geo_pb_stubs.c"));
    insta::assert_snapshot!("Makefile", file(&files, "Makefile"));
}

#[test]
fn stubs_compile_with_every_warning_an_error() {
    let files = generate();
    let dir = std::env::temp_dir().join(format!("polybind-c-stubs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for f in &files {
        std::fs::write(dir.join(&f.path), &f.contents).unwrap();
    }
    let fixtures = common::fixture();
    let fixtures = fixtures.parent().unwrap_or(Path::new("."));
    let out = Command::new("cc")
        .args([
            "-std=c11",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-pedantic",
            "-fsyntax-only",
        ])
        .arg(format!("-I{}", fixtures.display()))
        .arg(dir.join("geo_pb_stubs.c"))
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
