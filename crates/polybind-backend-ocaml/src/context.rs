//! The context every generating function receives instead of a long parameter list.

use crate::names::Names;
use polybind_codegen::BackendError;
use polybind_ir::ValidLibrary;

pub(crate) const BACKEND: &str = "ocaml";

/// How a Rust `Result`'s error reaches OCaml.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Errors {
    /// `Error_name of error_name * string`, raised.
    #[default]
    Exceptions,
    /// `(value, error_name * string) result`, returned.
    Result,
}

pub(crate) struct Cx<'a> {
    pub lib: &'a ValidLibrary,
    pub n: &'a Names,
    pub errors: Errors,
    /// The library can keep foreign closures, so stubs release the runtime lock during calls
    /// (see `runtime/prelude.c`).
    pub threads: bool,
}

impl Cx<'_> {
    pub fn error(&self, item: &str, message: impl Into<String>) -> BackendError {
        BackendError::new(BACKEND, item, message)
    }
}
