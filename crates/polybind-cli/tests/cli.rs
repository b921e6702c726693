//! The `polybind` binary end to end: generation, determinism, refusals and their messages.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

struct Project {
    dir: tempfile::TempDir,
}

impl Project {
    /// A crate with the given `src/lib.rs` and a `polybind.toml` generating C into `out/c`.
    fn new(lib_rs: &str) -> Project {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("src")).unwrap();
        fs::write(
            dir.path().join("Cargo.toml"),
            "[package]\nname = \"demo-lib\"\nversion = \"0.1.0\"\nedition = \"2024\"\n",
        )
        .unwrap();
        fs::write(dir.path().join("src/lib.rs"), lib_rs).unwrap();
        fs::write(
            dir.path().join("polybind.toml"),
            "[library]\ncrate = \".\"\n\n[targets.c]\nout = \"out/c\"\n",
        )
        .unwrap();
        Project { dir }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }

    /// Run polybind in the project; returns (exit code, stdout, stderr with the temp dir hidden).
    fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = Command::new(env!("CARGO_BIN_EXE_polybind"))
            .args(args)
            .current_dir(self.dir.path())
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let hide = |s: &[u8]| {
            String::from_utf8_lossy(s).replace(&self.dir.path().display().to_string(), "[project]")
        };
        (
            out.status.code().unwrap_or(-1),
            hide(&out.stdout),
            hide(&out.stderr),
        )
    }

    fn files(&self) -> Vec<String> {
        fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
            for e in fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    walk(base, &p, out);
                } else {
                    out.push(p.strip_prefix(base).unwrap().display().to_string());
                }
            }
        }
        let mut v = vec![];
        walk(self.dir.path(), self.dir.path(), &mut v);
        v.sort();
        v
    }
}

const GOOD: &str = r#"
//! A demo.
polybind::setup!();
use polybind::polybind;

/// Adds.
#[polybind]
pub fn add(a: u32, b: u32) -> u32 { a + b }

#[polybind]
pub struct Pair { pub a: i64, pub b: String }
"#;

#[test]
fn generate_writes_the_header_once_and_never_touches_an_unchanged_file() {
    let p = Project::new(GOOD);
    let (code, out, err) = p.run(&["generate"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("created ./out/c/demo_lib.h"), "{out}");
    let header = p.path("out/c/demo_lib.h");
    let first = fs::read(&header).unwrap();
    let mtime = fs::metadata(&header).unwrap().modified().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let (code, out, _) = p.run(&["generate"]);
    assert_eq!(code, 0);
    assert!(out.contains("unchanged ./out/c/demo_lib.h"), "{out}");
    assert_eq!(fs::read(&header).unwrap(), first, "byte-identical output");
    assert_eq!(
        fs::metadata(&header).unwrap().modified().unwrap(),
        mtime,
        "not rewritten"
    );
}

#[test]
fn dry_run_writes_nothing_and_out_redirects() {
    let p = Project::new(GOOD);
    let (code, out, _) = p.run(&["generate", "--dry-run"]);
    assert_eq!(code, 0);
    assert!(out.contains("would create"), "{out}");
    assert!(!p.path("out").exists());
    let (code, _, err) = p.run(&["generate", "--target", "c", "--out", "elsewhere"]);
    assert_eq!(code, 0, "{err}");
    assert!(p.path("elsewhere/c/demo_lib.h").is_file());
}

#[test]
fn ir_dump_round_trips_through_the_json_frontend() {
    let p = Project::new(GOOD);
    let (code, ir, err) = p.run(&["ir", "dump"]);
    assert_eq!(code, 0, "{err}");
    assert!(ir.contains("\"schema_version\": 1"));
    p.write("api.json", &ir);
    p.write(
        "from-ir.toml",
        "[library]\nir = \"api.json\"\n\n[targets.c]\nout = \"from-ir\"\n",
    );
    assert_eq!(p.run(&["generate"]).0, 0);
    let (code, _, err) = p.run(&["generate", "--config", "from-ir.toml"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        fs::read(p.path("out/c/demo_lib.h")).unwrap(),
        fs::read(p.path("from-ir/demo_lib.h")).unwrap()
    );
}

/// Run a failing generation; check it exits 1 and wrote nothing; return its message.
fn refusal(p: &Project, args: &[&str]) -> String {
    let before = p.files();
    let (code, out, err) = p.run(args);
    assert_eq!(code, 1, "stdout: {out}\nstderr: {err}");
    assert_eq!(p.files(), before, "nothing may be written on error");
    err
}

#[test]
fn unsupported_rust_is_reported_all_at_once_with_places_and_hints() {
    let p = Project::new(
        r#"
polybind::setup!();
use polybind::polybind;

#[polybind]
pub fn generic<T>(x: T) -> u32 { 0 }

#[polybind]
pub struct Borrowed<'a> { pub name: &'a str }

#[polybind]
pub fn numbers() -> impl Iterator<Item = u32> { 0..3 }
"#,
    );
    insta::assert_snapshot!("unsupported_rust", refusal(&p, &["generate"]));
}

#[test]
fn unknown_types_are_reported_by_validation() {
    let p = Project::new(
        "polybind::setup!();\nuse polybind::polybind;\n\n#[polybind]\npub fn uses_unknown(p: Unknown) -> Result<u32, Other> { 0 }\n",
    );
    insta::assert_snapshot!("unknown_types", refusal(&p, &["generate"]));
}

#[test]
fn a_missing_setup_call_is_explained() {
    let p = Project::new("use polybind::polybind;\n#[polybind]\npub fn f() {}\n");
    insta::assert_snapshot!("missing_setup", refusal(&p, &["generate"]));
}

#[test]
fn rust_that_does_not_parse_is_located_with_a_fix_in_every_file() {
    let p = Project::new(
        "polybind::setup!();\nuse polybind::polybind;\nmod shapes;\nmod text;\n\n#[polybind]\npub fn f() {}\n",
    );
    p.write(
        "src/shapes.rs",
        "#[polybind::polybind]\npub fn area(w: f64, h: f64) -> f64 {\n    w * h\n",
    );
    p.write("src/text.rs", "pub const GREETING: &str = \"hello;\n");
    insta::assert_snapshot!("malformed_rust", refusal(&p, &["generate"]));
}

#[test]
fn a_deeply_nested_type_is_refused_without_exhausting_the_stack() {
    // 100,000 levels of `Vec<`: the recursive parsers overflowed a thread's stack at 20,000.
    let depth = 100_000;
    let p = Project::new(&format!(
        "polybind::setup!();\nuse polybind::polybind;\n\n#[polybind]\npub fn deep(x: {}u8{}) {{}}\n",
        "Vec<".repeat(depth),
        ">".repeat(depth)
    ));
    let err = refusal(&p, &["generate"]);
    assert!(
        err.contains("src/lib.rs:5:"),
        "{}",
        &err[..err.len().min(500)]
    );
    assert!(
        err.contains("nests deeper than 128 levels"),
        "{}",
        &err[..500]
    );
    assert!(
        err.contains("help: polybind reads at most"),
        "{}",
        &err[..500]
    );

    // Its report (the line is quoted: 800 KB) to a reader that stops reading: no panic.
    let mut child = Command::new(env!("CARGO_BIN_EXE_polybind"))
        .arg("generate")
        .current_dir(p.path("."))
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stderr.take());
    assert_eq!(child.wait().unwrap().code(), Some(1));
}

#[test]
fn files_that_are_not_utf8_are_located_at_their_first_bad_byte() {
    let p = Project::new(GOOD);
    fs::write(
        p.path("src/lib.rs"),
        [GOOD.as_bytes(), b"// caf\xe9\n"].concat(),
    )
    .unwrap();
    let err = refusal(&p, &["generate"]);
    let line = GOOD.lines().count() + 1;
    assert!(
        err.contains(&format!("src/lib.rs:{line}:7: the file is not UTF-8")),
        "{err}"
    );
    assert!(err.contains("byte 0xe9"), "{err}");
    fs::write(p.path("src/lib.rs"), GOOD).unwrap();
    fs::write(
        p.path("polybind.toml"),
        b"[library]\ncrate = \"\xff\"\n".as_slice(),
    )
    .unwrap();
    let err = refusal(&p, &["generate"]);
    assert!(err.contains("polybind::config::invalid"), "{err}");
    assert!(
        err.contains("polybind.toml:2:10: the file is not UTF-8"),
        "{err}"
    );
    assert!(err.contains("save the file as UTF-8"), "{err}");
}

#[test]
fn config_errors_say_what_and_where() {
    let p = Project::new(GOOD);
    p.write(
        "polybind.toml",
        "[library]\ncrate = \".\"\n\n[targets.cobol]\nout = \"x\"\n",
    );
    insta::assert_snapshot!("unknown_target", refusal(&p, &["generate"]));
    p.write(
        "polybind.toml",
        "[library]\ncrate = \".\"\n\n[targets.c]\nflavour = \"fast\"\n",
    );
    insta::assert_snapshot!("unknown_option", refusal(&p, &["generate"]));
    p.write("polybind.toml", "[library]\ncrate = .\n");
    insta::assert_snapshot!("malformed_toml", refusal(&p, &["generate"]));
    p.write(
        "polybind.toml",
        "[library]\ncrate = \".\"\nlanguage = \"rust\"\n",
    );
    insta::assert_snapshot!("unknown_key", refusal(&p, &["generate"]));
    fs::remove_file(p.path("polybind.toml")).unwrap();
    insta::assert_snapshot!("missing_config", refusal(&p, &["generate"]));
}

#[test]
fn a_malformed_ir_file_is_located() {
    let p = Project::new(GOOD);
    p.write(
        "polybind.toml",
        "[library]\nir = \"api.json\"\n\n[targets.c]\n",
    );
    p.write("api.json", "{\n  \"schema_version\": 1,\n  \"name\": \"x\",\n  \"items\": [ { \"item\": \"function\", \"name\": 3 } ]\n}\n");
    insta::assert_snapshot!("malformed_ir", refusal(&p, &["generate"]));
    p.write("api.json", "{ \"schema_version\": 99, \"name\": \"x\" }");
    insta::assert_snapshot!("ir_version", refusal(&p, &["generate"]));
}

#[test]
fn usage_errors_exit_2() {
    let p = Project::new(GOOD);
    assert_eq!(p.run(&["generate", "--no-such-flag"]).0, 2);
}
