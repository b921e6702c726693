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
mod stubs;
mod types;

use polybind_codegen::{Backend, BackendError, GeneratedFile, Memos};

pub use checks::check_exports;
/// Every C name of the header, for backends that call into it (the C++ wrapper, Python's
/// extension module): one rule set, so they cannot drift from the header.
pub use formatter::Formatter as CNames;
/// Words a C name may not be (C11, C23 and C++20 keywords, and the names the header's standard
/// includes define), sorted. Backends that emit C or C++ against this header escape the same
/// words the same way (a trailing `_`), so they share this one list.
pub use formatter::RESERVED as C_RESERVED_WORDS;
pub use formatter::{callback_fragment, primitive_c_type, type_fragment};
/// A C string literal for any text (octal escapes, no trigraphs): for every backend writing C.
pub use literals::string_literal as c_string_literal;
pub use stubs::{StubHelpers, write_stub_runtime};
/// The language-neutral C runtime of generated stubs (error message, buffers, handle table).
pub const RUNTIME_PRELUDE: &str = include_str!("runtime_prelude.c");
use polybind_ir::ValidLibrary;
use std::sync::{Arc, Mutex, OnceLock};

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

    /// The header's text. The C, C++ and Python targets each ship this header, often in one
    /// run and on parallel threads: it is generated once per library ([`ValidLibrary::id`]) and
    /// copied.
    pub fn header(lib: &ValidLibrary) -> Result<String, Vec<BackendError>> {
        Self::header_memo(lib, None)
    }

    /// [`CBackend::header`], generated (if this call is the first for `lib`) through `memos`.
    pub fn header_memo(
        lib: &ValidLibrary,
        memos: Option<&Memos>,
    ) -> Result<String, Vec<BackendError>> {
        type Memo = Arc<OnceLock<Result<String, Vec<BackendError>>>>;
        static LAST: Mutex<Option<(u64, Memo)>> = Mutex::new(None);
        let memo = {
            // A poisoned lock only means another thread panicked while swapping the slot.
            let mut last = LAST.lock().unwrap_or_else(|e| e.into_inner());
            match &*last {
                Some((id, memo)) if *id == lib.id() => memo.clone(),
                _ => {
                    let memo = Memo::default();
                    *last = Some((lib.id(), memo.clone()));
                    memo
                }
            }
        };
        // Threads asking for the same library wait for the first one's result. The CLI asks
        // first, before the targets run in parallel ([`Backend::prepare`]): while the header is
        // generated nothing else is queued, so no thread waits for it in the middle of a split.
        memo.get_or_init(|| header::generate(lib, memos)).clone()
    }
}

impl Backend for CBackend {
    fn name(&self) -> &'static str {
        context::BACKEND
    }

    fn prepare(&self, lib: &ValidLibrary, memos: &Memos) {
        let _ = Self::header_memo(lib, Some(memos));
    }

    fn generate(&self, lib: &ValidLibrary) -> Result<Vec<GeneratedFile>, Vec<BackendError>> {
        Ok(vec![Self::header_file(lib)?])
    }
}
