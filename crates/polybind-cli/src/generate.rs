//! `polybind generate`: every target is generated in memory first; files are written only when
//! every target succeeded, and only when their content changed.

use crate::config::Config;
use crate::diagnostics::{Diag, Diags};
use polybind_codegen::{FileChange, GeneratedFile};
use std::path::PathBuf;

#[derive(Debug, Clone, Default)]
pub struct GenerateOptions {
    /// Targets to generate; empty means every configured target.
    pub targets: Vec<String>,
    /// Write target `t` into `<out>/<t>` instead of its configured directory.
    pub out: Option<PathBuf>,
    /// Report what would change without writing.
    pub dry_run: bool,
}

/// What happened to one target's files.
#[derive(Debug)]
pub struct TargetOutput {
    pub target: String,
    pub dir: PathBuf,
    pub changes: Vec<FileChange>,
}

pub fn generate(config: &Config, opts: &GenerateOptions) -> Result<Vec<TargetOutput>, Diags> {
    let targets: Vec<String> = if opts.targets.is_empty() {
        config.targets.keys().cloned().collect()
    } else {
        opts.targets.clone()
    };
    if targets.is_empty() {
        return Err(vec![
            Diag::new(
                "polybind::config::target",
                format!("{} configures no target", config.path.display()),
            )
            .help("add a `[targets.c]` table, or pass `--target c`"),
        ]);
    }
    let mut diags = vec![];
    let mut backends = vec![];
    for t in &targets {
        let options = config
            .targets
            .get(t)
            .map(|c| c.options.clone())
            .unwrap_or_default();
        match crate::backend(t, &options) {
            Ok(Some(b)) => backends.push((t.clone(), b)),
            Ok(None) => diags.push(
                Diag::new("polybind::config::target", format!("unknown target `{t}`"))
                    .help(format!("known targets: {}", crate::TARGETS.join(", "))),
            ),
            Err(message) => diags.push(Diag::new("polybind::config::option", message)),
        }
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    let lib = crate::frontend::load(config)?;

    let mut generated: Vec<(String, PathBuf, Vec<GeneratedFile>)> = vec![];
    for (t, backend) in &backends {
        match backend.generate(&lib) {
            Ok(files) => {
                let dir = match &opts.out {
                    Some(o) => o.join(t),
                    None => config.out_dir(t),
                };
                generated.push((t.clone(), dir, files));
            }
            Err(errors) => diags.extend(errors.into_iter().map(|e| {
                Diag::new("polybind::backend", e.to_string()).help(format!(
                    "change or remove `{}`, or drop the `{}` target",
                    e.item, e.backend
                ))
            })),
        }
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    let mut out = vec![];
    for (target, dir, files) in generated {
        let changes = polybind_codegen::write_files(&dir, &files, opts.dry_run).map_err(|e| {
            vec![Diag::new(
                "polybind::io",
                format!(
                    "cannot write the `{target}` files into {}: {e}",
                    dir.display()
                ),
            )]
        })?;
        out.push(TargetOutput {
            target,
            dir,
            changes,
        });
    }
    Ok(out)
}
