use polybind_backend_cpp::CppBackend;
use polybind_codegen::Backend;
use polybind_ir::{ValidLibrary, from_json, validate};
use std::path::Path;
use std::process::Command;

/// The C backend's fixture: every item and type of the IR.
fn everything() -> ValidLibrary {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../polybind-backend-c/tests/fixtures/everything.json");
    let text = std::fs::read_to_string(path).unwrap();
    validate(&from_json(&text).unwrap()).unwrap_or_else(|e| panic!("{e}"))
}

fn files(lib: &ValidLibrary) -> Vec<(String, String)> {
    CppBackend::default()
        .generate(lib)
        .unwrap_or_else(|e| panic!("{e:?}"))
        .into_iter()
        .map(|f| (f.path.display().to_string(), f.contents))
        .collect()
}

#[test]
fn snapshot() {
    let lib = everything();
    let files = files(&lib);
    let names: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        names,
        [format!("{}.h", lib.name()), format!("{}.hpp", lib.name())]
    );
    insta::assert_snapshot!("everything_hpp", files[1].1);
}

#[test]
fn deterministic() {
    let lib = everything();
    assert_eq!(files(&lib), files(&lib));
}

/// The `.hpp` generated with one `[targets.cpp]` option set.
fn hpp_with(lib: &ValidLibrary, option: &str, value: &str) -> String {
    let opts = [(option.to_string(), value.to_string())].into();
    CppBackend::from_options(&opts)
        .unwrap()
        .generate(lib)
        .unwrap()[1]
        .contents
        .clone()
}

#[test]
fn namespace_option() {
    let hpp = hpp_with(&everything(), "namespace", "acme::geo");
    assert!(hpp.contains("namespace acme::geo {"));
    assert!(hpp.contains("}  // namespace acme::geo"));
}

/// The wrapper compiles warning-free as C++17 and C++20 with the strictest flags (g++ is part
/// of the toolchain every C and C++ check of the project needs).
#[test]
fn compiles_strictly() {
    let lib = everything();
    compile_strictly(lib.name(), &files(&lib), "plain", "");
}

fn compile_strictly(name: &str, files: &[(String, String)], tag: &str, body: &str) {
    let dir = std::env::temp_dir().join(format!("polybind-cpp-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, contents) in files {
        std::fs::write(dir.join(name), contents).unwrap();
    }
    let src = dir.join("use.cpp");
    std::fs::write(
        &src,
        format!("#include \"{name}.hpp\"\nint main() {{\n{body}\nreturn 0; }}\n"),
    )
    .unwrap();
    for std in ["-std=c++17", "-std=c++20"] {
        let out = Command::new("g++")
            .args([
                std,
                "-Wall",
                "-Wextra",
                "-Werror",
                "-pedantic",
                "-O2",
                "-fsyntax-only",
            ])
            .arg(format!("-I{}", dir.display()))
            .arg(&src)
            .output()
            .expect("g++ is required to check the generated C++");
        assert!(
            out.status.success(),
            "{std}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn lib_with(items: Vec<polybind_ir::Item>) -> ValidLibrary {
    let mut lib = polybind_ir::Library::new("demo");
    lib.items = items;
    validate(&lib).unwrap_or_else(|e| panic!("{e}"))
}

fn record(name: &str) -> polybind_ir::Item {
    polybind_ir::Item::Record(polybind_ir::Record {
        name: name.into(),
        docs: String::new(),
        fields: vec![polybind_ir::Field {
            name: "x".into(),
            ty: polybind_ir::Type::U8,
            docs: String::new(),
            at: None,
        }],
        location: None,
    })
}

/// A name the wrapper's runtime declares is a backend error naming the item and the backend.
#[test]
fn runtime_name_clash_is_an_error() {
    let errors = CppBackend::default()
        .generate(&lib_with(vec![record("Span")]))
        .unwrap_err();
    let text = errors
        .iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(text.contains("cpp"), "{text}");
    assert!(text.contains("Span"), "{text}");
    assert!(text.contains("runtime"), "{text}");
}

/// In a module, an item may take a runtime declaration's name (a crate's `errors::Error` is
/// common): the wrapper then names the runtime's declarations fully qualified, and compiles in
/// both error styles.
#[test]
fn module_items_may_take_runtime_names() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../polybind-backend-c/tests/fixtures/everything.json");
    let text = std::fs::read_to_string(path)
        .unwrap()
        .replace("\"MathError\"", "\"Error\"")
        .replace("\"Pixel\"", "\"Span\"");
    let mut lib = from_json(&text).unwrap();
    let names: Vec<String> = lib.items.iter().map(|i| i.name().to_owned()).collect();
    for name in names {
        let module = if name == "Error" { "errors" } else { "geo" };
        lib.modules.insert(name, vec![module.to_owned()]);
    }
    let lib = validate(&lib).unwrap_or_else(|e| panic!("{e}"));
    let ns = lib.name().to_owned();
    let hpp = files(&lib)[1].1.clone();
    assert!(
        hpp.contains(&format!("class Error : public ::{ns}::Error {{")),
        "the error class derives from the runtime's"
    );
    assert!(hpp.contains(&format!("::{ns}::Span<::{ns}::geo::Span> pixels")));
    let check = format!(
        "static_assert(std::is_base_of_v<::{ns}::Error, ::{ns}::errors::Error>, \"base\");\n\
         static_assert(sizeof(::{ns}::geo::Span) > 0, \"record\");"
    );
    compile_strictly(&ns, &files(&lib), "runtime-names", &check);
    let mut expected = files(&lib);
    expected[1].1 = hpp_with(&lib, "errors", "expected");
    compile_strictly(&ns, &expected, "runtime-names-expected", "");
}

/// Every item of the fixture placed in a module (three namespaces, two of them nested): each is
/// declared in its module's namespace, and every cross-namespace reference still compiles.
#[test]
fn namespaces_follow_the_crate_modules() {
    let plain = everything();
    let mut lib = plain.to_library();
    let names: Vec<String> = lib.items.iter().map(|i| i.name().to_owned()).collect();
    for (i, name) in names.iter().enumerate() {
        let path: &[&str] = match i % 4 {
            0 => &[],
            1 => &["geo"],
            2 => &["geo", "round"],
            _ => &["vault"],
        };
        if !path.is_empty() {
            lib.modules
                .insert(name.clone(), path.iter().map(|s| s.to_string()).collect());
        }
    }
    let lib = validate(&lib).unwrap_or_else(|e| panic!("{e}"));
    let hpp = files(&lib)[1].1.clone();
    for ns in [
        "namespace geo {",
        "namespace geo::round {",
        "namespace vault {",
    ] {
        assert!(hpp.contains(ns), "{ns} missing");
    }
    // A record in `shapes::round` is named fully qualified from the runtime's `detail`.
    let (rec, path) = lib
        .modules()
        .iter()
        .find(|(n, p)| p.len() == 2 && lib.record(n).is_some())
        .expect("a record in geo::round");
    let q = format!("::{}::{}::{rec}", lib.name(), path.join("::"));
    assert!(hpp.contains(&format!("struct Conv<{q}>")), "{q}");
    compile_strictly(
        lib.name(),
        &files(&lib),
        "modules",
        &format!("static_assert(sizeof({q}) > 0, \"qualified name\");"),
    );
    insta::assert_snapshot!("everything_in_modules_hpp", hpp);
}

/// A module named like an item or a runtime declaration would clash with it as a namespace.
#[test]
fn module_names_that_clash_are_errors() {
    let mut lib = polybind_ir::Library::new("demo");
    lib.items = vec![record("Point"), record("Size")];
    lib.modules.insert("Point".into(), vec!["Size".into()]);
    lib.modules.insert("Size".into(), vec!["detail".into()]);
    let lib = validate(&lib).unwrap();
    let text = CppBackend::default()
        .generate(&lib)
        .unwrap_err()
        .iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        text.contains(
            "the module `Size` would become a C++ namespace with the name of an exported item"
        ),
        "{text}"
    );
    assert!(text.contains("the module `detail` would become a C++ namespace with the name of a declaration of the C++ runtime"), "{text}");
}

/// `errors = "expected"`: fallible functions return `Expected<T, E>`, error enums are values,
/// and the whole fixture still compiles at the strictest settings.
#[test]
fn expected_errors_mode() {
    let lib = everything();
    let hpp = hpp_with(&lib, "errors", "expected");
    assert!(hpp.contains("class [[nodiscard]] Expected {"));
    assert!(hpp.contains("::failure(detail::take<"));
    assert!(
        !hpp.contains("detail::raise("),
        "no exceptions for error enums"
    );
    let mut generated = files(&lib);
    generated[1].1 = hpp.clone();
    compile_strictly(lib.name(), &generated, "expected", "");
    insta::assert_snapshot!("everything_expected_hpp", hpp);
}
