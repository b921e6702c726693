//! The `static inline` release functions of every type that owns memory, written in the order
//! the types were defined (so dependencies come first); only types that hold vectors of
//! themselves need a prototype ahead.

use crate::context::ItemCx;
use crate::header::Header;
use crate::literals::doc_comment;
use polybind_codegen::wln;
use polybind_codegen::{BackendError, CodeWriter};
use polybind_ir::{Enum, Type};
use std::collections::BTreeSet;

/// One release function.
struct Free {
    name: String,
    /// `LibT *v`
    param: String,
    /// The release functions it calls.
    calls: Vec<String>,
    body: CodeWriter,
}

impl Header {
    /// The release functions section.
    pub fn frees(&mut self, root: &ItemCx<'_>) -> CodeWriter {
        let mut plans = vec![];
        for ty in std::mem::take(&mut self.defined) {
            let cx = root.sub(root.fmt.fragment(&ty).unwrap_or_default());
            match self.plan(&cx, &ty) {
                Ok(Some(p)) => plans.push(p),
                Ok(None) => {}
                Err(e) => self.errors.push(e),
            }
        }
        let mut w = CodeWriter::new();
        let mut done: BTreeSet<&str> = BTreeSet::new();
        let string_free = root.fmt.function("string_free");
        done.insert(&string_free);
        let mut ahead = vec![];
        for p in &plans {
            ahead.extend(
                p.calls
                    .iter()
                    .filter(|c| !done.contains(c.as_str()))
                    .cloned(),
            );
            done.insert(&p.name);
        }
        for p in plans.iter().filter(|p| ahead.contains(&p.name)) {
            wln!(w, "static inline void {}({});", p.name, p.param);
        }
        for p in &plans {
            w.blank();
            doc_comment(
                &mut w,
                "Release the value and leave it empty, so that a second call is harmless.",
            );
            w.block(
                &format!("static inline void {}({}) {{", p.name, p.param),
                "}",
                |w| w.append(&p.body),
            );
        }
        w
    }

    /// The release function of `ty`, when it owns memory.
    fn plan(&mut self, cx: &ItemCx<'_>, ty: &Type) -> Result<Option<Free>, BackendError> {
        let Some(name) = cx.fmt.free_fn(cx.lib, ty) else {
            return Ok(None);
        };
        self.claim(
            cx,
            &name,
            &format!("the release function of `{}`", cx.field(ty)?),
        )?;
        let var = match ty {
            Type::Vec(_) => "v",
            Type::Option(_) => "o",
            Type::Record(_) => "r",
            _ => "e",
        };
        let mut f = Free {
            name,
            param: format!("{} *{var}", cx.field(ty)?),
            calls: vec![],
            body: CodeWriter::new(),
        };
        match ty {
            Type::Vec(elem) => {
                let t = cx.field(elem)?;
                if let Some(inner) = f.call(cx, elem, "&v->ptr[i]") {
                    f.body
                        .block("for (size_t i = 0; i < v->len; i++) {", "}", |w| {
                            w.line(&inner)
                        });
                }
                let dealloc = cx.fmt.function("rt_dealloc");
                let align = cx.fmt.alignof(&t);
                f.body.block("if (v->cap > 0) {", "}", |w| {
                    wln!(w, "{dealloc}(v->ptr, v->cap * sizeof({t}), {align});");
                });
                f.body.line("v->ptr = NULL;\nv->len = 0;\nv->cap = 0;");
            }
            Type::Option(inner) => {
                if let Some(c) = f.call(cx, inner, "&o->value") {
                    f.body.block("if (o->is_some) {", "}", |w| w.line(&c));
                }
                f.body.line("o->is_some = false;");
            }
            Type::Record(n) => {
                let r = cx
                    .lib
                    .record(n)
                    .ok_or_else(|| cx.error("the record is not in the library"))?;
                let names = cx.idents(r.fields.iter().map(|f| f.name.as_str()), &[])?;
                for (field, n) in r.fields.iter().zip(names) {
                    if let Some(c) = f.call(cx, &field.ty, &format!("&r->{n}")) {
                        f.body.line(&c);
                    }
                }
            }
            Type::Enum(n) => {
                let e = cx
                    .lib
                    .enum_(n)
                    .ok_or_else(|| cx.error("the enum is not in the library"))?;
                f.enum_body(cx, e)?;
            }
            _ => return Err(cx.error("only records, enums, vectors and options are released")),
        }
        Ok(Some(f))
    }
}

impl Free {
    /// `lib_x_free(place);` when a value of `ty` owns memory.
    fn call(&mut self, cx: &ItemCx<'_>, ty: &Type, place: &str) -> Option<String> {
        let name = cx.fmt.free_fn(cx.lib, ty)?;
        let line = format!("{name}({place});");
        if !self.calls.contains(&name) {
            self.calls.push(name);
        }
        Some(line)
    }

    fn enum_body(&mut self, cx: &ItemCx<'_>, e: &Enum) -> Result<(), BackendError> {
        let mut cases = CodeWriter::new();
        for v in &e.variants {
            let member = cx.fmt.payload_member(&v.name);
            let names = cx.idents(v.fields.iter().map(|f| f.name.as_str()), &[])?;
            let calls: Vec<String> = v
                .fields
                .iter()
                .zip(names)
                .filter_map(|(field, n)| {
                    self.call(cx, &field.ty, &format!("&e->payload.{member}.{n}"))
                })
                .collect();
            if !calls.is_empty() {
                wln!(cases, "case {}:", cx.fmt.variant(&e.name, &v.name));
                cases.block("", "", |w| {
                    for c in &calls {
                        w.line(c);
                    }
                    w.line("break;");
                });
            }
        }
        if !cases.is_empty() {
            self.body.block("switch (e->tag) {", "}", |w| {
                w.append(&cases);
                w.line("default:");
                w.block("", "", |w| w.line("break;"));
            });
        }
        if e.error {
            let string = Type::String;
            if let Some(c) = self.call(cx, &string, "&e->message") {
                self.body.line(&c);
            }
        }
        Ok(())
    }
}
