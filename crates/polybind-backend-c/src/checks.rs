//! Load-time checks: the checksum of every item, the layout of every record and tagged enum,
//! the interface hash, and `lib_verify_interface()`, which compares them with the library.

use crate::context::ItemCx;
use crate::header::Header;
use crate::literals::{doc_comment, string_literal};
use polybind_codegen::{BackendError, CodeWriter};
use polybind_ir::item_checksum;

/// The checks section.
pub(crate) fn section(h: &mut Header, cx: &ItemCx<'_>) -> CodeWriter {
    let mut w = CodeWriter::new();
    if let Err(e) = write(h, cx, &mut w) {
        h.errors.push(e);
    }
    w
}

fn write(h: &mut Header, cx: &ItemCx<'_>, w: &mut CodeWriter) -> Result<(), BackendError> {
    let f = cx.fmt;
    let keys: Vec<_> = cx
        .lib
        .item_keys()
        .into_iter()
        .map(|k| {
            let label = k.label();
            (k, label)
        })
        .collect();
    let layouts = cx.lib.laid_out_types();
    let mut sum = 0u64;
    doc_comment(
        w,
        "The checksums of the items these declarations were generated from.",
    );
    for (key, label) in &keys {
        let checksum = item_checksum(key);
        sum = sum.wrapping_add(checksum);
        let m = f.checksum_macro(key);
        h.claim(cx, &m, &format!("the checksum of {label}"))?;
        w.line(&format!("#define {m} UINT64_C(0x{checksum:016x})"));
    }
    w.blank();
    doc_comment(w, "The wrapping sum of all checksums.");
    w.line(&format!(
        "#define {} UINT64_C(0x{sum:016x})",
        f.macro_name("INTERFACE_HASH")
    ));
    w.blank();
    for (key, label) in &keys {
        let name = f.checksum_fn(key);
        h.claim(cx, &name, &format!("the checksum function of {label}"))?;
        w.line(&format!("uint64_t {name}(void);"));
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
        h.claim(cx, &layout, &format!("the layout function of `{name}`"))?;
        w.line(&format!("uint64_t {layout}(void);"));
    }
    w.blank();
    doc_comment(
        w,
        "Check that the library is the one this header was generated from: NULL when every checksum\nand layout matches, otherwise the name of the first item that differs.",
    );
    w.block(
        &format!(
            "static inline const char *{}(void) {{",
            f.function("verify_interface")
        ),
        "}",
        |w| {
            for (key, label) in &keys {
                w.block(
                    &format!(
                        "if ({}() != {}) {{",
                        f.checksum_fn(key),
                        f.checksum_macro(key)
                    ),
                    "}",
                    |w| {
                        w.line(&format!("return {};", string_literal(label)));
                    },
                );
            }
            for name in &layouts {
                let t = f.type_name(name);
                let expected = format!(
                    "(((uint64_t)sizeof({t}) << 16) | (uint64_t){})",
                    f.alignof(&t)
                );
                w.block(
                    &format!("if ({}() != {expected}) {{", f.layout_fn(name)),
                    "}",
                    |w| {
                        w.line(&format!(
                            "return {};",
                            string_literal(&format!("layout of {name}"))
                        ));
                    },
                );
            }
            w.line("return NULL;");
        },
    );
    Ok(())
}
