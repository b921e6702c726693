//! One `METH_FASTCALL` function per exported function, method, constructor and static method:
//! arguments converted into the header's C values, the call, the status, the result converted
//! back. Everything a conversion keeps alive is released when the call is over.

use super::callback::Callbacks;
use super::convert::{Convs, prim_in};
use crate::api::py_string;
use crate::sig::Sig;
use polybind_codegen::CodeWriter;
use polybind_codegen::{cat, wcat, wln};
use polybind_ir::{Receiver, Type};

/// The level of a function's body in the wrappers' writer (inside the function's block).
const BODY: usize = 1;

pub(crate) fn function(
    cv: &mut Convs<'_>,
    cbs: &mut Callbacks,
    w: &mut CodeWriter,
    t: &Sig<'_>,
    release_gil: bool,
) -> Result<(), String> {
    let nargs = t.params.len();
    let object = t.object.unwrap_or_default();
    let label = py_string(&t.label);
    // Everything that can fail while generating happens before anything is written. The
    // pieces of the body are written at its level, to be copied into it whole.
    let mut decls = CodeWriter::at_level(BODY);
    let mut early = CodeWriter::at_level(BODY);
    let mut late = CodeWriter::at_level(BODY);
    let mut after = CodeWriter::at_level(BODY);
    let mut call = vec![];
    if matches!(t.receiver, Some(Receiver::Ref | Receiver::Mut)) {
        wln!(
            decls,
            "{} self = {{pb_handle(obj)}};",
            cv.c.type_name(object)
        );
        call.push("self".to_owned());
    }
    let mut retained = vec![];
    // Only conversions of sequences and by-value aggregates keep anything alive for the call.
    let mut needs_keep = false;
    for (i, p) in t.params.iter().enumerate() {
        let index = i.to_string();
        let v = cat!("a", index);
        let src = cat!("args[", index, "]");
        let name = py_string(&p.name);
        call.push(v.clone());
        match &p.ty {
            ty if ty.is_primitive() => {
                wcat!(decls, cv.field_type(ty)?, " ", v, " = 0;");
                prim_in(&mut early, ty, &src, &name, &v, "goto done;");
            }
            Type::Str | Type::String => {
                wcat!(decls, cv.c.type_name("Str"), " ", v, " = {0};");
                wcat!(
                    early,
                    "if (pb_str(",
                    src,
                    ", ",
                    name,
                    ", &",
                    v,
                    ".ptr, &",
                    v,
                    ".len) < 0) { goto done; }"
                );
            }
            Type::Slice(e) | Type::Vec(e) | Type::SliceMut(e) => {
                let mutable = matches!(p.ty, Type::SliceMut(_));
                let ct = cv.field_type(e)?;
                let seq = cv.sequence(e)?;
                needs_keep = true;
                let st = if mutable {
                    cv.c.slice_mut_type(e)?
                } else {
                    cv.c.slice_type(e)?
                };
                wln!(decls, "{st} {v} = {{0}};");
                wln!(decls, "{ct} *p{i} = NULL;");
                wln!(
                    early,
                    "if ({seq}({src}, {name}, &p{i}, &{v}.len, &k, {}) < 0) {{ goto done; }}",
                    i32::from(mutable)
                );
                wln!(early, "{v}.ptr = p{i};");
                if mutable {
                    // A list was copied into an array: its new values go back into the list.
                    let out = cv.output(e)?;
                    after.block(&format!("if (PyList_Check({src})) {{"), "}", |w| {
                        w.block(
                            &format!("for (size_t j = 0; j < {v}.len && (Py_ssize_t)j < PyList_GET_SIZE({src}); j++) {{"),
                            "}",
                            |w| {
                                wln!(w, "PyObject *item = {out}(&p{i}[j]);");
                                w.line("if (item == NULL) { goto done; }");
                                wln!(w, "PyList_SetItem({src}, (Py_ssize_t)j, item);");
                            },
                        );
                    });
                }
            }
            Type::Callback(cb) => {
                let ct = cv.c.callback_type(cb)?;
                let tramp = cbs.closure(cv, cb)?;
                wln!(decls, "{ct} {v} = {{0}};");
                early.block(&format!("if (!PyCallable_Check({src})) {{"), "}", |w| {
                    wln!(w, "pb_type_error({name}, \"a callable\", {src});");
                    w.line("goto done;");
                });
                wln!(late, "{v}.call = {tramp};");
                if cb.retained {
                    wln!(decls, "pb_cb *h{i} = NULL;");
                    retained.push(i);
                    wln!(late, "{v}.user_data = h{i};");
                    wln!(late, "{v}.release = pb_cb_release;");
                } else {
                    // Borrowed for the call only: the closure's record lives on this stack.
                    wln!(
                        decls,
                        "pb_cb c{i} = {{{src}, PyThread_get_thread_ident()}};"
                    );
                    wln!(late, "{v}.user_data = &c{i};");
                }
            }
            Type::CallbackInterface(ci) => {
                let ct = cv.c.type_name(ci);
                let cls = cv.class(ci);
                let members = cbs.interface(cv, ci)?;
                wln!(decls, "{ct} {v} = {{0}};");
                wln!(decls, "pb_cb *h{i} = NULL;");
                early.block("{", "}", |w| {
                    wln!(w, "int is = PyObject_IsInstance({src}, {cls});");
                    w.line("if (is < 0) { goto done; }");
                    w.block("if (is == 0) {", "}", |w| {
                        wln!(w, "pb_type_error({name}, \"{ci}\", {src});");
                        w.line("goto done;");
                    });
                });
                retained.push(i);
                wln!(late, "{v}.user_data = h{i};");
                for (member, tramp) in members {
                    wln!(late, "{v}.{member} = {tramp};");
                }
                wln!(late, "{v}.release = pb_cb_release;");
            }
            ty => {
                let conv = cv.input(ty)?;
                needs_keep = true;
                wln!(decls, "{} {v};", cv.field_type(ty)?);
                wln!(decls, "memset(&{v}, 0, sizeof {v});");
                wln!(
                    early,
                    "if ({conv}({src}, {name}, &{v}, &k) < 0) {{ goto done; }}"
                );
            }
        }
    }
    // Every closure and vtable the library will release is allocated last, all or none: once
    // the library owns one, nothing may fail before the call.
    let mut alloc = CodeWriter::at_level(BODY);
    for (n, i) in retained.iter().enumerate() {
        wln!(alloc, "h{i} = pb_cb_new(args[{i}]);");
        alloc.block(&format!("if (h{i} == NULL) {{"), "}", |w| {
            for j in &retained[..n] {
                wln!(w, "pb_cb_release(h{j});");
            }
            w.line("goto done;");
        });
    }
    let ret_c = match (t.ret, t.receiver) {
        (Some(ty), _) => Some(cv.field_type(ty)?),
        (None, Some(Receiver::Constructor)) => Some(cv.c.type_name(object)),
        _ => None,
    };
    if let Some(c) = &ret_c {
        wcat!(decls, c, " out;");
        decls.line("memset(&out, 0, sizeof out);");
        call.push("&out".into());
    }
    let err = match t.error {
        Some(e) => {
            let ty = Type::Enum(e.to_owned());
            wln!(decls, "{} err;", cv.field_type(&ty)?);
            decls.line("memset(&err, 0, sizeof err);");
            call.push("&err".into());
            Some((cv.output(&ty)?, cv.c.free_fn(cv.lib, &ty)))
        }
        None => None,
    };
    let result = match (t.ret, t.receiver) {
        (Some(ty), _) => Some((cv.output(ty)?, cv.c.free_fn(cv.lib, ty))),
        (None, Some(Receiver::Constructor)) if !t.is_init() => {
            Some((cv.output(&Type::Object(object.to_owned()))?, None))
        }
        _ => None,
    };

    w.blank();
    w.block(
        &cat!(
            "static PyObject *w_",
            t.symbol,
            "(PyObject *obj, PyObject *const *args, Py_ssize_t nargs) {"
        ),
        "}",
        |w| {
            w.line("(void)obj;");
            w.line("(void)args;");
            let nargs = nargs.to_string();
            w.block(&cat!("if (nargs != ", nargs, ") {"), "}", |w| {
                wcat!(w, "return pb_nargs(", label, ", ", nargs, ", nargs);");
            });
            w.line("PyObject *result = NULL;");
            if needs_keep {
                w.line("pb_keep k;");
                w.line("pb_keep_init(&k);");
            }
            w.append(&decls);
            w.append(&early);
            w.append(&alloc);
            w.append(&late);
            w.line("int32_t status;");
            if release_gil {
                w.line("Py_BEGIN_ALLOW_THREADS");
                wcat!(w, "status = ", t.symbol, "(", call.join(", "), ");");
                w.line("Py_END_ALLOW_THREADS");
            } else {
                wcat!(w, "status = ", t.symbol, "(", call.join(", "), ");");
            }
            if let Some((conv, free)) = &err {
                w.block("if (status == 1) {", "}", |w| {
                    wln!(w, "PyObject *e = {conv}(&err);");
                    if let Some(f) = free {
                        wln!(w, "{f}(&err);");
                    }
                    w.block("if (e != NULL) {", "}", |w| {
                        w.line("PyErr_SetObject((PyObject *)Py_TYPE(e), e);");
                        w.line("Py_DECREF(e);");
                    });
                    w.line("goto done;");
                });
            }
            w.block("if (status != 0) {", "}", |w| {
                wcat!(w, "pb_status(status, ", label, ");");
                w.line("goto done;");
            });
            w.append(&after);
            match &result {
                Some((conv, free)) => {
                    wcat!(w, "result = ", conv, "(&out);");
                    if let Some(f) = free {
                        wcat!(w, f, "(&out);");
                    }
                }
                None if t.is_init() => {
                    w.line("((pb_handle_object *)obj)->handle = out.handle;");
                    w.line("result = Py_NewRef(Py_None);");
                }
                None => w.line("result = Py_NewRef(Py_None);"),
            }
            w.line("goto done;");
            w.dedent();
            w.line("done:");
            w.indent();
            if needs_keep {
                w.line("pb_keep_release(&k);");
            }
            w.line("return result;");
        },
    );
    Ok(())
}

/// `_free(handle)` of an object class: releases the handle (the status is ignored, as a
/// second release is answered with INVALID_HANDLE and `close()` is idempotent anyway).
pub(crate) fn free(cv: &Convs<'_>, w: &mut CodeWriter, object: &str, release_gil: bool) {
    let sym = cv.n.c_free(object);
    w.blank();
    w.block(
        &format!("static PyObject *w_{sym}(PyObject *mod, PyObject *arg) {{"),
        "}",
        |w| {
            w.line("(void)mod;");
            w.line("unsigned long long h = PyLong_AsUnsignedLongLong(arg);");
            w.line("if (h == (unsigned long long)-1 && PyErr_Occurred()) { return NULL; }");
            wln!(w, "{} o = {{(uint64_t)h}};", cv.c.type_name(object));
            if release_gil {
                w.line("Py_BEGIN_ALLOW_THREADS");
                wln!(w, "(void){sym}(o);");
                w.line("Py_END_ALLOW_THREADS");
            } else {
                wln!(w, "(void){sym}(o);");
            }
            w.line("Py_RETURN_NONE;");
        },
    );
}
