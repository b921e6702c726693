//! Type definitions and their conversions, written on demand with dependencies first: a record's
//! struct needs its fields' types complete, and its `detail::Conv` specialisation needs theirs.

use crate::context::ItemCx;
use crate::formatter::RUNTIME_NAMES;
use heck::ToSnakeCase;
use polybind_codegen::{BackendError, CodeWriter, Version};
use polybind_codegen::{cat, wcat, wln};
use polybind_ir::{Enum, Field, Record, Type};
use std::collections::HashSet;

/// Names looked up for every type a wrapper uses (membership only: never iterated).
type Names = HashSet<String, foldhash::fast::RandomState>;

/// The definitions written so far, in the order C++ needs them.
#[derive(Default)]
pub(crate) struct Types {
    pub out: CodeWriter,
    /// C type names already defined or being defined (a cycle through a `Vec` must not loop).
    done: Names,
    /// Element types of vectors, declared ahead and defined after the type holding the vector:
    /// `std::vector<T>` may name an incomplete `T`, so `A { bs: Vec<B> }, B { a: A }` works.
    later: Vec<Type>,
    /// Types declared ahead (`struct T;`).
    declared: Names,
    /// Records and data enums whose struct is written (complete from here on).
    written: Names,
    /// Nesting of `need` calls.
    depth: usize,
    /// Every type claimed, declared ahead or written so far (see [`polybind_codegen::memo`]).
    pub version: Version,
}

/// A `/** ... */` comment, nothing when `docs` is empty.
pub(crate) fn doc(w: &mut CodeWriter, docs: &str) {
    let docs = docs.trim();
    if docs.is_empty() {
        return;
    }
    // Nearly every doc is one line without a slash: written as it is.
    if !docs.as_bytes().iter().any(|&b| b == b'\n' || b == b'/') {
        wcat!(w, "/** ", docs, " */");
        return;
    }
    // Nearly no doc holds a comment delimiter: most are used as they are.
    let docs = match docs.contains("*/") || docs.contains("/*") {
        true => std::borrow::Cow::Owned(docs.replace("*/", "*\\/").replace("/*", "/\\*")),
        false => std::borrow::Cow::Borrowed(docs),
    };
    let lines: Vec<&str> = docs.lines().collect();
    if lines.len() == 1 {
        wcat!(w, "/** ", lines[0].trim_end(), " */");
    } else {
        w.line("/**");
        for l in lines {
            wcat!(w, " * ", l.trim_end());
        }
        w.line(" */");
    }
}

/// `a.x == b.x && ...` for the fields of a struct, `true` for none.
fn equality(w: &mut CodeWriter, name: &str, fields: &[String]) {
    if fields.is_empty() {
        comparison(w, name, "const {name} &, const {name} &", "true");
        return;
    }
    let body = fields
        .iter()
        .map(|f| format!("a.{f} == b.{f}"))
        .collect::<Vec<_>>()
        .join(" && ");
    comparison(w, name, EQ_PARAMS, &body);
}

/// The parameters of an `operator==` that reads both sides.
const EQ_PARAMS: &str = "const {name} &a, const {name} &b";

/// `operator==` (its parameters `params`, with `{name}` for the type, and `body`) and the
/// `operator!=` derived from it.
fn comparison(w: &mut CodeWriter, name: &str, params: &str, body: &str) {
    let params = params.replace("{name}", name);
    wln!(
        w,
        "friend bool operator==({params}) noexcept {{ return {body}; }}"
    );
    wln!(
        w,
        "friend bool operator!=(const {name} &a, const {name} &b) noexcept {{ return !(a == b); }}"
    );
}

impl Types {
    /// Make `ty` usable as a field, return value or `Option`/`Vec` element.
    pub fn need(&mut self, cx: &ItemCx<'_>, ty: &Type) -> Result<(), BackendError> {
        self.depth += 1;
        let result = self.need_one(cx, ty);
        self.depth -= 1;
        result?;
        // Only once nothing is half-written: the deferred types may need those complete.
        if self.depth == 0 {
            while let Some(t) = self.later.pop() {
                self.need(cx, &t)?;
            }
        }
        Ok(())
    }

    fn need_one(&mut self, cx: &ItemCx<'_>, ty: &Type) -> Result<(), BackendError> {
        match ty {
            Type::Vec(t) if self.declare_ahead(cx, t) => self.container(cx, ty),
            Type::Vec(t) | Type::Option(t) => {
                if matches!(**t, Type::Object(_)) {
                    return Err(cx.error(format!(
                        "`{ty}`: an object inside a `Vec` or `Option` is not supported by the C++ backend yet; return the object itself"
                    )));
                }
                self.need(cx, t)?;
                self.container(cx, ty)
            }
            // Written already (the common case): nothing to do, and no context to build.
            Type::Record(n) if self.written.contains(n) => Ok(()),
            Type::Record(n) => {
                let r = cx
                    .lib
                    .record(n)
                    .ok_or_else(|| cx.error(format!("unknown record `{n}`")))?;
                self.record(&cx.sub(format!("record {n}")), r)
            }
            Type::Enum(n) => {
                let e = cx
                    .lib
                    .enum_(n)
                    .ok_or_else(|| cx.error(format!("unknown enum `{n}`")))?;
                self.enum_(&cx.sub(format!("enum {n}")), e)
            }
            Type::Slice(t) | Type::SliceMut(t) => self.need(cx, t),
            Type::Callback(cb) => {
                for p in &cb.params {
                    self.need(cx, p)?;
                }
                if let Some(r) = &cb.ret {
                    self.need(cx, r)?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// For a record or data enum not defined yet: declare it (`struct T;`) and define it later.
    fn declare_ahead(&mut self, cx: &ItemCx<'_>, t: &Type) -> bool {
        let name = match t {
            Type::Record(n) => n,
            Type::Enum(n) if !is_c_like(cx, t) && cx.lib.enum_(n).is_some_and(|e| !e.error) => n,
            _ => return false,
        };
        if self.written.contains(name) {
            return false;
        }
        if self.declared.insert(name.clone()) {
            self.version.mix(&["declared", name]);
            cx.fmt
                .in_module(&mut self.out, name, |w| wln!(w, "struct {name};"));
        }
        // Not being defined yet: define it once the current type is complete.
        if !self.done.contains(&cx.fmt.c_type(name)) {
            self.later.push(t.clone());
        }
        true
    }

    /// Make `ty` usable as a parameter: a `Vec<T>` parameter is a slice, so it needs only `T`.
    pub fn need_param(&mut self, cx: &ItemCx<'_>, ty: &Type) -> Result<(), BackendError> {
        match ty {
            Type::Vec(t) => self.need(cx, t),
            t => self.need(cx, t),
        }
    }

    fn claim(&mut self, c_name: &str) -> bool {
        let fresh = self.done.insert(c_name.to_owned());
        if fresh {
            self.version.mix(&["done", c_name]);
        }
        fresh
    }

    /// An item at the crate root shares the library's namespace with the runtime; one in a
    /// module has that module's namespace to itself.
    fn check_name(cx: &ItemCx<'_>, name: &str) -> Result<(), BackendError> {
        if RUNTIME_NAMES.binary_search(&name).is_ok() && cx.fmt.module_of(name).is_empty() {
            return Err(cx.error(format!(
                "`{name}` is also the name of a declaration of the C++ runtime, which the wrapper declares in the library's namespace; rename the item, or declare it in a module of the crate (it then lives in that module's namespace)"
            )));
        }
        Ok(())
    }

    /// The C++ member names of `fields`, checked against `owner` (a member cannot take the name
    /// of its class).
    fn member_names(
        cx: &ItemCx<'_>,
        owner: &str,
        fields: &[Field],
    ) -> Result<Vec<String>, BackendError> {
        let names: Vec<String> = fields.iter().map(|f| cx.fmt.ident(&f.name)).collect();
        if let Some(n) = names.iter().find(|n| *n == owner) {
            return Err(cx.error(format!(
                "the field `{n}` has the name of its C++ type `{owner}`; rename it"
            )));
        }
        Ok(names)
    }

    /// Struct members: `T name;` (numbers and enums value-initialised).
    fn members(
        &mut self,
        cx: &ItemCx<'_>,
        fields: &[Field],
        names: &[String],
    ) -> Result<Vec<String>, BackendError> {
        let mut lines = vec![];
        for (f, n) in fields.iter().zip(names) {
            if matches!(f.ty, Type::Object(_)) {
                return Err(cx.error(format!(
                    "the field `{}` holds an object; the C++ backend does not support objects inside records yet",
                    f.name
                )));
            }
            self.need(cx, &f.ty)?;
            let t = cx.cpp(&f.ty)?;
            let init = if f.ty.is_primitive() || is_c_like(cx, &f.ty) {
                "{}"
            } else {
                ""
            };
            lines.push(cat!(f.docs, "\u{0}", t, " ", n, init, ";"));
        }
        Ok(lines)
    }

    fn write_members(w: &mut CodeWriter, lines: &[String]) {
        for l in lines {
            let (docs, decl) = l.split_once('\u{0}').unwrap_or(("", l));
            doc(w, docs);
            w.line(decl);
        }
    }

    /// `T{Conv<F>::lift(c.f), ...}` and `C{Conv<F>::lower(v.f, s), ...}` argument lists.
    fn conv_lists(
        cx: &ItemCx<'_>,
        fields: &[Field],
        names: &[String],
        c_prefix: &str,
    ) -> Result<(String, String), BackendError> {
        // Concatenated, not formatted: every field of every record, twice.
        let (mut lift, mut lower) = (String::new(), String::new());
        for (i, (f, n)) in fields.iter().zip(names).enumerate() {
            let t = cx.cpp(&f.ty)?;
            let sep = if i == 0 { "" } else { ", " };
            for part in [sep, "Conv<", &t, ">::lift(", c_prefix, n, ")"] {
                lift.push_str(part);
            }
            for part in [sep, "Conv<", &t, ">::lower(x.", n, ", s)"] {
                lower.push_str(part);
            }
        }
        Ok((lift, lower))
    }

    fn free_line(cx: &ItemCx<'_>, ty: &Type) -> String {
        match cx.fmt.c_free_fn(cx.lib, ty) {
            Some(f) => format!("static void free(C &c) noexcept {{ {f}(&c); }}"),
            None => "static void free(C &) noexcept {}".to_owned(),
        }
    }

    pub fn record(&mut self, cx: &ItemCx<'_>, r: &Record) -> Result<(), BackendError> {
        let c_name = cx.fmt.c_type(&r.name);
        if !self.claim(&c_name) {
            return Ok(());
        }
        Self::check_name(cx, &r.name)?;
        let names = Self::member_names(cx, &r.name, &r.fields)?;
        let members = self.members(cx, &r.fields, &names)?;
        let (lift, lower) = Self::conv_lists(cx, &r.fields, &names, "c.")?;
        let ty = Type::Record(r.name.clone());
        let free = Self::free_line(cx, &ty);
        let name = &r.name;
        let q = cx.fmt.qualified(name);
        let w = &mut self.out;
        w.blank();
        cx.fmt.in_module(w, name, |w| {
            doc(w, &r.docs);
            w.block(&format!("struct {name} {{"), "};", |w| {
                Self::write_members(w, &members);
                equality(w, name, &names);
            });
        });
        if self.written.insert(name.clone()) {
            self.version.mix(&["written", name]);
        }
        w.block("namespace detail {", "}  // namespace detail", |w| {
            w.line("template <>");
            w.block(&format!("struct Conv<{q}> {{"), "};", |w| {
                wln!(w, "using C = {c_name};");
                let unused_c = if r.fields.is_empty() { "(void)c; " } else { "" };
                wln!(w, "static {q} lift(const C &c) {{ {unused_c}return {q}{{{lift}}}; }}");
                wln!(w, "static C lower(const {q} &x, Scratch &s) {{ (void)x; (void)s; return C{{{lower}}}; }}");
                w.line(&free);
            });
        });
        Ok(())
    }

    pub fn enum_(&mut self, cx: &ItemCx<'_>, e: &Enum) -> Result<(), BackendError> {
        let c_name = cx.fmt.c_type(&e.name);
        if !self.claim(&c_name) {
            return Ok(());
        }
        Self::check_name(cx, &e.name)?;
        if e.error {
            return self.error_enum(cx, e);
        }
        if e.is_c_like() {
            let w = &mut self.out;
            w.blank();
            cx.fmt.in_module(w, &e.name, |w| {
                doc(w, &e.docs);
                w.block(&format!("enum class {} : int32_t {{", e.name), "};", |w| {
                    for v in &e.variants {
                        doc(w, &v.docs);
                        wln!(
                            w,
                            "{} = {},",
                            cx.fmt.ident(&v.name),
                            cx.fmt.c_variant(&e.name, &v.name)
                        );
                    }
                });
            });
            return Ok(());
        }
        self.data_enum(cx, e, &c_name)
    }

    fn variant_names(cx: &ItemCx<'_>, e: &Enum) -> Result<Vec<String>, BackendError> {
        let mut out = vec![];
        for v in &e.variants {
            let n = cx.fmt.ident(&v.name);
            if n == e.name {
                return Err(cx.error(format!(
                    "the variant `{}::{}` has the name of its enum, which C++ cannot nest; rename it",
                    e.name, v.name
                )));
            }
            out.push(n);
        }
        Ok(out)
    }

    fn data_enum(&mut self, cx: &ItemCx<'_>, e: &Enum, c_name: &str) -> Result<(), BackendError> {
        let vnames = Self::variant_names(cx, e)?;
        let mut bodies = vec![];
        for (v, vn) in e.variants.iter().zip(&vnames) {
            let vcx = cx.sub(format!("{}::{}", e.name, v.name));
            let names = Self::member_names(&vcx, vn, &v.fields)?;
            bodies.push((self.members(&vcx, &v.fields, &names)?, names));
        }
        let name = &e.name;
        let q = cx.fmt.qualified(name);
        let w = &mut self.out;
        w.blank();
        cx.fmt.in_module(w, name, |w| {
            doc(w, &e.docs);
            w.block(&format!("struct {name} {{"), "};", |w| {
                Self::variants(w, e, &vnames, &bodies, "value");
                wln!(w, "{name}() = default;");
                for vn in &vnames {
                    wln!(w, "{name}({vn} v) : value(std::move(v)) {{}}");
                }
                Self::variant_access(w, "value");
                comparison(w, name, EQ_PARAMS, "a.value == b.value");
            });
        });
        if self.written.insert(name.clone()) {
            self.version.mix(&["written", name]);
        }
        let free = Self::free_line(cx, &Type::Enum(e.name.clone()));
        let mut lift_cases = vec![];
        let mut lower_cases = vec![];
        for (i, ((v, vn), (_, names))) in e.variants.iter().zip(&vnames).zip(&bodies).enumerate() {
            let tag = cx.fmt.c_variant(&e.name, &v.name);
            let member = cx.fmt.c_payload_member(&v.name);
            let (lift, lower) =
                Self::conv_lists(cx, &v.fields, names, &format!("c.payload.{member}."))?;
            lift_cases.push((tag.clone(), format!("return {q}{{{q}::{vn}{{{lift}}}}};")));
            let mut body = vec![];
            if !v.fields.is_empty() {
                body.push(format!("const auto &x = std::get<{i}>(v.value);"));
            }
            body.push(format!("c.tag = {tag};"));
            if !v.fields.is_empty() {
                let payload = cx.fmt.c_payload_struct(&e.name, &v.name);
                body.push(format!("c.payload.{member} = {payload}{{{lower}}};"));
            }
            lower_cases.push((i, body));
        }
        w.block("namespace detail {", "}  // namespace detail", |w| {
            w.line("template <>");
            w.block(&format!("struct Conv<{q}> {{"), "};", |w| {
                wln!(w, "using C = {c_name};");
                w.block(&format!("static {q} lift(const C &c) {{"), "}", |w| {
                    lift_by_tag(w, name, &lift_cases);
                });
                w.block(
                    &format!("static C lower(const {q} &v, Scratch &s) {{"),
                    "}",
                    |w| {
                        w.line("(void)s;");
                        w.line("C c{};");
                        w.line("switch (v.value.index()) {");
                        for (i, body) in &lower_cases {
                            wln!(w, "case {i}: {{");
                            w.indent();
                            for l in body {
                                w.line(l);
                            }
                            w.line("break;");
                            w.dedent();
                            w.line("}");
                        }
                        w.line("default:");
                        w.indent();
                        w.line("break;");
                        w.dedent();
                        w.line("}");
                        w.line("return c;");
                    },
                );
                w.line(&free);
            });
        });
        Ok(())
    }

    /// An error enum: a base class deriving from `Error`, one nested subclass per variant
    /// carrying its data, and `detail::raise` turning the C error into the right exception.
    fn error_enum(&mut self, cx: &ItemCx<'_>, e: &Enum) -> Result<(), BackendError> {
        let c_name = cx.fmt.c_type(&e.name);
        let vnames = Self::variant_names(cx, e)?;
        let mut bodies = vec![];
        for (v, vn) in e.variants.iter().zip(&vnames) {
            let vcx = cx.sub(format!("{}::{}", e.name, v.name));
            let names = Self::member_names(&vcx, vn, &v.fields)?;
            bodies.push((self.members(&vcx, &v.fields, &names)?, names));
        }
        let name = &e.name;
        let error_status = cx.fmt.c_macro("ERROR");
        let free = cx
            .fmt
            .c_free_fn(cx.lib, &Type::Enum(e.name.clone()))
            .unwrap_or_else(|| cx.fmt.c_fn(&format!("{}_free", e.name.to_snake_case())));
        if cx.expected {
            return self.error_value(cx, e, &vnames, &bodies, &free);
        }
        let q = cx.fmt.qualified(name);
        let w = &mut self.out;
        w.blank();
        cx.fmt.in_module(w, name, |w| {
            doc(w, &e.docs);
            let base = cx.fmt.rt("Error");
            w.block(&format!("class {name} : public {base} {{"), "};", |w| {
                w.line("public:");
                w.indent();
                for vn in &vnames {
                    wln!(w, "class {vn};");
                }
                doc(w, &format!("The variant's index (the `tag` of `{c_name}`)."));
                w.line("int32_t tag() const noexcept { return tag_; }");
                w.dedent();
                w.blank();
                w.line("protected:");
                w.indent();
                wln!(w, "{name}(int32_t tag, std::string message) : {base}({error_status}, std::move(message)), tag_(tag) {{}}");
                w.dedent();
                w.blank();
                w.line("private:");
                w.indent();
                w.line("int32_t tag_;");
                w.dedent();
            });
            for ((v, vn), (members, _)) in e.variants.iter().zip(&vnames).zip(&bodies) {
                let tag = cx.fmt.c_variant(&e.name, &v.name);
                w.blank();
                doc(w, &v.docs);
                w.block(
                    &format!("class {name}::{vn} : public {name} {{"),
                    "};",
                    |w| {
                        w.line("public:");
                        w.indent();
                        wln!(w, "explicit {vn}(std::string message) : {name}({tag}, std::move(message)) {{}}");
                        Self::write_members(w, members);
                        w.dedent();
                    },
                );
            }
        });
        let mut cases = vec![];
        for ((v, vn), (_, names)) in e.variants.iter().zip(&vnames).zip(&bodies) {
            let tag = cx.fmt.c_variant(&e.name, &v.name);
            let member = cx.fmt.c_payload_member(&v.name);
            let mut body = vec![format!("{q}::{vn} e(std::move(message));")];
            for (f, n) in v.fields.iter().zip(names) {
                let t = cx.cpp(&f.ty)?;
                body.push(format!("e.{n} = Conv<{t}>::lift(c.payload.{member}.{n});"));
            }
            body.push("throw e;".into());
            cases.push((tag, body));
        }
        w.block("namespace detail {", "}  // namespace detail", |w| {
            w.block(
                &format!("[[noreturn]] inline void raise({c_name} &c) {{"),
                "}",
                |w| {
                    w.block("struct Release {", "} release{c};", |w| {
                        wln!(w, "{c_name} &c;");
                        wln!(w, "~Release() {{ {free}(&c); }}");
                    });
                    w.line("std::string message = Conv<std::string>::lift(c.message);");
                    w.line("switch (c.tag) {");
                    for (tag, body) in &cases {
                        wln!(w, "case {tag}: {{");
                        w.indent();
                        for l in body {
                            w.line(l);
                        }
                        w.dedent();
                        w.line("}");
                    }
                    w.line("default:");
                    w.indent();
                    wln!(w, "throw Error({error_status}, std::move(message));");
                    w.dedent();
                    w.line("}");
                },
            );
        });
        Ok(())
    }

    /// An error enum under `errors = "expected"`: a value type (the variant in a `std::variant`,
    /// plus the message) that `Expected<T, E>` holds, and its `Conv` (lift and release only: an
    /// error never crosses into the library).
    fn error_value(
        &mut self,
        cx: &ItemCx<'_>,
        e: &Enum,
        vnames: &[String],
        bodies: &[(Vec<String>, Vec<String>)],
        free: &str,
    ) -> Result<(), BackendError> {
        let c_name = cx.fmt.c_type(&e.name);
        let name = &e.name;
        let q = cx.fmt.qualified(name);
        let mut cases = vec![];
        for ((v, vn), (_, names)) in e.variants.iter().zip(vnames).zip(bodies) {
            let tag = cx.fmt.c_variant(&e.name, &v.name);
            let member = cx.fmt.c_payload_member(&v.name);
            let (lift, _) =
                Self::conv_lists(cx, &v.fields, names, &format!("c.payload.{member}."))?;
            cases.push((
                tag,
                format!("return {q}{{{q}::{vn}{{{lift}}}, std::move(message)}};"),
            ));
        }
        let w = &mut self.out;
        w.blank();
        cx.fmt.in_module(w, name, |w| {
            doc(w, &e.docs);
            w.block(&format!("struct {name} {{"), "};", |w| {
                Self::variants(w, e, vnames, bodies, "error");
                doc(w, "The error's message (its `Display` text).");
                w.line("std::string message;");
                Self::variant_access(w, "error");
                comparison(
                    w,
                    name,
                    EQ_PARAMS,
                    "a.value == b.value && a.message == b.message",
                );
            });
        });
        if self.written.insert(name.clone()) {
            self.version.mix(&["written", name]);
        }
        w.block("namespace detail {", "}  // namespace detail", |w| {
            w.line("template <>");
            w.block(&format!("struct Conv<{q}> {{"), "};", |w| {
                wln!(w, "using C = {c_name};");
                w.block(&format!("static {q} lift(const C &c) {{"), "}", |w| {
                    w.line("std::string message = Conv<std::string>::lift(c.message);");
                    lift_by_tag(w, name, &cases);
                });
                wln!(w, "static void free(C &c) noexcept {{ {free}(&c); }}");
            });
        });
        Ok(())
    }

    /// The nested variant structs of a data or error enum, and the `std::variant` holding one.
    fn variants(
        w: &mut CodeWriter,
        e: &Enum,
        vnames: &[String],
        bodies: &[(Vec<String>, Vec<String>)],
        what: &str,
    ) {
        for ((v, vn), (members, names)) in e.variants.iter().zip(vnames).zip(bodies) {
            doc(w, &v.docs);
            w.block(&format!("struct {vn} {{"), "};", |w| {
                Self::write_members(w, members);
                equality(w, vn, names);
            });
        }
        doc(w, &format!("The variant this {what} holds."));
        wln!(w, "std::variant<{}> value;", vnames.join(", "));
    }

    /// `is<V>()` and `get<V>()` over `value`.
    fn variant_access(w: &mut CodeWriter, what: &str) {
        doc(w, &format!("Whether the {what} holds variant `V`."));
        w.line("template <class V>");
        w.line("bool is() const noexcept { return std::holds_alternative<V>(value); }");
        doc(
            w,
            "Variant `V` (throws `std::bad_variant_access` when it holds another).",
        );
        w.line("template <class V>");
        w.line("const V &get() const { return std::get<V>(value); }");
    }

    /// `Conv<std::vector<T>>` or `Conv<std::optional<T>>` for one container type.
    fn container(&mut self, cx: &ItemCx<'_>, ty: &Type) -> Result<(), BackendError> {
        let c_name = cx.c_field(ty)?;
        if !self.claim(&c_name) {
            return Ok(());
        }
        let cpp = cx.cpp(ty)?;
        let (base, elem) = match ty {
            Type::Vec(t) => ("VecConv", t),
            Type::Option(t) => ("OptionConv", t),
            _ => return Ok(()),
        };
        let elem_cpp = cx.cpp(elem)?;
        let free = Self::free_line(cx, ty);
        let w = &mut self.out;
        w.block("namespace detail {", "}  // namespace detail", |w| {
            w.line("template <>");
            w.block(
                &format!("struct Conv<{cpp}> : {base}<{elem_cpp}, {c_name}> {{"),
                "};",
                |w| w.line(&free),
            );
        });
        Ok(())
    }
}

/// `switch (c.tag)` returning the lifted value of each variant; an unknown tag throws.
fn lift_by_tag(w: &mut CodeWriter, name: &str, cases: &[(String, String)]) {
    w.line("switch (c.tag) {");
    for (tag, ret) in cases {
        wln!(w, "case {tag}:");
        w.indent();
        w.line(ret);
        w.dedent();
    }
    w.line("default:");
    w.indent();
    wln!(
        w,
        "throw InvalidArgumentError(\"unknown {name} tag \" + std::to_string(c.tag));"
    );
    w.dedent();
    w.line("}");
}

/// A C-like (non-error) enum: an `enum class` crossing as `int32_t`.
pub(crate) fn is_c_like(cx: &ItemCx<'_>, ty: &Type) -> bool {
    match ty {
        Type::Enum(n) => cx.lib.enum_(n).is_some_and(|e| e.is_c_like() && !e.error),
        _ => false,
    }
}
