//! `cargo xtask conformance <lang>`: build the reference library, generate its bindings, run the
//! language's harness over every case of `conformance/cases.toml`.

use crate::run;

#[derive(Debug, Default, Clone, Copy)]
pub struct Summary {
    pub passed: usize,
    pub failed: usize,
}

impl Summary {
    pub fn into_result(self) -> Result<(), String> {
        if self.failed == 0 && self.passed > 0 {
            Ok(())
        } else if self.passed == 0 && self.failed == 0 {
            Err("no test ran".into())
        } else {
            Err(format!("{} failed", self.failed))
        }
    }

    /// Read the last `N passed, N failed` line of a harness's output.
    pub fn parse(output: &str) -> Option<Summary> {
        let line = output
            .lines()
            .rev()
            .find(|l| l.contains(" passed, ") && l.contains(" failed"))?;
        let mut words = line.split_whitespace();
        let passed = words.next()?.parse().ok()?;
        let _ = words.next();
        let failed = words.next()?.parse().ok()?;
        Some(Summary { passed, failed })
    }
}

pub fn run(lang: &str) -> Result<Summary, String> {
    match lang {
        "c" => c(),
        "cpp" => crate::cpp::conformance(),
        "python" => crate::python::conformance(),
        "ocaml-source" => crate::ocaml_source::conformance(),
        "c-source" => crate::c_source::conformance(),
        "ocaml" => crate::ocaml::conformance(),
        other => Err(format!(
            "no conformance harness for `{other}` yet (available: c)"
        )),
    }
}

fn c() -> Result<Summary, String> {
    let root = run::root();
    run::build_conformance()?;
    let target = run::target_dir();
    let out = target.join("conformance");
    let out_s = out.display().to_string();
    let polybind = target.join("debug/polybind");
    run::cmd(
        &polybind,
        &[
            "generate",
            "--quiet",
            "--config",
            "conformance/polybind.toml",
            "--out",
            &out_s,
        ],
        &root,
    )?;
    verify_detects_staleness(&polybind, &target)?;
    let harness_dir = root.join("conformance/harness/c");
    let mut sources: Vec<String> = std::fs::read_dir(&harness_dir)
        .map_err(|e| format!("cannot list {}: {e}", harness_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "c"))
        .map(|p| p.display().to_string())
        .collect();
    sources.sort();
    let include = format!("-I{}", out.join("c").display());
    let exe = out.join("c/harness");
    let mut args = vec![
        "-std=c11",
        "-Wall",
        "-Wextra",
        "-Werror",
        "-pedantic",
        "-g",
        "-O1",
        "-fsanitize=address,undefined",
        "-fno-sanitize-recover=all",
        "-fno-omit-frame-pointer",
        &include,
    ];
    args.extend(sources.iter().map(String::as_str));
    run::cc(&args, &target.join("debug"), "conformance", &exe)?;
    // The header must also be valid, warning-free C++ (the C++ backend includes it).
    let header = out.join("c/conformance.h");
    let header_s = header.display().to_string();
    run::cmd(
        std::path::Path::new("g++"),
        &[
            "-std=c++17",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-pedantic",
            "-fsyntax-only",
            "-x",
            "c++",
            &header_s,
        ],
        &root,
    )?;
    let cases = root.join("conformance/cases.toml").display().to_string();
    let summary = run_harness(&exe, &[&cases], ("CONFORMANCE_HEADER", &header_s), "c")?;
    Ok(summary)
}

/// `polybind verify` accepts the library it was generated from and rejects it against an
/// interface that changed since (here: one parameter type edited in the IR).
fn verify_detects_staleness(
    polybind: &std::path::Path,
    target: &std::path::Path,
) -> Result<(), String> {
    let root = run::root();
    let lib = target.join("debug/libconformance.so").display().to_string();
    run::cmd(
        polybind,
        &[
            "verify",
            "--quiet",
            "--config",
            "conformance/polybind.toml",
            &lib,
        ],
        &root,
    )?;
    let ir = run::capture(
        polybind,
        &["ir", "dump", "--config", "conformance/polybind.toml"],
        &root,
        &[],
    )?;
    let needle = "\"name\": \"echo_u32\",\n      \"params\": [\n        {\n          \"name\": \"x\",\n          \"type\": \"u32\"";
    if !ir.contains(needle) {
        return Err(
            "the conformance IR no longer has `echo_u32(x: u32)`; update verify_detects_staleness"
                .into(),
        );
    }
    let dir = target.join("conformance/stale");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    std::fs::write(
        dir.join("api.json"),
        ir.replace(needle, &needle.replace("\"u32\"", "\"u64\"")),
    )
    .map_err(|e| e.to_string())?;
    std::fs::write(dir.join("polybind.toml"), "[library]\nir = \"api.json\"\n")
        .map_err(|e| e.to_string())?;
    let config = dir.join("polybind.toml").display().to_string();
    let out = run::output(polybind, &["verify", "--config", &config, &lib], &root, &[])?;
    if out.code != Some(1) {
        return Err(format!(
            "`polybind verify` accepted a stale library (exit {:?})",
            out.code
        ));
    }
    println!("verify: accepts libconformance.so, rejects it against a changed interface");
    Ok(())
}

/// Run a compiled, sanitized harness over the case list: a sanitizer report or a crash fails the
/// run whatever the counts say; otherwise the harness's `N passed, N failed` line is the result.
pub fn run_harness(
    exe: &std::path::Path,
    args: &[&str],
    generated: (&str, &str),
    lang: &str,
) -> Result<Summary, String> {
    let output = run::output(
        exe,
        args,
        &run::root(),
        &[
            (
                "ASAN_OPTIONS",
                "detect_leaks=1:abort_on_error=0:exitcode=23",
            ),
            (
                "UBSAN_OPTIONS",
                "print_stacktrace=1:halt_on_error=1:exitcode=24",
            ),
            generated,
            // Caught panics are expected in the suite; keep their reports short.
            ("RUST_BACKTRACE", "0"),
        ],
    )?;
    print!("{}", output.stdout);
    match output.code {
        Some(0) | Some(1) => {}
        Some(23) => {
            return Err("AddressSanitizer/LeakSanitizer reported an error (see above)".into());
        }
        Some(24) => return Err("UndefinedBehaviorSanitizer reported an error (see above)".into()),
        other => return Err(format!("the {lang} harness crashed (exit {other:?})")),
    }
    let summary = Summary::parse(&output.stdout).ok_or(format!(
        "the {lang} harness printed no `N passed, N failed` line"
    ))?;
    println!(
        "conformance {lang}: {} passed, {} failed",
        summary.passed, summary.failed
    );
    Ok(summary)
}
