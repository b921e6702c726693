//! C converters between OCaml values and the C ABI's types, written on demand (one function per
//! type, emitted once, sorted) so each stub is a list of calls:
//! - `pbi_<T>(value v, CT *out, int copy, pb_arena *a, const char *what)`: OCaml → C, returns 0
//!   or -1 with the arena's error set; `copy` says whether strings and byte arrays must be copied
//!   (OCaml code may run during the call, and the GC may move them);
//! - `pbo_<T>(const CT *c)`: C → a new OCaml value (the C value is left to its owner);
//! - `pbw_<T>(value v, const CT *c, int copy)`: writes a `&mut [T]` view back into its array.

use crate::context::Cx;
use polybind_backend_c::{primitive_c_type, type_fragment};
use polybind_codegen::CodeWriter;
use polybind_ir::{Enum, Type};
use std::collections::BTreeMap;

/// The converters a file needs, by function name (a `BTreeMap`: deterministic, each once).
#[derive(Default)]
pub(crate) struct Converters {
    protos: BTreeMap<String, String>,
    bodies: BTreeMap<String, String>,
}

/// The range check of a small integer: `(lo, hi, words)`.
fn int_range(ty: &Type) -> Option<(&'static str, &'static str, &'static str)> {
    Some(match ty {
        Type::U8 => ("0", "UINT8_MAX", "an integer in 0..255 (u8)"),
        Type::U16 => ("0", "UINT16_MAX", "an integer in 0..65535 (u16)"),
        Type::U32 => (
            "0",
            "(intnat)UINT32_MAX",
            "an integer in 0..4294967295 (u32)",
        ),
        Type::I8 => ("INT8_MIN", "INT8_MAX", "an integer in -128..127 (i8)"),
        Type::I16 => (
            "INT16_MIN",
            "INT16_MAX",
            "an integer in -32768..32767 (i16)",
        ),
        Type::I32 => (
            "INT32_MIN",
            "INT32_MAX",
            "an integer in -2147483648..2147483647 (i32)",
        ),
        _ => return None,
    })
}

/// The OCaml-side range of a small integer type, for the wrappers' checks: `(lo, hi, words)`.
pub(crate) fn ml_int_range(ty: &Type) -> Option<(i64, i64, &'static str)> {
    let (_, _, words) = int_range(ty)?;
    Some(match ty {
        Type::U8 => (0, 255, words),
        Type::U16 => (0, 65535, words),
        Type::U32 => (0, 4_294_967_295, words),
        Type::I8 => (-128, 127, words),
        Type::I16 => (-32768, 32767, words),
        _ => (-2_147_483_648, 2_147_483_647, words),
    })
}

/// A record whose fields are all floats: OCaml stores it as a flat array of doubles.
pub(crate) fn flat_floats(cx: &Cx<'_>, name: &str) -> bool {
    cx.lib.record(name).is_some_and(|r| {
        r.fields
            .iter()
            .all(|f| matches!(f.ty, Type::F32 | Type::F64))
    })
}

/// Elements OCaml keeps unboxed in a flat array (`float array`) or a string (`bytes`).
fn flat_elem(ty: &Type) -> bool {
    matches!(ty, Type::F32 | Type::F64 | Type::U8)
}

impl Converters {
    /// Prototypes then bodies, so converters may call each other in any order.
    pub fn write(&self, w: &mut CodeWriter) {
        w.blank();
        for p in self.protos.values() {
            w.line(p);
        }
        for b in self.bodies.values() {
            w.blank();
            w.line(b);
        }
    }

    /// The converter's name suffix: a parameter's strings and vectors are borrowed views
    /// (`LibStr`, `LibSliceF`), a field's have the owned layout (`LibString`, `LibVecF`, with a
    /// capacity of 0: borrowed all the same).
    fn key(ty: &Type, field: bool) -> Result<String, String> {
        Ok(match ty {
            Type::String | Type::Vec(_) if field => type_fragment(ty)?,
            Type::Str | Type::String => "Str".into(),
            Type::Slice(t) | Type::Vec(t) => format!("Slice{}", type_fragment(t)?),
            Type::SliceMut(t) => format!("SliceMut{}", type_fragment(t)?),
            t => type_fragment(t)?,
        })
    }

    /// Statements converting the OCaml value `src` into the C lvalue `dst`, running `fail` on
    /// error (after the arena's error was set).
    /// `field`: the value sits in a field, an element, an option or a callback's result (owned
    /// layout), not in a parameter (borrowed views).
    #[allow(clippy::too_many_arguments)]
    pub fn input(
        &mut self,
        cx: &Cx<'_>,
        ty: &Type,
        src: &str,
        dst: &str,
        what: &str,
        fail: &str,
        field: bool,
    ) -> Result<String, String> {
        let ct = |t: &Type| primitive_c_type(t);
        Ok(match ty {
            Type::Bool => format!("{dst} = Bool_val({src});"),
            Type::U64 | Type::I64 => format!("{dst} = ({})Int64_val({src});", ct(ty)),
            Type::Usize | Type::Isize => format!("{dst} = ({})Nativeint_val({src});", ct(ty)),
            Type::F32 | Type::F64 => format!("{dst} = ({})Double_val({src});", ct(ty)),
            t if t.is_primitive() => {
                let (lo, hi, words) = int_range(t).unwrap_or(("0", "0", ""));
                format!(
                    "{{ intnat x_; if (pb_int_in({src}, {lo}, {hi}, &x_, a, {what}, \"{words}\") != 0) {{ {fail} }} {dst} = ({})x_; }}",
                    ct(t)
                )
            }
            _ => {
                let f = self.input_fn(cx, ty, field)?;
                format!("if ({f}({src}, &{dst}, copy, a, {what}) != 0) {{ {fail} }}")
            }
        })
    }

    /// An expression: the new OCaml value of the C lvalue `src`.
    pub fn output(&mut self, cx: &Cx<'_>, ty: &Type, src: &str) -> Result<String, String> {
        Ok(match ty {
            Type::Bool => format!("Val_bool({src})"),
            Type::U64 | Type::I64 => format!("caml_copy_int64((int64_t){src})"),
            Type::Usize | Type::Isize => format!("caml_copy_nativeint((intnat){src})"),
            Type::F32 | Type::F64 => format!("caml_copy_double((double){src})"),
            t if t.is_primitive() => format!("Val_long((intnat){src})"),
            _ => format!("{}(&{src})", self.output_fn(cx, ty)?),
        })
    }

    /// The converter writing a `&mut [T]` view back into the OCaml array it came from.
    pub fn write_back(&mut self, cx: &Cx<'_>, ty: &Type) -> Result<String, String> {
        let Type::SliceMut(elem) = ty else {
            return Err("only `&mut [T]` is written back".into());
        };
        let name = format!("pbw_{}", Self::key(ty, false)?);
        if self.protos.contains_key(&name) {
            return Ok(name);
        }
        let c = cx.n.c();
        let ct = c.param_type(ty)?;
        let proto = format!("static void {name}(value v, const {ct} *c, int copy);");
        self.protos.insert(name.clone(), proto.clone());
        let out = match &**elem {
            Type::U8 | Type::F32 | Type::F64 => String::new(),
            e => self.output(cx, e, "c->ptr[i]")?,
        };
        let mut w = CodeWriter::new();
        w.block(&format!("{}{{", &proto[..proto.len() - 1]), "}", |w| {
            w.line("CAMLparam1(v);");
            w.line("CAMLlocal1(x);");
            match &**elem {
                Type::U8 => {
                    w.line("if (copy && c->len > 0) { memcpy(Bytes_val(v), c->ptr, c->len); }");
                }
                Type::F32 | Type::F64 => {
                    w.line("int flat = Tag_val(v) == Double_array_tag;");
                    w.line("if (flat && !copy) { CAMLreturn0; }");
                    w.block("for (size_t i = 0; i < c->len; i++) {", "}", |w| {
                        w.line("if (flat) { Store_double_flat_field(v, i, (double)c->ptr[i]); }");
                        w.line("else { x = caml_copy_double((double)c->ptr[i]); Store_field(v, i, x); }");
                    });
                }
                _ => {
                    w.line("(void)copy;");
                    w.line(&format!(
                        "for (size_t i = 0; i < c->len; i++) {{ x = {out}; Store_field(v, i, x); }}"
                    ));
                }
            }
            w.line("CAMLreturn0;");
        });
        self.bodies.insert(name.clone(), w.finish());
        Ok(name)
    }

    fn input_fn(&mut self, cx: &Cx<'_>, ty: &Type, field: bool) -> Result<String, String> {
        let name = format!("pbi_{}", Self::key(ty, field)?);
        if self.protos.contains_key(&name) {
            return Ok(name);
        }
        let c = cx.n.c();
        let field = field && matches!(ty, Type::String | Type::Vec(_));
        let ct = if field {
            c.field_type(ty)?
        } else {
            c.param_type(ty)?
        };
        let proto = format!(
            "static int {name}(value v, {ct} *out, int copy, pb_arena *a, const char *what);"
        );
        self.protos.insert(name.clone(), proto.clone());
        let mut w = CodeWriter::new();
        let head = format!("{}{{", &proto[..proto.len() - 1]);
        let mut err = Ok(());
        w.block(&head, "}", |w| {
            err = self.input_body(cx, ty, w, field);
        });
        err?;
        self.bodies.insert(name.clone(), w.finish());
        Ok(name)
    }

    fn input_body(
        &mut self,
        cx: &Cx<'_>,
        ty: &Type,
        w: &mut CodeWriter,
        field: bool,
    ) -> Result<(), String> {
        let c = cx.n.c();
        let cap = if field { "out->cap = 0;" } else { "" };
        match ty {
            Type::Str | Type::String => {
                w.line("(void)what;");
                w.line("const char *p = NULL;");
                w.line("if (pb_view(v, &p, &out->len, copy, a) != 0) { return -1; }");
                w.line(&format!("out->ptr = (char *)p;{cap}"));
                w.line("return 0;");
            }
            Type::Slice(elem) | Type::Vec(elem) | Type::SliceMut(elem) => {
                let et = c.field_type(elem)?;
                match &**elem {
                    Type::U8 => {
                        w.line("(void)what;");
                        w.line("const char *p = NULL;");
                        w.line("if (pb_view(v, &p, &out->len, copy, a) != 0) { return -1; }");
                        w.line(&format!("out->ptr = ({et} *)p;{cap}"));
                        w.line("return 0;");
                        return Ok(());
                    }
                    Type::F64 => {
                        w.line(&format!("if (!copy && Tag_val(v) == Double_array_tag) {{ out->ptr = (double *)v; out->len = Wosize_val(v) / Double_wosize;{cap} return 0; }}"));
                    }
                    _ => {}
                }
                if flat_elem(elem) {
                    w.line("int flat = Tag_val(v) == Double_array_tag;");
                    w.line("size_t n = flat ? Wosize_val(v) / Double_wosize : Wosize_val(v);");
                } else {
                    w.line("size_t n = Wosize_val(v);");
                }
                let elem_stmt = if flat_elem(elem) {
                    format!(
                        "buf[i] = ({et})(flat ? Double_flat_field(v, i) : Double_val(Field(v, i)));"
                    )
                } else {
                    self.input(
                        cx,
                        elem,
                        "Field(v, i)",
                        "buf[i]",
                        "what",
                        "return -1;",
                        true,
                    )?
                };
                w.line(&format!("{et} *buf = pb_alloc(a, n, sizeof({et}));"));
                w.line("if (buf == NULL) { return -1; }");
                w.line(&format!("for (size_t i = 0; i < n; i++) {{ {elem_stmt} }}"));
                w.line("(void)what;");
                w.line("(void)copy;");
                w.line("out->ptr = buf;");
                w.line(&format!("out->len = n;{cap}"));
                w.line("return 0;");
            }
            Type::Option(inner) => {
                w.line("memset(out, 0, sizeof *out);");
                w.line("if (Is_long(v)) { return 0; }");
                w.line("out->is_some = true;");
                w.line(&self.input(
                    cx,
                    inner,
                    "Field(v, 0)",
                    "out->value",
                    "what",
                    "return -1;",
                    true,
                )?);
                w.line("(void)copy;");
                w.line("return 0;");
            }
            Type::Record(name) => {
                let r = cx
                    .lib
                    .record(name)
                    .ok_or_else(|| format!("unknown record `{name}`"))?;
                let flat = flat_floats(cx, name);
                w.line("memset(out, 0, sizeof *out);");
                for (i, f) in r.fields.iter().enumerate() {
                    let field = c.ident(&f.name, &[]);
                    if flat {
                        w.line(&format!(
                            "out->{field} = ({})Double_flat_field(v, {i});",
                            primitive_c_type(&f.ty)
                        ));
                    } else {
                        w.line(&self.input(
                            cx,
                            &f.ty,
                            &format!("Field(v, {i})"),
                            &format!("out->{field}"),
                            &format!("\"{}.{}\"", name, f.name),
                            "return -1;",
                            true,
                        )?);
                    }
                }
                w.line("(void)copy;");
                w.line("(void)a;");
                w.line("(void)what;");
                w.line("return 0;");
            }
            Type::Enum(name) => {
                let e = cx
                    .lib
                    .enum_(name)
                    .ok_or_else(|| format!("unknown enum `{name}`"))?;
                w.line("memset(out, 0, sizeof *out);");
                if e.is_c_like() && !e.error {
                    w.block("switch (Long_val(v)) {", "}", |w| {
                        for (k, v) in e.variants.iter().enumerate() {
                            w.line(&format!(
                                "case {k}: *out = {}; return 0;",
                                c.variant(&e.name, &v.name)
                            ));
                        }
                        w.line(&format!(
                            "default: return pb_fail(a, what, \"a constructor of {}\");",
                            e.name
                        ));
                    });
                    w.line("(void)copy;");
                } else {
                    self.data_enum_in(cx, e, w)?;
                }
            }
            Type::Object(_) => {
                w.line("(void)copy;");
                w.line("(void)a;");
                w.line("(void)what;");
                w.line("out->handle = pb_handle(v);");
                w.line("return 0;");
            }
            other => return Err(format!("`{other}` cannot be converted from OCaml here")),
        }
        Ok(())
    }

    fn data_enum_in(&mut self, cx: &Cx<'_>, e: &Enum, w: &mut CodeWriter) -> Result<(), String> {
        let c = cx.n.c();
        let mut units = vec![];
        let mut blocks = vec![];
        for (i, v) in e.variants.iter().enumerate() {
            if v.fields.is_empty() {
                units.push(i);
            } else {
                blocks.push(i);
            }
        }
        w.block("if (Is_long(v)) {", "}", |w| {
            w.block("switch (Long_val(v)) {", "}", |w| {
                for (k, i) in units.iter().enumerate() {
                    w.line(&format!("case {k}: out->tag = {i}; return 0;"));
                }
                w.line("default: return pb_fail(a, what, \"a known constructor\");");
            });
        });
        let mut cases = vec![];
        for (k, i) in blocks.iter().enumerate() {
            let v = &e.variants[*i];
            let member = c.payload_member(&v.name);
            let mut lines = vec![format!("out->tag = {i};")];
            for (j, f) in v.fields.iter().enumerate() {
                lines.push(self.input(
                    cx,
                    &f.ty,
                    &format!("Field(v, {j})"),
                    &format!("out->payload.{member}.{}", c.ident(&f.name, &[])),
                    &format!("\"{}::{}.{}\"", e.name, v.name, f.name),
                    "return -1;",
                    true,
                )?);
            }
            lines.push("return 0;".into());
            cases.push((k, lines));
        }
        w.block("switch (Tag_val(v)) {", "}", |w| {
            for (k, lines) in &cases {
                w.block(&format!("case {k}:"), "", |w| {
                    for l in lines {
                        w.line(l);
                    }
                });
            }
            w.line("default: return pb_fail(a, what, \"a known constructor\");");
        });
        w.line("(void)copy;");
        Ok(())
    }

    fn output_fn(&mut self, cx: &Cx<'_>, ty: &Type) -> Result<String, String> {
        let key = match ty {
            Type::Str => "Str".to_owned(),
            t => type_fragment(t)?,
        };
        let name = format!("pbo_{key}");
        if self.protos.contains_key(&name) {
            return Ok(name);
        }
        let c = cx.n.c();
        let ct = match ty {
            Type::Str => c.type_name("Str"),
            t => c.field_type(t)?,
        };
        let proto = format!("static value {name}(const {ct} *c);");
        self.protos.insert(name.clone(), proto.clone());
        let mut w = CodeWriter::new();
        let mut err = Ok(());
        w.block(&format!("{}{{", &proto[..proto.len() - 1]), "}", |w| {
            err = self.output_body(cx, ty, w);
        });
        err?;
        self.bodies.insert(name.clone(), w.finish());
        Ok(name)
    }

    fn output_body(&mut self, cx: &Cx<'_>, ty: &Type, w: &mut CodeWriter) -> Result<(), String> {
        let c = cx.n.c();
        match ty {
            Type::Str | Type::String => w.line("return pb_string_out(c->ptr, c->len);"),
            Type::Vec(elem) => {
                w.line("CAMLparam0();");
                w.line("CAMLlocal2(r, x);");
                match &**elem {
                    Type::U8 => {
                        w.line("r = caml_alloc_string(c->len);");
                        w.line("if (c->len > 0) { memcpy(Bytes_val(r), c->ptr, c->len); }");
                    }
                    Type::F32 | Type::F64 => {
                        w.line("if (c->len == 0) { CAMLreturn(Atom(0)); }");
                        w.line("r = caml_alloc(c->len * Double_wosize, Double_array_tag);");
                        w.line("for (size_t i = 0; i < c->len; i++) { Store_double_flat_field(r, i, (double)c->ptr[i]); }");
                    }
                    _ => {
                        let x = self.output(cx, elem, "c->ptr[i]")?;
                        w.line("if (c->len == 0) { CAMLreturn(Atom(0)); }");
                        w.line("r = caml_alloc(c->len, 0);");
                        w.line(&format!(
                            "for (size_t i = 0; i < c->len; i++) {{ x = {x}; Store_field(r, i, x); }}"
                        ));
                    }
                }
                w.line("CAMLreturn(r);");
            }
            Type::Option(inner) => {
                w.line("CAMLparam0();");
                w.line("CAMLlocal1(x);");
                w.line("if (!c->is_some) { CAMLreturn(Val_none); }");
                w.line(&format!("x = {};", self.output(cx, inner, "c->value")?));
                w.line("CAMLreturn(caml_alloc_some(x));");
            }
            Type::Record(name) => {
                let r = cx
                    .lib
                    .record(name)
                    .ok_or_else(|| format!("unknown record `{name}`"))?;
                let n = r.fields.len();
                if flat_floats(cx, name) {
                    // One allocation and plain stores: no GC root needed, and the minor heap's
                    // fast path when the record is small (as records of floats are).
                    w.line(&format!("mlsize_t size = {n} * Double_wosize;"));
                    w.line("value r = size <= Max_young_wosize ? caml_alloc_small(size, Double_array_tag) : caml_alloc_shr(size, Double_array_tag);");
                    for (i, f) in r.fields.iter().enumerate() {
                        w.line(&format!(
                            "Store_double_flat_field(r, {i}, (double)c->{});",
                            c.ident(&f.name, &[])
                        ));
                    }
                    w.line("return r;");
                    return Ok(());
                } else {
                    w.line("CAMLparam0();");
                    w.line("CAMLlocal2(r, x);");
                    w.line(&format!("r = caml_alloc({n}, 0);"));
                    for (i, f) in r.fields.iter().enumerate() {
                        let src = format!("c->{}", c.ident(&f.name, &[]));
                        w.line(&format!("x = {};", self.output(cx, &f.ty, &src)?));
                        w.line(&format!("Store_field(r, {i}, x);"));
                    }
                }
                w.line("CAMLreturn(r);");
            }
            Type::Enum(name) => {
                let e = cx
                    .lib
                    .enum_(name)
                    .ok_or_else(|| format!("unknown enum `{name}`"))?;
                if e.is_c_like() && !e.error {
                    w.block("switch (*c) {", "}", |w| {
                        for (k, v) in e.variants.iter().enumerate() {
                            w.line(&format!(
                                "case {}: return Val_int({k});",
                                c.variant(&e.name, &v.name)
                            ));
                        }
                        // The library checks every enum value it hands out.
                        w.line("default: return Val_int(0);");
                    });
                } else {
                    self.data_enum_out(cx, e, w)?;
                }
            }
            Type::Object(name) => {
                w.line("static const value *fin = NULL;");
                w.line(&format!(
                    "return pb_object_new(&{}, c->handle, \"{}\", &fin);",
                    ops_name(name),
                    cx.n.registered(&format!("release.{name}"))
                ));
            }
            other => return Err(format!("`{other}` cannot be converted to OCaml here")),
        }
        Ok(())
    }

    fn data_enum_out(&mut self, cx: &Cx<'_>, e: &Enum, w: &mut CodeWriter) -> Result<(), String> {
        let c = cx.n.c();
        w.line("CAMLparam0();");
        w.line("CAMLlocal3(r, x, m);");
        let (mut unit_k, mut block_k) = (0, 0);
        let mut cases = CodeWriter::new();
        for (i, v) in e.variants.iter().enumerate() {
            if v.fields.is_empty() {
                cases.line(&format!("case {i}: r = Val_int({unit_k}); break;"));
                unit_k += 1;
                continue;
            }
            let member = c.payload_member(&v.name);
            let mut lines = vec![format!("r = caml_alloc({}, {block_k});", v.fields.len())];
            for (j, f) in v.fields.iter().enumerate() {
                let src = format!("c->payload.{member}.{}", c.ident(&f.name, &[]));
                lines.push(format!("x = {};", self.output(cx, &f.ty, &src)?));
                lines.push(format!("Store_field(r, {j}, x);"));
            }
            lines.push("break;".into());
            cases.block(&format!("case {i}:"), "", |w| {
                for l in &lines {
                    w.line(l);
                }
            });
            block_k += 1;
        }
        // The library checks every tag it hands out; the first variant stands for the impossible.
        w.line("r = Val_int(0);");
        w.block("switch (c->tag) {", "}", |w| {
            w.append(&cases);
            w.line("default: break;");
        });
        if e.error {
            w.line("m = pb_string_out(c->message.ptr, c->message.len);");
            w.line("x = caml_alloc_tuple(2);");
            w.line("Store_field(x, 0, r);");
            w.line("Store_field(x, 1, m);");
            w.line("CAMLreturn(x);");
        } else {
            w.line("(void)m;");
            w.line("CAMLreturn(r);");
        }
        Ok(())
    }
}

/// The custom operations of object `O`'s blocks.
pub(crate) fn ops_name(object: &str) -> String {
    format!("pb_ops_{object}")
}
