//! The wrapper of each function, method and constructor: in the native flavour the
//! extension's function itself, in the ctypes flavour a Python function that checks the
//! arguments, calls the prototype and converts the status and the result.

use super::{Cx, docstring};
use crate::sig::Sig;
use crate::types::{Convs, Pos, annotation, int_range, prim_ctype};
use polybind_codegen::{BackendError, CodeWriter};
use polybind_codegen::{cat, wcat, wln};
use polybind_ir::{Receiver, Type};

/// The native flavour's binding: the extension's function itself, with no Python frame in
/// between. Type checkers see the signature; the interpreter sees the C function. Methods are
/// method descriptors of the class itself, made by `_native.bind` after the class: CPython
/// specialises a call to a method descriptor only when the instance's type is exactly the
/// descriptor's.
fn native_binding(
    cx: &Cx<'_>,
    w: &mut CodeWriter,
    sig: &Sig<'_>,
    name: &str,
    docs: &str,
    obj: &str,
) {
    let mut params: Vec<String> = sig
        .params
        .iter()
        .map(|p| cat!(cx.n.ident(&p.name), ": ", annotation(&p.ty, Pos::Param)))
        .collect();
    let (decorator, ret, binding) = match sig.receiver {
        None => (
            "",
            sig.ret.map_or("None".into(), |t| annotation(t, Pos::Value)),
            cat!("_native.", sig.symbol),
        ),
        Some(Receiver::Ref | Receiver::Mut) => {
            params.insert(0, "self".into());
            (
                "",
                sig.ret.map_or("None".into(), |t| annotation(t, Pos::Value)),
                String::new(),
            )
        }
        Some(Receiver::Constructor) if name == "__init__" => {
            params.insert(0, "self".into());
            ("", "None".into(), String::new())
        }
        // Other constructors are class methods to the checker; at run time the C function
        // builds the object itself, so it needs no class argument.
        Some(Receiver::Constructor) => {
            params.insert(0, "cls".into());
            (
                "@classmethod",
                obj.to_owned(),
                format!("staticmethod(_native.{})", sig.symbol),
            )
        }
        Some(Receiver::Static) => (
            "@staticmethod",
            sig.ret.map_or("None".into(), |t| annotation(t, Pos::Value)),
            format!("staticmethod(_native.{})", sig.symbol),
        ),
    };
    w.line("if _TYPE_CHECKING:");
    w.indent();
    let head = cat!(name, "(", params.join(", "), ") -> ", ret);
    def(w, decorator, &head, docs, |w| {
        w.line("raise NotImplementedError")
    });
    w.dedent();
    // Methods and `__init__` are bound by `_native.bind` once the class exists (see `object`).
    if !binding.is_empty() {
        w.line("else:");
        w.indent();
        wcat!(w, name, " = ", binding);
        w.dedent();
    }
}

/// One function or method: argument checks, the call, the status, the result.
/// `[decorator] def <head>:` with the docstring, then `body`.
fn def(
    w: &mut CodeWriter,
    decorator: &str,
    head: &str,
    docs: &str,
    body: impl FnOnce(&mut CodeWriter),
) {
    if !decorator.is_empty() {
        w.line(decorator);
    }
    w.block(&cat!("def ", head, ":"), "", |w| {
        docstring(w, docs);
        body(w);
    });
}

pub(super) fn wrapper(
    cx: &Cx<'_>,
    w: &mut CodeWriter,
    protos: &mut CodeWriter,
    convs: &mut Convs,
    sig: &Sig<'_>,
    name: &str,
    docs: &str,
) -> Result<(), BackendError> {
    let err = |m: String| cx.error(&sig.label, m);
    let is_ctor = sig.receiver == Some(Receiver::Constructor);
    let obj_name = sig.label.split("::").next().unwrap_or_default().to_owned();
    if cx.has_native {
        native_binding(cx, w, sig, name, docs, &obj_name);
        return Ok(());
    }
    // Argument types of the ctypes prototype and the expressions passing each argument.
    let mut argtypes = vec![];
    let mut checks = CodeWriter::new();
    let mut args = vec![];
    let mut keep = false;
    let mut write_back = false;
    if matches!(sig.receiver, Some(Receiver::Ref | Receiver::Mut)) {
        // `{ uint64_t handle }` is passed exactly like a `uint64_t` by every C ABI polybind
        // targets, so the handle goes as a plain integer (no structure per call).
        argtypes.push("_c.c_uint64".to_owned());
        args.push("self._handle".to_owned());
    }
    let mut params = vec![];
    let mut early: Vec<String> = vec![];
    let mut late: Vec<String> = vec![];
    for p in sig.params {
        let pn = cx.n.ident(&p.name);
        params.push(format!("{pn}: {}", annotation(&p.ty, Pos::Param)));
        if let (Some(ct), Some((lo, hi))) = (prim_ctype(&p.ty), int_range(&p.ty)) {
            argtypes.push(ct.into());
            // One test for the common case (an `int` in range); anything else is checked (and
            // refused with the parameter's name, or accepted as an `int` subclass) by the runtime.
            wln!(
                checks,
                "if type({pn}) is not int or not {lo} <= {pn} <= {hi}: _rt.check_int({pn}, {:?}, {lo}, {hi})",
                p.name
            );
            args.push(pn);
        } else if let Some(ct) = prim_ctype(&p.ty) {
            argtypes.push(ct.into());
            let (check, what) = if p.ty == Type::Bool {
                (format!("type({pn}) is not bool"), "bool")
            } else {
                (
                    format!(
                        "type({pn}) is not float and (type({pn}) is bool or not isinstance({pn}, (int, float)))"
                    ),
                    "float",
                )
            };
            wln!(
                checks,
                "if {check}: raise _rt.type_error({:?}, {what:?}, {pn})",
                p.name
            );
            args.push(pn);
        } else if matches!(p.ty, Type::Str | Type::String) {
            // Strings are the commonest non-number: encoded inline (the bytes object's own
            // buffer is what the library reads; it lives until the call returns).
            argtypes.push("_rt.StrStruct".into());
            wln!(
                checks,
                "if type({pn}) is not str: raise _rt.type_error({:?}, \"str\", {pn})",
                p.name
            );
            let local = format!("_a{}", args.len());
            early.push(format!("{local}b = {pn}.encode()"));
            early.push(format!("{local} = _rt.StrStruct({local}b, len({local}b))"));
            args.push(local);
        } else {
            let conv = convs.expr(cx.n, cx.lib, &p.ty).map_err(err)?;
            argtypes.push(format!("{conv}.param_ctype"));
            let local = format!("_a{}", args.len());
            args.push(local.clone());
            if let Type::Callback(_) = p.ty {
                // Closures are registered last: once registered, only the library releases
                // them, so nothing may fail after that before the call. They keep nothing.
                late.push(format!("{local} = {conv}.closure({pn}, {:?})", p.name));
                continue;
            }
            if let Some(fields) = float_record(cx, &p.ty) {
                // A record of floats is built directly (ctypes checks the values); any other
                // value, or a field ctypes refuses, goes through the converter, which names it.
                let values: Vec<String> = fields.iter().map(|f| format!("{pn}.{f}")).collect();
                let rec = annotation(&p.ty, Pos::Param);
                early.push(format!("if type({pn}) is {rec}:"));
                early.push(format!(
                    "    try: {local} = {conv}.ctype({})",
                    values.join(", ")
                ));
                early.push(format!(
                    "    except TypeError: {local} = {conv}.to_c({pn}, {:?}, [])",
                    p.name
                ));
                early.push(format!(
                    "else: {local} = {conv}.to_c({pn}, {:?}, [])",
                    p.name
                ));
                continue;
            }
            // Records, enums and options pass as themselves: skip the `to_param` indirection.
            let method = if matches!(p.ty, Type::Record(_) | Type::Enum(_) | Type::Option(_)) {
                "to_c"
            } else {
                "to_param"
            };
            let line = format!("{local} = {conv}.{method}({pn}, {:?}, _k)", p.name);
            if matches!(p.ty, Type::CallbackInterface(_)) {
                late.push(line);
            } else {
                early.push(line);
            }
            keep = true;
            write_back |= matches!(p.ty, Type::SliceMut(_));
        }
    }
    // The out-parameters.
    let mut outs = vec![];
    let ret_conv = match sig.ret {
        Some(t) => Some(convs.expr(cx.n, cx.lib, t).map_err(err)?),
        None if is_ctor => Some(cx.n.conv_var(&obj_name)),
        None => None,
    };
    let ret_prim = sig.ret.and_then(prim_ctype);
    if let Some(c) = &ret_conv {
        let ct = ret_prim.map_or(format!("{c}.ctype"), str::to_owned);
        argtypes.push(format!("_c.POINTER({ct})"));
        outs.push(("_out", ct));
    }
    let err_conv = sig.error.map(|e| cx.n.conv_var(e));
    if let Some(c) = &err_conv {
        argtypes.push(format!("_c.POINTER({c}.ctype)"));
        outs.push(("_err", format!("{c}.ctype")));
    }

    let f = format!("_f_{}", sig.symbol);
    let ret_ann = if is_ctor && name == "__init__" {
        "None".to_owned()
    } else if is_ctor {
        obj_name.clone()
    } else {
        sig.ret.map_or("None".into(), |t| annotation(t, Pos::Value))
    };
    let (decorator, self_param) = match sig.receiver {
        None => ("", ""),
        Some(Receiver::Ref | Receiver::Mut) => ("", "self"),
        Some(Receiver::Constructor) if name == "__init__" => ("", "self"),
        Some(Receiver::Constructor) => ("@classmethod", "cls"),
        Some(Receiver::Static) => ("@staticmethod", ""),
    };
    let all_params: Vec<String> = std::iter::once(self_param.to_owned())
        .filter(|s| !s.is_empty())
        .chain(params)
        .collect();
    // The prototype is a module-level global, built when the class body runs, so that a call
    // looks it up once.
    let proto = format!("_lib.fn({:?}, [{}])", sig.symbol, argtypes.join(", "));
    wln!(protos, "{f}: _Any = {proto}");
    let head = format!("{name}({}) -> {ret_ann}", all_params.join(", "));
    def(w, decorator, &head, docs, |w| {
        w.append(&checks);
        if keep {
            w.line("_k: list[_Any] = []");
        }
        for l in early.iter().chain(&late) {
            w.line(l);
        }
        for (o, ct) in &outs {
            wln!(w, "{o} = {ct}()");
        }
        for (o, _) in &outs {
            args.push(format!("_c.byref({o})"));
        }
        wln!(w, "_st = {f}({})", args.join(", "));
        w.block("if _st:", "", |w| {
            if let Some(c) = &err_conv {
                wln!(w, "if _st == 1: raise {c}.take(_lib, _err)");
            }
            wln!(w, "raise _lib.fail(_st, {:?})", sig.label);
        });
        if write_back {
            w.line("_rt.write_back(_k)");
        }
        if is_ctor && name == "__init__" {
            w.line("self._handle = _out.handle");
        } else if let Some(c) = &ret_conv {
            if ret_prim.is_some() {
                w.line("return _out.value");
            } else if sig.ret == Some(&Type::String) {
                w.line("return _lib.take_string(_out)");
            } else if let Some(fields) = sig.ret.and_then(|t| number_record(cx, t)) {
                // ctypes reads numbers back as Python numbers: the dataclass directly.
                let values: Vec<String> = fields.iter().map(|f| format!("_out.{f}")).collect();
                let rec = sig
                    .ret
                    .map(|t| annotation(t, Pos::Value))
                    .unwrap_or_default();
                wln!(w, "return {rec}({})", values.join(", "));
            } else if sig.ret.is_some_and(|t| !cx.lib.owns_heap(t)) {
                wln!(w, "return {c}.from_c(_out)");
            } else {
                wln!(w, "return {c}.take(_lib, _out)");
            }
        }
    });
    Ok(())
}

/// The record `ty` when it has fields and every field satisfies `ok`.
fn simple_record<'a>(
    cx: &Cx<'a>,
    ty: &Type,
    ok: impl Fn(&polybind_ir::Field) -> bool,
) -> Option<&'a polybind_ir::Record> {
    let Type::Record(r) = ty else { return None };
    let rec = cx.lib.record(r)?;
    (!rec.fields.is_empty() && rec.fields.iter().all(ok)).then_some(rec)
}

/// The Python field names of a record made only of `f32`/`f64` fields (built directly by ctypes,
/// which accepts exactly the values the converter accepts, bar `bool`).
fn float_record(cx: &Cx<'_>, ty: &Type) -> Option<Vec<String>> {
    let rec = simple_record(cx, ty, |f| matches!(f.ty, Type::F32 | Type::F64))?;
    Some(rec.fields.iter().map(|f| cx.n.ident(&f.name)).collect())
}

/// The ctypes field names of a record made only of numbers and `bool`s (read back directly).
/// A field named like a Python keyword cannot be read as an attribute: the converter then.
fn number_record(cx: &Cx<'_>, ty: &Type) -> Option<Vec<String>> {
    let rec = simple_record(cx, ty, |f| {
        f.ty.is_primitive() && cx.n.ident(&f.name) == f.name
    })?;
    Some(rec.fields.iter().map(|f| f.name.clone()).collect())
}
