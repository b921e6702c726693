//! The command line: argument definitions and dispatch. Each command's work lives in its own
//! module (or in the library modules it shares with `polybind-build`).

mod clean;
mod init;
mod output;
mod toolchains;
mod watch;

use crate::diagnostics::{self, Diag, Diags};
use crate::{Config, GenerateOptions, frontend};
use clap::{CommandFactory, Parser, Subcommand};
use output::Output;
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "polybind",
    version,
    about = "Describe an interface once; get native bindings for every language",
    after_help = "Exit codes: 0 success, 1 errors in the configuration or the interface, 2 usage."
)]
pub struct Cli {
    /// Print only errors.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Print more: every file, timings.
    #[arg(long, short, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Scaffold a new project, or add a polybind.toml to an existing crate (never overwrites).
    Init {
        /// The project directory (created if missing).
        #[arg(default_value = ".")]
        path: PathBuf,
        /// What the interface is written in.
        #[arg(long, value_enum, default_value_t = init::Template::Rust)]
        template: init::Template,
        /// Targets to configure, comma-separated.
        #[arg(long, value_delimiter = ',', default_value = "c")]
        targets: Vec<String>,
    },
    /// Generate the bindings of every configured target.
    Generate {
        /// The configuration file.
        #[arg(long, default_value = "polybind.toml")]
        config: PathBuf,
        /// Generate only this target (repeatable).
        #[arg(long = "target", short = 't')]
        targets: Vec<String>,
        /// Write target T into DIR/T instead of its configured directory.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Show what would change, write nothing.
        #[arg(long, conflicts_with = "check")]
        dry_run: bool,
        /// Overwrite files that were edited by hand or not written by polybind.
        #[arg(long)]
        force: bool,
        /// Write nothing; exit 1 if any generated file is out of date (for CI).
        #[arg(long)]
        check: bool,
        /// Threads for parsing and generating (default: one per core; 1: no extra thread).
        #[arg(long, short = 'j', value_parser = clap::value_parser!(u16).range(1..))]
        jobs: Option<u16>,
        /// Neither read nor write the cache (`.polybind/cache` next to the configuration).
        #[arg(long)]
        no_cache: bool,
    },
    /// Regenerate whenever the sources or the configuration change.
    Watch {
        #[arg(long, default_value = "polybind.toml")]
        config: PathBuf,
        /// Overwrite files that were edited by hand.
        #[arg(long)]
        force: bool,
    },
    /// Validate the configuration and the interface, and check each target's toolchain.
    Check {
        #[arg(long, default_value = "polybind.toml")]
        config: PathBuf,
    },
    /// Remove generated files that are unchanged since polybind wrote them.
    Clean {
        #[arg(long, default_value = "polybind.toml")]
        config: PathBuf,
        /// List what would be removed, remove nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Open a compiled library and check that it matches the configured interface: every
    /// symbol present, every item checksum and record layout equal. Loading runs the library's
    /// initialisers, so verify only libraries you built.
    Verify {
        /// The shared library, e.g. target/debug/libgeometry.so.
        library: PathBuf,
        #[arg(long, default_value = "polybind.toml")]
        config: PathBuf,
    },
    /// Call a function of a shared library: `--sig` gives its signature, else it comes from the
    /// IR of the configured library. Prints the result.
    Call {
        /// The shared library (a path, or a name the system loader finds).
        library: String,
        /// The symbol (with `--sig`) or the function's name in the IR.
        symbol: String,
        /// The C signature, e.g. `fn(*const c_char) -> usize`.
        #[arg(long)]
        sig: Option<String>,
        /// The configuration file, when the signature comes from the IR.
        #[arg(long, default_value = "polybind.toml")]
        config: PathBuf,
        /// The arguments.
        #[arg(allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Work with the intermediate representation.
    Ir {
        #[command(subcommand)]
        command: IrCommand,
    },
    /// Print a shell completion script (bash, zsh, fish, ...).
    Completions { shell: clap_complete::Shell },
    /// Write man pages for polybind and its commands into a directory.
    Man {
        #[arg(default_value = "man")]
        dir: PathBuf,
    },
}

#[derive(Subcommand)]
enum IrCommand {
    /// Print the validated IR of the configured library as JSON.
    Dump {
        #[arg(long, default_value = "polybind.toml")]
        config: PathBuf,
    },
}

/// Parse `args` (program name first) and run; errors are printed, the exit code returned.
pub fn run(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let out = Output::new(cli.quiet, cli.verbose);
    match dispatch(cli.command, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(diags) => {
            output::to_stderr(&diagnostics::render(&diags, out.color_stderr));
            ExitCode::from(1)
        }
    }
}

fn dispatch(command: Command, out: &Output) -> Result<(), Diags> {
    match command {
        Command::Init {
            path,
            template,
            targets,
        } => init::init(&path, template, &targets, out),
        Command::Generate {
            config,
            targets,
            out: out_dir,
            dry_run,
            force,
            check,
            jobs,
            no_cache,
        } => {
            let c = Config::load(&config)?;
            let started = std::time::Instant::now();
            let opts = GenerateOptions {
                targets,
                out: out_dir,
                dry_run,
                force,
                check,
                jobs: jobs.map(usize::from),
                cache: (!no_cache).then(|| c.dir.join(".polybind").join("cache")),
                skip_line_counts: out.quiet,
            };
            let spinner = out.spinner(&format!("generating from {}", config.display()));
            let outputs = crate::generate::generate_timed(&c, &opts);
            spinner.finish_and_clear();
            let (outputs, timings) = outputs?;
            out.changes(&outputs, dry_run, check);
            for note in &timings.notes {
                out.detail(note);
            }
            for (phase, took) in &timings.phases {
                out.detail(&format!("{phase}: {:.1} ms", took.as_secs_f64() * 1e3));
            }
            out.detail(&format!(
                "done in {:.1} ms",
                started.elapsed().as_secs_f64() * 1e3
            ));
            if check && outputs.iter().any(|o| o.out_of_date()) {
                return Err(vec![
                    Diag::new(
                        "polybind::generate::stale",
                        "generated files are out of date",
                    )
                    .help("run `polybind generate` and commit the result"),
                ]);
            }
            Ok(())
        }
        Command::Watch { config, force } => watch::watch(&config, force, out),
        Command::Check { config } => toolchains::check(&config, out),
        Command::Clean { config, dry_run } => clean::clean(&config, dry_run, out),
        Command::Verify { library, config } => {
            let lib = frontend::load(&Config::load(&config)?)?;
            let report = crate::verify::verify(&lib, &library)?;
            if report.problems.is_empty() {
                out.info(&format!(
                    "{}: {} checks passed",
                    library.display(),
                    report.checked
                ));
                return Ok(());
            }
            Err(report
                .problems
                .iter()
                .map(|p| {
                    Diag::new("polybind::verify", format!("{}: {p}", library.display())).help(
                        "rebuild the library from the current sources, or regenerate the bindings from the library's sources",
                    )
                })
                .collect())
        }
        Command::Call {
            library,
            symbol,
            sig,
            config,
            args,
        } => match sig {
            Some(sig) => crate::call::call_with_signature(&library, &symbol, &sig, &args),
            None => crate::call::call_from_ir(&config, &library, &symbol, &args),
        }
        .and_then(|result| stdout(&format!("{result}\n"))),
        Command::Ir {
            command: IrCommand::Dump { config },
        } => {
            let lib = frontend::load(&Config::load(&config)?)?;
            stdout(&polybind_ir::to_json(&lib.to_library()))
        }
        Command::Completions { shell } => {
            let mut script = vec![];
            clap_complete::generate(shell, &mut Cli::command(), "polybind", &mut script);
            stdout(&String::from_utf8_lossy(&script))
        }
        Command::Man { dir } => man_pages(&dir, out),
    }
}

/// A command's result on standard output; failing to write it is an error of the command.
fn stdout(text: &str) -> Result<(), Diags> {
    output::to_stdout(text).map_err(|e| {
        vec![Diag::new(
            "polybind::io",
            format!("cannot write to standard output: {e}"),
        )]
    })
}

fn man_pages(dir: &std::path::Path, out: &Output) -> Result<(), Diags> {
    let io = |e: std::io::Error| {
        vec![Diag::new(
            "polybind::io",
            format!("cannot write man pages into {}: {e}", dir.display()),
        )]
    };
    std::fs::create_dir_all(dir).map_err(io)?;
    let cmd = Cli::command();
    let mut pages = vec![(String::from("polybind"), cmd.clone())];
    for sub in cmd.get_subcommands() {
        pages.push((
            format!("polybind-{}", sub.get_name()),
            sub.clone().name(format!("polybind-{}", sub.get_name())),
        ));
    }
    for (name, page) in pages {
        let mut buf = vec![];
        clap_mangen::Man::new(page).render(&mut buf).map_err(io)?;
        let path = dir.join(format!("{name}.1"));
        std::fs::write(&path, buf).map_err(io)?;
        out.info(&format!("wrote {}", path.display()));
    }
    Ok(())
}
