//! The exported functions of the stubs: one per bound value, the release function of each
//! object, the runtime queries, and the checksum and layout symbols the bindings check at load.

use super::cx::Cx;
use super::if_else;
use crate::model::{ERROR_ENUM, OType, TypeKind, Value};
use polybind_codegen::{BackendError, CodeWriter};

impl Cx<'_> {
    /// `pb_fn_<v>` for every value, and `pb_lookup`, which fills them once at startup.
    pub fn closures(&self, w: &mut CodeWriter) {
        w.blank();
        w.line("/* Each OCaml closure, looked up once when the runtime starts. */");
        for v in &self.iface.values {
            w.line(&format!("static const value *{};", self.closure(&v.name)));
        }
        if !self.iface.exceptions.is_empty() {
            w.line("static const value *pb_classify;");
        }
        w.blank();
        let mut lookups: Vec<(String, String, String)> = self
            .iface
            .values
            .iter()
            .map(|v| {
                (
                    self.closure(&v.name),
                    self.registered(&v.name),
                    self.iface.path(v.module, &v.name),
                )
            })
            .collect();
        if !self.iface.exceptions.is_empty() {
            lookups.push((
                "pb_classify".into(),
                self.registered(super::CLASSIFY),
                "the exception classifier".into(),
            ));
        }
        if lookups.is_empty() {
            w.line("static void pb_lookup(void) {}");
            return;
        }
        w.block(
            "static const struct { const value **slot; const char *name; const char *missing; } pb_closures[] = {",
            "};",
            |w| {
                for (var, key, shown) in &lookups {
                    w.line(&format!(
                        "{{&{var}, \"{key}\", \"{shown} is not registered: link the generated {}_polybind.ml into the library\"}},",
                        self.lib.name()
                    ));
                }
            },
        );
        w.blank();
        w.block("static void pb_lookup(void) {", "}", |w| {
            w.block(
                "for (size_t i = 0; i < sizeof pb_closures / sizeof pb_closures[0]; i++) {",
                "}",
                |w| {
                    w.line("*pb_closures[i].slot = caml_named_value(pb_closures[i].name);");
                    w.block("if (*pb_closures[i].slot == NULL) {", "}", |w| {
                        w.line("pb_start_error = pb_closures[i].missing;\nreturn;");
                    });
                },
            );
        });
    }

    /// `<lib>_rt_dealloc`, `<lib>_last_error_message` and the allocation-tracking queries.
    pub fn runtime_exports(&self, w: &mut CodeWriter) {
        let string = self.c.type_name("String");
        let dealloc = self.c.function("rt_dealloc");
        let message = self.c.function("last_error_message");
        let tracking = self.c.function("rt_tracking");
        let live = self.c.function("rt_live_allocations");
        let bytes = self.c.function("rt_live_bytes");
        w.blank();
        w.line("/* Not declared by the header (see docs/src/abi.md, Runtime). */");
        w.line(&format!(
            "bool {tracking}(void);\nuint64_t {live}(void);\nuint64_t {bytes}(void);"
        ));
        w.blank();
        w.block(
            &format!("void {dealloc}(void *ptr, size_t size, size_t align) {{"),
            "}",
            |w| {
                w.line("(void)align;\npb_dealloc(ptr, size);");
            },
        );
        w.blank();
        w.block(&format!("{string} {message}(void) {{"), "}", |w| {
            w.line(&format!("{string} s = {{NULL, 0, 0}};\n(void)pb_string_copy(pb_message, pb_message_len, &s);\nreturn s;"));
        });
        w.blank();
        w.line(&format!(
            "bool {tracking}(void) {{\n    return PB_TRACKING;\n}}"
        ));
        w.blank();
        w.line(&format!(
            "uint64_t {live}(void) {{\n    return (uint64_t)atomic_load(&pb_live_allocations);\n}}"
        ));
        w.blank();
        w.line(&format!(
            "uint64_t {bytes}(void) {{\n    return (uint64_t)atomic_load(&pb_live_bytes);\n}}"
        ));
    }

    /// The checksum and layout functions the load-time checks call.
    pub fn checks(&self, w: &mut CodeWriter) {
        polybind_backend_c::check_exports(self.lib, w);
    }

    /// `<lib>_<obj>_free` of every abstract type.
    pub fn object_frees(&self, w: &mut CodeWriter) {
        for t in &self.iface.types {
            if t.kind != TypeKind::Abstract {
                continue;
            }
            let id = self.object_id(&t.name);
            w.blank();
            w.block(
                &format!(
                    "{} {}({} self) {{",
                    self.c.type_name("Status"),
                    self.c.method(&t.ir_name, "free"),
                    self.c.type_name(&t.ir_name)
                ),
                "}",
                |w| {
                    w.line("int32_t st = pb_enter();");
                    w.block("if (st != PB_OK) {", "}", |w| w.line("return st;"));
                    w.line(&format!(
                        "st = pb_handle_free({id}, self.handle, \"{}\");\npb_leave();\nreturn st;",
                        t.ir_name
                    ));
                },
            );
        }
    }

    /// The exported function of `v` and its implementation, which runs under the runtime lock.
    pub fn function(&mut self, w: &mut CodeWriter, v: &Value) -> Result<(), BackendError> {
        self.item = format!("function `{}`", v.name);
        // C parameters: every OCaml argument but `unit` ones.
        let mut c_params = vec![];
        let mut forward = vec![];
        for (i, p) in v.params.iter().enumerate() {
            if p.ty != OType::Unit {
                c_params.push(format!("{} p{i}", self.param(&p.ty)?));
                forward.push(format!("p{i}"));
            }
        }
        let ret_c = match &v.ret {
            OType::Unit => None,
            t => Some(self.field(t)?),
        };
        let error_c = v.raises.then(|| self.c.type_name(ERROR_ENUM));
        if let Some(r) = &ret_c {
            c_params.push(format!("{r} *out"));
            forward.push("out".into());
        }
        if let Some(e) = &error_c {
            c_params.push(format!("{e} *out_err"));
            forward.push("out_err".into());
        }
        let params = if c_params.is_empty() {
            "void".to_owned()
        } else {
            c_params.join(", ")
        };
        let imp = format!("pb_call_{}", v.name);
        self.implementation(w, v, &imp, &params, ret_c.as_deref(), error_c.as_deref())?;
        w.blank();
        let status = self.c.type_name("Status");
        let exported = self.c.function(&v.name);
        w.block(&format!("{status} {exported}({params}) {{"), "}", |w| {
            for out in ["out", "out_err"] {
                let present = if out == "out" { ret_c.is_some() } else { error_c.is_some() };
                if present {
                    w.block(&format!("if ({out} == NULL) {{"), "}", |w| {
                        w.line(&format!(
                            "return pb_fail(PB_INVALID_ARGUMENT, \"{}: the `{out}` parameter is null\");",
                            v.name
                        ));
                    });
                }
            }
            w.line("int32_t st = pb_enter();");
            w.block("if (st != PB_OK) {", "}", |w| w.line("return st;"));
            w.line(&format!("st = {imp}({});\npb_leave();\nreturn st;", forward.join(", ")));
        });
        Ok(())
    }

    fn implementation(
        &mut self,
        w: &mut CodeWriter,
        v: &Value,
        imp: &str,
        params: &str,
        ret_c: Option<&str>,
        error_c: Option<&str>,
    ) -> Result<(), BackendError> {
        // A plain value is registered as `fun () -> v`: one `unit` argument.
        let n = v.params.len().max(1);
        let mut converts = vec![];
        for (i, p) in v.params.iter().enumerate() {
            if p.ty != OType::Unit {
                converts.push(self.in_call(&p.ty, &format!("p{i}"), &format!("&args[{i}]"))?);
            }
        }
        let out_call = match &v.ret {
            OType::Unit => None,
            t => Some((self.out_call(t, "res", "&result")?, self.free_fn(t)?)),
        };
        let raised = match error_c {
            Some(e) => Some(self.raised(e)?),
            None => None,
        };
        let closure = self.closure(&v.name);
        // The one-to-three-argument entry points skip building an argument array.
        let call = match n {
            1 => format!("caml_callback_exn(*{closure}, args[0])"),
            2 => format!("caml_callback2_exn(*{closure}, args[0], args[1])"),
            3 => format!("caml_callback3_exn(*{closure}, args[0], args[1], args[2])"),
            _ => format!("caml_callbackN_exn(*{closure}, {n}, args)"),
        };
        w.blank();
        w.block(&format!("static int32_t {imp}({params}) {{"), "}", |w| {
            w.line(&format!(
                "CAMLparam0();\nCAMLlocalN(args, {n});\nCAMLlocal1(res);\nint32_t st = PB_OK;"
            ));
            for c in &converts {
                w.block("if (st == PB_OK) {", "}", |w| w.line(&format!("st = {c};")));
            }
            w.block("if (st == PB_OK) {", "}", |w| {
                w.line(&format!("res = {call};"));
                w.line("if (Is_exception_result(res)) {");
                w.indent();
                match &raised {
                    Some(r) => w.line(&format!("st = {r}(Extract_exception(res), out_err);")),
                    None => w.line("st = pb_uncaught(Extract_exception(res));"),
                }
                w.dedent();
                if let (Some(c_ty), Some((out_call, free))) = (ret_c, &out_call) {
                    w.line("} else {");
                    w.indent();
                    w.line(&format!(
                        "{c_ty} result;\nmemset(&result, 0, sizeof result);\nst = {out_call};"
                    ));
                    match free {
                        Some(free) => if_else(
                            w,
                            "st == PB_OK",
                            |w| w.line("*out = result;"),
                            |w| w.line(&format!("{free}(&result);")),
                        ),
                        None => w.block("if (st == PB_OK) {", "}", |w| w.line("*out = result;")),
                    }
                    w.dedent();
                }
                w.line("}");
            });
            w.line("CAMLreturnT(int32_t, st);");
        });
        Ok(())
    }

    /// `pb_raised`: an exception from a function that declares `@raise`: a declared exception
    /// becomes `<LIB>_ERROR` with `*out_err` written, any other one a panic.
    fn raised(&mut self, error_c: &str) -> Result<String, BackendError> {
        let name = "pb_raised".to_owned();
        if !self.helpers.reserve(&name) {
            return Ok(name);
        }
        let out_error = self.out_error(error_c)?;
        let free = self.c.function(&format!(
            "{}_free",
            heck::ToSnakeCase::to_snake_case(ERROR_ENUM)
        ));
        let sig = format!("static int32_t {name}(value exn, {error_c} *out_err)");
        let mut w = CodeWriter::new();
        w.block(&format!("{sig} {{"), "}", |w| {
            // The classifier runs OCaml code, which may collect: `exn` is a root meanwhile.
            w.line("CAMLparam1(exn);\nCAMLlocal1(index);\nint32_t st;");
            w.line("index = caml_callback_exn(*pb_classify, exn);");
            w.block(
                "if (Is_exception_result(index) || Long_val(index) < 0) {",
                "}",
                |w| {
                    w.line("CAMLreturnT(int32_t, pb_uncaught(exn));");
                },
            );
            w.line(&format!(
                "{error_c} error;\nst = {out_error}(exn, Long_val(index), &error);"
            ));
            if_else(
                w,
                "st == PB_OK",
                |w| w.line("*out_err = error;\nst = PB_ERROR;"),
                |w| w.line(&format!("{free}(&error);")),
            );
            w.line("CAMLreturnT(int32_t, st);");
        });
        self.helpers.define(&name, &sig, w);
        Ok(name)
    }
}
