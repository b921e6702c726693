//! Functions, objects (move-only RAII classes), closures (any callable, through a trampoline
//! template) and callback interfaces (abstract classes, through a vtable of trampolines).

use crate::context::ItemCx;
use crate::formatter::c_primitive;
use crate::types::{Types, doc, is_c_like};
use polybind_codegen::{BackendError, CodeWriter, Version};
use polybind_codegen::{cat, wln};
use polybind_ir::{Callback, CallbackInterface, Object, Param, Receiver, Type};
use std::collections::BTreeMap;

/// Locals of a generated function body; parameters are renamed around them.
const LOCALS: &[&str] = &["out", "out_err", "scratch", "st"];
/// Members of every object class; methods are renamed around them.
const OBJECT_MEMBERS: &[&str] = &["Adopt", "from_raw", "h_", "raw", "release", "reset"];

/// Closure trampolines and interface vtables, collected while functions are written and
/// emitted once, before them.
#[derive(Default)]
pub(crate) struct Glue {
    /// `Fn...` fragment → closure signature.
    pub callbacks: BTreeMap<String, Callback>,
    /// Every closure signature added so far (see [`polybind_codegen::memo`]).
    pub version: Version,
}

/// One call of a C function: who it is, and what it takes and gives.
pub(crate) struct CallShape<'a> {
    pub c_fn: String,
    pub params: &'a [Param],
    pub ret: Option<&'a Type>,
    pub error: Option<&'a str>,
    /// `h_` for methods.
    pub self_arg: Option<&'static str>,
    /// Constructors of a class write the new handle into `h_`.
    pub into_self: bool,
}

/// A parameter as written: its declaration, its template parameter, and how it is passed.
struct ParamCode {
    decl: String,
    template: Option<String>,
    pre: Vec<String>,
    arg: String,
    post: Vec<String>,
    scratch: bool,
}

/// The pieces of a generated function: template line, parameter list, body.
pub(crate) struct Code {
    pub template: Option<String>,
    pub params: String,
    pub ret: String,
    pub body: Vec<String>,
}

fn lower_arg(cx: &ItemCx<'_>, ty: &Type, expr: &str) -> Result<(String, bool), BackendError> {
    Ok(match ty {
        t if t.is_primitive() => (expr.to_owned(), false),
        t if is_c_like(cx, t) => (cat!("static_cast<int32_t>(", expr, ")"), false),
        Type::Object(_) => (cat!(expr, ".raw()"), false),
        t => (
            format!("detail::Conv<{}>::lower({expr}, scratch)", cx.cpp(t)?),
            true,
        ),
    })
}

impl Glue {
    fn param(
        &mut self,
        cx: &ItemCx<'_>,
        types: &mut Types,
        p: &Param,
        index: usize,
    ) -> Result<ParamCode, BackendError> {
        types.need_param(cx, &p.ty)?;
        let n = cx.fmt.ident_avoiding(&p.name, LOCALS);
        let mut code = ParamCode {
            decl: String::new(),
            template: None,
            pre: vec![],
            arg: n.clone(),
            post: vec![],
            scratch: false,
        };
        match &p.ty {
            t if t.is_primitive() => code.decl = cat!(c_primitive(t), " ", n),
            t if is_c_like(cx, t) => {
                code.decl = cat!(cx.cpp(t)?, " ", n);
                code.arg = cat!("static_cast<int32_t>(", n, ")");
            }
            Type::Str | Type::String => {
                code.decl = cat!("std::string_view ", n);
                code.arg = cat!("detail::str(", n, ")");
            }
            Type::Slice(t) | Type::Vec(t) => {
                let elem = cx.cpp(t)?;
                let c = cx.c_param(&p.ty)?;
                code.decl = format!("{}<const {elem}> {n}", cx.fmt.rt("Span"));
                code.arg = format!(
                    "{c}{{detail::lower_elems<{elem}>({n}.data(), {n}.size(), scratch), {n}.size()}}"
                );
                code.scratch = true;
            }
            Type::SliceMut(t) => {
                let elem = cx.cpp(t)?;
                let c = cx.c_param(&p.ty)?;
                code.decl = format!("{}<{elem}> {n}", cx.fmt.rt("Span"));
                code.pre.push(format!(
                    "auto *const {n}_c = detail::lower_mut<{elem}>({n}, scratch);"
                ));
                code.arg = format!("{c}{{{n}_c, {n}.size()}}");
                code.post
                    .push(format!("detail::write_back<{elem}>({n}, {n}_c);"));
                code.scratch = true;
            }
            Type::Object(o) => {
                code.decl = format!("const {} &{n}", cx.fmt.qualified(o));
                code.arg = format!("{n}.raw()");
            }
            Type::CallbackInterface(i) => {
                code.decl = format!("const std::shared_ptr<{}> &{n}", cx.fmt.qualified(i));
                code.arg = format!("detail::{i}Vtable::lower({n})");
            }
            Type::Callback(cb) => {
                let frag = cx.name(cx.fmt.callback_fragment(cb))?;
                self.callback(cx, types, &frag, cb)?;
                let f = format!("F{index}");
                let c = cx.c_param(&p.ty)?;
                code.template = Some(format!("class {f}"));
                code.decl = format!("{f} &&{n}");
                code.arg = if cb.retained {
                    // Kept by the library after the call: moved to the heap, deleted by release.
                    let t = format!("detail::{frag}<std::decay_t<{f}>>");
                    format!(
                        "{c}{{&{t}::call, new std::decay_t<{f}>(std::forward<{f}>({n})), &{t}::release}}"
                    )
                } else {
                    // Borrowed for the call: the callable itself is the user data, nothing to release.
                    let t = format!("detail::{frag}<std::remove_reference_t<{f}>>");
                    format!("{c}{{&{t}::call, detail::erase({n}), nullptr}}")
                };
            }
            t => {
                let cpp = cx.cpp(t)?;
                code.decl = cat!("const ", cpp, " &", n);
                code.arg = lower_arg(cx, t, &n)?.0;
                code.scratch = true;
            }
        }
        Ok(code)
    }

    fn callback(
        &mut self,
        cx: &ItemCx<'_>,
        types: &mut Types,
        frag: &str,
        cb: &Callback,
    ) -> Result<(), BackendError> {
        for p in &cb.params {
            cx.name(cx.fmt.c_callback_arg_type(p))?;
            types.need(cx, p)?;
        }
        if let Some(r) = &cb.ret {
            check_callback_return(cx, r)?;
            types.need(cx, r)?;
        }
        if self.callbacks.insert(frag.to_owned(), cb.clone()).is_none() {
            self.version.mix(&[frag]);
        }
        Ok(())
    }

    /// A function's signature pieces and body.
    pub fn function(
        &mut self,
        cx: &ItemCx<'_>,
        types: &mut Types,
        shape: &CallShape<'_>,
    ) -> Result<Code, BackendError> {
        let mut params = vec![];
        for (i, p) in shape.params.iter().enumerate() {
            params.push(self.param(cx, types, p, i)?);
        }
        if let Some(r) = shape.ret {
            types.need(cx, r)?;
        }
        if let Some(e) = shape.error {
            types.need(cx, &Type::Enum(e.to_owned()))?;
        }
        let templates: Vec<String> = params.iter().filter_map(|p| p.template.clone()).collect();
        let mut body = vec![];
        if params.iter().any(|p| p.scratch) {
            body.push("detail::Scratch scratch;".to_owned());
        }
        for p in &params {
            body.extend(p.pre.iter().cloned());
        }
        let mut args: Vec<String> = shape.self_arg.iter().map(|s| s.to_string()).collect();
        args.extend(params.iter().map(|p| p.arg.clone()));
        let (ret_cpp, ret_expr) = match shape.ret {
            _ if shape.into_self => {
                args.push("&h_".into());
                ("void".to_owned(), None)
            }
            None => ("void".to_owned(), None),
            Some(t) => {
                let c = cx.c_field(t)?;
                let (decl, expr) = match t {
                    t if t.is_primitive() => (cat!(c, " out;"), "out".to_owned()),
                    t if is_c_like(cx, t) => {
                        (cat!(c, " out;"), cat!("static_cast<", cx.cpp(t)?, ">(out)"))
                    }
                    Type::Object(o) => (
                        cat!(c, " out{};"),
                        cat!(cx.fmt.qualified(o), "::from_raw(out)"),
                    ),
                    t => (
                        cat!(c, " out{};"),
                        cat!("detail::take<", cx.cpp(t)?, ">(out)"),
                    ),
                };
                body.push(decl);
                args.push("&out".into());
                (cx.cpp(t)?, Some(expr))
            }
        };
        if let Some(e) = shape.error {
            body.push(cat!(cx.fmt.c_type(e), " out_err{};"));
            args.push("&out_err".into());
        }
        let call = cat!(shape.c_fn, "(", args.join(", "), ")");
        let posts: Vec<String> = params.iter().flat_map(|p| p.post.clone()).collect();
        // `errors = "expected"`: the error is returned, except from a C++ constructor, which can
        // only throw (`BadExpectedAccess<E>` holding the same value).
        let expected = match shape.error {
            Some(e) if cx.expected => Some(cx.cpp(&Type::Enum(e.to_owned()))?),
            _ => None,
        };
        let ret_cpp = match &expected {
            Some(e) if !shape.into_self => format!("{}<{ret_cpp}, {e}>", cx.fmt.rt("Expected")),
            _ => ret_cpp,
        };
        if shape.error.is_none() && ret_expr.is_none() && posts.is_empty() {
            body.push(cat!("detail::check(", call, ");"));
        } else {
            body.push(cat!("const int32_t st = ", call, ";"));
            if shape.error.is_some() {
                body.push(format!("if (st == {}) {{", cx.fmt.c_macro("ERROR")));
                body.push(match &expected {
                    None => "    detail::raise(out_err);".into(),
                    Some(e) if shape.into_self => {
                        format!(
                            "    throw {}<{e}>(detail::take<{e}>(out_err));",
                            cx.fmt.rt("BadExpectedAccess")
                        )
                    }
                    Some(e) => {
                        format!("    return {ret_cpp}::failure(detail::take<{e}>(out_err));")
                    }
                });
                body.push("}".into());
            }
            body.push("detail::check(st);".into());
            body.extend(posts);
            match ret_expr {
                Some(e) => body.push(cat!("return ", e, ";")),
                None if expected.is_some() && !shape.into_self => body.push("return {};".into()),
                None => {}
            }
        }
        Ok(Code {
            template: (!templates.is_empty())
                .then(|| format!("template <{}>", templates.join(", "))),
            params: params
                .iter()
                .map(|p| p.decl.clone())
                .collect::<Vec<_>>()
                .join(", "),
            ret: ret_cpp,
            body,
        })
    }

    /// The trampoline templates of every closure type, in `namespace detail`.
    pub fn write_callbacks(&self, cx: &ItemCx<'_>, w: &mut CodeWriter) -> Result<(), BackendError> {
        for (frag, cb) in &self.callbacks {
            let status = cx.fmt.c_type("Status");
            let mut sig = vec!["void *user_data".to_owned()];
            let mut args = vec![];
            for (i, p) in cb.params.iter().enumerate() {
                sig.push(format!(
                    "{} arg{i}",
                    cx.name(cx.fmt.c_callback_arg_type(p))?
                ));
                args.push(lift_arg(cx, p, &format!("arg{i}"))?);
            }
            if let Some(r) = &cb.ret {
                sig.push(format!("{} *out", cx.c_field(r)?));
            }
            let invoke = format!("f({})", args.join(", "));
            let stmt = match &cb.ret {
                None => format!("{invoke};"),
                Some(r) => store_ret(cx, r, &invoke)?,
            };
            w.line("template <class F>");
            w.block(&format!("struct {frag} {{"), "};", |w| {
                w.block(
                    &format!("static {status} call({}) noexcept {{", sig.join(", ")),
                    "}",
                    |w| {
                        w.line("try {");
                        w.indent();
                        w.line("F &f = *static_cast<F *>(user_data);");
                        for l in stmt.lines() {
                            w.line(l);
                        }
                        wln!(w, "return {};", cx.fmt.c_macro("OK"));
                        w.dedent();
                        w.line("} catch (...) {");
                        w.indent();
                        w.line("return callback_threw();");
                        w.dedent();
                        w.line("}");
                    },
                );
                w.line("static void release(void *user_data) noexcept { delete static_cast<F *>(user_data); }");
            });
        }
        Ok(())
    }

    /// A callback interface: the abstract class users derive from.
    pub fn interface_class(
        &mut self,
        cx: &ItemCx<'_>,
        types: &mut Types,
        ci: &CallbackInterface,
        w: &mut CodeWriter,
    ) -> Result<(), BackendError> {
        let mut decls = vec![];
        for m in &ci.methods {
            let mcx = cx.sub(format!("{}::{}", ci.name, m.name));
            let mut ps = vec![];
            for p in &m.params {
                mcx.name(mcx.fmt.c_callback_arg_type(&p.ty))?;
                types.need(&mcx, &p.ty)?;
                let t = mcx.name(mcx.fmt.cpp_callback_arg(&p.ty))?;
                let n = mcx.fmt.ident(&p.name);
                ps.push(match &p.ty {
                    Type::Record(_) | Type::Enum(_) if !is_c_like(&mcx, &p.ty) => {
                        format!("const {t} &{n}")
                    }
                    _ => format!("{t} {n}"),
                });
            }
            let ret = match &m.ret {
                Some(r) => {
                    check_callback_return(&mcx, r)?;
                    types.need(&mcx, r)?;
                    mcx.cpp(r)?
                }
                None => "void".into(),
            };
            decls.push((
                m.docs.clone(),
                format!(
                    "virtual {ret} {}({}) = 0;",
                    mcx.fmt.ident(&m.name),
                    ps.join(", ")
                ),
            ));
        }
        w.blank();
        cx.fmt.in_module(w, &ci.name, |w| {
            doc(w, &ci.docs);
            w.block(&format!("class {} {{", ci.name), "};", |w| {
                w.line("public:");
                w.indent();
                wln!(w, "virtual ~{}() = default;", ci.name);
                for (d, l) in &decls {
                    doc(w, d);
                    w.line(l);
                }
                w.dedent();
            });
        });
        Ok(())
    }

    /// The vtable of a callback interface, in `namespace detail`.
    pub fn interface_vtable(
        &self,
        cx: &ItemCx<'_>,
        ci: &CallbackInterface,
        w: &mut CodeWriter,
    ) -> Result<(), BackendError> {
        let status = cx.fmt.c_type("Status");
        let q = cx.fmt.qualified(&ci.name);
        let ptr = format!("std::shared_ptr<{q}>");
        let c_name = cx.fmt.c_type(&ci.name);
        let mut methods = vec![];
        for m in &ci.methods {
            let mcx = cx.sub(format!("{}::{}", ci.name, m.name));
            let mut sig = vec!["void *user_data".to_owned()];
            let mut args = vec![];
            for (i, p) in m.params.iter().enumerate() {
                sig.push(format!(
                    "{} arg{i}",
                    mcx.name(mcx.fmt.c_callback_arg_type(&p.ty))?
                ));
                args.push(lift_arg(&mcx, &p.ty, &format!("arg{i}"))?);
            }
            if let Some(r) = &m.ret {
                sig.push(format!("{} *out", mcx.c_field(r)?));
            }
            let invoke = format!("self.{}({})", mcx.fmt.ident(&m.name), args.join(", "));
            let stmt = match &m.ret {
                None => format!("{invoke};"),
                Some(r) => store_ret(&mcx, r, &invoke)?,
            };
            methods.push((format!("method_{}", m.name), sig.join(", "), stmt));
        }
        let ok = cx.fmt.c_macro("OK");
        w.block(&format!("struct {}Vtable {{", ci.name), "};", |w| {
            for (name, sig, stmt) in &methods {
                w.block(&format!("static {status} {name}({sig}) noexcept {{"), "}", |w| {
                    w.line("try {");
                    w.indent();
                    wln!(w, "{q} &self = **static_cast<{ptr} *>(user_data);");
                    for l in stmt.lines() {
                        w.line(l);
                    }
                    wln!(w, "return {ok};");
                    w.dedent();
                    w.line("} catch (...) {");
                    w.indent();
                    w.line("return callback_threw();");
                    w.dedent();
                    w.line("}");
                });
            }
            wln!(w, "static void release(void *user_data) noexcept {{ delete static_cast<{ptr} *>(user_data); }}");
            w.block(&format!("static {c_name} lower(const {ptr} &p) {{"), "}", |w| {
                w.block("if (!p) {", "}", |w| {
                    wln!(w, "throw InvalidArgumentError(\"a null std::shared_ptr<{}> was passed\");",
                        ci.name);
                });
                let fns: Vec<String> = methods.iter().map(|(n, _, _)| format!("&{n}")).collect();
                let mut all = vec![format!("new {ptr}(p)")];
                all.extend(fns);
                all.push("&release".into());
                wln!(w, "return {c_name}{{{}}};", all.join(", "));
            });
        });
        Ok(())
    }

    /// An object: the class declaration, and the out-of-line definitions of its members (written
    /// after every class, so that methods may use any object type).
    pub fn object(
        &mut self,
        cx: &ItemCx<'_>,
        types: &mut Types,
        o: &Object,
        decl: &mut CodeWriter,
        defs: &mut CodeWriter,
    ) -> Result<(), BackendError> {
        let c_name = cx.fmt.c_type(&o.name);
        let name = &o.name;
        let free = cx.fmt.c_method(name, "free");
        let mut members = vec![];
        let self_ty = Type::Object(o.name.clone());
        for m in &o.methods {
            let mcx = cx.sub(format!("{name}::{}", m.name));
            let is_ctor = m.receiver == Receiver::Constructor && m.name == "new";
            let shape = CallShape {
                c_fn: cx.fmt.c_method(name, &m.name),
                params: &m.params,
                // A constructor returns the object; `new` is the C++ constructor itself.
                ret: match m.receiver {
                    _ if is_ctor => None,
                    Receiver::Constructor => Some(&self_ty),
                    _ => m.ret.as_ref(),
                },
                error: m.error.as_deref(),
                self_arg: matches!(m.receiver, Receiver::Ref | Receiver::Mut).then_some("h_"),
                into_self: is_ctor,
            };
            let code = self.function(&mcx, types, &shape)?;
            let mname = cx.fmt.ident_avoiding(&m.name, OBJECT_MEMBERS);
            let (decl_line, def_head) = match m.receiver {
                _ if is_ctor => {
                    let explicit = if m.params.len() == 1 { "explicit " } else { "" };
                    (
                        format!("{explicit}{name}({});", code.params),
                        format!("inline {name}::{name}({})", code.params),
                    )
                }
                Receiver::Constructor | Receiver::Static => (
                    format!("static {} {mname}({});", code.ret, code.params),
                    format!("inline {} {name}::{mname}({})", code.ret, code.params),
                ),
                Receiver::Ref => (
                    format!("{} {mname}({}) const;", code.ret, code.params),
                    format!("inline {} {name}::{mname}({}) const", code.ret, code.params),
                ),
                Receiver::Mut => (
                    format!("{} {mname}({});", code.ret, code.params),
                    format!("inline {} {name}::{mname}({})", code.ret, code.params),
                ),
            };
            members.push((m.docs.clone(), code.template.clone(), decl_line));
            defs.blank();
            cx.fmt.in_module(defs, name, |defs| {
                if let Some(t) = &code.template {
                    defs.line(t);
                }
                defs.block(&format!("{def_head} {{"), "}", |w| {
                    for l in &code.body {
                        w.line(l);
                    }
                });
            });
        }
        decl.blank();
        cx.fmt.in_module(decl, name, |decl| {
            doc(decl, &o.docs);
            decl.block(&format!("class {name} {{"), "};", |w| {
                w.line("public:");
                w.indent();
                for (d, t, l) in &members {
                    doc(w, d);
                    if let Some(t) = t {
                        w.line(t);
                    }
                    w.line(l);
                }
                w.blank();
                wln!(w, "{name}(const {name} &) = delete;");
                wln!(w, "{name} &operator=(const {name} &) = delete;");
                doc(w, "Takes over the handle; `other` is left empty (using it throws `InvalidHandleError`).");
                wln!(w, "{name}({name} &&other) noexcept : h_(std::exchange(other.h_, {c_name}{{}})) {{}}");
                w.block(&format!("{name} &operator=({name} &&other) noexcept {{"), "}", |w| {
                    w.block("if (this != &other) {", "}", |w| {
                        w.line("reset();");
                        wln!(w, "h_ = std::exchange(other.h_, {c_name}{{}});");
                    });
                    w.line("return *this;");
                });
                doc(w, &format!("Releases the handle (`{free}`)."));
                wln!(w, "~{name}() {{ reset(); }}");
                doc(w, "Adopts an owned handle (from the C API or `release()`).");
                wln!(w, "static {name} from_raw({c_name} raw) noexcept {{ return {name}(raw, Adopt{{}}); }}");
                doc(w, "The handle, still owned by this object (to pass it to the C API).");
                wln!(w, "{c_name} raw() const noexcept {{ return h_; }}");
                doc(w, "Gives up ownership of the handle; release it with the C API.");
                wln!(w, "{c_name} release() noexcept {{ return std::exchange(h_, {c_name}{{}}); }}");
                doc(w, "False once moved from or released.");
                w.line("explicit operator bool() const noexcept { return h_.handle != 0; }");
                w.dedent();
                w.blank();
                w.line("private:");
                w.indent();
                w.line("struct Adopt {};");
                wln!(w, "{name}({c_name} raw, Adopt) noexcept : h_(raw) {{}}");
                w.block("void reset() noexcept {", "}", |w| {
                    w.block("if (h_.handle != 0) {", "}", |w| {
                        wln!(w, "(void){free}(std::exchange(h_, {c_name}{{}}));");
                        // A callback run by the object's `Drop` may have thrown: a destructor
                        // cannot rethrow it, and it must not surface from an unrelated later call.
                        w.line("detail::pending() = nullptr;");
                    });
                });
                wln!(w, "{c_name} h_{{}};");
                w.dedent();
            });
        });
        Ok(())
    }
}

/// How a trampoline hands C argument `expr` of type `ty` to the C++ callable.
fn lift_arg(cx: &ItemCx<'_>, ty: &Type, expr: &str) -> Result<String, BackendError> {
    Ok(match ty {
        t if t.is_primitive() => expr.to_owned(),
        t if is_c_like(cx, t) => format!("static_cast<{}>({expr})", cx.cpp(t)?),
        Type::Str | Type::String => format!("view({expr})"),
        t => format!("Conv<{}>::lift({expr})", cx.cpp(t)?),
    })
}

/// How a trampoline stores the callable's result into `*out`.
fn store_ret(cx: &ItemCx<'_>, ty: &Type, invoke: &str) -> Result<String, BackendError> {
    Ok(match ty {
        t if t.is_primitive() => format!("*out = {invoke};"),
        t if is_c_like(cx, t) => format!("*out = static_cast<int32_t>({invoke});"),
        t => format!(
            "Scratch s;\n*out = Conv<{}>::lower({invoke}, s);",
            cx.cpp(t)?
        ),
    })
}

/// A callback can only return what needs no memory of the library: the C++ side cannot allocate
/// with the library's allocator.
fn check_callback_return(cx: &ItemCx<'_>, ty: &Type) -> Result<(), BackendError> {
    let ok = match ty {
        t if t.is_primitive() => true,
        Type::Record(_) | Type::Enum(_) => !cx.lib.owns_heap(ty),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(cx.error(format!(
            "a callback returning `{ty}` is not supported by the C++ backend: return primitives, enums or records without strings and vectors"
        )))
    }
}
