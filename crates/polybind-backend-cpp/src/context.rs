//! The item context: the library, its names, and the item being generated (for errors).

use crate::formatter::Formatter;
use polybind_codegen::BackendError;
use polybind_ir::{Type, ValidLibrary};

pub(crate) const BACKEND: &str = "cpp";

#[derive(Clone)]
pub(crate) struct ItemCx<'a> {
    pub lib: &'a ValidLibrary,
    pub fmt: &'a Formatter,
    pub item: String,
    /// `[targets.cpp] errors = "expected"`: fallible calls return `Expected<T, E>`.
    pub expected: bool,
}

impl<'a> ItemCx<'a> {
    pub fn new(lib: &'a ValidLibrary, fmt: &'a Formatter, item: impl Into<String>) -> Self {
        ItemCx {
            lib,
            fmt,
            item: item.into(),
            expected: false,
        }
    }

    pub fn sub(&self, item: impl Into<String>) -> Self {
        ItemCx {
            item: item.into(),
            ..self.clone()
        }
    }

    pub fn error(&self, message: impl Into<String>) -> BackendError {
        BackendError::new(BACKEND, self.item.clone(), message)
    }

    pub fn name(&self, name: Result<String, String>) -> Result<String, BackendError> {
        name.map_err(|m| self.error(m))
    }

    pub fn c_field(&self, ty: &Type) -> Result<String, BackendError> {
        self.name(self.fmt.c_field_type(ty))
    }

    pub fn c_param(&self, ty: &Type) -> Result<String, BackendError> {
        self.name(self.fmt.c_param_type(ty))
    }

    pub fn cpp(&self, ty: &Type) -> Result<String, BackendError> {
        self.name(self.fmt.cpp_type(ty))
    }
}
