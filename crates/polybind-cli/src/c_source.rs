//! A C library as the source (docs/src/c-source.md): `[library] c = { headers = [...], ... }`,
//! the `c-stubs` target bound to the parsed headers, and `polybind init --template c-header`.

use crate::config::{Config, Source};
use crate::diagnostics::{Diag, Diags};
use polybind_frontend_c::model::Header;
use polybind_frontend_c::{Build, ErrorConvention, Options};
use polybind_ir::Library;
use serde::Deserialize;
use std::path::{Component, Path, PathBuf};

/// The name of the target writing the C stubs and their Makefile.
pub const STUBS_TARGET: &str = "c-stubs";

/// `[library] c = { ... }`: paths are relative to polybind.toml.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CConfig {
    /// The headers to bind.
    pub headers: Vec<PathBuf>,
    /// Stripped from C names (`geo_`).
    #[serde(default)]
    pub prefix: String,
    /// The library's sources, compiled into the shared library by the generated Makefile.
    #[serde(default)]
    pub sources: Vec<PathBuf>,
    #[serde(default)]
    pub include_dirs: Vec<PathBuf>,
    #[serde(default)]
    pub defines: Vec<String>,
    /// Libraries to link (`-l`), e.g. the C library when it is built already.
    #[serde(default)]
    pub libs: Vec<String>,
    #[serde(default)]
    pub lib_dirs: Vec<PathBuf>,
    /// The function releasing a returned `char *`.
    pub string_free: Option<String>,
    /// Declarations not to bind.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// The status convention of fallible functions.
    pub errors: Option<ErrorsConfig>,
}

/// `errors = { status = "geo_status", ok = "GEO_OK", message = "geo_status_text" }`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorsConfig {
    pub status: String,
    pub ok: String,
    pub message: Option<String>,
    /// The error enum's IR name (default `<Status>Error`).
    pub name: Option<String>,
}

/// The source a `c = {...}` entry of `[library]` names; `None` without one. `other` says
/// whether another source is set too.
pub fn source(
    c: Option<&toml::Spanned<CConfig>>,
    other: bool,
    shown: &str,
    text: &str,
) -> Result<Option<Source>, Diags> {
    let Some(c) = c else {
        return Ok(None);
    };
    let s = c.span();
    let at = |d: Diag, label: &str| d.at(shown, text.to_owned(), s.start, s.end - s.start, label);
    if other {
        return Err(crate::config::two_sources(
            at,
            "c",
            "c = { headers = [...] }",
            "a C library",
        ));
    }
    if c.get_ref().headers.is_empty() {
        return Err(vec![
            at(
                Diag::new("polybind::config::invalid", "`c` names no header"),
                "empty `headers`",
            )
            .help("list the headers to bind, e.g. `headers = [\"include/geo.h\"]`"),
        ]);
    }
    Ok(Some(Source::C(Box::new(c.get_ref().clone()))))
}

/// The canonical library name: `[library] name`, else `<first header>_pb`.
fn library_name(config: &Config, c: &CConfig) -> String {
    config.name.clone().unwrap_or_else(|| {
        c.headers
            .first()
            .map(|h| polybind_frontend_c::default_name(h))
            .unwrap_or_default()
    })
}

/// Parse the headers into the C model and its IR.
pub fn library(config: &Config, c: &CConfig) -> Result<(Header, Library), Diags> {
    let options = Options {
        name: library_name(config, c),
        headers: c
            .headers
            .iter()
            .map(|h| {
                let p = config.dir.join(h);
                let shown = p.display().to_string();
                (p, shown)
            })
            .collect(),
        prefix: c.prefix.clone(),
        include_dirs: c.include_dirs.iter().map(|d| config.dir.join(d)).collect(),
        defines: c.defines.clone(),
        string_free: c.string_free.clone(),
        exclude: c.exclude.clone(),
        errors: c.errors.as_ref().map(|e| ErrorConvention {
            status: e.status.clone(),
            ok: e.ok.clone(),
            message: e.message.clone(),
            name: e.name.clone(),
        }),
    };
    polybind_frontend_c::load(&options).map_err(|ds| {
        ds.into_iter()
            .map(|d| {
                let mut diag = Diag::new("polybind::c", d.message.clone());
                if !d.file.is_empty() {
                    if let Ok(text) = std::fs::read_to_string(&d.file) {
                        diag = diag.at(&d.file, text, d.offset, 1, "here");
                    }
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

/// `to` relative to `from` (both relative to the working directory, or absolute).
fn relative(from: &Path, to: &Path) -> String {
    let norm = |p: &Path| -> Vec<String> {
        let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
        let mut parts: Vec<String> = vec![];
        for c in abs.components() {
            match c {
                Component::ParentDir => {
                    parts.pop();
                }
                Component::Normal(s) => parts.push(s.to_string_lossy().into_owned()),
                _ => {}
            }
        }
        parts
    };
    let (f, t) = (norm(from), norm(to));
    let common = f.iter().zip(&t).take_while(|(a, b)| a == b).count();
    let mut out: Vec<String> = vec!["..".into(); f.len() - common];
    out.extend(t[common..].iter().cloned());
    if out.is_empty() {
        ".".into()
    } else {
        out.join("/")
    }
}

/// The Makefile's view of `[library] c`: paths relative to polybind.toml's directory.
pub(crate) fn build(config: &Config, c: &CConfig) -> Build {
    let shown = |p: &PathBuf| p.display().to_string();
    let mut include_dirs: Vec<String> = vec![];
    for h in &c.headers {
        let d = h
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let d = if d.is_empty() { ".".into() } else { d };
        if !include_dirs.contains(&d) {
            include_dirs.push(d);
        }
    }
    include_dirs.extend(c.include_dirs.iter().map(shown));
    Build {
        project: relative(&config.out_dir(STUBS_TARGET), &config.dir),
        sources: c.sources.iter().map(shown).collect(),
        include_dirs,
        defines: c.defines.clone(),
        libs: c.libs.clone(),
        lib_dirs: c.lib_dirs.iter().map(shown).collect(),
    }
}

/// The files of `polybind init --template c-header`: a small C library, its Makefile and a
/// configuration generating its stubs and `targets`.
pub fn template(dir: &Path, name: &str, targets: &[String]) -> Vec<(PathBuf, String)> {
    let mut config = format!(
        "# polybind configuration: where the interface comes from, what to generate.\n[library]\nc = {{ headers = [\"include/{name}.h\"], prefix = \"{name}_\", sources = [\"src/{name}.c\"], string_free = \"{name}_string_free\" }}\n\n# The C stubs and Makefile building lib{name}_pb.so: `make` after `polybind generate`.\n[targets.{STUBS_TARGET}]\nout = \"stubs\"\n"
    );
    for t in targets.iter().filter(|t| *t != STUBS_TARGET) {
        config.push_str(&format!("\n[targets.{t}]\nout = \"out/{t}\"\n"));
    }
    let header = format!(
        "/** A C library exported with polybind. */\n#ifndef {guard}_H\n#define {guard}_H\n\n#include <stdint.h>\n\n/** Adds two numbers. */\nint32_t {name}_add(int32_t a, int32_t b);\n\n/** Greets someone by name; release the result with `{name}_string_free`. */\nchar *{name}_greet(const char *name);\n\nvoid {name}_string_free(char *s);\n\n#endif\n",
        guard = name.to_ascii_uppercase()
    );
    let source = format!(
        "#include \"{name}.h\"\n\n#include <stdlib.h>\n#include <string.h>\n\nint32_t {name}_add(int32_t a, int32_t b) {{\n    return a + b;\n}}\n\nchar *{name}_greet(const char *name) {{\n    size_t n = strlen(name);\n    char *s = malloc(n + 9);\n    if (s != NULL) {{\n        memcpy(s, \"Hello, \", 7);\n        memcpy(s + 7, name, n);\n        memcpy(s + 7 + n, \"!\", 2);\n    }}\n    return s;\n}}\n\nvoid {name}_string_free(char *s) {{\n    free(s);\n}}\n"
    );
    vec![
        (dir.join("polybind.toml"), config),
        (dir.join(format!("include/{name}.h")), header),
        (dir.join(format!("src/{name}.c")), source),
        (dir.join("Makefile"), MAKEFILE.into()),
        (dir.join(".gitignore"), "/out\n/stubs\n".into()),
    ]
}

const MAKEFILE: &str = "# Builds the library with its polybind stubs: run `polybind generate` first.\nall:\n\t$(MAKE) -C stubs\n\nclean:\n\t$(MAKE) -C stubs clean\n\n.PHONY: all clean\n";

#[cfg(test)]
mod tests {
    use super::relative;
    use std::path::Path;

    #[test]
    fn relative_paths_climb_to_the_project() {
        assert_eq!(relative(Path::new("p/stubs"), Path::new("p")), "..");
        assert_eq!(relative(Path::new("p/out/c"), Path::new("p")), "../..");
        assert_eq!(relative(Path::new("./stubs"), Path::new(".")), "..");
        assert_eq!(relative(Path::new("a"), Path::new("a")), ".");
    }
}
