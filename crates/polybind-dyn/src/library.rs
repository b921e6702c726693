//! Shared libraries and the symbols in them.

use crate::error::{Error, ErrorKind, fail};
use std::ffi::c_void;
use std::marker::PhantomData;

/// An open shared library; closed when dropped (after every [`Symbol`] and plan borrowing it).
#[derive(Debug)]
pub struct Library {
    inner: libloading::Library,
    path: String,
}

impl Library {
    pub(crate) fn new(inner: libloading::Library, path: String) -> Library {
        Library { inner, path }
    }

    /// The path or name the library was opened with.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The address of the function `name`.
    pub fn symbol(&self, name: &str) -> Result<Symbol<'_>, Error> {
        let code =
            crate::raw::lookup(&self.inner, name).map_err(|e| ErrorKind::SymbolNotFound {
                library: self.path.clone(),
                symbol: name.to_string(),
                reason: crate::error::with_sources(&e),
            })?;
        if code.is_null() {
            return fail(ErrorKind::SymbolNotFound {
                library: self.path.clone(),
                symbol: name.to_string(),
                reason: "the symbol's address is null".into(),
            });
        }
        Ok(Symbol::new(code, name.to_string(), PhantomData))
    }
}

/// A function's address, borrowed from its library.
#[derive(Debug, Clone)]
pub struct Symbol<'lib> {
    code: *const c_void,
    name: String,
    _lib: PhantomData<&'lib Library>,
}

impl<'lib> Symbol<'lib> {
    pub(crate) fn new(code: *const c_void, name: String, lib: PhantomData<&'lib Library>) -> Self {
        Symbol {
            code,
            name,
            _lib: lib,
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn address(&self) -> *const c_void {
        self.code
    }
}
