//! `cargo xtask bench generate`: how fast `polybind generate` turns a large crate into every
//! configured target's files, measured on the spawned release binary (the whole process, as a
//! user runs it), side by side in one run with cbindgen on an equivalent `extern "C"` crate.
//! Writes `target/bench/generate.json` and the `generate` section of docs/src/performance.md.

mod synth;

use crate::{bench, run};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use synth::{Edit, Flavour, Plan};

const PLAN: Plan = Plan {
    functions: 10_000,
    records: 1_000,
    modules: 20,
};
/// Runs per case; the best is reported (the least disturbed by the other work on the machine).
const RUNS: usize = 7;
/// Targets of the issue: ≥ 100,000 functions/s end to end, incremental under 100 ms.
const TARGET_FNS_PER_S: f64 = 100_000.0;
const TARGET_INCREMENTAL_S: f64 = 0.100;

/// One row of `target/bench/generate.json`.
#[derive(Clone)]
struct Case {
    case: &'static str,
    seconds: f64,
}

pub fn run() -> Result<(), String> {
    let target = run::target_dir();
    let base = target.join("gen-bench");
    let poly = base.join("polybind");
    let twin = base.join("extern-c");
    synth::write(&poly, &PLAN, Flavour::Polybind)?;
    synth::write(&twin, &PLAN, Flavour::ExternC)?;
    let cbindgen = ensure_cbindgen()?;
    run::cargo(&[
        "build",
        "--quiet",
        "--release",
        "-p",
        "polybind-cli",
        "--bin",
        "polybind",
    ])?;
    let polybind = target.join("release/polybind");
    let (edited_fn, edited_file) = synth::edited_function(&PLAN);
    // Start from the unedited crate (an interrupted run may have left an edit behind).
    synth::write(&poly, &PLAN, Flavour::Polybind)?;

    // Another polybind binary (an older build, say) to time side by side with this one, on the
    // same crate in the same rounds: on a shared machine only such pairs compare.
    let baseline = match std::env::var_os("POLYBIND_BENCH_BASELINE").map(PathBuf::from) {
        // Absolute: the runs start in the synthetic crate's folder.
        Some(b) if b.is_file() => Some(
            std::fs::canonicalize(&b)
                .map_err(|e| format!("cannot resolve {}: {e}", b.display()))?,
        ),
        Some(b) => {
            return Err(format!(
                "POLYBIND_BENCH_BASELINE={} is not a file: point it at a polybind binary",
                b.display()
            ));
        }
        None => None,
    };
    let cold_with = |program: &Path, args: &[&str]| -> Result<Duration, String> {
        clear(&poly)?;
        time(program, args, &poly)
    };
    let cold = |args: &[&str]| cold_with(&polybind, args);
    // The incremental cases of each binary run on a copy of the crate of its own: a polybind
    // build removes the cache another build left.
    let mut incremental: Vec<(&Path, PathBuf, [&'static str; 2])> = vec![(
        &polybind,
        poly.clone(),
        [
            "polybind, incremental: one signature changed",
            "polybind, incremental: one body changed",
        ],
    )];
    if let Some(b) = &baseline {
        let copy = base.join("polybind-baseline");
        synth::write(&copy, &PLAN, Flavour::Polybind)?;
        incremental.push((
            b,
            copy,
            [
                "baseline, incremental: one signature changed",
                "baseline, incremental: one body changed",
            ],
        ));
    }
    let mut best: Vec<(&'static str, Duration)> = vec![];
    let mut record =
        |case: &'static str, d: Duration| match best.iter_mut().find(|(c, _)| *c == case) {
            Some((_, b)) => *b = (*b).min(d),
            None => best.push((case, d)),
        };
    // Interleaved rounds: a burst of load from elsewhere hits every case alike.
    for round in 0..RUNS {
        println!("round {}/{RUNS}", round + 1);
        // With a baseline, the two binaries take turns going first.
        let mut whole: Vec<(&'static str, &'static str, &Path)> = vec![
            ("polybind, all targets, cold, 1 thread", "1", &polybind),
            ("polybind, all targets, cold, 2 threads", "2", &polybind),
        ];
        if let Some(b) = &baseline {
            whole.push(("baseline, all targets, cold, 1 thread", "1", b));
            whole.push(("baseline, all targets, cold, 2 threads", "2", b));
            if round % 2 == 1 {
                whole.rotate_left(2);
            }
        }
        for (case, jobs, program) in whole {
            record(
                case,
                cold_with(program, &["generate", "--quiet", "--jobs", jobs])?,
            );
        }
        record(
            "polybind, C header only, cold, 1 thread",
            cold(&["generate", "--quiet", "--jobs", "1", "--target", "c"])?,
        );
        record(
            "cbindgen, C header only",
            time(
                &cbindgen,
                &["--lang", "c", "--quiet", "-o", "out.h", "src/lib.rs"],
                &twin,
            )?,
        );
        for (program, dir, [signature, body]) in &incremental {
            // Warm: the cache and the outputs of a full run are in place.
            time(program, &["generate", "--quiet"], dir)?;
            let edited = dir.join(&edited_file);
            for (case, e) in [(*signature, Edit::Signature), (*body, Edit::Body)] {
                for on in [true, false] {
                    let text = read(&edited)?;
                    write(&edited, &synth::edit(&text, &edited_fn, e, on)?)?;
                    record(case, time(program, &["generate", "--quiet"], dir)?);
                }
            }
        }
        record(
            "polybind, no change",
            time(&polybind, &["generate", "--quiet"], &poly)?,
        );
        // The floor: starting the process and nothing else.
        record(
            "process start only (`polybind --version`)",
            time(&polybind, &["--version"], &poly)?,
        );
    }
    check_outputs(&poly, &twin, &edited_fn)?;
    let breakdown = breakdown(&polybind, &poly, &poly.join(&edited_file), &edited_fn)?;

    let cases: Vec<Case> = best
        .into_iter()
        .map(|(case, d)| Case {
            case,
            seconds: d.as_secs_f64(),
        })
        .collect();
    write_json(&cases)?;
    let mut md = markdown(
        &cases,
        &version(&cbindgen)?,
        &machine(),
        baseline.as_deref(),
    );
    md.push_str(&breakdown);
    println!("{md}");
    bench::write_section("generate", &md)
}

/// cbindgen from crates.io, installed once into target/tools.
fn ensure_cbindgen() -> Result<PathBuf, String> {
    let root = run::target_dir().join("tools");
    let exe = root.join("bin/cbindgen");
    if !exe.is_file() {
        let root_s = root.display().to_string();
        run::cargo(&[
            "install", "cbindgen", "--locked", "--quiet", "--root", &root_s,
        ])?;
    }
    Ok(exe)
}

fn version(exe: &Path) -> Result<String, String> {
    let v = run::capture(exe, &["--version"], &run::root(), &[])?;
    Ok(v.trim().to_owned())
}

/// Remove the cache and every output, for a cold run.
fn clear(crate_dir: &Path) -> Result<(), String> {
    for d in [".polybind", "out"] {
        let p = crate_dir.join(d);
        if p.exists() {
            std::fs::remove_dir_all(&p)
                .map_err(|e| format!("cannot remove {}: {e}", p.display()))?;
        }
    }
    Ok(())
}

/// Wall time of one run of the spawned program, which must succeed.
fn time(program: &Path, args: &[&str], dir: &Path) -> Result<Duration, String> {
    // The previous run's files are still being written back to disk, which slows whatever runs
    // next: flushed first, untimed, so that no case pays for the one before it.
    let synced = Command::new("sync")
        .status()
        .map_err(|e| format!("cannot run sync: {e}"))?;
    if !synced.success() {
        return Err(format!("sync failed ({synced})"));
    }
    let started = Instant::now();
    let status = Command::new(program)
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .status()
        .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
    let elapsed = started.elapsed();
    if !status.success() {
        return Err(format!(
            "`{} {}` failed ({status})",
            program.display(),
            args.join(" ")
        ));
    }
    Ok(elapsed)
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Both headers declare every function (so the comparison is like for like), and the files an
/// incremental run left are byte-identical to a cold run's.
fn check_outputs(poly: &Path, twin: &Path, edited_fn: &str) -> Result<(), String> {
    let ours = read(&poly.join("out/c/synth.h"))?;
    let theirs = read(&twin.join("out.h"))?;
    for (who, text) in [("polybind", &ours), ("cbindgen", &theirs)] {
        let n = (0..PLAN.functions)
            .filter(|f| text.contains(&format!("synth_f_{f:05}(")))
            .count();
        if n != PLAN.functions {
            return Err(format!(
                "the {who} header declares {n} of the {} functions",
                PLAN.functions
            ));
        }
    }
    if !ours.contains(edited_fn) {
        return Err(format!("the polybind header lacks `{edited_fn}`"));
    }
    let warm = snapshot(&poly.join("out"))?;
    clear(poly)?;
    let polybind = run::target_dir().join("release/polybind");
    time(&polybind, &["generate", "--quiet"], poly)?;
    if snapshot(&poly.join("out"))? != warm {
        return Err("the files of the incremental runs differ from a cold run's".into());
    }
    Ok(())
}

/// Where the time of a cold run and of a one-signature incremental run goes, one thread: the
/// phases `polybind generate --verbose` reports (best of [`RUNS`] each), and the size of what
/// is written.
fn breakdown(
    polybind: &Path,
    poly: &Path,
    edited_file: &Path,
    edited_fn: &str,
) -> Result<String, String> {
    type Phases = Vec<(String, f64)>;
    let best = |acc: &mut Phases, run: Phases| {
        if acc.is_empty() {
            *acc = run;
        } else {
            for ((_, a), (_, b)) in acc.iter_mut().zip(run) {
                *a = a.min(b);
            }
        }
    };
    let verbose = ["generate", "--verbose", "--jobs", "1"];
    let (mut cold, mut incremental) = (Phases::new(), Phases::new());
    for _ in 0..RUNS {
        clear(poly)?;
        best(&mut cold, phases(polybind, &verbose, poly)?);
        for on in [true, false] {
            let text = read(edited_file)?;
            write(
                edited_file,
                &synth::edit(&text, edited_fn, Edit::Signature, on)?,
            )?;
            let run = phases(polybind, &verbose, poly)?;
            if on {
                best(&mut incremental, run);
            }
        }
    }
    let bytes: usize = snapshot(&poly.join("out"))?
        .iter()
        .map(|(_, b)| b.len())
        .sum();
    let mut md = format!(
        "\nWhere the time goes, one thread (`polybind generate --verbose --jobs 1`, best of {RUNS}; the outputs total {:.1} MB). `--verbose` also counts the lines each file gained and lost, part of *compare*, which the timed runs above (`--quiet`) skip:\n\n| phase | cold (ms) | incremental: one signature changed (ms) |\n| --- | ---: | ---: |\n",
        bytes as f64 / 1e6
    );
    for (phase, ms) in &cold {
        let inc = incremental
            .iter()
            .find(|(p, _)| p == phase)
            .map_or("–".to_owned(), |(_, v)| format!("{v:.1}"));
        md.push_str(&format!("| {phase} | {ms:.1} | {inc} |\n"));
    }
    Ok(md)
}

/// The `phase: N ms` lines of one verbose run, in order.
fn phases(program: &Path, args: &[&str], dir: &Path) -> Result<Vec<(String, f64)>, String> {
    let text = run::capture(program, args, dir, &[])?;
    let parsed: Vec<(String, f64)> = text
        .lines()
        .filter_map(|l| {
            let (phase, rest) = match l.strip_prefix("done in ") {
                Some(rest) => ("total", rest),
                None => l.rsplit_once(": ")?,
            };
            let ms = rest.strip_suffix(" ms")?.parse().ok()?;
            Some((phase.trim().to_owned(), ms))
        })
        .collect();
    if parsed.is_empty() {
        return Err(format!("`polybind {}` reported no phases", args.join(" ")));
    }
    Ok(parsed)
}

/// Every file under `dir`, sorted by path.
fn snapshot(dir: &Path) -> Result<Vec<(PathBuf, Vec<u8>)>, String> {
    let mut out = vec![];
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries =
            std::fs::read_dir(&d).map_err(|e| format!("cannot list {}: {e}", d.display()))?;
        for entry in entries {
            let path = entry
                .map_err(|e| format!("cannot list {}: {e}", d.display()))?
                .path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let bytes = std::fs::read(&path)
                    .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                out.push((path, bytes));
            }
        }
    }
    out.sort();
    Ok(out)
}

fn fns_per_s(c: &Case) -> f64 {
    PLAN.functions as f64 / c.seconds
}

fn write_json(cases: &[Case]) -> Result<(), String> {
    let rows: Vec<serde_json::Value> = cases
        .iter()
        .map(|c| {
            serde_json::json!({
                "case": c.case,
                "functions": PLAN.functions,
                "seconds": (c.seconds * 1e6).round() / 1e6,
                "functions_per_s": fns_per_s(c).round(),
            })
        })
        .collect();
    let text = serde_json::to_string_pretty(&rows).map_err(|e| e.to_string())?;
    let path = run::target_dir().join("bench/generate.json");
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    write(&path, &format!("{text}\n"))
}

fn markdown(cases: &[Case], cbindgen: &str, machine: &str, baseline: Option<&Path>) -> String {
    let find = |prefix: &str| cases.iter().find(|c| c.case.starts_with(prefix));
    let mut md = format!(
        "### Generation speed\n\n`cargo xtask bench generate` on {}: a synthetic crate of {} `#[polybind]` functions and {} records in {} module files (generated into `target/gen-bench/`), the spawned release `polybind generate` binary, wall time, best of {RUNS} interleaved runs, each started after a `sync`. *Cold* runs start without the cache (`.polybind/cache`) and without outputs; the others run on the outputs and cache of the previous run. cbindgen ({cbindgen}) reads the equivalent `extern \"C\"` crate. Targets: ≥ {:.0}k functions/s end to end, incremental under {:.0} ms.\n\n| case | seconds | functions/s | |\n| --- | ---: | ---: | --- |\n",
        machine,
        PLAN.functions,
        PLAN.records,
        PLAN.modules,
        TARGET_FNS_PER_S / 1e3,
        TARGET_INCREMENTAL_S * 1e3,
    );
    for c in cases {
        let verdict = if c.case.starts_with("process") || c.case.starts_with("baseline") {
            ""
        } else if c.case.contains("incremental") || c.case.contains("no change") {
            if c.seconds < TARGET_INCREMENTAL_S {
                "under 100 ms: met"
            } else {
                "under 100 ms: NOT met"
            }
        } else if c.case.starts_with("polybind, all targets") {
            if fns_per_s(c) >= TARGET_FNS_PER_S {
                "≥ 100k fn/s: met"
            } else {
                "≥ 100k fn/s: NOT met"
            }
        } else {
            ""
        };
        md.push_str(&format!(
            "| {} | {:.3} | {:.0} | {verdict} |\n",
            c.case,
            c.seconds,
            fns_per_s(c)
        ));
    }
    if let Some(b) = baseline {
        md.push_str(&format!(
            "\n*baseline*: `{}` (`POLYBIND_BENCH_BASELINE`), timed in the same rounds on the same crate (its incremental runs on a copy of it, since each build removes the cache of another).\n",
            b.display()
        ));
        for threads in ["1 thread", "2 threads"] {
            let ours = cases
                .iter()
                .find(|c| c.case.starts_with("polybind, all targets") && c.case.ends_with(threads));
            let theirs = cases
                .iter()
                .find(|c| c.case.starts_with("baseline") && c.case.ends_with(threads));
            if let (Some(o), Some(t)) = (ours, theirs) {
                md.push_str(&format!(
                    "All targets, cold, {threads}: polybind takes {:.2}× the baseline's time.\n",
                    o.seconds / t.seconds
                ));
            }
        }
        for edit in ["one signature changed", "one body changed"] {
            let time = |who: &str| {
                cases
                    .iter()
                    .find(|c| c.case == format!("{who}, incremental: {edit}"))
            };
            if let (Some(o), Some(t)) = (time("polybind"), time("baseline")) {
                md.push_str(&format!(
                    "Incremental, {edit}: polybind takes {:.2}× the baseline's time.\n",
                    o.seconds / t.seconds
                ));
            }
        }
    }
    if let (Some(ours), Some(theirs)) = (find("polybind, C header only"), find("cbindgen")) {
        md.push_str(&format!(
            "\nC header only, one thread: polybind takes {:.2}× cbindgen's time.\n",
            ours.seconds / theirs.seconds
        ));
    }
    md
}

/// The processor, the number of cores and the Rust compiler, for the page.
fn machine() -> String {
    let cpu = bench::cpu_model();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let rustc = run::capture(Path::new("rustc"), &["--version"], &run::root(), &[])
        .map(|v| v.trim().to_owned())
        .unwrap_or_else(|_| "rustc (version unknown)".into());
    // The machine is shared: the load says how much the figures were disturbed.
    let load = std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| "unknown".into());
    format!("{cpu}, {cores} cores, {rustc}, load average {load} at the end of the run")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_judges_each_case_against_its_target() {
        let cases = [
            Case {
                case: "polybind, all targets, cold, 1 thread",
                seconds: 0.08,
            },
            Case {
                case: "polybind, all targets, cold, 2 threads",
                seconds: 0.5,
            },
            Case {
                case: "polybind, C header only, cold, 1 thread",
                seconds: 0.3,
            },
            Case {
                case: "cbindgen, C header only",
                seconds: 0.6,
            },
            Case {
                case: "polybind, incremental: one body changed",
                seconds: 0.02,
            },
            Case {
                case: "polybind, incremental: one signature changed",
                seconds: 0.2,
            },
            Case {
                case: "process start only (`polybind --version`)",
                seconds: 0.001,
            },
        ];
        let md = markdown(&cases, "cbindgen 0.29.4", "a test machine", None);
        let row = |prefix: &str| {
            md.lines()
                .find(|l| l.starts_with(&format!("| {prefix}")))
                .unwrap_or_else(|| panic!("{prefix}: {md}"))
                .to_owned()
        };
        assert!(
            row("polybind, all targets, cold, 1 thread")
                .ends_with("| 0.080 | 125000 | ≥ 100k fn/s: met |")
        );
        assert!(row("polybind, all targets, cold, 2 threads").ends_with("NOT met |"));
        assert!(row("polybind, incremental: one body").ends_with("under 100 ms: met |"));
        assert!(row("polybind, incremental: one signature").ends_with("under 100 ms: NOT met |"));
        assert!(row("process start").ends_with("|  |"));
        assert!(md.contains("polybind takes 0.50× cbindgen's time"));
        assert!(md.contains("a test machine") && md.contains("cbindgen 0.29.4"));
        assert!(!md.contains("baseline"));

        let mut with_baseline = cases.to_vec();
        with_baseline.push(Case {
            case: "baseline, all targets, cold, 1 thread",
            seconds: 0.16,
        });
        with_baseline.push(Case {
            case: "baseline, incremental: one signature changed",
            seconds: 0.4,
        });
        let md = markdown(
            &with_baseline,
            "cbindgen 0.29.4",
            "a test machine",
            Some(Path::new("/old/polybind")),
        );
        assert!(md.contains("| baseline, all targets, cold, 1 thread | 0.160 | 62500 |  |"));
        assert!(md.contains("`/old/polybind`"));
        assert!(
            md.contains("All targets, cold, 1 thread: polybind takes 0.50× the baseline's time.")
        );
        assert!(
            !md.contains("cold, 2 threads: polybind takes"),
            "no baseline row for two"
        );
        assert!(md.contains(
            "Incremental, one signature changed: polybind takes 0.50× the baseline's time."
        ));
        assert!(md.contains("| baseline, incremental: one signature changed | 0.400 | 25000 |  |"));
        assert!(
            !md.contains("Incremental, one body changed"),
            "no baseline row"
        );
    }
}
