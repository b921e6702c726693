//! The `c-stubs` target: everything that turns a C library into a shared library exporting the
//! canonical C ABI.
//!
//! - `<lib>.h`: the C backend's header, the ABI contract the stubs are compiled against (a
//!   signature that drifts from it is a compile error, not a crash);
//! - `<lib>_stubs.c`: the runtime (the shared prelude of polybind-backend-c, then `prelude.c`),
//!   the conversions of structs and enums (`convert.rs`) and the exported functions
//!   (`calls.rs`);
//! - `Makefile`: the library's sources (or the library itself) and the stubs linked into
//!   `lib<lib>.so` (`make.rs`).

mod calls;
mod convert;
mod make;

pub use make::Build;

use crate::model::Header;
use polybind_backend_c::{CBackend, CNames, StubHelpers, write_stub_runtime};
use polybind_codegen::{Backend, BackendError, CodeWriter, GeneratedFile};
use polybind_ir::ValidLibrary;
use std::collections::BTreeMap;

pub(crate) const BACKEND: &str = "c-stubs";

const PRELUDE: &str = include_str!("prelude.c");

/// Generates the C stubs and Makefile of a C library described by its headers.
#[derive(Debug, Clone, Default)]
pub struct StubsBackend {
    /// The parsed header; `None` when the configured source is not C.
    header: Option<Header>,
    build: Build,
}

impl StubsBackend {
    /// The target takes no options of its own (everything is in `[library] c`).
    pub fn from_options(options: &BTreeMap<String, String>) -> Result<Self, String> {
        match options.keys().next() {
            Some(k) => Err(format!(
                "the `{BACKEND}` target has no option `{k}` (it takes only `out`; the build is configured in `[library] c`)"
            )),
            None => Ok(StubsBackend::default()),
        }
    }

    /// The backend bound to the header it generates stubs for, and how to build the library.
    pub fn with_header(mut self, header: Header, build: Build) -> Self {
        self.header = Some(header);
        self.build = build;
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
        let Some(header) = &self.header else {
            return Err(vec![BackendError::new(
                BACKEND,
                lib.name(),
                "the `c-stubs` target needs a C source: set `c = { headers = [\"include/<lib>.h\"] }` in `[library]`",
            )]);
        };
        let contract = CBackend::header_file(lib)?;
        let stubs = stubs(header, lib).map_err(|e| vec![e])?;
        let name = lib.name();
        Ok(vec![
            contract,
            GeneratedFile {
                path: format!("{name}_stubs.c").into(),
                contents: stubs,
            },
            GeneratedFile {
                path: "Makefile".into(),
                contents: make::makefile(name, &self.build),
            },
        ])
    }
}

fn marker() -> String {
    polybind_codegen::marker(env!("CARGO_PKG_VERSION"))
}

/// The generation context: the header, its validated IR, the C names, and the conversion
/// helpers collected on demand (keyed, so each is written once and in a stable order).
pub(crate) struct Cx<'a> {
    pub header: &'a Header,
    pub lib: &'a ValidLibrary,
    pub c: CNames,
    pub helpers: StubHelpers,
    /// The item errors are about.
    pub item: String,
}

impl Cx<'_> {
    pub fn error(&self, message: impl Into<String>) -> BackendError {
        BackendError::new(BACKEND, self.item.clone(), message)
    }
}

/// The text of `<lib>_stubs.c`.
fn stubs(header: &Header, lib: &ValidLibrary) -> Result<String, BackendError> {
    let mut cx = Cx {
        header,
        lib,
        c: CNames::new(lib.name()),
        helpers: StubHelpers::default(),
        item: String::new(),
    };
    // Functions first: they discover the helpers, which are written before them.
    let mut functions = CodeWriter::new();
    for f in &header.functions {
        cx.function(&mut functions, f)?;
    }
    let mut w = CodeWriter::new();
    w.line(&format!("/* {} */", marker()));
    w.line("/* The canonical C ABI of this C library, implemented by calling its functions. */");
    w.line("#define _POSIX_C_SOURCE 200809L");
    for inc in [
        "<inttypes.h>",
        "<pthread.h>",
        "<stdarg.h>",
        "<stdatomic.h>",
        "<stdio.h>",
        "<stdlib.h>",
        "<string.h>",
    ] {
        w.line(&format!("#include {inc}"));
    }
    for inc in &header.includes {
        w.line(&format!("#include \"{inc}\""));
    }
    w.line(&format!("#include \"{}\"", CBackend::header_name(lib)));
    w.blank();
    w.line(&format!("#define PB_SYM(name) {}_##name", lib.name()));
    let statuses: Vec<&str> = polybind_backend_c::status_names().collect();
    write_stub_runtime(&mut w, &cx.c, &statuses);
    w.line(PRELUDE);
    cx.helpers.write(
        &mut w,
        "/* Conversions between the C ABI's types and the library's, one per type. */",
    );
    cx.checks(&mut w);
    cx.object_frees(&mut w);
    w.blank();
    w.append(&functions);
    Ok(w.finish())
}
