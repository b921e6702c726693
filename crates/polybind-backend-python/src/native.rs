//! The native flavour's CPython extension (`_native.c`, `METH_FASTCALL`). It includes the C
//! backend's header, checks the interface at import (`<lib>_verify_interface()`), and implements
//! in C every function and method whose types it covers: numbers, `bool`, strings in and out,
//! slices of numbers, records of numbers, non-retained closures over numbers, `&self`/`&mut self`
//! methods and `new` constructors. Anything else (errors, vectors, options, data enums, retained
//! closures, callback interfaces) is called through the package's ctypes path; `functions` lists
//! what the extension implements, and `api.rs` binds those names to it.

use crate::api::{BACKEND, py_string};
use crate::names::Names;
use polybind_codegen::{BackendError, CodeWriter};
use polybind_ir::{Callback, Item, Param, Receiver, Type, ValidLibrary};
use std::collections::{BTreeMap, BTreeSet};

const PRELUDE: &str = include_str!("runtime/prelude.c");

/// The extension's stub: its functions are typed by the signatures `__init__.py` declares under
/// `TYPE_CHECKING`, so the module itself is opaque to the checker.
pub(crate) const STUB: &str = "from typing import Any\n\ndef __getattr__(name: str) -> Any: ...\n";

pub(crate) struct Extension {
    pub source: String,
    /// C symbols implemented by the extension.
    pub functions: BTreeSet<String>,
}

/// One callable to implement.
struct Target<'a> {
    label: String,
    docs: &'a str,
    symbol: String,
    params: &'a [Param],
    ret: Option<&'a Type>,
    /// `self` comes first (a method) or the object is created into `self` (`new`).
    receiver: Option<Receiver>,
}

pub(crate) fn generate(lib: &ValidLibrary, n: &Names) -> Result<Extension, Vec<BackendError>> {
    let mut targets = vec![];
    for item in &lib.library().items {
        match item {
            Item::Function(f) if f.error.is_none() => targets.push(Target {
                label: f.name.clone(),
                docs: &f.docs,
                symbol: n.c_function(&f.name),
                params: &f.params,
                ret: f.ret.as_ref(),
                receiver: None,
            }),
            Item::Object(o) => {
                for m in o.methods.iter().filter(|m| m.error.is_none()) {
                    let ok = match m.receiver {
                        Receiver::Ref | Receiver::Mut => true,
                        Receiver::Constructor => m.name == "new",
                        Receiver::Static => false,
                    };
                    if ok {
                        targets.push(Target {
                            label: format!("{}.{}", o.name, m.name),
                            docs: &m.docs,
                            symbol: n.c_method(&o.name, &m.name),
                            params: &m.params,
                            ret: if m.receiver == Receiver::Constructor {
                                None
                            } else {
                                m.ret.as_ref()
                            },
                            receiver: Some(m.receiver),
                        });
                    }
                }
            }
            _ => {}
        }
    }
    targets.retain(|t| {
        t.params.iter().all(|p| param_ok(lib, &p.ty)) && t.ret.is_none_or(|r| ret_ok(lib, r))
    });

    // The GIL rule: a library that can keep foreign callables (a retained closure or a boxed
    // callback interface) may call them from its own threads while a call waits for them, so
    // every call releases the GIL; otherwise calls keep it (callbacks can then only run on the
    // calling thread, during the call, and re-take the GIL cheaply).
    let release_gil = retains_callables(lib);
    let mut w = CodeWriter::new();
    w.line(&format!(
        "/* {} */",
        polybind_codegen::marker(env!("CARGO_PKG_VERSION"))
    ));
    w.line(PRELUDE);
    w.line(&format!("#include \"{}.h\"", n.lib()));
    let mut trampolines = BTreeMap::new();
    let mut functions = BTreeSet::new();
    let mut table = vec![];
    let mut errors = vec![];
    for t in &targets {
        match function(lib, n, &mut w, &mut trampolines, t, release_gil) {
            Ok(()) => {
                functions.insert(t.symbol.clone());
                table.push((t.symbol.clone(), c_string(t.docs), t.receiver.is_some()));
            }
            Err(m) => errors.push(BackendError::new(BACKEND, &t.label, m)),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    table.sort();
    classes(lib, &mut w);
    module(n, &mut w, &table);
    // Trampolines are collected while the functions are written and must come first: write them
    // into their own writer and put them before the functions.
    let mut tw = CodeWriter::new();
    class_decls(lib, &mut tw);
    for (name, cb) in &trampolines {
        trampoline(n, &mut tw, name, cb).map_err(|m| vec![BackendError::new(BACKEND, name, m)])?;
    }
    let text = w.finish();
    let marker = "#include \"";
    let split = text
        .find(marker)
        .and_then(|i| text[i..].find('\n').map(|j| i + j + 1))
        .unwrap_or(0);
    let source = format!("{}\n{}\n{}", &text[..split], tw.finish(), &text[split..]);
    Ok(Extension { source, functions })
}

/// Whether the library's interface lets it keep a foreign callable beyond one call.
fn retains_callables(lib: &ValidLibrary) -> bool {
    fn ty(t: &Type) -> bool {
        match t {
            Type::Callback(cb) => cb.retained,
            Type::CallbackInterface(_) => true,
            _ => false,
        }
    }
    lib.functions()
        .iter()
        .any(|f| f.params.iter().any(|p| ty(&p.ty)))
        || lib
            .objects()
            .iter()
            .any(|o| o.methods.iter().any(|m| m.params.iter().any(|p| ty(&p.ty))))
}

fn param_ok(lib: &ValidLibrary, ty: &Type) -> bool {
    match ty {
        t if t.is_primitive() => true,
        Type::Str | Type::String => true,
        Type::Slice(t) => t.is_number(),
        Type::Record(_) => plain_record(lib, ty),
        Type::Callback(cb) => {
            !cb.retained
                && cb.params.iter().all(Type::is_primitive)
                && cb.ret.as_ref().is_none_or(Type::is_primitive)
        }
        _ => false,
    }
}

fn ret_ok(lib: &ValidLibrary, ty: &Type) -> bool {
    ty.is_primitive() || *ty == Type::String || plain_record(lib, ty)
}

fn plain_record(lib: &ValidLibrary, ty: &Type) -> bool {
    match ty {
        Type::Record(name) => lib
            .record(name)
            .is_some_and(|r| r.fields.iter().all(|f| f.ty.is_primitive())),
        _ => false,
    }
}

use polybind_backend_c::primitive_c_type as c_prim;

/// C statements converting the Python object `src` into the primitive `dst` (declared before);
/// `fail` is the statement run on error.
fn prim_in(w: &mut CodeWriter, ty: &Type, src: &str, label: &str, dst: &str, fail: &str) {
    let l = py_string(label);
    let (max, min) = match ty {
        Type::U8 => ("UINT8_MAX", ""),
        Type::U16 => ("UINT16_MAX", ""),
        Type::U32 => ("UINT32_MAX", ""),
        Type::U64 => ("UINT64_MAX", ""),
        Type::Usize => ("SIZE_MAX", ""),
        Type::I8 => ("INT8_MAX", "INT8_MIN"),
        Type::I16 => ("INT16_MAX", "INT16_MIN"),
        Type::I32 => ("INT32_MAX", "INT32_MIN"),
        Type::I64 => ("INT64_MAX", "INT64_MIN"),
        Type::Isize => ("INTPTR_MAX", "INTPTR_MIN"),
        _ => ("", ""),
    };
    w.block("{", "}", |w| match ty {
        Type::Bool => w.line(&format!(
            "if (pb_bool({src}, {l}, &{dst}) < 0) {{ {fail} }}"
        )),
        Type::F32 | Type::F64 => {
            w.line("double v = 0;");
            w.line(&format!("if (pb_double({src}, {l}, &v) < 0) {{ {fail} }}"));
            w.line(&format!("{dst} = ({})v;", c_prim(ty)));
        }
        _ if min.is_empty() => {
            w.line("unsigned long long v = 0;");
            w.line(&format!(
                "if (pb_unsigned({src}, {l}, {max}, &v) < 0) {{ {fail} }}"
            ));
            w.line(&format!("{dst} = ({})v;", c_prim(ty)));
        }
        _ => {
            w.line("long long v = 0;");
            w.line(&format!(
                "if (pb_signed({src}, {l}, {min}, {max}, &v) < 0) {{ {fail} }}"
            ));
            w.line(&format!("{dst} = ({})v;", c_prim(ty)));
        }
    });
}

/// A new reference to the Python value of the primitive `expr`.
fn prim_out(ty: &Type, expr: &str) -> String {
    match ty {
        Type::Bool => format!("PyBool_FromLong({expr})"),
        Type::F32 | Type::F64 => format!("PyFloat_FromDouble((double){expr})"),
        Type::U8 | Type::U16 | Type::U32 => {
            format!("PyLong_FromUnsignedLong((unsigned long){expr})")
        }
        Type::U64 | Type::Usize => {
            format!("PyLong_FromUnsignedLongLong((unsigned long long){expr})")
        }
        _ => format!("PyLong_FromLongLong((long long){expr})"),
    }
}

fn callback_c_type(n: &Names, cb: &Callback) -> Result<String, String> {
    Ok(n.c_type(&n.fragment(&Type::Callback(Box::new(cb.clone())))?))
}

fn function(
    lib: &ValidLibrary,
    n: &Names,
    w: &mut CodeWriter,
    trampolines: &mut BTreeMap<String, Callback>,
    t: &Target<'_>,
    release_gil: bool,
) -> Result<(), String> {
    // Functions receive the module as `obj`; methods (method descriptors of the handle type,
    // which checks the instance's type) receive the instance, with `args` after it.
    let nargs = t.params.len();
    let mut call = vec![];
    let mut cleanup = CodeWriter::new();
    w.blank();
    w.block(
        &format!(
            "static PyObject *w_{}(PyObject *obj, PyObject *const *args, Py_ssize_t nargs) {{",
            t.symbol
        ),
        "}",
        |w| {
            w.line("(void)obj;");
            w.line("(void)args;");
            w.line("PyObject *result = NULL;");
            w.block(&format!("if (nargs != {nargs}) {{"), "}", |w| {
                w.line(&format!(
                    "return pb_nargs({}, {}, nargs);",
                    py_string(&t.label),
                    t.params.len(),
                ));
            });
            if matches!(t.receiver, Some(Receiver::Ref | Receiver::Mut)) {
                w.line(&format!(
                    "{} self = {{pb_handle(obj)}};",
                    n.c_type(t.label.split('.').next().unwrap_or_default())
                ));
                call.push("self".to_owned());
            }
            // Declarations first, so that `goto done` never jumps over one.
            for (i, p) in t.params.iter().enumerate() {
                let v = format!("a{i}");
                match &p.ty {
                    Type::Str | Type::String => {
                        w.line(&format!("{} {v} = {{0}};", n.c_type("Str")))
                    }
                    Type::Slice(e) => {
                        w.line(&format!(
                            "{} {v} = {{0}};",
                            n.c_type(&format!("Slice{}", n.fragment(e).unwrap_or_default()))
                        ));
                        w.line(&format!("pb_slice s{i} = {{0}};"));
                        cleanup.line(&format!("pb_slice_release(&s{i});"));
                    }
                    Type::Record(r) => w.line(&format!("{} {v};", n.c_type(r))),
                    Type::Callback(cb) => {
                        w.line(&format!(
                            "{} {v} = {{0}};",
                            callback_c_type(n, cb).unwrap_or_default()
                        ));
                    }
                    ty => w.line(&format!("{} {v};", c_prim(ty))),
                }
            }
            // Closures take a reference last: nothing may fail once the library owns one.
            let mut order: Vec<(usize, &Param)> = t.params.iter().enumerate().collect();
            order.sort_by_key(|(_, p)| matches!(p.ty, Type::Callback(_)));
            for i in 0..t.params.len() {
                call.push(format!("a{i}"));
            }
            for (i, p) in order {
                let v = format!("a{i}");
                let src = format!("args[{i}]");
                let fail = "goto done;";
                match &p.ty {
                    Type::Str | Type::String => w.line(&format!(
                        "if (pb_str({src}, {}, &{v}.ptr, &{v}.len) < 0) {{ {fail} }}",
                        py_string(&p.name)
                    )),
                    Type::Slice(e) => slice_in(w, e, &src, &p.name, i),
                    Type::Record(r) => {
                        w.block("{", "}", |w| {
                            w.block(
                                &format!(
                                    "if (!PyObject_TypeCheck({src}, (PyTypeObject *){})) {{",
                                    class_var(r)
                                ),
                                "}",
                                |w| {
                                    w.line(&format!(
                                        "pb_type_error({}, {}, {src});",
                                        py_string(&p.name),
                                        py_string(r)
                                    ));
                                    w.line(fail);
                                },
                            );
                            if let Some(rec) = lib.record(r) {
                                for f in &rec.fields {
                                    w.block("{", "}", |w| {
                                        w.line(&format!(
                                            "PyObject *fv = PyObject_GetAttr({src}, {});",
                                            name_var(r, &f.name)
                                        ));
                                        w.line(&format!("if (fv == NULL) {{ {fail} }}"));
                                        w.line("int bad = 0;");
                                        prim_in(
                                            w,
                                            &f.ty,
                                            "fv",
                                            &format!("{}.{}", p.name, f.name),
                                            &format!("{v}.{}", n.c_field(&f.name)),
                                            "bad = 1;",
                                        );
                                        w.line("Py_DECREF(fv);");
                                        w.line(&format!("if (bad) {{ {fail} }}"));
                                    });
                                }
                            }
                        });
                    }
                    Type::Callback(cb) => {
                        let name = format!("cb_{}", callback_c_type(n, cb).unwrap_or_default());
                        trampolines
                            .entry(name.clone())
                            .or_insert_with(|| (**cb).clone());
                        w.block(&format!("if (!PyCallable_Check({src})) {{"), "}", |w| {
                            w.line(&format!(
                                "pb_type_error({}, \"a callable\", {src});",
                                py_string(&p.name)
                            ));
                            w.line(fail);
                        });
                        w.line(&format!("{v}.call = {name};"));
                        w.line(&format!("{v}.user_data = Py_NewRef({src});"));
                        w.line(&format!("{v}.release = pb_release;"));
                    }
                    ty => prim_in(w, ty, &src, &p.name, &v, fail),
                }
            }
            let ret_c = match t.ret {
                Some(Type::String) => Some(n.c_type("String")),
                Some(Type::Record(r)) => Some(n.c_type(r)),
                Some(ty) => Some(c_prim(ty).to_owned()),
                None if t.receiver == Some(Receiver::Constructor) => {
                    Some(n.c_type(t.label.split('.').next().unwrap_or_default()))
                }
                None => None,
            };
            if let Some(c) = &ret_c {
                w.line(&format!("{c} out;"));
                call.push("&out".into());
            }
            w.block("{", "}", |w| {
                if release_gil {
                    w.line("int32_t status;");
                    w.line("Py_BEGIN_ALLOW_THREADS");
                    w.line(&format!("status = {}({});", t.symbol, call.join(", ")));
                    w.line("Py_END_ALLOW_THREADS");
                } else {
                    w.line(&format!(
                        "int32_t status = {}({});",
                        t.symbol,
                        call.join(", ")
                    ));
                }
                w.block("if (status != 0) {", "}", |w| {
                    w.line(&format!(
                        "pb_status(status, {});",
                        py_string(&t.label.replace('.', "::"))
                    ));
                    w.line("goto done;");
                });
            });
            match t.ret {
                Some(Type::String) => {
                    w.line(
                        "result = PyUnicode_DecodeUTF8(out.ptr, (Py_ssize_t)out.len, \"strict\");",
                    );
                    w.line(&format!("{}(&out);", n.c_function("string_free")));
                }
                Some(Type::Record(r)) => {
                    let fields = lib.record(r).map(|r| r.fields.clone()).unwrap_or_default();
                    w.block("{", "}", |w| {
                        w.line(&format!("PyObject *fv[{}];", fields.len().max(1)));
                        for (i, f) in fields.iter().enumerate() {
                            w.line(&format!(
                                "fv[{i}] = {};",
                                prim_out(&f.ty, &format!("out.{}", n.c_field(&f.name)))
                            ));
                        }
                        let all: Vec<String> = (0..fields.len())
                            .map(|i| format!("fv[{i}] != NULL"))
                            .collect();
                        w.block(
                            &format!(
                                "if ({}) {{",
                                if all.is_empty() {
                                    "1".into()
                                } else {
                                    all.join(" && ")
                                }
                            ),
                            "}",
                            |w| {
                                w.line(&format!(
                                    "result = PyObject_Vectorcall({}, fv, {}, NULL);",
                                    class_var(r),
                                    fields.len()
                                ));
                            },
                        );
                        for i in 0..fields.len() {
                            w.line(&format!("Py_XDECREF(fv[{i}]);"));
                        }
                    });
                }
                Some(ty) => w.line(&format!("result = {};", prim_out(ty, "out"))),
                None if t.receiver == Some(Receiver::Constructor) => {
                    w.line("((pb_handle_object *)obj)->handle = out.handle;");
                    w.line("result = Py_NewRef(Py_None);");
                }
                None => w.line("result = Py_NewRef(Py_None);"),
            }
            w.line("goto done;");
            w.dedent();
            w.line("done:");
            w.indent();
            w.append(&cleanup);
            w.line("return result;");
        },
    );
    Ok(())
}

fn slice_in(w: &mut CodeWriter, elem: &Type, src: &str, name: &str, i: usize) {
    let ct = c_prim(elem);
    w.block(&format!("if (PyObject_CheckBuffer({src})) {{"), "}", |w| {
        w.line(&format!("if (PyObject_GetBuffer({src}, &s{i}.view, PyBUF_C_CONTIGUOUS) < 0) {{ goto done; }}"));
        w.line(&format!("s{i}.has_view = 1;"));
        w.block(&format!("if ((s{i}.view.itemsize != (Py_ssize_t)sizeof({ct}) && s{i}.view.itemsize != 1) || s{i}.view.len % (Py_ssize_t)sizeof({ct}) != 0) {{"), "}", |w| {
            w.line(&format!(
                "PyErr_Format(PyExc_TypeError, \"%s: expected a buffer of %zu-byte items (or their bytes), got %zd-byte items\", {}, sizeof({ct}), s{i}.view.itemsize);",
                py_string(name)
            ));
            w.line("goto done;");
        });
        w.line(&format!("a{i}.ptr = ({ct} *)s{i}.view.buf;"));
        w.line(&format!("a{i}.len = (size_t)s{i}.view.len / sizeof({ct});"));
    });
    w.block("else {", "}", |w| {
        w.line(&format!("PyObject *seq = PySequence_Fast({src}, \"\");"));
        w.block("if (seq == NULL) {", "}", |w| {
            w.line(&format!(
                "PyErr_Format(PyExc_TypeError, \"%s: expected a sequence or a buffer, got %s\", {}, Py_TYPE({src})->tp_name);",
                py_string(name)
            ));
            w.line("goto done;");
        });
        w.line("Py_ssize_t len = PySequence_Fast_GET_SIZE(seq);");
        w.line(&format!("{ct} *buf = PyMem_Malloc(sizeof({ct}) * (size_t)(len > 0 ? len : 1));"));
        w.line(&format!("s{i}.copy = buf;"));
        w.line("if (buf == NULL) { Py_DECREF(seq); PyErr_NoMemory(); goto done; }");
        w.block("for (Py_ssize_t k = 0; k < len; k++) {", "}", |w| {
            w.line("int bad = 0;");
            prim_in(w, elem, "PySequence_Fast_GET_ITEM(seq, k)", name, "buf[k]", "bad = 1;");
            w.line("if (bad) { Py_DECREF(seq); goto done; }");
        });
        w.line("Py_DECREF(seq);");
        w.line(&format!("a{i}.ptr = buf;"));
        w.line(&format!("a{i}.len = (size_t)len;"));
    });
}

fn trampoline(n: &Names, w: &mut CodeWriter, name: &str, cb: &Callback) -> Result<(), String> {
    let mut params = vec!["void *user_data".to_owned()];
    for (i, p) in cb.params.iter().enumerate() {
        params.push(format!("{} arg{i}", c_prim(p)));
    }
    if let Some(r) = &cb.ret {
        params.push(format!("{} *out", c_prim(r)));
    }
    let _ = n;
    w.blank();
    w.block(
        &format!("static int32_t {name}({}) {{", params.join(", ")),
        "}",
        |w| {
            w.line("PyGILState_STATE g = PyGILState_Ensure();");
            w.line("int32_t status = 1;");
            w.line(&format!(
                "PyObject *argv[{}] = {{NULL}};",
                cb.params.len().max(1)
            ));
            w.line("PyObject *r = NULL;");
            for (i, p) in cb.params.iter().enumerate() {
                w.line(&format!("argv[{i}] = {};", prim_out(p, &format!("arg{i}"))));
                w.line(&format!("if (argv[{i}] == NULL) {{ goto done; }}"));
            }
            w.line(&format!(
                "r = PyObject_Vectorcall((PyObject *)user_data, argv, {}, NULL);",
                cb.params.len()
            ));
            w.line("if (r == NULL) { goto done; }");
            match &cb.ret {
                Some(t) => {
                    w.line("int bad = 0;");
                    prim_in(w, t, "r", "the callback's result", "*out", "bad = 1;");
                    w.line("if (!bad) { status = 0; }");
                }
                None => w.line("status = 0;"),
            }
            w.dedent();
            w.line("done:");
            w.indent();
            w.line("if (status != 0) { pb_callback_failed(); }");
            w.line("Py_XDECREF(r);");
            for i in 0..cb.params.len() {
                w.line(&format!("Py_XDECREF(argv[{i}]);"));
            }
            w.line("PyGILState_Release(g);");
            w.line("return status;");
        },
    );
    Ok(())
}

/// A C string literal: printable ASCII as is, everything else as octal escapes (which, unlike
/// `\x`, never swallow the characters after them).
fn c_string(s: &str) -> String {
    let mut out = String::from("\"");
    for b in s.bytes() {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'?' => out.push_str("\\?"),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\{b:03o}")),
        }
    }
    out.push('"');
    out
}

/// The static references to record classes and their interned field names, set by `_init`.
fn class_decls(lib: &ValidLibrary, w: &mut CodeWriter) {
    w.blank();
    for r in lib.records() {
        w.line(&format!("static PyObject *{};", class_var(&r.name)));
        for f in &r.fields {
            w.line(&format!("static PyObject *{};", name_var(&r.name, &f.name)));
        }
    }
}

fn classes(lib: &ValidLibrary, w: &mut CodeWriter) {
    w.blank();
    w.block("static int pb_init_classes(void) {", "}", |w| {
        for r in lib.records() {
            w.line(&format!(
                "Py_XSETREF({}, pb_record_class({}));",
                class_var(&r.name),
                py_string(&r.name)
            ));
            w.line(&format!(
                "if ({} == NULL) {{ return -1; }}",
                class_var(&r.name)
            ));
            for f in &r.fields {
                let v = name_var(&r.name, &f.name);
                w.line(&format!(
                    "Py_XSETREF({v}, PyUnicode_InternFromString({}));",
                    py_string(&f.name)
                ));
                w.line(&format!("if ({v} == NULL) {{ return -1; }}"));
            }
        }
        w.line("return 0;");
    });
}

fn class_var(record: &str) -> String {
    format!("cls_{record}")
}

fn name_var(record: &str, field: &str) -> String {
    format!("name_{record}_{field}")
}

fn module(n: &Names, w: &mut CodeWriter, functions: &[(String, String, bool)]) {
    let lib = n.lib();
    w.blank();
    w.block("static PyObject *pb_library_path(PyObject *mod, PyObject *unused) {", "}", |w| {
        w.line("(void)mod;");
        w.line("(void)unused;");
        w.line("Dl_info info;");
        w.block(&format!("if (dladdr((void *)&{lib}_rt_dealloc, &info) == 0 || info.dli_fname == NULL) {{"), "}", |w| {
            w.line("Py_RETURN_NONE;");
        });
        w.line("return PyUnicode_DecodeFSDefault(info.dli_fname);");
    });
    w.blank();
    w.block("static PyMethodDef handle_methods[] = {", "};", |w| {
        for (f, doc, _) in functions.iter().filter(|f| f.2) {
            w.line(&format!(
                "{{\"{f}\", (PyCFunction)(void (*)(void))w_{f}, METH_FASTCALL, {doc}}},"
            ));
        }
        w.line("{NULL, NULL, 0, NULL},");
    });
    w.blank();
    w.block("static PyObject *pb_method(PyObject *mod, PyObject *name) {", "}", |w| {
        w.line("(void)mod;");
        w.line("const char *wanted = PyUnicode_AsUTF8(name);");
        w.line("if (wanted == NULL) { return NULL; }");
        w.block("for (PyMethodDef *d = handle_methods; d->ml_name != NULL; d++) {", "}", |w| {
            w.line("if (strcmp(d->ml_name, wanted) == 0) { return PyDescr_NewMethod(&pb_handle_type, d); }");
        });
        w.line("PyErr_Format(PyExc_AttributeError, \"no method %s\", wanted);");
        w.line("return NULL;");
    });
    w.blank();
    w.block("static PyMethodDef methods[] = {", "};", |w| {
        w.line("{\"_init\", (PyCFunction)(void (*)(void))pb_init, METH_FASTCALL, NULL},");
        w.line("{\"method\", pb_method, METH_O, NULL},");
        w.line("{\"library_path\", pb_library_path, METH_NOARGS, NULL},");
        for (f, doc, _) in functions.iter().filter(|f| !f.2) {
            w.line(&format!(
                "{{\"{f}\", (PyCFunction)(void (*)(void))w_{f}, METH_FASTCALL, {doc}}},"
            ));
        }
        w.line("{NULL, NULL, 0, NULL},");
    });
    w.blank();
    w.line(
        "static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, \"_native\", NULL, -1, methods, NULL, NULL, NULL, NULL};",
    );
    w.blank();
    w.block("PyMODINIT_FUNC PyInit__native(void) {", "}", |w| {
        w.line(&format!("const char *mismatch = {lib}_verify_interface();"));
        w.block("if (mismatch != NULL) {", "}", |w| {
            w.line(&format!(
                "PyErr_Format(PyExc_ImportError, \"{lib}: %s differs between the library and these bindings; regenerate the bindings from the library's source\", mismatch);"
            ));
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
