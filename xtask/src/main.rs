//! `cargo xtask`: the one entry point for project chores.
//!
//! * `cargo xtask example` — polybind's main job on the bundled example: build the crate,
//!   generate its C header, compile and run a C program against it.
//! * `cargo xtask conformance c` — the conformance suite through the C header, under ASan+UBSan.
//! * `cargo xtask ci` — everything CI checks, ending with `N passed, N failed`.

mod bench;
mod bench_all;
mod c_source;
mod conformance;
mod cpp;
mod cpp_bench;
mod docs;
mod dyn_bench;
mod gen_bench;
mod ocaml;
mod ocaml_source;
mod python;
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
    /// Build an example crate (default: geometry), generate its bindings and run the C program
    /// that uses them.
    Example {
        #[arg(default_value = "geometry")]
        name: String,
    },
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
    /// Build the book (docs/) with mdBook.
    Docs,
    /// Every check CI runs: formatting, lints, unit and snapshot tests, conformance, example.
    Ci,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Example { name } => example(&name).map(|_| ()),
        Command::Conformance { lang } => conformance::run(&lang).and_then(|s| s.into_result()),
        Command::Bench { what } => bench::run(&what),
        Command::Docs => docs::build(),
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
/// The examples, from beginner to advanced, and a line each one's output must contain.
const EXAMPLES: &[(&str, &str)] = &[
    ("hello", "Hello, C!"),
    ("geometry", "total area of 3 shapes"),
    ("inventory", "released 1 time(s)"),
];

/// An example: what a user of polybind does, end to end. `inventory` generates its header from
/// `build.rs`; the others run `polybind generate`.
fn example(name: &str) -> Result<String, String> {
    let root = run::root();
    let dir = root.join("examples").join(name);
    if !dir.join("Cargo.toml").is_file() {
        let names: Vec<&str> = EXAMPLES.iter().map(|(n, _)| *n).collect();
        return Err(format!(
            "no example `{name}` (examples: {})",
            names.join(", ")
        ));
    }
    run::cargo(&["build", "--quiet", "-p", name, "-p", "polybind-cli"])?;
    let polybind = run::target_dir().join("debug/polybind");
    println!("$ polybind generate   (in examples/{name})");
    run::cmd(&polybind, &["generate"], &dir)?;
    let exe = run::target_dir().join(format!("example-{name}"));
    let include = format!("-Iexamples/{name}/out/c");
    let source = format!("examples/{name}/c/main.c");
    let flags = [
        "-std=c11",
        "-Wall",
        "-Wextra",
        "-Werror",
        "-pedantic",
        "-fsanitize=address,undefined",
        "-g",
    ];
    let mut args: Vec<&str> = flags.to_vec();
    args.extend([include.as_str(), source.as_str()]);
    run::cc(&args, &run::target_dir().join("debug"), name, &exe)?;
    println!(
        "$ ./example-{name}   (examples/{name}/c/main.c, linked against lib{name}, ASan+UBSan)"
    );
    let out = run::capture(&exe, &[], &root, &[])?;
    print!("{out}");
    Ok(out)
}

/// Every example, checking each one's output.
fn examples() -> Result<(), String> {
    for (name, expected) in EXAMPLES {
        let out = example(name)?;
        if !out.contains(expected) {
            return Err(format!("example `{name}` did not print `{expected}`"));
        }
    }
    Ok(())
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
    step("libffi-dev", dyn_bench::ensure_libffi());
    // Before `cargo test`: the C-header frontend's tests open libclang.
    step("libclang-dev, make", c_source::ensure_tools());
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
        "conformance cpp",
        conformance::run("cpp").and_then(|s| s.into_result()),
    );
    step(
        "conformance python",
        conformance::run("python").and_then(|s| s.into_result()),
    );
    step(
        "conformance ocaml-source",
        conformance::run("ocaml-source").and_then(|s| s.into_result()),
    );
    step(
        "conformance ocaml",
        conformance::run("ocaml").and_then(|s| s.into_result()),
    );
    step(
        "conformance c-source",
        conformance::run("c-source").and_then(|s| s.into_result()),
    );
    step("examples", examples());
    step("docs", docs::build());
    println!("{} passed, {} failed", summary.passed, summary.failed);
    summary.into_result()
}
