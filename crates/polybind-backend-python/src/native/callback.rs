//! The C functions the library calls back: one trampoline per closure type and one per method
//! of a callback interface. Each takes the GIL (`PyGILState_Ensure`, so any thread may call it),
//! converts the borrowed arguments, calls the Python callable, converts its result into `*out`,
//! and turns an exception into a non-zero status after keeping the exception for the call that
//! ran the callback (`pb_callback_failed`), which re-raises it.

use super::convert::Convs;
use polybind_backend_c::callback_fragment;
use polybind_codegen::wln;
use polybind_codegen::{CodeWriter, Version};
use polybind_ir::{Callback, Type};
use std::collections::BTreeMap;

#[derive(Default)]
pub(crate) struct Callbacks {
    /// Trampolines by name.
    defs: BTreeMap<String, String>,
    /// Every trampoline added so far (see [`polybind_codegen::memo`]).
    pub version: Version,
}

impl Callbacks {
    /// Add the trampolines of `part` (see [`super::convert::Convs::absorb`]).
    pub fn absorb(&mut self, mut part: Callbacks) {
        self.defs.append(&mut part.defs);
    }

    /// About the bytes [`Callbacks::emit`] writes.
    pub fn emitted_len(&self) -> usize {
        self.defs.values().map(|d| d.len() + 2).sum()
    }

    pub fn emit(&self, w: &mut CodeWriter) {
        for def in self.defs.values() {
            w.blank();
            w.line(def.trim_end());
        }
    }

    /// The trampoline of a closure type: `user_data` is a `pb_cb` holding the callable.
    pub fn closure(&mut self, cv: &mut Convs<'_>, cb: &Callback) -> Result<String, String> {
        let name = format!("cb_{}", callback_fragment(cb)?);
        if !self.defs.contains_key(&name) {
            let def = trampoline(cv, &name, &cb.params, cb.ret.as_ref(), None)?;
            self.version.mix(&[&name]);
            self.defs.insert(name.clone(), def);
        }
        Ok(name)
    }

    /// The vtable members of a callback interface and their trampolines, in declaration order.
    pub fn interface(
        &mut self,
        cv: &mut Convs<'_>,
        name: &str,
    ) -> Result<Vec<(String, String)>, String> {
        let ci = cv
            .lib
            .callback_interfaces()
            .iter()
            .find(|c| c.name == name)
            .ok_or_else(|| format!("unknown callback interface `{name}`"))?
            .clone();
        let mut members = vec![];
        for m in &ci.methods {
            let tramp = format!("vt_{name}_{}", m.name);
            if !self.defs.contains_key(&tramp) {
                let attr = cv.attr(&m.name);
                let def = trampoline(
                    cv,
                    &tramp,
                    &param_types(&m.params),
                    m.ret.as_ref(),
                    Some(&attr),
                )?;
                self.version.mix(&[&tramp]);
                self.defs.insert(tramp.clone(), def);
            }
            members.push((cv.c.ident(&m.name, &["user_data", "release"]), tramp));
        }
        Ok(members)
    }
}

fn param_types(params: &[polybind_ir::Param]) -> Vec<Type> {
    params.iter().map(|p| p.ty.clone()).collect()
}

/// A trampoline calling the callable of its `pb_cb` (or its method `method`, an interned name).
fn trampoline(
    cv: &mut Convs<'_>,
    name: &str,
    params: &[Type],
    ret: Option<&Type>,
    method: Option<&str>,
) -> Result<String, String> {
    let mut sig = vec!["void *user_data".to_owned()];
    let mut convs = vec![];
    for (i, p) in params.iter().enumerate() {
        sig.push(format!("{} arg{i}", cv.c.callback_arg_type(p)?));
        // `String` arguments arrive as the borrowed `Str` view.
        let ty = if *p == Type::String {
            Type::Str
        } else {
            p.clone()
        };
        convs.push(cv.output(&ty)?);
    }
    let ret_conv = match ret {
        Some(r) => {
            sig.push(format!("{} *out", cv.field_type(r)?));
            Some(cv.input(r)?)
        }
        None => None,
    };
    // A method call passes the implementation itself first.
    let first = usize::from(method.is_some());
    let argc = params.len() + first;
    let mut w = CodeWriter::new();
    w.block(
        &format!("static int32_t {name}({}) {{", sig.join(", ")),
        "}",
        |w| {
            w.line("PyGILState_STATE g = PyGILState_Ensure();");
            w.line("pb_cb *cb = user_data;");
            w.line("int32_t status = 1;");
            wln!(w, "PyObject *argv[{}] = {{NULL}};", argc.max(1));
            w.line("PyObject *r = NULL;");
            if method.is_some() {
                w.line("argv[0] = cb->fn;");
            }
            for (i, conv) in convs.iter().enumerate() {
                let a = i + first;
                wln!(w, "argv[{a}] = {conv}(&arg{i});");
                wln!(w, "if (argv[{a}] == NULL) {{ goto done; }}");
            }
            match method {
                Some(m) => wln!(w, "r = PyObject_VectorcallMethod({m}, argv, {argc}, NULL);"),
                None => wln!(w, "r = PyObject_Vectorcall(cb->fn, argv, {argc}, NULL);"),
            }
            w.line("if (r == NULL) { goto done; }");
            match &ret_conv {
                // Results are numbers and C-like enums: nothing to keep alive.
                Some(conv) => w.block(
                    &format!("if ({conv}(r, \"the callback's result\", out, NULL) == 0) {{"),
                    "}",
                    |w| w.line("status = 0;"),
                ),
                None => w.line("status = 0;"),
            }
            w.dedent();
            w.line("done:");
            w.indent();
            w.line("if (status != 0) { pb_callback_failed(cb->owner); }");
            w.line("Py_XDECREF(r);");
            for i in first..argc {
                wln!(w, "Py_XDECREF(argv[{i}]);");
            }
            w.line("PyGILState_Release(g);");
            w.line("return status;");
        },
    );
    Ok(w.finish())
}
