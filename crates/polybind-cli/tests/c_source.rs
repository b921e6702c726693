//! A C library as the source: `polybind init --template c-header`, `[library] c = {...}`, the
//! `c-stubs` target, its Makefile, and the frontend's refusals through the CLI.

mod common;

use common::polybind;
use std::fs;
use std::path::Path;
use std::process::Command;

fn run(dir: &Path, program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    assert!(
        out.status.success(),
        "{program} {args:?}: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout)
}

const MAIN_C: &str = r#"#include <stdio.h>
#include <string.h>
#include "hello_pb.h"

int main(void) {
    int32_t sum = 0;
    if (hello_pb_add(40, 2, &sum) != HELLO_PB_OK || sum != 42) {
        return 1;
    }
    HelloPbString s;
    HelloPbStr name = {"C", 1};
    if (hello_pb_greet(name, &s) != HELLO_PB_OK) {
        return 2;
    }
    printf("%d %.*s\n", sum, (int)s.len, s.ptr);
    hello_pb_string_free(&s);
    return hello_pb_verify_interface() == NULL ? 0 : 3;
}
"#;

#[test]
fn init_scaffolds_a_c_library_that_generates_builds_and_runs() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = polybind(
        dir.path(),
        &["init", "hello", "--template", "c-header", "--targets", "c"],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.contains("polybind generate && make") || out.contains("polybind generate && make"));
    let p = dir.path().join("hello");
    for f in [
        "polybind.toml",
        "include/hello.h",
        "src/hello.c",
        "Makefile",
    ] {
        assert!(p.join(f).is_file(), "{f}");
    }
    let (code, _, err) = polybind(&p, &["generate", "--quiet"]);
    assert_eq!(code, 0, "{err}");
    assert!(p.join("out/c/hello_pb.h").is_file());
    let stubs = fs::read_to_string(p.join("stubs/hello_pb_stubs.c")).unwrap();
    assert!(stubs.contains("HelloPbStatus hello_pb_greet(HelloPbStr p0, HelloPbString *out) {"));
    run(&p, "make", &["--quiet"]);
    assert!(p.join("stubs/libhello_pb.so").is_file());
    fs::write(p.join("main.c"), MAIN_C).unwrap();
    run(
        &p,
        "cc",
        &[
            "-std=c11",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-pedantic",
            "-Istubs",
            "main.c",
            "-Lstubs",
            "-lhello_pb",
            "-Wl,-rpath,stubs",
            "-o",
            "main",
        ],
    );
    assert_eq!(run(&p, "./main", &[]), "42 Hello, C!\n");
    let (code, out, err) = polybind(&p, &["verify", "stubs/libhello_pb.so"]);
    assert_eq!(code, 0, "{out}{err}");
}

fn project(header: &str, library: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("include")).unwrap();
    fs::write(dir.path().join("include/geo.h"), header).unwrap();
    fs::write(
        dir.path().join("polybind.toml"),
        format!("[library]\n{library}\n\n[targets.c-stubs]\nout = \"stubs\"\n"),
    )
    .unwrap();
    dir
}

#[test]
fn a_header_polybind_cannot_bind_is_an_error_with_its_place() {
    let dir = project(
        "#include <stddef.h>\nint geo_ok(int a);\nint geo_log(const char *fmt, ...);\nunion geo_u { int a; float b; };\n",
        "c = { headers = [\"include/geo.h\"], prefix = \"geo_\" }",
    );
    let (code, _, err) = polybind(dir.path(), &["generate"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("include/geo.h:3:5"), "{err}");
    assert!(err.contains("variadic function `geo_log`"), "{err}");
    assert!(err.contains("include/geo.h:4:7"), "{err}");
    assert!(err.contains("unions cannot cross"), "{err}");
    assert!(err.contains("exclude"), "{err}");
    assert!(!dir.path().join("stubs").exists());
}

#[test]
fn a_header_that_does_not_compile_is_reported_with_clangs_words() {
    let dir = project(
        "int geo_ok(int a;\n",
        "c = { headers = [\"include/geo.h\"] }",
    );
    let (code, _, err) = polybind(dir.path(), &["generate"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("include/geo.h:1:17"), "{err}");
    assert!(err.contains("does not compile"), "{err}");
}

#[test]
fn a_header_ending_inside_a_declaration_is_located_in_the_header() {
    // clang reports these where the generated file including the header goes on; they are
    // placed in the header: at the opener clang's note names, else at the header's end.
    let dir = project(
        "int geo_ok(int a);\nint geo_broken(int a\n",
        "c = { headers = [\"include/geo.h\"] }",
    );
    let (code, _, err) = polybind(dir.path(), &["generate"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("include/geo.h:2:15"), "{err}");
    assert!(err.contains("expected ')', to match this '('"), "{err}");
    let dir = project(
        "int geo_ok(int a);\nint geo_g(void)\n",
        "c = { headers = [\"include/geo.h\"] }",
    );
    let (code, _, err) = polybind(dir.path(), &["generate"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("include/geo.h:2:15"), "{err}");
    assert!(
        err.contains("include/geo.h: a declaration is unfinished"),
        "{err}"
    );
}

#[test]
fn a_declarator_too_deep_for_libclang_is_refused_before_it_reads_it() {
    // 30,000 levels crashed libclang inside (a stack overflow no handler could report).
    let dir = project(
        &format!(
            "int geo_ok(int a);\nint geo_deep(int {}x);\n",
            "*".repeat(30_000)
        ),
        "c = { headers = [\"include/geo.h\"] }",
    );
    let (code, _, err) = polybind(dir.path(), &["generate"]);
    assert_eq!(code, 1, "{}", &err[..err.len().min(500)]);
    assert!(err.contains("include/geo.h:2:18"), "{}", &err[..500]);
    assert!(
        err.contains("more than 256 pointer and array levels"),
        "{}",
        &err[..500]
    );
}

#[test]
fn a_library_name_the_header_uses_is_refused() {
    let dir = project(
        "int geo_add(int a, int b);\n",
        "name = \"geo\"\nc = { headers = [\"include/geo.h\"], prefix = \"geo_\" }",
    );
    let (code, _, err) = polybind(dir.path(), &["generate"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("include/geo.h:1:5"), "{err}");
    assert!(err.contains("like the header's own `geo_add`"), "{err}");
    assert!(err.contains("geo_pb"), "{err}");
}

#[test]
fn the_c_source_is_one_source_and_the_target_takes_no_options() {
    let dir = project(
        "int geo_add(int a, int b);\n",
        "crate = \".\"\nc = { headers = [\"include/geo.h\"] }",
    );
    let (code, _, err) = polybind(dir.path(), &["generate"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("sets `c` and another source"), "{err}");
    fs::write(
        dir.path().join("polybind.toml"),
        "[library]\nc = { headers = [\"include/geo.h\"], headerz = 1 }\n",
    )
    .unwrap();
    let (code, _, err) = polybind(dir.path(), &["generate"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("headerz"), "{err}");
    fs::write(
        dir.path().join("polybind.toml"),
        "[library]\nc = { headers = [\"include/geo.h\"] }\n\n[targets.c-stubs]\nflavour = \"x\"\n",
    )
    .unwrap();
    let (code, _, err) = polybind(dir.path(), &["generate"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("has no option `flavour`"), "{err}");
}
