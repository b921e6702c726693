//! The `ocaml-stubs` target: everything that turns an OCaml library into a shared library
//! exporting the canonical C ABI.
//!
//! - `<lib>.h`: the C backend's header, the ABI contract the stubs are compiled against (a
//!   signature that drifts from it is a compile error, not a crash);
//! - `<lib>_stubs.c`: the runtime (`prelude.c`), one conversion helper per type shape
//!   (`convert.rs`, `convert_out.rs`) and the exported functions (`calls.rs`);
//! - `<lib>_polybind.ml` and `dune`: the registration of every value and the dune rules
//!   building `lib<lib>.so` (`ocaml.rs`).

mod calls;
mod convert;
mod convert_out;
mod cx;
mod ocaml;

use crate::model::Interface;
use cx::{BACKEND, Cx};
use polybind_backend_c::{CBackend, write_stub_runtime};
use polybind_codegen::{Backend, BackendError, CodeWriter, GeneratedFile};
use polybind_ir::ValidLibrary;
use std::collections::BTreeMap;

/// The registered name of the exception classifier (`<lib>.<CLASSIFY>`).
const CLASSIFY: &str = "polybind_classify_exception";

const PRELUDE: &str = include_str!("prelude.c");

/// Generates the C stubs, registration module and dune rules of an OCaml interface.
#[derive(Debug, Clone, Default)]
pub struct StubsBackend {
    /// The parsed interface; `None` when the configured source is not OCaml.
    iface: Option<Interface>,
    /// The dune library holding the user's modules (default: the library name).
    dune_library: Option<String>,
}

impl StubsBackend {
    /// Accepts `dune_library = "<name>"`.
    pub fn from_options(options: &BTreeMap<String, String>) -> Result<Self, String> {
        let mut b = StubsBackend::default();
        for (k, v) in options {
            match k.as_str() {
                "dune_library" => b.dune_library = Some(v.clone()),
                other => {
                    return Err(format!(
                        "the `ocaml-stubs` target has no option `{other}` (it takes `out` and `dune_library`)"
                    ));
                }
            }
        }
        Ok(b)
    }

    /// The backend bound to the interface it generates stubs for.
    pub fn with_interface(mut self, iface: Interface) -> Self {
        self.iface = Some(iface);
        self
    }
}

impl Backend for StubsBackend {
    fn name(&self) -> &'static str {
        BACKEND
    }

    /// The C header, shared with other targets.
    fn prepare<'a>(
        &self,
        lib: &'a ValidLibrary,
        memos: &'a polybind_codegen::Memos,
    ) -> Vec<polybind_codegen::Task<'a>> {
        CBackend::header_tasks(lib, memos)
    }

    fn generate(&self, lib: &ValidLibrary) -> Result<Vec<GeneratedFile>, Vec<BackendError>> {
        let Some(iface) = &self.iface else {
            return Err(vec![BackendError::new(
                BACKEND,
                lib.name(),
                "the `ocaml-stubs` target needs an OCaml source: set `ocaml = [\"src/<lib>.mli\"]` in `[library]`",
            )]);
        };
        let header = CBackend::header_file(lib)?;
        let stubs = stubs(iface, lib).map_err(|e| vec![e])?;
        let name = lib.name();
        let dune_library = self.dune_library.as_deref().unwrap_or(name);
        Ok(vec![
            header,
            GeneratedFile {
                path: format!("{name}_stubs.c").into(),
                contents: stubs,
            },
            GeneratedFile {
                path: format!("{name}_polybind.ml").into(),
                contents: ocaml::registration(iface, name),
            },
            GeneratedFile {
                path: "dune".into(),
                contents: ocaml::dune(name, dune_library),
            },
        ])
    }
}

/// `if (cond) { .. } else { .. }`, with `} else {` on one line.
fn if_else(
    w: &mut CodeWriter,
    cond: &str,
    then: impl FnOnce(&mut CodeWriter),
    otherwise: impl FnOnce(&mut CodeWriter),
) {
    w.line(&format!("if ({cond}) {{"));
    w.indent();
    then(w);
    w.dedent();
    w.line("} else {");
    w.indent();
    otherwise(w);
    w.dedent();
    w.line("}");
}

fn marker() -> String {
    polybind_codegen::marker(env!("CARGO_PKG_VERSION"))
}

/// The text of `<lib>_stubs.c`.
fn stubs(iface: &Interface, lib: &ValidLibrary) -> Result<String, BackendError> {
    let mut cx = Cx::new(iface, lib);
    // Functions first: they discover the helpers, which are written before them.
    let mut functions = CodeWriter::new();
    for v in &iface.values {
        cx.function(&mut functions, v)?;
    }
    let mut w = CodeWriter::new();
    w.line(&format!("/* {} */", marker()));
    w.line("/* The canonical C ABI of this OCaml library, implemented on the OCaml runtime. */");
    w.line("#define _GNU_SOURCE");
    for inc in [
        "<inttypes.h>",
        "<pthread.h>",
        "<signal.h>",
        "<stdarg.h>",
        "<stdatomic.h>",
        "<stdio.h>",
        "<stdlib.h>",
        "<string.h>",
        "<caml/alloc.h>",
        "<caml/callback.h>",
        "<caml/memory.h>",
        "<caml/mlvalues.h>",
        "<caml/printexc.h>",
    ] {
        w.line(&format!("#include {inc}"));
    }
    w.line(&format!("#include \"{}\"", CBackend::header_name(lib)));
    w.blank();
    w.line(&format!("#define PB_LIB \"{}\"", lib.name()));
    write_stub_runtime(
        &mut w,
        &cx.c,
        &["OK", "ERROR", "PANIC", "INVALID_HANDLE", "INVALID_ARGUMENT"],
    );
    w.line(PRELUDE);
    cx.closures(&mut w);
    cx.helpers.write(
        &mut w,
        "/* Conversions between the C ABI and OCaml values, one per type shape. */",
    );
    cx.runtime_exports(&mut w);
    cx.checks(&mut w);
    cx.object_frees(&mut w);
    w.append(&functions);
    Ok(w.finish())
}
