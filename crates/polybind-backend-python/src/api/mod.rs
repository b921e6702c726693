//! The package's `__init__.py`: the public API (dataclasses, enums, exceptions, object classes,
//! callback-interface ABCs, functions) over the converters of `_rt.py`. Both flavours share it;
//! the native flavour binds each function to the extension's (see `native/`).

use polybind_codegen::{wcat, wln};
mod call;

use crate::names::Names;
use crate::sig::Sig;
use crate::types::{Convs, Pos, annotation, deps};
use call::wrapper;
use polybind_codegen::{BackendError, CodeWriter, Memo, Memos, memo};
use polybind_ir::{ConstValue, Enum, Field, Function, ItemRef, Method, Receiver, ValidLibrary};
use std::borrow::Cow;
use std::collections::BTreeSet;

pub(crate) const BACKEND: &str = "python";

/// What is being generated, for errors that name the item.
pub(crate) struct Cx<'a> {
    pub lib: &'a ValidLibrary,
    pub n: &'a Names,
    /// The package has the native extension, which implements every call (no ctypes at all).
    pub has_native: bool,
}

impl Cx<'_> {
    pub fn error(&self, item: &str, message: impl Into<String>) -> BackendError {
        BackendError::new(BACKEND, item, message)
    }
}

/// Sections of [`Memo`] records: the functions and their ctypes prototypes.
const FNS: u8 = 0;
const PROTOS: u8 = 1;

/// A function's wrapper, reused from the last run when `memo` has it: a wrapper is recorded only
/// when writing it defined no converter.
fn function_memo(
    cx: &Cx<'_>,
    [fns, protos]: [&mut CodeWriter; 2],
    convs: &mut Convs,
    f: &Function,
    memo: &mut Memo,
) -> Result<(), BackendError> {
    let before = convs.version;
    let tail = fns.tail() ^ protos.tail().rotate_left(1);
    let key = memo.key(f, before, tail);
    let (fns_start, protos_start) = (fns.len(), protos.len());
    if let Some(hit) = memo.hit(key).filter(|h| h.after == before) {
        fns.raw(hit.text(FNS));
        protos.raw(hit.text(PROTOS));
        memo.reused();
    } else {
        let sig = Sig::function(cx.n, f);
        fns.blank();
        wrapper(cx, fns, protos, convs, &sig, &cx.n.ident(&f.name), &f.docs)?;
        if convs.version != before {
            return Ok(());
        }
    }
    memo.record(
        key,
        before,
        &[
            (FNS, fns_start..fns.len()),
            (PROTOS, protos_start..protos.len()),
        ],
    );
    Ok(())
}

/// `__init__.py`; with `memos`, the wrappers of unchanged functions are reused from the last run.
pub(crate) fn generate(cx: &Cx<'_>, memos: Option<&Memos>) -> Result<String, Vec<BackendError>> {
    let mut errors = vec![];
    let mut convs = Convs::default();
    let mut classes = CodeWriter::new();
    let mut fns = CodeWriter::new();
    let mut named = CodeWriter::new();
    let mut protos = CodeWriter::new();
    let mut memo = memo::open(memos, "python-api", cx.lib, &cx.has_native);
    let mut functions = 0;
    for item in cx.lib.items() {
        let r = match item {
            ItemRef::Record(r) => record(
                cx,
                &mut classes,
                &mut named,
                &mut convs,
                &r.name,
                &r.docs,
                &r.fields,
            ),
            ItemRef::Enum(e) => enum_(cx, &mut classes, &mut named, &mut convs, e),
            ItemRef::Object(o) => object(cx, &mut classes, &mut named, &mut protos, &mut convs, o),
            ItemRef::CallbackInterface(ci) => {
                interface(cx, &mut classes, &mut named, &mut convs, ci)
            }
            ItemRef::Function(f) => {
                fns.foresee(0, functions, cx.lib.functions().len());
                functions += 1;
                function_memo(cx, [&mut fns, &mut protos], &mut convs, f, &mut memo)
            }
            ItemRef::Constant(_) => Ok(()),
        };
        if let Err(e) = r {
            errors.push(e);
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut w = CodeWriter::new();
    w.reserve(fns.len() + classes.len() + 65536);
    wln!(
        w,
        "# {}",
        polybind_codegen::marker(env!("CARGO_PKG_VERSION"))
    );
    docstring(&mut w, cx.lib.docs());
    w.line("from __future__ import annotations");
    w.blank();
    w.line("import abc as _abc");
    w.line("import array as _array");
    if !cx.has_native {
        w.line("import ctypes as _c");
    }
    for l in [
        "import dataclasses as _dc",
        "import enum as _enum",
        "from typing import TYPE_CHECKING as _TYPE_CHECKING, Any as _Any, Callable as _Callable, Final as _Final, Sequence as _Sequence",
        "",
    ] {
        w.line(l);
    }
    if cx.has_native {
        // The native flavour's runtime is `_base` alone: it never imports ctypes.
        w.line("from . import _base as _rt");
    } else {
        w.line("from . import _rt");
    }
    for l in [
        "from ._base import (",
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
        // The usual failure is a missing build or a library the loader cannot find: say which,
        // and how to fix it, instead of a bare "No module named" or "cannot open shared object".
        let lib_file = format!("lib{}.so", cx.n.lib());
        w.block("try:", "", |w| w.line("from . import _native"));
        w.block("except ImportError as _e:", "", |w| {
            w.block("raise ImportError(", ") from _e", |w| {
                w.line("f\"{__name__}: its compiled extension `{__name__}._native` could not be loaded ({_e}). \"");
                wln!(w, "\"Build it with `POLYBIND_LIB_DIR=<directory holding {lib_file}> pip install <the package's folder>`, \"");
                wln!(w, "\"and keep {lib_file} in that directory: the extension finds it there.\"");
            });
        });
    } else {
        wln!(w, "_lib = _rt.Library({:?}, None)", cx.n.lib());
    }
    constants(cx, &mut w);
    w.blank();
    w.append(&classes);
    w.blank();
    if cx.has_native {
        // The classes the extension builds results from and checks arguments against.
        let mut classes = vec![];
        for r in cx.lib.records() {
            classes.push(r.name.clone());
        }
        for e in cx.lib.enums() {
            classes.push(e.name.clone());
            if !e.is_c_like() || e.error {
                classes.extend(
                    e.variants
                        .iter()
                        .map(|v| cx.n.variant_class(&e.name, &v.name)),
                );
            }
        }
        classes.extend(cx.lib.objects().iter().map(|o| o.name.clone()));
        classes.extend(cx.lib.callback_interfaces().iter().map(|c| c.name.clone()));
        let entries: Vec<String> = classes.iter().map(|c| format!("{c:?}: {c}")).collect();
        w.block("_native._init(", ")", |w| {
            w.line("_rt.failure,");
            w.line("_rt._remember,");
            w.line("_rt.InvalidArgumentError,");
            wln!(
                w,
                "{{\"_InterfaceMismatchError\": _rt.InterfaceMismatchError, {}}},",
                entries.join(", ")
            );
        });
    } else {
        w.line("# ── converters ──");
        w.append(&named);
        for (var, def) in convs.ordered() {
            if def.starts_with('.') || def.starts_with(' ') {
                wln!(w, "{var}{def}");
            } else {
                wln!(w, "{var} = {def}");
            }
        }
        w.blank();
        checks(cx, &mut w);
        w.blank();
        w.line("# ── prototypes ──");
        let (at, copied) = w.append_placed(&protos);
        memo.place(PROTOS, at, copied);
    }
    let (at, copied) = w.append_placed(&fns);
    memo.place(FNS, at, copied);
    Ok(memo::close(memos, [memo], w.finish()))
}

pub(crate) fn docstring(w: &mut CodeWriter, docs: &str) {
    if docs.is_empty() {
        return;
    }
    // Nearly no doc holds a backslash or triple quotes: most are written as they are.
    let quotes = docs.as_bytes().contains(&b'"') && docs.contains("\"\"\"");
    let escaped = match docs.contains('\\') || quotes {
        true => Cow::Owned(docs.replace('\\', "\\\\").replace("\"\"\"", "\\\"\\\"\\\"")),
        false => Cow::Borrowed(docs),
    };
    wcat!(w, "\"\"\"", escaped, "\n\"\"\"");
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
        wln!(
            w,
            "{}: _Final[{}] = {value}",
            cx.n.ident(&c.name),
            annotation(&c.ty, Pos::Value)
        );
        docstring(w, &c.docs);
    }
}

/// A Python string literal (JSON-style escapes are valid Python).
pub(crate) fn py_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    // Nearly every string (names, labels) needs no escape: copied at once.
    if !s
        .bytes()
        .any(|b| b == b'"' || b == b'\\' || b < 0x20 || b == 0x7f)
    {
        out.push_str(s);
        out.push('"');
        return out;
    }
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
        wln!(
            w,
            "{}: {}",
            cx.n.ident(&f.name),
            annotation(&f.ty, Pos::Value)
        );
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
    wln!(
        named,
        "{var}: _rt.RecordConv[{name}] = _rt.RecordConv({name}, {:?})",
        cx.n.c_type(name)
    );
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
                wln!(w, "{} = {d}", cx.n.enum_member(&v.name));
                docstring(w, &v.docs);
            }
        });
        wln!(
            named,
            "{var}: _rt.CEnumConv[{0}] = _rt.CEnumConv({0})",
            e.name
        );
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
                wln!(
                    w,
                    "__match_args__ = ({}{})",
                    quoted.join(", "),
                    if quoted.len() == 1 { "," } else { "" }
                );
                for f in &v.fields {
                    wln!(
                        w,
                        "{}: {}",
                        cx.n.ident(&f.name),
                        annotation(&f.ty, Pos::Value)
                    );
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
                            wln!(w, "self.{n} = {n}");
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
    wln!(
        named,
        "{var}: _rt.TaggedConv[{}] = _rt.TaggedConv({:?}, {})",
        e.name,
        cx.n.c_type(&e.name),
        if e.error { "True" } else { "False" }
    );
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
    wln!(named, "{var}: _Any = None");
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
        let sig = Sig::method(cx.n, o, m);
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
    if cx.has_native {
        let bound: Vec<String> = o
            .methods
            .iter()
            .filter(|m| Sig::method(cx.n, o, m).on_instance())
            .map(|m| {
                format!(
                    "{:?}: {:?}",
                    method_name(cx, m),
                    cx.n.c_method(&o.name, &m.name)
                )
            })
            .collect();
        if !bound.is_empty() {
            wln!(w, "_native.bind({}, {{{}}})", o.name, bound.join(", "));
        }
        wln!(w, "{}._free = _native.{}", o.name, cx.n.c_free(&o.name));
    } else {
        wln!(
            w,
            "{}._free = _lib.fn({:?}, [_c.c_uint64])",
            o.name,
            cx.n.c_free(&o.name)
        );
    }
    wln!(
        named,
        "{0}: _rt.ObjectConv[{1}] = _rt.ObjectConv({1})",
        cx.n.conv_var(&o.name),
        o.name
    );
    Ok(())
}

fn method_name(cx: &Cx<'_>, m: &Method) -> String {
    if m.receiver == Receiver::Constructor && m.name == "new" {
        "__init__".into()
    } else {
        cx.n.ident(&m.name)
    }
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
            for ((label, key), checksum) in sums.iter().zip(cx.lib.item_checksums()) {
                wln!(
                    w,
                    "({label:?}, {:?}, 0x{checksum:016x}),",
                    cx.n.checksum_fn(key),
                );
            }
        });
        w.block("[", "],", |w| {
            for l in &layouts {
                wln!(
                    w,
                    "({:?}, {}.ctype),",
                    cx.n.layout_suffix(l),
                    cx.n.conv_var(l)
                );
            }
        });
    });
}
