//! polybind's C-header frontend: an existing C library described by its header becomes the same
//! IR as a Rust crate, and generated C stubs implement the canonical C ABI (docs/src/abi.md) by
//! calling the original functions, so every backend binds the C library unchanged.
//!
//! - `parse`: headers → [`model::Header`] through libclang (opened at run time, so polybind
//!   itself never needs it), refusing what cannot cross with a [`Diagnostic`] naming file, line,
//!   column and a fix.
//! - `lower`: [`model::Header`] → [`polybind_ir::Library`].
//! - `stubs`: the [`StubsBackend`], writing the C stubs, the C header they implement and the
//!   Makefile that links them with the library into `lib<name>.so`.

mod lower;
pub mod model;
mod parse;
mod stubs;

pub use lower::lower;
pub use stubs::{Build, StubsBackend};

use polybind_ir::Library;
use std::path::PathBuf;

/// How a C library is read (`[library] c = { ... }` in polybind.toml).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The canonical library's name; it must not be a prefix the header's own names use.
    pub name: String,
    /// The headers to bind, with the path shown in messages.
    pub headers: Vec<(PathBuf, String)>,
    /// Stripped from C names to make IR names (`geo_` turns `geo_shape_area` into `shape_area`).
    pub prefix: String,
    /// Extra `-I` directories (each header's own directory is one already).
    pub include_dirs: Vec<PathBuf>,
    /// `-D` definitions (`NAME` or `NAME=VALUE`).
    pub defines: Vec<String>,
    /// The function releasing a returned `char *` (`free`, or the library's own).
    pub string_free: Option<String>,
    /// Declarations of the headers not to bind (C names).
    pub exclude: Vec<String>,
    /// The status convention of fallible functions, when the library has one.
    pub errors: Option<ErrorConvention>,
}

/// Functions returning the C enum `status` fail unless it is `ok`; their result, if any, is
/// their last parameter, a pointer the function writes (`geo_status geo_parse(const char *,
/// double *out)`). The other constants become the variants of the error enum `Error`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ErrorConvention {
    /// The status enum's C name (typedef or tag).
    pub status: String,
    /// The constant meaning success.
    pub ok: String,
    /// A `const char *f(status)` describing a status, for the error's message; without it the
    /// message is the constant's name.
    pub message: Option<String>,
    /// The IR name of the error enum (default: the status enum's name with `Error` appended,
    /// `cref_status` → `StatusError`; never `Error` or `Status`, which the C and C++ runtimes
    /// use).
    pub name: Option<String>,
}

/// Something the frontend cannot bind, with where and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as shown in [`Options::headers`]; empty for errors about no file.
    pub file: String,
    /// 1-based.
    pub line: usize,
    /// 1-based.
    pub column: usize,
    /// Byte offset in the file, for a labelled snippet.
    pub offset: usize,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    fn global(message: impl Into<String>, hint: impl Into<String>) -> Self {
        Diagnostic {
            file: String::new(),
            line: 0,
            column: 0,
            offset: 0,
            message: message.into(),
            hint: Some(hint.into()),
        }
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if !self.file.is_empty() {
            write!(f, "{}:{}:{}: ", self.file, self.line, self.column)?;
        }
        write!(f, "{}", self.message)?;
        if let Some(h) = &self.hint {
            write!(f, " (hint: {h})")?;
        }
        Ok(())
    }
}

/// The default canonical library name for a header `geo.h`: `geo_pb`, so that the generated
/// `geo_pb_*` symbols never collide with the library's own `geo_*` ones.
pub fn default_name(header: &std::path::Path) -> String {
    let stem = header
        .file_stem()
        .map(|s| heck::ToSnakeCase::to_snake_case(&*s.to_string_lossy()))
        .unwrap_or_default();
    format!("{stem}_pb")
}

/// Parse the headers into the C model and its IR (not yet validated).
pub fn load(options: &Options) -> Result<(model::Header, Library), Vec<Diagnostic>> {
    let header = parse::parse(options)?;
    let lib = lower::lower(&header);
    Ok((header, lib))
}
