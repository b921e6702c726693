//! `cargo xtask bench <what>`: benchmarks that compare side by side in one run (DESIGN §3).
//! Each writes `target/bench/<what>.json` and its own section of `docs/src/performance.md`.

use crate::run;

/// The call shapes of DESIGN §3, shared by every language, in the order tables show them.
pub const SHAPES: &[&str] = &[
    "primitive_void",
    "primitive_u32",
    "many_args_5",
    "callback",
    "string_in",
    "string_out",
    "slice_sum_1000",
    "record_by_value",
    "method_call",
];

/// One row of `target/bench/<lang>.json`.
pub struct Row {
    pub shape: String,
    /// `generated`, `generated-<flavour>`, `handwritten`, or an alternative's lowercase name.
    pub implementation: String,
    pub ns_per_call: f64,
    /// `None` where the language cannot count allocations.
    pub allocs_per_call: Option<f64>,
}

pub fn run(what: &str) -> Result<(), String> {
    match what {
        "cpp" => crate::cpp_bench::run(),
        "dyn" => crate::dyn_bench::run(),
        what @ ("all" | "table" | "generate") => crate::bench_all::run(what),
        "python" => crate::python::bench(),
        "ocaml" => crate::ocaml::bench(),
        "ocaml-source" => crate::ocaml_source::bench(),
        other => Err(format!("no benchmark named `{other}`")),
    }
}

/// Write `target/bench/<name>.json`.
pub fn write_json(name: &str, rows: &[Row]) -> Result<(), String> {
    let dir = run::target_dir().join("bench");
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let mut out = String::from("[\n");
    for (i, r) in rows.iter().enumerate() {
        let allocs = r
            .allocs_per_call
            .map(|a| format!("{a}"))
            .unwrap_or_else(|| "null".into());
        out.push_str(&format!(
            "  {{\"shape\": \"{}\", \"impl\": \"{}\", \"ns_per_call\": {:.2}, \"allocs_per_call\": {}}}{}\n",
            r.shape,
            r.implementation,
            r.ns_per_call,
            allocs,
            if i + 1 < rows.len() { "," } else { "" }
        ));
    }
    out.push_str("]\n");
    let path = dir.join(format!("{name}.json"));
    std::fs::write(&path, out).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Replace the text between `<!-- bench:<name>:start -->` and `<!-- bench:<name>:end -->` in
/// docs/src/performance.md.
pub fn write_section(name: &str, markdown: &str) -> Result<(), String> {
    let path = run::root().join("docs/src/performance.md");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let start = format!("<!-- bench:{name}:start -->");
    let end = format!("<!-- bench:{name}:end -->");
    let (Some(a), Some(b)) = (text.find(&start), text.find(&end)) else {
        return Err(format!(
            "{} has no `{start}` ... `{end}` section",
            path.display()
        ));
    };
    let new = format!(
        "{}{start}\n{}\n{}",
        &text[..a],
        markdown.trim_end(),
        &text[b..]
    );
    std::fs::write(&path, new).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The processor's model name, for the captions of the tables.
pub fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|text| {
            text.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "an unknown CPU".into())
}

/// The lines `shape implementation ns extra` a benchmark program prints: one row each, with the
/// fourth column (allocations or heap words per call) beside it.
pub fn parse_lines(text: &str) -> Result<Vec<(Row, f64)>, String> {
    let mut rows = vec![];
    for line in text.lines() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        let [shape, implementation, ns, extra] = parts[..] else {
            return Err(format!("unexpected benchmark output line: {line}"));
        };
        let number = |s: &str| {
            s.parse::<f64>()
                .map_err(|e| format!("bad number `{s}` in `{line}`: {e}"))
        };
        let row = Row {
            shape: shape.to_owned(),
            implementation: implementation.to_owned(),
            ns_per_call: number(ns)?,
            allocs_per_call: None,
        };
        rows.push((row, number(extra)?));
    }
    Ok(rows)
}
