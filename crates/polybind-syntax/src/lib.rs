//! Rust syntax → polybind IR. The proc macro lowers one item at a time; the CLI lowers a whole
//! crate (following `mod` declarations). Both go through [`lower_item`], so they can never
//! disagree about what an item means.

mod attrs;
mod crate_walk;
mod depth;
mod fast;
mod file;
mod items;
mod parse_error;
mod types;

pub use attrs::{ItemAttr, doc_of, item_attrs, polybind_attr};
pub use crate_walk::{CrateDiagnostic, CrateError, SourceFile, lower_crate, lower_crate_with};
pub use fast::lower_file as lower_file_fast;
pub use file::{Entry, FileJob, FileLowering, ModuleRef, lower_file, lower_file_with_syn};
pub use items::{item_name, lower_item};
pub use types::{Shape, classify, lower_type};

use proc_macro2::Span;

/// An error about the user's source, with the span it is about.
#[derive(Debug, Clone)]
pub struct LowerError {
    pub span: Span,
    /// The exported item the error is about.
    pub item: String,
    pub message: String,
    pub hint: Option<String>,
}

impl LowerError {
    pub fn new(span: Span, message: impl Into<String>) -> Self {
        LowerError {
            span,
            item: String::new(),
            message: message.into(),
            hint: None,
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn item(mut self, item: impl Into<String>) -> Self {
        if self.item.is_empty() {
            self.item = item.into();
        }
        self
    }

    /// As a `syn::Error`, for `compile_error!` output from the macro.
    pub fn to_syn(&self) -> syn::Error {
        let mut text = format!("polybind: `{}`: {}", self.item, self.message);
        if let Some(h) = &self.hint {
            text.push_str("\nhint: ");
            text.push_str(h);
        }
        syn::Error::new(self.span, text)
    }
}

pub type Errors = Vec<LowerError>;
