//! The `.ml` file: exceptions, types, `external` declarations over the stubs, thin wrappers where
//! a fast stub's result must be checked or an error raised, one module per object, and the
//! constants.

use crate::callable::{Callable, callables};
use crate::context::{Cx, Errors};
use crate::convert::ml_int_range;
use crate::stubs::{FastRet, fast_ret};
use polybind_codegen::CodeWriter;
use polybind_ir::{ConstValue, Constant, Enum, ItemRef, Type};

/// The OCaml type of `ty`.
pub(crate) fn ml_type(cx: &Cx<'_>, ty: &Type) -> Result<String, String> {
    Ok(match ty {
        Type::Bool => "bool".into(),
        Type::U8 | Type::U16 | Type::U32 | Type::I8 | Type::I16 | Type::I32 => "int".into(),
        Type::U64 | Type::I64 => "int64".into(),
        Type::Usize | Type::Isize => "nativeint".into(),
        Type::F32 | Type::F64 => "float".into(),
        Type::Str | Type::String => "string".into(),
        Type::Slice(e) | Type::Vec(e) | Type::SliceMut(e) => match **e {
            Type::U8 => "bytes".into(),
            Type::F32 | Type::F64 => "float array".into(),
            _ => format!("{} array", ml_type(cx, e)?),
        },
        Type::Option(t) => format!("{} option", ml_type(cx, t)?),
        Type::Record(n) | Type::Enum(n) | Type::Object(n) | Type::CallbackInterface(n) => {
            cx.n.type_name(n)
        }
        Type::Callback(cb) => format!("({})", arrow(cx, &cb.params, cb.ret.as_ref())?),
        Type::Named(n) => return Err(format!("the type `{n}` is unresolved")),
    })
}

/// `a -> b -> r` (`unit -> r` without arguments, `unit` for no result).
fn arrow(cx: &Cx<'_>, params: &[Type], ret: Option<&Type>) -> Result<String, String> {
    let mut parts = vec![];
    for p in params {
        parts.push(ml_type(cx, p)?);
    }
    if parts.is_empty() {
        parts.push("unit".into());
    }
    parts.push(match ret {
        Some(r) => ml_type(cx, r)?,
        None => "unit".into(),
    });
    Ok(parts.join(" -> "))
}

/// Text safe inside an OCaml comment: comment delimiters broken up, and quotes kept balanced
/// (OCaml lexes string literals inside comments).
fn comment_text(s: &str) -> String {
    let s = s
        .replace("(*", "( *")
        .replace("*)", "* )")
        .replace("{|", "{ |");
    if s.matches('"').count() % 2 == 1 {
        s.replace('"', "'")
    } else {
        s
    }
}

/// A documentation comment before an item, after a blank line (so OCaml attaches it to the
/// next item only, warning 50).
fn doc(w: &mut CodeWriter, docs: &str) {
    w.blank();
    if !docs.trim().is_empty() {
        w.line(&format!("(** {} *)", comment_text(docs.trim())));
    }
}

/// A documentation comment on the line of a field or constructor.
fn inline_doc(docs: &str) -> String {
    if docs.trim().is_empty() {
        String::new()
    } else {
        format!(" (** {} *)", comment_text(docs.trim()))
    }
}

/// An OCaml string literal (decimal escapes for everything but printable ASCII).
fn ml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for b in s.bytes() {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\{b:03}")),
        }
    }
    out.push('"');
    out
}

fn paren_neg(s: String) -> String {
    if s.starts_with('-') {
        format!("({s})")
    } else {
        s
    }
}

fn constant_value(c: &Constant) -> Result<String, String> {
    Ok(match (&c.value, &c.ty) {
        (ConstValue::Bool(b), _) => b.to_string(),
        (ConstValue::Str(s), _) => ml_string(s),
        (ConstValue::Int(i), Type::U64 | Type::I64) => {
            // u64 values above i64::MAX keep their bits, as every `int64` of the binding does.
            paren_neg(format!("{}L", *i as u64 as i64))
        }
        (ConstValue::Int(i), Type::Usize | Type::Isize) => {
            paren_neg(format!("{}n", *i as u64 as i64))
        }
        (ConstValue::Int(i), Type::F32 | Type::F64) => paren_neg(format!("{i}.")),
        (ConstValue::Int(i), _) => paren_neg(i.to_string()),
        (ConstValue::Float(f), ty) => {
            let f = if *ty == Type::F32 {
                f64::from(*f as f32)
            } else {
                *f
            };
            if f.is_nan() {
                "Float.nan".into()
            } else if f.is_infinite() {
                if f > 0.0 {
                    "Float.infinity"
                } else {
                    "Float.neg_infinity"
                }
                .into()
            } else {
                let s = format!("{f:?}");
                paren_neg(if s.contains(['.', 'e']) {
                    s
                } else {
                    format!("{s}.")
                })
            }
        }
    })
}

pub(crate) fn generate(cx: &Cx<'_>) -> Result<String, String> {
    let n = cx.n;
    let lib = n.lib();
    let mut w = CodeWriter::with_indent("  ");
    w.line(&format!(
        "(* {} *)",
        polybind_codegen::marker(env!("CARGO_PKG_VERSION"))
    ));
    w.blank();
    doc(&mut w, cx.lib.docs());
    w.blank();
    w.line(
        "(* The types form one recursive group (a record may name a type declared after it), in",
    );
    w.line("   which two records may share a field name and two variants a constructor: OCaml");
    w.line("   disambiguates them by type; warning 30 would only flag that. *)");
    w.line("[@@@ocaml.warning \"-30\"]");
    doc(
        &mut w,
        "The library panicked (the panic was caught); the message is the panic's.",
    );
    w.line("exception Panic of string");
    doc(
        &mut w,
        "An object was used after [close], or its handle is not one the library gave.",
    );
    w.line("exception Invalid_handle of string");
    doc(
        &mut w,
        "The library refused an argument (invalid UTF-8, ...).",
    );
    w.line("exception Invalid_argument of string");
    doc(
        &mut w,
        "A callback raised an exception, so the call was abandoned.",
    );
    w.line("exception Callback_failed of string");
    types(cx, &mut w)?;
    if cx.errors == Errors::Exceptions {
        for e in cx.lib.enums().iter().filter(|e| e.error) {
            w.blank();
            doc(&mut w, &e.docs);
            w.line(&format!(
                "exception {} of {} * string",
                n.exception(&e.name),
                n.type_name(&e.name)
            ));
        }
    }
    w.blank();
    w.line(&format!(
        "external pb_raise_last : unit -> 'a = \"pb_{lib}_raise_last\""
    ));
    w.line(&format!(
        "external pb_status : unit -> (int [@untagged]) = \"pb_{lib}_status_byte\" \"pb_{lib}_status\" [@@noalloc]"
    ));
    w.blank();
    w.block("let pb_range name what (v : int) expected =", "", |w| {
        w.line(&format!(
            "Stdlib.invalid_arg (Printf.sprintf \"{lib}.%s: %s is %d, expected %s\" name what v expected)"
        ));
    });
    for o in cx.lib.objects() {
        w.line(&format!(
            "external pb_release_{} : {} -> unit = \"{}\"",
            n.type_name(&o.name),
            n.type_name(&o.name),
            n.object_stub(&o.name, "release")
        ));
    }
    w.blank();
    w.block("let () =", "", |w| {
        for (exn, arg) in [
            ("Panic", "\"\""),
            ("Invalid_handle", "\"\""),
            ("Invalid_argument", "\"\""),
            ("Callback_failed", "\"\""),
        ] {
            w.line(&format!(
                "Callback.register_exception \"{}\" ({exn} {arg});",
                n.registered(exn)
            ));
        }
        for o in cx.lib.objects() {
            w.line(&format!(
                "Callback.register \"{}\" pb_release_{};",
                n.registered(&format!("release.{}", o.name)),
                n.type_name(&o.name)
            ));
        }
        w.line("()");
    });
    if cx.threads {
        w.blank();
        w.line(
            "(* The library may call back from its own threads, which the stubs register with the",
        );
        w.line("   runtime: that needs the threads library initialised, which referencing it ensures. *)");
        w.line("let () = ignore (Thread.self ())");
    }
    polybind_module(cx, &mut w);
    constants(cx, &mut w)?;
    let all = callables(cx);
    for t in all.iter().filter(|t| !t.label.contains("::")) {
        callable(cx, &mut w, t)?;
    }
    for o in cx.lib.objects() {
        w.blank();
        doc(&mut w, &o.docs);
        let m = n.module(&o.name);
        let ty = n.type_name(&o.name);
        let mut err = Ok(());
        w.block(&format!("module {m} = struct"), "end", |w| {
            w.line(&format!("type t = {ty}"));
            w.blank();
            doc(w, "Release the object now (the GC would later); using it afterwards, or closing it again, raises [Invalid_handle].");
            w.line(&format!(
                "external close : t -> unit = \"{}\"",
                n.object_stub(&o.name, "close")
            ));
            doc(w, "The ABI handle, for interoperation with other bindings.");
            w.line(&format!(
                "external raw_handle : t -> int64 = \"{}\"",
                n.object_stub(&o.name, "raw")
            ));
            doc(w, "An object from an ABI handle; it is released only by [close].");
            w.line(&format!(
                "external of_raw_handle : int64 -> t = \"{}\"",
                n.object_stub(&o.name, "of_raw")
            ));
            let prefix = format!("{}::", o.name);
            for t in all.iter().filter(|t| t.label.starts_with(&prefix)) {
                if let Err(e) = callable(cx, w, t) {
                    err = Err(e);
                }
            }
        });
        err?;
    }
    Ok(w.finish())
}

fn types(cx: &Cx<'_>, w: &mut CodeWriter) -> Result<(), String> {
    let n = cx.n;
    let mut first = true;
    for item in cx.lib.items() {
        let (name, docs) = match item {
            ItemRef::Record(r) => (&r.name, &r.docs),
            ItemRef::Enum(e) => (&e.name, &e.docs),
            ItemRef::Object(o) => (&o.name, &o.docs),
            ItemRef::CallbackInterface(c) => (&c.name, &c.docs),
            _ => continue,
        };
        w.blank();
        doc(w, docs);
        let kw = if first { "type" } else { "and" };
        first = false;
        let head = format!("{kw} {}", n.type_name(name));
        match item {
            ItemRef::Record(r) => {
                if r.fields.is_empty() {
                    return Err(format!(
                        "record `{}` has no fields; OCaml records need one",
                        r.name
                    ));
                }
                w.line(&format!("{head} = {{"));
                w.indent();
                for f in &r.fields {
                    w.line(&format!(
                        "{} : {};{}",
                        n.ident(&f.name),
                        ml_type(cx, &f.ty)?,
                        inline_doc(&f.docs)
                    ));
                }
                w.dedent();
                // A one-field record could be unboxed; the stubs expect a block (warning 61).
                w.line(if r.fields.len() == 1 {
                    "} [@@boxed]"
                } else {
                    "}"
                });
            }
            ItemRef::Enum(e) => enum_decl(cx, w, &head, e)?,
            ItemRef::Object(_) => {
                w.line(&format!("{head} (* a custom block holding the handle *)"))
            }
            ItemRef::CallbackInterface(c) => {
                w.line(&format!("{head} = {{"));
                w.indent();
                for m in &c.methods {
                    let params: Vec<Type> = m.params.iter().map(|p| p.ty.clone()).collect();
                    w.line(&format!(
                        "{} : {};{}",
                        n.ident(&m.name),
                        arrow(cx, &params, m.ret.as_ref())?,
                        inline_doc(&m.docs)
                    ));
                }
                w.dedent();
                w.line("}");
            }
            _ => {}
        }
    }
    for e in cx.lib.enums().iter().filter(|e| e.is_c_like() && !e.error) {
        let t = n.type_name(&e.name);
        w.blank();
        w.line(&format!(
            "(** The discriminant of a [{t}] in the library. *)"
        ));
        w.block(
            &format!("let {t}_to_int : {t} -> int = function"),
            "",
            |w| {
                for (v, d) in e.variants.iter().zip(e.discriminants()) {
                    w.line(&format!(
                        "| {} -> {}",
                        n.constructor(&v.name),
                        paren_neg(d.to_string())
                    ));
                }
            },
        );
        w.blank();
        w.line(&format!("(** The [{t}] of a discriminant, if any. *)"));
        w.block(
            &format!("let {t}_of_int : int -> {t} option = function"),
            "",
            |w| {
                for (v, d) in e.variants.iter().zip(e.discriminants()) {
                    w.line(&format!(
                        "| {} -> Some {}",
                        paren_neg(d.to_string()),
                        n.constructor(&v.name)
                    ));
                }
                w.line("| _ -> None");
            },
        );
    }
    Ok(())
}

fn enum_decl(cx: &Cx<'_>, w: &mut CodeWriter, head: &str, e: &Enum) -> Result<(), String> {
    let n = cx.n;
    if e.variants.is_empty() {
        return Err(format!("enum `{}` has no variants", e.name));
    }
    w.line(&format!("{head} ="));
    w.indent();
    for v in &e.variants {
        let ctor = n.constructor(&v.name);
        let d = inline_doc(&v.docs);
        if v.fields.is_empty() {
            w.line(&format!("| {ctor}{d}"));
        } else if v.tuple {
            let mut tys = vec![];
            for f in &v.fields {
                tys.push(ml_type(cx, &f.ty)?);
            }
            w.line(&format!("| {ctor} of {}{d}", tys.join(" * ")));
        } else {
            let mut fields = vec![];
            for f in &v.fields {
                fields.push(format!("{} : {}", n.ident(&f.name), ml_type(cx, &f.ty)?));
            }
            w.line(&format!("| {ctor} of {{ {} }}{d}", fields.join("; ")));
        }
    }
    if let [v] = &e.variants[..]
        && v.fields.len() == 1
    {
        // One constructor of one argument could be unboxed; the stubs expect a block.
        w.line("[@@boxed]");
    }
    w.dedent();
    Ok(())
}

fn polybind_module(cx: &Cx<'_>, w: &mut CodeWriter) {
    let n = cx.n;
    w.blank();
    w.line("(** What the binding knows about the library it loaded. *)");
    w.block("module Polybind = struct", "end", |w| {
        doc(w, "[None] when every checksum and layout of the library matches these bindings, else the first item that differs.");
        w.line(&format!(
            "external verify : unit -> string option = \"{}\"",
            n.rt_stub("verify")
        ));
        doc(w, "[(type, library's size lsl 16 lor alignment, the binding's)] for every record and tagged enum.");
        w.line(&format!(
            "external layouts : unit -> (string * int64 * int64) array = \"{}\"",
            n.rt_stub("layouts")
        ));
        doc(w, "[(item, library's checksum, the binding's)] for every item.");
        w.line(&format!(
            "external checksums : unit -> (string * int64 * int64) array = \"{}\"",
            n.rt_stub("checksums")
        ));
        doc(w, "Buffers the library handed out and that were not released yet (0 in release builds).");
        w.line(&format!(
            "external live_allocations : unit -> int = \"{}\"",
            n.rt_stub("live_allocations")
        ));
        doc(w, "Closures and callback interfaces the library still holds.");
        w.line(&format!(
            "external live_callbacks : unit -> int = \"{}\"",
            n.rt_stub("live_roots")
        ));
    });
    w.blank();
    w.block("let () =", "", |w| {
        w.block("match Polybind.verify () with", "", |w| {
            w.line("| None -> ()");
            w.line(&format!(
                "| Some item -> failwith (\"{}: \" ^ item ^ \" differs between the library and these bindings; regenerate the bindings from the library's source\")",
                n.lib()
            ));
        });
    });
}

fn constants(cx: &Cx<'_>, w: &mut CodeWriter) -> Result<(), String> {
    if cx.lib.constants().is_empty() {
        return Ok(());
    }
    let mut lines = vec![];
    for c in cx.lib.constants() {
        lines.push((
            c.docs.clone(),
            format!("let {} = {}", cx.n.ident(&c.name), constant_value(c)?),
        ));
    }
    w.blank();
    w.line("(** The library's constants. *)");
    w.block("module Constants = struct", "end", |w| {
        for (d, l) in &lines {
            doc(w, d);
            w.line(l);
        }
    });
    Ok(())
}

fn callable(cx: &Cx<'_>, w: &mut CodeWriter, t: &Callable<'_>) -> Result<(), String> {
    let n = cx.n;
    let stub = n.stub(&t.symbol);
    let params = t.all_params();
    let names: Vec<String> = params.iter().map(|(p, _)| n.ident(p)).collect();
    let args = if names.is_empty() {
        "()".to_owned()
    } else {
        names.join(" ")
    };
    w.blank();
    if t.is_fast(cx) {
        let mut tys = vec![];
        for (_, ty) in &params {
            tys.push(match ty {
                Type::Bool => "bool".to_owned(),
                Type::U64 | Type::I64 => "(int64 [@unboxed])".into(),
                Type::Usize | Type::Isize => "(nativeint [@unboxed])".into(),
                Type::F32 | Type::F64 => "(float [@unboxed])".into(),
                t if t.is_primitive() => "(int [@untagged])".into(),
                t => ml_type(cx, t)?,
            });
        }
        if tys.is_empty() {
            tys.push("unit".into());
        }
        let ret = fast_ret(t.ret.as_ref());
        tys.push(match (&ret, &t.ret) {
            (FastRet::Unboxed(..), Some(r)) => format!("({} [@unboxed])", ml_type(cx, r)?),
            _ => "(int [@untagged])".into(),
        });
        w.line(&format!(
            "external pb_{} : {} = \"{stub}_byte\" \"{stub}\" [@@noalloc]",
            t.ml_name,
            tys.join(" -> ")
        ));
        doc(w, t.docs);
        let mut body = vec![];
        for ((pname, ty), name) in params.iter().zip(&names) {
            if let Some((lo, hi, words)) = ml_int_range(ty) {
                body.push(format!(
                    "if {name} < {} || {name} > {hi} then pb_range {} \"{pname}\" {name} \"{words}\";",
                    paren_neg(lo.to_string()),
                    ml_string(&t.label)
                ));
            }
        }
        let call = format!("pb_{} {args}", t.ml_name);
        match ret {
            FastRet::Status => body.push(format!("if {call} <> 0 then pb_raise_last ()")),
            FastRet::Sentinel => {
                body.push(format!("let r = {call} in"));
                let ok = if t.ret == Some(Type::Bool) {
                    "r <> 0"
                } else {
                    "r"
                };
                body.push(format!("if r = min_int then pb_raise_last () else {ok}"));
            }
            FastRet::Unboxed(..) => {
                // The stub's sentinel; a real result equal to it has a status of 0.
                let hit = match &t.ret {
                    Some(Type::U64 | Type::I64) => "Int64.equal r Int64.min_int",
                    Some(Type::Usize | Type::Isize) => "Nativeint.equal r Nativeint.min_int",
                    _ => "Float.is_nan r",
                };
                body.push(format!("let r = {call} in"));
                body.push(format!(
                    "if {hit} && pb_status () <> 0 then pb_raise_last () else r"
                ));
            }
        }
        // `[@inline]`: the wrapper is a check around one `external`; inlined, a call costs what
        // the external alone does.
        w.block(&format!("let[@inline] {} {args} =", t.ml_name), "", |w| {
            for l in &body {
                w.line(l);
            }
        });
        return Ok(());
    }
    let mut tys = vec![];
    for (_, ty) in &params {
        tys.push(ml_type(cx, ty)?);
    }
    if tys.is_empty() {
        tys.push("unit".into());
    }
    let ret = match &t.ret {
        Some(r) => ml_type(cx, r)?,
        None => "unit".into(),
    };
    let ret = match t.error {
        Some(e) => format!("({ret}, {} * string) result", n.type_name(e)),
        None => ret,
    };
    tys.push(ret);
    let names_ext = if params.len() > 5 {
        format!("\"{stub}_byte\" \"{stub}\"")
    } else {
        format!("\"{stub}\"")
    };
    match (t.error, cx.errors) {
        (Some(e), Errors::Exceptions) => {
            w.line(&format!(
                "external pb_{} : {} = {names_ext}",
                t.ml_name,
                tys.join(" -> ")
            ));
            doc(w, t.docs);
            w.block(&format!("let[@inline] {} {args} =", t.ml_name), "", |w| {
                w.line(&format!(
                    "match pb_{} {args} with Ok v -> v | Error (e, m) -> raise ({} (e, m))",
                    t.ml_name,
                    n.exception(e)
                ));
            });
        }
        _ => {
            doc(w, t.docs);
            w.line(&format!(
                "external {} : {} = {names_ext}",
                t.ml_name,
                tys.join(" -> ")
            ));
        }
    }
    Ok(())
}
