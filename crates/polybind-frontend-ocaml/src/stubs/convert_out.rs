//! Output helpers (`pb_out_<key>`): an OCaml value to the C ABI value the caller owns. See
//! `convert.rs` for the rules they follow (no OCaml allocation, `*out` releasable on failure).

use super::cx::{Cx, key};
use crate::model::{Constructor, Field, OType, TypeKind, is_flat_float_record, tuple_fields};
use polybind_codegen::{BackendError, CodeWriter};

impl Cx<'_> {
    /// The name of the output helper of `ty`, generating it (and what it uses) when missing.
    pub fn out_helper(&mut self, ty: &OType) -> Result<String, BackendError> {
        match ty {
            OType::Int | OType::Float | OType::Bool | OType::String => {
                return Ok(format!("pb_out_{}", key(ty)));
            }
            OType::Unit => return Err(self.error("`unit` has no C form here")),
            _ => {}
        }
        let name = format!("pb_out_{}", key(ty));
        if !self.helpers.reserve(&name) {
            return Ok(name);
        }
        let sig = format!("static int32_t {name}(value v, {} *out)", self.field(ty)?);
        let mut w = CodeWriter::new();
        w.line(&format!("{sig} {{"));
        w.indent();
        match ty {
            OType::Bytes => {
                w.line("size_t len = caml_string_length(v);\nvoid *p = NULL;\nsize_t cap = 0;");
                w.line("int32_t st = pb_copy_buffer(Bytes_val(v), len, 1, &p, &cap);");
                w.line("out->ptr = st == PB_OK ? p : NULL;\nout->len = st == PB_OK ? len : 0;\nout->cap = st == PB_OK ? cap : 0;\nreturn st;");
            }
            OType::Option(inner) => {
                let call = self.out_call(inner, "Field(v, 0)", "&out->value")?;
                w.line("memset(out, 0, sizeof *out);");
                w.block("if (Is_block(v)) {", "}", |w| {
                    w.line(&format!("out->is_some = true;\nreturn {call};"));
                });
                w.line("return PB_OK;");
            }
            OType::List(elem) => {
                w.line("size_t n = 0;");
                w.block(
                    "for (value l = v; Is_block(l); l = Field(l, 1)) {",
                    "}",
                    |w| {
                        w.line("n++;");
                    },
                );
                let call = self.out_call(elem, "Field(l, 0)", "&out->ptr[i]")?;
                self.out_vec(&mut w, elem, "value l = v;", "l = Field(l, 1)", &call)?;
            }
            OType::Array(elem) if **elem == OType::Float => {
                // Flat unless the compiler was configured without flat float arrays.
                w.line("bool flat = Wosize_val(v) > 0 && Tag_val(v) == Double_array_tag;");
                w.line("size_t n = flat ? Wosize_val(v) / Double_wosize : Wosize_val(v);");
                let call = "(out->ptr[i] = flat ? Double_flat_field(v, i) : Double_val(Field(v, i)), PB_OK)";
                self.out_vec(&mut w, elem, "", "(void)0", call)?;
            }
            OType::Array(elem) => {
                w.line("size_t n = Wosize_val(v);");
                let call = self.out_call(elem, "Field(v, i)", "&out->ptr[i]")?;
                self.out_vec(&mut w, elem, "", "(void)0", &call)?;
            }
            OType::Tuple(elems) => {
                let fields = tuple_fields(elems);
                w.line("memset(out, 0, sizeof *out);\nint32_t st = PB_OK;");
                self.out_fields(&mut w, &fields, "out->", 0)?;
                w.line("return st;");
            }
            OType::Named(n) => self.out_named(&mut w, n)?,
            _ => return Err(self.error("no output helper for this type")),
        }
        w.dedent();
        w.line("}");
        self.helpers.define(&name, &sig, w);
        Ok(name)
    }

    /// Allocate `n` zeroed elements into `out` and convert each with `call` (`i` the index).
    fn out_vec(
        &mut self,
        w: &mut CodeWriter,
        elem: &OType,
        init: &str,
        step: &str,
        call: &str,
    ) -> Result<(), BackendError> {
        let c_elem = self.field(elem)?;
        let align = self.c.alignof(&c_elem);
        w.line("void *p = NULL;\nsize_t bytes = 0;");
        w.line(&format!(
            "int32_t st = pb_copy_buffer(NULL, n * sizeof({c_elem}), {align}, &p, &bytes);"
        ));
        w.block("if (st != PB_OK) {", "}", |w| {
            w.line("memset(out, 0, sizeof *out);\nreturn st;");
        });
        // Zeroed, so that a failure part-way leaves every element releasable.
        w.block("if (bytes > 0) {", "}", |w| w.line("memset(p, 0, bytes);"));
        w.line(&format!(
            "out->ptr = p;\nout->len = 0;\nout->cap = bytes > 0 ? n : 0;\n{init}"
        ));
        w.block(
            &format!("for (size_t i = 0; st == PB_OK && i < n; i++, {step}) {{"),
            "}",
            |w| w.line(&format!("st = {call};\nout->len = i + 1;")),
        );
        w.line("return st;");
        Ok(())
    }

    /// Convert `fields` of the block `v` (from field `first` on) into `<dst><field>`.
    fn out_fields(
        &mut self,
        w: &mut CodeWriter,
        fields: &[Field],
        dst: &str,
        first: usize,
    ) -> Result<(), BackendError> {
        for (i, f) in fields.iter().enumerate() {
            let member = format!("&{dst}{}", self.c.ident(&f.name, &[]));
            let call = self.out_call(&f.ty, &format!("Field(v, {})", first + i), &member)?;
            w.block("if (st == PB_OK) {", "}", |w| {
                w.line(&format!("st = {call};"))
            });
        }
        Ok(())
    }

    fn out_named(&mut self, w: &mut CodeWriter, name: &str) -> Result<(), BackendError> {
        let decl = self.decl(name)?;
        match &decl.kind {
            TypeKind::Record(fields) if is_flat_float_record(fields) => {
                for (i, f) in fields.iter().enumerate() {
                    w.line(&format!(
                        "out->{} = Double_flat_field(v, {i});",
                        self.c.ident(&f.name, &[])
                    ));
                }
                w.line("return PB_OK;");
            }
            TypeKind::Record(fields) => {
                w.line("memset(out, 0, sizeof *out);\nint32_t st = PB_OK;");
                self.out_fields(w, fields, "out->", 0)?;
                w.line("return st;");
            }
            TypeKind::Variant(ctors) if ctors.iter().all(|c| c.fields.is_empty()) => {
                w.line("*out = (int32_t)Long_val(v);\nreturn PB_OK;");
            }
            TypeKind::Variant(ctors) => self.out_variant(w, &decl.ir_name, ctors)?,
            TypeKind::Abstract => {
                let id = self.object_id(name);
                w.line(&format!("return pb_handle_new({id}, v, &out->handle);"));
            }
        }
        Ok(())
    }

    /// Constant constructors are immediate integers, the others blocks tagged by their index
    /// among the non-constant ones.
    fn out_variant(
        &mut self,
        w: &mut CodeWriter,
        enum_name: &str,
        ctors: &[Constructor],
    ) -> Result<(), BackendError> {
        w.line("memset(out, 0, sizeof *out);\nint32_t st = PB_OK;");
        let (constant, blocks): (Vec<&Constructor>, Vec<&Constructor>) =
            ctors.iter().partition(|c| c.fields.is_empty());
        let names = self.c.clone();
        let tag = |c: &Constructor| names.variant(enum_name, &crate::ir_type_name(&c.name));
        if !constant.is_empty() {
            w.line("if (Is_long(v)) {");
            w.indent();
            w.line("switch (Long_val(v)) {");
            for (k, c) in constant.iter().enumerate() {
                w.line(&format!("case {k}:"));
                w.indent();
                w.line(&format!("out->tag = {};\nreturn PB_OK;", tag(c)));
                w.dedent();
            }
            w.line("default:\n    break;\n}");
            w.dedent();
            w.line("} else {");
        } else {
            w.line("if (Is_block(v)) {");
        }
        w.indent();
        w.line("switch (Tag_val(v)) {");
        for (k, c) in blocks.iter().enumerate() {
            w.line(&format!("case {k}:"));
            w.indent();
            w.line(&format!("out->tag = {};", tag(c)));
            let dst = format!(
                "out->payload.{}.",
                self.c.payload_member(&crate::ir_type_name(&c.name))
            );
            self.out_fields(w, &c.fields, &dst, 0)?;
            w.line("return st;");
            w.dedent();
        }
        w.line("default:\n    break;\n}");
        w.dedent();
        w.line("}");
        w.line(&format!(
            "return pb_fail(PB_PANIC, \"the OCaml value is not a constructor of {enum_name}\");"
        ));
        Ok(())
    }

    /// `pb_out_error`: exception `exn`, which the classifier matched as declared exception
    /// `index`, to the library's error enum.
    pub fn out_error(&mut self, error_c: &str) -> Result<String, BackendError> {
        let name = "pb_out_error".to_owned();
        if !self.helpers.reserve(&name) {
            return Ok(name);
        }
        let sig = format!("static int32_t {name}(value v, long index, {error_c} *out)");
        let mut w = CodeWriter::new();
        w.line(&format!("{sig} {{"));
        w.indent();
        w.line("memset(out, 0, sizeof *out);");
        w.line("int32_t st = pb_exception_message(v, &out->message);");
        w.line("switch (index) {");
        let iface = self.iface;
        for (k, e) in iface.exceptions.iter().enumerate() {
            let ir = crate::ir_type_name(&e.ctor.name);
            w.line(&format!("case {k}:"));
            w.indent();
            w.line(&format!(
                "out->tag = {};",
                self.c.variant(crate::model::ERROR_ENUM, &ir)
            ));
            // An exception's arguments follow its constructor in field 0.
            let dst = format!("out->payload.{}.", self.c.payload_member(&ir));
            self.out_fields(&mut w, &e.ctor.fields, &dst, 1)?;
            w.line("return st;");
            w.dedent();
        }
        w.line("default:\n    break;\n}");
        w.line("return st == PB_OK ? pb_fail(PB_PANIC, \"an unknown exception index\") : st;");
        w.dedent();
        w.line("}");
        self.helpers.define(&name, &sig, w);
        Ok(name)
    }
}
