//! `cargo xtask conformance cpp`: the conformance suite through the generated C++ wrapper, as
//! GoogleTest tests (`conformance/harness/cpp`), compiled with `-std=c++17 -Wall -Wextra -Werror
//! -pedantic` under ASan+UBSan (LeakSanitizer on), and compiled again as C++20.

use crate::conformance::Summary;
use crate::run;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Strict flags every C++ translation unit of ours compiles with.
const STRICT: &[&str] = &["-Wall", "-Wextra", "-Werror", "-pedantic"];

/// Install a Debian package unless it is installed already (CI starts from a fresh machine).
pub fn ensure_package(package: &str) -> Result<(), String> {
    run::ensure_debs(&[package])
}

/// Build the reference library and the CLI, generate `target/conformance/cpp`.
pub fn generate_conformance() -> Result<PathBuf, String> {
    let root = run::root();
    run::build_conformance()?;
    let target = run::target_dir();
    let out = target.join("conformance");
    let out_s = out.display().to_string();
    // Pure build output: start clean so that no earlier run's files are taken for hand edits.
    let dir = out.join("cpp");
    if dir.exists() {
        std::fs::remove_dir_all(&dir)
            .map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
    }
    run::cmd(
        &target.join("debug/polybind"),
        &[
            "generate",
            "--quiet",
            "--config",
            "conformance/polybind.toml",
            "--target",
            "cpp",
            "--out",
            &out_s,
        ],
        &root,
    )?;
    // The same library with `errors = "expected"` in namespace `cfx`, for cases_expected.cpp.
    let expected = dir.join("expected");
    std::fs::create_dir_all(&expected)
        .map_err(|e| format!("cannot create {}: {e}", expected.display()))?;
    let config = expected.join("polybind.toml");
    std::fs::write(
        &config,
        format!(
            "[library]\ncrate = {:?}\n\n[targets.cpp]\nout = \".\"\nnamespace = \"cfx\"\nerrors = \"expected\"\n",
            root.join("conformance").display().to_string()
        ),
    )
    .map_err(|e| format!("cannot write {}: {e}", config.display()))?;
    run::cmd(
        &target.join("debug/polybind"),
        &[
            "generate",
            "--quiet",
            "--config",
            &config.display().to_string(),
            "--target",
            "cpp",
        ],
        &root,
    )?;
    Ok(dir)
}

pub fn conformance() -> Result<Summary, String> {
    ensure_package("libgtest-dev")?;
    let root = run::root();
    let generated = generate_conformance()?;
    let harness = root.join("conformance/harness/cpp");
    let mut sources: Vec<String> = std::fs::read_dir(&harness)
        .map_err(|e| format!("cannot list {}: {e}", harness.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "cpp"))
        .map(|p| p.display().to_string())
        .collect();
    sources.sort();
    let include_gen = format!("-I{}", generated.display());
    let include_harness = format!("-I{}", harness.display());
    let lib_dir = run::target_dir().join("debug");

    // One object per source under ASan+UBSan as C++17, and the same sources checked as C++20
    // (front end only), compiled two at a time: GoogleTest code is slow to compile. -O0 keeps
    // the sanitizer build fast; the wrapper's optimised path is compiled by `cargo xtask bench
    // cpp` (-O2, same strict warnings).
    let mut cxx17: Vec<String> = vec!["-std=c++17".into()];
    cxx17.extend(STRICT.iter().map(|s| s.to_string()));
    cxx17.extend(
        [
            "-g",
            "-O0",
            "-fsanitize=address,undefined",
            "-fno-sanitize-recover=all",
            "-fno-omit-frame-pointer",
        ]
        .map(String::from),
    );
    cxx17.extend([include_gen.clone(), include_harness.clone()]);
    let mut cxx20: Vec<String> = vec!["-std=c++20".into(), "-fsyntax-only".into()];
    cxx20.extend(STRICT.iter().map(|s| s.to_string()));
    cxx20.extend([include_gen.clone(), include_harness.clone()]);
    let obj_dir = generated.join("obj");
    std::fs::create_dir_all(&obj_dir)
        .map_err(|e| format!("cannot create {}: {e}", obj_dir.display()))?;
    let mut jobs: Vec<Vec<String>> = vec![];
    let mut objects: Vec<String> = vec![];
    for src in &sources {
        let stem = Path::new(src)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let obj = obj_dir.join(format!("{stem}.o")).display().to_string();
        let mut job = cxx17.clone();
        job.extend(["-c".into(), src.clone(), "-o".into(), obj.clone()]);
        jobs.push(job);
        objects.push(obj);
        let mut job = cxx20.clone();
        job.push(src.clone());
        jobs.push(job);
    }
    compile_parallel(&jobs)?;
    let exe = generated.join("harness");
    let exe_s = exe.display().to_string();
    let lib_dir_s = lib_dir.display().to_string();
    let rpath = format!("-Wl,-rpath,{lib_dir_s}");
    let mut args: Vec<&str> = vec!["-fsanitize=address,undefined"];
    args.extend(objects.iter().map(String::as_str));
    args.extend([
        "-L",
        lib_dir_s.as_str(),
        "-lconformance",
        rpath.as_str(),
        "-lgtest",
        "-pthread",
        "-o",
        exe_s.as_str(),
    ]);
    run::cmd(Path::new("g++"), &args, &root)?;

    let cases = root.join("conformance/cases.toml").display().to_string();
    let hpp = generated.join("conformance.hpp").display().to_string();
    crate::conformance::run_harness(
        &exe,
        &[&cases, "--gtest_brief=1"],
        ("CONFORMANCE_HPP", &hpp),
        "cpp",
    )
}

/// Run every `g++` command line of `jobs`, two at a time (the machine CI runs on has 2 cores).
pub fn compile_parallel(jobs: &[Vec<String>]) -> Result<(), String> {
    let mut failed = vec![];
    for pair in jobs.chunks(2) {
        let mut children = vec![];
        for args in pair {
            let child = Command::new("g++")
                .args(args)
                .current_dir(run::root())
                .spawn()
                .map_err(|e| format!("cannot run g++: {e}"))?;
            children.push((args.join(" "), child));
        }
        for (cmd, mut child) in children {
            if !child.wait().is_ok_and(|s| s.success()) {
                failed.push(format!("`g++ {cmd}`"));
            }
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("compilation failed: {}", failed.join("; ")))
    }
}
