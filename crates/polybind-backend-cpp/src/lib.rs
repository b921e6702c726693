//! polybind's C++ backend: `<lib>.hpp`, a C++17 header-only wrapper over the C header `<lib>.h`
//! (also emitted, so the target directory is self-contained).
//!
//! Objects become move-only RAII classes, error enums a hierarchy of exceptions deriving from
//! `std::exception`, strings `std::string`/`std::string_view`, slices a pointer-and-size
//! [`Span`](prelude.hpp), `Vec` `std::vector`, `Option` `std::optional`, data enums structs holding
//! a `std::variant`, closures any callable, callback interfaces abstract classes. Every function
//! is `inline`: on the primitive path the wrapper is the C call plus one status test.
//!
//! Organised as DESIGN §5 asks: `formatter` owns every name, `context::ItemCx` carries the item at
//! hand, `types` writes type definitions and their conversions on demand (dependencies first),
//! `calls` writes functions, objects, closures and callback interfaces, and `wrapper` assembles
//! the file. Each item is declared in the namespace of its crate module, nested in the library's
//! namespace (`geometry::shapes::Circle` for `crate::shapes::Circle`).

mod calls;
mod context;
mod formatter;
mod types;
mod wrapper;

use polybind_backend_c::CBackend;
use polybind_codegen::{Backend, BackendError, GeneratedFile};
use polybind_ir::ValidLibrary;
use std::collections::BTreeMap;

/// The C++ backend and its `[targets.cpp]` options.
#[derive(Debug, Clone, Default)]
pub struct CppBackend {
    /// The namespace everything is declared in (default: the library's name).
    pub namespace: Option<String>,
    /// How `Result` errors reach C++.
    pub errors: ErrorStyle,
}

/// `[targets.cpp] errors`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ErrorStyle {
    /// `errors = "exceptions"` (the default): an `Err` is thrown as the error enum's exception.
    #[default]
    Exceptions,
    /// `errors = "expected"`: fallible functions return `Expected<T, E>`, error enums are value
    /// types; other failures (panics, stale handles, bad arguments) still throw.
    Expected,
}

/// The options `[targets.cpp]` accepts besides `out`.
pub const OPTIONS: &[&str] = &["errors", "namespace"];

impl CppBackend {
    /// Build the backend from its `[targets.cpp]` options; an unknown option or value is an error
    /// naming it and the accepted ones.
    pub fn from_options(options: &BTreeMap<String, String>) -> Result<Self, String> {
        let mut backend = CppBackend::default();
        for (key, value) in options {
            match key.as_str() {
                "namespace" => {
                    let valid = !value.is_empty()
                        && value.split("::").all(|part| {
                            part.chars()
                                .next()
                                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                                && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                        });
                    if !valid {
                        return Err(format!(
                            "`[targets.cpp] namespace = \"{value}\"` is not a C++ namespace name (use identifiers joined by `::`, e.g. \"acme::geometry\")"
                        ));
                    }
                    backend.namespace = Some(value.clone());
                }
                "errors" => {
                    backend.errors = match value.as_str() {
                        "exceptions" => ErrorStyle::Exceptions,
                        "expected" => ErrorStyle::Expected,
                        _ => {
                            return Err(format!(
                                "`[targets.cpp] errors = \"{value}\"` is not supported: use \"exceptions\" (the default) or \"expected\""
                            ));
                        }
                    };
                }
                other => {
                    return Err(format!(
                        "the `cpp` target has no option `{other}` (it takes `out`, {})",
                        OPTIONS
                            .iter()
                            .map(|o| format!("`{o}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
            }
        }
        Ok(backend)
    }

    /// `<lib>.hpp`
    pub fn header_name(lib: &ValidLibrary) -> String {
        formatter::Formatter::new(lib.name()).file_name()
    }
}

impl Backend for CppBackend {
    fn name(&self) -> &'static str {
        context::BACKEND
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
        self.generate_memo(lib, &polybind_codegen::Memos::default())
    }

    fn generate_memo(
        &self,
        lib: &ValidLibrary,
        memos: &polybind_codegen::Memos,
    ) -> Result<Vec<GeneratedFile>, Vec<BackendError>> {
        let memos = Some(memos);
        let namespace = self
            .namespace
            .clone()
            .unwrap_or_else(|| formatter::Formatter::new(lib.name()).lib().to_owned());
        let hpp = wrapper::generate(lib, &namespace, self.errors, memos)?;
        Ok(vec![
            CBackend::header_file(lib)?,
            GeneratedFile {
                path: Self::header_name(lib).into(),
                contents: hpp,
            },
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn options() {
        let b = CppBackend::from_options(&opts(&[("namespace", "acme::geo")])).unwrap();
        assert_eq!(b.namespace.as_deref(), Some("acme::geo"));
        assert!(CppBackend::from_options(&opts(&[("errors", "exceptions")])).is_ok());
        let e = CppBackend::from_options(&opts(&[("flavour", "x")])).unwrap_err();
        assert!(
            e.contains("no option `flavour`") && e.contains("`namespace`"),
            "{e}"
        );
        let e = CppBackend::from_options(&opts(&[("namespace", "1bad")])).unwrap_err();
        assert!(e.contains("not a C++ namespace"), "{e}");
        let b = CppBackend::from_options(&opts(&[("errors", "expected")])).unwrap();
        assert_eq!(b.errors, ErrorStyle::Expected);
        let e = CppBackend::from_options(&opts(&[("errors", "codes")])).unwrap_err();
        assert!(
            e.contains("use \"exceptions\" (the default) or \"expected\""),
            "{e}"
        );
    }
}
