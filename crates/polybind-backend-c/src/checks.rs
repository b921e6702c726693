//! Load-time checks: the checksum of every item, the layout of every record and tagged enum,
//! the interface hash, and `lib_verify_interface()`, which compares them with the library.

use crate::context::ItemCx;
use crate::header::Header;
use crate::literals::{doc_comment, string_literal};
use polybind_codegen::CodeWriter;
use polybind_codegen::wln;

/// The checks section, and the file-scope names it declares with what each is (claimed by
/// [`claim`] after the items' names). It reads only the library, so it can be written while
/// the items are: it is a third of a large header.
pub(crate) struct Checks {
    pub text: CodeWriter,
    names: Vec<(String, String)>,
}

/// Claim the checks' names after everything else, in their order; the first clash is an error
/// and leaves the section out.
pub(crate) fn claim(h: &mut Header, cx: &ItemCx<'_>, checks: Checks) -> CodeWriter {
    for (name, key) in &checks.names {
        if let Err(e) = h.claim(cx, name, key) {
            h.errors.push(e);
            return CodeWriter::new();
        }
    }
    checks.text
}

pub(crate) fn render(cx: &ItemCx<'_>) -> Checks {
    let mut names = vec![];
    let mut text = CodeWriter::new();
    let w = &mut text;
    let f = cx.fmt;
    // Each item's label, checksum macro and checksum function, named once: a large library has
    // tens of thousands.
    let items: Vec<(String, String, String)> = cx
        .lib
        .item_keys()
        .iter()
        .map(|k| (k.label(), f.checksum_macro(k), f.checksum_fn(k)))
        .collect();
    let layouts = cx.lib.laid_out_types();
    let mut sum = 0u64;
    doc_comment(
        w,
        "The checksums of the items these declarations were generated from.",
    );
    for ((label, m, _), &checksum) in items.iter().zip(cx.lib.item_checksums()) {
        sum = sum.wrapping_add(checksum);
        names.push((m.clone(), format!("the checksum of {label}")));
        wln!(w, "#define {m} UINT64_C(0x{checksum:016x})");
    }
    w.blank();
    doc_comment(w, "The wrapping sum of all checksums.");
    wln!(
        w,
        "#define {} UINT64_C(0x{sum:016x})",
        f.macro_name("INTERFACE_HASH")
    );
    w.blank();
    for (label, _, name) in &items {
        names.push((name.clone(), format!("the checksum function of {label}")));
        wln!(w, "uint64_t {name}(void);");
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
        names.push((layout, format!("the layout function of `{name}`")));
    }
    w.blank();
    doc_comment(
        w,
        "Check that the library is the one this header was generated from: NULL when every checksum\nand layout matches, otherwise the name of the first item that differs.",
    );
    // One table row per check, walked by one loop: a library of thousands of items gets a
    // header a third shorter than with one `if` per item, which every includer parses.
    let mut rows = vec![];
    for (label, m, name) in &items {
        rows.push(format!("{{{name}, {m}, {}}},", string_literal(label)));
    }
    for name in &layouts {
        let t = f.type_name(name);
        rows.push(format!(
            "{{{}, ((uint64_t)sizeof({t}) << 16) | (uint64_t){}, {}}},",
            f.layout_fn(name),
            f.alignof(&t),
            string_literal(&format!("layout of {name}"))
        ));
    }
    w.block(
        &format!(
            "static inline const char *{}(void) {{",
            f.function("verify_interface")
        ),
        "}",
        |w| {
            if rows.is_empty() {
                w.line("return NULL;");
                return;
            }
            w.block(
                "static const struct { uint64_t (*actual)(void); uint64_t expected; const char *what; } checks[] = {",
                "};",
                |w| {
                    for row in &rows {
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
    Checks { text, names }
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
