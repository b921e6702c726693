//! OCaml as the source of a library (docs/src/ocaml.md): `[library] ocaml = ["src/lib.mli"]`,
//! the `ocaml-stubs` target bound to the parsed interface, and `polybind init --template ocaml`.

use crate::config::{Config, Source};
use crate::diagnostics::{Diag, Diags, ReadError, read_text};
use polybind_frontend_ocaml::{SourceFile, model::Interface};
use polybind_ir::Library;
use std::path::{Path, PathBuf};

/// The name of the target writing the C stubs and dune rules.
pub const STUBS_TARGET: &str = "ocaml-stubs";

/// The source an `ocaml = [...]` entry of `[library]` names; `None` without one. `other` says
/// whether `crate` or `ir` is set too.
pub fn source(
    files: Option<&toml::Spanned<Vec<PathBuf>>>,
    other: bool,
    dir: &Path,
    shown: &str,
    text: &str,
) -> Result<Option<Source>, Diags> {
    let Some(files) = files else {
        return Ok(None);
    };
    let s = files.span();
    let at = |d: Diag, label: &str| d.at(shown, text.to_owned(), s.start, s.end - s.start, label);
    if other {
        return Err(crate::config::two_sources(
            at,
            "ocaml",
            "ocaml = [...]",
            "an OCaml library",
        ));
    }
    if files.get_ref().is_empty() {
        return Err(vec![
            at(
                Diag::new("polybind::config::invalid", "`ocaml` names no `.mli` file"),
                "empty",
            )
            .help("list the interfaces to bind, e.g. `ocaml = [\"src/geometry.mli\"]`"),
        ]);
    }
    Ok(Some(Source::Ocaml(
        files.get_ref().iter().map(|f| dir.join(f)).collect(),
    )))
}

/// The library name: `[library] name`, else the first file's module name in snake_case.
fn library_name(config: &Config, files: &[PathBuf]) -> String {
    config.name.clone().unwrap_or_else(|| {
        files
            .first()
            .and_then(|f| f.file_stem())
            .map(|s| heck::ToSnakeCase::to_snake_case(&*s.to_string_lossy()))
            .unwrap_or_default()
    })
}

/// Parse the interface files into the OCaml model and its IR.
pub fn interface(config: &Config, files: &[PathBuf]) -> Result<(Interface, Library), Diags> {
    let mut sources = vec![];
    for f in files {
        let shown = f.display().to_string();
        let text = read_text(f, "polybind::ocaml").map_err(|e| match e {
            ReadError::NotUtf8(d) => vec![*d],
            ReadError::Io(e) => vec![
                Diag::new("polybind::io", format!("cannot read {shown}: {e}"))
                    .help("`ocaml` in `[library]` lists `.mli` files relative to polybind.toml"),
            ],
        })?;
        sources.push(SourceFile { path: shown, text });
    }
    let name = library_name(config, files);
    polybind_frontend_ocaml::load(&sources, &name).map_err(|ds| {
        ds.into_iter()
            .map(|d| {
                let mut diag = Diag::new("polybind::ocaml", d.message.clone());
                if let Some(src) = sources.iter().find(|s| s.path == d.file) {
                    diag = diag.at(&d.file, src.text.clone(), d.offset, d.len, "here");
                    diag.message = format!("{}:{}:{}: {}", d.file, d.line, d.column, d.message);
                }
                match d.hint {
                    Some(h) => diag.help(h),
                    None => diag,
                }
            })
            .collect()
    })
}

/// The files of `polybind init --template ocaml`: an OCaml library with its dune project and a
/// configuration generating its stubs and `targets`.
pub fn template(dir: &Path, name: &str, targets: &[String]) -> Vec<(PathBuf, String)> {
    let mut config = format!(
        "# polybind configuration: where the interface comes from, what to generate.\n[library]\nocaml = [\"src/{name}.mli\"]\n\n# The C stubs and dune rules building lib{name}.so: `dune build` after `polybind generate`.\n[targets.{STUBS_TARGET}]\nout = \"stubs\"\n"
    );
    for t in targets.iter().filter(|t| *t != STUBS_TARGET) {
        config.push_str(&format!("\n[targets.{t}]\nout = \"out/{t}\"\n"));
    }
    vec![
        (dir.join("polybind.toml"), config),
        (dir.join("dune-project"), "(lang dune 2.9)\n".into()),
        (dir.join("src/dune"), format!("(library\n (name {name}))\n")),
        (dir.join(format!("src/{name}.mli")), TEMPLATE_MLI.into()),
        (dir.join(format!("src/{name}.ml")), TEMPLATE_ML.into()),
        (dir.join(".gitignore"), "/_build\n/out\n/stubs\n".into()),
    ]
}

const TEMPLATE_MLI: &str = r#"(** A library exported with polybind. *)

(** Greets someone by name. *)
val greet : string -> string
"#;

const TEMPLATE_ML: &str = r#"let greet name = "Hello, " ^ name ^ "!"
"#;
