//! The generation context: the interface, its validated IR, the C names, and the conversion
//! helpers collected on demand (keyed, so each is written once and in a stable order).

use crate::model::{Interface, OType, TypeDecl, TypeKind};
use heck::ToSnakeCase;
use polybind_backend_c::{CNames, StubHelpers};
use polybind_codegen::BackendError;
use polybind_ir::{Type, ValidLibrary};

pub(crate) const BACKEND: &str = "ocaml-stubs";

pub(crate) struct Cx<'a> {
    pub iface: &'a Interface,
    pub lib: &'a ValidLibrary,
    pub c: CNames,
    pub helpers: StubHelpers,
    /// The item errors are about.
    pub item: String,
}

/// How a value of a type is handed to an input helper: by pointer, or as `(ptr, len)`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pass {
    Pointer,
    View,
}

impl<'a> Cx<'a> {
    pub fn new(iface: &'a Interface, lib: &'a ValidLibrary) -> Self {
        Cx {
            iface,
            lib,
            c: CNames::new(lib.name()),
            helpers: StubHelpers::default(),
            item: String::new(),
        }
    }

    pub fn error(&self, message: impl Into<String>) -> BackendError {
        BackendError::new(BACKEND, self.item.clone(), message)
    }

    /// The declaration of the OCaml type `name`.
    pub fn decl(&self, name: &str) -> Result<&'a TypeDecl, BackendError> {
        let iface: &'a Interface = self.iface;
        iface
            .type_decl(name)
            .ok_or_else(|| self.error(format!("the type `{name}` is not declared")))
    }

    /// The resolved IR type of an OCaml type.
    pub fn ir(&self, ty: &OType) -> Result<Type, BackendError> {
        Ok(match ty {
            OType::Unit => return Err(self.error("`unit` has no C form here")),
            OType::Int => Type::I64,
            OType::Float => Type::F64,
            OType::Bool => Type::Bool,
            OType::String => Type::String,
            OType::Bytes => Type::Vec(Box::new(Type::U8)),
            OType::Option(t) => Type::Option(Box::new(self.ir(t)?)),
            OType::List(t) | OType::Array(t) => Type::Vec(Box::new(self.ir(t)?)),
            OType::Tuple(elems) => Type::Record(self.tuple_name(elems)?),
            OType::Named(n) => {
                let decl = self.decl(n)?;
                let name = decl.ir_name.clone();
                match decl.kind {
                    TypeKind::Record(_) => Type::Record(name),
                    TypeKind::Variant(_) => Type::Enum(name),
                    TypeKind::Abstract => Type::Object(name),
                }
            }
        })
    }

    pub fn tuple_name(&self, elems: &[OType]) -> Result<String, BackendError> {
        self.iface
            .tuple(elems)
            .map(|t| t.ir_name.clone())
            .ok_or_else(|| self.error("a tuple type was not collected by the parser"))
    }

    /// The C type of a field, return value or element.
    pub fn field(&self, ty: &OType) -> Result<String, BackendError> {
        let ir = self.ir(ty)?;
        self.c.field_type(&ir).map_err(|m| self.error(m))
    }

    /// The C type of a parameter of an exported function.
    pub fn param(&self, ty: &OType) -> Result<String, BackendError> {
        let ir = self.ir(ty)?;
        self.c.param_type(&ir).map_err(|m| self.error(m))
    }

    /// The element C type of a buffer kind (`char` for strings).
    pub fn elem(&self, ty: &OType) -> Result<String, BackendError> {
        match ty {
            OType::String => Ok("char".into()),
            OType::Bytes => Ok("uint8_t".into()),
            OType::List(t) | OType::Array(t) => self.field(t),
            _ => Err(self.error("not a buffer type")),
        }
    }

    /// The release function of a returned value, when it owns memory.
    pub fn free_fn(&self, ty: &OType) -> Result<Option<String>, BackendError> {
        let ir = self.ir(ty)?;
        Ok(self.c.free_fn(self.lib, &ir))
    }

    pub fn pass(ty: &OType) -> Pass {
        match ty {
            OType::String | OType::Bytes | OType::List(_) | OType::Array(_) => Pass::View,
            _ => Pass::Pointer,
        }
    }

    /// A call of the input helper of `ty` converting the C value `expr` into `*dst`.
    pub fn in_call(&mut self, ty: &OType, expr: &str, dst: &str) -> Result<String, BackendError> {
        let name = self.in_helper(ty)?;
        Ok(match Self::pass(ty) {
            Pass::View => format!("{name}({expr}.ptr, {expr}.len, {dst})"),
            Pass::Pointer => format!("{name}(&{expr}, {dst})"),
        })
    }

    /// A call of the output helper of `ty` converting the OCaml value `v` into `*dst`.
    pub fn out_call(&mut self, ty: &OType, v: &str, dst: &str) -> Result<String, BackendError> {
        let name = self.out_helper(ty)?;
        Ok(format!("{name}({v}, {dst})"))
    }

    /// The type id of an object type in the handle table (its index among abstract types, + 1).
    pub fn object_id(&self, name: &str) -> usize {
        self.iface
            .types
            .iter()
            .filter(|t| t.kind == TypeKind::Abstract)
            .position(|t| t.name == name)
            .map_or(0, |i| i + 1)
    }

    /// The registered name of a value (`geometry.add`), also the `caml_named_value` key.
    pub fn registered(&self, value: &str) -> String {
        format!("{}.{value}", self.lib.name())
    }

    /// `pb_fn_<value>`: the cached closure of a value.
    pub fn closure(&self, value: &str) -> String {
        format!("pb_fn_{}", value.to_snake_case())
    }
}

/// A name fragment unique to each OCaml type shape (`list_int`, `array_t_point`).
pub(crate) fn key(ty: &OType) -> String {
    match ty {
        OType::Int => "int".into(),
        OType::Float => "float".into(),
        OType::Bool => "bool".into(),
        OType::String => "string".into(),
        OType::Bytes => "bytes".into(),
        OType::Unit => "unit".into(),
        OType::Option(t) => format!("option_{}", key(t)),
        OType::List(t) => format!("list_{}", key(t)),
        OType::Array(t) => format!("array_{}", key(t)),
        OType::Tuple(ts) => format!(
            "tuple_{}_end",
            ts.iter().map(key).collect::<Vec<_>>().join("_")
        ),
        OType::Named(n) => format!("t_{n}"),
    }
}
