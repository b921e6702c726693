//! `cargo xtask conformance ocaml` and `cargo xtask bench ocaml`: the OCaml target's suite (the
//! generated dune library, its C stubs built with `-Wall -Wextra -Werror`, the harness of
//! `conformance/harness/ocaml` run by `dune test`) and its benchmark. OCaml, dune, findlib and
//! ocaml-ctypes come from Debian, installed by `ensure_ocaml`.

use crate::bench::{self, Row};
use crate::conformance::Summary;
use crate::run;
use std::path::{Path, PathBuf};

/// The Debian packages the OCaml target's tests need.
const DEBS: &[&str] = &["ocaml-nox", "ocaml-dune", "ocaml-findlib"];
/// The benchmark's ctypes-foreign baseline, on top of [`DEBS`].
const BENCH_DEBS: &[&str] = &["libctypes-ocaml-dev"];

pub fn ensure_ocaml() -> Result<(), String> {
    run::ensure_debs(DEBS)
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Generate the dune library of `source` (`crate = "<dir>"` or `ir = "<file>"`) into
/// `dir/<out>` (a fresh directory), with a `polybind.toml` written for it, and make `dir` a dune
/// workspace.
pub fn generate(source: &str, dir: &Path, out: &str, errors: &str) -> Result<PathBuf, String> {
    let lib = dir.join(out);
    if lib.exists() {
        std::fs::remove_dir_all(&lib)
            .map_err(|e| format!("cannot remove {}: {e}", lib.display()))?;
    }
    let config = dir.join(format!("{out}.polybind.toml"));
    write(
        &config,
        &format!(
            "# Written by `cargo xtask` for the OCaml target.\n[library]\n{source}\n\n[targets.ocaml]\nout = {:?}\nerrors = {errors:?}\n",
            lib.display().to_string(),
        ),
    )?;
    write(&dir.join("dune-project"), "(lang dune 2.9)\n")?;
    let polybind = run::target_dir().join("debug/polybind");
    let config_s = config.display().to_string();
    run::cmd(
        &polybind,
        &["generate", "--quiet", "--config", &config_s],
        &run::root(),
    )?;
    Ok(lib)
}

fn crate_source(dir: &Path) -> String {
    format!("crate = {:?}", dir.display().to_string())
}

/// Copy the `.ml` files and the `dune` file of `from` into `to` (afresh).
fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    if to.exists() {
        std::fs::remove_dir_all(to).map_err(|e| format!("cannot remove {}: {e}", to.display()))?;
    }
    std::fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    let entries =
        std::fs::read_dir(from).map_err(|e| format!("cannot list {}: {e}", from.display()))?;
    for e in entries.filter_map(Result::ok) {
        let p = e.path();
        let name = e.file_name();
        let keep = p.extension().is_some_and(|x| x == "ml" || x == "c") || name == "dune";
        if keep {
            std::fs::copy(&p, to.join(&name))
                .map_err(|e| format!("cannot copy {}: {e}", p.display()))?;
        }
    }
    Ok(())
}

/// `dune <command> <args>` in `dir`, linking against the libraries in `lib_dir`. Returns the
/// exit code and everything printed: dune passes the output of the actions it runs (the
/// harness, the benchmark) on stderr, so both streams are captured, and echoed.
fn dune(
    dir: &Path,
    command: &str,
    args: &[&str],
    lib_dir: &Path,
    env: &[(&str, &str)],
) -> Result<(Option<i32>, String), String> {
    let out = std::process::Command::new("dune")
        .arg(command)
        .args(["--root", &dir.display().to_string(), "--display", "quiet"])
        .args(args)
        .current_dir(dir)
        .env("LIBRARY_PATH", lib_dir)
        .env("LD_LIBRARY_PATH", lib_dir)
        .envs(env.iter().copied())
        .output()
        .map_err(|e| format!("cannot run dune (is ocaml-dune installed?): {e}"))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    print!("{text}");
    Ok((out.status.code(), text))
}

pub fn conformance() -> Result<Summary, String> {
    ensure_ocaml()?;
    run::build_conformance()?;
    let root = run::root();
    let dir = run::target_dir().join("conformance/ocaml");
    let lib = generate(
        &crate_source(&root.join("conformance")),
        &dir,
        "conformance",
        "exceptions",
    )?;
    // Every item and type of the IR (the C backend's fixture), in the other error mode: its
    // stubs and module must compile too (-Wall -Wextra -Werror; the library is not linked).
    let fixture = root.join("crates/polybind-backend-c/tests/fixtures/everything.json");
    generate(
        &format!("ir = {:?}", fixture.display().to_string()),
        &dir,
        "everything",
        "result",
    )?;
    // `blocking` calls in a library that keeps no closures (the conformance library keeps
    // some): the stubs that release the runtime lock only for them must compile too.
    let blocking = root.join("crates/polybind-backend-ocaml/tests/fixtures/blocking.json");
    generate(
        &format!("ir = {:?}", blocking.display().to_string()),
        &dir,
        "slow",
        "exceptions",
    )?;
    copy_dir(
        &root.join("conformance/harness/ocaml"),
        &dir.join("harness"),
    )?;
    let cases = root.join("conformance/cases.toml").display().to_string();
    let ml = lib.join("conformance.ml").display().to_string();
    let (code, _) = dune(
        &dir,
        "build",
        &[
            "./everything/everything.cmxa",
            "./everything/everything_stubs.o",
            "./slow/slow.cmxa",
            "./slow/slow_stubs.o",
        ],
        &run::target_dir().join("debug"),
        &[],
    )?;
    if code != Some(0) {
        return Err(format!(
            "the bindings of everything.json or blocking.json do not compile (exit {code:?})"
        ));
    }
    let (code, text) = dune(
        &dir,
        "test",
        &["--force"],
        &run::target_dir().join("debug"),
        &[("POLYBIND_CASES", &cases), ("POLYBIND_OCAML_ML", &ml)],
    )?;
    let summary = Summary::parse(&text).ok_or("the OCaml harness printed no summary")?;
    if code != Some(0) && summary.failed == 0 {
        return Err(format!("`dune test` failed (exit {code:?})"));
    }
    Ok(summary)
}

/// `cargo xtask bench ocaml`: `bench/ocaml` against the release build of `bench/lib`.
pub fn bench() -> Result<(), String> {
    ensure_ocaml()?;
    run::ensure_debs(BENCH_DEBS)?;
    run::cargo(&["build", "--quiet", "--release", "-p", "pbbench"])?;
    run::cargo(&["build", "--quiet", "-p", "polybind-cli"])?;
    let root = run::root();
    let dir = run::target_dir().join("bench/ocaml");
    generate(
        &crate_source(&root.join("bench/lib")),
        &dir,
        "pbbench",
        "exceptions",
    )?;
    copy_dir(&root.join("bench/ocaml"), &dir.join("bench"))?;
    // cargo puts target/debug on LD_LIBRARY_PATH: name the release build explicitly, so the
    // debug build of the library cannot shadow the one measured.
    let lib_dir = run::target_dir().join("release");
    let (code, _) = dune(
        &dir,
        "build",
        &["--profile", "release", "./bench/bench.exe"],
        &lib_dir,
        &[],
    )?;
    if code != Some(0) {
        return Err(format!(
            "building the OCaml benchmark failed (exit {code:?})"
        ));
    }
    let exe = dir.join("_build/default/bench/bench.exe");
    let lib = lib_dir.display().to_string();
    let text = run::capture(&exe, &[], &dir, &[("LD_LIBRARY_PATH", &lib)])?;
    // OCaml counts heap words, not allocations: reported in the table, not as allocations.
    let (rows, words): (Vec<Row>, Vec<f64>) = bench::parse_lines(&text)?.into_iter().unzip();
    bench::write_json("ocaml", &rows)?;
    let table = table(&rows, &words)?;
    println!("{table}");
    bench::write_section("ocaml", &table)
}

fn table(rows: &[Row], words: &[f64]) -> Result<String, String> {
    let ocaml = std::process::Command::new("ocamlfind")
        .args(["ocamlopt", "-version"])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    let cpu = bench::cpu_model();
    let mut md = format!(
        "`cargo xtask bench ocaml` on {cpu}, OCaml {ocaml} (ocamlopt, dune release profile), against \
         the release build of `bench/lib`: the generated binding (`generated`), stubs written by hand \
         the way the OCaml manual advises (`handwritten`, `bench/ocaml/handwritten.c`) and \
         ocaml-ctypes' `Foreign.foreign` through libffi (`ctypes-foreign`; for `slice_sum_1000` its \
         data sits in C memory filled once, the most favourable setup). Best of 100 rounds of ~2 ms, \
         interleaved; words/call are OCaml heap words allocated per call (generated). Targets: \
         generated ≤ 1.2× handwritten, ≥ 5× faster than ctypes-foreign on `primitive_u32`.\n\n\
         | shape | generated (ns) | handwritten (ns) | ctypes-foreign (ns) | generated/handwritten | ctypes/generated | words/call |\n\
         | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
    );
    let mut shapes: Vec<&str> = vec![];
    for r in rows {
        if !shapes.contains(&r.shape.as_str()) {
            shapes.push(&r.shape);
        }
    }
    for shape in shapes {
        let find = |imp: &str| {
            rows.iter()
                .position(|r| r.shape == shape && r.implementation == imp)
                .ok_or_else(|| format!("no `{imp}` row for `{shape}`"))
        };
        let (g, h, c) = (
            find("generated")?,
            find("handwritten")?,
            find("ctypes-foreign")?,
        );
        let ns = |i: usize| rows[i].ns_per_call;
        md.push_str(&format!(
            "| {shape} | {:.2} | {:.2} | {:.2} | {:.2}× | {:.1}× | {:.1} |\n",
            ns(g),
            ns(h),
            ns(c),
            ns(g) / ns(h),
            ns(c) / ns(g),
            words[g]
        ));
    }
    let load = std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    md.push_str(&format!(
        "\n{} cores, load average at the end of the run {load} (other work shares the cores: compare ratios within this table only).\n",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    ));
    Ok(md)
}
