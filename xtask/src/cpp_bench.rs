//! `cargo xtask bench cpp`: the call shapes of DESIGN §3 through the generated C++ wrapper and as
//! direct C calls written by hand, in one binary (`bench/cpp/bench.cpp`), same run. Writes
//! `target/bench/cpp.json` and the `cpp` section of docs/src/performance.md.

use crate::bench::{self, Row};
use crate::run;
use std::path::Path;

/// Shapes where the wrapper adds nothing but the status check the handwritten call has too: the
/// target is generated/handwritten ≤ 1.05.
const PRIMITIVE: &[&str] = &[
    "primitive_void",
    "primitive_u32",
    "many_args_5",
    "record_by_value",
    "method_call",
];

pub fn run() -> Result<(), String> {
    let root = run::root();
    run::cargo(&["build", "--quiet", "--release", "-p", "pbbench"])?;
    run::cargo(&["build", "--quiet", "-p", "polybind-cli"])?;
    let target = run::target_dir();
    let out = target.join("bench");
    let dir = out.join("cpp");
    if dir.exists() {
        std::fs::remove_dir_all(&dir)
            .map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
    }
    let out_s = out.display().to_string();
    run::cmd(
        &target.join("debug/polybind"),
        &[
            "generate",
            "--quiet",
            "--config",
            "bench/lib/polybind.toml",
            "--target",
            "cpp",
            "--out",
            &out_s,
        ],
        &root,
    )?;
    let exe = dir.join("bench");
    let exe_s = exe.display().to_string();
    let include = format!("-I{}", dir.display());
    let lib_dir = target.join("release").display().to_string();
    // DT_RPATH, not DT_RUNPATH: cargo puts target/debug on LD_LIBRARY_PATH, and a RUNPATH would
    // let the debug build of the library shadow the release build measured here.
    let rpath = format!("-Wl,--disable-new-dtags,-rpath,{lib_dir}");
    run::cmd(
        Path::new("g++"),
        &[
            "-std=c++17",
            "-O2",
            // The same alignment for every measured loop: otherwise code placement alone moves a
            // 5 ns call by a few percent.
            "-falign-functions=64",
            "-falign-loops=64",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-pedantic",
            &include,
            "bench/cpp/bench.cpp",
            "-L",
            &lib_dir,
            "-lpbbench",
            &rpath,
            "-o",
            &exe_s,
        ],
        &root,
    )?;
    let text = run::capture(&exe, &[], &root, &[])?;
    let rows: Vec<Row> = bench::parse_lines(&text)?
        .into_iter()
        .map(|(row, allocs)| Row {
            allocs_per_call: Some(allocs),
            ..row
        })
        .collect();
    bench::write_json("cpp", &rows)?;
    let table = table(&rows)?;
    println!("{table}");
    bench::write_section("cpp", &table)?;
    let over: Vec<&str> = table
        .lines()
        .filter(|l| l.contains("**over target**"))
        .collect();
    if !over.is_empty() {
        println!(
            "bench cpp: {} primitive row(s) above 1.05x (noise on a shared machine? re-run)",
            over.len()
        );
    }
    Ok(())
}

fn table(rows: &[Row]) -> Result<String, String> {
    let machine = machine();
    let mut md = format!(
        "`cargo xtask bench cpp` on {machine}: the generated C++17 wrapper (`generated`) against the \
         same C calls written by hand with their status check (`handwritten`), both `g++ -O2`, \
         against the release build of `bench/lib`; minimum over 18 runs, interleaved. \
         Allocations are C++ `operator new` calls per call. Target: ≤ 1.05× on the primitive rows.\n\n\
         | shape | generated (ns) | handwritten (ns) | ratio | allocs/call (generated) | |\n\
         | --- | ---: | ---: | ---: | ---: | --- |\n"
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
                .find(|r| r.shape == shape && r.implementation == imp)
                .ok_or_else(|| format!("no `{imp}` row for `{shape}`"))
        };
        let g = find("generated")?;
        let h = find("handwritten")?;
        let ratio = g.ns_per_call / h.ns_per_call;
        let note = if PRIMITIVE.contains(&shape) {
            if ratio <= 1.05 {
                "primitive: within target"
            } else {
                "primitive: **over target**"
            }
        } else {
            ""
        };
        md.push_str(&format!(
            "| {shape} | {:.2} | {:.2} | {ratio:.3}× | {} | {note} |\n",
            g.ns_per_call,
            h.ns_per_call,
            g.allocs_per_call.unwrap_or(0.0)
        ));
    }
    Ok(md)
}

/// CPU model and compiler, for the table's caption.
fn machine() -> String {
    let cpu = bench::cpu_model();
    let gxx = std::process::Command::new("g++")
        .arg("-dumpfullversion")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    format!("{cpu}, g++ {gxx}")
}
