//! The C converters of the extension: for every type that crosses the boundary, `in_<F>` (a
//! Python object into the header's C value, borrowing what it can and keeping the rest alive in
//! the call's `pb_keep`) and `out_<F>` (a C value into a new Python object, leaving the C value to
//! its owner). Each is generated once, on demand, into a sorted map and emitted with a prototype
//! first, so definitions may use each other in any order.

use crate::names::Names;
use polybind_backend_c::{CNames, primitive_c_type as c_prim, type_fragment};
use polybind_codegen::{CodeWriter, Version};
use polybind_codegen::{cat, wcat, wln};
use polybind_ir::{Field, Type, ValidLibrary};
use std::collections::{BTreeMap, BTreeSet};

pub(crate) struct Convs<'a> {
    pub lib: &'a ValidLibrary,
    pub n: &'a Names,
    pub c: CNames,
    /// Prototype and definition of every converter, by function name.
    defs: BTreeMap<String, (String, String)>,
    /// Python classes the converters use (`cls_<name>`), set at `_init`.
    pub classes: BTreeSet<String>,
    /// Attribute names the converters read (`str_<name>`), interned at `_init`.
    pub attrs: BTreeSet<String>,
    /// Every converter, class and attribute name added so far (see [`polybind_codegen::memo`]).
    pub version: Version,
}

/// The C variable holding the Python class `name`.
pub(crate) fn class_var(name: &str) -> String {
    format!("cls_{name}")
}

/// The C variable holding the interned attribute name `name`.
pub(crate) fn attr_var(name: &str) -> String {
    format!("str_{name}")
}

impl<'a> Convs<'a> {
    pub fn new(lib: &'a ValidLibrary, n: &'a Names) -> Self {
        Convs {
            lib,
            n,
            c: CNames::new(lib.name()),
            defs: BTreeMap::new(),
            classes: BTreeSet::new(),
            attrs: BTreeSet::new(),
            version: Version::default(),
        }
    }

    /// Add what `part` defined and uses (the converters of a part of the wrappers generated
    /// apart: a converter is the same text whichever part defines it).
    pub fn absorb(&mut self, mut part: Convs<'a>) {
        self.defs.append(&mut part.defs);
        self.classes.append(&mut part.classes);
        self.attrs.append(&mut part.attrs);
    }

    /// About the bytes [`Convs::emit`] writes.
    pub fn emitted_len(&self) -> usize {
        self.defs.values().map(|(p, d)| p.len() + d.len() + 4).sum()
    }

    /// The prototypes, then the definitions.
    pub fn emit(&self, w: &mut CodeWriter) {
        w.blank();
        // `inline` only so that a converter no call happens to use is no warning.
        for (proto, _) in self.defs.values() {
            wln!(w, "{proto};");
        }
        for (_, def) in self.defs.values() {
            w.blank();
            w.line(def.trim_end());
        }
    }

    /// Claim the converter `name` before generating it; false when it exists already.
    fn reserve(&mut self, name: &str, proto: &str) -> bool {
        if self.defs.contains_key(name) {
            return false;
        }
        self.version.mix(&["reserve", name]);
        self.defs
            .insert(name.to_owned(), (proto.to_owned(), String::new()));
        true
    }

    fn record_fields(&self, r: &str) -> Result<Vec<Field>, String> {
        let rec = self
            .lib
            .record(r)
            .ok_or_else(|| format!("unknown record `{r}`"))?;
        Ok(rec.fields.clone())
    }

    fn enum_def(&self, e: &str) -> Result<polybind_ir::Enum, String> {
        let en = self
            .lib
            .enum_(e)
            .ok_or_else(|| format!("unknown enum `{e}`"))?;
        Ok(en.clone())
    }

    /// Give up the converter `name` (reserved): the type cannot be converted that way.
    fn unsupported(&mut self, name: &str, what: &str, ty: &Type) -> Result<String, String> {
        self.defs.remove(name);
        self.version.mix(&["remove", name]);
        let by_value = if what == "pass" { " by value" } else { "" };
        Err(format!(
            "the native flavour cannot {what} `{}`{by_value}",
            type_fragment(ty)?
        ))
    }

    fn define(&mut self, name: &str, proto: String, body: impl FnOnce(&mut CodeWriter)) {
        let mut w = CodeWriter::new();
        w.block(&format!("{proto} {{"), "}", body);
        self.version.mix(&["define", name]);
        self.defs.insert(name.to_owned(), (proto, w.finish()));
    }

    pub fn class(&mut self, name: &str) -> String {
        if self.classes.insert(name.to_owned()) {
            self.version.mix(&["class", name]);
        }
        class_var(name)
    }

    pub fn attr(&mut self, name: &str) -> String {
        if self.attrs.insert(name.to_owned()) {
            self.version.mix(&["attr", name]);
        }
        attr_var(name)
    }

    /// The C type of `ty` as a field, return value or out-parameter.
    pub fn field_type(&self, ty: &Type) -> Result<String, String> {
        self.c.field_type(ty)
    }

    /// `int in_<F>(PyObject *o, const char *name, <T> *out, pb_keep *k)` for a value in field
    /// position (a field, an element, an option's value, a by-value parameter).
    pub fn input(&mut self, ty: &Type) -> Result<String, String> {
        let name = cat!("in_", type_fragment(ty)?);
        // Defined already (the common case): its name is all a caller needs.
        if self.defs.contains_key(&name) {
            return Ok(name);
        }
        let ct = self.field_type(ty)?;
        let proto = format!(
            "static inline int {name}(PyObject *o, const char *name, {ct} *out, pb_keep *k)"
        );
        // Claimed first, so that recursive types terminate.
        if !self.reserve(&name, &proto) {
            return Ok(name);
        }
        match ty {
            t if t.is_primitive() => self.define(&name, proto, |w| {
                w.line("(void)k;");
                prim_in(w, t, "o", "name", "*out", "return -1;");
                w.line("return 0;");
            }),
            Type::String => self.define(&name, proto, |w| {
                w.line("(void)k;");
                w.line("const char *p = NULL;");
                w.line("size_t len = 0;");
                w.line("if (pb_str(o, name, &p, &len) < 0) { return -1; }");
                // The header's owned-string type has a mutable pointer; the library only reads
                // a string it is given (cap 0), so the pointer is copied, not cast.
                w.line("memcpy(&out->ptr, &p, sizeof p);");
                w.line("out->len = len;");
                w.line("out->cap = 0;");
                w.line("return 0;");
            }),
            Type::Vec(e) => {
                let seq = self.sequence(e)?;
                self.define(&name, proto, |w| {
                    w.line("size_t len = 0;");
                    wln!(
                        w,
                        "if ({seq}(o, name, &out->ptr, &len, k, 0) < 0) {{ return -1; }}"
                    );
                    w.line("out->len = len;");
                    w.line("out->cap = 0;");
                    w.line("return 0;");
                });
            }
            Type::Option(t) => {
                let inner = self.input(t)?;
                self.define(&name, proto, |w| {
                    w.block("if (o == Py_None) {", "}", |w| {
                        w.line("memset(out, 0, sizeof *out);");
                        w.line("return 0;");
                    });
                    w.line("out->is_some = true;");
                    wln!(w, "return {inner}(o, name, &out->value, k);");
                });
            }
            Type::Record(r) => {
                let fields = self.record_fields(r)?;
                let cls = self.class(r);
                let mut body = CodeWriter::new();
                type_check(&mut body, &cls, r);
                self.fields_in(&mut body, &fields, "out->")?;
                body.line("return 0;");
                self.define(&name, proto, |w| w.append(&body));
            }
            Type::Enum(e) => {
                let en = self.enum_def(e)?;
                let mut body = CodeWriter::new();
                if en.is_c_like() && !en.error {
                    let cls = self.class(e);
                    body.line("(void)k;");
                    type_check(&mut body, &cls, e);
                    body.line("long v = PyLong_AsLong(o);");
                    body.line("if (v == -1 && PyErr_Occurred()) { return -1; }");
                    wln!(body, "*out = ({ct})v;");
                    body.line("return 0;");
                } else {
                    body.line("memset(out, 0, sizeof *out);");
                    for (tag, v) in en.variants.iter().enumerate() {
                        let cls = self.class(&self.n.variant_class(e, &v.name));
                        let mut inner = CodeWriter::new();
                        wln!(inner, "out->tag = {tag};");
                        let dst = format!("out->payload.{}.", self.n.c_payload_member(&v.name));
                        self.fields_in(&mut inner, &v.fields, &dst)?;
                        inner.line("return 0;");
                        body.block(
                            &format!("if (Py_TYPE(o) == (PyTypeObject *){cls}) {{"),
                            "}",
                            |w| w.append(&inner),
                        );
                    }
                    wln!(body, "return pb_type_error(name, \"a variant of {e}\", o);");
                }
                self.define(&name, proto, |w| w.append(&body));
            }
            Type::Object(o) => {
                let cls = self.class(o);
                self.define(&name, proto, |w| {
                    w.line("(void)k;");
                    type_check(w, &cls, o);
                    w.line("out->handle = pb_handle(o);");
                    w.line("return 0;");
                });
            }
            other => return self.unsupported(&name, "pass", other),
        }
        Ok(name)
    }

    /// Fields read from the attributes of `o` into `<dst><c field>`; a field holding a
    /// reference into its Python value (a string, a buffer) keeps that value alive.
    fn fields_in(&mut self, w: &mut CodeWriter, fields: &[Field], dst: &str) -> Result<(), String> {
        for f in fields {
            let conv = self.input(&f.ty)?;
            let py = self.n.ident(&f.name);
            let attr = self.attr(&py);
            // Numbers, C-like enums and handles are copied out: their Python value may go now.
            let copied = match &f.ty {
                t if t.is_primitive() => true,
                Type::Object(_) => true,
                Type::Enum(e) => self.lib.enum_(e).is_some_and(|e| e.is_c_like() && !e.error),
                _ => false,
            };
            let c_field = self.n.c_field(&f.name);
            w.block("{", "}", |w| {
                wln!(w, "PyObject *fv = PyObject_GetAttr(o, {attr});");
                w.line("if (fv == NULL) { return -1; }");
                if !copied {
                    w.line("if (pb_keep_add(k, PB_KEEP_REF, fv) < 0) { return -1; }");
                }
                wln!(w, "int r = {conv}(fv, \"\", &{dst}{c_field}, k);");
                if copied {
                    w.line("Py_DECREF(fv);");
                }
                w.block("if (r < 0) {", "}", |w| {
                    wln!(w, "pb_error_prefix(name, -1, \"{py}\");");
                    w.line("return -1;");
                });
            });
        }
        Ok(())
    }

    /// `int seq_<F>(PyObject *o, const char *name, T **ptr, size_t *len, pb_keep *k, int mut)`:
    /// the elements of a sequence argument as a C array. Plain elements (numbers, records of
    /// numbers) are read in place from any buffer of the right item size (no copy); everything
    /// else is converted into an array that lives until the call is over.
    pub fn sequence(&mut self, elem: &Type) -> Result<String, String> {
        let name = cat!("seq_", type_fragment(elem)?);
        if self.defs.contains_key(&name) {
            return Ok(name);
        }
        let ct = self.field_type(elem)?;
        let proto = format!(
            "static inline int {name}(PyObject *o, const char *name, {ct} **ptr, size_t *len, pb_keep *k, int mut)"
        );
        // Claimed first, so that recursive types terminate.
        if !self.reserve(&name, &proto) {
            return Ok(name);
        }
        let conv = self.input(elem)?;
        let plain = self.lib.is_plain(elem);
        self.define(&name, proto, |w| {
            if plain {
                w.block(
                    "if (!PyList_Check(o) && !PyTuple_Check(o) && PyObject_CheckBuffer(o)) {",
                    "}",
                    |w| {
                        w.line("Py_buffer *v = pb_keep_view(k);");
                        w.line("if (v == NULL) { return -1; }");
                        w.line("int flags = mut ? (PyBUF_C_CONTIGUOUS | PyBUF_WRITABLE) : PyBUF_C_CONTIGUOUS;");
                        w.block("if (PyObject_GetBuffer(o, v, flags) < 0) {", "}", |w| {
                            w.line("pb_keep_unview(k, v);");
                            w.block("if (mut) {", "}", |w| {
                                w.line("PyErr_Clear();");
                                w.line("pb_type_error(name, \"a writable buffer or a list\", o);");
                            });
                            w.line("return -1;");
                        });
                        w.line("if (pb_keep_viewed(k, v) < 0) { return -1; }");
                        w.block(
                            &format!("if ((v->itemsize != (Py_ssize_t)sizeof({ct}) && v->itemsize != 1) || v->len % (Py_ssize_t)sizeof({ct}) != 0) {{"),
                            "}",
                            |w| {
                                wln!(w, "PyErr_Format(PyExc_TypeError, \"%s: expected a contiguous buffer of %zu-byte items (or their bytes), got %zd bytes of %zd-byte items\", name, sizeof({ct}), v->len, v->itemsize);");
                                w.line("return -1;");
                            },
                        );
                        wln!(w, "*ptr = ({ct} *)v->buf;");
                        wln!(w, "*len = (size_t)v->len / sizeof({ct});");
                        w.line("return 0;");
                    },
                );
            }
            w.block("if (PyUnicode_Check(o) || PyBytes_Check(o)) {", "}", |w| {
                w.line("return pb_type_error(name, \"a sequence\", o);");
            });
            w.block("if (mut && !PyList_Check(o)) {", "}", |w| {
                w.line("return pb_type_error(name, \"a writable buffer or a list\", o);");
            });
            w.line("PyObject *seq = PySequence_Fast(o, \"\");");
            w.block("if (seq == NULL) {", "}", |w| {
                w.line("PyErr_Clear();");
                w.line("return pb_type_error(name, \"a sequence\", o);");
            });
            w.line("if (pb_keep_add(k, PB_KEEP_REF, seq) < 0) { return -1; }");
            w.line("Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);");
            wln!(w, "{ct} *buf = PyMem_Calloc(n > 0 ? (size_t)n : 1, sizeof({ct}));");
            w.line("if (buf == NULL) { PyErr_NoMemory(); return -1; }");
            w.line("if (pb_keep_add(k, PB_KEEP_MEM, buf) < 0) { return -1; }");
            w.block("for (Py_ssize_t i = 0; i < n; i++) {", "}", |w| {
                w.block(
                    &format!("if ({conv}(PySequence_Fast_GET_ITEM(seq, i), \"\", &buf[i], k) < 0) {{"),
                    "}",
                    |w| {
                        w.line("pb_error_prefix(name, i, \"\");");
                        w.line("return -1;");
                    },
                );
            });
            w.line("*ptr = buf;");
            w.line("*len = (size_t)n;");
            w.line("return 0;");
        });
        Ok(name)
    }

    /// `PyObject *out_<F>(const <T> *c)`: a new Python object for the C value `*c`, which stays
    /// owned by the caller. `Str` is the borrowed view the library gives callbacks.
    pub fn output(&mut self, ty: &Type) -> Result<String, String> {
        let name = cat!("out_", type_fragment(ty)?);
        if self.defs.contains_key(&name) {
            return Ok(name);
        }
        let ct = match ty {
            Type::Str => self.c.type_name("Str"),
            t => self.field_type(t)?,
        };
        let proto = format!("static inline PyObject *{name}(const {ct} *c)");
        // Claimed first, so that recursive types terminate.
        if !self.reserve(&name, &proto) {
            return Ok(name);
        }
        match ty {
            t if t.is_primitive() => {
                let e = prim_out(t, "*c");
                self.define(&name, proto, |w| wln!(w, "return {e};"));
            }
            Type::String | Type::Str => self.define(&name, proto, |w| {
                w.line("return PyUnicode_DecodeUTF8(c->len ? c->ptr : \"\", (Py_ssize_t)c->len, \"strict\");");
            }),
            Type::Vec(e) if **e == Type::U8 => self.define(&name, proto, |w| {
                w.line("return PyBytes_FromStringAndSize(c->len ? (const char *)c->ptr : \"\", (Py_ssize_t)c->len);");
            }),
            Type::Vec(e) => {
                let conv = self.output(e)?;
                self.define(&name, proto, |w| {
                    w.line("PyObject *list = PyList_New((Py_ssize_t)c->len);");
                    w.line("if (list == NULL) { return NULL; }");
                    w.block("for (size_t i = 0; i < c->len; i++) {", "}", |w| {
                        wln!(w, "PyObject *v = {conv}(&c->ptr[i]);");
                        w.line("if (v == NULL) { Py_DECREF(list); return NULL; }");
                        w.line("PyList_SET_ITEM(list, (Py_ssize_t)i, v);");
                    });
                    w.line("return list;");
                });
            }
            Type::Option(t) => {
                let conv = self.output(t)?;
                self.define(&name, proto, |w| {
                    w.line("if (!c->is_some) { Py_RETURN_NONE; }");
                    wln!(w, "return {conv}(&c->value);");
                });
            }
            Type::Record(r) => {
                let fields = self.record_fields(r)?;
                let cls = self.class(r);
                let mut body = CodeWriter::new();
                self.construct(&mut body, &cls, None, &fields, "c->")?;
                self.define(&name, proto, |w| w.append(&body));
            }
            Type::Enum(e) => {
                let en = self.enum_def(e)?;
                let mut body = CodeWriter::new();
                if en.is_c_like() && !en.error {
                    let cls = self.class(e);
                    wln!(body, "PyObject *r = PyObject_CallFunction({cls}, \"i\", (int)*c);");
                    body.block(
                        "if (r == NULL && PyErr_ExceptionMatches(PyExc_ValueError)) {",
                        "}",
                        |w| {
                            w.line("PyErr_Clear();");
                            wln!(w, "PyErr_Format(pb_invalid_argument, \"%d is not a value of {e}\", (int)*c);");
                        },
                    );
                    body.line("return r;");
                } else {
                    let message = if en.error {
                        Some(self.output(&Type::String)?)
                    } else {
                        None
                    };
                    body.line("switch (c->tag) {");
                    for (tag, v) in en.variants.iter().enumerate() {
                        let cls = self.class(&self.n.variant_class(e, &v.name));
                        let src = format!("c->payload.{}.", self.n.c_payload_member(&v.name));
                        let mut case = CodeWriter::new();
                        self.construct(&mut case, &cls, message.as_deref(), &v.fields, &src)?;
                        body.block(&format!("case {tag}: {{"), "}", |w| w.append(&case));
                    }
                    body.block("default:", "", |w| {
                        wln!(w, "PyErr_Format(pb_invalid_argument, \"unknown tag %d of {e}\", (int)c->tag);");
                        w.line("return NULL;");
                    });
                    body.line("}");
                }
                self.define(&name, proto, |w| w.append(&body));
            }
            Type::Object(o) => {
                let cls = self.class(o);
                let free = self.n.c_free(o);
                self.define(&name, proto, |w| {
                    wln!(w, "PyTypeObject *t = (PyTypeObject *){cls};");
                    w.line("PyObject *obj = t->tp_alloc(t, 0);");
                    w.block("if (obj == NULL) {", "}", |w| {
                        wln!(w, "(void){free}(*c);");
                        w.line("return NULL;");
                    });
                    w.line("((pb_handle_object *)obj)->handle = c->handle;");
                    w.line("return obj;");
                });
            }
            other => return self.unsupported(&name, "return", other),
        }
        Ok(name)
    }

    /// `return cls(<message,> fields...)` from the C fields `<src><c field>`.
    fn construct(
        &mut self,
        w: &mut CodeWriter,
        cls: &str,
        message: Option<&str>,
        fields: &[Field],
        src: &str,
    ) -> Result<(), String> {
        let mut values = vec![];
        if let Some(m) = message {
            values.push(format!("{m}(&c->message)"));
        }
        for f in fields {
            let conv = self.output(&f.ty)?;
            values.push(format!("{conv}(&{src}{})", self.n.c_field(&f.name)));
        }
        let count = values.len();
        wln!(w, "PyObject *fv[{}] = {{NULL}};", count.max(1));
        w.line("int ok = 1;");
        for (i, v) in values.iter().enumerate() {
            wln!(w, "if (ok) {{ fv[{i}] = {v}; ok = fv[{i}] != NULL; }}");
        }
        wln!(
            w,
            "PyObject *r = ok ? PyObject_Vectorcall({cls}, fv, {count}, NULL) : NULL;"
        );
        for i in 0..count {
            wln!(w, "Py_XDECREF(fv[{i}]);");
        }
        w.line("return r;");
        Ok(())
    }
}

/// Refuse `o` unless it is an instance of the class in the C variable `cls`.
fn type_check(w: &mut CodeWriter, cls: &str, what: &str) {
    w.block(
        &format!("if (!PyObject_TypeCheck(o, (PyTypeObject *){cls})) {{"),
        "}",
        |w| wln!(w, "return pb_type_error(name, \"{what}\", o);"),
    );
}

/// C statements converting the Python object `src` into the primitive lvalue `dst`; `label` is
/// a C expression naming the value in messages, `fail` the statement run on error.
pub(crate) fn prim_in(
    w: &mut CodeWriter,
    ty: &Type,
    src: &str,
    label: &str,
    dst: &str,
    fail: &str,
) {
    let (max, min) = match ty {
        Type::U8 => ("UINT8_MAX", ""),
        Type::U16 => ("UINT16_MAX", ""),
        Type::U32 => ("UINT32_MAX", ""),
        Type::U64 => ("UINT64_MAX", ""),
        Type::Usize => ("SIZE_MAX", ""),
        Type::I8 => ("INT8_MAX", "INT8_MIN"),
        Type::I16 => ("INT16_MAX", "INT16_MIN"),
        Type::I32 => ("INT32_MAX", "INT32_MIN"),
        Type::I64 => ("INT64_MAX", "INT64_MIN"),
        Type::Isize => ("INTPTR_MAX", "INTPTR_MIN"),
        _ => ("", ""),
    };
    // Where the destination has the converter's own type, one line; else through a local of
    // that type, narrowed after the range check.
    let check = |w: &mut CodeWriter, convert: &str, range: &str, into: &str| {
        let head = cat!("if (", convert, "(", src, ", ", label, range, ", &", into);
        wcat!(w, head, ") < 0) { ", fail, " }");
    };
    let direct = match ty {
        Type::Bool => Some("pb_bool"),
        Type::F64 => Some("pb_double"),
        _ => None,
    };
    if let Some(convert) = direct {
        return check(w, convert, "", dst);
    }
    let (local, convert, range) = match ty {
        Type::F32 | Type::F64 => ("double v = 0;", "pb_double", String::new()),
        _ if min.is_empty() => ("unsigned long long v = 0;", "pb_unsigned", cat!(", ", max)),
        _ => ("long long v = 0;", "pb_signed", cat!(", ", min, ", ", max)),
    };
    w.block("{", "}", |w| {
        w.line(local);
        check(w, convert, &range, "v");
        wcat!(w, dst, " = (", c_prim(ty), ")v;");
    });
}

/// A new reference to the Python value of the primitive `expr`.
pub(crate) fn prim_out(ty: &Type, expr: &str) -> String {
    match ty {
        Type::Bool => format!("PyBool_FromLong({expr})"),
        Type::F32 | Type::F64 => format!("PyFloat_FromDouble((double){expr})"),
        Type::U8 | Type::U16 | Type::U32 => {
            format!("PyLong_FromUnsignedLong((unsigned long){expr})")
        }
        Type::U64 | Type::Usize => {
            format!("PyLong_FromUnsignedLongLong((unsigned long long){expr})")
        }
        _ => format!("PyLong_FromLongLong((long long){expr})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use polybind_ir::{from_json, validate};

    fn everything() -> ValidLibrary {
        let text = include_str!("../../tests/fixtures/everything.json");
        validate(&from_json(text).unwrap()).unwrap()
    }

    #[test]
    fn converters_are_generated_once_and_recursive_types_terminate() {
        let lib = everything();
        let n = Names::new(lib.name());
        let mut cv = Convs::new(&lib, &n);
        let tree = Type::Enum("Tree".into());
        assert_eq!(cv.input(&tree).unwrap(), "in_Tree");
        assert_eq!(cv.output(&tree).unwrap(), "out_Tree");
        let count = cv.defs.len();
        assert_eq!(cv.input(&tree).unwrap(), "in_Tree");
        assert_eq!(cv.defs.len(), count);
        let (_, def) = &cv.defs["in_Tree"];
        assert!(def.contains("TreeBranch"), "{def}");
        // Every reserved converter was defined.
        assert!(cv.defs.values().all(|(_, d)| !d.is_empty()));
        let mut w = CodeWriter::new();
        cv.emit(&mut w);
        let text = w.finish();
        assert_eq!(
            text.matches("static inline int in_Tree(").count(),
            2,
            "prototype and definition"
        );
    }

    #[test]
    fn what_cannot_be_a_value_is_an_error() {
        let lib = everything();
        let n = Names::new(lib.name());
        let mut cv = Convs::new(&lib, &n);
        let e = cv.input(&Type::Str).unwrap_err();
        assert!(e.contains("Str"), "{e}");
        assert!(cv.output(&Type::Slice(Box::new(Type::U8))).is_err());
        assert!(
            cv.defs.is_empty(),
            "a failed converter leaves nothing behind"
        );
    }

    #[test]
    fn plain_sequences_are_borrowed_others_converted() {
        let lib = everything();
        let n = Names::new(lib.name());
        let mut cv = Convs::new(&lib, &n);
        cv.sequence(&Type::F64).unwrap();
        cv.sequence(&Type::String).unwrap();
        assert!(cv.defs["seq_F64"].1.contains("PyObject_GetBuffer"));
        assert!(!cv.defs["seq_String"].1.contains("PyObject_GetBuffer"));
    }
}
