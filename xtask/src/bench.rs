//! `cargo xtask bench <what>`: benchmarks that compare side by side in one run (DESIGN §3).
//! Each writes `target/bench/<what>.json` and its own section of `docs/src/performance.md`.
#![allow(dead_code)] // the helpers below are used by the benchmarks as they land

use crate::run;

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
    #[allow(clippy::match_single_binding)] // each benchmark adds its arm here
    match what {
        "cpp" => crate::cpp_bench::run(),
        "dyn" => crate::dyn_bench::run(),
        "python" => crate::python::bench(),
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
