//! The package's `__init__.py`: the public API (dataclasses, enums, exceptions, object classes,
//! callback-interface ABCs, functions) over the converters of `_rt.py`. Both flavours share it;
//! the native flavour swaps each function's call for the extension's (see `native.rs`).

use crate::names::Names;
use crate::types::{Convs, Pos, annotation, deps, int_range, prim_ctype};
use polybind_codegen::{BackendError, CodeWriter};
use polybind_ir::{
    ConstValue, Enum, Field, Item, Method, Param, Receiver, Type, ValidLibrary, item_checksum,
};
use std::collections::BTreeSet;

pub(crate) const BACKEND: &str = "python";

/// What is being generated, for errors that name the item.
pub(crate) struct Cx<'a> {
    pub lib: &'a ValidLibrary,
    pub n: &'a Names,
    /// C symbols the native extension implements (bound to it instead of ctypes).
    pub native: &'a BTreeSet<String>,
    /// The package has the native extension.
    pub has_native: bool,
}

impl Cx<'_> {
    pub fn error(&self, item: &str, message: impl Into<String>) -> BackendError {
        BackendError::new(BACKEND, item, message)
    }
}

/// A signature to wrap: a function, a method or a constructor.
struct Sig<'a> {
    /// `add` or `Counter::get`, for messages.
    label: String,
    symbol: String,
    params: &'a [Param],
    ret: Option<&'a Type>,
    error: Option<&'a str>,
    receiver: Option<Receiver>,
}

pub(crate) fn generate(cx: &Cx<'_>) -> Result<String, Vec<BackendError>> {
    let mut errors = vec![];
    let mut convs = Convs::default();
    let mut classes = CodeWriter::new();
    let mut fns = CodeWriter::new();
    let mut named = CodeWriter::new();
    let mut protos = CodeWriter::new();
    for item in &cx.lib.library().items {
        let r = match item {
            Item::Record(r) => record(
                cx,
                &mut classes,
                &mut named,
                &mut convs,
                &r.name,
                &r.docs,
                &r.fields,
            ),
            Item::Enum(e) => enum_(cx, &mut classes, &mut named, &mut convs, e),
            Item::Object(o) => object(cx, &mut classes, &mut named, &mut protos, &mut convs, o),
            Item::CallbackInterface(ci) => interface(cx, &mut classes, &mut named, &mut convs, ci),
            Item::Function(f) => {
                let sig = Sig {
                    label: f.name.clone(),
                    symbol: cx.n.c_function(&f.name),
                    params: &f.params,
                    ret: f.ret.as_ref(),
                    error: f.error.as_deref(),
                    receiver: None,
                };
                fns.blank();
                wrapper(
                    cx,
                    &mut fns,
                    &mut protos,
                    &mut convs,
                    &sig,
                    &cx.n.ident(&f.name),
                    &f.docs,
                )
            }
            Item::Constant(_) | Item::ObjectImpl(_) => Ok(()),
        };
        if let Err(e) = r {
            errors.push(e);
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut w = CodeWriter::new();
    w.line(&format!(
        "# {}",
        polybind_codegen::marker(env!("CARGO_PKG_VERSION"))
    ));
    docstring(&mut w, cx.lib.docs());
    w.line("from __future__ import annotations");
    w.blank();
    for l in [
        "import abc as _abc",
        "import array as _array",
        "import ctypes as _c",
        "import dataclasses as _dc",
        "import enum as _enum",
        "from typing import TYPE_CHECKING as _TYPE_CHECKING, Any as _Any, Callable as _Callable, Final as _Final, Sequence as _Sequence",
        "",
        "from . import _rt",
        "from ._rt import (",
        "    CallbackFailedError as CallbackFailedError,",
        "    InterfaceMismatchError as InterfaceMismatchError,",
        "    InvalidArgumentError as InvalidArgumentError,",
        "    InvalidHandleError as InvalidHandleError,",
        "    PanicError as PanicError,",
        "    PolybindError as PolybindError,",
        ")",
    ] {
        w.line(l);
    }
    w.blank();
    if cx.has_native {
        w.line("from . import _native");
        w.line(&format!(
            "_lib = _rt.Library({:?}, _native.library_path())",
            cx.n.lib()
        ));
    } else {
        w.line(&format!("_lib = _rt.Library({:?}, None)", cx.n.lib()));
    }
    constants(cx, &mut w);
    w.blank();
    w.append(&classes);
    w.blank();
    w.line("# ── converters ──");
    w.append(&named);
    for (var, def) in convs.ordered() {
        if def.starts_with('.') || def.starts_with(' ') {
            w.line(&format!("{var}{def}"));
        } else {
            w.line(&format!("{var} = {def}"));
        }
    }
    w.blank();
    if cx.has_native {
        let records: Vec<String> = cx
            .lib
            .records()
            .iter()
            .map(|r| format!("{:?}: {}", r.name, r.name))
            .collect();
        w.line(&format!(
            "_native._init(_lib.fail, _rt.remember, {{{}}})",
            records.join(", ")
        ));
    }
    checks(cx, &mut w);
    w.blank();
    w.line("# ── prototypes ──");
    w.append(&protos);
    w.append(&fns);
    Ok(w.finish())
}

fn docstring(w: &mut CodeWriter, docs: &str) {
    if docs.is_empty() {
        return;
    }
    let escaped = docs.replace('\\', "\\\\").replace("\"\"\"", "\\\"\\\"\\\"");
    w.line(&format!("\"\"\"{escaped}\n\"\"\""));
}

fn constants(cx: &Cx<'_>, w: &mut CodeWriter) {
    for c in cx.lib.constants() {
        let value = match &c.value {
            ConstValue::Bool(b) => if *b { "True" } else { "False" }.to_owned(),
            ConstValue::Int(i) => i.to_string(),
            ConstValue::Float(f) if f.is_nan() => "float(\"nan\")".into(),
            ConstValue::Float(f) if f.is_infinite() => {
                format!("float(\"{}inf\")", if *f < 0.0 { "-" } else { "" })
            }
            ConstValue::Float(f) => format!("{f:?}"),
            ConstValue::Str(s) => py_string(s),
        };
        w.blank();
        w.line(&format!(
            "{}: _Final[{}] = {value}",
            cx.n.ident(&c.name),
            annotation(&c.ty, Pos::Value)
        ));
        docstring(w, &c.docs);
    }
}

/// A Python string literal (JSON-style escapes are valid Python).
pub(crate) fn py_string(s: &str) -> String {
    let mut out = String::from("\"");
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The converter list `[("py", "c", conv), ...]` of some fields, and what it needs.
fn field_list(
    cx: &Cx<'_>,
    convs: &mut Convs,
    fields: &[Field],
) -> Result<(String, BTreeSet<String>), String> {
    let mut items = vec![];
    let mut needs = BTreeSet::new();
    for f in fields {
        let e = convs.expr(cx.n, cx.lib, &f.ty)?;
        needs.extend(deps(&e));
        items.push(format!("({:?}, {:?}, {e})", cx.n.ident(&f.name), f.name));
    }
    Ok((format!("[{}]", items.join(", ")), needs))
}

fn dataclass_fields(w: &mut CodeWriter, cx: &Cx<'_>, fields: &[Field]) {
    for f in fields {
        w.line(&format!(
            "{}: {}",
            cx.n.ident(&f.name),
            annotation(&f.ty, Pos::Value)
        ));
        docstring(w, &f.docs);
    }
}

fn record(
    cx: &Cx<'_>,
    w: &mut CodeWriter,
    named: &mut CodeWriter,
    convs: &mut Convs,
    name: &str,
    docs: &str,
    fields: &[Field],
) -> Result<(), BackendError> {
    w.blank();
    w.line("@_dc.dataclass");
    w.block(&format!("class {name}:"), "", |w| {
        docstring(w, docs);
        dataclass_fields(w, cx, fields);
        if fields.is_empty() {
            w.line("pass");
        }
    });
    let var = cx.n.conv_var(name);
    named.line(&format!(
        "{var}: _rt.RecordConv[{name}] = _rt.RecordConv({name}, {:?})",
        cx.n.c_type(name)
    ));
    let (list, needs) = field_list(cx, convs, fields).map_err(|m| cx.error(name, m))?;
    convs.add_named(var, format!(".define({list})"), needs);
    Ok(())
}

fn enum_(
    cx: &Cx<'_>,
    w: &mut CodeWriter,
    named: &mut CodeWriter,
    convs: &mut Convs,
    e: &Enum,
) -> Result<(), BackendError> {
    let var = cx.n.conv_var(&e.name);
    w.blank();
    if e.is_c_like() && !e.error {
        w.block(&format!("class {}(_enum.IntEnum):", e.name), "", |w| {
            docstring(w, &e.docs);
            for (v, d) in e.variants.iter().zip(e.discriminants()) {
                w.line(&format!("{} = {d}", cx.n.enum_member(&v.name)));
                docstring(w, &v.docs);
            }
        });
        named.line(&format!(
            "{var}: _rt.CEnumConv[{0}] = _rt.CEnumConv({0})",
            e.name
        ));
        return Ok(());
    }
    let base = if e.error { "_rt.PolybindError" } else { "" };
    w.block(
        &format!(
            "class {}{}:",
            e.name,
            if base.is_empty() {
                String::new()
            } else {
                format!("({base})")
            }
        ),
        "",
        |w| {
            docstring(w, &e.docs);
            if !e.error {
                w.line("__slots__ = ()");
            } else {
                w.line("pass");
            }
        },
    );
    let mut variants = vec![];
    let mut needs = BTreeSet::new();
    for v in &e.variants {
        let class = cx.n.variant_class(&e.name, &v.name);
        w.blank();
        if e.error {
            w.block(&format!("class {class}({}):", e.name), "", |w| {
                docstring(w, &v.docs);
                let names: Vec<String> = v.fields.iter().map(|f| cx.n.ident(&f.name)).collect();
                let quoted: Vec<String> = names.iter().map(|s| format!("{s:?}")).collect();
                w.line(&format!(
                    "__match_args__ = ({}{})",
                    quoted.join(", "),
                    if quoted.len() == 1 { "," } else { "" }
                ));
                for f in &v.fields {
                    w.line(&format!(
                        "{}: {}",
                        cx.n.ident(&f.name),
                        annotation(&f.ty, Pos::Value)
                    ));
                }
                let params: String = v
                    .fields
                    .iter()
                    .map(|f| {
                        format!(
                            ", {}: {}",
                            cx.n.ident(&f.name),
                            annotation(&f.ty, Pos::Value)
                        )
                    })
                    .collect();
                w.block(
                    &format!("def __init__(self, message: str{params}) -> None:"),
                    "",
                    |w| {
                        w.line("super().__init__(message)");
                        for n in &names {
                            w.line(&format!("self.{n} = {n}"));
                        }
                    },
                );
            });
        } else {
            w.line("@_dc.dataclass");
            w.block(&format!("class {class}({}):", e.name), "", |w| {
                docstring(w, &v.docs);
                dataclass_fields(w, cx, &v.fields);
                if v.fields.is_empty() && v.docs.is_empty() {
                    w.line("pass");
                }
            });
        }
        let (list, n) = field_list(cx, convs, &v.fields).map_err(|m| cx.error(&e.name, m))?;
        needs.extend(n);
        variants.push(format!(
            "({class}, {:?}, {list})",
            cx.n.c_payload_member(&v.name)
        ));
    }
    named.line(&format!(
        "{var}: _rt.TaggedConv[{}] = _rt.TaggedConv({:?}, {})",
        e.name,
        cx.n.c_type(&e.name),
        if e.error { "True" } else { "False" }
    ));
    convs.add_named(var, format!(".define([{}])", variants.join(", ")), needs);
    Ok(())
}

fn interface(
    cx: &Cx<'_>,
    w: &mut CodeWriter,
    named: &mut CodeWriter,
    convs: &mut Convs,
    ci: &polybind_ir::CallbackInterface,
) -> Result<(), BackendError> {
    w.blank();
    let mut methods = vec![];
    let mut needs = BTreeSet::new();
    for m in &ci.methods {
        let mut args = vec![];
        for p in &m.params {
            let e = convs
                .expr(cx.n, cx.lib, &p.ty)
                .map_err(|x| cx.error(&ci.name, x))?;
            needs.extend(deps(&e));
            args.push(e);
        }
        let ret = match &m.ret {
            Some(r) => {
                let e = convs
                    .expr(cx.n, cx.lib, r)
                    .map_err(|x| cx.error(&ci.name, x))?;
                needs.extend(deps(&e));
                e
            }
            None => "None".into(),
        };
        methods.push(format!("({:?}, [{}], {ret})", m.name, args.join(", ")));
    }
    w.block(&format!("class {}(_abc.ABC):", ci.name), "", |w| {
        docstring(w, &ci.docs);
        if ci.methods.is_empty() {
            w.line("pass");
        }
        for m in &ci.methods {
            let params: String = m
                .params
                .iter()
                .map(|p| {
                    format!(
                        ", {}: {}",
                        cx.n.ident(&p.name),
                        annotation(&p.ty, Pos::Value)
                    )
                })
                .collect();
            let ret = m
                .ret
                .as_ref()
                .map_or("None".into(), |r| annotation(r, Pos::Value));
            w.line("@_abc.abstractmethod");
            w.block(
                &format!("def {}(self{params}) -> {ret}:", m.name),
                "",
                |w| {
                    docstring(w, &m.docs);
                    w.line("...");
                },
            );
        }
    });
    let var = cx.n.conv_var(&ci.name);
    named.line(&format!("{var}: _Any = None"));
    convs.add_named(
        var.clone(),
        format!(
            " = _rt.InterfaceConv({:?}, {}, [{}])",
            cx.n.c_type(&ci.name),
            ci.name,
            methods.join(", ")
        ),
        needs,
    );
    Ok(())
}

fn object(
    cx: &Cx<'_>,
    w: &mut CodeWriter,
    named: &mut CodeWriter,
    protos: &mut CodeWriter,
    convs: &mut Convs,
    o: &polybind_ir::Object,
) -> Result<(), BackendError> {
    w.blank();
    let mut body = CodeWriter::new();
    docstring(&mut body, &o.docs);
    body.line("__slots__ = ()");
    let mut errors = vec![];
    for m in &o.methods {
        let sig = Sig {
            label: format!("{}::{}", o.name, m.name),
            symbol: cx.n.c_method(&o.name, &m.name),
            params: &m.params,
            ret: if m.receiver == Receiver::Constructor {
                None
            } else {
                m.ret.as_ref()
            },
            error: m.error.as_deref(),
            receiver: Some(m.receiver),
        };
        body.blank();
        let name = method_name(cx, m);
        if let Err(e) = wrapper(cx, &mut body, protos, convs, &sig, &name, &m.docs) {
            errors.push(e);
        }
    }
    if let Some(e) = errors.into_iter().next() {
        return Err(e);
    }
    w.block(&format!("class {}(_rt.Handle):", o.name), "", |w| {
        w.append(&body)
    });
    w.line(&format!(
        "{}._free = _lib.fn({:?}, [_c.c_uint64])",
        o.name,
        cx.n.c_free(&o.name)
    ));
    named.line(&format!(
        "{0}: _rt.ObjectConv[{1}] = _rt.ObjectConv({1})",
        cx.n.conv_var(&o.name),
        o.name
    ));
    Ok(())
}

fn method_name(cx: &Cx<'_>, m: &Method) -> String {
    if m.receiver == Receiver::Constructor && m.name == "new" {
        "__init__".into()
    } else {
        cx.n.ident(&m.name)
    }
}

/// One function or method: argument checks, the call, the status, the result.
fn wrapper(
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
            checks.line(&format!(
                "if type({pn}) is not int and not isinstance({pn}, int): raise _rt.type_error({:?}, \"int\", {pn})",
                p.name
            ));
            checks.line(&format!(
                "if not {lo} <= {pn} <= {hi}: raise OverflowError(f\"{}: {{{pn}}} is out of range [{lo}, {hi}]\")",
                p.name
            ));
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
            checks.line(&format!(
                "if {check}: raise _rt.type_error({:?}, {what:?}, {pn})",
                p.name
            ));
            args.push(pn);
        } else if matches!(p.ty, Type::Str | Type::String) {
            // Strings are the commonest non-number: encoded inline (the bytes object's own
            // buffer is what the library reads; it lives until the call returns).
            argtypes.push("_rt.StrStruct".into());
            checks.line(&format!(
                "if type({pn}) is not str: raise _rt.type_error({:?}, \"str\", {pn})",
                p.name
            ));
            let local = format!("_a{}", args.len());
            early.push(format!("{local}b = {pn}.encode()"));
            early.push(format!("{local} = _rt.StrStruct({local}b, len({local}b))"));
            args.push(local);
        } else {
            let conv = convs.expr(cx.n, cx.lib, &p.ty).map_err(err)?;
            argtypes.push(format!("{conv}.param_ctype"));
            let local = format!("_a{}", args.len());
            // Records, enums and options pass as themselves: skip the `to_param` indirection.
            let method = if matches!(p.ty, Type::Record(_) | Type::Enum(_) | Type::Option(_)) {
                "to_c"
            } else {
                "to_param"
            };
            let line = format!("{local} = {conv}.{method}({pn}, {:?}, _k)", p.name);
            // Closures and interfaces are registered last: once registered, only the library
            // releases them, so nothing may fail after that before the call.
            if matches!(p.ty, Type::Callback(_) | Type::CallbackInterface(_)) {
                late.push(line);
            } else {
                early.push(line);
            }
            args.push(local);
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
    let native = cx.native.contains(&sig.symbol);
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
    if native {
        // The extension's function is the binding itself: no Python frame in between. Type
        // checkers see the signature; the interpreter sees the C function.
        w.line("if _TYPE_CHECKING:");
        w.indent();
        w.block(
            &format!("def {name}({}) -> {ret_ann}:", all_params.join(", ")),
            "",
            |w| {
                docstring(w, docs);
                w.line("raise NotImplementedError");
            },
        );
        w.dedent();
        w.line("else:");
        w.indent();
        if sig.receiver.is_some() {
            w.line(&format!("{name} = _native.method({:?})", sig.symbol));
        } else {
            w.line(&format!("{name} = _native.{}", sig.symbol));
        }
        w.dedent();
        return Ok(());
    }
    // The prototype is a module-level global, built when the class body runs, so that a call
    // looks it up once.
    let proto = format!("_lib.fn({:?}, [{}])", sig.symbol, argtypes.join(", "));
    protos.line(&format!("{f}: _Any = {proto}"));
    if !decorator.is_empty() {
        w.line(decorator);
    }
    w.block(
        &format!("def {name}({}) -> {ret_ann}:", all_params.join(", ")),
        "",
        |w| {
            docstring(w, docs);
            w.append(&checks);
            if keep {
                w.line("_k: list[_Any] = []");
            }
            for l in early.iter().chain(&late) {
                w.line(l);
            }
            for (o, ct) in &outs {
                w.line(&format!("{o} = {ct}()"));
            }
            for (o, _) in &outs {
                args.push(format!("_c.byref({o})"));
            }
            w.line(&format!("_st = {f}({})", args.join(", ")));
            w.block("if _st:", "", |w| {
                if let Some(c) = &err_conv {
                    w.line(&format!("if _st == 1: raise {c}.take(_lib, _err)"));
                }
                w.line(&format!("raise _lib.fail(_st, {:?})", sig.label));
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
                } else if sig.ret.is_some_and(|t| !cx.lib.owns_heap(t)) {
                    w.line(&format!("return {c}.from_c(_out)"));
                } else {
                    w.line(&format!("return {c}.take(_lib, _out)"));
                }
            }
        },
    );
    Ok(())
}

fn checks(cx: &Cx<'_>, w: &mut CodeWriter) {
    let sums: Vec<_> = cx
        .lib
        .item_keys()
        .into_iter()
        .map(|k| (k.label(), k))
        .collect();
    let layouts = cx.lib.laid_out_types();
    w.line("# The interface these bindings were generated from, checked against the library at import.");
    w.block("_lib.verify(", ")", |w| {
        w.block("[", "],", |w| {
            for (label, key) in &sums {
                w.line(&format!(
                    "({label:?}, {:?}, 0x{:016x}),",
                    cx.n.checksum_fn(key),
                    item_checksum(key)
                ));
            }
        });
        w.block("[", "],", |w| {
            for l in &layouts {
                w.line(&format!(
                    "({:?}, {}.ctype),",
                    cx.n.layout_suffix(l),
                    cx.n.conv_var(l)
                ));
            }
        });
    });
}
