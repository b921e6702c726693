//! The item context: what every generating function needs to know about the item at hand.

use crate::formatter::Formatter;
use polybind_codegen::BackendError;
use polybind_ir::{Type, ValidLibrary};

pub(crate) const BACKEND: &str = "c";

/// The library, its names, and the item being generated (for errors).
#[derive(Clone)]
pub(crate) struct ItemCx<'a> {
    pub lib: &'a ValidLibrary,
    pub fmt: &'a Formatter,
    /// The item, or `Object::method`, errors are about.
    pub item: String,
}

impl<'a> ItemCx<'a> {
    pub fn new(lib: &'a ValidLibrary, fmt: &'a Formatter, item: impl Into<String>) -> Self {
        ItemCx {
            lib,
            fmt,
            item: item.into(),
        }
    }

    /// The context of another item (a method, or a type defined on demand).
    pub fn sub(&self, item: impl Into<String>) -> Self {
        ItemCx {
            lib: self.lib,
            fmt: self.fmt,
            item: item.into(),
        }
    }

    pub fn error(&self, message: impl Into<String>) -> BackendError {
        BackendError::new(BACKEND, self.item.clone(), message)
    }

    /// The C type of a field, return value or out-parameter.
    pub fn field(&self, ty: &Type) -> Result<String, BackendError> {
        self.fmt.field_type(ty).map_err(|m| self.error(m))
    }

    /// The C type of a parameter.
    pub fn param(&self, ty: &Type) -> Result<String, BackendError> {
        self.fmt.param_type(ty).map_err(|m| self.error(m))
    }

    /// The C type of an argument given to a callback.
    pub fn callback_arg(&self, ty: &Type) -> Result<String, BackendError> {
        self.fmt.callback_arg_type(ty).map_err(|m| self.error(m))
    }

    /// Map a naming error of the formatter to an error about this item.
    pub fn name(&self, name: Result<String, String>) -> Result<String, BackendError> {
        name.map_err(|m| self.error(m))
    }

    /// Escape the names of a field or parameter list, rejecting two that end up equal.
    pub fn idents<'n>(
        &self,
        names: impl IntoIterator<Item = &'n str>,
        taken: &[&str],
    ) -> Result<Vec<String>, BackendError> {
        let mut out: Vec<String> = vec![];
        for n in names {
            let c = self.fmt.ident(n, taken);
            if out.contains(&c) || taken.contains(&c.as_str()) {
                return Err(self.error(format!(
                    "the C name `{c}` of `{n}` is used twice in the same scope"
                )));
            }
            out.push(c);
        }
        Ok(out)
    }
}
