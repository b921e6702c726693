//! `cargo xtask conformance python` and `cargo xtask bench python`: the Python backend's suite
//! (both flavours, pytest + `mypy --strict`) and benchmark. Everything they need is installed
//! into a venv under `target/` (created once, reused afterwards).

use crate::conformance::Summary;
use crate::run;
use std::path::{Path, PathBuf};

pub const FLAVOURS: &[&str] = &["native", "ctypes"];

/// A `python3` that can create venvs and build extensions (its `venv` module and `Python.h`),
/// installed with apt-get when missing.
fn ensure_python() -> Result<(), String> {
    let check = "import ensurepip, os, sysconfig, venv; assert os.path.exists(os.path.join(sysconfig.get_paths()['include'], 'Python.h'))";
    let ok = run::output(Path::new("python3"), &["-c", check], &run::root(), &[])
        .is_ok_and(|o| o.code == Some(0));
    if ok {
        return Ok(());
    }
    run::ensure_debs(&["python3", "python3-venv", "python3-dev"])
}

/// The venv's interpreter, creating the venv and installing pytest, mypy, setuptools and wheel
/// when they are missing.
pub fn venv() -> Result<PathBuf, String> {
    ensure_python()?;
    let dir = run::target_dir().join("python-venv");
    let python = dir.join("bin/python");
    if !python.exists() {
        let d = dir.display().to_string();
        run::cmd(Path::new("python3"), &["-m", "venv", &d], &run::root())?;
    }
    let have = run::output(
        &python,
        &["-c", "import pytest, mypy, setuptools, wheel"],
        &run::root(),
        &[],
    )?;
    if have.code != Some(0) {
        run::cmd(
            &python,
            &[
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "pytest",
                "mypy",
                "setuptools>=70.1",
                "wheel",
            ],
            &run::root(),
        )?;
    }
    Ok(python)
}

/// Generate the package of `config`'s library in `flavour` under `out/<flavour>` (import name
/// `<package>`), and pip-install it into the venv, built against `target/debug`.
pub fn generate_and_install(
    python: &Path,
    crate_dir: &Path,
    out: &Path,
    flavour: &str,
    package: &str,
) -> Result<PathBuf, String> {
    let lib_dir = run::target_dir().join("debug").display().to_string();
    generate_and_install_from(python, crate_dir, out, flavour, package, &lib_dir)
}

/// [`generate_and_install`] against the library in `lib_dir`.
pub fn generate_and_install_from(
    python: &Path,
    crate_dir: &Path,
    out: &Path,
    flavour: &str,
    package: &str,
    lib_dir: &str,
) -> Result<PathBuf, String> {
    let dir = out.join(flavour);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let config = dir.join("polybind.toml");
    let text = format!(
        "# Written by `cargo xtask` for the {flavour} flavour.\n[library]\ncrate = {:?}\n\n[targets.python]\nout = {:?}\nflavour = {flavour:?}\npackage = {package:?}\n",
        crate_dir.display().to_string(),
        dir.join("package").display().to_string(),
    );
    std::fs::write(&config, text).map_err(|e| format!("cannot write {}: {e}", config.display()))?;
    // The package directory is a build output: start it afresh, so that no stale file survives.
    let pkg = dir.join("package");
    if pkg.exists() {
        std::fs::remove_dir_all(&pkg)
            .map_err(|e| format!("cannot remove {}: {e}", pkg.display()))?;
    }
    let polybind = run::target_dir().join("debug/polybind");
    let config_s = config.display().to_string();
    run::cmd(
        &polybind,
        &["generate", "--quiet", "--config", &config_s],
        &run::root(),
    )?;
    pip_install(python, &pkg, Path::new(lib_dir))?;
    Ok(pkg)
}

/// pip-install the generated package `pkg` into the venv, its extension built against the
/// library in `lib_dir`.
pub fn pip_install(python: &Path, pkg: &Path, lib_dir: &Path) -> Result<(), String> {
    let pkg_s = pkg.display().to_string();
    let lib_s = lib_dir.display().to_string();
    let out = run::output(
        python,
        &[
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-build-isolation",
            "--no-deps",
            "--force-reinstall",
            &pkg_s,
        ],
        &run::root(),
        &[("POLYBIND_LIB_DIR", &lib_s)],
    )?;
    if out.code == Some(0) {
        Ok(())
    } else {
        Err(format!("pip could not install {pkg_s}"))
    }
}

pub fn conformance() -> Result<Summary, String> {
    let root = run::root();
    run::build_conformance()?;
    let python = venv()?;
    let out = run::target_dir().join("conformance/python");
    let mut packages = vec![];
    for flavour in FLAVOURS {
        let pkg = generate_and_install(
            &python,
            &root.join("conformance"),
            &out,
            flavour,
            &format!("conformance_{flavour}"),
        )?;
        packages.push(pkg.join(format!("conformance_{flavour}")));
    }
    let harness = root.join("conformance/harness/python");
    let lib_dir = run::target_dir().join("debug").display().to_string();
    let env = [
        ("POLYBIND_LIB_DIR", lib_dir.as_str()),
        ("RUST_BACKTRACE", "0"),
        ("PYTHONDONTWRITEBYTECODE", "1"),
    ];
    // Strict typing of the generated packages and of the tests that use them.
    let mut mypy_args = vec![
        "-m".to_owned(),
        "mypy".into(),
        "--strict".into(),
        "--no-incremental".into(),
        "--cache-dir=/dev/null".into(),
    ];
    mypy_args.extend(packages.iter().map(|p| p.display().to_string()));
    mypy_args.push(harness.display().to_string());
    let mypy_refs: Vec<&str> = mypy_args.iter().map(String::as_str).collect();
    let mypy = run::output(&python, &mypy_refs, &root, &env)?;
    print!("{}", mypy.stdout);
    let mypy_ok = mypy.code == Some(0);
    let harness_s = harness.display().to_string();
    let cases = root.join("conformance/cases.toml").display().to_string();
    let mut env_cases = env.to_vec();
    env_cases.push(("CONFORMANCE_CASES", &cases));
    let output = run::output(
        &python,
        &[
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--tb=short",
            &harness_s,
        ],
        &root,
        &env_cases,
    )?;
    print!("{}", output.stdout);
    let mut summary =
        pytest_summary(&output.stdout).ok_or("pytest printed no summary line (did it crash?)")?;
    if !mypy_ok {
        println!("mypy --strict: FAILED");
        summary.failed += 1;
    } else {
        summary.passed += 1;
    }
    // Native leaks: the case tests again under valgrind (definite leaks only; see
    // docs/src/python.md for why these flags).
    match valgrind(&python, &harness, &env) {
        Ok(()) => {
            println!("valgrind: no definite leak");
            summary.passed += 1;
        }
        Err(e) => {
            println!("valgrind: FAILED: {e}");
            summary.failed += 1;
        }
    }
    println!("{} passed, {} failed", summary.passed, summary.failed);
    Ok(summary)
}

/// valgrind's arguments for a leak check in which only definite leaks count, and fail the run
/// with status 99.
const VALGRIND_LEAKS: [&str; 6] = [
    "--quiet",
    "--undef-value-errors=no",
    "--leak-check=full",
    "--show-leak-kinds=definite",
    "--errors-for-leak-kinds=definite",
    "--error-exitcode=99",
];

/// The pytest suite `harness` against the installed package of a library built into `lib_dir`
/// (its cases in `cases`), then the same suite under valgrind with Python's own allocator off,
/// so that every allocation is seen: a definite leak fails (Python's caches, and a foreign
/// runtime's heap, stay reachable until exit by design). The pytest summary, with one more check
/// for valgrind.
pub fn pytest_and_valgrind(
    python: &Path,
    harness: &Path,
    cases: &Path,
    lib_dir: &Path,
) -> Result<Summary, String> {
    run::ensure_debs(&["valgrind"])?;
    let root = run::root();
    let harness_s = harness.display().to_string();
    let cases_s = cases.display().to_string();
    let lib_s = lib_dir.display().to_string();
    let env = [
        ("POLYBIND_LIB_DIR", lib_s.as_str()),
        ("PYTHONDONTWRITEBYTECODE", "1"),
        ("CONFORMANCE_CASES", cases_s.as_str()),
    ];
    let pytest = [
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "--tb=short",
        harness_s.as_str(),
    ];
    let out = run::output(python, &pytest, &root, &env)?;
    print!("{}", out.stdout);
    let mut summary =
        Summary::parse(&out.stdout).ok_or("pytest printed no `N passed, N failed` line")?;
    let python_s = python.display().to_string();
    let mut args = VALGRIND_LEAKS.to_vec();
    args.push(python_s.as_str());
    args.extend(pytest);
    let mut venv = env.to_vec();
    venv.push(("PYTHONMALLOC", "malloc"));
    let vg = run::output(Path::new("valgrind"), &args, &root, &venv)?;
    match vg.code {
        Some(0) => {
            println!("valgrind: no definite leak");
            summary.passed += 1;
        }
        Some(99) => {
            println!("valgrind: FAILED: a definite leak (see above)");
            summary.failed += 1;
        }
        other => {
            print!("{}", vg.stdout);
            println!("valgrind: FAILED: the suite failed under valgrind (exit {other:?})");
            summary.failed += 1;
        }
    }
    Ok(summary)
}

/// The case tests (not `test_extra.py`, whose 10^5-call loops are for the reference-leak
/// check) under valgrind's leak checker, with Python's own allocator off so that every
/// allocation is seen. valgrind is installed with apt-get when missing.
fn valgrind(python: &Path, harness: &Path, env: &[(&str, &str)]) -> Result<(), String> {
    run::ensure_debs(&["valgrind"])?;
    let python_s = python.display().to_string();
    let files: Vec<String> = [
        "test_cases_data.py",
        "test_cases_calls.py",
        "test_cases_misc.py",
    ]
    .iter()
    .map(|f| harness.join(f).display().to_string())
    .collect();
    let mut args = VALGRIND_LEAKS.to_vec();
    args.extend([
        python_s.as_str(),
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
    ]);
    args.extend(files.iter().map(String::as_str));
    let mut env = env.to_vec();
    env.push(("PYTHONMALLOC", "malloc"));
    let out = run::output(Path::new("valgrind"), &args, &run::root(), &env)?;
    match out.code {
        Some(0) => Ok(()),
        Some(99) => Err("valgrind reported a definite leak (see above)".into()),
        other => {
            print!("{}", out.stdout);
            Err(format!("the suite failed under valgrind (exit {other:?})"))
        }
    }
}

/// Read pytest's last line (`3 failed, 250 passed, 1 error in 2.1s`); errors count as failures.
fn pytest_summary(output: &str) -> Option<Summary> {
    let line = output
        .lines()
        .rev()
        .find(|l| l.contains(" passed") || l.contains(" failed") || l.contains(" error"))?;
    let mut s = Summary::default();
    let words: Vec<&str> = line
        .split([' ', ','])
        .filter(|w| !w.is_empty() && *w != "=")
        .collect();
    for pair in words.windows(2) {
        let Ok(n) = pair[0].parse::<usize>() else {
            continue;
        };
        match pair[1] {
            "passed" => s.passed += n,
            "failed" | "error" | "errors" => s.failed += n,
            _ => {}
        }
    }
    Some(s)
}

/// The implementations of the benchmark, in column order (DESIGN §3 `impl` names).
const IMPLS: &[&str] = &["generated", "generated-ctypes", "handwritten", "ctypes"];
use crate::bench::SHAPES;
const ROUNDS: usize = 5;

pub fn bench() -> Result<(), String> {
    let root = run::root();
    run::cargo(&["build", "--quiet", "--release", "-p", "pbbench"])?;
    run::cargo(&["build", "--quiet", "-p", "polybind-cli"])?;
    let python = venv()?;
    let out = run::target_dir().join("bench/python");
    // The generated packages are built against the release library.
    let release = run::target_dir().join("release");
    let release_s = release.display().to_string();
    let mut native_pkg = PathBuf::new();
    for flavour in FLAVOURS {
        let pkg = generate_and_install_from(
            &python,
            &root.join("bench/lib"),
            &out,
            flavour,
            &format!("pbbench_{flavour}"),
            &release_s,
        )?;
        if *flavour == "native" {
            native_pkg = pkg.join("pbbench_native");
        }
    }
    // The hand-written extension, against the header shipped in the generated package.
    let hand = out.join("hand");
    std::fs::create_dir_all(&hand).map_err(|e| format!("cannot create {}: {e}", hand.display()))?;
    let cfg = |what: &str| -> Result<String, String> {
        let o = run::capture(
            &python,
            &[
                "-c",
                &format!(
                    "import sysconfig; print(sysconfig.get_config_var('{what}') or sysconfig.get_paths()['{what}'] if '{what}' == 'include' else sysconfig.get_config_var('{what}'))"
                ),
            ],
            &root,
            &[],
        )?;
        Ok(o.trim().to_owned())
    };
    let include = format!("-I{}", cfg("include")?);
    let ext = hand.join(format!("pbbench_hand{}", cfg("EXT_SUFFIX")?));
    let header_dir = format!("-I{}", native_pkg.display());
    let src = root
        .join("bench/python/handwritten.c")
        .display()
        .to_string();
    run::cc(
        &[
            "-shared",
            "-fPIC",
            "-O2",
            "-Wall",
            "-Wextra",
            "-Werror",
            &include,
            &header_dir,
            &src,
        ],
        &release,
        "pbbench",
        &ext,
    )?;
    // Interleaved rounds, one process per implementation and round; the best round counts.
    let pythonpath = format!("{}:{}", hand.display(), root.join("bench/python").display());
    let script = root.join("bench/python/bench.py").display().to_string();
    let mut best: Vec<Vec<f64>> = vec![vec![f64::INFINITY; SHAPES.len()]; IMPLS.len()];
    for round in 0..ROUNDS {
        for (i, imp) in IMPLS.iter().enumerate() {
            let number = if imp.contains("ctypes") {
                "100000"
            } else {
                "1000000"
            };
            let text = run::capture(
                &python,
                &[&script, imp, number],
                &root,
                &[
                    ("PYTHONPATH", &pythonpath),
                    ("POLYBIND_LIB_DIR", &release_s),
                ],
            )?;
            for (s, shape) in SHAPES.iter().enumerate() {
                let v = json_number(&text, shape)
                    .ok_or_else(|| format!("{imp} printed no figure for {shape}: {text}"))?;
                best[i][s] = best[i][s].min(v);
            }
            eprintln!("bench python: round {}/{ROUNDS}: {imp} done", round + 1);
        }
    }
    let mut rows = vec![];
    for (i, imp) in IMPLS.iter().enumerate() {
        for (s, shape) in SHAPES.iter().enumerate() {
            rows.push(crate::bench::Row {
                shape: (*shape).into(),
                implementation: (*imp).into(),
                ns_per_call: best[i][s],
                allocs_per_call: None,
            });
        }
    }
    crate::bench::write_json("python", &rows)?;
    let table = table(&best);
    let machine = machine(&python)?;
    println!("{machine}\n\n{table}");
    crate::bench::write_section("python", &format!("{machine}\n\n{table}"))
}

/// The value of `"key": <number>` in a flat JSON object.
fn json_number(text: &str, key: &str) -> Option<f64> {
    let at = text.find(&format!("\"{key}\":"))? + key.len() + 3;
    let rest = text[at..].trim_start();
    let end = rest.find([',', '}']).unwrap_or(rest.len());
    rest[..end].trim().parse().ok()
}

fn table(best: &[Vec<f64>]) -> String {
    let mut t = String::from(
        "| shape | generated native (ns) | generated ctypes (ns) | hand-written METH_FASTCALL (ns) | hand-written ctypes (ns) | native / hand-written | ctypes / hand ctypes | hand ctypes / native |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    for (s, shape) in SHAPES.iter().enumerate() {
        let (g, gc, h, c) = (best[0][s], best[1][s], best[2][s], best[3][s]);
        t.push_str(&format!(
            "| {shape} | {g:.1} | {gc:.1} | {h:.1} | {c:.1} | {:.2}× | {:.2}× | {:.1}× |\n",
            g / h,
            gc / c,
            c / g
        ));
    }
    t
}

fn machine(python: &Path) -> Result<String, String> {
    let v = run::capture(
        python,
        &[
            "-c",
            "import platform, sys; print(f'Python {platform.python_version()} ({sys.implementation.name}), {platform.machine()}, {platform.processor() or platform.platform()}')",
        ],
        &run::root(),
        &[],
    )?;
    let cpu = crate::bench::cpu_model();
    Ok(format!(
        "Measured by `cargo xtask bench python` on {cpu}, {} (best of {ROUNDS} interleaved rounds, one process per implementation and round; ns per call with the empty-loop cost subtracted; the library built with `--release`).",
        v.trim()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_pytest_summaries() {
        let s = pytest_summary("x\n3 failed, 250 passed, 1 error in 2.10s\n").unwrap();
        assert_eq!((s.passed, s.failed), (250, 4));
        let s = pytest_summary("12 passed in 0.5s").unwrap();
        assert_eq!((s.passed, s.failed), (12, 0));
    }
}
