//! The OCaml side of an interface: what the `.mli` says, kept next to the IR because the IR
//! forgets what the C stubs must know (a `list` and an `array` are both `Vec`, a tuple is a
//! record, an all-float record is stored flat, an exception is a variant of one error enum).

use polybind_ir::Location;

/// An OCaml type expression, after aliases are resolved.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum OType {
    /// OCaml's 63-bit `int`, crossing as `int64_t` with a range check on the way in.
    Int,
    Float,
    Bool,
    String,
    /// `bytes`, crossing as `Vec<u8>`.
    Bytes,
    Unit,
    Option(Box<OType>),
    List(Box<OType>),
    Array(Box<OType>),
    /// A tuple, lowered to a generated record (see [`Tuple`]).
    Tuple(Vec<OType>),
    /// A type the interface defines, by its OCaml name.
    Named(String),
}

/// One `.mli` file: an OCaml module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Module {
    /// The module name (`Geometry` for `geometry.mli`).
    pub name: String,
    pub file: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    /// The name in the IR: the label, the `@param` name, or `argN`.
    pub name: String,
    /// `~label`: the registration wrapper passes the argument by label.
    pub label: Option<String>,
    pub ty: OType,
}

/// A `val` (or `external`) of the interface; a value that is not a function is bound as a
/// function without parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    /// Index into [`Interface::modules`].
    pub module: usize,
    pub name: String,
    pub docs: String,
    /// Every OCaml argument in order, `unit` ones included (they are passed as `()`).
    pub params: Vec<Param>,
    pub ret: OType,
    /// Whether the value is a function (a plain value is wrapped in `fun () -> v`).
    pub is_function: bool,
    /// The doc comment names a declared exception with `@raise`: the call returns `Result`.
    pub raises: bool,
    pub location: Location,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub ty: OType,
    pub docs: String,
}

/// The payload of a constructor (or exception): `of a * b` or `of { x : a }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Constructor {
    /// The OCaml constructor name (`Not_found`).
    pub name: String,
    pub docs: String,
    pub fields: Vec<Field>,
    /// `of a * b`: the fields are positional (`f0`, `f1`, ...).
    pub tuple: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeKind {
    Record(Vec<Field>),
    Variant(Vec<Constructor>),
    /// `type t`: an object behind a handle.
    Abstract,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeDecl {
    pub module: usize,
    /// The OCaml name (`point`).
    pub name: String,
    /// The IR name (`Point`).
    pub ir_name: String,
    pub docs: String,
    pub kind: TypeKind,
    pub location: Location,
}

/// A tuple type used by the interface, lowered to the record `ir_name` with fields `f0`, `f1`...
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tuple {
    pub ir_name: String,
    pub elems: Vec<OType>,
}

/// An exception declared in the interface: a variant of the library's error enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exception {
    pub module: usize,
    pub ctor: Constructor,
    pub location: Location,
}

/// Everything the `.mli` files declare that polybind binds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Interface {
    /// The library name (every C symbol's prefix).
    pub name: String,
    pub docs: String,
    pub modules: Vec<Module>,
    pub types: Vec<TypeDecl>,
    pub tuples: Vec<Tuple>,
    pub exceptions: Vec<Exception>,
    pub values: Vec<Value>,
}

/// The IR name of the error enum the declared exceptions become.
pub const ERROR_ENUM: &str = "Error";

impl Interface {
    pub fn type_decl(&self, name: &str) -> Option<&TypeDecl> {
        self.types.iter().find(|t| t.name == name)
    }

    pub fn tuple(&self, elems: &[OType]) -> Option<&Tuple> {
        self.tuples.iter().find(|t| t.elems == elems)
    }

    /// The qualified OCaml path of an item of module `module` (`Geometry.add`).
    pub fn path(&self, module: usize, name: &str) -> String {
        match self.modules.get(module) {
            Some(m) => format!("{}.{name}", m.name),
            None => name.to_owned(),
        }
    }
}

/// An all-float record is stored by OCaml as a flat float array (`Double_array_tag`); tuples
/// and constructor payloads never are.
pub fn is_flat_float_record(fields: &[Field]) -> bool {
    !fields.is_empty() && fields.iter().all(|f| f.ty == OType::Float)
}

/// The fields of the record a tuple is lowered to: `f0`, `f1`, ... (named as the positional
/// fields of tuple variants, so every backend already spells them natively).
pub fn tuple_fields(elems: &[OType]) -> Vec<Field> {
    elems
        .iter()
        .enumerate()
        .map(|(i, t)| Field {
            name: format!("f{i}"),
            ty: t.clone(),
            docs: String::new(),
        })
        .collect()
}
