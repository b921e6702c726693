//! OCaml as the source: `polybind init --template ocaml`, `[library] ocaml = [...]`, the
//! `ocaml-stubs` target and the frontend's diagnostics through the CLI.

mod common;

use common::polybind;
use std::fs;

#[test]
fn init_scaffolds_an_ocaml_project_that_generates() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = polybind(
        dir.path(),
        &[
            "init",
            "hello",
            "--template",
            "ocaml",
            "--targets",
            "c,python",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    let p = dir.path().join("hello");
    for f in [
        "polybind.toml",
        "dune-project",
        "src/dune",
        "src/hello.mli",
        "src/hello.ml",
    ] {
        assert!(p.join(f).is_file(), "{f}");
    }
    let (code, _, err) = polybind(&p, &["generate", "--quiet"]);
    assert_eq!(code, 0, "{err}");
    let stubs = fs::read_to_string(p.join("stubs/hello_stubs.c")).unwrap();
    assert!(stubs.contains("HelloStatus hello_greet(HelloStr p0, HelloString *out) {"));
    assert!(p.join("stubs/hello.h").is_file());
    assert!(p.join("stubs/dune").is_file());
    let ml = fs::read_to_string(p.join("stubs/hello_polybind.ml")).unwrap();
    assert!(ml.contains("Callback.register \"hello.greet\" Hello.greet"));
    assert!(
        fs::read_to_string(p.join("out/c/hello.h"))
            .unwrap()
            .contains("HelloStatus hello_greet(HelloStr arg0, HelloString *out);")
    );
    assert!(p.join("out/python/hello/__init__.py").is_file());
}

fn project(config: &str, mli: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("src")).unwrap();
    fs::write(dir.path().join("polybind.toml"), config).unwrap();
    fs::write(dir.path().join("src/geo.mli"), mli).unwrap();
    dir
}

#[test]
fn unbindable_items_are_reported_with_file_line_and_hint() {
    let dir = project(
        "[library]\nocaml = [\"src/geo.mli\"]\n\n[targets.c]\n",
        "val ok : int -> int\n\nval id : 'a -> 'a\nmodule F (X : sig end) : sig end\n",
    );
    let (code, _, err) = polybind(dir.path(), &["generate"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("geo.mli:3:"), "{err}");
    assert!(err.contains("polymorphic"), "{err}");
    assert!(err.contains("geo.mli:4:"), "{err}");
    assert!(err.contains("functors"), "{err}");
    assert!(err.contains("help"), "{err}");
}

#[test]
fn ocaml_source_config_is_checked() {
    let dir = project("[library]\nocaml = []\n", "");
    let (code, _, err) = polybind(dir.path(), &["generate"]);
    assert_eq!(code, 1);
    assert!(err.contains("names no `.mli` file"), "{err}");

    let dir = project("[library]\ncrate = \".\"\nocaml = [\"src/geo.mli\"]\n", "");
    let (code, _, err) = polybind(dir.path(), &["generate"]);
    assert_eq!(code, 1);
    assert!(err.contains("`ocaml` and another source"), "{err}");

    let dir = project(
        "[library]\nocaml = [\"src/missing.mli\"]\n[targets.c]\n",
        "",
    );
    let (code, _, err) = polybind(dir.path(), &["generate"]);
    assert_eq!(code, 1);
    assert!(err.contains("cannot read"), "{err}");
}

#[test]
fn stubs_need_an_ocaml_source() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("api.json"),
        "{\"schema_version\": 1, \"name\": \"x\", \"items\": []}",
    )
    .unwrap();
    fs::write(
        dir.path().join("polybind.toml"),
        "[library]\nir = \"api.json\"\n\n[targets.ocaml-stubs]\n",
    )
    .unwrap();
    let (code, _, err) = polybind(dir.path(), &["generate"]);
    assert_eq!(code, 1);
    assert!(err.contains("needs an OCaml source"), "{err}");
}
