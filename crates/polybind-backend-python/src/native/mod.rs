//! The native flavour's CPython extension (`_native.c`, `METH_FASTCALL`). It includes the C
//! backend's header, checks the interface at import (`<lib>_verify_interface()`) and implements
//! every function, method, constructor and static method in C: Python → generated C → library,
//! with nothing dynamic (no ctypes) in between. Callbacks and callback interfaces are C
//! trampolines (`callback.rs`); values cross through generated converters (`convert.rs`); results
//! become the package's Python classes (dataclasses, enums, exceptions), which `_init` hands over
//! once at import.

use polybind_codegen::{Hex16, wcat, wln};
mod call;
mod callback;
mod convert;

use crate::api::{BACKEND, py_string};
use crate::names::Names;
use crate::sig::Sig;
use callback::Callbacks;
use convert::{Convs, attr_var, class_var};
use polybind_codegen::{BackendError, CodeWriter, Memo, Memos, memo, split};
use polybind_ir::{ItemRef, ValidLibrary};

const PRELUDE: &str = include_str!("../runtime/prelude.c");

/// The flags the package's build compiles the extension with (and the unit tests check it
/// with): every warning an error. `-Wno-cast-function-type` because `METH_FASTCALL` functions are
/// stored as `PyCFunction`, as CPython's API requires; missing field initialisers are zero.
pub const CFLAGS: &[&str] = &[
    "-O2",
    "-std=c11",
    "-Wall",
    "-Wextra",
    "-Werror",
    "-Wshadow",
    "-Wstrict-prototypes",
    "-Wmissing-prototypes",
    "-Wpointer-arith",
    "-Wcast-qual",
    "-Wundef",
    "-Wformat=2",
    "-Wno-missing-field-initializers",
    "-Wno-cast-function-type",
];

/// The extension's stub: its functions are typed by the signatures `__init__.py` declares under
/// `TYPE_CHECKING`, so the module itself is opaque to the checker.
pub(crate) const STUB: &str = "from typing import Any\n\ndef __getattr__(name: str) -> Any: ...\n";

/// Every callable of the library, in declaration order.
fn targets<'a>(lib: &'a ValidLibrary, n: &Names) -> Vec<Sig<'a>> {
    let mut targets = vec![];
    for item in lib.items() {
        match item {
            ItemRef::Function(f) => targets.push(Sig::function(n, f)),
            ItemRef::Object(o) => targets.extend(o.methods.iter().map(|m| Sig::method(n, o, m))),
            _ => {}
        }
    }
    targets
}

/// How many functions and methods a part of the wrappers has (see [`split`]): about 8 parts
/// for 10,000 functions, enough for a pool to share them out. Each part defines the
/// converters it uses anew, and a wrapper that defines one is not reused by the next run:
/// more parts would cost more.
const WRAPPERS_PER_PART: split::Lengths = split::Lengths {
    min: 256,
    every: 1024,
    max: 2048,
};

/// One part of the wrappers, written apart: its text, what it defined, what it could not
/// write, and its memo (a fork of the extension's).
struct Part<'a> {
    cv: Convs<'a>,
    cbs: Callbacks,
    fns: CodeWriter,
    errors: Vec<BackendError>,
    memo: Memo,
}

/// The section of [`Memo`] records: the wrappers.
const FNS: u8 = 0;
/// Sections of the tables' records: an item's row in `pb_checksums`, a free function's in the
/// module's method table (its key told apart from the wrapper's by a `tail` of [`METHOD`]).
const CHECKSUM: u8 = 0;
const ENTRY: u8 = 1;
const METHOD: u64 = 1;

/// The wrapper of `t`, reused from the last run when `memo` has it (free functions only: a
/// method's text depends on its object too). A wrapper is recorded only when writing it defined
/// no converter, class, attribute name or trampoline.
fn wrapper_memo(
    cv: &mut Convs<'_>,
    cbs: &mut Callbacks,
    fns: &mut CodeWriter,
    t: &Sig<'_>,
    release: bool,
    memo: &mut Memo,
) -> Result<(), String> {
    let Some(f) = t.function else {
        return call::function(cv, cbs, fns, t, release);
    };
    let before = cv.version.and(cbs.version);
    let key = memo.key(f, before, fns.tail());
    let start = fns.len();
    if let Some(hit) = memo.hit(key).filter(|h| h.after == before) {
        fns.raw(hit.text(FNS));
        memo.reused();
    } else {
        call::function(cv, cbs, fns, t, release)?;
        if cv.version.and(cbs.version) != before {
            return Ok(());
        }
    }
    memo.record(key, before, &[(FNS, start..fns.len())]);
    Ok(())
}

/// `_native.c`; with `memos`, the wrappers of unchanged functions are reused from the last run.
pub(crate) fn generate(
    lib: &ValidLibrary,
    n: &Names,
    memos: Option<&Memos>,
) -> Result<String, Vec<BackendError>> {
    generate_in_parts(lib, n, memos, WRAPPERS_PER_PART)
}

/// [`generate`], the wrappers cut into parts of `lengths`: the text is the same however they
/// are cut.
fn generate_in_parts(
    lib: &ValidLibrary,
    n: &Names,
    memos: Option<&Memos>,
    lengths: split::Lengths,
) -> Result<String, Vec<BackendError>> {
    // The GIL rule: a `#[polybind(blocking)]` call releases it; a library that can keep foreign callables (a retained closure or a boxed
    // callback interface) may call them from its own threads while a call waits for them, so
    // every call releases the GIL; otherwise calls keep it (callbacks can then only run on the
    // calling thread, during the call, and re-take the GIL cheaply).
    let release_gil = lib.keeps_foreign_callables();
    let targets = targets(lib, n);
    let mut memo = memo::open(memos, "python-native", lib, &release_gil);
    // The wrappers are written in parts, in parallel: each part defines the converters and
    // trampolines its wrappers use (a wrapper's text only names them), and the parts' sets
    // are merged. The two tables (checksums, methods) depend on none of that: they are two
    // more jobs, beside the parts, for a thread that is free first.
    let parts: Vec<_> = split::parts(&targets, |t| &t.symbol, lengths)
        .into_iter()
        .map(|part| (part, memo.fork()))
        .collect();
    let wrappers = || {
        split::map(parts, |(part, memo)| {
            let mut p = Part {
                cv: Convs::new(lib, n),
                cbs: Callbacks::default(),
                fns: CodeWriter::new(),
                errors: vec![],
                memo,
            };
            for (i, t) in part.iter().enumerate() {
                // A blocking call releases the GIL in any library, so other Python threads run
                // meanwhile.
                let release = release_gil || t.blocking;
                let done = wrapper_memo(&mut p.cv, &mut p.cbs, &mut p.fns, t, release, &mut p.memo);
                if let Err(m) = done {
                    p.errors.push(BackendError::new(BACKEND, &t.label, m));
                }
                p.fns.foresee(0, i + 1, part.len());
            }
            p
        })
    };
    let mut tables = memo::open(memos, "python-native-tables", lib, &());
    let (checks_memo, module_memo) = (tables.fork(), tables.fork());
    let tables_text = || {
        polybind_codegen::join(
            || {
                let (mut text, mut memo) = (CodeWriter::new(), checks_memo);
                checks(lib, n, &mut text, &mut memo);
                (text, memo)
            },
            || {
                let (mut text, mut memo) = (CodeWriter::new(), module_memo);
                module(n, lib, &targets, &mut text, &mut memo);
                (text, memo)
            },
        )
    };
    let (parts, ((checks_text, mut checks_memo), (module_text, mut module_memo))) =
        polybind_codegen::join(wrappers, tables_text);
    let tables_len = checks_text.len() + module_text.len();
    let mut w = head(lib, n, parts, release_gil, tables_len, &mut memo)?;
    // What `checks` and `module` would have written first into the file itself (a blank line
    // each: their own writers left it out).
    for (text, memo, section) in [
        (&checks_text, &mut checks_memo, CHECKSUM),
        (&module_text, &mut module_memo, ENTRY),
    ] {
        w.blank();
        let (at, copied) = w.append_placed(text);
        memo.place(section, at, copied);
    }
    tables.join(checks_memo);
    tables.join(module_memo);
    Ok(memo::close(memos, [memo, tables], w.finish()))
}

/// Everything of `_native.c` but its tables, from the parts of the wrappers: the converters
/// and trampolines they defined, the wrappers, and what `_init` sets. The parts' records go
/// to `memo`, placed in the text; `tables_len` is room kept for the tables.
fn head(
    lib: &ValidLibrary,
    n: &Names,
    parts: Vec<Part<'_>>,
    release_gil: bool,
    tables_len: usize,
    memo: &mut Memo,
) -> Result<CodeWriter, Vec<BackendError>> {
    let mut cv = Convs::new(lib, n);
    let mut cbs = Callbacks::default();
    let mut errors = vec![];
    let mut fns_len = 0;
    let mut wrappers = Vec::with_capacity(parts.len());
    for p in parts {
        cv.absorb(p.cv);
        cbs.absorb(p.cbs);
        errors.extend(p.errors);
        fns_len += p.fns.len();
        wrappers.push((p.fns, p.memo));
    }
    let mut frees = CodeWriter::new();
    for o in lib.objects() {
        call::free(&cv, &mut frees, &o.name, release_gil);
        cv.class(&o.name);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    cv.class("_InterfaceMismatchError");

    let mut w = CodeWriter::new();
    // Room for the whole file: a 10 MB text grown by doubling is copied once more and takes
    // twice the memory. The class and attribute lines are short.
    let names = cv.classes.len() + cv.attrs.len();
    w.reserve(
        PRELUDE.len()
            + cv.emitted_len()
            + cbs.emitted_len()
            + fns_len
            + frees.len()
            + tables_len
            + names * 256
            + 65536,
    );
    wln!(
        w,
        "/* {} */",
        polybind_codegen::marker(env!("CARGO_PKG_VERSION"))
    );
    w.line(PRELUDE.trim_end());
    wln!(w, "#include \"{}.h\"", n.lib());
    w.blank();
    for c in &cv.classes {
        wln!(w, "static PyObject *{};", class_var(c));
    }
    for a in &cv.attrs {
        wln!(w, "static PyObject *{};", attr_var(a));
    }
    status(n, &mut w);
    cv.emit(&mut w);
    cbs.emit(&mut w);
    for (i, (fns, mut part)) in wrappers.into_iter().enumerate() {
        // A part's first wrapper opens with a blank line its own writer left out (the very
        // first wrapper follows the trampolines without one).
        if i > 0 {
            w.blank();
        }
        let (at, copied) = w.append_placed(&fns);
        part.place(FNS, at, copied);
        memo.join(part);
    }
    w.blank();
    w.append(&frees);
    init_classes(&cv, &mut w);
    Ok(w)
}

/// `pb_status`: raise the exception of a status other than OK and ERROR, built by
/// `_base.failure` from the library's description of it.
fn status(n: &Names, w: &mut CodeWriter) {
    let lib = n.lib();
    w.blank();
    w.block(
        "static PyObject *pb_status(int32_t status, const char *label) {",
        "}",
        |w| {
            wln!(w, "{} m = {lib}_last_error_message();",
                n.c_type("String"));
            w.line("PyObject *msg = PyUnicode_DecodeUTF8(m.len ? m.ptr : \"\", (Py_ssize_t)m.len, \"replace\");");
            wln!(w, "{lib}_string_free(&m);");
            w.line("if (msg == NULL) { return NULL; }");
            w.line("PyObject *exc = PyObject_CallFunction(pb_failure, \"isO\", (int)status, label, msg);");
            w.line("Py_DECREF(msg);");
            w.block("if (exc != NULL) {", "}", |w| {
                w.line("PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);");
                w.line("Py_DECREF(exc);");
            });
            w.line("return NULL;");
        },
    );
}

/// `pb_init_classes`: the classes and interned names the converters use, from `_init`.
fn init_classes(cv: &Convs<'_>, w: &mut CodeWriter) {
    w.blank();
    w.block(
        "static int pb_init_classes(PyObject *classes) {",
        "}",
        |w| {
            for c in &cv.classes {
                wln!(
                    w,
                    "if (pb_class(classes, \"{c}\", &{}) < 0) {{ return -1; }}",
                    class_var(c)
                );
            }
            for a in &cv.attrs {
                let v = attr_var(a);
                wln!(w, "Py_XSETREF({v}, PyUnicode_InternFromString(\"{a}\"));");
                wln!(w, "if ({v} == NULL) {{ return -1; }}");
            }
            w.line("return 0;");
        },
    );
}

/// `verify(checksums, layouts)`, the same check as the import's against other expected values
/// (for tests), and `layouts()`, the layouts these bindings were compiled with.
fn checks(lib: &ValidLibrary, n: &Names, w: &mut CodeWriter, tables: &mut Memo) {
    let name = n.lib();
    // The file the library was loaded from (the extension links it), or NULL.
    w.blank();
    w.block("static const char *pb_library_file(void) {", "}", |w| {
        w.line("Dl_info info;");
        wln!(
            w,
            "return dladdr((void *)&{name}_rt_dealloc, &info) == 0 ? NULL : info.dli_fname;"
        );
    });
    w.blank();
    w.block(
        "static PyObject *pb_verify(PyObject *mod, PyObject *const *args, Py_ssize_t nargs) {",
        "}",
        |w| {
            w.line("(void)mod;");
            w.line("if (nargs != 2) { return pb_nargs(\"verify\", 2, nargs); }");
            w.line("const char *file = pb_library_file();");
            w.line("if (file == NULL) { return PyErr_Format(PyExc_ImportError, \"cannot locate the library\"); }");
            w.line("void *dl = dlopen(file, RTLD_NOW | RTLD_NOLOAD);");
            w.line("if (dl == NULL) { return PyErr_Format(PyExc_ImportError, \"cannot open the library\"); }");
            w.line("PyObject *result = NULL;");
            w.block("for (int list = 0; list < 2; list++) {", "}", |w| {
                w.line("PyObject *seq = PySequence_Fast(args[list], \"verify: expected a sequence\");");
                w.line("if (seq == NULL) { goto done; }");
                w.block("for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(seq); i++) {", "}", |w| {
                    w.line("const char *label = NULL, *symbol = NULL;");
                    w.line("unsigned long long expected = 0;");
                    w.line("PyObject *e = PySequence_Fast_GET_ITEM(seq, i);");
                    w.block("if (list == 0) {", "}", |w| {
                        w.line("if (!PyArg_ParseTuple(e, \"ssK\", &label, &symbol, &expected)) { Py_DECREF(seq); goto done; }");
                    });
                    w.block("else {", "}", |w| {
                        w.line("if (!PyArg_ParseTuple(e, \"sK\", &label, &expected)) { Py_DECREF(seq); goto done; }");
                    });
                    w.line("char buf[256];");
                    wln!(w, "if (list == 1) {{ snprintf(buf, sizeof buf, \"{name}_layout_%s\", label); symbol = buf; }}");
                    w.line("uint64_t (*f)(void) = NULL;");
                    w.line("*(void **)&f = dlsym(dl, symbol);");
                    w.block("if (f == NULL) {", "}", |w| {
                        wln!(w, "PyErr_Format({}, \"{name}: the library has no %s (symbol %s); regenerate the bindings from the library's source\", label, symbol);", class_var("_InterfaceMismatchError"));
                        w.line("Py_DECREF(seq);");
                        w.line("goto done;");
                    });
                    w.block("if (f() != expected) {", "}", |w| {
                        wln!(w, "PyErr_Format({}, \"{name}: %s differs between the library and these bindings; regenerate the bindings from the library's source\", label);", class_var("_InterfaceMismatchError"));
                        w.line("Py_DECREF(seq);");
                        w.line("goto done;");
                    });
                });
                w.line("Py_DECREF(seq);");
            });
            w.line("result = Py_NewRef(Py_None);");
            w.dedent();
            w.line("done:");
            w.indent();
            w.line("dlclose(dl);");
            w.line("return result;");
        },
    );
    let alignof = polybind_backend_c::CNames::new(lib.name()).macro_name("ALIGNOF");
    let layouts: Vec<(String, String)> = lib
        .laid_out_types()
        .into_iter()
        .map(|t| {
            let ct = n.c_type(t);
            let value = format!(
                "((unsigned long long)sizeof({ct}) << 16) | (unsigned long long){alignof}({ct})"
            );
            (py_string(&n.layout_suffix(t)), value)
        })
        .collect();
    dict_fn(w, "pb_layouts", !layouts.is_empty(), |w| {
        for (key, value) in &layouts {
            wln!(w, "{{{key}, {value}}},");
        }
    });
    // The expected checksums, for tests comparing them with the library's: one line per item,
    // reused from the last run when the item and its checksum are unchanged.
    let keys = lib.item_keys();
    dict_fn(w, "pb_checksums", !keys.is_empty(), |w| {
        for (key, &checksum) in keys.iter().zip(lib.item_checksums()) {
            let k = tables.key_hashed(
                memo::checksum_item(key, checksum),
                polybind_codegen::Version::default(),
                0,
            );
            let start = w.len();
            match tables.hit(k) {
                Some(hit) => {
                    w.raw(hit.text(CHECKSUM));
                    tables.reused();
                }
                None => wcat!(
                    w,
                    "{",
                    py_string(&n.checksum_fn(key)),
                    ", 0x",
                    Hex16::of(checksum),
                    "ULL},"
                ),
            }
            tables.record(
                k,
                polybind_codegen::Version::default(),
                &[(CHECKSUM, start..w.len())],
            );
        }
    });
}

/// A `METH_NOARGS` function returning the dict `{key: value}` of C string and integer constant
/// expressions, read from a static table (its rows `{key, value},`, which `entries` writes):
/// one line per entry keeps the file (and the time to write and compile it) small for
/// libraries of thousands of items.
fn dict_fn(w: &mut CodeWriter, name: &str, any: bool, entries: impl FnOnce(&mut CodeWriter)) {
    w.blank();
    w.block(
        &format!("static PyObject *{name}(PyObject *mod, PyObject *unused) {{"),
        "}",
        |w| {
            w.line("(void)mod;");
            w.line("(void)unused;");
            if any {
                w.block(
                    "static const struct { const char *key; unsigned long long value; } entries[] = {",
                    "};",
                    entries,
                );
            }
            w.line("PyObject *d = PyDict_New();");
            w.line("if (d == NULL) { return NULL; }");
            if any {
                w.block(
                    "for (size_t i = 0; i < sizeof entries / sizeof entries[0]; i++) {",
                    "}",
                    |w| {
                        w.line("PyObject *v = PyLong_FromUnsignedLongLong(entries[i].value);");
                        w.line("if (v == NULL || PyDict_SetItemString(d, entries[i].key, v) < 0) { Py_XDECREF(v); Py_DECREF(d); return NULL; }");
                        w.line("Py_DECREF(v);");
                    },
                );
            }
            w.line("return d;");
        },
    );
}

fn module(
    n: &Names,
    lib: &ValidLibrary,
    targets: &[Sig<'_>],
    w: &mut CodeWriter,
    tables: &mut Memo,
) {
    let name = n.lib();
    let doc = |t: &Sig<'_>| c_string(t.docs);
    w.blank();
    w.block(
        "static PyObject *pb_library_path(PyObject *mod, PyObject *unused) {",
        "}",
        |w| {
            w.line("(void)mod;");
            w.line("(void)unused;");
            w.line("const char *file = pb_library_file();");
            w.line("if (file == NULL) { Py_RETURN_NONE; }");
            w.line("return PyUnicode_DecodeFSDefault(file);");
        },
    );
    let mut on_instance: Vec<&Sig<'_>> = targets.iter().filter(|t| t.on_instance()).collect();
    on_instance.sort_by(|a, b| a.symbol.cmp(&b.symbol));
    let mut on_module: Vec<&Sig<'_>> = targets.iter().filter(|t| !t.on_instance()).collect();
    on_module.sort_by(|a, b| a.symbol.cmp(&b.symbol));
    w.blank();
    w.block("static PyMethodDef handle_methods[] = {", "};", |w| {
        for t in &on_instance {
            wln!(
                w,
                "{{\"{0}\", (PyCFunction)(void (*)(void))w_{0}, METH_FASTCALL, {1}}},",
                t.symbol,
                doc(t)
            );
        }
        w.line("{NULL, NULL, 0, NULL},");
    });
    w.blank();
    // `bind(cls, {name: symbol})`: the methods of `handle_methods` as method descriptors of
    // `cls` itself (a subclass of HandleBase).
    w.block("static PyObject *pb_bind(PyObject *mod, PyObject *const *args, Py_ssize_t nargs) {", "}", |w| {
        w.line("(void)mod;");
        w.line("if (nargs != 2) { return pb_nargs(\"bind\", 2, nargs); }");
        w.line("PyTypeObject *cls = (PyTypeObject *)args[0];");
        w.block("if (!PyType_Check(args[0]) || !PyType_IsSubtype(cls, &pb_handle_type) || !PyDict_Check(args[1])) {", "}", |w| {
            w.line("return PyErr_Format(PyExc_TypeError, \"bind: expected a subclass of HandleBase and a dict\");");
        });
        w.line("PyObject *key, *value;");
        w.line("Py_ssize_t pos = 0;");
        w.block("while (PyDict_Next(args[1], &pos, &key, &value)) {", "}", |w| {
            w.line("const char *wanted = PyUnicode_AsUTF8(value);");
            w.line("if (wanted == NULL) { return NULL; }");
            w.line("PyMethodDef *d = handle_methods;");
            w.line("while (d->ml_name != NULL && strcmp(d->ml_name, wanted) != 0) { d++; }");
            w.line("if (d->ml_name == NULL) { return PyErr_Format(PyExc_AttributeError, \"no method %s\", wanted); }");
            w.line("PyObject *descr = PyDescr_NewMethod(cls, d);");
            w.line("if (descr == NULL) { return NULL; }");
            w.line("int r = PyObject_SetAttr(args[0], key, descr);");
            w.line("Py_DECREF(descr);");
            w.line("if (r < 0) { return NULL; }");
        });
        w.line("Py_RETURN_NONE;");
    });
    w.blank();
    w.block("static PyMethodDef methods[] = {", "};", |w| {
        w.line("{\"_init\", (PyCFunction)(void (*)(void))pb_init, METH_FASTCALL, NULL},");
        w.line("{\"verify\", (PyCFunction)(void (*)(void))pb_verify, METH_FASTCALL, NULL},");
        w.line("{\"layouts\", pb_layouts, METH_NOARGS, NULL},");
        w.line("{\"checksums\", pb_checksums, METH_NOARGS, NULL},");
        w.line("{\"bind\", (PyCFunction)(void (*)(void))pb_bind, METH_FASTCALL, NULL},");
        w.line("{\"library_path\", pb_library_path, METH_NOARGS, NULL},");
        for t in &on_module {
            // A free function's entry: reused from the last run when the function is unchanged.
            let key = t
                .function
                .map(|f| tables.key(f, polybind_codegen::Version::default(), METHOD));
            let start = w.len();
            match key.and_then(|k| tables.hit(k)) {
                Some(hit) => {
                    w.raw(hit.text(ENTRY));
                    tables.reused();
                }
                None => wcat!(
                    w,
                    "{\"",
                    t.symbol,
                    "\", (PyCFunction)(void (*)(void))w_",
                    t.symbol,
                    ", METH_FASTCALL, ",
                    doc(t),
                    "},"
                ),
            }
            if let Some(k) = key {
                tables.record(
                    k,
                    polybind_codegen::Version::default(),
                    &[(ENTRY, start..w.len())],
                );
            }
        }
        for o in lib.objects() {
            wln!(w, "{{\"{0}\", w_{0}, METH_O, NULL}},", n.c_free(&o.name));
        }
        w.line("{NULL, NULL, 0, NULL},");
    });
    w.blank();
    w.line(
        "static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, \"_native\", NULL, -1, methods, NULL, NULL, NULL, NULL};",
    );
    w.blank();
    w.line("PyMODINIT_FUNC PyInit__native(void);");
    w.block("PyMODINIT_FUNC PyInit__native(void) {", "}", |w| {
        wln!(w, "const char *mismatch = {name}_verify_interface();");
        w.block("if (mismatch != NULL) {", "}", |w| {
            wln!(w, "PyErr_Format(PyExc_ImportError, \"{name}: %s differs between the library and these bindings; regenerate the bindings from the library's source\", mismatch);");
            w.line("return NULL;");
        });
        w.line("if (PyType_Ready(&pb_handle_type) < 0) { return NULL; }");
        w.line("PyObject *m = PyModule_Create(&module);");
        w.line("if (m == NULL) { return NULL; }");
        w.block("if (PyModule_AddObjectRef(m, \"HandleBase\", (PyObject *)&pb_handle_type) < 0) {", "}", |w| {
            w.line("Py_DECREF(m);");
            w.line("return NULL;");
        });
        w.line("return m;");
    });
}

use polybind_backend_c::c_string_literal as c_string;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_is_the_same_however_its_wrappers_are_cut() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/everything.json");
        let text = std::fs::read_to_string(path).unwrap();
        let lib = polybind_ir::validate(&polybind_ir::from_json(&text).unwrap()).unwrap();
        let n = Names::new(lib.name());
        let whole = split::Lengths {
            min: usize::MAX,
            every: u64::MAX,
            max: usize::MAX,
        };
        // A part of one to three wrappers: each defines again what the one before it did.
        let small = split::Lengths {
            min: 1,
            every: 2,
            max: 3,
        };
        assert!(split::parts(&targets(&lib, &n), |t| &t.symbol, small).len() > 10);
        let one = generate_in_parts(&lib, &n, None, whole).unwrap();
        assert_eq!(generate_in_parts(&lib, &n, None, small).unwrap(), one);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let parallel = pool.install(|| generate_in_parts(&lib, &n, None, small).unwrap());
        assert_eq!(parallel, one);
    }
}
