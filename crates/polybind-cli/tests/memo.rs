//! Reusing the last run's texts of unchanged functions (`polybind_codegen::memo`) end to end, on
//! the conformance library (every kind of item and type): after any edit, an incremental run
//! writes exactly what a run from scratch writes, and the reuse is real.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// The conformance library's sources in a fresh project with the C, C++ and Python targets.
fn project(python: &str, cpp: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../conformance/src");
    fs::create_dir_all(dir.path().join("src")).unwrap();
    for e in fs::read_dir(src).unwrap() {
        let p = e.unwrap().path();
        fs::copy(&p, dir.path().join("src").join(p.file_name().unwrap())).unwrap();
    }
    fs::write(
        dir.path().join("Cargo.toml"),
        "[package]\nname = \"conformance\"\nversion = \"0.1.0\"\nedition = \"2024\"\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("polybind.toml"),
        format!(
            "[library]\ncrate = \".\"\n\n[targets.c]\nout = \"out/c\"\n\n[targets.cpp]\nout = \"out/cpp\"\n{cpp}\n[targets.python]\nout = \"out/python\"\n{python}\n"
        ),
    )
    .unwrap();
    dir
}

fn ok(dir: &Path, args: &[&str]) -> String {
    common::generate_ok(dir, args)
}

/// What a run without any cache writes for the project as it is now, in a copy of it (so that
/// the project's own outputs and cache stay as the incremental runs left them).
fn cold(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let copy = tempfile::tempdir().unwrap();
    for f in ["Cargo.toml", "polybind.toml"] {
        fs::copy(dir.join(f), copy.path().join(f)).unwrap();
    }
    fs::create_dir_all(copy.path().join("src")).unwrap();
    for e in fs::read_dir(dir.join("src")).unwrap() {
        let p = e.unwrap().path();
        fs::copy(&p, copy.path().join("src").join(p.file_name().unwrap())).unwrap();
    }
    ok(copy.path(), &["--no-cache", "--jobs", "1"]);
    common::outputs(copy.path())
}

fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let p = dir.join("src").join(file);
    let text = fs::read_to_string(&p).unwrap();
    assert!(text.contains(from), "{file}: {from}");
    fs::write(p, text.replacen(from, to, 1)).unwrap();
}

/// The `<memo>: reused N of M item texts` lines of a `--verbose` run.
fn reuse(out: &str) -> BTreeMap<String, (usize, usize)> {
    out.lines()
        .filter_map(|l| {
            let (name, rest) = l.trim().split_once(": reused ")?;
            let (n, rest) = rest.split_once(" of ")?;
            let m = rest.strip_suffix(" item texts")?;
            Some((name.to_owned(), (n.parse().ok()?, m.parse().ok()?)))
        })
        .collect()
}

/// Forget the last run's manifest, so that the next run generates everything again (with the
/// memos the last run left).
fn forget_manifest(dir: &Path) {
    for e in fs::read_dir(dir.join(".polybind/cache")).unwrap() {
        let _ = fs::remove_file(e.unwrap().path().join("run.json"));
    }
}

/// Edits that change what later functions find defined (a helper type or converter first used
/// by the edited function), the context of every function (a record), names, docs and the
/// order of items: after each, the incremental run must equal a run from scratch.
const EDITS: &[(&str, &str, &str)] = &[
    // The first user of `&[Point]`: later ones then define its helpers themselves.
    (
        "callbacks.rs",
        "pub fn measure(points: &[Point],",
        "pub fn measure(points: &[f64],",
    ),
    // Two users of types nothing else uses, the first in the first module, the second late;
    // then the first stops using them: the second, recorded as defining nothing, must now
    // define them.
    (
        "callbacks.rs",
        "pub fn measure(",
        "pub fn early_user(xs: Vec<u16>, o: Option<i16>, f: impl Fn(i16) -> u16) -> u32 {\n    0\n}\n\n#[polybind]\npub fn measure(",
    ),
    (
        "vecs.rs",
        "pub fn sorted_i32(",
        "pub fn late_user(xs: Vec<u16>, o: Option<i16>, f: impl Fn(i16) -> u16) -> u32 {\n    0\n}\n\n#[polybind]\npub fn sorted_i32(",
    ),
    (
        "callbacks.rs",
        "pub fn early_user(xs: Vec<u16>, o: Option<i16>, f: impl Fn(i16) -> u16)",
        "pub fn early_user(xs: u32, o: u32)",
    ),
    (
        "primitives.rs",
        "pub fn echo_u16(x: u16)",
        "pub fn echo_u16(x: u32)",
    ),
    (
        "primitives.rs",
        "/// Echoes an unsigned byte back to the caller.",
        "/// Echoes an unsigned byte back.\n/// Two lines of docs now.",
    ),
    (
        "primitives.rs",
        "pub fn echo_u32(x: u32)",
        "pub fn echo_u32(x: Vec<u16>)",
    ),
    (
        "options.rs",
        "pub fn unwrap_or(x: Option<u32>,",
        "pub fn unwrap_or(x: u32,",
    ),
    (
        "options.rs",
        "pub fn maybe_half(x: i32) -> Option<i32>",
        "pub fn maybe_half(x: i32) -> Option<Vec<i8>>",
    ),
    (
        "primitives.rs",
        "pub fn echo_i8(",
        "pub fn echo_i8_renamed(",
    ),
    (
        "vecs.rs",
        "pub fn make_vec_u32(",
        "pub fn added_first(xs: Vec<Option<u64>>) -> u32 {\n    0\n}\n\n#[polybind]\npub fn make_vec_u32(",
    ),
    ("records.rs", "    pub r: u8,", "    pub r: u16,"),
    (
        "primitives.rs",
        "pub fn echo_u32(x: Vec<u16>)",
        "pub fn echo_u32(x: u32)",
    ),
];

fn every_edit_matches_a_run_from_scratch(python: &str, cpp: &str) {
    let p = project(python, cpp);
    let dir = p.path();
    ok(dir, &[]);
    assert_eq!(common::outputs(dir), cold(dir), "first run");

    // Nothing changed, everything generated again: every recorded text is reused.
    forget_manifest(dir);
    let out = ok(dir, &["--verbose"]);
    let reused = reuse(&out);
    for name in [
        "c-header",
        "c-header-checks",
        "cpp-wrapper",
        "python-api",
        "python-native",
        "python-native-tables",
    ] {
        if name.starts_with("python-native") && python.contains("ctypes") {
            assert!(!reused.contains_key(name), "{out}");
            continue;
        }
        let (n, m) = reused
            .get(name)
            .copied()
            .unwrap_or_else(|| panic!("{name}: {out}"));
        assert!(m > 20 && n == m, "{name}: reused {n} of {m}\n{out}");
    }
    assert_eq!(common::outputs(dir), cold(dir), "everything reused");

    for (i, (file, from, to)) in EDITS.iter().enumerate() {
        edit(dir, file, from, to);
        let jobs = if i % 2 == 0 { "1" } else { "2" };
        let out = ok(dir, &["--verbose", "--jobs", jobs]);
        assert!(out.contains("updated"), "edit {i}: {out}");
        assert_eq!(
            common::outputs(dir),
            cold(dir),
            "edit {i}: {file}: {from} -> {to}"
        );
    }
}

#[test]
fn native_python_and_cpp_exceptions() {
    every_edit_matches_a_run_from_scratch("", "");
}

#[test]
fn ctypes_python_and_cpp_expected() {
    every_edit_matches_a_run_from_scratch(
        "flavour = \"ctypes\"\n",
        "errors = \"expected\"\nnamespace = \"conf\"\n",
    );
}

#[test]
fn an_edited_output_is_not_reused() {
    let p = project("", "");
    let dir = p.path();
    ok(dir, &[]);
    // A person's edit in the middle of the header: the file no longer has the text the memo
    // indexes, so nothing of it is reused (and the edit is refused, then overwritten).
    let header = dir.join("out/c/conformance.h");
    let text = fs::read_to_string(&header).unwrap();
    let at = text.find("echo_u16").unwrap();
    fs::write(&header, format!("{}/* mine */{}", &text[..at], &text[at..])).unwrap();
    for h in [
        "out/cpp/conformance.h",
        "out/python/conformance/conformance.h",
    ] {
        fs::copy(&header, dir.join(h)).unwrap();
    }
    edit(
        dir,
        "primitives.rs",
        "pub fn echo_u16(x: u16)",
        "pub fn echo_u16(x: u32)",
    );
    let (code, _, err) = common::polybind(dir, &["generate"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("edited by hand"), "{err}");
    let out = ok(dir, &["--force", "--verbose"]);
    let reused = reuse(&out);
    assert_eq!(reused.get("c-header").map(|r| r.0), Some(0), "{out}");
    assert!(reused.get("cpp-wrapper").is_some_and(|r| r.0 > 0), "{out}");
    assert_eq!(common::outputs(dir), cold(dir));
}
