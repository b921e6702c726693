//! Whole crates: module files are followed in declaration order, whatever order their
//! lowerings come back in batches, and function bodies never matter.

use polybind_ir as ir;
use polybind_syntax::{
    CrateError, Entry, FileJob, FileLowering, lower_crate, lower_crate_with, lower_file,
};
use std::fs;
use std::path::Path;

const LIB: &str = r#"//! Root docs.
polybind::setup!();
use polybind::polybind;

#[polybind]
pub fn first() -> u32 { 1 }

pub mod a;

pub mod inline {
    use polybind::polybind;
    #[polybind]
    pub fn in_inline(x: u8) -> u8 { x }
    pub mod b;
}

#[path = "other/c_file.rs"]
mod c;

#[polybind]
pub fn last() {}
"#;

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, text).unwrap();
}

fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "src/lib.rs", LIB);
    write(
        d,
        "src/a.rs",
        "#[polybind::polybind]\npub struct Pt { pub x: f64 }\npub mod deep;\n#[polybind::polybind]\npub fn in_a(p: Pt) -> f64 { let q = p; q.x }\n",
    );
    write(
        d,
        "src/a/deep.rs",
        "#[polybind::polybind]\npub fn in_deep() -> bool { true && { false } }\n",
    );
    write(
        d,
        "src/inline/b.rs",
        "#[polybind::polybind]\npub fn in_b() {}\n",
    );
    write(
        d,
        "src/other/c_file.rs",
        "#[polybind::polybind]\npub const LIMIT: u32 = 7;\n",
    );
    dir
}

fn names(lib: &ir::Library) -> Vec<&str> {
    lib.items.iter().map(|i| i.name()).collect()
}

#[test]
fn items_come_in_declaration_order_with_their_modules() {
    let dir = fixture();
    let root = dir.path().join("src/lib.rs");
    let lib = lower_crate(&root, "demo", dir.path()).unwrap();
    assert_eq!(
        names(&lib),
        [
            "first",
            "Pt",
            "in_deep",
            "in_a",
            "in_inline",
            "in_b",
            "LIMIT",
            "last"
        ]
    );
    assert_eq!(lib.docs, "Root docs.");
    let module = |n: &str| lib.modules.get(n).cloned().unwrap_or_default();
    assert_eq!(module("first"), Vec::<String>::new());
    assert_eq!(module("in_deep"), ["a", "deep"]);
    assert_eq!(module("in_b"), ["inline", "b"]);
    assert_eq!(module("LIMIT"), ["c"]);
    let ir::Item::Function(f) = &lib.items[2] else {
        panic!()
    };
    let loc = f.location.as_ref().unwrap();
    assert_eq!((loc.file.as_str(), loc.line), ("src/a/deep.rs", 2));
}

#[test]
fn batches_follow_the_module_tree_and_the_result_does_not_depend_on_how_files_are_lowered() {
    let dir = fixture();
    let root = dir.path().join("src/lib.rs");
    let mut batches: Vec<Vec<String>> = vec![];
    // Lower each batch back to front, as a thread pool might finish them.
    let lib = lower_crate_with(&root, "demo", dir.path(), &mut |jobs: &[FileJob]| {
        batches.push(
            jobs.iter()
                .map(|j| j.source.path.display().to_string())
                .collect(),
        );
        let mut out: Vec<FileLowering> = jobs.iter().rev().map(lower_file).collect();
        out.reverse();
        out
    })
    .unwrap();
    assert_eq!(
        batches,
        [
            vec!["src/lib.rs"],
            vec!["src/a.rs", "src/inline/b.rs", "src/other/c_file.rs"],
            vec!["src/a/deep.rs"],
        ]
    );
    assert_eq!(lib, lower_crate(&root, "demo", dir.path()).unwrap());
}

#[test]
fn bodies_are_not_parsed_and_do_not_change_the_lowering() {
    let job = |text: &str| FileJob {
        path: "src/x.rs".into(),
        source: polybind_syntax::SourceFile {
            path: "src/x.rs".into(),
            text: std::sync::Arc::new(text.to_owned()),
        },
        is_root: false,
    };
    let a = lower_file(&job("#[polybind]\npub fn f(x: u32) -> u32 { x + 1 }\n"));
    let b = lower_file(&job(
        "#[polybind]\npub fn f(x: u32) -> u32 { match x { _ => { 2 } } }\n",
    ));
    assert!(a.diagnostics.is_empty() && b.diagnostics.is_empty());
    assert_eq!(a.entries, b.entries);
    assert!(matches!(&a.entries[0], Entry::Items { items, .. } if items.len() == 1));
    // Qualified functions, items that only look like functions, and a shebang.
    let mixed = lower_file(&job(
        "#[polybind]\npub const fn k() -> u8 { 3 }\nextern \"C\" { fn ext(); }\nunsafe impl Send for X {}\n#[polybind]\npub const N: u8 = 1;\n",
    ));
    assert!(mixed.diagnostics.is_empty(), "{:?}", mixed.diagnostics);
    assert_eq!(mixed.entries.len(), 2);
    // Broken Rust outside a body is still reported, with its place.
    let broken = lower_file(&job("#[polybind]\npub fn f(x: ) {}\n"));
    assert_eq!(broken.diagnostics.len(), 1);
    assert_eq!(broken.diagnostics[0].line, 2);
    assert!(
        lower_file(&job("#!/usr/bin/env run\nfn main() {}\n"))
            .diagnostics
            .is_empty()
    );
}

#[test]
fn a_missing_module_file_is_reported_where_it_is_declared() {
    let dir = fixture();
    fs::remove_file(dir.path().join("src/inline/b.rs")).unwrap();
    let err = lower_crate(&dir.path().join("src/lib.rs"), "demo", dir.path()).unwrap_err();
    let CrateError::Diagnostics(d) = err else {
        panic!("{err}")
    };
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].message, "cannot find the file of module `b`");
    assert_eq!(
        (d[0].line, d[0].file.path.display().to_string()),
        (14, "src/lib.rs".into())
    );
    assert_eq!(
        d[0].hint.as_deref(),
        Some("looked for src/inline/b.rs and src/inline/b/mod.rs")
    );
}

#[test]
fn a_module_file_that_is_not_utf8_is_reported_at_its_first_bad_byte() {
    let dir = fixture();
    fs::write(
        dir.path().join("src/a.rs"),
        b"// ok\n// caf\xe9 au lait\npub fn f() {}\n",
    )
    .unwrap();
    let err = lower_crate(&dir.path().join("src/lib.rs"), "demo", dir.path()).unwrap_err();
    let CrateError::Diagnostics(d) = err else {
        panic!("{err}")
    };
    assert_eq!(d.len(), 1);
    assert_eq!(
        d[0].message,
        "the file is not UTF-8: the byte 0xe9 here does not begin a valid character"
    );
    assert_eq!(
        (d[0].file.path.display().to_string(), d[0].line, d[0].column),
        ("src/a.rs".into(), 2, 7)
    );
    assert_eq!(&d[0].file.text[d[0].offset..d[0].offset + 3], "\u{fffd}");
}
