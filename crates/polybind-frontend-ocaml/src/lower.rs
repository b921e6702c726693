//! The OCaml model to the IR. Every OCaml construct maps to exactly one IR construct; the stubs
//! read both, so the choices here are the ABI of an OCaml library:
//! `int` → `i64`, `float` → `f64`, `string` → `String`, `bytes` / `list` / `array` → `Vec`,
//! `option` → `Option`, tuples → generated records `Tuple…` with fields `f0`, `f1`, … (as tuple variants),
//! records → records, variants → enums, abstract types → objects, the declared exceptions →
//! one error enum `Error` returned by the values whose docs say `@raise` one of them.

use crate::model::{self, ERROR_ENUM, Interface, OType, TypeKind};
use polybind_ir::{Enum, Field, Function, Item, Library, Object, Param, Record, Type, Variant};

/// The IR type of an OCaml type; `None` for `unit` (no value crosses).
pub fn ir_type(iface: &Interface, ty: &OType) -> Option<Type> {
    Some(match ty {
        OType::Unit => return None,
        OType::Int => Type::I64,
        OType::Float => Type::F64,
        OType::Bool => Type::Bool,
        OType::String => Type::String,
        OType::Bytes => Type::Vec(Box::new(Type::U8)),
        OType::Option(t) => Type::Option(Box::new(nested(iface, t))),
        OType::List(t) | OType::Array(t) => Type::Vec(Box::new(nested(iface, t))),
        OType::Tuple(elems) => Type::Record(
            iface
                .tuple(elems)
                .map(|t| t.ir_name.clone())
                .unwrap_or_default(),
        ),
        OType::Named(n) => Type::Named(crate::ir_type_name(n)),
    })
}

/// A type inside a container; `unit` there has no C form and is left for validation to refuse
/// by its name.
fn nested(iface: &Interface, ty: &OType) -> Type {
    ir_type(iface, ty).unwrap_or_else(|| Type::Named("unit".into()))
}

fn fields(iface: &Interface, fs: &[model::Field]) -> Vec<Field> {
    fs.iter()
        .map(|f| Field {
            name: f.name.clone(),
            ty: nested(iface, &f.ty),
            docs: f.docs.clone(),
            at: None,
        })
        .collect()
}

fn variant(iface: &Interface, c: &model::Constructor) -> Variant {
    Variant {
        name: crate::ir_type_name(&c.name),
        docs: c.docs.clone(),
        discriminant: None,
        fields: fields(iface, &c.fields),
        tuple: c.tuple,
    }
}

/// The IR of an interface (to be validated by the caller).
pub fn lower(iface: &Interface) -> Library {
    let mut lib = Library::new(iface.name.clone());
    lib.docs = iface.docs.clone();
    for t in &iface.types {
        let location = Some(t.location.clone());
        lib.items.push(match &t.kind {
            TypeKind::Record(fs) => Item::Record(Record {
                name: t.ir_name.clone(),
                docs: t.docs.clone(),
                fields: fields(iface, fs),
                location,
            }),
            TypeKind::Variant(cs) => Item::Enum(Enum {
                name: t.ir_name.clone(),
                docs: t.docs.clone(),
                variants: cs.iter().map(|c| variant(iface, c)).collect(),
                error: false,
                location,
            }),
            TypeKind::Abstract => Item::Object(Object {
                name: t.ir_name.clone(),
                docs: t.docs.clone(),
                methods: vec![],
                location,
            }),
        });
    }
    for t in &iface.tuples {
        lib.items.push(Item::Record(Record {
            name: t.ir_name.clone(),
            docs: String::new(),
            fields: fields(iface, &model::tuple_fields(&t.elems)),
            location: None,
        }));
    }
    if let Some(first) = iface.exceptions.first() {
        lib.items.push(Item::Enum(Enum {
            name: ERROR_ENUM.into(),
            docs: "The exceptions the interface declares.".into(),
            variants: iface
                .exceptions
                .iter()
                .map(|e| {
                    let mut v = variant(iface, &e.ctor);
                    v.docs = e.ctor.docs.clone();
                    v
                })
                .collect(),
            error: true,
            location: Some(first.location.clone()),
        }));
    }
    for v in &iface.values {
        lib.items.push(Item::Function(Function {
            name: v.name.clone(),
            docs: v.docs.clone(),
            params: v
                .params
                .iter()
                .filter_map(|p| {
                    Some(Param {
                        name: p.name.clone(),
                        ty: ir_type(iface, &p.ty)?,
                        at: None,
                    })
                })
                .collect(),
            ret: ir_type(iface, &v.ret),
            error: v.raises.then(|| ERROR_ENUM.into()),
            blocking: false,
            location: Some(v.location.clone()),
        }));
    }
    lib
}
