//! Type definitions, written on demand: asking for a type first defines what it depends on, so
//! every definition comes after its dependencies and is written exactly once.

use crate::context::ItemCx;
use crate::header::Header;
use crate::literals::doc_comment;
use polybind_codegen::BackendError;
use polybind_codegen::wln;
use polybind_ir::{Callback, CallbackInterface, Enum, Field, Object, Record, Type};
use std::collections::BTreeSet;

/// Collect the records and enums a value of `ty` holds by value (itself included): all of them
/// must be complete before `ty` can be defined.
fn held_by_value<'a>(cx: &ItemCx<'a>, ty: &'a Type, out: &mut BTreeSet<&'a str>) {
    let fields: Vec<&'a Field> = match ty {
        Type::Option(t) => return held_by_value(cx, t, out),
        Type::Record(n) if out.insert(n) => cx
            .lib
            .record(n)
            .map(|r| r.fields.iter().collect())
            .unwrap_or_default(),
        Type::Enum(n) if out.insert(n) => cx
            .lib
            .enum_(n)
            .map(|e| e.variants.iter().flat_map(|v| &v.fields).collect())
            .unwrap_or_default(),
        _ => vec![],
    };
    for f in fields {
        held_by_value(cx, &f.ty, out);
    }
}

/// One member of a struct: its docs and its declaration without the `;`.
pub(crate) struct Member {
    pub docs: String,
    pub decl: String,
}

impl Member {
    fn new(decl: String) -> Self {
        Member {
            docs: String::new(),
            decl,
        }
    }
}

impl Header {
    /// Define the C type of `ty` as a field, return value or out-parameter.
    pub fn need_field(&mut self, cx: &ItemCx<'_>, ty: &Type) -> Result<(), BackendError> {
        match ty {
            Type::Vec(e) => self.vec(cx, e),
            Type::Option(e) => self.option(cx, e),
            Type::Record(n) => match cx.lib.record(n) {
                Some(r) => self.record(&cx.sub(n), r),
                None => Err(cx.error(format!("the record `{n}` is not in the library"))),
            },
            Type::Enum(n) => match cx.lib.enum_(n) {
                Some(e) => self.enum_(&cx.sub(n), e),
                None => Err(cx.error(format!("the enum `{n}` is not in the library"))),
            },
            Type::Object(n) => match cx.lib.objects().iter().find(|o| &o.name == n) {
                Some(o) => self.object_type(&cx.sub(n), o),
                None => Err(cx.error(format!("the object `{n}` is not in the library"))),
            },
            // Primitives and `String` are built in; anything else fails when it is named.
            _ => cx.field(ty).map(drop),
        }
    }

    /// Define the C type of `ty` as a parameter of an exported function.
    pub fn need_param(&mut self, cx: &ItemCx<'_>, ty: &Type) -> Result<(), BackendError> {
        match ty {
            Type::Str | Type::String => Ok(()),
            Type::Slice(e) | Type::Vec(e) => self.slice(cx, e, false),
            Type::SliceMut(e) => self.slice(cx, e, true),
            Type::Callback(cb) => self.callback(cx, cb),
            Type::CallbackInterface(n) => {
                match cx.lib.callback_interfaces().iter().find(|c| &c.name == n) {
                    Some(c) => self.interface(&cx.sub(n), c),
                    None => Err(cx.error(format!(
                        "the callback interface `{n}` is not in the library"
                    ))),
                }
            }
            t => self.need_field(cx, t),
        }
    }

    /// Define the C type of an argument given to a callback.
    fn need_callback_arg(&mut self, cx: &ItemCx<'_>, ty: &Type) -> Result<(), BackendError> {
        cx.callback_arg(ty)?;
        match ty {
            Type::Str | Type::String => Ok(()),
            t => self.need_field(cx, t),
        }
    }

    /// Make the element type of a pointer available. A declaration is enough, and is all there
    /// can be when defining the element would need, by value, a type being defined: a record
    /// holding a vector of itself, or `A { bs: Vec<B> }` with `B { a: A }`. The element is then
    /// defined later, by its own item.
    fn need_pointee(&mut self, cx: &ItemCx<'_>, ty: &Type) -> Result<(), BackendError> {
        if let Type::Record(n) | Type::Enum(n) = ty {
            let mut held = BTreeSet::new();
            held_by_value(cx, ty, &mut held);
            if held
                .iter()
                .any(|h| self.pending.contains(&cx.fmt.type_name(h)))
            {
                let c = cx.fmt.type_name(n);
                if self.forward.insert(c.clone()) {
                    self.version.mix(&["typedef", &c]);
                    self.types.blank();
                    wln!(self.types, "typedef struct {c} {c};");
                }
                return Ok(());
            }
        }
        self.need_field(cx, ty)
    }

    /// Define `c_name` (claimed for `key`) with `body`, unless it is already defined. While the
    /// body runs the type is pending: pointers to it need only a declaration, values of it are a
    /// cycle. A body that fails leaves the type claimed, so the error is reported once.
    fn definition(
        &mut self,
        cx: &ItemCx<'_>,
        c_name: &str,
        key: &str,
        body: impl FnOnce(&mut Self) -> Result<(), BackendError>,
    ) -> Result<(), BackendError> {
        if !self.claim(cx, c_name, key)? {
            return match self.pending.contains(c_name) {
                true => Err(cx.error(format!("`{c_name}` contains itself by value"))),
                false => Ok(()),
            };
        }
        self.pending.insert(c_name.to_owned());
        let result = body(self);
        self.pending.remove(c_name);
        result
    }

    /// Write `typedef struct C { members } C;` (`struct C { members };` when `C` was declared
    /// ahead, since C99 forbids repeating a typedef).
    fn define(&mut self, c_name: &str, docs: &str, members: &[Member]) {
        let (open, close) = self.struct_braces(c_name);
        let w = &mut self.types;
        w.blank();
        doc_comment(w, docs);
        w.block(&open, &close, |w| {
            for m in members {
                doc_comment(w, &m.docs);
                wln!(w, "{};", m.decl);
            }
        });
    }

    /// The first and last line of the definition of struct `c_name`.
    fn struct_braces(&self, c_name: &str) -> (String, String) {
        match self.forward.contains(c_name) {
            true => (format!("struct {c_name} {{"), "};".to_owned()),
            false => (
                format!("typedef struct {c_name} {{"),
                format!("}} {c_name};"),
            ),
        }
    }

    /// The members of a record or a variant payload; their types must be defined.
    fn fields(&mut self, cx: &ItemCx<'_>, fields: &[Field]) -> Result<Vec<Member>, BackendError> {
        for f in fields {
            self.need_field(cx, &f.ty)?;
        }
        let names = cx.idents(fields.iter().map(|f| f.name.as_str()), &[])?;
        fields
            .iter()
            .zip(names)
            .map(|(f, n)| {
                Ok(Member {
                    docs: f.docs.clone(),
                    decl: format!("{} {n}", cx.field(&f.ty)?),
                })
            })
            .collect()
    }

    pub fn record(&mut self, cx: &ItemCx<'_>, r: &Record) -> Result<(), BackendError> {
        let c_name = cx.fmt.type_name(&r.name);
        self.definition(cx, &c_name, &format!("record `{}`", r.name), |h| {
            let members = h.fields(cx, &r.fields)?;
            h.define(&c_name, &r.docs, &members);
            h.defined.push(Type::Record(r.name.clone()));
            Ok(())
        })
    }

    pub fn enum_(&mut self, cx: &ItemCx<'_>, e: &Enum) -> Result<(), BackendError> {
        let c_name = cx.fmt.type_name(&e.name);
        self.definition(cx, &c_name, &format!("enum `{}`", e.name), |h| {
            if e.is_c_like() && !e.error {
                h.types.blank();
                doc_comment(&mut h.types, &e.docs);
                wln!(h.types, "typedef int32_t {c_name};");
                return h.tags(cx, e, &e.discriminants());
            }
            h.data_enum(cx, e, &c_name)?;
            h.defined.push(Type::Enum(e.name.clone()));
            Ok(())
        })
    }

    /// A data-carrying or error enum: payload structs, tag constants and the tagged struct.
    fn data_enum(&mut self, cx: &ItemCx<'_>, e: &Enum, c_name: &str) -> Result<(), BackendError> {
        let mut payload: Vec<Member> = vec![];
        for v in e.variants.iter().filter(|v| !v.fields.is_empty()) {
            let vcx = cx.sub(format!("{}::{}", e.name, v.name));
            let member = cx.fmt.payload_member(&v.name);
            if payload
                .iter()
                .any(|m| m.decl.ends_with(&format!(" {member}")))
            {
                return Err(vcx.error(format!("the payload member `{member}` is used twice")));
            }
            let s = cx.fmt.payload_struct(&e.name, &v.name);
            self.definition(
                &vcx,
                &s,
                &format!("variant `{}::{}`", e.name, v.name),
                |h| {
                    let fields = h.fields(&vcx, &v.fields)?;
                    h.define(&s, "", &fields);
                    Ok(())
                },
            )?;
            payload.push(Member {
                docs: v.docs.clone(),
                decl: format!("{s} {member}"),
            });
        }
        self.types.blank();
        doc_comment(&mut self.types, &format!("The tags of `{c_name}`."));
        let tags: Vec<i64> = (0..).take(e.variants.len()).collect();
        self.tags(cx, e, &tags)?;
        let (open, close) = self.struct_braces(c_name);
        let w = &mut self.types;
        w.blank();
        doc_comment(w, &e.docs);
        w.block(&open, &close, |w| {
            w.line("int32_t tag;");
            if !payload.is_empty() {
                w.block("union {", "} payload;", |w| {
                    for m in &payload {
                        doc_comment(w, &m.docs);
                        wln!(w, "{};", m.decl);
                    }
                });
            }
            if e.error {
                doc_comment(w, "The error's `Display` text.");
                wln!(w, "{} message;", cx.fmt.type_name("String"));
            }
        });
        Ok(())
    }

    /// The `LIB_E_V = value` constants of an enum.
    fn tags(&mut self, cx: &ItemCx<'_>, e: &Enum, values: &[i64]) -> Result<(), BackendError> {
        let mut names = vec![];
        for v in &e.variants {
            let n = cx.fmt.variant(&e.name, &v.name);
            self.claim(cx, &n, &format!("variant `{}::{}`", e.name, v.name))?;
            names.push(n);
        }
        self.types.block("enum {", "};", |w| {
            for (i, ((v, n), d)) in e.variants.iter().zip(&names).zip(values).enumerate() {
                doc_comment(w, &v.docs);
                let comma = if i + 1 < names.len() { "," } else { "" };
                if *d == i64::from(i32::MIN) {
                    wln!(w, "{n} = (-2147483647 - 1){comma}");
                } else {
                    wln!(w, "{n} = {d}{comma}");
                }
            }
        });
        Ok(())
    }

    pub fn object_type(&mut self, cx: &ItemCx<'_>, o: &Object) -> Result<(), BackendError> {
        let c_name = cx.fmt.type_name(&o.name);
        self.definition(cx, &c_name, &format!("object `{}`", o.name), |h| {
            h.define(&c_name, &o.docs, &[Member::new("uint64_t handle".into())]);
            Ok(())
        })
    }

    fn vec(&mut self, cx: &ItemCx<'_>, elem: &Type) -> Result<(), BackendError> {
        let c_name = cx.name(cx.fmt.vec_type(elem))?;
        self.definition(cx, &c_name, &format!("`{c_name}`"), |h| {
            h.need_pointee(cx, elem)?;
            let t = cx.field(elem)?;
            let members = [
                format!("{t} *ptr"),
                "size_t len".into(),
                "size_t cap".into(),
            ];
            h.define(&c_name, "", &members.map(Member::new));
            h.defined.push(Type::Vec(Box::new(elem.clone())));
            Ok(())
        })
    }

    fn option(&mut self, cx: &ItemCx<'_>, inner: &Type) -> Result<(), BackendError> {
        let c_name = cx.name(cx.fmt.option_type(inner))?;
        self.definition(cx, &c_name, &format!("`{c_name}`"), |h| {
            h.need_field(cx, inner)?;
            let members = ["bool is_some".into(), format!("{} value", cx.field(inner)?)];
            h.define(&c_name, "", &members.map(Member::new));
            h.defined.push(Type::Option(Box::new(inner.clone())));
            Ok(())
        })
    }

    fn slice(&mut self, cx: &ItemCx<'_>, elem: &Type, mutable: bool) -> Result<(), BackendError> {
        let c_name = cx.name(if mutable {
            cx.fmt.slice_mut_type(elem)
        } else {
            cx.fmt.slice_type(elem)
        })?;
        self.definition(cx, &c_name, &format!("`{c_name}`"), |h| {
            h.need_pointee(cx, elem)?;
            let t = cx.field(elem)?;
            let ptr = if mutable {
                format!("{t} *ptr")
            } else {
                format!("const {t} *ptr")
            };
            h.define(
                &c_name,
                "",
                &[Member::new(ptr), Member::new("size_t len".into())],
            );
            Ok(())
        })
    }

    fn callback(&mut self, cx: &ItemCx<'_>, cb: &Callback) -> Result<(), BackendError> {
        let c_name = cx.name(cx.fmt.callback_type(cb))?;
        self.definition(cx, &c_name, &format!("`{c_name}`"), |h| {
            let mut args = vec!["void *user_data".to_owned()];
            for (i, p) in cb.params.iter().enumerate() {
                h.need_callback_arg(cx, p)?;
                args.push(format!("{} arg{i}", cx.callback_arg(p)?));
            }
            if let Some(r) = &cb.ret {
                h.need_field(cx, r)?;
                args.push(format!("{} *out", cx.field(r)?));
            }
            let members = [
                format!(
                    "{} (*call)({})",
                    cx.fmt.type_name("Status"),
                    args.join(", ")
                ),
                "void *user_data".into(),
                "void (*release)(void *user_data)".into(),
            ];
            h.define(&c_name, "", &members.map(Member::new));
            Ok(())
        })
    }

    pub fn interface(
        &mut self,
        cx: &ItemCx<'_>,
        c: &CallbackInterface,
    ) -> Result<(), BackendError> {
        let c_name = cx.fmt.type_name(&c.name);
        self.definition(
            cx,
            &c_name,
            &format!("callback interface `{}`", c.name),
            |h| {
                let methods = cx.idents(
                    c.methods.iter().map(|m| m.name.as_str()),
                    &["user_data", "release"],
                )?;
                let mut members = vec![Member::new("void *user_data".into())];
                for (m, mname) in c.methods.iter().zip(methods) {
                    let mcx = cx.sub(format!("{}::{}", c.name, m.name));
                    let names = mcx.idents(
                        m.params.iter().map(|p| p.name.as_str()),
                        &["user_data", "out"],
                    )?;
                    let mut args = vec!["void *user_data".to_owned()];
                    for (p, n) in m.params.iter().zip(names) {
                        h.need_callback_arg(&mcx, &p.ty)?;
                        args.push(format!("{} {n}", mcx.callback_arg(&p.ty)?));
                    }
                    if let Some(r) = &m.ret {
                        h.need_field(&mcx, r)?;
                        args.push(format!("{} *out", mcx.field(r)?));
                    }
                    let decl = format!(
                        "{} (*{mname})({})",
                        cx.fmt.type_name("Status"),
                        args.join(", ")
                    );
                    members.push(Member {
                        docs: m.docs.clone(),
                        decl,
                    });
                }
                members.push(Member::new("void (*release)(void *user_data)".into()));
                h.define(&c_name, &c.docs, &members);
                Ok(())
            },
        )
    }
}
