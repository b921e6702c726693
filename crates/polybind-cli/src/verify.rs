//! `polybind verify <library>`: open a compiled library and check that it exports every symbol of
//! the interface, with the same item checksums and record layouts, before a user finds out.

use crate::diagnostics::{Diag, Diags};
use heck::ToSnakeCase;
use polybind_ir::{Type, ValidLibrary, c_layout, item_checksum};
use std::path::Path;

/// What `verify` found.
#[derive(Debug, Default)]
pub struct Report {
    /// Symbols, checksums and layouts that matched.
    pub checked: usize,
    /// One line per mismatch or missing symbol.
    pub problems: Vec<String>,
}

/// The exported functions the interface needs (besides checksums and layouts).
pub fn entry_points(lib: &ValidLibrary) -> Vec<String> {
    let p = lib.name();
    let mut names = vec![format!("{p}_rt_dealloc"), format!("{p}_last_error_message")];
    names.extend(lib.functions().iter().map(|f| format!("{p}_{}", f.name)));
    for o in lib.objects() {
        let snake = o.name.to_snake_case();
        names.extend(o.methods.iter().map(|m| format!("{p}_{snake}_{}", m.name)));
        names.push(format!("{p}_{snake}_free"));
    }
    names
}

pub fn verify(lib: &ValidLibrary, path: &Path) -> Result<Report, Diags> {
    // SAFETY: loading runs the library's initialisers; `verify` is meant for libraries the user
    // built from this interface, and says so in its help.
    let so = unsafe { libloading::Library::new(path) }.map_err(|e| {
        vec![
            Diag::new(
                "polybind::verify",
                format!(
                    "cannot open {}: {}",
                    path.display(),
                    polybind_dyn::with_sources(&e)
                ),
            )
            .help("pass the compiled shared library, e.g. target/debug/lib<crate>.so"),
        ]
    })?;
    let mut report = Report::default();
    let p = lib.name();
    let read_u64 = |symbol: &str| -> Result<u64, String> {
        // SAFETY: checksum and layout symbols are `extern "C" fn() -> u64` by the ABI; the
        // symbol's presence is checked by `get`.
        unsafe {
            let f: libloading::Symbol<'_, unsafe extern "C" fn() -> u64> = so
                .get(symbol.as_bytes())
                .map_err(|_| format!("`{symbol}` is missing"))?;
            Ok(f())
        }
    };
    for name in entry_points(lib) {
        // SAFETY: only the symbol's address is looked up; nothing is called.
        match unsafe { so.get::<*const ()>(name.as_bytes()) } {
            Ok(_) => report.checked += 1,
            Err(_) => report.problems.push(format!("`{name}` is missing")),
        }
    }
    for key in lib.item_keys() {
        let symbol = format!("{p}_checksum_{}", key.symbol_suffix());
        match read_u64(&symbol) {
            Ok(found) if found == item_checksum(&key) => report.checked += 1,
            Ok(found) => report.problems.push(format!(
                "{} differs: the library was built from another version of it (checksum {found:#018x}, expected {:#018x})",
                key.label(),
                item_checksum(&key)
            )),
            Err(e) => report.problems.push(e),
        }
    }
    for name in lib.laid_out_types() {
        let ty = match lib.record(name) {
            Some(_) => Type::Record(name.to_owned()),
            None => Type::Enum(name.to_owned()),
        };
        let Some(expected) = c_layout(lib, &ty) else {
            continue;
        };
        let symbol = format!("{p}_layout_{}", name.to_snake_case());
        match read_u64(&symbol) {
            Ok(found) if found == expected.encoded() => report.checked += 1,
            Ok(found) => report.problems.push(format!(
                "the layout of `{name}` differs: the library has {} bytes aligned to {}, the interface needs {} aligned to {}",
                found >> 16,
                found & 0xffff,
                expected.size,
                expected.align
            )),
            Err(e) => report.problems.push(e),
        }
    }
    Ok(report)
}
