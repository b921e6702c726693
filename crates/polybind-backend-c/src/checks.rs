//! Load-time checks: the checksum of every item, the layout of every record and tagged enum,
//! the interface hash, and `lib_verify_interface()`, which compares them with the library.

use crate::context::ItemCx;
use crate::header::{Claim, Header};
use crate::literals::{doc_comment, string_literal};
use polybind_codegen::memo::{self, Hit};
use polybind_codegen::{CodeWriter, Memo, Memos, Version};
use polybind_codegen::{Hex16, wcat, wln};

/// The checks section, and the file-scope names it declares with what each is (claimed by
/// [`claim`] after the items' names). It reads only the library, so it can be written while
/// the items are: it is a third of a large header.
pub(crate) struct Checks {
    pub text: CodeWriter,
    names: Vec<(String, Claim)>,
    /// Each item's three lines, reusable by the next run once placed in the header.
    pub memo: Memo,
}

/// Sections of the checks' [`Memo`] records: an item's checksum macro, its checksum function's
/// declaration and its row in `verify_interface`.
const MACRO: u8 = 0;
const DECL: u8 = 1;
const ROW: u8 = 2;

/// Claim the checks' names after everything else, in their order; the first clash is an error
/// and leaves the section out.
pub(crate) fn claim(h: &mut Header, cx: &ItemCx<'_>, checks: Checks) -> (CodeWriter, Memo) {
    for (name, claim) in checks.names {
        if let Err(e) = h.claim_as(cx, name, claim) {
            h.errors.push(e);
            return (CodeWriter::new(), checks.memo);
        }
    }
    (checks.text, checks.memo)
}

/// The name a checks line declares: `#define NAME ...` or `uint64_t NAME(void);`.
fn declared(line: &str, prefix: &str, end: char) -> Option<String> {
    let rest = line.strip_prefix(prefix)?;
    Some(rest[..rest.find(end)?].to_owned())
}

/// One item's three lines: reused from the last run, or written now.
enum Lines<'m> {
    Reused(Hit<'m>),
    New {
        label: String,
        macro_name: String,
        function: String,
    },
}

pub(crate) fn render(cx: &ItemCx<'_>, memos: Option<&Memos>) -> Checks {
    let mut memo = memo::open(memos, "c-header-checks", cx.lib, &());
    let mut names = vec![];
    let mut text = CodeWriter::new();
    let w = &mut text;
    let f = cx.fmt;
    let keys = cx.lib.item_keys();
    let checksums = cx.lib.item_checksums();
    let item_keys: Vec<u128> = keys
        .iter()
        .zip(checksums)
        .map(|(k, &checksum)| {
            memo.key_hashed(memo::checksum_item(k, checksum), Version::default(), 0)
        })
        .collect();
    // Each item's label, checksum macro and checksum function, named once (a large library
    // has tens of thousands), unless the last run's lines can be reused.
    let lines: Vec<Lines<'_>> = keys
        .iter()
        .zip(&item_keys)
        .map(|(k, &key)| match memo.hit(key) {
            Some(hit) => Lines::Reused(hit),
            None => {
                let (macro_name, function) = f.checksum_names(k);
                Lines::New {
                    label: k.label(),
                    macro_name,
                    function,
                }
            }
        })
        .collect();
    let mut ranges = vec![[0..0, 0..0, 0..0]; lines.len()];
    let layouts = cx.lib.laid_out_types();
    let mut sum = 0u64;
    doc_comment(
        w,
        "The checksums of the items these declarations were generated from.",
    );
    // Each of the three sections below makes room for all its lines once it has written a few.
    let section = w.len();
    for (i, (line, &checksum)) in lines.iter().zip(checksums).enumerate() {
        sum = sum.wrapping_add(checksum);
        let start = w.len();
        match line {
            Lines::Reused(hit) => w.raw(hit.text(MACRO)),
            Lines::New { macro_name, .. } => {
                wcat!(
                    w,
                    "#define ",
                    macro_name,
                    " UINT64_C(0x",
                    Hex16::of(checksum),
                    ")"
                );
            }
        }
        ranges[i][0] = start..w.len();
        w.foresee(section, i + 1, lines.len());
    }
    w.blank();
    doc_comment(w, "The wrapping sum of all checksums.");
    wln!(
        w,
        "#define {} UINT64_C(0x{sum:016x})",
        f.macro_name("INTERFACE_HASH")
    );
    w.blank();
    let section = w.len();
    for (i, line) in lines.iter().enumerate() {
        let start = w.len();
        match line {
            Lines::Reused(hit) => w.raw(hit.text(DECL)),
            Lines::New { function, .. } => wcat!(w, "uint64_t ", function, "(void);"),
        }
        ranges[i][1] = start..w.len();
        w.foresee(section, i + 1, lines.len());
    }
    // Claimed in the order the lines are written: macros, then functions.
    for (what, prefix, end, section) in [
        ("checksum", "#define ", ' ', 0),
        ("checksum function", "uint64_t ", '(', 1),
    ] {
        for (i, line) in lines.iter().enumerate() {
            let name = match line {
                Lines::Reused(_) => declared(&w.text()[ranges[i][section].clone()], prefix, end),
                Lines::New {
                    macro_name,
                    function,
                    ..
                } => Some(if section == 0 { macro_name } else { function }.clone()),
            };
            names.push((name.unwrap_or_default(), Claim::Check { what, item: i }));
        }
    }
    if !layouts.is_empty() {
        w.blank();
        doc_comment(
            w,
            "`sizeof(T) << 16 | alignof(T)` of each record and tagged enum, as the library sees it.",
        );
    }
    for name in &layouts {
        let layout = f.layout_fn(name);
        wln!(w, "uint64_t {layout}(void);");
        names.push((
            layout,
            Claim::Key(format!("the layout function of `{name}`")),
        ));
    }
    w.blank();
    doc_comment(
        w,
        "Check that the library is the one this header was generated from: NULL when every checksum\nand layout matches, otherwise the name of the first item that differs.",
    );
    // One table row per check, walked by one loop: a library of thousands of items gets a
    // header a third shorter than with one `if` per item, which every includer parses.
    let layout_rows: Vec<String> = layouts
        .iter()
        .map(|name| {
            let t = f.type_name(name);
            format!(
                "{{{}, ((uint64_t)sizeof({t}) << 16) | (uint64_t){}, {}}},",
                f.layout_fn(name),
                f.alignof(&t),
                string_literal(&format!("layout of {name}"))
            )
        })
        .collect();
    w.block(
        &format!(
            "static inline const char *{}(void) {{",
            f.function("verify_interface")
        ),
        "}",
        |w| {
            if lines.is_empty() && layout_rows.is_empty() {
                w.line("return NULL;");
                return;
            }
            w.block(
                "static const struct { uint64_t (*actual)(void); uint64_t expected; const char *what; } checks[] = {",
                "};",
                |w| {
                    let section = w.len();
                    for (i, line) in lines.iter().enumerate() {
                        let start = w.len();
                        match line {
                            Lines::Reused(hit) => w.raw(hit.text(ROW)),
                            Lines::New {
                                label,
                                macro_name,
                                function,
                            } => wcat!(w, "{", function, ", ", macro_name, ", ", string_literal(label), "},"),
                        }
                        ranges[i][2] = start..w.len();
                        w.foresee(section, i + 1, lines.len());
                    }
                    for row in &layout_rows {
                        w.line(row);
                    }
                },
            );
            w.block(
                "for (size_t i = 0; i < sizeof checks / sizeof checks[0]; i++) {",
                "}",
                |w| {
                    w.block(
                        "if (checks[i].actual() != checks[i].expected) {",
                        "}",
                        |w| w.line("return checks[i].what;"),
                    );
                },
            );
            w.line("return NULL;");
        },
    );
    let reused = lines
        .iter()
        .filter(|l| matches!(l, Lines::Reused(_)))
        .count();
    drop(lines);
    for _ in 0..reused {
        memo.reused();
    }
    for (key, [m, d, r]) in item_keys.into_iter().zip(ranges) {
        memo.record(key, Version::default(), &[(MACRO, m), (DECL, d), (ROW, r)]);
    }
    Checks { text, names, memo }
}

/// The definitions of `<lib>_checksum_<key>()`, each returning the header's own constant, and
/// `<lib>_layout_<t>()`, computed by the compiler from the header's types: what stubs written in
/// C (over an OCaml or a C library) export for the load-time checks, where a Rust library's
/// macro exports them.
pub fn check_exports(lib: &polybind_ir::ValidLibrary, w: &mut CodeWriter) {
    let c = crate::CNames::new(lib.name());
    w.blank();
    for key in lib.item_keys() {
        wln!(
            w,
            "uint64_t {}(void) {{\n    return {};\n}}",
            c.checksum_fn(&key),
            c.checksum_macro(&key)
        );
    }
    for t in lib.laid_out_types() {
        let ct = c.type_name(t);
        wln!(
            w,
            "uint64_t {}(void) {{\n    return ((uint64_t)sizeof({ct}) << 16) | (uint64_t){};\n}}",
            c.layout_fn(t),
            c.alignof(&ct)
        );
    }
}
