//! The signature of one callable of the library (a function, method, constructor or static
//! method), shared by both flavours' wrappers.

use crate::names::Names;
use polybind_ir::{Function, Method, Object, Param, Receiver, Type};

pub(crate) struct Sig<'a> {
    /// `add` or `Counter::get`, for messages.
    pub label: String,
    pub docs: &'a str,
    /// The exported C function.
    pub symbol: String,
    pub params: &'a [Param],
    /// The return type (`None` for a constructor, whose result is the object).
    pub ret: Option<&'a Type>,
    pub error: Option<&'a str>,
    pub receiver: Option<Receiver>,
    /// The object of a method or constructor.
    pub object: Option<&'a str>,
    /// `#[polybind(blocking)]`: the native flavour releases the GIL around the call.
    pub blocking: bool,
    /// The free function this is the signature of (`None` for a method).
    pub function: Option<&'a Function>,
}

impl<'a> Sig<'a> {
    pub fn function(n: &Names, f: &'a Function) -> Self {
        Sig {
            label: f.name.clone(),
            docs: &f.docs,
            symbol: n.c_function(&f.name),
            params: &f.params,
            ret: f.ret.as_ref(),
            error: f.error.as_deref(),
            receiver: None,
            object: None,
            blocking: f.blocking,
            function: Some(f),
        }
    }

    pub fn method(n: &Names, o: &'a Object, m: &'a Method) -> Self {
        Sig {
            label: format!("{}::{}", o.name, m.name),
            docs: &m.docs,
            symbol: n.c_method(&o.name, &m.name),
            params: &m.params,
            ret: if m.receiver == Receiver::Constructor {
                None
            } else {
                m.ret.as_ref()
            },
            error: m.error.as_deref(),
            receiver: Some(m.receiver),
            object: Some(&o.name),
            blocking: m.blocking,
            function: None,
        }
    }

    /// The `new` constructor, bound as `__init__`.
    pub fn is_init(&self) -> bool {
        self.receiver == Some(Receiver::Constructor) && self.label.ends_with("::new")
    }

    /// Bound to the instance (`self` first, or created into `self`), not to the module.
    pub fn on_instance(&self) -> bool {
        match self.receiver {
            Some(Receiver::Ref | Receiver::Mut) => true,
            Some(Receiver::Constructor) => self.is_init(),
            _ => false,
        }
    }
}
