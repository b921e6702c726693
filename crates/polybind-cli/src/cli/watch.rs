//! `polybind watch`: regenerate on every change of the sources or the configuration. Errors are
//! printed and the watch goes on; files are replaced atomically, never half-written.

use super::output::Output;
use crate::config::Source;
use crate::diagnostics::{self, Diag, Diags};
use crate::{Config, GenerateOptions, generate};
use notify_debouncer_mini::{new_debouncer, notify::RecursiveMode};
use std::path::{Path, PathBuf};
use std::time::Duration;

fn run_once(config: &Path, force: bool, out: &Output) {
    let result = Config::load(config).and_then(|c| {
        generate(
            &c,
            &GenerateOptions {
                force,
                ..Default::default()
            },
        )
    });
    match result {
        Ok(outputs) => out.changes(&outputs, false, false),
        Err(diags) => super::output::to_stderr(&diagnostics::render(&diags, out.color_stderr)),
    }
}

/// What to watch: the configuration file and the interface's sources.
fn watched(config: &Path) -> Vec<PathBuf> {
    let mut paths = vec![config.to_path_buf()];
    if let Ok(c) = Config::load(config) {
        match c.source {
            Source::Crate(dir) => paths.push(dir.join("src")),
            Source::Ir(file) => paths.push(file),
            Source::Ocaml(files) => paths.extend(files),
            Source::C(cc) => paths.extend(cc.headers.iter().map(|h| c.dir.join(h))),
        }
    }
    paths
}

pub fn watch(config: &Path, force: bool, out: &Output) -> Result<(), Diags> {
    let fail = |e: String| vec![Diag::new("polybind::watch", e)];
    let (tx, rx) = std::sync::mpsc::channel();
    let mut debouncer =
        new_debouncer(Duration::from_millis(150), tx).map_err(|e| fail(e.to_string()))?;
    let mut current = vec![];
    let rewatch = |debouncer: &mut notify_debouncer_mini::Debouncer<_>,
                   current: &mut Vec<PathBuf>| {
        for p in current.drain(..) {
            let _ = debouncer.watcher().unwatch(&p);
        }
        for p in watched(config) {
            let mode = if p.is_dir() {
                RecursiveMode::Recursive
            } else {
                RecursiveMode::NonRecursive
            };
            if debouncer.watcher().watch(&p, mode).is_ok() {
                current.push(p);
            }
        }
    };
    rewatch(&mut debouncer, &mut current);
    if current.is_empty() {
        return Err(fail(format!(
            "nothing to watch: {} cannot be read",
            config.display()
        )));
    }
    out.info(&format!(
        "watching {} (Ctrl-C to stop)",
        current
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    ));
    run_once(config, force, out);
    for events in rx {
        match events {
            Ok(events) if events.iter().any(|e| !is_ours(&e.path)) => {
                // The configuration may now point elsewhere.
                rewatch(&mut debouncer, &mut current);
                run_once(config, force, out);
            }
            Ok(_) => {}
            Err(e) => super::output::to_stderr(&format!("polybind watch: {e}\n")),
        }
    }
    Ok(())
}

/// polybind's own temporary files (written next to outputs inside a watched tree).
fn is_ours(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().ends_with(".polybind-tmp"))
}
