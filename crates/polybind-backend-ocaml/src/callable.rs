//! What the stubs and the `.ml` file both need to know about one exported function or method:
//! its names, its signature, and which kind of stub calls it.

use crate::context::Cx;
use polybind_ir::{Param, Receiver, Type};

pub(crate) struct Callable<'a> {
    /// `f` or `Object::m`, for errors and messages.
    pub label: String,
    pub docs: &'a str,
    /// The C symbol of the ABI (`lib_f`, `lib_obj_m`).
    pub symbol: String,
    /// The OCaml name (`f`, or the method's name inside the object's module).
    pub ml_name: String,
    pub params: &'a [Param],
    /// The value returned on success (for constructors: the object).
    pub ret: Option<Type>,
    pub error: Option<&'a str>,
    /// The object a method belongs to, when it takes `self`.
    pub this: Option<&'a str>,
    /// `#[polybind(blocking)]`: the call releases the OCaml runtime lock.
    pub blocking: bool,
}

impl Callable<'_> {
    /// The parameters as the stub sees them: `self` first for methods.
    pub fn all_params(&self) -> Vec<(String, Type)> {
        let mut v = vec![];
        if let Some(o) = self.this {
            v.push(("self".to_owned(), Type::Object(o.to_owned())));
        }
        for p in self.params {
            v.push((p.name.clone(), p.ty.clone()));
        }
        v
    }

    /// A `[@@noalloc]` stub with unboxed arguments can call it: only numbers, booleans, borrowed
    /// strings, byte and float arrays and objects go in, a number or nothing comes out, no
    /// declared error, and the runtime lock stays taken (the library keeps no closures and the
    /// call is not `blocking`).
    pub fn is_fast(&self, cx: &Cx<'_>) -> bool {
        let param_ok = |t: &Type| match t {
            t if t.is_primitive() => true,
            Type::Str | Type::String | Type::Object(_) => true,
            Type::Slice(e) | Type::Vec(e) | Type::SliceMut(e) => {
                matches!(**e, Type::U8 | Type::F64)
            }
            _ => false,
        };
        !cx.threads
            && !self.blocking
            && self.error.is_none()
            && self.ret.as_ref().is_none_or(Type::is_primitive)
            && self.params.iter().all(|p| param_ok(&p.ty))
    }

    /// OCaml code may run during the call (a closure or a callback interface is passed), or the
    /// runtime lock is released: then the GC may move what the arguments point into, so strings
    /// and arrays are copied.
    pub fn must_copy(&self, cx: &Cx<'_>) -> bool {
        cx.threads
            || self.blocking
            || self
                .params
                .iter()
                .any(|p| matches!(p.ty, Type::Callback(_) | Type::CallbackInterface(_)))
    }
}

/// Every function and method of the library, in declaration order.
pub(crate) fn callables<'a>(cx: &Cx<'a>) -> Vec<Callable<'a>> {
    let c = cx.n.c();
    let mut out = vec![];
    for f in cx.lib.functions() {
        out.push(Callable {
            label: f.name.clone(),
            docs: &f.docs,
            symbol: c.function(&f.name),
            ml_name: cx.n.ident(&f.name),
            params: &f.params,
            ret: f.ret.clone(),
            error: f.error.as_deref(),
            this: None,
            blocking: f.blocking,
        });
    }
    for o in cx.lib.objects() {
        for m in &o.methods {
            let ret = match m.receiver {
                Receiver::Constructor => Some(Type::Object(o.name.clone())),
                _ => m.ret.clone(),
            };
            out.push(Callable {
                label: format!("{}::{}", o.name, m.name),
                docs: &m.docs,
                symbol: c.method(&o.name, &m.name),
                ml_name: cx.n.method(&m.name),
                params: &m.params,
                ret,
                error: m.error.as_deref(),
                this: matches!(m.receiver, Receiver::Ref | Receiver::Mut)
                    .then_some(o.name.as_str()),
                blocking: m.blocking,
            });
        }
    }
    out
}
