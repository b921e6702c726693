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
    // Attributes and visibilities in the forms syn reads are plain too.
    let forms = "#[polybind]\n#[must_use = \"why\"]\n#[cfg_attr(test, derive(Debug))]\n#[unsafe(no_mangle)]\n#[rustfmt::skip]\npub(in crate::a) fn f() {}\n#[polybind]\npub(super) struct S { pub(self) x: u32, pub(crate) y: u32 }\n";
    assert_eq!(agree(Path::new("src/m01.rs"), forms, false), Some(2));
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
        // Forms syn refuses, which the fast path must not read as something else.
        "#[polybind]\npub struct S { pub(crte) x: u32 }",
        "#[polybind]\npub struct S { pub(in) x: u32 }",
        "#[polybind]\n#[derive*(Debug)]\npub struct S { x: u32 }",
        "#[polybind]\npub struct S { #[a!llow(dead_code)] x: u32 }",
        "#[polybind]\n#[inline&]\npub fn f() {}",
        "#[polybind]\n#[must_use = 1 + 2]\npub fn f() -> u32 { 1 }",
        "#[polybind]\npub fn f(box: u32) {}",
        "#[polybind]\npub fn f(x: try) {}",
        "#[polybind]\npub fn r#try() {}",
    ] {
        let j = job(Path::new("src/m.rs"), item, false);
        assert!(lower_file_fast(&j).is_none(), "{item}");
    }
}

/// Both paths on a file: neither may panic, and where both accept it they must agree.
/// Returns the fast path's lowering where it answered though the syn path reported an error
/// (an error in what the fast path skips unread: a body, another item).
fn robust(text: &str) -> Option<FileLowering> {
    let j = job(Path::new("src/m01.rs"), text, false);
    let fast = lower_file_fast(&j)?;
    let slow = lower_file_with_syn(&j);
    if slow.diagnostics.is_empty() {
        assert!(
            same(&fast, &slow),
            "{text}\nfast {:#?}\nsyn {:#?}",
            fast.entries,
            slow.entries
        );
        return None;
    }
    Some(fast)
}

/// The exported items of a lowering, in order.
fn items(l: &FileLowering) -> Vec<&polybind_ir::Item> {
    l.entries
        .iter()
        .flat_map(|e| match e {
            polybind_syntax::Entry::Items { items, .. } => items.iter().collect(),
            polybind_syntax::Entry::Module(_) => vec![],
        })
        .collect()
}

/// A fixed xorshift: the same cases every run.
fn xorshift() -> impl FnMut() -> usize {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state as usize
    }
}

/// Characters that matter to the lexer and the parser.
const PUT: &[u8] = b"{}()[]<>\"'#/*!:;,&-= \nr_bx0";

#[test]
fn mutated_files_never_panic_and_agree_where_both_accept() {
    let text = PLAIN;
    // Every prefix, and the file without each one of its characters.
    for end in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
        robust(&text[..end]);
    }
    for (i, _) in text.char_indices() {
        let mut t = text.to_owned();
        t.remove(i);
        robust(&t);
    }
    // One to three characters replaced, put in or taken out anywhere.
    let mut next = xorshift();
    for _ in 0..3000 {
        let mut t = text.as_bytes().to_vec();
        for _ in 0..1 + next() % 3 {
            let at = next() % t.len();
            let c = PUT[next() % PUT.len()];
            match next() % 3 {
                0 => t[at] = c,
                1 => t.insert(at, c),
                _ => {
                    t.remove(at);
                }
            }
        }
        if let Ok(t) = String::from_utf8(t) {
            robust(&t);
        }
    }
}

/// A file broken only outside its exported items (a `use` without its `;`, a mangled private
/// function) is either left to syn or read with exactly the items it exports: the fast path
/// never skips past an item's missing end into the items after it.
#[test]
fn a_file_broken_between_exported_items_keeps_them_all() {
    let original = lower_file_with_syn(&job(Path::new("src/m01.rs"), PLAIN, false));
    assert!(original.diagnostics.is_empty());
    let expected = items(&original);
    // The blank-line-separated parts of the file without an exported item, as byte ranges.
    let mut parts = vec![];
    let mut start = 0;
    for part in PLAIN.split("\n\n") {
        if !part.contains("polybind]") {
            parts.push(start..start + part.len());
        }
        start += part.len() + 2;
    }
    let mut next = xorshift();
    let (mut cases, mut broken) = (0, 0);
    for _ in 0..3000 {
        let mut t = PLAIN.as_bytes().to_vec();
        let part = &parts[next() % parts.len()];
        // No line break put in or taken out: the items keep their lines.
        let at = part.start + next() % part.len().max(1);
        let c = match PUT[next() % PUT.len()] {
            b'\n' => b' ',
            c => c,
        };
        match (next() % 3, t[at]) {
            (_, b'\n') => continue,
            (0, _) => t[at] = c,
            (1, _) => t.insert(at, c),
            _ => {
                t.remove(at);
            }
        }
        let Ok(t) = String::from_utf8(t) else {
            continue;
        };
        if let Some(fast) = robust(&t) {
            broken += 1;
            assert_eq!(items(&fast), expected, "{t}");
        }
        cases += 1;
    }
    // The cases exercised what they are for: files the fast path read though syn refused them.
    assert!(broken > 50 && cases > 1000, "{broken} of {cases}");
}
