//! Conversions between the canonical types and the library's own, generated on demand: enums
//! are checked against their declared values both ways (an unknown value is never passed on),
//! structs are copied field by field (the canonical struct and the library's may differ in
//! field types of equal meaning, `int32_t` and `int`), slices of structs element by element.

use super::Cx;
use crate::model::{CType, Enum, Record};
use heck::ToSnakeCase;
use polybind_codegen::{BackendError, CodeWriter};

/// Which way a value goes: into the library (`pb_in_*`) or out of it (`pb_out_*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    In,
    Out,
}

impl Dir {
    fn word(self) -> &'static str {
        match self {
            Dir::In => "in",
            Dir::Out => "out",
        }
    }
}

impl Cx<'_> {
    fn record_of(&self, c_name: &str) -> Result<&Record, BackendError> {
        let header = self.header;
        header
            .record(c_name)
            .ok_or_else(|| self.error(format!("the struct `{c_name}` is not in the header")))
    }

    fn enum_of(&self, c_name: &str) -> Result<&Enum, BackendError> {
        let header = self.header;
        header
            .enum_(c_name)
            .ok_or_else(|| self.error(format!("the enum `{c_name}` is not in the header")))
    }

    /// The expression converting `src` (an lvalue) into `dst` (an lvalue) in direction `dir`
    /// and giving a status; `None` for numbers, which convert by assignment.
    pub fn convert(
        &mut self,
        dir: Dir,
        ty: &CType,
        src: &str,
        dst: &str,
    ) -> Result<Option<String>, BackendError> {
        Ok(match ty {
            CType::Enum(c) => Some(format!("{}({src}, &{dst})", self.enum_helper(dir, c)?)),
            CType::Record(c) => Some(format!("{}(&{src}, &{dst})", self.record_helper(dir, c)?)),
            _ => None,
        })
    }

    /// `pb_in_<enum>` (a canonical `int32_t` to the library's enum) or `pb_out_<enum>`: both
    /// refuse a value the enum does not declare, as an invalid argument or as the library's
    /// failure.
    fn enum_helper(&mut self, dir: Dir, c_name: &str) -> Result<String, BackendError> {
        let e = self.enum_of(c_name)?.clone();
        let name = format!("pb_{}_{}", dir.word(), e.name.to_snake_case());
        if self.helpers.contains(&name) {
            return Ok(name);
        }
        let (sig, store, refuse) = match dir {
            Dir::In => (
                format!("static int32_t {name}(int32_t v, {} *out)", e.c_spelling),
                format!("*out = ({})v;", e.c_spelling),
                format!(
                    "pb_failf(PB_INVALID_ARGUMENT, \"%\" PRId64 \" is not a value of the enum {}\", (int64_t)v)",
                    e.name
                ),
            ),
            Dir::Out => (
                format!("static int32_t {name}({} v, int32_t *out)", e.c_spelling),
                "*out = (int32_t)v;".to_owned(),
                format!(
                    "pb_failf(PB_PANIC, \"the library returned %\" PRId64 \", which is not a value of the enum {}\", (int64_t)v)",
                    e.name
                ),
            ),
        };
        let mut w = CodeWriter::new();
        w.block(&format!("{sig} {{"), "}", |w| {
            w.line("switch ((int64_t)v) {");
            let mut seen = std::collections::BTreeSet::new();
            for c in &e.constants {
                if seen.insert(c.value) {
                    w.line(&format!("case {}:", c.value));
                }
            }
            w.block("", "", |w| w.line(&format!("{store}\nreturn PB_OK;")));
            w.line("default:");
            w.block("", "", |w| w.line(&format!("return {refuse};")));
            w.line("}");
        });
        self.helpers.define(&name, &sig, w);
        Ok(name)
    }

    /// `pb_in_<record>` / `pb_out_<record>`: a struct field by field, between the canonical
    /// struct (fields named as the C header escapes them) and the library's.
    fn record_helper(&mut self, dir: Dir, c_name: &str) -> Result<String, BackendError> {
        let r = self.record_of(c_name)?.clone();
        let name = format!("pb_{}_{}", dir.word(), r.name.to_snake_case());
        // Reserved before the fields are converted (they may need other helpers).
        if !self.helpers.reserve(&name) {
            return Ok(name);
        }
        let canonical = self.c.type_name(&r.name);
        let (from, to) = match dir {
            Dir::In => (canonical.as_str(), r.c_spelling.as_str()),
            Dir::Out => (r.c_spelling.as_str(), canonical.as_str()),
        };
        let sig = format!("static int32_t {name}(const {from} *c, {to} *out)");
        let mut w = CodeWriter::new();
        w.line(&format!("{sig} {{"));
        w.indent();
        w.line("int32_t st = PB_OK;");
        for f in &r.fields {
            let escaped = self.c.ident(&f.name, &[]);
            let (src, dst) = match dir {
                Dir::In => (format!("c->{escaped}"), format!("out->{}", f.name)),
                Dir::Out => (format!("c->{}", f.name), format!("out->{escaped}")),
            };
            match self.convert(dir, &f.ty.ty, &src, &dst)? {
                Some(call) => w.block("if (st == PB_OK) {", "}", |w| {
                    w.line(&format!("st = {call};"))
                }),
                None => w.line(&format!("{dst} = {src};")),
            }
        }
        w.line("return st;");
        w.dedent();
        w.line("}");
        self.helpers.define(&name, &sig, w);
        Ok(name)
    }

    /// `pb_error`: a failed status of the error convention to the canonical error enum (the
    /// variant and a message), answering `PB_ERROR`; a status the enum does not declare is a
    /// `PB_PANIC`.
    pub fn error_out(&mut self) -> Result<String, BackendError> {
        let name = "pb_error".to_owned();
        if self.helpers.contains(&name) {
            return Ok(name);
        }
        let header = self.header;
        let errors = header
            .errors
            .as_ref()
            .ok_or_else(|| self.error("a fallible function without an error convention"))?;
        let e = self.enum_of(&errors.status)?.clone();
        let canonical = self.c.type_name(&errors.name);
        let sig = format!(
            "static int32_t {name}({} s, const char *function, {canonical} *out_err)",
            e.c_spelling
        );
        let mut w = CodeWriter::new();
        w.line(&format!("{sig} {{"));
        w.indent();
        w.line(&format!(
            "{canonical} error;\nmemset(&error, 0, sizeof error);\nconst char *name = NULL;"
        ));
        w.line("switch ((int64_t)s) {");
        let mut seen = std::collections::BTreeSet::new();
        for c in e.constants.iter().filter(|c| c.c_name != errors.ok) {
            if !seen.insert(c.value) {
                continue;
            }
            w.line(&format!("case {}:", c.value));
            w.indent();
            w.line(&format!(
                "error.tag = {};\nname = \"{}\";\nbreak;",
                self.c.variant(&errors.name, &c.name),
                c.c_name
            ));
            w.dedent();
        }
        w.line("default:");
        w.indent();
        w.line(&format!(
            "return pb_failf(PB_PANIC, \"%s returned the status %\" PRId64 \", which `{}` does not declare\", function, (int64_t)s);",
            e.c_name
        ));
        w.dedent();
        w.line("}");
        if let Some(message) = &errors.message {
            w.line(&format!("const char *text = {message}(s);"));
            w.line("if (text == NULL) {\n    text = name;\n}");
        } else {
            w.line("const char *text = name;");
        }
        w.line("int32_t st = pb_string_copy(text, strlen(text), &error.message);");
        w.block("if (st != PB_OK) {", "}", |w| w.line("return st;"));
        w.line("*out_err = error;\nreturn PB_ERROR;");
        w.dedent();
        w.line("}");
        self.helpers.define(&name, &sig, w);
        Ok(name)
    }

    /// `pb_callback_<function>_<i>`: the C function pointer given to the library for the
    /// closure parameter `i` of `f`, with the library's signature; its user data is the
    /// call's `PbCallback`. After a failure it calls the closure no more and returns zero.
    pub fn trampoline(
        &mut self,
        f: &crate::model::Function,
        i: usize,
        sig: &crate::model::CallbackSig,
    ) -> Result<String, BackendError> {
        let name = format!("pb_callback_{}_{i}", f.c_name);
        let ir = crate::lower::ir_type(self.header, &CType::Callback(Box::new(sig.clone())));
        let polybind_ir::Type::Callback(cb) = &ir else {
            return Err(self.error("a callback parameter that is no closure"));
        };
        let canonical = self.c.callback_type(cb).map_err(|m| self.error(m))?;
        let mut params = vec![];
        let mut forward = vec!["cb->user_data".to_owned()];
        let mut k = 0;
        for pos in 0..=sig.params.len() {
            if pos == sig.user_data {
                params.push(format!("{}user_data", spaced(&sig.user_data_c)));
            } else {
                let p = &sig.params[k];
                params.push(format!("{}a{k}", spaced(&p.c)));
                forward.push(format!("a{k}"));
                k += 1;
            }
        }
        let ret = sig.ret.as_ref().map_or("void".to_owned(), |r| r.c.clone());
        let sig_line = format!("static {} {name}({})", ret.trim_end(), params.join(", "));
        let mut w = CodeWriter::new();
        w.line(&format!("{sig_line} {{"));
        w.indent();
        w.line("PbCallback *ctx = (PbCallback *)user_data;");
        w.line(&format!("const {canonical} *cb = ctx->cb;"));
        match &sig.ret {
            None => {
                w.block(
                    &format!(
                        "if (!ctx->failed && cb->call({}) != 0) {{",
                        forward.join(", ")
                    ),
                    "}",
                    |w| w.line("ctx->failed = true;"),
                );
            }
            Some(r) => {
                let canonical_ret = self
                    .c
                    .field_type(&crate::lower::ir_type(self.header, &r.ty))
                    .map_err(|m| self.error(m))?;
                forward.push("&out".into());
                w.line(&format!(
                    "{canonical_ret} out;\nmemset(&out, 0, sizeof out);"
                ));
                w.block(
                    &format!(
                        "if (!ctx->failed && cb->call({}) != 0) {{",
                        forward.join(", ")
                    ),
                    "}",
                    |w| w.line("ctx->failed = true;\nmemset(&out, 0, sizeof out);"),
                );
                w.line(&format!("return ({})out;", r.c.trim_end()));
            }
        }
        w.dedent();
        w.line("}");
        self.helpers.define(&name, &sig_line, w);
        Ok(name)
    }

    /// `pb_in_slice_<record>`: a canonical slice of structs to a heap array of the library's,
    /// released by the caller with `free` (never `NULL`, even when empty).
    pub fn record_slice_in(&mut self, c_name: &str) -> Result<String, BackendError> {
        let r = self.record_of(c_name)?.clone();
        let name = format!("pb_in_slice_{}", r.name.to_snake_case());
        if self.helpers.contains(&name) {
            return Ok(name);
        }
        let each = self.record_helper(Dir::In, c_name)?;
        let canonical = self.c.type_name(&r.name);
        let spelling = &r.c_spelling;
        let sig =
            format!("static int32_t {name}(const {canonical} *ptr, size_t len, {spelling} **out)");
        let mut w = CodeWriter::new();
        w.line(&format!("{sig} {{"));
        w.indent();
        w.line("int32_t st = pb_check_view(ptr, len, \"slice\");");
        w.block("if (st != PB_OK) {", "}", |w| w.line("return st;"));
        w.block(
            &format!("if (len > SIZE_MAX / sizeof({spelling})) {{"),
            "}",
            |w| w.line("return pb_fail(PB_INVALID_ARGUMENT, \"a slice argument is too long\");"),
        );
        w.line(&format!(
            "{spelling} *items = malloc(len > 0 ? len * sizeof({spelling}) : 1);"
        ));
        w.block("if (items == NULL) {", "}", |w| {
            w.line("return pb_fail(PB_PANIC, \"out of memory\");")
        });
        w.block(
            "for (size_t i = 0; st == PB_OK && i < len; i++) {",
            "}",
            |w| {
                w.line(&format!("st = {each}(&ptr[i], &items[i]);"));
            },
        );
        w.block("if (st != PB_OK) {", "}", |w| {
            w.line("free(items);\nreturn st;");
        });
        w.line("*out = items;\nreturn PB_OK;");
        w.dedent();
        w.line("}");
        self.helpers.define(&name, &sig, w);
        Ok(name)
    }
}

/// A C type followed by a name: `int x`, `char *x`.
fn spaced(c: &str) -> String {
    let c = c.trim_end();
    if c.ends_with('*') {
        c.to_owned()
    } else {
        format!("{c} ")
    }
}
