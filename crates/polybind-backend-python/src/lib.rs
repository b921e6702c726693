//! polybind's Python backend: an installable, typed Python package over the canonical C ABI.
//!
//! Two flavours share one public API (`api.rs`, over the runtime `runtime/_rt.py`):
//! - `native` (default): a CPython extension in C (`native/`, `METH_FASTCALL`) that includes the
//!   C backend's header and links the library; every call goes from C to the library, and the
//!   package never imports ctypes;
//! - `ctypes`: pure Python, for users without a C compiler.
//!
//! `names` owns every name, `types` the annotations and converters, `package` the packaging
//! files.

mod api;
mod names;
mod native;

/// The C compiler flags of the native flavour's extension build.
pub use native::CFLAGS as NATIVE_CFLAGS;
mod package;
mod sig;
mod types;

use polybind_codegen::{Backend, BackendError, GeneratedFile};
use polybind_ir::ValidLibrary;
use std::collections::BTreeMap;

/// Which glue the package uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Flavour {
    #[default]
    Native,
    Ctypes,
}

/// The Python backend and its `[targets.python]` options.
#[derive(Debug, Clone, Default)]
pub struct PythonBackend {
    pub flavour: Flavour,
    /// The import name of the package (default: the library name).
    pub package: Option<String>,
}

impl PythonBackend {
    /// Build from the `[targets.python]` options: `flavour = "native" | "ctypes"`,
    /// `package = "<name>"`. Any other option is refused with a message naming it.
    pub fn from_options(options: &BTreeMap<String, String>) -> Result<Self, String> {
        let mut b = PythonBackend::default();
        for (k, v) in options {
            match k.as_str() {
                "flavour" => {
                    b.flavour = match v.as_str() {
                        "native" => Flavour::Native,
                        "ctypes" => Flavour::Ctypes,
                        other => {
                            return Err(format!(
                                "the `python` target's `flavour` is `native` or `ctypes`, not `{other}`"
                            ));
                        }
                    }
                }
                "package" => {
                    let ok = !v.is_empty()
                        && !v.starts_with(|c: char| c.is_ascii_digit())
                        && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                    if !ok {
                        return Err(format!(
                            "the `python` target's `package` must be a Python identifier, not `{v}`"
                        ));
                    }
                    b.package = Some(v.clone());
                }
                other => {
                    return Err(format!(
                        "the `python` target has no option `{other}` (it takes `out`, `flavour` and `package`)"
                    ));
                }
            }
        }
        Ok(b)
    }
}

impl Backend for PythonBackend {
    fn name(&self) -> &'static str {
        api::BACKEND
    }

    /// The native flavour ships the C header, shared with other targets.
    fn prepare<'a>(
        &self,
        lib: &'a ValidLibrary,
        memos: &'a polybind_codegen::Memos,
    ) -> Vec<polybind_codegen::Task<'a>> {
        match self.flavour {
            Flavour::Native => polybind_backend_c::CBackend::header_tasks(lib, memos),
            _ => vec![],
        }
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
        let n = names::Names::new(lib.name());
        let package = self.package.clone().unwrap_or_else(|| n.lib().to_owned());
        let has_native = self.flavour == Flavour::Native;
        let cx = api::Cx {
            lib,
            n: &n,
            has_native,
        };
        // The extension's C and the package's Python do not depend on each other: on the CLI's
        // thread pool they are written in parallel (the largest target of a run otherwise
        // leaves the other thread idle).
        let (extension, python) = polybind_codegen::join(
            || {
                has_native
                    .then(|| native::generate(lib, &n, memos))
                    .transpose()
            },
            || api::generate(&cx, memos),
        );
        let mut files = vec![];
        if let Some(extension) = extension? {
            files.push(GeneratedFile {
                path: format!("{package}/_native.c").into(),
                contents: extension,
            });
            files.push(GeneratedFile {
                path: format!("{package}/_native.pyi").into(),
                contents: format!(
                    "# {}\n{}",
                    polybind_codegen::marker(env!("CARGO_PKG_VERSION")),
                    native::STUB
                ),
            });
        }
        files.push(GeneratedFile {
            path: format!("{package}/__init__.py").into(),
            contents: python?,
        });
        files.extend(package::files(lib, &package, self.flavour));
        if self.flavour == Flavour::Native {
            let mut header = polybind_backend_c::CBackend::header_file(lib)?;
            header.path = std::path::Path::new(&package).join(&header.path);
            files.push(header);
        }
        files.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(files)
    }
}
