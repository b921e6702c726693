//! What the commands print: quiet/verbose levels, colour only on a terminal and without
//! `NO_COLOR`, a spinner only on a terminal.

use crate::TargetOutput;
use anstyle::{AnsiColor, Style};
use polybind_codegen::FileStatus;
use std::io::{IsTerminal, Write};

pub struct Output {
    pub quiet: bool,
    pub verbose: bool,
    pub color_stdout: bool,
    pub color_stderr: bool,
}

impl Output {
    pub fn new(quiet: bool, verbose: bool) -> Output {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Output {
            quiet,
            verbose,
            color_stdout: !no_color && std::io::stdout().is_terminal(),
            color_stderr: !no_color && std::io::stderr().is_terminal(),
        }
    }

    fn paint(&self, style: Style, text: &str) -> String {
        if self.color_stdout {
            format!("{style}{text}{style:#}")
        } else {
            text.to_owned()
        }
    }

    /// A line of normal output.
    pub fn info(&self, line: &str) {
        if !self.quiet {
            let _ = to_stdout(&format!("{line}\n"));
        }
    }

    /// A line only `--verbose` shows.
    pub fn detail(&self, line: &str) {
        if self.verbose {
            let _ = to_stdout(&format!("{line}\n"));
        }
    }

    /// `status path (target)`, right-aligned status word, coloured by kind.
    pub fn status(&self, word: &str, rest: &str) {
        if self.quiet {
            return;
        }
        let style = match word {
            "created" | "removed" => Style::new().fg_color(Some(AnsiColor::Green.into())).bold(),
            "updated" => Style::new().fg_color(Some(AnsiColor::Yellow.into())).bold(),
            "kept" | "stale" => Style::new().fg_color(Some(AnsiColor::Red.into())).bold(),
            _ => Style::new().dimmed(),
        };
        let _ = to_stdout(&format!(
            "{} {rest}\n",
            self.paint(style, &format!("{word:>12}"))
        ));
    }

    /// Report what `generate` did (or would do, or found out of date).
    pub fn changes(&self, outputs: &[TargetOutput], dry_run: bool, check: bool) {
        for o in outputs {
            for (ch, lines) in o.changes.iter().zip(&o.lines) {
                let word = match (ch.status, dry_run, check) {
                    (FileStatus::Unchanged, _, _) => "unchanged",
                    (_, _, true) => "stale",
                    (FileStatus::Created, true, _) => "would create",
                    (FileStatus::Updated, true, _) => "would update",
                    (FileStatus::Created, false, _) => "created",
                    (FileStatus::Updated, false, _) => "updated",
                };
                let diff = match lines {
                    Some((added, removed)) if ch.status != FileStatus::Unchanged => {
                        format!(" +{added} -{removed}")
                    }
                    _ => String::new(),
                };
                self.status(word, &format!("{} ({}){diff}", ch.path.display(), o.target));
            }
        }
    }

    /// A spinner on stderr for a long step; hidden when stderr is not a terminal or `--quiet`.
    pub fn spinner(&self, message: &str) -> indicatif::ProgressBar {
        if self.quiet || !std::io::stderr().is_terminal() {
            return indicatif::ProgressBar::hidden();
        }
        let bar = indicatif::ProgressBar::new_spinner().with_message(message.to_owned());
        bar.enable_steady_tick(std::time::Duration::from_millis(80));
        bar
    }
}

/// Write `text` to standard output. A reader that has gone away (`polybind ir dump | head`)
/// is not an error: the rest is dropped, where `print!` would panic. Other errors are returned.
pub fn to_stdout(text: &str) -> std::io::Result<()> {
    ignoring_closed_pipe(std::io::stdout().lock().write_all(text.as_bytes()))
}

/// [`to_stdout`] for standard error; nowhere is left to report its own errors.
pub fn to_stderr(text: &str) {
    let _ = ignoring_closed_pipe(std::io::stderr().lock().write_all(text.as_bytes()));
}

fn ignoring_closed_pipe(result: std::io::Result<()>) -> std::io::Result<()> {
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}
