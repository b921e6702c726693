//! What the CLI's integration tests share.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Run the built `polybind` in `dir`, without colours: its exit code, stdout and stderr.
pub fn polybind(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_polybind"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (
        out.status.code().unwrap_or(-1),
        text(&out.stdout),
        text(&out.stderr),
    )
}

/// `polybind generate` with `args` in `dir`, which must succeed: its stdout.
#[allow(dead_code)]
pub fn generate_ok(dir: &Path, args: &[&str]) -> String {
    let mut all = vec!["generate"];
    all.extend(args);
    let (code, out, err) = polybind(dir, &all);
    assert_eq!(code, 0, "{out}{err}");
    out
}

/// Every file under `dir/out`, by path below it.
#[allow(dead_code)]
pub fn outputs(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                let rel = p.strip_prefix(base).unwrap().to_path_buf();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&dir.join("out"), &dir.join("out"), &mut out);
    out
}
