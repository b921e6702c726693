//! `polybind`: generate bindings from an interface described once.

use clap::{Parser, Subcommand};
use polybind_cli::{Config, GenerateOptions, diagnostics, frontend, generate};
use polybind_codegen::FileStatus;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "polybind",
    version,
    about = "Describe an interface once; get native bindings for every language"
)]
struct Cli {
    /// Print only errors.
    #[arg(long, short, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
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
        #[arg(long)]
        dry_run: bool,
    },
    /// Work with the intermediate representation.
    Ir {
        #[command(subcommand)]
        command: IrCommand,
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let result = match cli.command {
        Command::Generate {
            config,
            targets,
            out,
            dry_run,
        } => Config::load(&config).and_then(|c| {
            let outputs = generate(
                &c,
                &GenerateOptions {
                    targets,
                    out,
                    dry_run,
                },
            )?;
            if !cli.quiet {
                for o in outputs {
                    for ch in o.changes {
                        let what = match (ch.status, dry_run) {
                            (FileStatus::Created, false) => "created",
                            (FileStatus::Updated, false) => "updated",
                            (FileStatus::Unchanged, _) => "unchanged",
                            (FileStatus::Created, true) => "would create",
                            (FileStatus::Updated, true) => "would update",
                        };
                        println!("{:>12} {} ({})", what, ch.path.display(), o.target);
                    }
                }
            }
            Ok(())
        }),
        Command::Ir {
            command: IrCommand::Dump { config },
        } => Config::load(&config)
            .and_then(|c| frontend::load(&c))
            .map(|lib| {
                print!("{}", polybind_ir::to_json(lib.library()));
            }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(diags) => {
            eprint!("{}", diagnostics::render(&diags, color));
            ExitCode::from(1)
        }
    }
}
