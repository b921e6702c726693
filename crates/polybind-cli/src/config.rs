//! `polybind.toml`: where the interface comes from and which targets to generate.
//!
//! ```toml
//! [library]
//! crate = "."             # a Rust crate (directory holding Cargo.toml), or
//! # ir = "api.json"       # an IR file (the JSON frontend)
//!
//! [targets.c]
//! out = "out/c"           # relative to this file
//! ```

use crate::diagnostics::{Diag, Diags, ReadError, read_text};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    library: RawLibrary,
    #[serde(default)]
    targets: BTreeMap<toml::Spanned<String>, RawTarget>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLibrary {
    #[serde(rename = "crate")]
    crate_dir: Option<toml::Spanned<PathBuf>>,
    ir: Option<toml::Spanned<PathBuf>>,
    /// OCaml interface files (docs/src/ocaml.md).
    ocaml: Option<toml::Spanned<Vec<PathBuf>>>,
    /// A C library's headers and build (docs/src/c-source.md).
    c: Option<toml::Spanned<crate::c_source::CConfig>>,
    name: Option<toml::Spanned<String>>,
}

#[derive(Debug, Deserialize)]
struct RawTarget {
    out: Option<PathBuf>,
    /// Backend-specific options (`flavour = "ctypes"`, ...), checked by the backend.
    // Spans do not survive `flatten`, so the place of an option is found in the text.
    #[serde(flatten)]
    options: BTreeMap<String, String>,
}

/// One configured target.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TargetConfig {
    /// Output directory (absolute or relative to the working directory).
    pub out: PathBuf,
    /// Backend-specific options, already accepted by the backend.
    pub options: BTreeMap<String, String>,
}

/// Where the interface is read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A Rust crate directory (holding `Cargo.toml`).
    Crate(PathBuf),
    /// An IR JSON file.
    Ir(PathBuf),
    /// OCaml `.mli` files.
    Ocaml(Vec<PathBuf>),
    /// A C library's headers (paths relative to the config's directory).
    C(Box<crate::c_source::CConfig>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The file it was read from.
    pub path: PathBuf,
    /// The directory relative paths are resolved against.
    pub dir: PathBuf,
    pub source: Source,
    /// The library name, when the config states it (it must then match the crate's).
    pub name: Option<String>,
    /// Configured targets, sorted by name.
    pub targets: BTreeMap<String, TargetConfig>,
}

impl Config {
    /// The output directory of a target: the configured one, or `out/<target>`.
    pub fn out_dir(&self, target: &str) -> PathBuf {
        self.targets
            .get(target)
            .map(|t| t.out.clone())
            .unwrap_or_else(|| self.dir.join("out").join(target))
    }

    pub fn load(path: &Path) -> Result<Config, Diags> {
        let text = match read_text(path, "polybind::config::invalid") {
            Ok(t) => t,
            Err(ReadError::NotUtf8(d)) => return Err(vec![*d]),
            Err(ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(vec![Diag::new("polybind::config::missing", format!("no configuration file at {}", path.display()))
                    .help("create a `polybind.toml` (see `docs/src/config.md`), or pass `--config <path>`")]);
            }
            Err(ReadError::Io(e)) => {
                return Err(vec![Diag::new(
                    "polybind::io",
                    format!("cannot read {}: {e}", path.display()),
                )]);
            }
        };
        Self::parse(path, text)
    }

    pub fn parse(path: &Path, text: String) -> Result<Config, Diags> {
        let shown = path.display().to_string();
        let raw: RawConfig = match toml::from_str(&text) {
            Ok(r) => r,
            Err(e) => {
                let message = e.message().to_owned();
                let (offset, len) = e
                    .span()
                    .map(|s| (s.start, s.end - s.start))
                    .unwrap_or((0, 0));
                return Err(vec![Diag::new("polybind::config::invalid", format!("invalid {}: {message}", shown))
                    .at(&shown, text, offset, len, "here")
                    .help("`[library]` takes `crate`, `ir`, `ocaml`, `c` and `name`; `[targets.<name>]` takes `out`")]);
            }
        };
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let dir = if dir.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            dir
        };
        let other = raw.library.crate_dir.is_some() || raw.library.ir.is_some();
        let ocaml =
            crate::ocaml_source::source(raw.library.ocaml.as_ref(), other, &dir, &shown, &text)?;
        let c = crate::c_source::source(
            raw.library.c.as_ref(),
            other || ocaml.is_some(),
            &shown,
            &text,
        )?;
        let ocaml = ocaml.or(c);
        let source = match (&raw.library.crate_dir, &raw.library.ir) {
            (None, None) if let Some(s) = ocaml => s,
            (Some(c), None) => Source::Crate(dir.join(c.get_ref())),
            (None, Some(i)) => Source::Ir(dir.join(i.get_ref())),
            (Some(c), Some(_)) => {
                let s = c.span();
                return Err(vec![Diag::new("polybind::config::invalid", "`[library]` sets both `crate` and `ir`")
                    .at(&shown, text, s.start, s.end - s.start, "one source only")
                    .help("keep `crate = \"...\"` for a Rust crate, or `ir = \"...\"` for an IR JSON file")]);
            }
            (None, None) => {
                return Err(vec![Diag::new("polybind::config::invalid", "`[library]` names no source")
                    .at(&shown, text.clone(), text.find("[library]").unwrap_or(0), "[library]".len(), "in this table")
                    .help("add `crate = \".\"` (a Rust crate) or `ir = \"api.json\"` (an IR file)")]);
            }
        };
        let mut targets = BTreeMap::new();
        for (name, t) in raw.targets {
            if !crate::TARGETS.contains(&name.get_ref().as_str()) {
                let s = name.span();
                return Err(vec![
                    Diag::new(
                        "polybind::config::target",
                        format!("unknown target `{}`", name.get_ref()),
                    )
                    .at(&shown, text, s.start, s.end - s.start, "not a target")
                    .help(format!("known targets: {}", crate::TARGETS.join(", "))),
                ]);
            }
            let out = t
                .out
                .map(|o| dir.join(o))
                .unwrap_or_else(|| dir.join("out").join(name.get_ref()));
            let options = t.options;
            if let Err(message) = crate::backend(name.get_ref(), &options) {
                // Point at the first option's key within the target's table.
                let table = name.span().start;
                let s = options
                    .keys()
                    .find_map(|k| {
                        let at = table + text[table..].find(&format!("\n{k}"))? + 1;
                        Some(at..at + k.len())
                    })
                    .unwrap_or_else(|| name.span());
                return Err(vec![
                    Diag::new("polybind::config::option", message)
                        .at(&shown, text, s.start, s.end - s.start, "here")
                        .help(format!(
                            "see docs/src/{}.md for the options of this target",
                            name.get_ref()
                        )),
                ]);
            }
            targets.insert(name.into_inner(), TargetConfig { out, options });
        }
        Ok(Config {
            path: path.to_path_buf(),
            dir,
            source,
            name: raw.library.name.map(|n| n.into_inner()),
            targets,
        })
    }
}

/// The error for a `[library]` that sets the source `key` besides another one; `keep` shows the
/// entry (`ocaml = [...]`) and `what` the library it is for. `at` places it on the entry.
pub(crate) fn two_sources(
    at: impl Fn(Diag, &str) -> Diag,
    key: &str,
    keep: &str,
    what: &str,
) -> Diags {
    vec![
        at(
            Diag::new(
                "polybind::config::invalid",
                format!("`[library]` sets `{key}` and another source"),
            ),
            "one source only",
        )
        .help(format!(
            "keep `{keep}` for {what}, or one of the others alone (`crate`, `ir`, `ocaml`, `c`)"
        )),
    ]
}
