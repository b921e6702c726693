//! polybind's OCaml frontend: an OCaml library's `.mli` files become the same IR as a Rust crate,
//! and generated C stubs implement the canonical C ABI (docs/src/abi.md) on top of the OCaml
//! runtime, so every backend binds the OCaml implementation unchanged.
//!
//! - `parse`: `.mli` → [`model::Interface`] (tree-sitter's OCaml interface grammar), refusing
//!   what cannot cross with a [`Diagnostic`] naming file, line and a fix.
//! - `lower`: [`model::Interface`] → [`polybind_ir::Library`].
//! - `stubs`: the [`StubsBackend`], writing the C stubs, the C header they implement, the OCaml
//!   registration module and the dune project that links them into `lib<name>.so`.

mod lower;
pub mod model;
mod parse;
mod stubs;

pub use lower::{ir_type, lower};
pub use parse::module_name;
pub use stubs::StubsBackend;

use polybind_ir::Library;

/// One `.mli` file: its path as shown in messages, and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

/// Something the frontend cannot bind, with where and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as given in [`SourceFile::path`]; empty for errors about no file.
    pub file: String,
    /// 1-based.
    pub line: usize,
    /// 1-based.
    pub column: usize,
    /// Byte offset and length in the file, for a labelled snippet.
    pub offset: usize,
    pub len: usize,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    fn global(message: String) -> Self {
        Diagnostic {
            file: String::new(),
            line: 0,
            column: 0,
            offset: 0,
            len: 0,
            message,
            hint: None,
        }
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )?;
        if let Some(h) = &self.hint {
            write!(f, " (hint: {h})")?;
        }
        Ok(())
    }
}

/// The IR name of an OCaml type or constructor (`point` → `Point`, `Not_found` → `NotFound`).
pub fn ir_type_name(ocaml: &str) -> String {
    parse::ir_name(ocaml)
}

/// Parse `files` into the OCaml model and its IR (not yet validated).
pub fn load(
    files: &[SourceFile],
    name: &str,
) -> Result<(model::Interface, Library), Vec<Diagnostic>> {
    let iface = parse::parse(files, name)?;
    let lib = lower::lower(&iface);
    Ok((iface, lib))
}
