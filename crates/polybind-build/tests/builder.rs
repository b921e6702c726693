//! The builder runs the CLI's code path: same files, same refusals.

use std::fs;

fn project(lib_rs: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("src")).unwrap();
    fs::write(
        dir.path().join("Cargo.toml"),
        "[package]\nname = \"built\"\nversion = \"0.1.0\"\n",
    )
    .unwrap();
    fs::write(dir.path().join("src/lib.rs"), lib_rs).unwrap();
    fs::write(
        dir.path().join("polybind.toml"),
        "[library]\ncrate = \".\"\n\n[targets.c]\nout = \"out/c\"\n",
    )
    .unwrap();
    dir
}

#[test]
fn generates_the_configured_targets_and_leaves_unchanged_files_alone() {
    let p = project(
        "polybind::setup!();\n#[polybind::polybind]\npub fn twice(x: u32) -> u32 { x * 2 }\n",
    );
    let b = polybind_build::Builder::new().with_config(p.path().join("polybind.toml"));
    let out = b.clone().generate().unwrap();
    assert_eq!(out.len(), 1);
    let header = fs::read_to_string(p.path().join("out/c/built.h")).unwrap();
    assert!(
        header.contains("BuiltStatus built_twice(uint32_t x, uint32_t *out);"),
        "{header}"
    );
    let again = b.generate().unwrap();
    assert_eq!(
        again[0].changes[0].status,
        polybind_cli::FileStatus::Unchanged
    );
}

#[test]
fn errors_are_rendered_and_nothing_is_written() {
    let p = project("polybind::setup!();\n#[polybind::polybind]\npub fn bad<T>(x: T) {}\n");
    let e = polybind_build::Builder::new()
        .with_config(p.path().join("polybind.toml"))
        .generate()
        .unwrap_err();
    assert_eq!(e.count, 1);
    assert!(
        e.rendered.contains("generic functions cannot be exported"),
        "{e}"
    );
    assert!(!p.path().join("out").exists());
}

#[test]
fn out_dir_redirects_every_target() {
    let p = project("polybind::setup!();\n#[polybind::polybind]\npub fn f() {}\n");
    let out = p.path().join("elsewhere");
    polybind_build::Builder::new()
        .with_config(p.path().join("polybind.toml"))
        .with_target("c")
        .with_out_dir(&out)
        .generate()
        .unwrap();
    assert!(out.join("c/built.h").is_file());
}
