use polybind_backend_python::{Flavour, PythonBackend};
use polybind_codegen::{Backend, GeneratedFile};
use polybind_ir::{ValidLibrary, from_json, validate};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

fn everything() -> ValidLibrary {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/everything.json");
    let text = std::fs::read_to_string(path).unwrap();
    validate(&from_json(&text).unwrap()).unwrap_or_else(|e| panic!("{e}"))
}

fn generate(flavour: Flavour) -> Vec<GeneratedFile> {
    let backend = PythonBackend {
        flavour,
        package: None,
    };
    backend
        .generate(&everything())
        .unwrap_or_else(|e| panic!("{e:?}"))
}

fn file<'a>(files: &'a [GeneratedFile], path: &str) -> &'a str {
    &files
        .iter()
        .find(|f| f.path == Path::new(path))
        .unwrap_or_else(|| panic!("no {path}"))
        .contents
}

#[test]
fn ctypes_snapshot() {
    let files = generate(Flavour::Ctypes);
    let paths: Vec<String> = files.iter().map(|f| f.path.display().to_string()).collect();
    let lib = everything();
    let pkg = lib.name();
    assert_eq!(
        paths,
        [
            format!("{pkg}/__init__.py"),
            format!("{pkg}/_base.py"),
            format!("{pkg}/_rt.py"),
            format!("{pkg}/py.typed"),
            "pyproject.toml".into(),
        ]
    );
    insta::assert_snapshot!(
        "ctypes_init_py",
        file(&files, &format!("{pkg}/__init__.py"))
    );
    insta::assert_snapshot!("pyproject_toml", file(&files, "pyproject.toml"));
}

#[test]
fn native_snapshot() {
    let files = generate(Flavour::Native);
    let pkg = everything().name().to_owned();
    insta::assert_snapshot!(
        "native_init_py",
        file(&files, &format!("{pkg}/__init__.py"))
    );
    insta::assert_snapshot!("native_c", file(&files, &format!("{pkg}/_native.c")));
    // Every call is the extension's: the package has no ctypes runtime and never imports ctypes.
    assert!(!files.iter().any(|f| f.path.ends_with("_rt.py")));
    for f in files
        .iter()
        .filter(|f| f.path.extension().is_some_and(|e| e == "py"))
    {
        assert!(
            !f.contents
                .lines()
                .any(|l| l.contains("import ctypes") || l.contains("_lib.fn(")),
            "{} uses ctypes",
            f.path.display()
        );
    }
    insta::assert_snapshot!("setup_py", file(&files, "setup.py"));
    // The shipped header is the C backend's, byte for byte.
    let header = polybind_backend_c::CBackend::header(&everything()).unwrap();
    assert_eq!(file(&files, &format!("{pkg}/{pkg}.h")), header);
}

#[test]
fn deterministic() {
    for flavour in [Flavour::Native, Flavour::Ctypes] {
        assert_eq!(generate(flavour), generate(flavour));
    }
}

#[test]
fn package_option_renames_the_package() {
    let mut opts = BTreeMap::new();
    opts.insert("package".to_owned(), "geo_py".to_owned());
    opts.insert("flavour".to_owned(), "ctypes".to_owned());
    let b = PythonBackend::from_options(&opts).unwrap();
    let files = b.generate(&everything()).unwrap();
    assert!(
        files
            .iter()
            .any(|f| f.path == Path::new("geo_py/__init__.py"))
    );
    assert!(file(&files, "pyproject.toml").contains("name = \"geo-py\""));
}

#[test]
fn options_are_checked() {
    let opt = |k: &str, v: &str| BTreeMap::from([(k.to_owned(), v.to_owned())]);
    let e = PythonBackend::from_options(&opt("flavor", "ctypes")).unwrap_err();
    assert!(e.contains("no option `flavor`"), "{e}");
    let e = PythonBackend::from_options(&opt("flavour", "cffi")).unwrap_err();
    assert!(e.contains("not `cffi`"), "{e}");
    let e = PythonBackend::from_options(&opt("package", "my-pkg")).unwrap_err();
    assert!(e.contains("Python identifier"), "{e}");
    assert_eq!(
        PythonBackend::from_options(&BTreeMap::new())
            .unwrap()
            .flavour,
        Flavour::Native
    );
}

/// The generated Python parses (the full checks, mypy --strict and the conformance suite, run in
/// `cargo xtask conformance python`). Skipped when no python3 is installed.
#[test]
fn generated_python_parses() {
    // python3 and gcc ship with every machine this project supports: a missing tool fails the
    // test rather than skipping it (a skipped check must never pass).
    let out = Command::new("python3")
        .arg("--version")
        .output()
        .expect("python3 is required to check the generated Python");
    assert!(out.status.success());
    for flavour in [Flavour::Native, Flavour::Ctypes] {
        for f in generate(flavour) {
            if f.path.extension().is_some_and(|e| e == "py" || e == "pyi") {
                let status = Command::new("python3")
                    .args(["-c", "import ast, sys; ast.parse(sys.stdin.read())"])
                    .stdin(std::process::Stdio::piped())
                    .spawn()
                    .and_then(|mut c| {
                        use std::io::Write;
                        c.stdin.take().unwrap().write_all(f.contents.as_bytes())?;
                        c.wait()
                    })
                    .unwrap();
                assert!(status.success(), "{} does not parse", f.path.display());
            }
        }
    }
}

/// The extension generated for every IR feature compiles warning-free (gcc -fsyntax-only, with
/// the flags `setup.py` uses). gcc and Python's headers are required: a missing one fails it.
#[test]
fn native_extension_compiles() {
    let include = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['include'])",
        ])
        .output();
    let include = include.expect("python3 is required to find Python.h");
    let include = String::from_utf8_lossy(&include.stdout).trim().to_owned();
    assert!(
        Path::new(&include).join("Python.h").exists(),
        "Python.h not found in {include}: install the Python development headers"
    );
    let dir = std::env::temp_dir().join(format!("pb-python-native-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let lib = everything();
    let pkg = lib.name().to_owned();
    let files = generate(Flavour::Native);
    let c = dir.join("_native.c");
    std::fs::write(&c, file(&files, &format!("{pkg}/_native.c"))).unwrap();
    std::fs::write(
        dir.join(format!("{pkg}.h")),
        file(&files, &format!("{pkg}/{pkg}.h")),
    )
    .unwrap();
    let out = Command::new("gcc")
        .arg("-fsyntax-only")
        .args(polybind_backend_python::NATIVE_CFLAGS)
        .arg(format!("-I{include}"))
        .arg(format!("-I{}", dir.display()))
        .arg(&c)
        .output();
    let _ = std::fs::remove_dir_all(&dir);
    let out = out.expect("gcc is required to compile the generated extension");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Importing the native flavour before its extension is built fails with a message naming the
/// package, the loader's reason and the build command (Python alone speaks of a circular import).
#[test]
fn a_missing_extension_says_how_to_build_it() {
    let lib = everything();
    let pkg = lib.name().to_owned();
    let dir = std::env::temp_dir().join(format!("pb-python-missing-{}", std::process::id()));
    for f in generate(Flavour::Native) {
        let path = dir.join(&f.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, f.contents).unwrap();
    }
    let out = Command::new("python3")
        .args(["-c", &format!("import {pkg}")])
        .current_dir(&dir)
        .output()
        .expect("python3 is required to import the generated package");
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    for needle in [
        format!("ImportError: {pkg}: its compiled extension `{pkg}._native` could not be loaded ("),
        format!("POLYBIND_LIB_DIR=<directory holding lib{pkg}.so> pip install"),
    ] {
        assert!(stderr.contains(&needle), "{needle:?} not in:\n{stderr}");
    }
}

/// In a library that keeps no foreign callable, only `#[polybind(blocking)]` calls release the
/// GIL in the native flavour.
#[test]
fn blocking_calls_release_the_gil() {
    let lib = from_json(
        r#"{"schema_version": 1, "name": "demo", "items": [
            {"item": "function", "name": "quick", "params": [{"name": "x", "type": "u32"}], "ret": "u32"},
            {"item": "function", "name": "slow", "params": [{"name": "ms", "type": "u32"}], "ret": "u32", "blocking": true}
        ]}"#,
    )
    .unwrap();
    let lib = validate(&lib).unwrap();
    let files = PythonBackend {
        flavour: Flavour::Native,
        package: None,
    }
    .generate(&lib)
    .unwrap();
    let c = file(&files, "demo/_native.c");
    let body = |name: &str| {
        let start = c.find(&format!("status = demo_{name}(")).unwrap();
        c[..start]
            .rsplit_once('{')
            .map(|(_, tail)| tail.to_owned())
            .unwrap()
    };
    assert!(body("slow").contains("Py_BEGIN_ALLOW_THREADS"));
    assert!(!body("quick").contains("Py_BEGIN_ALLOW_THREADS"));
    assert_eq!(c.matches("Py_BEGIN_ALLOW_THREADS").count(), 1);
}
