//! `cargo xtask`: the one entry point for project chores.
//!
//! * `cargo xtask example` — polybind's main job on the bundled example: build the crate,
//!   generate its C header, compile and run a C program against it.
//! * `cargo xtask conformance c` — the conformance suite through the C header, under ASan+UBSan.
//! * `cargo xtask ci` — everything CI checks, ending with `N passed, N failed`.

mod bench;
mod conformance;
mod run;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "cargo xtask")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the example crate, generate its bindings and run the C program that uses them.
    Example,
    /// Run the conformance suite in one language.
    Conformance {
        /// The language (`c`).
        lang: String,
    },
    /// Run a benchmark (`python`, `cpp`, `dyn`, ...) and update docs/src/performance.md.
    Bench {
        /// What to measure.
        what: String,
    },
    /// Every check CI runs: formatting, lints, unit and snapshot tests, conformance, example.
    Ci,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Example => example().map(|_| ()),
        Command::Conformance { lang } => conformance::run(&lang).and_then(|s| s.into_result()),
        Command::Bench { what } => bench::run(&what),
        Command::Ci => ci(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The example: what a user of polybind does, end to end.
fn example() -> Result<String, String> {
    let root = run::root();
    let dir = root.join("examples/geometry");
    run::cargo(&["build", "--quiet", "-p", "geometry", "-p", "polybind-cli"])?;
    let polybind = run::target_dir().join("debug/polybind");
    println!("$ polybind generate   (in examples/geometry)");
    run::cmd(&polybind, &["generate"], &dir)?;
    let exe = run::target_dir().join("example-geometry");
    let lib_dir = run::target_dir().join("debug");
    run::cc(
        &[
            "-std=c11",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-pedantic",
            "-fsanitize=address,undefined",
            "-g",
            "-Iexamples/geometry/out/c",
            "examples/geometry/c/main.c",
        ],
        &lib_dir,
        "geometry",
        &exe,
    )?;
    println!("$ ./geometry-demo   (examples/geometry/c/main.c, linked against libgeometry)");
    let out = run::capture(&exe, &[], &root, &[])?;
    print!("{out}");
    Ok(out)
}

fn ci() -> Result<(), String> {
    let mut summary = conformance::Summary::default();
    let mut step = |name: &str, r: Result<(), String>| match &r {
        Ok(()) => {
            println!("ci: {name}: ok");
            summary.passed += 1;
        }
        Err(e) => {
            println!("ci: {name}: FAILED: {e}");
            summary.failed += 1;
        }
    };
    step("fmt", run::cargo(&["fmt", "--all", "--check"]));
    step(
        "clippy",
        run::cargo(&[
            "clippy",
            "--workspace",
            "--all-targets",
            "--quiet",
            "--",
            "-D",
            "warnings",
        ]),
    );
    step(
        "cargo test",
        run::cargo(&["test", "--workspace", "--quiet"]),
    );
    step(
        "conformance c",
        conformance::run("c").and_then(|s| s.into_result()),
    );
    step(
        "example",
        example().and_then(|out| {
            if out.contains("total area of 3 shapes") {
                Ok(())
            } else {
                Err("unexpected example output".into())
            }
        }),
    );
    println!("{} passed, {} failed", summary.passed, summary.failed);
    summary.into_result()
}
