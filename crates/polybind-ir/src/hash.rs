//! Item checksums: the contract between a compiled library and the bindings generated for it.
//!
//! The proc macro computes the checksum of each item it expands and exports it from the library
//! (`<lib>_checksum_<key>()`); backends embed the same value and compare at load time. Both sides
//! hash the same canonical text, built here, so they can never disagree about the algorithm.
//! Docs and locations are left out (editing a comment must not break compatibility), and named
//! types are hashed by name only, because the macro sees one item at a time and cannot know
//! whether `Point` is a record or an enum.

use crate::model::*;
use sha2::{Digest, Sha256};
use std::fmt::Write;

/// What a checksum symbol is about; also names the symbol.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemKey<'a> {
    Function(&'a Function),
    Method(&'a str, &'a Method),
    Record(&'a Record),
    Enum(&'a Enum),
    Object(&'a str),
    CallbackInterface(&'a CallbackInterface),
}

impl ItemKey<'_> {
    /// The suffix of the checksum symbol: `<lib>_checksum_<suffix>`.
    pub fn symbol_suffix(&self) -> String {
        use heck::ToSnakeCase;
        match self {
            // Concatenated, not formatted: tens of thousands per run.
            ItemKey::Function(f) => ["fn_", f.name.as_str()].concat(),
            ItemKey::Method(o, m) => ["method_", &o.to_snake_case(), "_", &m.name].concat(),
            ItemKey::Record(r) => ["type_", &r.name.to_snake_case()].concat(),
            ItemKey::Enum(e) => ["type_", &e.name.to_snake_case()].concat(),
            ItemKey::Object(o) => ["type_", &o.to_snake_case()].concat(),
            ItemKey::CallbackInterface(c) => ["type_", &c.name.to_snake_case()].concat(),
        }
    }

    /// The item in words, for messages: `function f`, `method Obj::m`, `record R`, ...
    pub fn label(&self) -> String {
        match self {
            ItemKey::Function(f) => ["function ", f.name.as_str()].concat(),
            ItemKey::Method(o, m) => format!("method {o}::{}", m.name),
            ItemKey::Record(r) => format!("record {}", r.name),
            ItemKey::Enum(e) => format!("enum {}", e.name),
            ItemKey::Object(o) => format!("object {o}"),
            ItemKey::CallbackInterface(c) => format!("callback interface {}", c.name),
        }
    }

    fn canonical(&self) -> String {
        // Formatted once: tens of thousands of checksums per run.
        static PREFIX: std::sync::LazyLock<String> =
            std::sync::LazyLock::new(|| format!("polybind-v{};", crate::SCHEMA_VERSION));
        let mut s = String::with_capacity(256);
        s.push_str(&PREFIX);
        match self {
            ItemKey::Function(f) => {
                s.push_str("fn ");
                s.push_str(&f.name);
                sig(&mut s, &f.params, f.ret.as_ref(), f.error.as_deref());
            }
            ItemKey::Method(o, m) => {
                let _ = write!(s, "method {o}.{} {:?}", m.name, m.receiver);
                sig(&mut s, &m.params, m.ret.as_ref(), m.error.as_deref());
            }
            ItemKey::Record(r) => {
                let _ = write!(s, "record {}{{", r.name);
                fields(&mut s, &r.fields);
                s.push('}');
            }
            ItemKey::Enum(e) => {
                let _ = write!(s, "enum {} error={}{{", e.name, e.error);
                for (v, d) in e.variants.iter().zip(e.discriminants()) {
                    let _ = write!(s, "{}={d}(", v.name);
                    fields(&mut s, &v.fields);
                    s.push_str("),");
                }
                s.push('}');
            }
            ItemKey::Object(o) => {
                let _ = write!(s, "object {o}");
            }
            ItemKey::CallbackInterface(c) => {
                let _ = write!(s, "trait {}{{", c.name);
                for m in &c.methods {
                    let _ = write!(s, "{}", m.name);
                    sig(&mut s, &m.params, m.ret.as_ref(), None);
                    s.push(',');
                }
                s.push('}');
            }
        }
        s
    }
}

fn sig(s: &mut String, params: &[Param], ret: Option<&Type>, error: Option<&str>) {
    s.push('(');
    for p in params {
        s.push_str(&p.name);
        s.push(':');
        ty(s, &p.ty);
        s.push(',');
    }
    s.push_str(")->");
    match ret {
        Some(t) => ty(s, t),
        None => s.push_str("()"),
    }
    if let Some(e) = error {
        s.push('!');
        s.push_str(e);
    }
}

fn fields(s: &mut String, fields: &[Field]) {
    for f in fields {
        s.push_str(&f.name);
        s.push(':');
        ty(s, &f.ty);
        s.push(',');
    }
}

pub(crate) fn ty(s: &mut String, t: &Type) {
    let simple = match t {
        Type::Bool => "bool",
        Type::U8 => "u8",
        Type::U16 => "u16",
        Type::U32 => "u32",
        Type::U64 => "u64",
        Type::I8 => "i8",
        Type::I16 => "i16",
        Type::I32 => "i32",
        Type::I64 => "i64",
        Type::Usize => "usize",
        Type::Isize => "isize",
        Type::F32 => "f32",
        Type::F64 => "f64",
        Type::Str => "&str",
        Type::String => "String",
        _ => "",
    };
    if !simple.is_empty() {
        s.push_str(simple);
        return;
    }
    match t {
        Type::Slice(e) => wrap(s, "&[", e, "]"),
        Type::SliceMut(e) => wrap(s, "&mut [", e, "]"),
        Type::Vec(e) => wrap(s, "Vec<", e, ">"),
        Type::Option(e) => wrap(s, "Option<", e, ">"),
        Type::Named(n)
        | Type::Record(n)
        | Type::Enum(n)
        | Type::Object(n)
        | Type::CallbackInterface(n) => s.push_str(n),
        Type::Callback(cb) => {
            let _ = write!(s, "Fn[once={},retained={}]", cb.once, cb.retained);
            sig(
                s,
                &cb.params
                    .iter()
                    .map(|t| Param {
                        name: String::new(),
                        ty: t.clone(),
                        at: None,
                    })
                    .collect::<Vec<_>>(),
                cb.ret.as_ref(),
                None,
            );
        }
        _ => {}
    }
}

fn wrap(s: &mut String, open: &str, inner: &Type, close: &str) {
    s.push_str(open);
    ty(s, inner);
    s.push_str(close);
}

/// The checksum of one item (the first 8 bytes of SHA-256 of its canonical text, big-endian,
/// with the top bit cleared so that languages without unsigned 64-bit integers hold it exactly).
pub fn item_checksum(key: &ItemKey<'_>) -> u64 {
    let digest = Sha256::digest(key.canonical().as_bytes());
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&digest[..8]);
    u64::from_be_bytes(bytes) & (u64::MAX >> 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn func(ret: Type) -> Function {
        Function {
            name: "f".into(),
            docs: "doc".into(),
            params: vec![Param {
                name: "p".into(),
                ty: Type::Named("Point".into()),
                at: None,
            }],
            ret: Some(ret),
            error: None,
            blocking: false,
            location: None,
        }
    }

    #[test]
    fn resolution_and_docs_do_not_change_the_checksum() {
        let a = func(Type::U32);
        let mut b = func(Type::U32);
        b.docs = "other".into();
        b.params[0].ty = Type::Record("Point".into());
        assert_eq!(
            item_checksum(&ItemKey::Function(&a)),
            item_checksum(&ItemKey::Function(&b))
        );
    }

    #[test]
    fn a_signature_change_changes_the_checksum() {
        let a = func(Type::U32);
        let b = func(Type::U64);
        assert_ne!(
            item_checksum(&ItemKey::Function(&a)),
            item_checksum(&ItemKey::Function(&b))
        );
        assert!(item_checksum(&ItemKey::Function(&a)) < (1 << 63));
    }
}
