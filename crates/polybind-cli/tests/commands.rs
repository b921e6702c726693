//! init, check, clean, watch, --check, --force, completions, man pages and `cargo polybind`.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// [`common::polybind`], with `dir` shown as `[dir]` so that messages compare anywhere.
fn polybind(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let (code, out, err) = common::polybind(dir, args);
    let shown = dir.display().to_string();
    (
        code,
        out.replace(&shown, "[dir]"),
        err.replace(&shown, "[dir]"),
    )
}

fn new_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = polybind(dir.path(), &["init", "demo"]);
    assert_eq!(code, 0, "{out}{err}");
    dir
}

#[test]
fn init_scaffolds_a_project_that_generates_and_never_overwrites() {
    let dir = new_project();
    let p = dir.path().join("demo");
    for f in ["Cargo.toml", "src/lib.rs", "polybind.toml", ".gitignore"] {
        assert!(p.join(f).is_file(), "{f}");
    }
    let (code, _, err) = polybind(&p, &["generate"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        fs::read_to_string(p.join("out/c/demo.h"))
            .unwrap()
            .contains("DemoStatus demo_greet(DemoStr name, DemoString *out);")
    );

    let before = fs::read_to_string(p.join("src/lib.rs")).unwrap();
    let (code, _, err) = polybind(dir.path(), &["init", "demo"]);
    assert_eq!(code, 1);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(fs::read_to_string(p.join("src/lib.rs")).unwrap(), before);
}

#[test]
fn init_adds_only_a_config_to_an_existing_crate() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("Cargo.toml"),
        "[package]\nname = \"mine\"\n",
    )
    .unwrap();
    let (code, _, err) = polybind(dir.path(), &["init", ".", "--targets", "c"]);
    assert_eq!(code, 0, "{err}");
    assert!(dir.path().join("polybind.toml").is_file());
    assert!(
        !dir.path().join("src").exists(),
        "the crate's code is not touched"
    );
    let (code, _, err) = polybind(dir.path(), &["init", ".", "--template", "c-header"]);
    assert_eq!(code, 1);
    assert!(err.contains("already exists"), "{err}");
}

#[test]
fn check_flag_reports_stale_files_and_force_protects_edits() {
    let dir = new_project();
    let p = dir.path().join("demo");
    let (code, out, _) = polybind(&p, &["generate", "--check"]);
    assert_eq!(code, 1, "missing files are out of date");
    assert!(out.contains("stale"), "{out}");
    assert!(!p.join("out").exists(), "--check writes nothing");
    assert_eq!(polybind(&p, &["generate"]).0, 0);
    assert_eq!(polybind(&p, &["generate", "--check"]).0, 0);

    // A person edits the header: generating refuses to overwrite it, --force does.
    let header = p.join("out/c/demo.h");
    let edited = fs::read_to_string(&header)
        .unwrap()
        .replace("Greets someone", "Greets everyone");
    fs::write(&header, &edited).unwrap();
    fs::write(
        p.join("src/lib.rs"),
        fs::read_to_string(p.join("src/lib.rs"))
            .unwrap()
            .replace("greet", "welcome"),
    )
    .unwrap();
    let (code, _, err) = polybind(&p, &["generate"]);
    assert_eq!(code, 1);
    assert!(err.contains("edited by hand"), "{err}");
    assert_eq!(
        fs::read_to_string(&header).unwrap(),
        edited,
        "nothing written"
    );
    let (code, out, err) = polybind(&p, &["generate", "--force"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("updated"), "{out}");
    assert!(
        fs::read_to_string(&header)
            .unwrap()
            .contains("demo_welcome")
    );
}

#[test]
fn clean_removes_only_untouched_generated_files() {
    let dir = new_project();
    let p = dir.path().join("demo");
    assert_eq!(polybind(&p, &["generate"]).0, 0);
    fs::write(p.join("out/c/notes.txt"), "mine").unwrap();
    let (code, out, _) = polybind(&p, &["clean", "--dry-run"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("would remove") && p.join("out/c/demo.h").exists(),
        "{out}"
    );
    let (code, out, _) = polybind(&p, &["clean"]);
    assert_eq!(code, 0);
    assert!(out.contains("removed") && out.contains("kept"), "{out}");
    assert!(!p.join("out/c/demo.h").exists());
    assert!(
        p.join("out/c/notes.txt").exists(),
        "not written by polybind: kept"
    );
}

#[test]
fn clean_knows_unmarked_files_by_the_last_run_and_follows_no_link() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = polybind(dir.path(), &["init", "demo", "--targets", "python"]);
    assert_eq!(code, 0, "{out}{err}");
    let p = dir.path().join("demo");
    assert_eq!(polybind(&p, &["generate"]).0, 0);
    let typed = p.join("out/python/demo/py.typed");
    assert_eq!(
        fs::read_to_string(&typed).unwrap(),
        "",
        "no room for a marker"
    );
    // A link out of the output directory, to a file polybind would remove, and one in a loop.
    let outside = tempfile::tempdir().unwrap();
    fs::copy(
        p.join("out/python/demo/_base.py"),
        outside.path().join("_base.py"),
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path(), p.join("out/python/elsewhere")).unwrap();
    std::os::unix::fs::symlink("..", p.join("out/python/demo/up")).unwrap();

    fs::write(&typed, "partial\n").unwrap();
    let (code, out, _) = polybind(&p, &["clean", "--dry-run"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("py.typed (edited by hand since polybind wrote it)"),
        "{out}"
    );
    fs::write(&typed, "").unwrap();
    let (code, out, _) = polybind(&p, &["clean"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        !typed.exists(),
        "recorded by the last run, unchanged: {out}"
    );
    assert!(!p.join("out/python/demo/_native.pyi").exists(), "{out}");
    assert!(out.contains("elsewhere (a symbolic link)"), "{out}");
    assert!(out.contains("up (a symbolic link)"), "{out}");
    assert!(
        outside.path().join("_base.py").exists(),
        "links are not followed"
    );
}

#[test]
fn generate_replaces_an_unmarked_file_an_older_version_recorded_and_no_edited_one() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = polybind(dir.path(), &["init", "demo", "--targets", "python"]);
    assert_eq!(code, 0, "{out}{err}");
    let p = dir.path().join("demo");
    assert_eq!(polybind(&p, &["generate"]).0, 0);
    // As an older polybind left it: `_native.pyi` without its marker, recorded in that
    // version's cache (each version keeps its own), and no record of this version.
    let stub = p.join("out/python/demo/_native.pyi");
    let marked = fs::read_to_string(&stub).unwrap();
    let unmarked = marked.split_once('\n').unwrap().1.to_owned();
    fs::write(&stub, &unmarked).unwrap();
    let cache = p.join(".polybind/cache");
    let current = fs::read_dir(&cache)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mut manifest: serde_json::Value =
        serde_json::from_slice(&fs::read(current.join("run.json")).unwrap()).unwrap();
    manifest["version"] = "v1-0.0.9-older".into();
    for target in manifest["targets"].as_array_mut().unwrap() {
        for file in target["files"].as_array_mut().unwrap() {
            if file[0] == "demo/_native.pyi" {
                file[3] = polybind_codegen::content_id(&unmarked).into();
            }
        }
    }
    fs::remove_dir_all(&current).unwrap();
    fs::create_dir_all(cache.join("v1-0.0.9-older")).unwrap();
    fs::write(
        cache.join("v1-0.0.9-older/run.json"),
        serde_json::to_vec(&manifest).unwrap(),
    )
    .unwrap();

    let (code, out, err) = polybind(&p, &["generate"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(fs::read_to_string(&stub).unwrap(), marked);

    // An unmarked file the runs wrote otherwise was edited, whether or not polybind marks it.
    let typed = p.join("out/python/demo/py.typed");
    fs::write(&typed, "partial\n").unwrap();
    let (code, _, err) = polybind(&p, &["generate"]);
    assert_eq!(code, 1);
    assert!(err.contains("py.typed was edited by hand"), "{err}");
    fs::write(&typed, "").unwrap();
    fs::write(p.join("out/python/setup.py"), "# mine\n").unwrap();
    let (code, _, err) = polybind(&p, &["generate"]);
    assert_eq!(code, 1);
    assert!(err.contains("setup.py was edited by hand"), "{err}");
    // Without any record, an unmarked file is not polybind's.
    fs::remove_dir_all(&cache).unwrap();
    let (code, _, err) = polybind(&p, &["generate"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("setup.py exists and was not written by polybind"),
        "{err}"
    );
}

#[test]
fn check_validates_and_reports_toolchains() {
    let dir = new_project();
    let p = dir.path().join("demo");
    let (code, out, err) = polybind(&p, &["check"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("library `demo`, 1 items, valid"), "{out}");
    assert!(out.contains("c: cc ("), "{out}");
    assert!(!p.join("out").exists(), "check writes nothing");
}

#[test]
fn completions_man_pages_and_cargo_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish"] {
        let (code, out, _) = polybind(dir.path(), &["completions", shell]);
        assert_eq!(code, 0);
        assert!(out.contains("generate"), "{shell}");
    }
    let (code, _, _) = polybind(dir.path(), &["man", "pages"]);
    assert_eq!(code, 0);
    assert!(
        fs::read_to_string(dir.path().join("pages/polybind-generate.1"))
            .unwrap()
            .contains("\\-\\-dry\\-run"),
        "roff escapes hyphens"
    );
    let cargo_polybind = Path::new(env!("CARGO_BIN_EXE_cargo-polybind"));
    let out = Command::new(cargo_polybind)
        .args(["polybind", "--version"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with("polybind "),
        "{out:?}"
    );
}

#[test]
fn watch_regenerates_on_change_and_survives_errors() {
    let dir = new_project();
    let p = dir.path().join("demo");
    let mut child = Command::new(env!("CARGO_BIN_EXE_polybind"))
        .arg("watch")
        .current_dir(&p)
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let header = p.join("out/c/demo.h");
    let wait_for = |what: &str| {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if fs::read_to_string(&header).is_ok_and(|h| h.contains(what)) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    };
    let ok_first = wait_for("demo_greet");
    let lib = p.join("src/lib.rs");
    let source = fs::read_to_string(&lib).unwrap();
    // A broken edit: the watch prints the error and keeps the last good header.
    fs::write(
        &lib,
        source.replace("pub fn greet(name: &str)", "pub fn greet<T>(name: T)"),
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(700));
    let kept = fs::read_to_string(&header).unwrap().contains("demo_greet");
    fs::write(&lib, source.replace("greet", "salute")).unwrap();
    let ok_second = wait_for("demo_salute");
    let _ = child.kill();
    let _ = child.wait();
    assert!(ok_first, "first generation");
    assert!(kept, "an error leaves the last good output");
    assert!(ok_second, "regenerated after the fix");
}
