//! `polybind generate`: every target is generated in memory first; files are written only when
//! every target succeeded, and only when their content changed.

use crate::config::Config;
use crate::diagnostics::{Diag, Diags};
use polybind_codegen::{FileChange, FileStatus, GeneratedFile, Provenance};
use std::path::PathBuf;

#[derive(Debug, Clone, Default)]
pub struct GenerateOptions {
    /// Targets to generate; empty means every configured target.
    pub targets: Vec<String>,
    /// Write target `t` into `<out>/<t>` instead of its configured directory.
    pub out: Option<PathBuf>,
    /// Report what would change without writing.
    pub dry_run: bool,
    /// Overwrite files a person edited, or that polybind did not write.
    pub force: bool,
    /// Write nothing; the caller fails when any file is out of date (for CI).
    pub check: bool,
}

/// What happened to one target's files.
#[derive(Debug)]
pub struct TargetOutput {
    pub target: String,
    pub dir: PathBuf,
    pub changes: Vec<FileChange>,
    /// Lines added and removed in each changed file, parallel to `changes`.
    pub lines: Vec<(usize, usize)>,
}

impl TargetOutput {
    /// Whether any file of the target is missing or differs.
    pub fn out_of_date(&self) -> bool {
        self.changes
            .iter()
            .any(|c| c.status != FileStatus::Unchanged)
    }
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
    // Stamp the content hash into every marker, then refuse (before writing anything) to
    // overwrite a file a person edited or that polybind did not write, unless forced.
    let mut planned = vec![];
    for (target, dir, files) in generated {
        let files: Vec<GeneratedFile> = files
            .into_iter()
            .map(|f| GeneratedFile {
                contents: polybind_codegen::stamp(&f.contents),
                ..f
            })
            .collect();
        let mut lines = vec![];
        for f in &files {
            let path = dir.join(&f.path);
            let old = std::fs::read_to_string(&path).ok();
            // Unchanged files, the common case, are not diffed.
            lines.push(match old.as_deref() {
                Some(o) if o == f.contents => (0, 0),
                o => line_changes(o.unwrap_or(""), &f.contents),
            });
            let Some(old) = old.filter(|o| *o != f.contents && !o.is_empty()) else {
                continue;
            };
            if opts.force || opts.check {
                continue;
            }
            match polybind_codegen::provenance(&old) {
                Provenance::Generated => {}
                Provenance::Edited => diags.push(
                    Diag::new("polybind::generate::edited", format!("{} was edited by hand since polybind wrote it", path.display()))
                        .help("move your changes into the interface's source, or pass `--force` to overwrite them"),
                ),
                Provenance::Foreign => diags.push(
                    Diag::new("polybind::generate::foreign", format!("{} exists and was not written by polybind", path.display()))
                        .help("choose another output directory, remove the file, or pass `--force` to overwrite it"),
                ),
            }
        }
        planned.push((target, dir, files, lines));
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    let mut out = vec![];
    for (target, dir, files, lines) in planned {
        let changes = polybind_codegen::write_files(&dir, &files, opts.dry_run || opts.check)
            .map_err(|e| {
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
            lines,
        });
    }
    Ok(out)
}

/// Lines added and removed going from `old` to `new`.
fn line_changes(old: &str, new: &str) -> (usize, usize) {
    let diff = similar::TextDiff::from_lines(old, new);
    let (mut added, mut removed) = (0, 0);
    for change in diff.iter_all_changes() {
        match change.tag() {
            similar::ChangeTag::Insert => added += 1,
            similar::ChangeTag::Delete => removed += 1,
            similar::ChangeTag::Equal => {}
        }
    }
    (added, removed)
}
