//! `cargo xtask conformance ocaml-source` and `cargo xtask bench ocaml-source`: OCaml as the
//! source of a library. The OCaml reference library (`conformance/ocaml-source`) is bound by
//! `polybind generate` (C stubs + dune rules, and the Python package), built with dune into
//! `libconformance_ml.so`, and tested from Python with pytest, also under valgrind.

use crate::conformance::Summary;
use crate::run;
use std::path::{Path, PathBuf};

/// The OCaml reference library's name.
const LIB: &str = "conformance_ml";

/// OCaml, dune and findlib from Debian.
pub fn ensure_ocaml() -> Result<(), String> {
    run::ensure_debs(&["ocaml-nox", "ocaml-dune", "ocaml-findlib"])
}

/// A fresh dune workspace under `target/<dir>` holding a copy of `project`'s `dune-project` and
/// of its `dirs` (the user's side), with polybind's output generated into `gen/`, built with
/// `env`; returns the workspace and the directory holding the built `lib<lib>.so`.
fn build_workspace(
    project: &Path,
    dir: &str,
    dirs: &[&str],
    env: &[(&str, &str)],
) -> Result<(PathBuf, PathBuf), String> {
    let work = run::target_dir().join(dir);
    if work.exists() {
        std::fs::remove_dir_all(&work)
            .map_err(|e| format!("cannot remove {}: {e}", work.display()))?;
    }
    for d in dirs {
        copy_dir(&project.join(d), &work.join(d))?;
    }
    copy_file(&project.join("dune-project"), &work.join("dune-project"))?;
    let polybind = run::target_dir().join("debug/polybind");
    let config = project.join("polybind.toml").display().to_string();
    let gen_dir = work.join("gen").display().to_string();
    run::cmd(
        &polybind,
        &[
            "generate", "--quiet", "--config", &config, "--out", &gen_dir,
        ],
        &run::root(),
    )?;
    let work_s = work.display().to_string();
    // `--root`: the workspace is this directory, whatever dune-project lies above it.
    let dune = run::output(
        Path::new("dune"),
        &["build", "--root", &work_s, "--display", "quiet"],
        &run::root(),
        env,
    )?;
    if dune.code != Some(0) {
        print!("{}", dune.stdout);
        return Err(format!("`dune build` failed in {work_s}"));
    }
    let lib_dir = work.join("_build/default/gen/ocaml-stubs");
    Ok((work, lib_dir))
}

fn copy_file(from: &Path, to: &Path) -> Result<(), String> {
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    let entries =
        std::fs::read_dir(from).map_err(|e| format!("cannot list {}: {e}", from.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_file()
            && let Some(name) = path.file_name()
        {
            copy_file(&path, &to.join(name))?;
        }
    }
    Ok(())
}

pub fn conformance() -> Result<Summary, String> {
    ensure_ocaml()?;
    run::cargo(&["build", "--quiet", "-p", "polybind-cli"])?;
    let root = run::root();
    let (work, lib_dir) = build_workspace(
        &root.join("conformance/ocaml-source"),
        "conformance/ocaml-source",
        &["src"],
        &[],
    )?;
    // The checksum and layout symbols of the stubs are the ones `polybind verify` expects.
    let so = lib_dir.join(format!("lib{LIB}.so")).display().to_string();
    run::cmd(
        &run::target_dir().join("debug/polybind"),
        &[
            "verify",
            "--config",
            "conformance/ocaml-source/polybind.toml",
            &so,
        ],
        &root,
    )?;
    let python = crate::python::venv()?;
    crate::python::pip_install(&python, &work.join("gen/python"), &lib_dir)?;
    let summary = crate::python::pytest_and_valgrind(
        &python,
        &root.join("conformance/harness/ocaml-source"),
        &root.join("conformance/ocaml-source/cases.toml"),
        &lib_dir,
    )?;
    println!("{} passed, {} failed", summary.passed, summary.failed);
    Ok(summary)
}

const SHAPES: &[&str] = &["primitive_void", "primitive_u32", "string_in", "string_out"];

/// `cargo xtask bench ocaml-source`: one call from Python into OCaml, through the generated
/// stubs and package (`generated`) and through the hand-written extension of
/// `bench/ocaml-source/handwritten` (`handwritten`). The two embed an OCaml runtime each, so
/// they run in separate processes, alternately, best of each kept.
pub fn bench() -> Result<(), String> {
    ensure_ocaml()?;
    run::cargo(&["build", "--quiet", "-p", "polybind-cli"])?;
    let root = run::root();
    let python = crate::python::venv()?;
    let include = run::capture(
        &python,
        &[
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['include'])",
        ],
        &root,
        &[],
    )?;
    let (work, lib_dir) = build_workspace(
        &root.join("bench/ocaml-source"),
        "bench/ocaml-source",
        &["src", "handwritten"],
        &[("PYTHON_INCLUDE", include.trim())],
    )?;
    crate::python::pip_install(&python, &work.join("gen/python"), &lib_dir)?;
    let script = root
        .join("bench/ocaml-source/bench.py")
        .display()
        .to_string();
    let lib_s = lib_dir.display().to_string();
    let hand = work
        .join("_build/default/handwritten")
        .display()
        .to_string();
    let mut best: Vec<(&str, Vec<f64>)> = vec![
        ("generated", vec![f64::INFINITY; SHAPES.len()]),
        ("handwritten", vec![f64::INFINITY; SHAPES.len()]),
    ];
    for _round in 0..3 {
        for (implementation, times) in &mut best {
            let out = run::capture(
                &python,
                &[&script, implementation],
                &root,
                &[("POLYBIND_LIB_DIR", &lib_s), ("PYTHONPATH", &hand)],
            )?;
            let row: serde_json::Value = serde_json::from_str(out.trim())
                .map_err(|e| format!("bench.py printed no JSON ({e}): {out}"))?;
            for (i, shape) in SHAPES.iter().enumerate() {
                let ns = row[*shape]
                    .as_f64()
                    .ok_or(format!("bench.py reported no `{shape}`"))?;
                times[i] = times[i].min(ns);
            }
        }
    }
    let mut rows = vec![];
    let mut table = String::from(
        "| shape | generated (ns/call) | hand-written (ns/call) | ratio |\n| --- | --- | --- | --- |\n",
    );
    for (i, shape) in SHAPES.iter().enumerate() {
        let (g, h) = (best[0].1[i], best[1].1[i]);
        table.push_str(&format!(
            "| {shape} | {g:.1} | {h:.1} | {:.2}x |\n",
            g / h.max(0.1)
        ));
        for (implementation, ns) in [("generated", g), ("handwritten", h)] {
            rows.push(crate::bench::Row {
                shape: (*shape).into(),
                implementation: implementation.into(),
                ns_per_call: ns,
                allocs_per_call: None,
            });
        }
    }
    let machine = run::capture(Path::new("uname"), &["-srm"], &root, &[])?;
    let ocaml = run::capture(Path::new("ocamlopt"), &["-version"], &root, &[])?;
    let py = run::capture(&python, &["--version"], &root, &[])?;
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load: Vec<&str> = load.split_whitespace().take(3).collect();
    let section = format!(
        "### OCaml as the source: one call from Python into OCaml\n\n`cargo xtask bench ocaml-source`: the generated Python package (native flavour) over the generated C stubs, against a hand-written METH_FASTCALL extension calling the same OCaml closures directly (`bench/ocaml-source/handwritten`). Best of 3 alternating runs of 9 repetitions of 200000 calls each, the Python loop included (~10 ns); {}, OCaml {}, {}, load average {} (a shared 2-core machine: compare the ratios).\n\n{table}",
        machine.trim(),
        ocaml.trim(),
        py.trim(),
        load.join(" ")
    );
    print!("{section}");
    crate::bench::write_json("ocaml-source", &rows)?;
    crate::bench::write_section("ocaml-source", &section)
}
