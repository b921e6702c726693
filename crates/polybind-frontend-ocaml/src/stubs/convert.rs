//! Conversion helpers between C ABI values and OCaml values, one pair per OCaml type shape,
//! generated on demand.
//!
//! Input helpers (`pb_in_<key>`) build OCaml values, so they allocate on the OCaml heap: every
//! value they hold is a registered root (`CAMLparam`/`CAMLlocal`/`CAMLreturnT`), and they write
//! the result into a root of the caller. Output helpers (`pb_out_<key>`) only read OCaml values
//! and allocate with `malloc`, never on the OCaml heap, so no collection can run and move the
//! value while they read it. On failure an output helper leaves `*out` releasable by the
//! header's `*_free` function (zeroed where not converted yet).

use super::cx::{Cx, Pass, key};
use crate::model::{Constructor, Field, OType, TypeKind, is_flat_float_record, tuple_fields};
use polybind_codegen::{BackendError, CodeWriter};

impl Cx<'_> {
    /// The name of the input helper of `ty`, generating it (and what it uses) when missing.
    pub fn in_helper(&mut self, ty: &OType) -> Result<String, BackendError> {
        match ty {
            OType::Int | OType::Float | OType::Bool | OType::String | OType::Bytes => {
                return Ok(format!("pb_in_{}", key(ty)));
            }
            OType::Unit => return Err(self.error("`unit` has no C form here")),
            _ => {}
        }
        let name = format!("pb_in_{}", key(ty));
        if !self.helpers.reserve(&name) {
            return Ok(name);
        }
        let sig = match Cx::pass(ty) {
            Pass::View => format!(
                "static int32_t {name}(const {} *ptr, size_t len, value *out)",
                self.elem(ty)?
            ),
            Pass::Pointer => format!(
                "static int32_t {name}(const {} *c, value *out)",
                self.field(ty)?
            ),
        };
        let mut w = CodeWriter::new();
        w.line(&format!("{sig} {{"));
        w.indent();
        match ty {
            OType::Option(inner) => self.in_option(&mut w, inner)?,
            OType::List(elem) => self.in_list(&mut w, elem)?,
            OType::Array(elem) => self.in_array(&mut w, elem)?,
            OType::Tuple(elems) => {
                let fields = tuple_fields(elems);
                self.in_block(&mut w, &fields, "c->", "0", "rec")?;
                w.line("CAMLreturnT(int32_t, st);");
            }
            OType::Named(n) => self.in_named(&mut w, n)?,
            _ => return Err(self.error("no input helper for this type")),
        }
        w.dedent();
        w.line("}");
        self.helpers.define(&name, &sig, w);
        Ok(name)
    }

    fn in_option(&mut self, w: &mut CodeWriter, inner: &OType) -> Result<(), BackendError> {
        let call = self.in_call(inner, "c->value", "&inner")?;
        w.line("CAMLparam0();\nCAMLlocal2(inner, some);\nint32_t st = PB_OK;");
        w.line("if (!c->is_some) {");
        w.indent();
        w.line("*out = Val_int(0);");
        w.dedent();
        w.line(&format!("}} else if ((st = {call}) == PB_OK) {{"));
        w.indent();
        w.line("some = caml_alloc(1, 0);\nStore_field(some, 0, inner);\n*out = some;");
        w.dedent();
        w.line("}\nCAMLreturnT(int32_t, st);");
        Ok(())
    }

    fn in_list(&mut self, w: &mut CodeWriter, elem: &OType) -> Result<(), BackendError> {
        let call = self.in_call(elem, "ptr[i - 1]", "&item")?;
        w.line("CAMLparam0();\nCAMLlocal3(list, cell, item);");
        w.line("int32_t st = pb_check_view(ptr, len, \"list\");");
        w.line("list = Val_emptylist;");
        w.block("for (size_t i = len; st == PB_OK && i > 0; i--) {", "}", |w| {
            w.block(&format!("if ((st = {call}) == PB_OK) {{"), "}", |w| {
                w.line("cell = caml_alloc(2, 0);\nStore_field(cell, 0, item);\nStore_field(cell, 1, list);\nlist = cell;");
            });
        });
        w.block("if (st == PB_OK) {", "}", |w| w.line("*out = list;"));
        w.line("CAMLreturnT(int32_t, st);");
        Ok(())
    }

    fn in_array(&mut self, w: &mut CodeWriter, elem: &OType) -> Result<(), BackendError> {
        w.line("CAMLparam0();\nCAMLlocal2(array, item);");
        w.line("int32_t st = pb_check_view(ptr, len, \"array\");");
        if *elem == OType::Float {
            // A float array is stored flat (`Double_array_tag`); the empty one is `Atom(0)`.
            w.line("if (st == PB_OK && len == 0) {");
            w.indent();
            w.line("*out = Atom(0);");
            w.dedent();
            w.line("} else if (st == PB_OK) {");
            w.indent();
            w.line("array = caml_alloc(len * Double_wosize, Double_array_tag);");
            w.block("for (size_t i = 0; i < len; i++) {", "}", |w| {
                w.line("Store_double_flat_field(array, i, ptr[i]);");
            });
            w.line("*out = array;");
            w.dedent();
            w.line("}");
        } else {
            let call = self.in_call(elem, "ptr[i]", "&item")?;
            w.block("if (st == PB_OK) {", "}", |w| {
                w.line("array = len == 0 ? Atom(0) : caml_alloc(len, 0);");
                w.block(
                    "for (size_t i = 0; st == PB_OK && i < len; i++) {",
                    "}",
                    |w| {
                        w.block(&format!("if ((st = {call}) == PB_OK) {{"), "}", |w| {
                            w.line("Store_field(array, i, item);");
                        });
                    },
                );
            });
            w.block("if (st == PB_OK) {", "}", |w| w.line("*out = array;"));
        }
        w.line("CAMLreturnT(int32_t, st);");
        Ok(())
    }

    /// Fill a new block of tag `tag` with `fields` read from `<src><field>`; writes `*out`.
    /// Opens `CAMLparam0` and declares `st`; the caller returns.
    fn in_block(
        &mut self,
        w: &mut CodeWriter,
        fields: &[Field],
        src: &str,
        tag: &str,
        local: &str,
    ) -> Result<(), BackendError> {
        w.line(&format!(
            "CAMLparam0();\nCAMLlocal2({local}, item);\nint32_t st = PB_OK;"
        ));
        w.line(&format!("{local} = caml_alloc({}, {tag});", fields.len()));
        self.in_fields(w, fields, src, local)?;
        w.block("if (st == PB_OK) {", "}", |w| {
            w.line(&format!("*out = {local};"))
        });
        Ok(())
    }

    fn in_fields(
        &mut self,
        w: &mut CodeWriter,
        fields: &[Field],
        src: &str,
        local: &str,
    ) -> Result<(), BackendError> {
        for (i, f) in fields.iter().enumerate() {
            let member = format!("{src}{}", self.c.ident(&f.name, &[]));
            let call = self.in_call(&f.ty, &member, "&item")?;
            w.block(
                &format!("if (st == PB_OK && (st = {call}) == PB_OK) {{"),
                "}",
                |w| w.line(&format!("Store_field({local}, {i}, item);")),
            );
        }
        Ok(())
    }

    fn in_named(&mut self, w: &mut CodeWriter, name: &str) -> Result<(), BackendError> {
        let decl = self.decl(name)?;
        match &decl.kind {
            TypeKind::Record(fields) if is_flat_float_record(fields) => {
                // An all-float record is a flat float array.
                w.line("CAMLparam0();\nCAMLlocal1(rec);");
                w.line(&format!(
                    "rec = caml_alloc({} * Double_wosize, Double_array_tag);",
                    fields.len()
                ));
                for (i, f) in fields.iter().enumerate() {
                    w.line(&format!(
                        "Store_double_flat_field(rec, {i}, c->{});",
                        self.c.ident(&f.name, &[])
                    ));
                }
                w.line("*out = rec;\nCAMLreturnT(int32_t, PB_OK);");
            }
            TypeKind::Record(fields) => {
                self.in_block(w, fields, "c->", "0", "rec")?;
                w.line("CAMLreturnT(int32_t, st);");
            }
            TypeKind::Variant(ctors) if ctors.iter().all(|c| c.fields.is_empty()) => {
                w.block(&format!("if (*c < 0 || *c >= {}) {{", ctors.len()), "}", |w| {
                    w.line(&format!(
                        "return pb_failf(PB_INVALID_ARGUMENT, \"%d is not a value of the enum {}\", (int)*c);",
                        decl.ir_name
                    ));
                });
                w.line("*out = Val_int(*c);\nreturn PB_OK;");
            }
            TypeKind::Variant(ctors) => self.in_variant(w, &decl.ir_name, ctors)?,
            TypeKind::Abstract => {
                let id = self.object_id(name);
                w.line(&format!(
                    "return pb_handle_get({id}, c->handle, \"{}\", out);",
                    decl.ir_name
                ));
            }
        }
        Ok(())
    }

    fn in_variant(
        &mut self,
        w: &mut CodeWriter,
        enum_name: &str,
        ctors: &[Constructor],
    ) -> Result<(), BackendError> {
        w.line("CAMLparam0();\nCAMLlocal2(block, item);\nint32_t st = PB_OK;");
        w.line("switch (c->tag) {");
        let (mut constant, mut non_constant) = (0usize, 0usize);
        for ctor in ctors {
            let ir = crate::ir_type_name(&ctor.name);
            w.line(&format!("case {}:", self.c.variant(enum_name, &ir)));
            w.indent();
            if ctor.fields.is_empty() {
                w.line(&format!("*out = Val_int({constant});"));
                constant += 1;
            } else {
                w.line(&format!(
                    "block = caml_alloc({}, {non_constant});",
                    ctor.fields.len()
                ));
                non_constant += 1;
                let src = format!("c->payload.{}.", self.c.payload_member(&ir));
                self.in_fields(w, &ctor.fields, &src, "block")?;
                w.block("if (st == PB_OK) {", "}", |w| w.line("*out = block;"));
            }
            w.line("break;");
            w.dedent();
        }
        w.line("default:");
        w.indent();
        w.line(&format!(
            "st = pb_failf(PB_INVALID_ARGUMENT, \"%d is not a variant of {enum_name}\", (int)c->tag);"
        ));
        w.line("break;");
        w.dedent();
        w.line("}");
        w.line("CAMLreturnT(int32_t, st);");
        Ok(())
    }
}
