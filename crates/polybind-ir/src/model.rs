//! The data model. Every collection is a `Vec` in declaration order so that output is
//! deterministic; nothing here is a hash map.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A whole library: everything one cdylib exports.
#[derive(Debug, Clone, PartialEq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Library {
    pub schema_version: u32,
    /// The crate name as Rust sees it (`CARGO_CRATE_NAME`, snake_case). Every exported C symbol
    /// starts with `<name>_`.
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub docs: String,
    #[serde(default)]
    pub items: Vec<Item>,
    /// The module each item is declared in, as a path below the crate root (`["shapes",
    /// "round"]` for `crate::shapes::round`), keyed by item name; items at the root are absent.
    /// Frontends that see one item at a time (the proc macro) leave it empty. Targets with
    /// namespaces follow it; C names stay flat, so it is in no checksum.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub modules: BTreeMap<String, Vec<String>>,
}

impl Library {
    pub fn new(name: impl Into<String>) -> Self {
        Library {
            schema_version: crate::SCHEMA_VERSION,
            name: name.into(),
            docs: String::new(),
            items: vec![],
            modules: BTreeMap::new(),
        }
    }
}

/// One exported item.
#[derive(Debug, Clone, PartialEq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "item")]
pub enum Item {
    Function(Function),
    Record(Record),
    Enum(Enum),
    Object(Object),
    /// Methods added to an object by an `impl` block; merged into the object by validation.
    ObjectImpl(ObjectImpl),
    CallbackInterface(CallbackInterface),
    Constant(Constant),
}

impl Item {
    pub fn name(&self) -> &str {
        match self {
            Item::Function(f) => &f.name,
            Item::Record(r) => &r.name,
            Item::Enum(e) => &e.name,
            Item::Object(o) => &o.name,
            Item::ObjectImpl(i) => &i.object,
            Item::CallbackInterface(c) => &c.name,
            Item::Constant(c) => &c.name,
        }
    }

    pub fn location(&self) -> Option<&Location> {
        match self {
            Item::Function(f) => f.location.as_ref(),
            Item::Record(r) => r.location.as_ref(),
            Item::Enum(e) => e.location.as_ref(),
            Item::Object(o) => o.location.as_ref(),
            Item::ObjectImpl(i) => i.location.as_ref(),
            Item::CallbackInterface(c) => c.location.as_ref(),
            Item::Constant(c) => c.location.as_ref(),
        }
    }
}

/// A validated item, borrowed ([`crate::ValidLibrary::items`]); `impl` blocks are merged into
/// their objects by then.
#[derive(Debug, Clone, Copy, PartialEq, Hash)]
pub enum ItemRef<'a> {
    Function(&'a Function),
    Record(&'a Record),
    Enum(&'a Enum),
    Object(&'a Object),
    CallbackInterface(&'a CallbackInterface),
    Constant(&'a Constant),
}

impl<'a> ItemRef<'a> {
    pub fn name(&self) -> &'a str {
        match self {
            ItemRef::Function(f) => &f.name,
            ItemRef::Record(r) => &r.name,
            ItemRef::Enum(e) => &e.name,
            ItemRef::Object(o) => &o.name,
            ItemRef::CallbackInterface(c) => &c.name,
            ItemRef::Constant(c) => &c.name,
        }
    }

    /// The item, copied.
    pub fn to_item(self) -> Item {
        match self {
            ItemRef::Function(f) => Item::Function(f.clone()),
            ItemRef::Record(r) => Item::Record(r.clone()),
            ItemRef::Enum(e) => Item::Enum(e.clone()),
            ItemRef::Object(o) => Item::Object(o.clone()),
            ItemRef::CallbackInterface(c) => Item::CallbackInterface(c.clone()),
            ItemRef::Constant(c) => Item::Constant(c.clone()),
        }
    }
}

/// The kinds of [`ItemRef`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemKind {
    Function,
    Record,
    Enum,
    Object,
    CallbackInterface,
    Constant,
}

/// Where an item was declared; carried for diagnostics only (in no checksum).
#[derive(Debug, Clone, PartialEq, Hash, Eq, Serialize, Deserialize)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

/// A 1-based line and column in the file of the enclosing item's [`Location`]; for diagnostics
/// only (in no checksum).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LineColumn {
    pub line: usize,
    pub column: usize,
}

impl LineColumn {
    /// The line and column (in characters, as editors count them) of the byte `offset` of
    /// `text`, which must be at a character boundary.
    pub fn of_offset(text: &str, offset: usize) -> LineColumn {
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |n| n + 1);
        LineColumn {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

impl Location {
    /// The place `at` in this location's file.
    pub fn moved_to(&self, at: LineColumn) -> Location {
        Location {
            file: self.file.clone(),
            line: at.line,
            column: at.column,
        }
    }
}

/// A type as it crosses the boundary.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Type {
    Bool,
    U8,
    U16,
    U32,
    U64,
    I8,
    I16,
    I32,
    I64,
    Usize,
    Isize,
    F32,
    F64,
    /// `&str`: a borrowed UTF-8 view (parameters and callback arguments only).
    Str,
    /// `String`: owned UTF-8. As a parameter it is passed as a borrowed view and copied.
    String,
    /// `&[T]`: a borrowed view (parameters only).
    Slice(Box<Type>),
    /// `&mut [T]`: a mutable borrowed view of plain elements (parameters only).
    SliceMut(Box<Type>),
    /// `Vec<T>`: owned. As a parameter it is passed as a borrowed view and copied.
    Vec(Box<Type>),
    Option(Box<Type>),
    /// A name not yet resolved (what a per-item frontend such as the proc macro produces).
    /// Validation replaces it with one of the kinds below.
    Named(String),
    Record(String),
    Enum(String),
    /// A handle to an object. As a parameter it is borrowed; as a return value it is owned.
    Object(String),
    /// A foreign implementation of an exported trait (`Box<dyn T>` or `&dyn T`).
    CallbackInterface(String),
    /// A closure parameter (`impl Fn(..) -> ..`).
    Callback(Box<Callback>),
}

impl Type {
    pub fn is_primitive(&self) -> bool {
        matches!(
            self,
            Type::Bool
                | Type::U8
                | Type::U16
                | Type::U32
                | Type::U64
                | Type::I8
                | Type::I16
                | Type::I32
                | Type::I64
                | Type::Usize
                | Type::Isize
                | Type::F32
                | Type::F64
        )
    }

    /// Integers and floats: every bit pattern is a valid value.
    pub fn is_number(&self) -> bool {
        self.is_primitive() && *self != Type::Bool
    }

    /// The name of a named type, resolved or not.
    pub fn named(&self) -> Option<&str> {
        match self {
            Type::Named(n)
            | Type::Record(n)
            | Type::Enum(n)
            | Type::Object(n)
            | Type::CallbackInterface(n) => Some(n),
            _ => None,
        }
    }
}

impl std::fmt::Display for Type {
    /// The type as Rust source spells it (named types by name).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = String::new();
        crate::hash::ty(&mut s, self);
        f.write_str(&s)
    }
}

/// The signature of a closure parameter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Callback {
    pub params: Vec<Type>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ret: Option<Type>,
    /// `FnOnce`: called at most once.
    #[serde(default)]
    pub once: bool,
    /// `'static` closure the library may keep after the call returns.
    #[serde(default)]
    pub retained: bool,
}

#[derive(Debug, Clone, PartialEq, Hash, Eq, Serialize, Deserialize)]
pub struct Param {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: Type,
    /// Where the parameter's name is, in its item's file, so that an error about it points at
    /// it rather than at the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<LineColumn>,
}

#[derive(Debug, Clone, PartialEq, Hash, Eq, Serialize, Deserialize)]
pub struct Function {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub docs: String,
    pub params: Vec<Param>,
    /// `None` for `()`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ret: Option<Type>,
    /// The error enum of a `Result<_, E>` return.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// `#[polybind(blocking)]`: long-running or blocking, so bindings with a global lock (Python's
    /// GIL) release it around the call. Not part of the ABI, so in no checksum.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub blocking: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

#[derive(Debug, Clone, PartialEq, Hash, Eq, Serialize, Deserialize)]
pub struct Field {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: Type,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub docs: String,
    /// Where the field's name is, in its item's file (see [`Param::at`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<LineColumn>,
}

/// A struct passed by value as a C struct.
#[derive(Debug, Clone, PartialEq, Hash, Eq, Serialize, Deserialize)]
pub struct Record {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub docs: String,
    pub fields: Vec<Field>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

#[derive(Debug, Clone, PartialEq, Hash, Eq, Serialize, Deserialize)]
pub struct Variant {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub docs: String,
    /// Explicit discriminant of a C-like variant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discriminant: Option<i64>,
    /// Fields of a data-carrying variant; tuple fields are named `f0`, `f1`, ...
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<Field>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub tuple: bool,
}

/// An enum: C-like when no variant carries data, a tagged union otherwise. An error enum
/// (`#[polybind(error)]`) appears only as the `E` of a `Result` and carries its `Display` message.
#[derive(Debug, Clone, PartialEq, Hash, Eq, Serialize, Deserialize)]
pub struct Enum {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub docs: String,
    pub variants: Vec<Variant>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub error: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

impl Enum {
    pub fn is_c_like(&self) -> bool {
        self.variants.iter().all(|v| v.fields.is_empty())
    }

    /// The C-level discriminant of each variant (explicit, or one more than the previous).
    pub fn discriminants(&self) -> Vec<i64> {
        let mut next = 0i64;
        self.variants
            .iter()
            .map(|v| {
                let d = v.discriminant.unwrap_or(next);
                next = d.wrapping_add(1);
                d
            })
            .collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Hash, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Receiver {
    /// An associated function returning `Self` (or `Result<Self, E>`).
    Constructor,
    /// `&self`
    Ref,
    /// `&mut self`
    Mut,
    /// An associated function not returning `Self`.
    Static,
}

#[derive(Debug, Clone, PartialEq, Hash, Eq, Serialize, Deserialize)]
pub struct Method {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub docs: String,
    pub receiver: Receiver,
    pub params: Vec<Param>,
    /// For constructors this is `None`: they return the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ret: Option<Type>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// `#[polybind(blocking)]` on the method (see [`Function::blocking`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub blocking: bool,
}

/// An opaque object behind a checked handle.
#[derive(Debug, Clone, PartialEq, Hash, Eq, Serialize, Deserialize)]
pub struct Object {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub docs: String,
    #[serde(default)]
    pub methods: Vec<Method>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

#[derive(Debug, Clone, PartialEq, Hash, Eq, Serialize, Deserialize)]
pub struct ObjectImpl {
    pub object: String,
    pub methods: Vec<Method>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

#[derive(Debug, Clone, PartialEq, Hash, Eq, Serialize, Deserialize)]
pub struct CallbackMethod {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub docs: String,
    pub params: Vec<Param>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ret: Option<Type>,
}

/// A trait the foreign side implements, passed as a vtable.
#[derive(Debug, Clone, PartialEq, Hash, Eq, Serialize, Deserialize)]
pub struct CallbackInterface {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub docs: String,
    pub methods: Vec<CallbackMethod>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConstValue {
    Bool(bool),
    /// Any integer from `i64::MIN` to `u64::MAX`; serialised as a plain JSON number.
    Int(#[serde(with = "int_number")] i128),
    Float(f64),
    Str(String),
}

#[derive(Debug, Clone, PartialEq, Hash, Serialize, Deserialize)]
pub struct Constant {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub docs: String,
    #[serde(rename = "type")]
    pub ty: Type,
    pub value: ConstValue,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

/// By the float's bits: the hash tells generated texts apart (`-0.0` and `0.0` are written
/// differently), it is not used to look values up.
impl std::hash::Hash for ConstValue {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        std::mem::discriminant(self).hash(state);
        match self {
            ConstValue::Bool(b) => b.hash(state),
            ConstValue::Int(i) => i.hash(state),
            ConstValue::Float(f) => f.to_bits().hash(state),
            ConstValue::Str(s) => s.hash(state),
        }
    }
}

/// `i128` as a JSON number. serde buffers internally tagged enums (`Item`) in a form that has no
/// 128-bit integers, so the value travels as an `i64` or a `u64`, whichever holds it.
mod int_number {
    use serde::{Deserializer, Serializer, de};

    pub fn serialize<S: Serializer>(v: &i128, s: S) -> Result<S::Ok, S::Error> {
        if let Ok(i) = i64::try_from(*v) {
            s.serialize_i64(i)
        } else if let Ok(u) = u64::try_from(*v) {
            s.serialize_u64(u)
        } else {
            Err(serde::ser::Error::custom(format!(
                "integer constant {v} is outside the 64-bit range"
            )))
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<i128, D::Error> {
        struct V;
        impl de::Visitor<'_> for V {
            type Value = i128;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an integer between i64::MIN and u64::MAX")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<i128, E> {
                Ok(v.into())
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<i128, E> {
                Ok(v.into())
            }
        }
        d.deserialize_any(V)
    }
}
