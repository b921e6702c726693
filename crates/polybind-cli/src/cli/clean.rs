//! `polybind clean`: remove the files polybind wrote and nobody changed since; keep (and say why)
//! everything else.

use super::output::Output;
use crate::Config;
use crate::diagnostics::{Diag, Diags};
use polybind_codegen::Provenance;
use std::path::{Path, PathBuf};

/// Every file under `dir`, sorted, each with whether it is a symbolic link, which is not
/// followed: a link may lead out of the output directory, or round in a loop.
fn files_under(dir: &Path, out: &mut Vec<(PathBuf, bool)>) -> std::io::Result<()> {
    if !dir.is_dir() {
        return Ok(());
    }
    let mut entries = std::fs::read_dir(dir)?
        .map(|e| e.and_then(|e| Ok((e.path(), e.file_type()?))))
        .collect::<Result<Vec<_>, _>>()?;
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (p, kind) in entries {
        if kind.is_dir() {
            files_under(&p, out)?;
        } else {
            out.push((p, kind.is_symlink()));
        }
    }
    Ok(())
}

pub fn clean(config: &Path, dry_run: bool, out: &Output) -> Result<(), Diags> {
    let c = Config::load(config)?;
    let io = |p: &Path, e: std::io::Error| {
        vec![Diag::new("polybind::io", format!("{}: {e}", p.display()))]
    };
    let recorded = crate::generate::Recorded::new(Some(&c.dir.join(".polybind").join("cache")));
    for dir in c.targets.values().map(|t| &t.out) {
        let mut files = vec![];
        files_under(dir, &mut files).map_err(|e| io(dir, e))?;
        for (f, is_link) in files {
            let kept = match is_link {
                true => Some("a symbolic link"),
                false => match std::fs::read_to_string(&f).map(|t| recorded.provenance(&f, &t)) {
                    Ok(Provenance::Generated) => None,
                    Ok(Provenance::Edited) => Some("edited by hand since polybind wrote it"),
                    Ok(Provenance::Foreign) | Err(_) => Some("not written by polybind"),
                },
            };
            match kept {
                Some(why) => out.status("kept", &format!("{} ({why})", f.display())),
                None if dry_run => out.status("would remove", &f.display().to_string()),
                None => {
                    std::fs::remove_file(&f).map_err(|e| io(&f, e))?;
                    out.status("removed", &f.display().to_string());
                }
            }
        }
        if !dry_run {
            remove_empty_dirs(dir);
        }
    }
    Ok(())
}

/// Remove directories left empty, deepest first (a directory with anything left stays; a link
/// to one is not followed).
fn remove_empty_dirs(dir: &Path) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                remove_empty_dirs(&e.path());
            }
        }
    }
    let _ = std::fs::remove_dir(dir);
}
