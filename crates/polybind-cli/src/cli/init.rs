//! `polybind init`: scaffold a project, or add a `polybind.toml` to an existing crate. It checks
//! every file it would write before writing any, and never overwrites.

use super::output::Output;
use crate::diagnostics::{Diag, Diags};
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Template {
    /// A Rust library crate with `#[polybind]` annotations.
    Rust,
    /// A C library described by its header (`include/`, `src/`, Makefile).
    CHeader,
    /// An OCaml library (`.mli` + `.ml`, dune project).
    Ocaml,
}

pub fn init(dir: &Path, template: Template, targets: &[String], out: &Output) -> Result<(), Diags> {
    for t in targets {
        if !crate::TARGETS.contains(&t.as_str()) {
            return Err(vec![
                Diag::new("polybind::init", format!("unknown target `{t}`"))
                    .help(format!("known targets: {}", crate::TARGETS.join(", "))),
            ]);
        }
    }
    let foreign = template != Template::Rust;
    let mut files: Vec<(PathBuf, String)> = if template == Template::CHeader {
        crate::c_source::template(dir, &crate_name(dir), targets)
    } else if foreign {
        crate::ocaml_source::template(dir, &crate_name(dir), targets)
    } else {
        vec![(dir.join("polybind.toml"), config(targets))]
    };
    let existing_crate = !foreign && dir.join("Cargo.toml").is_file();
    if !existing_crate && !foreign {
        let name = crate_name(dir);
        files.push((dir.join("Cargo.toml"), manifest(&name)));
        files.push((dir.join("src/lib.rs"), LIB_RS.to_owned()));
        files.push((dir.join(".gitignore"), "/target\n/out\n".to_owned()));
    }
    let taken: Vec<Diag> = files
        .iter()
        .filter(|(p, _)| p.exists())
        .map(|(p, _)| {
            Diag::new("polybind::init", format!("{} already exists", p.display()))
                .help("`polybind init` never overwrites; remove the file or pick another directory")
        })
        .collect();
    if !taken.is_empty() {
        return Err(taken);
    }
    for (path, text) in &files {
        let write = || -> std::io::Result<()> {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(path, text)
        };
        write().map_err(|e| {
            vec![Diag::new(
                "polybind::io",
                format!("cannot write {}: {e}", path.display()),
            )]
        })?;
        out.status("created", &path.display().to_string());
    }
    if template == Template::CHeader {
        out.info(&format!(
            "next: cd {} && polybind generate && make",
            dir.display()
        ));
    } else if foreign {
        out.info(&format!(
            "next: cd {} && polybind generate && dune build",
            dir.display()
        ));
    } else if existing_crate {
        out.info("next: add `polybind` to [dependencies], `crate-type = [\"cdylib\", \"rlib\"]` to [lib],");
        out.info("      `polybind::setup!();` to the crate root and `#[polybind]` to what you export; then `polybind generate`");
    } else {
        out.info(&format!(
            "next: cd {} && cargo build && polybind generate",
            dir.display()
        ));
    }
    Ok(())
}

fn crate_name(dir: &Path) -> String {
    let base = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let raw = base
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name: String = raw
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    match name.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => name,
        _ => format!("lib_{name}"),
    }
}

fn config(targets: &[String]) -> String {
    let mut s = String::from(
        "# polybind configuration: where the interface comes from, what to generate.\n[library]\ncrate = \".\"\n",
    );
    for t in targets {
        s.push_str(&format!("\n[targets.{t}]\nout = \"out/{t}\"\n"));
    }
    s
}

/// The dependency on polybind: this source tree when the CLI runs from it, else the release.
fn dependency() -> String {
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("../polybind");
    match std::fs::canonicalize(&here) {
        Ok(p) if p.join("Cargo.toml").is_file() => {
            format!("polybind = {{ path = {:?} }}", p.display().to_string())
        }
        _ => format!("polybind = \"{}\"", env!("CARGO_PKG_VERSION")),
    }
}

fn manifest(name: &str) -> String {
    format!(
        "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[lib]\ncrate-type = [\"cdylib\", \"rlib\"]\n\n[dependencies]\n{}\n",
        dependency()
    )
}

const LIB_RS: &str = r#"//! A library exported with polybind.

polybind::setup!();

use polybind::polybind;

/// Greets someone by name.
#[polybind]
pub fn greet(name: &str) -> String {
    format!("Hello, {name}!")
}
"#;
