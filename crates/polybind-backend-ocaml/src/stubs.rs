//! The C stubs of functions and methods, as the OCaml manual describes them (chapter "Interfacing
//! C with OCaml"):
//! - fast stubs for calls of numbers, strings and flat arrays: `[@@noalloc]`, with `[@untagged]`
//!   and `[@unboxed]` arguments and results, no allocation, no GC root; a failure is reported
//!   through a sentinel or a thread-local status the OCaml wrapper checks (a noalloc stub may not
//!   raise);
//! - regular stubs for everything else: `CAMLparam`/`CAMLlocal`/`CAMLreturn`, arguments converted
//!   into C memory the call owns, results converted and released, failures raised.
//!
//! Each native stub has a bytecode twin (`_byte`) where OCaml needs one.

use crate::callable::Callable;
use crate::context::Cx;
use crate::convert::{Converters, ops_name};
use crate::trampolines::Trampolines;
use polybind_backend_c::primitive_c_type;
use polybind_codegen::CodeWriter;
use polybind_ir::Type;

/// How a fast stub passes a value natively: the C type and the bytecode conversion from `value`.
fn fast_native(ty: &Type) -> (&'static str, &'static str) {
    match ty {
        Type::Bool => ("value", ""),
        Type::U64 | Type::I64 => ("int64_t", "Int64_val"),
        Type::Usize | Type::Isize => ("intnat", "Nativeint_val"),
        Type::F32 | Type::F64 => ("double", "Double_val"),
        t if t.is_primitive() => ("intnat", "Long_val"),
        _ => ("value", ""),
    }
}

/// How a fast stub returns: native C type, the bytecode boxing, and whether failure is a
/// sentinel (`Min_long`) rather than the thread-local status.
pub(crate) enum FastRet {
    /// `()`: the status itself, untagged.
    Status,
    /// A small integer or `bool`, untagged, `Min_long` on failure.
    Sentinel,
    /// `int64`, `nativeint` or `float`, unboxed; failure in the thread-local status.
    Unboxed(&'static str, &'static str),
}

pub(crate) fn fast_ret(ret: Option<&Type>) -> FastRet {
    match ret {
        None => FastRet::Status,
        Some(Type::U64 | Type::I64) => FastRet::Unboxed("int64_t", "caml_copy_int64"),
        Some(Type::Usize | Type::Isize) => FastRet::Unboxed("intnat", "caml_copy_nativeint"),
        Some(Type::F32 | Type::F64) => FastRet::Unboxed("double", "caml_copy_double"),
        Some(_) => FastRet::Sentinel,
    }
}

/// The ABI value of a fast argument `p` (a native parameter of C type `fast_native`).
fn fast_arg(cx: &Cx<'_>, ty: &Type, p: &str) -> Result<String, String> {
    let c = cx.n.c();
    Ok(match ty {
        Type::Bool => format!("Bool_val({p})"),
        t if t.is_primitive() => format!("({}){p}", primitive_c_type(t)),
        Type::Str | Type::String => format!(
            "({}){{String_val({p}), caml_string_length({p})}}",
            c.type_name("Str")
        ),
        Type::Slice(e) | Type::Vec(e) | Type::SliceMut(e) => {
            let ct = c.param_type(ty)?;
            let et = primitive_c_type(e);
            if **e == Type::U8 {
                format!("({ct}){{({et} *)Bytes_val({p}), caml_string_length({p})}}")
            } else {
                format!(
                    "({ct}){{Tag_val({p}) == Double_array_tag ? ({et} *){p} : NULL, Tag_val({p}) == Double_array_tag ? Wosize_val({p}) / Double_wosize : 0}}"
                )
            }
        }
        Type::Object(o) => format!("({}){{pb_handle({p})}}", c.type_name(o)),
        other => return Err(format!("`{other}` has no fast path")),
    })
}

fn params_decl(params: &[String]) -> String {
    if params.is_empty() {
        "value unit".into()
    } else {
        params.join(", ")
    }
}

pub(crate) fn fast_stub(cx: &Cx<'_>, w: &mut CodeWriter, t: &Callable<'_>) -> Result<(), String> {
    let stub = cx.n.stub(&t.symbol);
    let params = t.all_params();
    let names: Vec<String> = (0..params.len()).map(|i| format!("p{i}")).collect();
    let native: Vec<String> = params
        .iter()
        .zip(&names)
        .map(|((_, ty), n)| format!("{} {n}", fast_native(ty).0))
        .collect();
    let mut args = vec![];
    for ((_, ty), n) in params.iter().zip(&names) {
        args.push(fast_arg(cx, ty, n)?);
    }
    let ret = fast_ret(t.ret.as_ref());
    let ret_c = match (&ret, &t.ret) {
        (FastRet::Unboxed(c, _), _) => *c,
        _ => "intnat",
    };
    if t.ret.is_some() {
        args.push("&out".into());
    }
    w.blank();
    w.block(
        &format!("CAMLprim {ret_c} {stub}({}) {{", params_decl(&native)),
        "}",
        |w| {
            if params.is_empty() {
                w.line("(void)unit;");
            }
            if let Some(r) = &t.ret {
                w.line(&format!("{} out = 0;", primitive_c_type(r)));
            }
            w.line(&format!(
                "int32_t status = {}({});",
                t.symbol,
                args.join(", ")
            ));
            match ret {
                FastRet::Status => w.line("return status;"),
                FastRet::Sentinel => {
                    w.line("if (status != 0) { pb_last_status = status; return Min_long; }");
                    w.line("return (intnat)out;");
                }
                FastRet::Unboxed(c, _) => {
                    // A sentinel too, but one a result can equal: only then does the wrapper
                    // read the status, so the status is written on failure and on a collision.
                    let (sentinel, hit) = if c == "double" {
                        ("NAN", "isnan(r)")
                    } else if c == "int64_t" {
                        ("INT64_MIN", "r == INT64_MIN")
                    } else {
                        ("Min_long", "r == Min_long")
                    };
                    w.line(&format!(
                        "if (status != 0) {{ pb_last_status = status; return {sentinel}; }}"
                    ));
                    w.line(&format!("{c} r = ({c})out;"));
                    w.line(&format!("if ({hit}) {{ pb_last_status = 0; }}"));
                    w.line("return r;");
                }
            }
        },
    );
    // The bytecode twin: the same call with boxed arguments and result.
    let byte_args: Vec<String> = params
        .iter()
        .zip(&names)
        .map(|((_, ty), n)| match fast_native(ty).1 {
            "" => n.clone(),
            f => format!("{f}({n})"),
        })
        .collect();
    let call_args = if params.is_empty() {
        "unit".to_owned()
    } else {
        byte_args.join(", ")
    };
    let boxed = |expr: String| match fast_ret(t.ret.as_ref()) {
        FastRet::Unboxed(_, f) => format!("{f}({expr})"),
        _ => format!("Val_long({expr})"),
    };
    byte_twin(w, &stub, &names, &boxed(format!("{stub}({call_args})")));
    Ok(())
}

/// `<stub>_byte`: for bytecode, taking every argument as a `value` (an array past five).
fn byte_twin(w: &mut CodeWriter, stub: &str, names: &[String], body: &str) {
    w.blank();
    if names.len() > 5 {
        w.block(
            &format!("CAMLprim value {stub}_byte(value *argv, int argn) {{"),
            "}",
            |w| {
                w.line("(void)argn;");
                for (i, n) in names.iter().enumerate() {
                    w.line(&format!("value {n} = argv[{i}];"));
                }
                w.line(&format!("return {body};"));
            },
        );
    } else {
        let decl: Vec<String> = names.iter().map(|n| format!("value {n}")).collect();
        w.block(
            &format!("CAMLprim value {stub}_byte({}) {{", params_decl(&decl)),
            "}",
            |w| w.line(&format!("return {body};")),
        );
    }
}

/// `CAMLparam`/`CAMLxparam` for `names` (at most five per macro).
fn camlparams(w: &mut CodeWriter, names: &[String]) {
    if names.is_empty() {
        w.line("CAMLparam1(unit);");
        return;
    }
    for (i, chunk) in names.chunks(5).enumerate() {
        let m = if i == 0 { "CAMLparam" } else { "CAMLxparam" };
        w.line(&format!("{m}{}({});", chunk.len(), chunk.join(", ")));
    }
}

pub(crate) fn slow_stub(
    cx: &Cx<'_>,
    w: &mut CodeWriter,
    conv: &mut Converters,
    tramps: &mut Trampolines,
    t: &Callable<'_>,
) -> Result<(), String> {
    let c = cx.n.c();
    let stub = cx.n.stub(&t.symbol);
    let params = t.all_params();
    let names: Vec<String> = (0..params.len()).map(|i| format!("p{i}")).collect();
    let copy = u8::from(t.must_copy(cx));
    // Declarations, conversions (closures last: nothing can fail after their roots exist),
    // the call, write-backs.
    let mut decls = vec![];
    let mut convs = vec![];
    let mut roots = vec![];
    let mut backs = vec![];
    let mut args = vec![];
    for (i, ((pname, ty), p)) in params.iter().zip(&names).enumerate() {
        let v = format!("c{i}");
        let what = format!("\"{}.{pname}\"", t.label.replace("::", "."));
        match ty {
            Type::Callback(cb) => {
                let ct = c.callback_type(cb)?;
                let tramp = tramps.callback(cx, conv, cb)?;
                decls.push(format!("{ct} {v} = {{0}};"));
                if cb.retained {
                    decls.push(format!("void *r{i} = NULL;"));
                    roots.push(format!(
                        "r{i} = pb_root_new({p}, a); if (r{i} == NULL) {{ goto fail; }}"
                    ));
                    roots.push(format!(
                        "{v}.call = {tramp}; {v}.user_data = r{i}; {v}.release = pb_root_release;"
                    ));
                } else {
                    // Borrowed: the stub's own GC root outlives every call the library makes.
                    roots.push(format!(
                        "{v}.call = {tramp}; {v}.user_data = &{p}; {v}.release = NULL;"
                    ));
                }
            }
            Type::CallbackInterface(name) => {
                let ct = c.type_name(name);
                let members = tramps.interface(cx, conv, name)?;
                decls.push(format!("{ct} {v};"));
                decls.push(format!("void *r{i} = NULL;"));
                roots.push(format!(
                    "r{i} = pb_root_new({p}, a); if (r{i} == NULL) {{ goto fail; }}"
                ));
                let mut set = vec![format!("{v}.user_data = r{i};")];
                for (member, f) in members {
                    set.push(format!("{v}.{member} = {f};"));
                }
                set.push(format!("{v}.release = pb_root_release;"));
                roots.push(set.join(" "));
            }
            _ => {
                decls.push(format!("{} {v};", c.param_type(ty)?));
                convs.push(conv.input(cx, ty, p, &v, &what, "goto fail;", false)?);
                if matches!(ty, Type::SliceMut(_)) {
                    let f = conv.write_back(cx, ty)?;
                    backs.push(format!("{f}({p}, &{v}, copy);"));
                }
            }
        }
        args.push(v);
    }
    let ret_c = match &t.ret {
        Some(r) => Some(c.field_type(r)?),
        None => None,
    };
    if let Some(rc) = &ret_c {
        decls.push(format!("{rc} out;"));
        decls.push("memset(&out, 0, sizeof out);".into());
        args.push("&out".into());
    }
    if let Some(e) = t.error {
        decls.push(format!("{} err;", c.type_name(e)));
        decls.push("memset(&err, 0, sizeof err);".into());
        args.push("&err".into());
    }
    let ret_out = match &t.ret {
        Some(r) => Some(conv.output(cx, r, "out")?),
        None => None,
    };
    let err_out = match t.error {
        Some(e) => Some(conv.output(cx, &Type::Enum(e.to_owned()), "err")?),
        None => None,
    };
    let ret_free = t.ret.as_ref().and_then(|r| c.free_fn(cx.lib, r));
    let err_free = t
        .error
        .and_then(|e| c.free_fn(cx.lib, &Type::Enum(e.to_owned())));
    let native: Vec<String> = names.iter().map(|n| format!("value {n}")).collect();
    let has_fail = convs.iter().chain(&roots).any(|r| r.contains("goto fail"));
    let roots_needed = !roots.is_empty() || !backs.is_empty() || err_out.is_some();
    w.blank();
    w.block(
        &format!("CAMLprim value {stub}({}) {{", params_decl(&native)),
        "}",
        |w| {
            // GC roots only where something is allocated while an OCaml value is still needed:
            // a closure's own root (a borrowed closure points at its parameter), a `&mut` view
            // written back after the call, an error result (the value, then its block). A plain
            // result is converted last, after every use of the arguments (a raise allocates,
            // but needs none of them).
            if roots_needed {
                camlparams(w, &names);
            } else if names.is_empty() {
                w.line("(void)unit;");
            }
            if err_out.is_some() {
                w.line("CAMLlocal2(result, x);");
            } else {
                w.line("value x;");
            }
            w.line("PB_ARENA(a);");
            w.line(&format!("const int copy = {copy};"));
            w.line("int32_t status;");
            for d in &decls {
                w.line(d);
            }
            w.line("(void)copy;");
            for l in convs.iter().chain(&roots) {
                w.line(l);
            }
            // A `blocking` call releases the runtime lock even in a library whose other calls
            // keep it.
            let (begin, end) = if t.blocking {
                ("PB_RELEASE_BEGIN", "PB_RELEASE_END")
            } else {
                ("PB_BLOCKING_BEGIN", "PB_BLOCKING_END")
            };
            w.line(begin);
            w.line(&format!("status = {}({});", t.symbol, args.join(", ")));
            w.line(end);
            for b in &backs {
                w.line(b);
            }
            w.line("pb_arena_free(a);");
            if let Some(e) = &err_out {
                w.block("if (status == 1) {", "}", |w| {
                    w.line(&format!("x = {e};"));
                    if let Some(f) = &err_free {
                        w.line(&format!("{f}(&err);"));
                    }
                    w.line("result = caml_alloc(1, 1);");
                    w.line("Store_field(result, 0, x);");
                    w.line("CAMLreturn(result);");
                });
            }
            w.line("if (status != 0) { pb_raise_status(status); }");
            match &ret_out {
                Some(r) => {
                    w.line(&format!("x = {r};"));
                    if let Some(f) = &ret_free {
                        w.line(&format!("{f}(&out);"));
                    }
                }
                None => w.line("x = Val_unit;"),
            }
            if err_out.is_some() {
                w.line("result = caml_alloc(1, 0);");
                w.line("Store_field(result, 0, x);");
                w.line("CAMLreturn(result);");
            } else {
                w.line(if roots_needed {
                    "CAMLreturn(x);"
                } else {
                    "return x;"
                });
            }
            if has_fail {
                w.dedent();
                w.line("fail:");
                w.indent();
                for i in 0..params.len() {
                    if decls.iter().any(|d| d == &format!("void *r{i} = NULL;")) {
                        w.line(&format!("if (r{i} != NULL) {{ pb_root_drop(r{i}); }}"));
                    }
                }
                w.line("pb_arena_raise(a);");
                w.line(if roots_needed {
                    "CAMLreturn(Val_unit);"
                } else {
                    "return Val_unit;"
                });
            }
        },
    );
    if names.len() > 5 {
        let call: Vec<String> = names.clone();
        byte_twin(w, &stub, &names, &format!("{stub}({})", call.join(", ")));
    }
    Ok(())
}

/// The custom operations of every object and its `close`, finaliser and raw-handle stubs.
pub(crate) fn objects(cx: &Cx<'_>, w: &mut CodeWriter) {
    let c = cx.n.c();
    for o in cx.lib.objects() {
        let ops = ops_name(&o.name);
        let ct = c.type_name(&o.name);
        let free = c.method(&o.name, "free");
        let stub = |what: &str| cx.n.object_stub(&o.name, what);
        w.blank();
        w.block(
            &format!("static struct custom_operations {ops} = {{"),
            "};",
            |w| {
                w.line(&format!("\"polybind.{}.{}\",", cx.n.lib(), o.name));
                w.line("custom_finalize_default,");
                w.line("custom_compare_default,");
                w.line("custom_hash_default,");
                w.line("custom_serialize_default,");
                w.line("custom_deserialize_default,");
                w.line("custom_compare_ext_default,");
                w.line("custom_fixed_length_default,");
            },
        );
        w.blank();
        w.block(
            &format!("CAMLprim value {}(value v) {{", stub("close")),
            "}",
            |w| {
                w.line("CAMLparam1(v);");
                w.line(&format!("{ct} o = {{pb_handle(v)}};"));
                w.line("int32_t status;");
                w.line("pb_handle(v) = 0;");
                w.line("PB_BLOCKING_BEGIN");
                w.line(&format!("status = {free}(o);"));
                w.line("PB_BLOCKING_END");
                w.line("if (status != 0) { pb_raise_status(status); }");
                w.line("CAMLreturn(Val_unit);");
            },
        );
        w.blank();
        w.line("/* The GC finaliser: releases the object unless `close` did. */");
        w.block(
            &format!("CAMLprim value {}(value v) {{", stub("release")),
            "}",
            |w| {
                w.line(&format!("{ct} o = {{pb_handle(v)}};"));
                w.line("if (o.handle == 0) { return Val_unit; }");
                w.line("pb_handle(v) = 0;");
                w.line("PB_BLOCKING_BEGIN");
                w.line(&format!("(void){free}(o);"));
                w.line("PB_BLOCKING_END");
                w.line("return Val_unit;");
            },
        );
        w.blank();
        w.block(
            &format!("CAMLprim value {}(value h) {{", stub("of_raw")),
            "}",
            |w| {
                w.line("uint64_t handle = (uint64_t)Int64_val(h);");
                w.line(&format!(
                    "value v = caml_alloc_custom(&{ops}, sizeof(uint64_t), 0, 1);"
                ));
                w.line("pb_handle(v) = handle;");
                w.line("return v;");
            },
        );
        w.blank();
        w.block(
            &format!("CAMLprim value {}(value v) {{", stub("raw")),
            "}",
            |w| {
                w.line("return caml_copy_int64((int64_t)pb_handle(v));");
            },
        );
    }
}

/// The load-time check and the interface queries (`Polybind` module of the `.ml` file).
pub(crate) fn interface(cx: &Cx<'_>, w: &mut CodeWriter) {
    let c = cx.n.c();
    let lib = cx.n.lib();
    w.blank();
    w.line(&format!(
        "uint64_t {}(void);",
        c.function("rt_live_allocations")
    ));
    w.blank();
    w.block(
        &format!(
            "CAMLprim value {}(value unit) {{",
            cx.n.rt_stub("live_allocations")
        ),
        "}",
        |w| {
            w.line("(void)unit;");
            w.line(&format!(
                "return Val_long((intnat){}());",
                c.function("rt_live_allocations")
            ));
        },
    );
    w.blank();
    w.block(
        &format!("CAMLprim value {}(value unit) {{", cx.n.rt_stub("verify")),
        "}",
        |w| {
            w.line("CAMLparam1(unit);");
            w.line("CAMLlocal1(s);");
            w.line(&format!("const char *m = {lib}_verify_interface();"));
            w.line("if (m == NULL) { CAMLreturn(Val_none); }");
            w.line("s = caml_copy_string(m);");
            w.line("CAMLreturn(caml_alloc_some(s));");
        },
    );
    let layouts: Vec<(String, String, String)> = cx
        .lib
        .laid_out_types()
        .iter()
        .map(|t| {
            let ct = c.type_name(t);
            (
                (*t).to_owned(),
                format!("{}()", c.layout_fn(t)),
                format!(
                    "((uint64_t)sizeof({ct}) << 16) | (uint64_t){}",
                    c.alignof(&ct)
                ),
            )
        })
        .collect();
    triples(w, &cx.n.rt_stub("layouts"), &layouts);
    let checksums: Vec<(String, String, String)> = cx
        .lib
        .item_keys()
        .iter()
        .map(|k| {
            (
                k.label(),
                format!("{}()", c.checksum_fn(k)),
                c.checksum_macro(k),
            )
        })
        .collect();
    triples(w, &cx.n.rt_stub("checksums"), &checksums);
}

/// A stub returning `(string * int64 * int64) array`: an item, the library's value, the
/// binding's own.
fn triples(w: &mut CodeWriter, name: &str, rows: &[(String, String, String)]) {
    w.blank();
    w.block(&format!("CAMLprim value {name}(value unit) {{"), "}", |w| {
        w.line("CAMLparam1(unit);");
        w.line("CAMLlocal3(r, t, x);");
        if rows.is_empty() {
            w.line("CAMLreturn(Atom(0));");
            return;
        }
        w.line(&format!("r = caml_alloc({}, 0);", rows.len()));
        for (i, (label, lib, own)) in rows.iter().enumerate() {
            w.line("t = caml_alloc_tuple(3);");
            w.line(&format!("x = caml_copy_string({});", c_string(label)));
            w.line("Store_field(t, 0, x);");
            w.line(&format!("x = caml_copy_int64((int64_t){lib});"));
            w.line("Store_field(t, 1, x);");
            w.line(&format!("x = caml_copy_int64((int64_t)({own}));"));
            w.line("Store_field(t, 2, x);");
            w.line(&format!("Store_field(r, {i}, t);"));
        }
        w.line("CAMLreturn(r);");
    });
}

pub(crate) use polybind_backend_c::c_string_literal as c_string;
