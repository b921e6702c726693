//! The C functions the library calls back: one per closure signature (`pb_cb_<Fn..>`) and one per
//! callback interface method (`pb_vt_<Trait>_<method>`). Each converts the arguments to OCaml
//! values, calls the closure with `caml_callback*_exn` (an OCaml exception becomes a non-zero
//! status, never an unwinding through Rust), and converts the result back.

use crate::context::Cx;
use crate::convert::Converters;
use polybind_backend_c::callback_fragment;
use polybind_codegen::CodeWriter;
use polybind_ir::{Callback, Type};
use std::collections::BTreeMap;

#[derive(Default)]
pub(crate) struct Trampolines {
    code: BTreeMap<String, String>,
}

impl Trampolines {
    pub fn write(&self, w: &mut CodeWriter) {
        for body in self.code.values() {
            w.blank();
            w.line(body);
        }
    }

    /// The trampoline of a closure type.
    pub fn callback(
        &mut self,
        cx: &Cx<'_>,
        conv: &mut Converters,
        cb: &Callback,
    ) -> Result<String, String> {
        let name = format!("pb_cb_{}", callback_fragment(cb)?);
        if !self.code.contains_key(&name) {
            let body = trampoline(
                cx,
                conv,
                &name,
                "*(value *)user_data",
                &cb.params,
                cb.ret.as_ref(),
            )?;
            self.code.insert(name.clone(), body);
        }
        Ok(name)
    }

    /// The vtable members of callback interface `name`: `(member, trampoline)` in order.
    pub fn interface(
        &mut self,
        cx: &Cx<'_>,
        conv: &mut Converters,
        name: &str,
    ) -> Result<Vec<(String, String)>, String> {
        let c = cx.n.c();
        let iface = cx
            .lib
            .callback_interfaces()
            .iter()
            .find(|i| i.name == name)
            .ok_or_else(|| format!("unknown callback interface `{name}`"))?;
        let mut members = vec![];
        for (i, m) in iface.methods.iter().enumerate() {
            let f = format!("pb_vt_{name}_{}", m.name);
            if !self.code.contains_key(&f) {
                let params: Vec<Type> = m.params.iter().map(|p| p.ty.clone()).collect();
                let body = trampoline(
                    cx,
                    conv,
                    &f,
                    &format!("Field(*(value *)user_data, {i})"),
                    &params,
                    m.ret.as_ref(),
                )
                .map_err(|e| format!("method `{}`: {e}", m.name))?;
                self.code.insert(f.clone(), body);
            }
            members.push((c.ident(&m.name, &["user_data", "release"]), f));
        }
        Ok(members)
    }
}

fn trampoline(
    cx: &Cx<'_>,
    conv: &mut Converters,
    name: &str,
    fetch: &str,
    params: &[Type],
    ret: Option<&Type>,
) -> Result<String, String> {
    let c = cx.n.c();
    let mut decl = vec!["void *user_data".to_owned()];
    let mut args = vec![];
    for (i, p) in params.iter().enumerate() {
        decl.push(format!("{} arg{i}", c.callback_arg_type(p)?));
        // A `String` argument is lent as a view, like `&str`.
        let p = if *p == Type::String { &Type::Str } else { p };
        args.push(conv.output(cx, p, &format!("arg{i}"))?);
    }
    let ret_in = match ret {
        Some(r) => {
            if cx.lib.owns_heap(r) {
                return Err(format!(
                    "a callback cannot return `{r}`, which owns memory (return numbers, enums or plain records)"
                ));
            }
            decl.push(format!("{} *out", c.field_type(r)?));
            Some(conv.input(
                cx,
                r,
                "res",
                "*out",
                "\"callback result\"",
                "goto done;",
                true,
            )?)
        }
        None => None,
    };
    let n = params.len();
    let mut w = CodeWriter::new();
    w.block(
        &format!("static int32_t {name}({}) {{", decl.join(", ")),
        "}",
        |w| {
            w.line("PB_ENTER");
            // One argument needs no GC root: it is converted, then the closure is fetched and
            // called at once (the callback functions root what they receive). Several do: the
            // conversion of one may move another.
            if n > 1 {
                w.line("CAMLparam0();");
                w.line(&format!("CAMLlocalN(args, {n});"));
            } else if n == 1 {
                w.line("value args[1];");
            }
            w.line("int32_t status = 1;");
            w.line("value res;");
            w.line("PB_ARENA(a);");
            w.line("const int copy = 1;");
            w.line("(void)copy;");
            for (i, a) in args.iter().enumerate() {
                w.line(&format!("args[{i}] = {a};"));
            }
            let f = fetch;
            match n {
                0 => w.line(&format!("res = caml_callback_exn({f}, Val_unit);")),
                1 => w.line(&format!("res = caml_callback_exn({f}, args[0]);")),
                2 => w.line(&format!("res = caml_callback2_exn({f}, args[0], args[1]);")),
                3 => w.line(&format!(
                    "res = caml_callback3_exn({f}, args[0], args[1], args[2]);"
                )),
                _ => w.line(&format!("res = caml_callbackN_exn({f}, {n}, args);")),
            }
            w.line("if (Is_exception_result(res)) { goto done; }");
            // The result is converted into C without allocating: it needs no root either.
            match &ret_in {
                Some(s) => w.line(s),
                None => w.line("(void)res;"),
            }
            w.line("status = 0;");
            w.dedent();
            w.line("done:");
            w.indent();
            w.line("pb_arena_free(a);");
            if n > 1 {
                w.line("CAMLdrop;");
            }
            w.line("PB_LEAVE");
            w.line("return status;");
        },
    );
    Ok(w.finish())
}
