//! `cargo xtask bench all | table | generate`: every benchmark in one go, and the combined
//! table and chart at the top of docs/src/performance.md, built from the `target/bench/*.json`
//! files alone (so `bench table` redraws them without measuring anything).

use crate::{bench, run};
use plotters::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;

/// Every benchmark, in the order they run and their languages appear in the table. A name the
/// `bench` command does not know (yet) is reported and skipped.
const ALL: &[&str] = &["python", "cpp", "dyn", "ocaml", "ocaml-source", "generate"];

use crate::bench::SHAPES;

pub fn run(what: &str) -> Result<(), String> {
    match what {
        "generate" => crate::gen_bench::run(),
        "all" => all(),
        _ => table(),
    }
}

fn all() -> Result<(), String> {
    let mut failed = vec![];
    for name in ALL {
        println!("== cargo xtask bench {name}");
        match bench::run(name) {
            Ok(()) => {}
            Err(e) if e.starts_with("no benchmark named") => {
                println!("(no `{name}` benchmark is registered: skipped)")
            }
            Err(e) => {
                println!("bench {name}: FAILED: {e}");
                failed.push(*name);
            }
        }
    }
    table()?;
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("benchmarks failed: {}", failed.join(", ")))
    }
}

/// One measurement of a call shape.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    pub shape: String,
    pub implementation: String,
    pub ns: f64,
}

/// The rows of one `target/bench/<lang>.json` (call-shape benchmarks only: rows without
/// `shape`, `impl` and `ns_per_call` are not call shapes and are left out).
pub fn parse(text: &str) -> Result<Vec<Measure>, String> {
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(text).map_err(|e| format!("not a JSON list of rows: {e}"))?;
    Ok(rows
        .iter()
        .filter_map(|r| {
            Some(Measure {
                shape: r.get("shape")?.as_str()?.to_owned(),
                implementation: r.get("impl")?.as_str()?.to_owned(),
                ns: r.get("ns_per_call")?.as_f64()?,
            })
        })
        .collect())
}

/// The role of an implementation in the table: 0 generated, 1 hand-written baseline, 2 a
/// popular alternative. `polybind` and `direct` are the dynamic engine's names for the first two.
fn role(implementation: &str) -> u8 {
    match implementation {
        "generated" | "polybind" => 0,
        i if i.starts_with("generated-") => 0,
        "handwritten" | "direct" => 1,
        i if i.starts_with("handwritten") => 1,
        _ => 2,
    }
}

/// A column: a language and an implementation.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Column {
    language: usize,
    role: u8,
    implementation: String,
}

/// Each language's measurements: every `<name>.json` with call-shape rows, those of `ALL` first
/// in its order, then any other in name order (a benchmark not listed yet still shows).
fn load(dir: &Path) -> Result<Vec<(String, Vec<Measure>)>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".json").map(str::to_owned)
        })
        .collect();
    names.sort_by_key(|n| {
        (
            ALL.iter().position(|a| a == n).unwrap_or(ALL.len()),
            n.clone(),
        )
    });
    let mut out = vec![];
    for name in names {
        let path = dir.join(format!("{name}.json"));
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let rows = parse(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        if !rows.is_empty() {
            out.push((name, rows));
        }
    }
    Ok(out)
}

/// The combined table: a row per call shape, a column per language and implementation, each
/// cell the ns per call and, for generated code, its ratio to the hand-written baseline.
pub fn markdown(langs: &[(String, Vec<Measure>)]) -> String {
    let mut columns: Vec<Column> = vec![];
    let mut shapes: Vec<String> = SHAPES.iter().map(|s| s.to_string()).collect();
    let mut cells: BTreeMap<(String, usize, String), f64> = BTreeMap::new();
    for (l, (_, rows)) in langs.iter().enumerate() {
        for m in rows {
            let c = Column {
                language: l,
                role: role(&m.implementation),
                implementation: m.implementation.clone(),
            };
            if !columns.contains(&c) {
                columns.push(c);
            }
            if !shapes.contains(&m.shape) {
                shapes.push(m.shape.clone());
            }
            cells.insert((m.shape.clone(), l, m.implementation.clone()), m.ns);
        }
    }
    columns.sort();
    shapes.retain(|s| cells.keys().any(|(shape, ..)| shape == s));
    let baseline = |shape: &str, l: usize| {
        columns
            .iter()
            .filter(|c| c.language == l && c.role == 1)
            .find_map(|c| cells.get(&(shape.to_owned(), l, c.implementation.clone())))
            .copied()
    };
    let mut md = String::from("| shape |");
    for c in &columns {
        let kind = match c.role {
            0 => "generated",
            1 => "hand-written",
            _ => "alternative",
        };
        md.push_str(&format!(
            " {} {kind}: `{}` |",
            langs[c.language].0, c.implementation
        ));
    }
    md.push_str("\n| --- |");
    md.push_str(&" ---: |".repeat(columns.len()));
    md.push('\n');
    for shape in &shapes {
        md.push_str(&format!("| {shape} |"));
        for c in &columns {
            let cell = match cells.get(&(shape.clone(), c.language, c.implementation.clone())) {
                None => " – |".to_owned(),
                Some(ns) => match baseline(shape, c.language).filter(|_| c.role != 1) {
                    Some(b) if b > 0.0 => format!(" {ns:.1} ({:.2}×) |", ns / b),
                    _ => format!(" {ns:.1} |"),
                },
            };
            md.push_str(&cell);
        }
        md.push('\n');
    }
    md
}

/// The chart: per language and shape, each implementation's time relative to the hand-written
/// baseline (1 = as fast as hand-written), on a log scale.
fn chart(langs: &[(String, Vec<Measure>)], path: &Path) -> Result<(), String> {
    // (label, [(implementation, ratio)])
    let mut groups: Vec<(String, Vec<(String, f64)>)> = vec![];
    for (lang, rows) in langs {
        let mut shapes: Vec<&str> = vec![];
        for m in rows {
            if !shapes.contains(&m.shape.as_str()) {
                shapes.push(&m.shape);
            }
        }
        for shape in shapes {
            let of = |r: u8| {
                rows.iter()
                    .filter(move |m| m.shape == shape && role(&m.implementation) == r)
            };
            let Some(base) = of(1).next().map(|m| m.ns).filter(|b| *b > 0.0) else {
                continue;
            };
            let bars = of(0)
                .chain(of(2))
                .map(|m| (m.implementation.clone(), m.ns / base))
                .collect();
            groups.push((format!("{lang}: {shape}"), bars));
        }
    }
    if groups.is_empty() {
        return Err("no benchmark results to chart".into());
    }
    let mut impls: Vec<String> = vec![];
    for (_, bars) in &groups {
        for (i, _) in bars {
            if !impls.contains(i) {
                impls.push(i.clone());
            }
        }
    }
    let max = groups
        .iter()
        .flat_map(|(_, b)| b.iter().map(|(_, r)| *r))
        .fold(1.0f64, f64::max)
        * 6.0; // room on the right for the legend
    let min = groups
        .iter()
        .flat_map(|(_, b)| b.iter().map(|(_, r)| *r))
        .fold(1.0f64, f64::min)
        / 1.5;
    let height = 60 + 22 * groups.len() as u32;
    let err = |e: &dyn std::fmt::Display| format!("cannot draw {}: {e}", path.display());
    let root = SVGBackend::new(path, (900, height)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| err(&e))?;
    let n = groups.len();
    let mut chart = ChartBuilder::on(&root)
        .caption(
            "time per call relative to hand-written code (1 = equal; log scale)",
            ("sans-serif", 16),
        )
        .margin(10)
        .x_label_area_size(30)
        .y_label_area_size(230)
        .build_cartesian_2d((min..max).log_scale(), -0.5f64..n as f64 - 0.5)
        .map_err(|e| err(&e))?;
    let labels: Vec<String> = groups.iter().map(|(l, _)| l.clone()).collect();
    chart
        .configure_mesh()
        .y_labels(n)
        // Group g is centred on y = n - 1 - g (top to bottom).
        .y_label_formatter(&|y| {
            let i = n as f64 - 1.0 - y;
            if (i - i.round()).abs() < 1e-6 && i >= 0.0 && (i.round() as usize) < n {
                labels[i.round() as usize].clone()
            } else {
                String::new()
            }
        })
        .x_label_formatter(&|x| format!("{x:.1}×"))
        .disable_y_mesh()
        .draw()
        .map_err(|e| err(&e))?;
    let slots = impls.len().max(1) as f64;
    for (g, (_, bars)) in groups.iter().enumerate() {
        let top = (n - 1 - g) as f64 + 0.4;
        for (implementation, ratio) in bars {
            let k = impls.iter().position(|i| i == implementation).unwrap_or(0);
            let color = Palette99::pick(k).to_rgba();
            let y0 = top - 0.8 * (k as f64 + 1.0) / slots;
            let y1 = top - 0.8 * k as f64 / slots;
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    [(min, y0), (*ratio, y1)],
                    color.filled(),
                )))
                .map_err(|e| err(&e))?;
        }
    }
    for (k, implementation) in impls.iter().enumerate() {
        let color = Palette99::pick(k).to_rgba();
        chart
            .draw_series(std::iter::empty::<Rectangle<(f64, f64)>>())
            .map_err(|e| err(&e))?
            .label(implementation.clone())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 12, y + 5)], color.filled()));
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .position(SeriesLabelPosition::UpperRight)
        .draw()
        .map_err(|e| err(&e))?;
    root.present().map_err(|e| err(&e))
}

/// Rebuild the combined table and the chart from `target/bench/*.json`.
fn table() -> Result<(), String> {
    let dir = run::target_dir().join("bench");
    let langs = if dir.is_dir() { load(&dir)? } else { vec![] };
    if langs.is_empty() {
        return Err("no target/bench/<lang>.json yet: run `cargo xtask bench all` first".into());
    }
    let svg = run::root().join("docs/src/performance.svg");
    chart(&langs, &svg)?;
    let names: Vec<&str> = langs.iter().map(|(l, _)| l.as_str()).collect();
    let md = format!(
        "## At a glance\n\nNanoseconds per call from the latest `target/bench/{{{}}}.json` (rebuilt by `cargo xtask bench all`, or `cargo xtask bench table` without measuring). In parentheses: the time relative to the hand-written baseline in the same language and run; – where a benchmark does not measure that shape. Each language's figures come from its own run, so compare within a column group, not across languages. The `dyn` columns are polybind-dyn's calls prepared at run time (`direct` is the compiled call, `libffi` the alternative).\n\n{}\n![Time per call relative to hand-written code](performance.svg)\n",
        names.join(","),
        markdown(&langs)
    );
    println!("{md}");
    bench::write_section("summary", &md)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PY: &str = r#"[
      {"shape": "primitive_u32", "impl": "generated", "ns_per_call": 40.0, "allocs_per_call": null},
      {"shape": "primitive_u32", "impl": "handwritten", "ns_per_call": 50.0, "allocs_per_call": null},
      {"shape": "primitive_u32", "impl": "ctypes", "ns_per_call": 1000.0, "allocs_per_call": null},
      {"shape": "string_in", "impl": "generated", "ns_per_call": 90.0, "allocs_per_call": null}
    ]"#;
    const DYN: &str = r#"[
      {"shape": "1 int arg", "impl": "direct", "ns_per_call": 4.0, "allocs_per_call": 0},
      {"shape": "1 int arg", "impl": "polybind", "ns_per_call": 12.0, "allocs_per_call": 0}
    ]"#;

    #[test]
    fn parses_call_rows_and_skips_others() {
        let rows = parse(PY).unwrap();
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[2].implementation, "ctypes");
        let generate =
            r#"[{"case": "cold", "functions": 10, "seconds": 0.1, "functions_per_s": 100}]"#;
        assert!(parse(generate).unwrap().is_empty());
        assert!(parse("{").is_err());
    }

    #[test]
    fn one_row_per_shape_one_column_per_language_and_implementation() {
        let langs = vec![
            ("python".to_owned(), parse(PY).unwrap()),
            ("dyn".to_owned(), parse(DYN).unwrap()),
        ];
        let md = markdown(&langs);
        let lines: Vec<&str> = md.lines().collect();
        assert_eq!(
            lines[0],
            "| shape | python generated: `generated` | python hand-written: `handwritten` | python alternative: `ctypes` | dyn generated: `polybind` | dyn hand-written: `direct` |"
        );
        assert_eq!(
            lines[2],
            "| primitive_u32 | 40.0 (0.80×) | 50.0 | 1000.0 (20.00×) | – | – |"
        );
        assert_eq!(lines[3], "| string_in | 90.0 | – | – | – | – |");
        assert_eq!(lines[4], "| 1 int arg | – | – | – | 12.0 (3.00×) | 4.0 |");
        assert_eq!(lines.len(), 5);
    }

    #[test]
    fn every_json_file_with_call_rows_is_a_language_in_a_stable_order() {
        let dir = std::env::temp_dir().join(format!("bench-load-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let generate =
            r#"[{"case": "cold", "functions": 1, "seconds": 1.0, "functions_per_s": 1.0}]"#;
        for (name, text) in [
            ("zig", DYN),
            ("dyn", DYN),
            ("python", PY),
            ("generate", generate),
        ] {
            std::fs::write(dir.join(format!("{name}.json")), text).unwrap();
        }
        let langs = load(&dir).unwrap();
        let names: Vec<&str> = langs.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["python", "dyn", "zig"]);
        std::fs::write(dir.join("bad.json"), "{").unwrap();
        assert!(load(&dir).unwrap_err().contains("bad.json"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_chart_is_an_svg_with_every_group() {
        let dir = std::env::temp_dir().join(format!("bench-chart-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("chart.svg");
        let langs = vec![("python".to_owned(), parse(PY).unwrap())];
        chart(&langs, &path).unwrap();
        let svg = std::fs::read_to_string(&path).unwrap();
        assert!(svg.starts_with("<svg"), "{}", &svg[..40]);
        assert!(svg.contains("python: primitive_u32"));
        assert!(svg.contains("ctypes"));
        assert!(chart(&[], &path).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
