//! The synthetic crates of `cargo xtask bench generate`: one annotated with `#[polybind]`, and
//! its `extern "C"` twin for cbindgen. Both are plain text built from the same plan, so they
//! export the same functions with the same signatures, and both are deterministic (no clock, no
//! randomness): a run measures the generator, never a different input.

use std::fmt::Write;
use std::path::{Path, PathBuf};

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    pub functions: usize,
    pub records: usize,
    pub modules: usize,
}

/// Which of the twins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    /// `#[polybind]` items, a `polybind::setup!()` and a `polybind.toml` with c, cpp and python.
    Polybind,
    /// `#[no_mangle] extern "C"` functions and `#[repr(C)]` structs, for cbindgen.
    ExternC,
}

/// The library name of both crates (their C prefix).
pub const NAME: &str = "synth";

/// The function an incremental run edits, and the module file it lives in.
pub fn edited_function(plan: &Plan) -> (String, PathBuf) {
    let f = plan.functions / 2;
    (fn_name(f), module_file(module_of(plan, f, plan.functions)))
}

fn fn_name(f: usize) -> String {
    format!("f_{f:05}")
}

fn rec_name(r: usize) -> String {
    format!("Rec{r:04}")
}

fn module_file(m: usize) -> PathBuf {
    PathBuf::from(format!("src/m{m:02}.rs"))
}

/// Item `i` of `count` lives in module `i * modules / count`: contiguous, evenly spread.
fn module_of(plan: &Plan, i: usize, count: usize) -> usize {
    i * plan.modules / count.max(1)
}

/// The record a function of module `m` uses: one declared in the same module, so no imports.
fn record_for(plan: &Plan, m: usize, f: usize) -> Option<usize> {
    let first = (m * plan.records).div_ceil(plan.modules);
    let end = ((m + 1) * plan.records).div_ceil(plan.modules);
    (end > first).then(|| first + f % (end - first))
}

/// Every file of the crate, as (path relative to the crate, contents).
pub fn files(plan: &Plan, flavour: Flavour) -> Vec<(PathBuf, String)> {
    let mut out = vec![(PathBuf::from("Cargo.toml"), cargo_toml(flavour))];
    if flavour == Flavour::Polybind {
        out.push((
            PathBuf::from("polybind.toml"),
            "[library]\ncrate = \".\"\n\n[targets.c]\nout = \"out/c\"\n\n[targets.cpp]\nout = \"out/cpp\"\n\n[targets.python]\nout = \"out/python\"\n"
                .into(),
        ));
    }
    let mut lib = String::from("//! A synthetic library for `cargo xtask bench generate`.\n\n");
    if flavour == Flavour::Polybind {
        lib.push_str("polybind::setup!();\n\n");
    }
    for m in 0..plan.modules {
        let _ = writeln!(lib, "pub mod m{m:02};");
    }
    out.push((PathBuf::from("src/lib.rs"), lib));
    for m in 0..plan.modules {
        out.push((module_file(m), module(plan, flavour, m)));
    }
    out
}

fn cargo_toml(flavour: Flavour) -> String {
    let deps = match flavour {
        Flavour::Polybind => "\n[dependencies]\npolybind = \"0.1\"\n",
        Flavour::ExternC => "",
    };
    // `[workspace]` keeps the crate out of the enclosing polybind workspace.
    format!(
        "[package]\nname = \"{NAME}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n[lib]\ncrate-type = [\"cdylib\"]\n{deps}\n[workspace]\n"
    )
}

fn module(plan: &Plan, flavour: Flavour, m: usize) -> String {
    let mut s = format!("//! Module {m} of the synthetic library.\n\n");
    s.push_str(match flavour {
        Flavour::Polybind => "use polybind::polybind;\n",
        Flavour::ExternC => "use std::os::raw::c_char;\n",
    });
    for r in (0..plan.records).filter(|&r| module_of(plan, r, plan.records) == m) {
        record(&mut s, flavour, r);
    }
    for f in (0..plan.functions).filter(|&f| module_of(plan, f, plan.functions) == m) {
        function(&mut s, flavour, f, record_for(plan, m, f));
    }
    s
}

fn record(s: &mut String, flavour: Flavour, r: usize) {
    let name = rec_name(r);
    let attr = match flavour {
        Flavour::Polybind => "#[polybind]",
        Flavour::ExternC => "#[repr(C)]",
    };
    let _ = write!(
        s,
        "\n/// Record {r}: an identifier, a position and a flag.\n{attr}\n#[derive(Debug, Clone, Copy, PartialEq)]\npub struct {name} {{\n    /// Identifier.\n    pub id: u32,\n    pub x: f64,\n    pub y: f64,\n    pub flag: bool,\n}}\n"
    );
}

/// Five shapes in turn: integers, floats, a record in, a record out, a string in.
fn function(s: &mut String, flavour: Flavour, f: usize, rec: Option<usize>) {
    let name = fn_name(f);
    let rec = rec.map(rec_name);
    let (params, ret, body) = match (f % 5, rec.as_deref(), flavour) {
        (0, ..) | (2 | 3, None, _) => (
            "a: u32, b: u32".to_owned(),
            "u32".to_owned(),
            "a.wrapping_mul(31).wrapping_add(b)".to_owned(),
        ),
        (1, ..) => (
            "x: f64, y: f64, z: f64".into(),
            "f64".into(),
            "x * y + z".into(),
        ),
        (2, Some(r), _) => (format!("r: {r}"), "f64".into(), "r.x + r.y".into()),
        (3, Some(r), _) => (
            "id: u32, x: f64".into(),
            r.to_owned(),
            format!("{r} {{ id, x, y: -x, flag: id % 2 == 0 }}"),
        ),
        (_, _, Flavour::Polybind) => ("name: &str".into(), "usize".into(), "name.len()".into()),
        (_, _, Flavour::ExternC) => (
            "name: *const c_char".into(),
            "usize".into(),
            "if name.is_null() { 0 } else { 1 }".into(),
        ),
    };
    let (attr, head) = match flavour {
        Flavour::Polybind => ("#[polybind]", format!("pub fn {name}")),
        Flavour::ExternC => ("#[no_mangle]", format!("pub extern \"C\" fn {NAME}_{name}")),
    };
    let _ = write!(
        s,
        "\n/// Function {f}.\n{attr}\n{head}({params}) -> {ret} {{\n    {body}\n}}\n"
    );
}

/// Write the crate into `dir`, replacing only files whose contents differ (so a re-run leaves
/// modification times alone and the cache of a previous run stays valid).
pub fn write(dir: &Path, plan: &Plan, flavour: Flavour) -> Result<(), String> {
    for (path, contents) in files(plan, flavour) {
        let path = dir.join(path);
        if std::fs::read_to_string(&path).is_ok_and(|old| old == contents) {
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, contents)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// `contents` of the edited module with the edited function's signature (`Signature`) or body
/// (`Body`) changed, or restored when `on` is false.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Signature,
    Body,
}

pub fn edit(contents: &str, function: &str, edit: Edit, on: bool) -> Result<String, String> {
    let (from, to) = match edit {
        Edit::Signature => (
            format!("pub fn {function}(a: u32, b: u32)"),
            format!("pub fn {function}(a: u32, b: u64)"),
        ),
        Edit::Body => (
            format!("pub fn {function}(a: u32, b: u32) -> u32 {{\n    a.wrapping_mul(31)"),
            format!("pub fn {function}(a: u32, b: u32) -> u32 {{\n    a.wrapping_mul(37)"),
        ),
    };
    let (from, to) = if on { (from, to) } else { (to, from) };
    if !contents.contains(&from) {
        return Err(format!("the synthetic crate has no `{from}` to edit"));
    }
    Ok(contents.replacen(&from, &to, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: Plan = Plan {
        functions: 50,
        records: 10,
        modules: 3,
    };

    fn count(files: &[(PathBuf, String)], needle: &str) -> usize {
        files.iter().map(|(_, c)| c.matches(needle).count()).sum()
    }

    #[test]
    fn deterministic_with_every_item_once() {
        let a = files(&SMALL, Flavour::Polybind);
        assert_eq!(a, files(&SMALL, Flavour::Polybind));
        // Cargo.toml, polybind.toml, lib.rs and one file per module.
        assert_eq!(a.len(), 3 + SMALL.modules);
        assert_eq!(count(&a, "#[polybind]"), 60);
        assert_eq!(count(&a, "pub fn f_"), 50);
        assert_eq!(count(&a, "pub struct Rec"), 10);
        for f in 0..50 {
            assert_eq!(count(&a, &format!("pub fn {}(", fn_name(f))), 1, "{f}");
        }
        assert_eq!(count(&a, "polybind::setup!();"), 1);
    }

    #[test]
    fn twins_export_the_same_functions_and_records() {
        let p = files(&SMALL, Flavour::Polybind);
        let c = files(&SMALL, Flavour::ExternC);
        assert_eq!(count(&c, "#[no_mangle]"), 50);
        assert_eq!(count(&c, "#[repr(C)]"), 10);
        assert_eq!(count(&c, "polybind"), 0);
        for f in 0..50 {
            assert_eq!(count(&c, &format!("fn {NAME}_{}(", fn_name(f))), 1);
        }
        // Same parameter lists apart from the C string.
        assert_eq!(count(&p, "(r: Rec"), count(&c, "(r: Rec"));
        assert_eq!(count(&p, "name: &str"), count(&c, "name: *const c_char"));
    }

    #[test]
    fn functions_use_records_of_their_own_module() {
        for (path, text) in files(&SMALL, Flavour::Polybind) {
            if !path.starts_with("src/m") {
                continue;
            }
            for used in text.split("r: ").skip(1).filter(|t| t.starts_with("Rec")) {
                let name = &used[..7];
                assert!(text.contains(&format!("pub struct {name} ")), "{name}");
            }
        }
    }

    #[test]
    fn edits_toggle_and_refuse_missing_text() {
        let (f, file) = edited_function(&SMALL);
        let all = files(&SMALL, Flavour::Polybind);
        let text = &all.iter().find(|(p, _)| *p == file).unwrap().1;
        for e in [Edit::Signature, Edit::Body] {
            let on = edit(text, &f, e, true).unwrap();
            assert_ne!(&on, text);
            assert_eq!(&edit(&on, &f, e, false).unwrap(), text);
            assert!(edit(text, &f, e, false).is_err());
        }
    }

    #[test]
    fn write_creates_then_leaves_unchanged_files_alone() {
        let dir = std::env::temp_dir().join(format!("synth-test-{}", std::process::id()));
        write(&dir, &SMALL, Flavour::ExternC).unwrap();
        let lib = dir.join("src/lib.rs");
        let before = std::fs::metadata(&lib).unwrap().modified().unwrap();
        write(&dir, &SMALL, Flavour::ExternC).unwrap();
        assert_eq!(std::fs::metadata(&lib).unwrap().modified().unwrap(), before);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
