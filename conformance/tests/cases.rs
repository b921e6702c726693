//! Checks the case list itself: well-formed, every feature covered, and every case implemented
//! by the C harness (so a gap shows up in `cargo test` before any harness runs).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const FEATURES: &[&str] = &[
    "integers",
    "floats",
    "bool",
    "strings_in",
    "strings_out",
    "slices",
    "mut_slices",
    "vecs",
    "options",
    "results",
    "errors",
    "records",
    "nested_records",
    "c_enums",
    "data_enums",
    "objects",
    "object_drop",
    "stale_handles",
    "callbacks",
    "retained_callbacks",
    "once_callbacks",
    "callback_failure",
    "callback_interfaces",
    "constants",
    "panics",
    "invalid_input",
    "docs",
    "layout_check",
];

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Cases {
    case: Vec<Case>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    id: String,
    feature: String,
    description: String,
}

fn cases() -> Vec<Case> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("cases.toml");
    let text = std::fs::read_to_string(&path).expect("read cases.toml");
    toml::from_str::<Cases>(&text)
        .expect("parse cases.toml")
        .case
}

fn is_ident(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

#[test]
fn case_list_is_well_formed() {
    let cases = cases();
    let mut ids = BTreeSet::new();
    let mut per_feature: BTreeMap<&str, usize> = FEATURES.iter().map(|f| (*f, 0)).collect();
    for c in &cases {
        assert!(ids.insert(c.id.as_str()), "{}: listed twice", c.id);
        let (group, name) =
            c.id.split_once('.')
                .unwrap_or_else(|| panic!("{}: id is not <group>.<name>", c.id));
        assert!(
            is_ident(group) && is_ident(name),
            "{}: id parts must be snake_case identifiers",
            c.id
        );
        assert!(
            !name.contains("__") && !group.contains("__"),
            "{}: `__` is reserved by the C harness",
            c.id
        );
        *per_feature
            .get_mut(c.feature.as_str())
            .unwrap_or_else(|| panic!("{}: unknown feature {}", c.id, c.feature)) += 1;
        assert!(
            c.description.trim().len() > 20,
            "{}: the description must say what to call and expect",
            c.id
        );
    }
    for (feature, n) in per_feature {
        assert!(
            n >= 2,
            "feature {feature} has {n} cases; every feature needs several"
        );
    }
}

/// Every listed case has a `CASE(group, name)` in `harness/c/cases_*.c`, and vice versa.
#[test]
fn c_harness_implements_every_case() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("harness/c");
    let mut implemented = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("read harness/c") {
        let path = entry.expect("dir entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if !(name.starts_with("cases_") && name.ends_with(".c")) {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("read a case file");
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix("CASE(") {
                let args = rest.split(')').next().unwrap_or_default();
                let (group, name) = args.split_once(',').expect("CASE(group, name)");
                implemented.insert(format!("{}.{}", group.trim(), name.trim()));
            }
        }
    }
    let listed: BTreeSet<String> = cases().into_iter().map(|c| c.id).collect();
    let missing: Vec<_> = listed.difference(&implemented).collect();
    let unlisted: Vec<_> = implemented.difference(&listed).collect();
    assert!(
        missing.is_empty(),
        "cases without a C implementation: {missing:?}"
    );
    assert!(
        unlisted.is_empty(),
        "C cases not in cases.toml: {unlisted:?}"
    );
}
