//! `cargo xtask bench dyn`: polybind-dyn's prepared calls against a direct call through a
//! function pointer and libffi's `ffi_call`, in one criterion run.

use crate::bench::{self, Row};
use crate::run;

const SHAPES: [&str; 6] = [
    "0 int args",
    "1 int arg",
    "6 int args",
    "2 doubles",
    "16-byte struct",
    "callback round trip",
];
/// `polybind` is the typed call (`Plan::typed`, typed callbacks), `polybind-values` the dynamic
/// `&[Value]` call (`Plan::call`, `Callback::new`).
const IMPLS: [&str; 4] = ["direct", "polybind", "polybind-values", "libffi"];

pub fn run() -> Result<(), String> {
    run::cargo(&["bench", "-p", "polybind-dyn", "--bench", "dyn_call"])?;
    let crit = run::target_dir().join("criterion");
    let allocs_text = std::fs::read_to_string(crit.join("dyn_allocs.txt"))
        .map_err(|e| format!("cannot read the allocation counts: {e}"))?;
    let mut rows = vec![];
    for shape in SHAPES {
        for imp in IMPLS {
            let path = crit
                .join(format!("dyn_{}", shape.replace(' ', "_")))
                .join(imp)
                .join("new/estimates.json");
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let ns = mean_estimate(&text)
                .ok_or_else(|| format!("{} has no mean estimate", path.display()))?;
            let allocs = allocs_text
                .lines()
                .filter_map(|l| {
                    let mut p = l.split('\t');
                    match (p.next(), p.next(), p.next()) {
                        (Some(s), Some(i), Some(n)) if s == shape && i == imp => n.parse().ok(),
                        _ => None,
                    }
                })
                .next();
            rows.push(Row {
                shape: shape.to_string(),
                implementation: imp.to_string(),
                ns_per_call: ns,
                allocs_per_call: allocs,
            });
        }
    }
    bench::write_json("dyn", &rows)?;
    let mut md = String::from(
        "### polybind-dyn: calls prepared at run time\n\n`cargo xtask bench dyn` (criterion, mean ns per call; empty callees compiled into the benchmark, \
         each way called through the same boxed closure). `polybind`: typed calls (`Plan::typed`) and typed callbacks; \
         `polybind-values`: the dynamic `&[Value]` calls (`Plan::call`) and `Value` callbacks. \
         Targets (judged on `polybind`): ≤ 3× direct on register-only shapes, ≥ 3× faster than libffi, 0 allocations.\n\n\
         | shape | direct ns | polybind ns | polybind-values ns | libffi ns | polybind / direct | libffi / polybind | values / direct | libffi / values | allocs/call (polybind, values) | targets met (polybind) |\n\
         | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n",
    );
    let allocs = |r: &Row| {
        r.allocs_per_call
            .map(|a| a.to_string())
            .unwrap_or_else(|| "?".into())
    };
    for shape in SHAPES {
        let get = |imp: &str| {
            rows.iter()
                .find(|r| r.shape == shape && r.implementation == imp)
        };
        if let (Some(d), Some(p), Some(v), Some(l)) = (
            get("direct"),
            get("polybind"),
            get("polybind-values"),
            get("libffi"),
        ) {
            md.push_str(&format!(
                "| {shape} | {:.1} | {:.1} | {:.1} | {:.1} | {:.1}× | {:.1}× | {:.1}× | {:.1}× | {}, {} | {} |\n",
                d.ns_per_call,
                p.ns_per_call,
                v.ns_per_call,
                l.ns_per_call,
                p.ns_per_call / d.ns_per_call,
                l.ns_per_call / p.ns_per_call,
                v.ns_per_call / d.ns_per_call,
                l.ns_per_call / v.ns_per_call,
                allocs(p),
                allocs(v),
                verdict(
                    d.ns_per_call,
                    p.ns_per_call,
                    l.ns_per_call,
                    p.allocs_per_call
                ),
            ));
        }
    }
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    md.push_str(&format!(
        "\nMachine: {cores} cores, load average at the end of the run {} (other work shares the cores: \
         compare ratios within this table only).\n",
        load.split_whitespace().take(3).collect::<Vec<_>>().join(" ")
    ));
    bench::write_section("dyn", &md)?;
    print!("{md}");
    Ok(())
}

/// `mean.point_estimate` of criterion's `estimates.json` (the first `point_estimate` after
/// `"mean"`: criterion writes `mean` as `{confidence_interval, point_estimate, standard_error}`).
fn mean_estimate(json: &str) -> Option<f64> {
    let mean = json.find("\"mean\"")?;
    let rest = &json[mean..];
    let at = rest.find("\"point_estimate\":")? + "\"point_estimate\":".len();
    let num: String = rest[at..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | 'e' | 'E' | '+'))
        .collect();
    num.parse().ok()
}

/// polybind-dyn links Debian's libffi (`libffi-dev`): install it when missing, before anything
/// builds the workspace (CI starts from a fresh machine).
pub fn ensure_libffi() -> Result<(), String> {
    run::ensure_debs(&["libffi-dev"])
}

/// Which of the three targets a row meets: `≤3× direct`, `≥3× faster than libffi`, `0 allocs`.
fn verdict(direct: f64, ours: f64, libffi: f64, allocs: Option<f64>) -> String {
    let mut missed = vec![];
    if ours > 3.0 * direct {
        missed.push("≤3× direct");
    }
    if libffi < 3.0 * ours {
        missed.push("≥3× libffi");
    }
    if allocs != Some(0.0) {
        missed.push("0 allocs");
    }
    if missed.is_empty() {
        "all".into()
    } else {
        format!("no: {}", missed.join(", "))
    }
}
