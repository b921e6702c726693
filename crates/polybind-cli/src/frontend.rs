//! Frontends: read the interface from a Rust crate or an IR file, then validate it.

use crate::config::{Config, Source};
use crate::diagnostics::{Diag, Diags, ReadError, offset_of, read_text};
use polybind_ir::{Library, ValidLibrary};
use polybind_syntax::{FileJob, FileLowering};
use std::path::{Path, PathBuf};

/// Read and validate the library a configuration points at.
pub fn load(config: &Config) -> Result<ValidLibrary, Diags> {
    load_with(config, &mut |jobs| {
        jobs.iter().map(polybind_syntax::lower_file).collect()
    })
}

/// [`load`], with the lowering of a crate's source files left to `lower` (see
/// [`polybind_syntax::lower_crate_with`]): `generate` lowers them in parallel, through its cache.
pub fn load_with(config: &Config, lower: &mut Lowering<'_>) -> Result<ValidLibrary, Diags> {
    let (lib, base) = read_with(config, lower)?;
    validate(lib, &base)
}

/// [`load_with`] up to validation: the library as read, and the folder its locations are
/// relative to (for [`validate`]).
pub fn read_with(config: &Config, lower: &mut Lowering<'_>) -> Result<(Library, PathBuf), Diags> {
    let (lib, base) = match &config.source {
        Source::Crate(dir) => (read_crate(dir, lower)?, dir.clone()),
        // Locations name the files as configured (already joined with the config's directory).
        Source::Ocaml(files) => (
            crate::ocaml_source::interface(config, files)?.1,
            PathBuf::new(),
        ),
        Source::C(c) => (crate::c_source::library(config, c)?.1, PathBuf::new()),
        Source::Ir(path) => (
            read_ir(path)?,
            path.parent().map(Path::to_path_buf).unwrap_or_default(),
        ),
    };
    if let Some(name) = &config.name
        && *name != lib.name
    {
        return Err(vec![Diag::new(
                "polybind::config::name",
                format!("{} says the library is `{name}`, but its source names it `{}`", config.path.display(), lib.name),
            )
            .help("every C symbol starts with the crate name; remove `name` from `[library]` or make them agree")]);
    }
    Ok((lib, base))
}

/// Validate, turning every error into a diagnostic pointing at the item's source.
pub fn validate(lib: Library, base: &Path) -> Result<ValidLibrary, Diags> {
    validate_on(None, lib, base)
}

/// [`validate`], the items checked in parallel on `pool`, if any.
pub fn validate_on(
    pool: Option<&rayon::ThreadPool>,
    lib: Library,
    base: &Path,
) -> Result<ValidLibrary, Diags> {
    let each = |parts: Vec<&mut [polybind_ir::Item]>, check: &polybind_ir::CheckItems<'_>| {
        crate::generate::par_map(pool, parts, check)
    };
    polybind_ir::validate_owned_with(lib, each).map_err(|errors| {
        errors
            .0
            .into_iter()
            .map(|e| {
                let mut d = Diag::new(
                    "polybind::interface",
                    format!("`{}`: {}", e.item, e.message),
                );
                if let Some(h) = &e.hint {
                    d = d.help(h.clone());
                }
                match &e.location {
                    Some(l) => d.at_line(base, &l.file, l.line, l.column, None, "declared here"),
                    None => d,
                }
            })
            .collect()
    })
}

/// The crate's name as Rust sees it, and its root source file.
pub fn crate_root(dir: &Path) -> Result<(String, PathBuf), Diags> {
    let manifest = dir.join("Cargo.toml");
    let text = read_text(&manifest, "polybind::crate").map_err(|e| match e {
        ReadError::NotUtf8(d) => vec![*d],
        ReadError::Io(e) => vec![
            Diag::new(
                "polybind::crate",
                format!("cannot read {}: {e}", manifest.display()),
            )
            .help("`crate` in `[library]` must name a directory holding a Cargo.toml"),
        ],
    })?;
    let shown = manifest.display().to_string();
    let table: toml::Table = toml::from_str(&text).map_err(|e| {
        let (o, l) = e
            .span()
            .map(|s| (s.start, s.end - s.start))
            .unwrap_or((0, 0));
        vec![
            Diag::new(
                "polybind::crate",
                format!("invalid {shown}: {}", e.message()),
            )
            .at(&shown, text.clone(), o, l, "here"),
        ]
    })?;
    let get = |t: &str, k: &str| {
        table
            .get(t)
            .and_then(|v| v.get(k))
            .and_then(|v| v.as_str())
            .map(str::to_owned)
    };
    let name = get("lib", "name")
        .or_else(|| get("package", "name"))
        .ok_or_else(|| {
            vec![
                Diag::new(
                    "polybind::crate",
                    format!("{shown} has no `[package] name`"),
                )
                .help("polybind reads library crates"),
            ]
        })?;
    let root = dir.join(get("lib", "path").unwrap_or_else(|| "src/lib.rs".into()));
    Ok((name.replace('-', "_"), root))
}

/// Lowers one level of a crate's module tree.
pub type Lowering<'a> = dyn FnMut(&[FileJob]) -> Vec<FileLowering> + 'a;

fn read_crate(dir: &Path, lower: &mut Lowering<'_>) -> Result<Library, Diags> {
    let (name, root) = crate_root(dir)?;
    polybind_syntax::lower_crate_with(&root, &name, dir, lower).map_err(|e| match e {
        polybind_syntax::CrateError::Io { path, error } => {
            vec![Diag::new(
                "polybind::io",
                format!("cannot read {}: {error}", path.display()),
            )]
        }
        polybind_syntax::CrateError::Diagnostics(ds) => ds
            .into_iter()
            .map(|d| {
                let file = d.file.path.display().to_string();
                // A file that does not parse is about no item.
                let message = match d.item.as_str() {
                    "" => d.message,
                    item => format!("`{item}`: {}", d.message),
                };
                let mut diag = Diag::new("polybind::syntax", message).at(
                    &file,
                    (*d.file.text).clone(),
                    d.offset,
                    d.len.max(1),
                    "here",
                );
                diag.message = format!("{file}:{}:{}: {}", d.line, d.column, diag.message);
                match d.hint {
                    Some(h) => diag.help(h),
                    None => diag,
                }
            })
            .collect(),
    })
}

fn read_ir(path: &Path) -> Result<Library, Diags> {
    let shown = path.display().to_string();
    let text = read_text(path, "polybind::ir").map_err(|e| match e {
        ReadError::NotUtf8(d) => vec![*d],
        ReadError::Io(e) => vec![Diag::new(
            "polybind::io",
            format!("cannot read {shown}: {e}"),
        )],
    })?;
    polybind_ir::from_json(&text).map_err(|e| {
        let d = Diag::new("polybind::ir", format!("{shown}: {e}"));
        vec![match e {
            polybind_ir::JsonError::Syntax { line, column, .. } => {
                let o = offset_of(&text, line, column);
                d.at(&shown, text.clone(), o, 1, "here")
                    .help("check the IR against the schema in docs/src/ir.md")
            }
            _ => d.help("produce the IR with `polybind ir dump` of a matching version"),
        }]
    })
}
