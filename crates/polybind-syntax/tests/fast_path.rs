//! The fast path of `lower_file` answers exactly what the `syn` path answers, on every Rust file
//! of the repository it accepts (and on crafted ones), and accepts the plain files it is for.

use polybind_syntax::{FileJob, FileLowering, SourceFile, lower_file_fast, lower_file_with_syn};
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn job(path: &Path, text: &str, is_root: bool) -> FileJob {
    FileJob {
        path: path.to_path_buf(),
        source: SourceFile {
            path: PathBuf::from("shown").join(path.file_name().unwrap()),
            text: Arc::new(text.to_owned()),
        },
        is_root,
    }
}

fn same(a: &FileLowering, b: &FileLowering) -> bool {
    a.docs == b.docs && a.has_setup == b.has_setup && a.entries == b.entries
}

/// Fast and syn agree whenever the fast path answers; returns how many items it lowered (`None`:
/// it did not answer).
fn agree(path: &Path, text: &str, is_root: bool) -> Option<usize> {
    let j = job(path, text, is_root);
    let fast = lower_file_fast(&j)?;
    let slow = lower_file_with_syn(&j);
    assert!(
        slow.diagnostics.is_empty(),
        "{}: the fast path accepted a file the syn path reports errors in: {:?}",
        path.display(),
        slow.diagnostics
            .iter()
            .map(|d| &d.message)
            .collect::<Vec<_>>()
    );
    assert!(
        same(&fast, &slow),
        "{}: fast {:#?}\nsyn {:#?}",
        path.display(),
        fast.entries,
        slow.entries
    );
    Some(
        fast.entries
            .iter()
            .filter(|e| matches!(e, polybind_syntax::Entry::Items { .. }))
            .count(),
    )
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if p.is_dir() && !matches!(name, "target" | ".git" | "node_modules") {
            rust_files(&p, out);
        } else if name.ends_with(".rs") {
            out.push(p);
        }
    }
}

#[test]
fn agrees_with_syn_on_every_file_of_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = vec![];
    for dir in ["crates", "conformance", "examples", "bench", "xtask"] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 100, "{} files", files.len());
    let (mut accepted, mut items) = (0, 0);
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for is_root in [false, true] {
            if let Some(n) = agree(f, &text, is_root) {
                accepted += 1;
                items += n;
            }
        }
    }
    eprintln!(
        "accepted {accepted} of {} files, {items} items",
        files.len() * 2
    );
    // Files with enums, impl blocks, generics... take the syn path; plain ones do not.
    assert!(
        accepted > 20 && items > 10,
        "the fast path accepted only {accepted} of {} files, with {items} items",
        files.len() * 2
    );
}

const PLAIN: &str = r##"//! A module of plain items.
//!
//! Second paragraph.

use polybind::polybind;
use std::collections::BTreeMap as Map;

/// A record: an identifier,
/// and a position.
#[polybind]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rec0001 {
    /// Identifier.
    pub id: u32,
    pub(crate) x: f64,
    #[allow(dead_code)]
    y: Option<Vec<String>>,
}

/// Function 1.
#[polybind]
pub fn f_00001(a: u32, b: u32,) -> u32 {
    let s = "}"; let c = '{'; let r = r#"}"#; 'outer: loop { break 'outer; }
    a.wrapping_mul(31).wrapping_add(b)
}

#[polybind]
#[inline]
pub fn takes(r: Rec0001, name: &str, xs: &[f64], ys: &mut [u8], v: Vec<Option<i64>>) -> () {}

#[polybind]
fn nothing() {}

fn private(x: impl Fn() -> u32) -> impl Fn() -> u32 { x }

impl Rec0001 {
    pub fn new() -> Self { todo!() }
}

pub mod inline {
    /// Inside.
    #[polybind]
    pub fn inner(x: bool) -> Vec<u8> { vec![] }
    mod deeper;
}

#[cfg(test)]
mod tests;

const C: [u8; 2] = [1, { 2 }];
static S: &str = "x";
type T = Map<u32, u32>;
macro_rules! m { () => {}; }
m!();
polybind::setup!();
"##;

#[test]
fn plain_files_take_the_fast_path_and_agree() {
    assert_eq!(agree(Path::new("src/lib.rs"), PLAIN, true), Some(5));
    assert_eq!(agree(Path::new("src/m01.rs"), PLAIN, false), Some(5));
    let fast = lower_file_fast(&job(Path::new("src/lib.rs"), PLAIN, true)).unwrap();
    assert!(fast.has_setup);
    assert_eq!(fast.entries.len(), 7, "{:#?}", fast.entries);
}

#[test]
fn other_forms_take_the_syn_path() {
    for item in [
        "#[polybind(blocking)]\npub fn f() {}",
        "#[polybind::polybind]\npub fn f() {}",
        "#[polybind]\npub fn f<T>(x: T) {}",
        "#[polybind]\npub fn f(x: u32) -> Result<u32, E> { Ok(x) }",
        "#[polybind]\npub fn f(mut x: u32) {}",
        "#[polybind]\npub fn f(x: &Point) {}",
        "#[polybind]\npub fn f(x: crate::m::Point) {}",
        "#[polybind]\npub fn f(x: impl Fn(u32)) {}",
        "#[polybind]\npub fn f(x: char) {}",
        "#[polybind]\npub async fn f() {}",
        "#[polybind]\npub fn f() -> u32 where u32: Copy { 1 }",
        "#[polybind]\npub enum E { A }",
        "#[polybind]\nimpl X { pub fn f(&self) {} }",
        "#[polybind]\npub struct S(u32);",
        "#[polybind]\npub struct S<T> { x: T }",
        "#[doc = \"explicit\"]\n#[polybind]\npub fn f() {}",
        "#[path = \"other.rs\"]\nmod m;",
        "#![allow(dead_code)]\n#[polybind]\npub fn f() {}",
        "/** block */\n#[polybind]\npub fn f() {}",
        "#[polybind]\npub fn r#type() {}",
        "impl<const N: usize> X<{ N }> for Y {}\n#[polybind]\npub fn f() {}",
    ] {
        let j = job(Path::new("src/m.rs"), item, false);
        assert!(lower_file_fast(&j).is_none(), "{item}");
    }
}
