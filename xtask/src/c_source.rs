//! `cargo xtask conformance c-source`: a C library as the source. The C reference library
//! (`conformance/c-source`) is bound by `polybind generate` (C stubs + Makefile, and the Python
//! package), built with the generated Makefile into `libcref_pb.so`, checked by `polybind
//! verify` and tested from Python with pytest, also under valgrind.

use crate::conformance::Summary;
use crate::run;
use std::path::{Path, PathBuf};

/// The canonical library's name (`<header>_pb`).
const LIB: &str = "cref_pb";

/// libclang (read at run time by the C-header frontend), make, g++ (the C++ wrapper) and
/// valgrind from Debian.
pub fn ensure_tools() -> Result<(), String> {
    run::ensure_debs(&["libclang-dev", "make", "g++", "valgrind"])
}

/// Copy `from` (files and directories) into `to`.
fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    let entries =
        std::fs::read_dir(from).map_err(|e| format!("cannot list {}: {e}", from.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let Some(name) = path.file_name() else {
            continue;
        };
        if path.is_dir() {
            copy_tree(&path, &to.join(name))?;
        } else {
            std::fs::copy(&path, to.join(name))
                .map_err(|e| format!("cannot copy {}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// A fresh copy of the reference library under `target/`, generated and built; returns it and
/// the directory holding `lib<LIB>.so`.
fn build() -> Result<(PathBuf, PathBuf), String> {
    let root = run::root();
    let work = run::target_dir().join("conformance/c-source");
    if work.exists() {
        std::fs::remove_dir_all(&work)
            .map_err(|e| format!("cannot remove {}: {e}", work.display()))?;
    }
    copy_tree(&root.join("conformance/c-source"), &work)?;
    let polybind = run::target_dir().join("debug/polybind");
    let config = work.join("polybind.toml").display().to_string();
    run::cmd(
        &polybind,
        &["generate", "--quiet", "--config", &config],
        &root,
    )?;
    let stubs = work.join("stubs");
    let stubs_s = stubs.display().to_string();
    // Allocation tracking on, as in the Rust runtime's debug builds: the harness asserts that
    // nothing is left live.
    run::cmd(
        Path::new("make"),
        &["--quiet", "-C", &stubs_s, "CPPFLAGS=-DPB_TRACK_ALLOCATIONS"],
        &root,
    )?;
    let so = stubs.join(format!("lib{LIB}.so")).display().to_string();
    run::cmd(&polybind, &["verify", "--config", &config, &so], &root)?;
    Ok((work, stubs))
}

pub fn conformance() -> Result<Summary, String> {
    ensure_tools()?;
    run::cargo(&["build", "--quiet", "-p", "polybind-cli"])?;
    let root = run::root();
    let (work, lib_dir) = build()?;
    let python = crate::python::venv()?;
    crate::python::pip_install(&python, &work.join("python"), &lib_dir)?;
    let mut summary = crate::python::pytest_and_valgrind(
        &python,
        &root.join("conformance/harness/c-source"),
        &root.join("conformance/c-source/cases.toml"),
        &lib_dir,
    )?;
    match cpp_wrapper(&work, &lib_dir) {
        Ok(()) => summary.passed += 1,
        Err(e) => {
            println!("c++ wrapper: FAILED: {e}");
            summary.failed += 1;
        }
    }
    println!("{} passed, {} failed", summary.passed, summary.failed);
    Ok(summary)
}

/// The C++ wrapper of the same library, compiled at the strictest warnings and run
/// (`conformance/harness/c-source/main.cpp`).
fn cpp_wrapper(work: &Path, lib_dir: &Path) -> Result<(), String> {
    let root = run::root();
    let include = format!("-I{}", work.join("cpp").display());
    let source = root
        .join("conformance/harness/c-source/main.cpp")
        .display()
        .to_string();
    let exe = work.join("cpp-wrapper");
    let lib_s = lib_dir.display().to_string();
    let rpath = format!("-Wl,-rpath,{lib_s}");
    let exe_s = exe.display().to_string();
    run::cmd(
        Path::new("g++"),
        &[
            "-std=c++17",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-pedantic",
            &include,
            &source,
            "-L",
            &lib_s,
            "-lcref_pb",
            &rpath,
            "-o",
            &exe_s,
        ],
        &root,
    )?;
    let out = run::capture(&exe, &[], &root, &[])?;
    print!("{out}");
    if out.contains("c++ wrapper: 0 failed") {
        Ok(())
    } else {
        Err("the C++ program reported failures".into())
    }
}
