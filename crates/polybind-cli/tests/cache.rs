//! The cache and `--jobs` end to end: whatever the cache holds (nothing, every file, some
//! files, garbage) and however many threads run, `polybind generate` writes the same bytes.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const LIB: &str = "//! Cache test.\npolybind::setup!();\npub mod shapes;\npub mod util;\n";
const SHAPES: &str = r#"use polybind::polybind;

/// A point.
#[polybind]
#[derive(Clone, Copy)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

#[polybind]
pub fn norm(p: Point) -> f64 {
    (p.x * p.x + p.y * p.y).sqrt()
}
"#;
const UTIL: &str = r#"use polybind::polybind;

#[polybind]
pub fn add(a: u32, b: u32) -> u32 {
    a.wrapping_add(b)
}

#[polybind]
pub fn greet(name: &str) -> String {
    format!("Hello, {name}!")
}

/// An enum: this file takes the `syn` path (and so the cache), the others the fast path.
#[polybind]
pub enum Mode {
    Fast,
    Careful,
}
"#;

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        (
            "Cargo.toml",
            "[package]\nname = \"cached\"\nversion = \"0.1.0\"\nedition = \"2024\"\n",
        ),
        (
            "polybind.toml",
            "[library]\ncrate = \".\"\n\n[targets.c]\n\n[targets.cpp]\n\n[targets.python]\n",
        ),
        ("src/lib.rs", LIB),
        ("src/shapes.rs", SHAPES),
        ("src/util.rs", UTIL),
    ];
    for (path, text) in files {
        let p = dir.path().join(path);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }
    dir
}

/// Run `polybind generate` with `args`; returns (exit code, stdout, stderr).
fn generate(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_polybind"))
        .arg("generate")
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

fn ok(dir: &Path, args: &[&str]) -> String {
    let (code, out, err) = generate(dir, args);
    assert_eq!(code, 0, "{out}{err}");
    out
}

/// What a run without any cache writes, from scratch, for the project as it is now.
fn cold(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let _ = fs::remove_dir_all(dir.join("out"));
    ok(dir, &["--no-cache", "--jobs", "1"]);
    let files = common::outputs(dir);
    assert!(files.len() >= 4, "{:?}", files.keys());
    files
}

fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let p = dir.join(file);
    let text = fs::read_to_string(&p).unwrap();
    assert!(text.contains(from), "{from}");
    fs::write(p, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn warm_runs_write_what_cold_runs_write() {
    let p = project();
    let dir = p.path();
    let reference = cold(dir);
    assert!(
        !dir.join(".polybind").exists(),
        "--no-cache writes no cache"
    );

    // Cold cache, then every file from the cache, on two threads and on one.
    let _ = fs::remove_dir_all(dir.join("out"));
    ok(dir, &[]);
    assert_eq!(common::outputs(dir), reference);
    assert!(dir.join(".polybind/cache").is_dir());
    assert_eq!(
        fs::read_to_string(dir.join(".polybind/.gitignore"))
            .unwrap()
            .lines()
            .last(),
        Some("*")
    );
    // More threads than targets too: work a target splits off may then be taken by a thread
    // that would otherwise run another target (the shared C header once deadlocked that way).
    for jobs in ["1", "2", "3", "8"] {
        let _ = fs::remove_dir_all(dir.join("out"));
        ok(dir, &["--jobs", jobs]);
        assert_eq!(common::outputs(dir), reference, "--jobs {jobs}");
    }

    // One signature changed: one file lowered again, the others from the cache.
    edit(dir, "src/util.rs", "b: u32", "b: u64");
    let out = ok(dir, &["--verbose"]);
    assert!(out.contains("updated"), "{out}");
    let warm = common::outputs(dir);
    assert_ne!(warm, reference);
    assert_eq!(warm, cold(dir), "warm run after a signature change");

    // A body changed: nothing to regenerate, and nothing differs from a cold run.
    ok(dir, &[]);
    edit(dir, "src/util.rs", "a.wrapping_add(b)", "b.wrapping_add(a)");
    let out = ok(dir, &["--verbose"]);
    assert!(!out.contains("updated"), "{out}");
    assert!(out.contains("nothing changed"), "{out}");
    assert_eq!(common::outputs(dir), cold(dir), "after a body change");
}

/// The names of the files in `.polybind/trash`.
fn trash(dir: &Path) -> Vec<PathBuf> {
    match fs::read_dir(dir.join(".polybind/trash")) {
        Ok(entries) => entries.map(|e| e.unwrap().path()).collect(),
        Err(_) => vec![],
    }
}

#[test]
fn replaced_files_wait_in_the_trash_for_a_later_run() {
    let p = project();
    let dir = p.path();
    ok(dir, &[]);
    assert!(trash(dir).is_empty(), "a first run replaces nothing");

    // Every output changes (the interface hash is in each): the old ones go to the trash, with
    // their old content, and none is left beside the outputs.
    let before = common::outputs(dir);
    edit(dir, "src/util.rs", "b: u32", "b: u64");
    ok(dir, &[]);
    let old = trash(dir);
    let trashed: Vec<Vec<u8>> = old.iter().map(|f| fs::read(f).unwrap()).collect();
    let after = common::outputs(dir);
    for (path, content) in &before {
        if after[path] != *content {
            assert!(
                trashed.contains(content),
                "the old {path:?} is in the trash"
            );
        }
    }
    assert!(
        after
            .keys()
            .all(|k| !k.to_string_lossy().ends_with(".polybind-tmp"))
    );

    // A run with nothing to regenerate leaves them (it ends too soon to wait for the disk).
    ok(dir, &[]);
    assert!(old.iter().all(|f| f.exists()));

    // A later run that regenerates removes them beside its own work; one cut short by its exit
    // leaves the rest to the next.
    for i in 0..50 {
        let (from, to) = if i % 2 == 0 {
            ("b: u64", "b: u32")
        } else {
            ("b: u32", "b: u64")
        };
        edit(dir, "src/util.rs", from, to);
        ok(dir, &[]);
        if old.iter().all(|f| !f.exists()) {
            assert_eq!(common::outputs(dir), cold(dir));
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("the trash was never emptied: {:?}", trash(dir));
}

#[test]
fn the_cache_never_hides_a_change() {
    let p = project();
    let dir = p.path();
    ok(dir, &[]);

    // A generated file edited by hand is still refused, though the sources did not change.
    let header = dir.join("out/c/cached.h");
    let text = fs::read_to_string(&header).unwrap();
    fs::write(&header, text.replace("#include", "#include /* mine */")).unwrap();
    let (code, _, err) = generate(dir, &[]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("polybind::generate::edited"), "{err}");
    ok(dir, &["--force"]);

    // Also when a source changed too: the file is not taken as polybind's because the last run
    // wrote it (its length or modification time changed).
    let text = fs::read_to_string(&header).unwrap();
    fs::write(&header, text.replace("#include", "#include /* mine */")).unwrap();
    edit(dir, "src/util.rs", "pub fn add(a: u32", "pub fn add(a: u64");
    let (code, _, err) = generate(dir, &[]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("polybind::generate::edited"), "{err}");
    ok(dir, &["--force"]);

    // A deleted output comes back.
    fs::remove_file(&header).unwrap();
    let out = ok(dir, &[]);
    assert!(out.contains("created"), "{out}");

    // A new module file: found, though every other file is cached.
    edit(
        dir,
        "src/lib.rs",
        "pub mod util;",
        "pub mod util;\npub mod extra;",
    );
    fs::write(
        dir.join("src/extra.rs"),
        "#[polybind::polybind]\npub fn twice(x: i32) -> i32 { x * 2 }\n",
    )
    .unwrap();
    ok(dir, &[]);
    assert!(
        fs::read_to_string(&header)
            .unwrap()
            .contains("cached_twice")
    );

    // `mod util;` now means util/mod.rs once util.rs is gone.
    fs::create_dir_all(dir.join("src/util")).unwrap();
    fs::rename(dir.join("src/util.rs"), dir.join("src/util/mod.rs")).unwrap();
    edit(dir, "src/util/mod.rs", "pub fn add(", "pub fn add_moved(");
    ok(dir, &[]);
    assert!(
        fs::read_to_string(&header)
            .unwrap()
            .contains("cached_add_moved")
    );
    assert_eq!(common::outputs(dir), cold(dir));
}

#[test]
fn a_corrupt_or_foreign_cache_is_ignored() {
    let p = project();
    let dir = p.path();
    ok(dir, &[]);
    let reference = common::outputs(dir);
    let mut entries = 0;
    for version in fs::read_dir(dir.join(".polybind/cache")).unwrap() {
        let version = version.unwrap().path();
        fs::write(version.join("run.json"), "garbage").unwrap();
        for e in fs::read_dir(version.join("files")).unwrap() {
            fs::write(e.unwrap().path(), "{\"version\": \"nope\"").unwrap();
            entries += 1;
        }
    }
    assert!(entries >= 1, "an entry per file lowered through syn");
    edit(dir, "src/shapes.rs", "pub y: f64", "pub y: f32");
    ok(dir, &[]);
    assert_eq!(common::outputs(dir), cold(dir));
    assert_ne!(common::outputs(dir), reference);
    // A cache folder of another version is dropped at the next write.
    let stale = dir.join(".polybind/cache/v0-0.0.0-0000000000000000");
    fs::create_dir_all(&stale).unwrap();
    edit(dir, "src/shapes.rs", "pub y: f32", "pub y: f64");
    ok(dir, &[]);
    assert!(!stale.exists());
}

#[test]
fn jobs_must_be_positive() {
    let p = project();
    let (code, _, err) = generate(p.path(), &["--jobs", "0"]);
    assert_eq!(code, 2, "{err}");
}
