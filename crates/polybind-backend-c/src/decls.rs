//! Declarations of the exported functions: free functions, and the constructors, methods and
//! release function of each object.

use crate::context::ItemCx;
use crate::header::Header;
use crate::literals::doc_comment;
use polybind_codegen::{BackendError, CodeWriter};
use polybind_codegen::{cat, wcat, wln};
use polybind_ir::{Function, Object, Param, Receiver, Type};

/// Names the generated signature itself uses; a parameter called so gets a `_`.
const TAKEN: &[&str] = &["self", "out", "out_err"];

/// A declaration fits on one line up to this width; longer ones get one parameter per line.
const WIDTH: usize = 100;

/// What an exported function takes and returns, in C.
struct Signature<'s> {
    /// `LibO self` for methods.
    receiver: Option<String>,
    params: &'s [Param],
    /// The C type written to `*out`.
    out: Option<String>,
    error: Option<&'s str>,
}

impl Header {
    pub fn function(&mut self, cx: &ItemCx<'_>, f: &Function) -> Result<(), BackendError> {
        let out = match &f.ret {
            Some(t) => Some(self.ret(cx, t)?),
            None => None,
        };
        let sig = Signature {
            receiver: None,
            params: &f.params,
            out,
            error: f.error.as_deref(),
        };
        let name = cx.fmt.function(&f.name);
        self.declare(cx, &name, &cat!("function `", f.name, "`"), &f.docs, &sig)
    }

    pub fn object(&mut self, cx: &ItemCx<'_>, o: &Object) -> Result<(), BackendError> {
        self.object_type(cx, o)?;
        let handle = cx.fmt.type_name(&o.name);
        for m in &o.methods {
            let mcx = cx.sub(format!("{}::{}", o.name, m.name));
            let receiver = match m.receiver {
                Receiver::Ref | Receiver::Mut => Some(format!("{handle} self")),
                Receiver::Constructor | Receiver::Static => None,
            };
            let out = match (&m.ret, m.receiver) {
                (_, Receiver::Constructor) => Some(handle.clone()),
                (Some(t), _) => Some(self.ret(&mcx, t)?),
                (None, _) => None,
            };
            let sig = Signature {
                receiver,
                params: &m.params,
                out,
                error: m.error.as_deref(),
            };
            let name = cx.fmt.method(&o.name, &m.name);
            self.declare(
                &mcx,
                &name,
                &format!("method `{}::{}`", o.name, m.name),
                &m.docs,
                &sig,
            )?;
        }
        let free = cx.fmt.method(&o.name, "free");
        self.claim(cx, &free, &format!("the release function of `{}`", o.name))?;
        self.decls.blank();
        doc_comment(
            &mut self.decls,
            "Release the handle. The object is dropped when no call is using it any more.",
        );
        let status = cx.fmt.type_name("Status");
        wln!(self.decls, "{status} {free}({handle} self);");
        Ok(())
    }

    /// Define the return type `ty` and give its C type.
    fn ret(&mut self, cx: &ItemCx<'_>, ty: &Type) -> Result<String, BackendError> {
        self.need_field(cx, ty)?;
        cx.field(ty)
    }

    fn declare(
        &mut self,
        cx: &ItemCx<'_>,
        name: &str,
        key: &str,
        docs: &str,
        sig: &Signature<'_>,
    ) -> Result<(), BackendError> {
        self.claim(cx, name, key)?;
        let mut params: Vec<String> = sig.receiver.iter().cloned().collect();
        let names = cx.idents(sig.params.iter().map(|p| p.name.as_str()), TAKEN)?;
        for (p, n) in sig.params.iter().zip(names) {
            self.need_param(cx, &p.ty)?;
            params.push(cat!(cx.param(&p.ty)?, " ", n));
        }
        if let Some(t) = &sig.out {
            params.push(cat!(t, " *out"));
        }
        if let Some(e) = sig.error {
            let ty = Type::Enum(e.to_owned());
            self.need_field(cx, &ty)?;
            params.push(cat!(cx.field(&ty)?, " *out_err"));
        }
        self.decls.blank();
        doc_comment(&mut self.decls, docs);
        let head = cat!(cx.fmt.type_name("Status"), " ", name, "(");
        signature(&mut self.decls, &head, &params, ");");
        Ok(())
    }
}

/// `head` + the parameters joined by `, ` (or `void`) + `tail`, on one line when it fits and
/// with one parameter per line otherwise.
pub(crate) fn signature(w: &mut CodeWriter, head: &str, params: &[String], tail: &str) {
    let one = if params.is_empty() {
        "void".to_owned()
    } else {
        params.join(", ")
    };
    if head.len() + one.len() + tail.len() <= WIDTH || params.len() < 2 {
        wcat!(w, head, one, tail);
        return;
    }
    w.line(head);
    w.block("", "", |w| {
        for (i, p) in params.iter().enumerate() {
            if i + 1 < params.len() {
                wcat!(w, p, ",");
            } else {
                wcat!(w, p, tail);
            }
        }
    });
}
