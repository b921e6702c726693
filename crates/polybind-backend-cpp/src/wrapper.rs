//! Assembling `<lib>.hpp`: includes, the runtime (`prelude.hpp`), types, callback interfaces,
//! trampolines, objects, functions, constants and the load-time check, in the order C++ needs.

use crate::ErrorStyle;
use crate::calls::{CallShape, Glue};
use crate::context::ItemCx;
use crate::formatter::{Formatter, RUNTIME_NAMES, c_primitive};
use crate::types::{Types, doc};
use polybind_backend_c::CBackend;
use polybind_codegen::{BackendError, CodeWriter, Memos, marker, memo};
use polybind_codegen::{cat, wln};
use polybind_ir::{ConstValue, Type, ValidLibrary};

/// The runtime every wrapper starts with; `@Lib@`, `@lib@` and `@LIB@` are the library's names.
const PRELUDE: &str = include_str!("prelude.hpp");

/// `Expected<T, E>`, for `errors = "expected"` only.
const EXPECTED: &str = include_str!("expected.hpp");

const INCLUDES: &[&str] = &[
    "cstddef",
    "cstdint",
    "exception",
    "initializer_list",
    "memory",
    "optional",
    "string",
    "string_view",
    "type_traits",
    "utility",
    "variant",
    "vector",
];

/// The section of [`Memo`] records: the free functions.
const FUNCTIONS: u8 = 0;

/// `<lib>.hpp`; with `memos`, the wrappers of unchanged functions are reused from the last run.
pub(crate) fn generate(
    lib: &ValidLibrary,
    namespace: &str,
    errors_as: ErrorStyle,
    memos: Option<&Memos>,
) -> Result<String, Vec<BackendError>> {
    let fmt = Formatter::for_library(lib, namespace);
    let mut errors = module_name_errors(lib);
    let mut types = Types::default();
    let mut glue = Glue::default();
    let mut root = ItemCx::new(lib, &fmt, lib.name());
    root.expected = errors_as == ErrorStyle::Expected;

    // Every record and enum, in declaration order (dependencies are pulled in first).
    for (i, r) in lib.records().iter().enumerate() {
        types.out.foresee(0, i, lib.records().len());
        if let Err(e) = types.need(&root, &Type::Record(r.name.clone())) {
            errors.push(e);
        }
    }
    for e in lib.enums() {
        if let Err(err) = types.need(&root, &Type::Enum(e.name.clone())) {
            errors.push(err);
        }
    }

    let mut interfaces = CodeWriter::new();
    for ci in lib.callback_interfaces() {
        let cx = root.sub(format!("trait {}", ci.name));
        if let Err(e) = glue.interface_class(&cx, &mut types, ci, &mut interfaces) {
            errors.push(e);
        }
    }

    let mut class_decls = CodeWriter::new();
    let mut class_defs = CodeWriter::new();
    for o in lib.objects() {
        let cx = root.sub(format!("object {}", o.name));
        if let Err(e) = glue.object(&cx, &mut types, o, &mut class_decls, &mut class_defs) {
            errors.push(e);
        }
    }

    let mut functions = CodeWriter::new();
    let mut memo = memo::open(memos, "cpp-wrapper", lib, &(namespace, root.expected));
    for (i, f) in lib.functions().iter().enumerate() {
        functions.foresee(0, i, lib.functions().len());
        let before = types.version.and(glue.version);
        let key = memo.key(f, before, functions.tail_line());
        let hit = memo.hit(key).filter(|h| h.after == before);
        let mut written = 0..0;
        let reused = hit.is_some();
        if let Some(hit) = hit {
            // Nothing to define: the wrapper as the last run wrote it.
            functions.blank();
            fmt.in_module(&mut functions, &f.name, |w| {
                let start = w.len();
                w.raw(hit.text(FUNCTIONS));
                written = start..w.len();
            });
        } else {
            let cx = root.sub(cat!("fn ", f.name));
            let shape = CallShape {
                c_fn: fmt.c_fn(&f.name),
                params: &f.params,
                ret: f.ret.as_ref(),
                error: f.error.as_deref(),
                self_arg: None,
                into_self: false,
            };
            let types_len = types.out.len();
            let code = match glue.function(&cx, &mut types, &shape) {
                Ok(code) => code,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            functions.blank();
            fmt.in_module(&mut functions, &f.name, |functions| {
                let start = functions.len();
                doc(functions, &f.docs);
                if let Some(t) = &code.template {
                    functions.line(t);
                }
                functions.block(
                    &cat!(
                        "inline ",
                        code.ret,
                        " ",
                        fmt.ident(&f.name),
                        "(",
                        code.params,
                        ") {"
                    ),
                    "}",
                    |w| {
                        for l in &code.body {
                            w.line(l);
                        }
                    },
                );
                written = start..functions.len();
            });
            // Only a wrapper that defined nothing can stand in for its generation.
            if types.version.and(glue.version) != before || types.out.len() != types_len {
                continue;
            }
        }
        if reused {
            memo.reused();
        }
        memo.record(key, before, &[(FUNCTIONS, written)]);
    }

    let mut detail = CodeWriter::new();
    if let Err(e) = glue.write_callbacks(&root, &mut detail) {
        errors.push(e);
    }
    for ci in lib.callback_interfaces() {
        let cx = root.sub(format!("trait {}", ci.name));
        if let Err(e) = glue.interface_vtable(&cx, ci, &mut detail) {
            errors.push(e);
        }
    }

    let mut constants = CodeWriter::new();
    for c in lib.constants() {
        let cx = root.sub(format!("const {}", c.name));
        let value = fmt.c_macro(&c.name);
        let line = match (&c.ty, &c.value) {
            (t, _) if t.is_primitive() => Ok(format!(
                "inline constexpr {} {} = {value};",
                c_primitive(t),
                fmt.ident(&c.name)
            )),
            (Type::Str | Type::String, ConstValue::Str(_)) => Ok(format!(
                "inline constexpr std::string_view {}{{{value}, sizeof({value}) - 1}};",
                fmt.ident(&c.name)
            )),
            (t, _) => Err(cx.error(format!(
                "a constant of type `{t}` is not supported by the C++ backend"
            ))),
        };
        match line {
            Ok(l) => fmt.in_module(&mut constants, &c.name, |w| {
                doc(w, &c.docs);
                w.line(&l);
            }),
            Err(e) => errors.push(e),
        }
    }

    if !errors.is_empty() {
        return Err(errors);
    }

    let mut w = CodeWriter::new();
    let parts = [
        &types.out,
        &interfaces,
        &detail,
        &class_decls,
        &class_defs,
        &functions,
    ];
    w.reserve(parts.iter().map(|s| s.len()).sum::<usize>() + constants.len() + 65536);
    wln!(w, "/* {} */", marker(env!("CARGO_PKG_VERSION")));
    doc(&mut w, lib.docs());
    let guard = fmt.guard();
    wln!(w, "#ifndef {guard}");
    wln!(w, "#define {guard}");
    w.blank();
    wln!(w, "#include \"{}\"", CBackend::header_name(lib));
    w.blank();
    for i in INCLUDES {
        wln!(w, "#include <{i}>");
    }
    w.blank();
    // GCC reports false "may be used uninitialized" warnings inside std::optional and
    // std::variant at -O1 and above (GCC bugs 80635, 105593); they would fail users' -Werror
    // builds through no fault of theirs, so they are silenced for this header only.
    w.line("#if defined(__GNUC__) && !defined(__clang__)");
    w.line("#pragma GCC diagnostic push");
    w.line("#pragma GCC diagnostic ignored \"-Wmaybe-uninitialized\"");
    w.line("#endif");
    w.blank();
    wln!(w, "namespace {namespace} {{");
    w.blank();
    let prelude = PRELUDE
        .replace("@Lib@", &fmt.c_type(""))
        .replace("@lib@", fmt.lib())
        .replace("@LIB@", fmt.c_macro("").trim_end_matches('_'));
    let expected = EXPECTED.replace("@LIB@", fmt.c_macro("").trim_end_matches('_'));
    for l in prelude
        .lines()
        .chain(expected.lines().filter(|_| root.expected))
    {
        w.line(l);
    }
    w.append(&types.out);
    w.append(&interfaces);
    w.blank();
    for o in lib.objects() {
        fmt.in_module(&mut w, &o.name, |w| wln!(w, "class {};", o.name));
    }
    w.blank();
    w.block("namespace detail {", "}  // namespace detail", |w| {
        w.append(&detail)
    });
    w.append(&class_decls);
    w.append(&class_defs);
    let (at, copied) = w.append_placed(&functions);
    memo.place(FUNCTIONS, at, copied);
    w.blank();
    w.append(&constants);
    w.blank();
    doc(
        &mut w,
        "Throws `Error` unless the loaded library exports the interface this wrapper was generated from.",
    );
    w.block("inline void verify_interface() {", "}", |w| {
        w.block(
            &format!("if (const char *item = {}()) {{", fmt.c_fn("verify_interface")),
            "}",
            |w| {
                wln!(w, "throw Error({}, std::string(\"the loaded library does not match this wrapper: \") + item);",
                    fmt.c_macro("INVALID_ARGUMENT"));
            },
        );
    });
    w.blank();
    wln!(w, "}}  // namespace {namespace}");
    w.blank();
    w.line("#if defined(__GNUC__) && !defined(__clang__)");
    w.line("#pragma GCC diagnostic pop");
    w.line("#endif");
    w.blank();
    wln!(w, "#endif /* {guard} */");
    Ok(memo::close(memos, [memo], w.finish()))
}

/// Modules become namespaces: a module may not share its name with an item or a declaration of
/// the runtime, which would live in the same scope (or capture lookups from nested ones).
fn module_name_errors(lib: &ValidLibrary) -> Vec<BackendError> {
    type Set<'a> = std::collections::HashSet<&'a str, foldhash::fast::RandomState>;
    if lib.modules().is_empty() {
        return vec![];
    }
    let items: Set<'_> = lib.items().map(|i| i.name()).collect();
    // Every item names its module path, and a library has a few modules: each segment is
    // checked once, for the first item placed under it.
    let mut checked = Set::default();
    let mut errors = vec![];
    for (item, path) in lib.modules() {
        for seg in path {
            if !checked.insert(seg.as_str()) {
                continue;
            }
            let clash = if RUNTIME_NAMES.binary_search(&seg.as_str()).is_ok() {
                "a declaration of the C++ runtime"
            } else if items.contains(seg.as_str()) {
                "an exported item"
            } else {
                continue;
            };
            errors.push(BackendError::new(
                crate::context::BACKEND,
                item.clone(),
                format!(
                    "the module `{seg}` would become a C++ namespace with the name of {clash}; rename the module or the item"
                ),
            ));
        }
    }
    errors
}
