//! polybind's C backend: one C11 header, `<lib>.h`, declaring the canonical C ABI of a library
//! (see `docs/src/abi.md`). The header is also valid C++17, so the C++ backend can build on it.
//!
//! The crate is organised as DESIGN §5 asks: `formatter` owns every name, `context::ItemCx`
//! carries the item being generated, and the header is assembled from sections written by
//! `header` (runtime and order), `types` (type definitions, on demand), `free` (release
//! functions), `decls` (function declarations) and `checks` (load-time checks).

mod checks;
mod context;
mod decls;
mod formatter;
mod free;
mod header;
mod literals;
mod shared;
mod stubs;
mod types;

use polybind_codegen::{Backend, BackendError, GeneratedFile, Memos, Task};

pub use checks::check_exports;
/// Every C name of the header, for backends that call into it (the C++ wrapper, Python's
/// extension module): one rule set, so they cannot drift from the header.
pub use formatter::Formatter as CNames;
/// Words a C name may not be (C11, C23 and C++20 keywords, and the names the header's standard
/// includes define), sorted. Backends that emit C or C++ against this header escape the same
/// words the same way (a trailing `_`), so they share this one list.
pub use formatter::RESERVED as C_RESERVED_WORDS;
pub use formatter::{callback_fragment, primitive_c_type, type_fragment};
pub use header::status_names;
/// A C string literal for any text (octal escapes, no trigraphs): for every backend writing C.
pub use literals::string_literal as c_string_literal;
pub use stubs::{StubHelpers, write_stub_runtime};
/// The language-neutral C runtime of generated stubs (error message, buffers, handle table).
pub const RUNTIME_PRELUDE: &str = include_str!("runtime_prelude.c");
use polybind_ir::ValidLibrary;

/// The C backend. Supports every item and type of the IR; the few things C cannot express (a
/// non-finite float constant, two items whose C names collide, a C name clash with the runtime)
/// are reported as [`BackendError`]s.
#[derive(Debug, Clone, Copy, Default)]
pub struct CBackend;

impl CBackend {
    /// The name of the header generated for `lib`: `<lib>.h`.
    pub fn header_name(lib: &ValidLibrary) -> String {
        formatter::Formatter::new(lib.name()).file_name()
    }

    /// The header as a file of a target's output (the C, C++ and Python targets and the stubs
    /// targets all ship it).
    pub fn header_file(lib: &ValidLibrary) -> Result<GeneratedFile, Vec<BackendError>> {
        Ok(GeneratedFile {
            path: Self::header_name(lib).into(),
            contents: Self::header(lib)?,
        })
    }

    /// The header's text, generated once per library and shared by every target that ships it
    /// (see `shared.rs`).
    pub fn header(lib: &ValidLibrary) -> Result<String, Vec<BackendError>> {
        shared::get(lib)
    }

    /// For a target's [`Backend::prepare`]: claim the header of `lib` and return its generation
    /// through `memos`, which the caller runs beside the targets' other files (two more jobs of
    /// its pool); empty when another target claimed it.
    pub fn header_tasks<'a>(lib: &'a ValidLibrary, memos: &'a Memos) -> Vec<Task<'a>> {
        shared::tasks(lib, memos)
    }
}

impl Backend for CBackend {
    fn name(&self) -> &'static str {
        context::BACKEND
    }

    fn prepare<'a>(&self, lib: &'a ValidLibrary, memos: &'a Memos) -> Vec<Task<'a>> {
        Self::header_tasks(lib, memos)
    }

    fn generate(&self, lib: &ValidLibrary) -> Result<Vec<GeneratedFile>, Vec<BackendError>> {
        Ok(vec![Self::header_file(lib)?])
    }
}
