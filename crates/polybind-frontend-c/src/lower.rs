//! The C model to the IR. Each C construct maps to one IR construct; the stubs read both:
//! integers by size → `i8`..`u64`, `size_t` → `usize`, `ptrdiff_t` → `isize`, `float`/`double`
//! → `f32`/`f64`, `bool` → `bool`, `const char *` parameters → `&str`, returned strings →
//! `String`, structs → records, enums → C-like enums, opaque structs → objects, `(const T *,
//! size_t)` → `&[T]` (`&mut [T]` without `const`).

use crate::model::{CType, Header, Role};
use polybind_ir::{
    Callback, Enum, Field, Function, Item, Library, Method, Object, Param, Receiver, Record, Type,
    Variant,
};

/// The IR type of a C type.
pub fn ir_type(header: &Header, ty: &CType) -> Type {
    match ty {
        CType::Bool => Type::Bool,
        CType::Int { bytes, signed } => match (bytes, signed) {
            (1, true) => Type::I8,
            (2, true) => Type::I16,
            (4, true) => Type::I32,
            (8, true) => Type::I64,
            (1, false) => Type::U8,
            (2, false) => Type::U16,
            (4, false) => Type::U32,
            // The parser admits 1, 2, 4 and 8 bytes only.
            _ if *signed => Type::I64,
            _ => Type::U64,
        },
        CType::Usize => Type::Usize,
        CType::Isize => Type::Isize,
        CType::F32 => Type::F32,
        CType::F64 => Type::F64,
        CType::Str => Type::Str,
        CType::String { .. } => Type::String,
        CType::Record(c) => {
            Type::Record(header.record(c).map(|r| r.name.clone()).unwrap_or_default())
        }
        CType::Enum(c) => Type::Enum(header.enum_(c).map(|e| e.name.clone()).unwrap_or_default()),
        CType::Object(c) => {
            Type::Object(header.object(c).map(|o| o.name.clone()).unwrap_or_default())
        }
        CType::Callback(sig) => Type::Callback(Box::new(Callback {
            params: sig.params.iter().map(|p| ir_type(header, &p.ty)).collect(),
            ret: sig.ret.as_ref().map(|r| ir_type(header, &r.ty)),
            // Only during the call: a header cannot say that the library keeps the pointer.
            once: false,
            retained: false,
        })),
        CType::Slice { elem, mutable } => {
            let elem = Box::new(ir_type(header, elem));
            if *mutable {
                Type::SliceMut(elem)
            } else {
                Type::Slice(elem)
            }
        }
    }
}

/// The IR of a header (to be validated by the caller).
pub fn lower(header: &Header) -> Library {
    let mut lib = Library::new(header.name.clone());
    for r in &header.records {
        lib.items.push(Item::Record(Record {
            name: r.name.clone(),
            docs: r.docs.clone(),
            fields: r
                .fields
                .iter()
                .map(|f| Field {
                    name: f.name.clone(),
                    ty: ir_type(header, &f.ty.ty),
                    docs: f.docs.clone(),
                    at: None,
                })
                .collect(),
            location: Some(r.location.clone()),
        }));
    }
    for e in &header.enums {
        // The status enum of the error convention is the error enum: every constant but the
        // success one, tagged by index as error enums are.
        let ok = header
            .errors
            .as_ref()
            .filter(|x| x.status == e.c_name)
            .map(|x| x.ok.as_str());
        lib.items.push(Item::Enum(Enum {
            name: e.name.clone(),
            docs: e.docs.clone(),
            variants: e
                .constants
                .iter()
                .filter(|c| Some(c.c_name.as_str()) != ok)
                .map(|c| Variant {
                    name: c.name.clone(),
                    docs: c.docs.clone(),
                    discriminant: ok.is_none().then_some(c.value),
                    fields: vec![],
                    tuple: false,
                })
                .collect(),
            error: ok.is_some(),
            location: Some(e.location.clone()),
        }));
    }
    let params = |f: &crate::model::Function| -> Vec<Param> {
        f.params
            .iter()
            .map(|p| Param {
                name: p.name.clone(),
                ty: ir_type(header, &p.ty.ty),
                at: None,
            })
            .collect()
    };
    for o in &header.objects {
        let methods = header
            .functions
            .iter()
            .filter(|f| f.object.as_deref() == Some(o.c_name.as_str()))
            .map(|f| Method {
                name: f.name.clone(),
                docs: f.docs.clone(),
                receiver: match f.role {
                    Role::Constructor => Receiver::Constructor,
                    Role::Method { mutable: true } => Receiver::Mut,
                    Role::Method { mutable: false } => Receiver::Ref,
                    Role::Function => Receiver::Static,
                },
                params: params(f),
                ret: match f.role {
                    Role::Constructor => None,
                    _ => f.ret.as_ref().map(|r| ir_type(header, &r.ty)),
                },
                error: f.fallible.then(|| error_enum(header)),
                blocking: false,
            })
            .collect();
        lib.items.push(Item::Object(Object {
            name: o.name.clone(),
            docs: o.docs.clone(),
            methods,
            location: Some(o.location.clone()),
        }));
    }
    for f in header.functions.iter().filter(|f| f.object.is_none()) {
        lib.items.push(Item::Function(Function {
            name: f.name.clone(),
            docs: f.docs.clone(),
            params: params(f),
            ret: f.ret.as_ref().map(|r| ir_type(header, &r.ty)),
            error: f.fallible.then(|| error_enum(header)),
            blocking: false,
            location: Some(f.location.clone()),
        }));
    }
    lib
}

/// The IR name of the error enum of fallible functions.
fn error_enum(header: &Header) -> String {
    header
        .errors
        .as_ref()
        .map(|e| e.name.clone())
        .unwrap_or_default()
}
