//! Generate bindings from a build script, like cbindgen's builder:
//!
//! ```no_run
//! // in build.rs's `main`:
//! polybind_build::Builder::new().generate_or_exit();
//! ```
//!
//! It reads the crate's `polybind.toml` and runs exactly what `polybind generate` runs
//! (`polybind_cli::generate`), so the two can never produce different files. Files whose content
//! did not change are not rewritten, so a build script run does not trigger needless rebuilds of
//! whatever consumes the headers.

use polybind_cli::{Config, GenerateOptions, TargetOutput, diagnostics};
use std::fmt;
use std::path::{Path, PathBuf};

/// What to generate.
#[derive(Debug, Clone, Default)]
pub struct Builder {
    config: Option<PathBuf>,
    targets: Vec<String>,
    out: Option<PathBuf>,
    dry_run: bool,
}

/// Generation failed: the diagnostics, rendered as `polybind generate` shows them.
#[derive(Debug)]
pub struct Error {
    pub rendered: String,
    pub count: usize,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.rendered)
    }
}

impl std::error::Error for Error {}

impl Builder {
    /// Use `$CARGO_MANIFEST_DIR/polybind.toml` (or `./polybind.toml` outside cargo).
    pub fn new() -> Self {
        Builder::default()
    }

    /// Read another configuration file.
    pub fn with_config(mut self, path: impl Into<PathBuf>) -> Self {
        self.config = Some(path.into());
        self
    }

    /// Generate only this target (may be called several times).
    pub fn with_target(mut self, target: impl Into<String>) -> Self {
        self.targets.push(target.into());
        self
    }

    /// Write target `t` into `dir/t` (e.g. `OUT_DIR`) instead of its configured directory.
    pub fn with_out_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.out = Some(dir.into());
        self
    }

    /// Report what would change, write nothing.
    pub fn dry_run(mut self, yes: bool) -> Self {
        self.dry_run = yes;
        self
    }

    fn config_path(&self) -> PathBuf {
        self.config.clone().unwrap_or_else(|| {
            std::env::var_os("CARGO_MANIFEST_DIR")
                .map(PathBuf::from)
                .unwrap_or_default()
                .join("polybind.toml")
        })
    }

    /// Generate. Inside a build script it also tells cargo to rerun when the configuration or
    /// the crate's sources change.
    pub fn generate(self) -> Result<Vec<TargetOutput>, Error> {
        let path = self.config_path();
        let in_build_script = std::env::var_os("OUT_DIR").is_some();
        if in_build_script {
            println!("cargo:rerun-if-changed={}", path.display());
        }
        let config = Config::load(&path).map_err(fail)?;
        if in_build_script {
            use polybind_cli::config::Source;
            let sources = match &config.source {
                Source::Crate(source) | Source::Ir(source) => vec![source.clone()],
                Source::Ocaml(files) => files.clone(),
                Source::C(c) => c.headers.iter().map(|h| config.dir.join(h)).collect(),
            };
            for source in &sources {
                println!("cargo:rerun-if-changed={}", watched(source).display());
            }
        }
        let opts = GenerateOptions {
            targets: self.targets,
            out: self.out,
            dry_run: self.dry_run,
            ..Default::default()
        };
        polybind_cli::generate(&config, &opts).map_err(fail)
    }

    /// Generate, or print the diagnostics and exit with status 1 (for `build.rs`).
    pub fn generate_or_exit(self) -> Vec<TargetOutput> {
        match self.generate() {
            Ok(out) => out,
            Err(e) => {
                eprint!("{e}");
                std::process::exit(1)
            }
        }
    }
}

/// The sources to watch: a crate's `src` directory, or the IR file itself.
fn watched(path: &Path) -> PathBuf {
    if path.is_dir() {
        path.join("src")
    } else {
        path.to_path_buf()
    }
}

fn fail(diags: Vec<polybind_cli::Diag>) -> Error {
    Error {
        rendered: diagnostics::render(&diags, false),
        count: diags.len(),
    }
}
