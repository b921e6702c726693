//! The exported functions of the stubs: one per bound C function (converting each argument,
//! calling the original, converting the result), the release function of each object, and the
//! checksum and layout symbols the bindings check at load.

use super::Cx;
use super::convert::Dir;
use crate::model::{CType, Function, Role};
use polybind_codegen::{BackendError, CodeWriter};

/// The pieces of one call: declarations, conversions before the call, the arguments of the
/// original function, and the clean-up after it.
#[derive(Default)]
struct Call {
    locals: Vec<String>,
    converts: Vec<String>,
    args: Vec<String>,
    cleanups: Vec<String>,
    /// The call touches the handle table: it runs under the lock.
    locked: bool,
    /// The closures passed (`p<i>`, parameter name): released on every path, checked after.
    callbacks: Vec<(String, String)>,
}

impl Cx<'_> {
    /// The checksum and layout functions the load-time checks call.
    pub fn checks(&self, w: &mut CodeWriter) {
        polybind_backend_c::check_exports(self.lib, w);
    }

    /// `<lib>_<obj>_free` of every object: releases the handle, then calls the destructor.
    pub fn object_frees(&self, w: &mut CodeWriter) {
        for o in &self.header.objects {
            let id = self.header.object_id(&o.c_name);
            w.blank();
            w.block(
                &format!(
                    "{} {}({} self) {{",
                    self.c.type_name("Status"),
                    self.c.method(&o.name, "free"),
                    self.c.type_name(&o.name)
                ),
                "}",
                |w| {
                    w.line("void *ptr = NULL;\npb_enter();");
                    w.line(&format!(
                        "int32_t st = pb_slot_take({id}, self.handle, \"{}\", &ptr);",
                        o.name
                    ));
                    w.block("if (st == PB_OK) {", "}", |w| {
                        w.line(&format!("{}(({} *)ptr);", o.destructor, o.c_spelling));
                    });
                    w.line("pb_leave();\nreturn st;");
                },
            );
        }
    }

    /// The C parameter list of the exported function of `f`, as the header declares it.
    fn c_params(&self, f: &Function) -> Result<Vec<String>, BackendError> {
        let mut params = vec![];
        if let Some(obj) = self.object_name(f)?
            && matches!(f.role, Role::Method { .. })
        {
            params.push(format!("{} self", self.c.type_name(&obj)));
        }
        for (i, p) in f.params.iter().enumerate() {
            let ir = crate::lower::ir_type(self.header, &p.ty.ty);
            let c = self.c.param_type(&ir).map_err(|m| self.error(m))?;
            params.push(format!("{c} p{i}"));
        }
        if let Some(r) = &f.ret {
            let ir = crate::lower::ir_type(self.header, &r.ty);
            let c = self.c.field_type(&ir).map_err(|m| self.error(m))?;
            params.push(format!("{c} *out"));
        }
        if f.fallible {
            params.push(format!(
                "{} *out_err",
                self.c.type_name(
                    &self
                        .header
                        .errors
                        .as_ref()
                        .map(|e| e.name.clone())
                        .unwrap_or_default()
                )
            ));
        }
        Ok(params)
    }

    /// The IR name of the object `f` belongs to.
    fn object_name(&self, f: &Function) -> Result<Option<String>, BackendError> {
        match &f.object {
            None => Ok(None),
            Some(c) => self
                .header
                .object(c)
                .map(|o| Some(o.name.clone()))
                .ok_or_else(|| self.error(format!("the object `{c}` is not in the header"))),
        }
    }

    /// The argument for the object `c_name` held by handle `handle`, looked up under the lock.
    fn object_arg(&self, call: &mut Call, c_name: &str, handle: &str, var: &str) {
        let Some(o) = self.header.object(c_name) else {
            return;
        };
        let id = self.header.object_id(c_name);
        call.locked = true;
        call.locals.push(format!("void *{var} = NULL;"));
        call.converts.push(format!(
            "pb_slot_get({id}, {handle}.handle, \"{}\", &{var})",
            o.name
        ));
        call.args.push(format!("({} *){var}", o.c_spelling));
    }

    fn param(
        &mut self,
        call: &mut Call,
        f: &Function,
        ty: &crate::model::Spelled,
        i: usize,
        name: &str,
    ) -> Result<(), BackendError> {
        let p = format!("p{i}");
        match &ty.ty {
            CType::Callback(sig) => {
                let trampoline = self.trampoline(f, i, sig)?;
                call.locals
                    .push(format!("PbCallback {p}_ctx = {{&{p}, false}};"));
                call.args.push(format!("{trampoline}, &{p}_ctx"));
                call.callbacks.push((p, name.to_owned()));
            }
            CType::Str => {
                call.locals.push(format!(
                    "char {p}_small[PB_SMALL_STRING];\nchar *{p}_c = NULL;"
                ));
                call.converts.push(format!(
                    "pb_cstring({p}.ptr, {p}.len, \"{name}\", {p}_small, &{p}_c)"
                ));
                call.args.push(format!("{p}_c"));
                call.cleanups.push(format!(
                    "if ({p}_c != NULL) {{\n    pb_cstring_release({p}_c, {p}_small);\n}}"
                ));
            }
            CType::Slice { elem, .. } => match &**elem {
                CType::Record(c) => {
                    let spelling = self
                        .header
                        .record(c)
                        .map(|r| r.c_spelling.clone())
                        .unwrap_or_default();
                    let helper = self.record_slice_in(c)?;
                    call.locals.push(format!("{spelling} *{p}_c = NULL;"));
                    call.converts
                        .push(format!("{helper}({p}.ptr, {p}.len, &{p}_c)"));
                    call.args.push(format!("{p}_c, {p}.len"));
                    call.cleanups.push(format!("free({p}_c);"));
                }
                // Numbers have one representation: the view is passed as it is.
                _ => {
                    call.converts
                        .push(format!("pb_check_view({p}.ptr, {p}.len, \"{name}\")"));
                    call.args.push(format!("({}){p}.ptr, {p}.len", ty.c));
                }
            },
            CType::Object(c) => self.object_arg(call, c, &p, &format!("{p}_ptr")),
            CType::Enum(_) | CType::Record(_) => {
                call.locals
                    .push(format!("{} {p}_c;\nmemset(&{p}_c, 0, sizeof {p}_c);", ty.c));
                if let Some(c) = self.convert(Dir::In, &ty.ty, &p, &format!("{p}_c"))? {
                    call.converts.push(c);
                }
                call.args.push(format!("{p}_c"));
            }
            _ => call.args.push(p),
        }
        Ok(())
    }

    /// The exported function implementing `f`.
    pub fn function(&mut self, w: &mut CodeWriter, f: &Function) -> Result<(), BackendError> {
        let obj = self.object_name(f)?;
        self.item = match &obj {
            Some(o) => format!("method `{o}::{}`", f.name),
            None => format!("function `{}`", f.name),
        };
        let params = self.c_params(f)?;
        let exported = match &obj {
            Some(o) => self.c.method(o, &f.name),
            None => self.c.function(&f.name),
        };
        let mut call = Call::default();
        if let (Role::Method { .. }, Some(c)) = (f.role, &f.object) {
            self.object_arg(&mut call, c, "self", "self_ptr");
        }
        for (i, p) in f.params.iter().enumerate() {
            self.param(&mut call, f, &p.ty, i, &p.name)?;
        }
        // The call and its result, written first: they decide whether the call is locked.
        let mut result = CodeWriter::new();
        if !call.callbacks.is_empty() {
            self.with_callbacks(&mut result, &call, f)?;
        } else if f.fallible {
            self.fallible(&mut result, &mut call, f)?;
        } else {
            let invoke = format!("{}({})", f.c_name, call.args.join(", "));
            match &f.ret {
                None => result.line(&format!("{invoke};")),
                Some(r) => self.result(&mut result, &mut call, &r.ty, &r.c, &invoke, &f.c_name)?,
            }
        }
        w.blank();
        let status = self.c.type_name("Status");
        let head = if params.is_empty() {
            "void".to_owned()
        } else {
            params.join(", ")
        };
        w.block(&format!("{status} {exported}({head}) {{"), "}", |w| {
            for (out, present) in [("out", f.ret.is_some()), ("out_err", f.fallible)] {
                if present {
                    w.block(&format!("if ({out} == NULL) {{"), "}", |w| {
                        // The closures are ours even when the call fails before it starts.
                        release(w, &call.callbacks);
                        w.line(&format!(
                            "return pb_fail(PB_INVALID_ARGUMENT, \"{}: the `{out}` parameter is null\");",
                            f.name
                        ));
                    });
                }
            }
            w.line("int32_t st = PB_OK;");
            for l in &call.locals {
                w.line(l);
            }
            if call.locked {
                w.line("pb_enter();");
            }
            for c in &call.converts {
                w.block("if (st == PB_OK) {", "}", |w| w.line(&format!("st = {c};")));
            }
            if call.converts.is_empty() {
                w.append(&result);
            } else {
                w.block("if (st == PB_OK) {", "}", |w| w.append(&result));
            }
            for c in &call.cleanups {
                w.line(c);
            }
            release(w, &call.callbacks);
            if call.locked {
                w.line("pb_leave();");
            }
            w.line("return st;");
        });
        Ok(())
    }

    /// The statements calling a function of the error convention: its status becomes
    /// `*out_err` unless it is the success constant; then its result, written through its last
    /// parameter, is converted like a return value.
    fn fallible(
        &mut self,
        w: &mut CodeWriter,
        call: &mut Call,
        f: &Function,
    ) -> Result<(), BackendError> {
        let header = self.header;
        let errors = header
            .errors
            .as_ref()
            .ok_or_else(|| self.error("a fallible function without an error convention"))?;
        let status = header
            .enum_(&errors.status)
            .map(|e| e.c_spelling.clone())
            .unwrap_or_default();
        let mut args = call.args.clone();
        if let Some(r) = &f.ret {
            call.locals
                .push(format!("{};\nmemset(&v, 0, sizeof v);", declare(&r.c, "v")));
            args.push("&v".into());
        }
        let error = self.error_out()?;
        w.line(&format!("{status} s = {}({});", f.c_name, args.join(", ")));
        w.line(&format!("if (s != {}) {{", errors.ok));
        w.indent();
        w.line(&format!("st = {error}(s, \"{}\", out_err);", f.c_name));
        w.dedent();
        if let Some(r) = &f.ret {
            w.line("} else {");
            w.indent();
            self.result(w, call, &r.ty, &r.c, "v", &f.c_name)?;
            w.dedent();
        }
        w.line("}");
        Ok(())
    }

    /// The call of a function taking closures: a closure that failed makes the call fail with
    /// `CALLBACK_FAILED`, and its result is not written (it is a number or nothing).
    fn with_callbacks(
        &self,
        w: &mut CodeWriter,
        call: &Call,
        f: &Function,
    ) -> Result<(), BackendError> {
        let invoke = format!("{}({})", f.c_name, call.args.join(", "));
        let failed: Vec<String> = call
            .callbacks
            .iter()
            .map(|(p, _)| format!("{p}_ctx.failed"))
            .collect();
        let names: Vec<&str> = call.callbacks.iter().map(|(_, n)| n.as_str()).collect();
        let fail = format!(
            "st = pb_fail(PB_CALLBACK_FAILED, \"{}: the `{}` callback failed\");",
            f.name,
            names.join("`/`")
        );
        match &f.ret {
            None => {
                w.line(&format!("{invoke};"));
                w.block(&format!("if ({}) {{", failed.join(" || ")), "}", |w| {
                    w.line(&fail)
                });
            }
            Some(r) => {
                let ir = crate::lower::ir_type(self.header, &r.ty);
                let canonical = self.c.field_type(&ir).map_err(|m| self.error(m))?;
                w.line(&format!("{} = {invoke};", declare(&r.c, "r")));
                w.line(&format!("if ({}) {{", failed.join(" || ")));
                w.block("", "} else {", |w| w.line(&fail));
                w.block("", "}", |w| w.line(&format!("*out = ({canonical})r;")));
            }
        }
        Ok(())
    }

    /// The statements calling the original and writing `*out` on success.
    fn result(
        &mut self,
        w: &mut CodeWriter,
        call: &mut Call,
        ty: &CType,
        spelling: &str,
        invoke: &str,
        c_name: &str,
    ) -> Result<(), BackendError> {
        let ir = crate::lower::ir_type(self.header, ty);
        let canonical = self.c.field_type(&ir).map_err(|m| self.error(m))?;
        let lines: Vec<String> = match ty {
            CType::String { owned } => {
                let mut lines = vec![
                    format!("{} = {invoke};", declare(spelling, "r")),
                    format!("st = pb_string_out(r, \"{c_name}\", out);"),
                ];
                if *owned {
                    let free = self.header.string_free.as_deref().unwrap_or("free");
                    lines.push(format!("if (r != NULL) {{\n    {free}(r);\n}}"));
                }
                lines
            }
            CType::Object(c) => {
                call.locked = true;
                let id = self.header.object_id(c);
                let destructor = self
                    .header
                    .object(c)
                    .map(|o| o.destructor.clone())
                    .unwrap_or_default();
                vec![
                    format!("{} = {invoke};", declare(spelling, "r")),
                    format!(
                        "if (r == NULL) {{\n    st = pb_fail(PB_PANIC, \"{c_name} returned NULL\");\n}} else if ((st = pb_slot_new({id}, r, &out->handle)) != PB_OK) {{\n    {destructor}(r);\n}}"
                    ),
                ]
            }
            CType::Enum(_) | CType::Record(_) => {
                let conv = self
                    .convert(Dir::Out, ty, "r", "v")?
                    .unwrap_or_else(|| "PB_OK".into());
                vec![
                    format!("{} = {invoke};", declare(spelling, "r")),
                    format!("{canonical} v;\nmemset(&v, 0, sizeof v);"),
                    format!("st = {conv};"),
                    "if (st == PB_OK) {\n    *out = v;\n}".into(),
                ]
            }
            _ => vec![format!("*out = ({canonical}){invoke};")],
        };
        for l in &lines {
            w.line(l);
        }
        Ok(())
    }
}

/// `T name`, or `T *name` for a pointer type spelled `T *`.
fn declare(spelling: &str, name: &str) -> String {
    let s = spelling.trim_end();
    if s.ends_with('*') {
        format!("{s}{name}")
    } else {
        format!("{s} {name}")
    }
}

/// Release every closure (`release` may be `NULL`).
fn release(w: &mut CodeWriter, callbacks: &[(String, String)]) {
    for (p, _) in callbacks {
        w.block(&format!("if ({p}.release != NULL) {{"), "}", |w| {
            w.line(&format!("{p}.release({p}.user_data);"))
        });
    }
}
