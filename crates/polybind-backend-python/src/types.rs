//! Types: the Python annotation of each IR type, and the converter (`_rt.Conv`) expression that
//! carries it across the boundary. Converters of containers and closures are module-level
//! variables, collected on demand into a sorted set and emitted once, after their dependencies.

use crate::names::Names;
use polybind_codegen::Version;
use polybind_ir::{Type, ValidLibrary};
use std::collections::{BTreeMap, BTreeSet};

/// Where a type appears, which decides its annotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pos {
    /// A parameter: slices and vectors accept any sequence or buffer.
    Param,
    /// A field, a return value or a callback argument.
    Value,
}

/// The Python annotation of `ty`.
pub(crate) fn annotation(ty: &Type, pos: Pos) -> String {
    match ty {
        Type::Bool => "bool".into(),
        t if t.is_number() && matches!(t, Type::F32 | Type::F64) => "float".into(),
        t if t.is_number() => "int".into(),
        Type::Str | Type::String => "str".into(),
        Type::Vec(t) | Type::Slice(t) if **t == Type::U8 => match pos {
            Pos::Param => "_rt.BytesLike".into(),
            Pos::Value => "bytes".into(),
        },
        Type::SliceMut(t) => format!(
            "list[{}] | bytearray | memoryview | _array.array[_Any]",
            annotation(t, Pos::Value)
        ),
        Type::Vec(t) | Type::Slice(t) => match pos {
            Pos::Param if t.is_number() => format!(
                "_Sequence[{}] | memoryview | _array.array[_Any]",
                annotation(t, Pos::Value)
            ),
            Pos::Param => format!("_Sequence[{}]", annotation(t, Pos::Value)),
            Pos::Value => format!("list[{}]", annotation(t, Pos::Value)),
        },
        Type::Option(t) => format!("{} | None", annotation(t, pos)),
        Type::Record(n) | Type::Enum(n) | Type::Object(n) | Type::CallbackInterface(n) => n.clone(),
        Type::Named(n) => n.clone(),
        Type::Callback(cb) => {
            let args: Vec<String> = cb
                .params
                .iter()
                .map(|p| annotation(p, Pos::Value))
                .collect();
            let ret = cb
                .ret
                .as_ref()
                .map_or("None".to_owned(), |r| annotation(r, Pos::Value));
            format!("_Callable[[{}], {ret}]", args.join(", "))
        }
        _ => "_Any".into(),
    }
}

/// The converter expression of every type, and the module-level converter definitions they need.
#[derive(Debug, Default)]
pub(crate) struct Convs {
    /// Definitions by variable name (sorted), each with the variables it needs first.
    defs: BTreeMap<String, (String, BTreeSet<String>)>,
    /// Every definition added so far (see [`polybind_codegen::memo`]).
    pub version: Version,
}

impl Convs {
    /// The expression converting `ty` (registering the definitions it needs).
    pub fn expr(&mut self, n: &Names, lib: &ValidLibrary, ty: &Type) -> Result<String, String> {
        Ok(match ty {
            Type::Bool => "_rt.BOOL".into(),
            Type::U8 => "_rt.U8".into(),
            Type::U16 => "_rt.U16".into(),
            Type::U32 => "_rt.U32".into(),
            Type::U64 => "_rt.U64".into(),
            Type::I8 => "_rt.I8".into(),
            Type::I16 => "_rt.I16".into(),
            Type::I32 => "_rt.I32".into(),
            Type::I64 => "_rt.I64".into(),
            Type::Usize => "_rt.USIZE".into(),
            Type::Isize => "_rt.ISIZE".into(),
            Type::F32 => "_rt.F32".into(),
            Type::F64 => "_rt.F64".into(),
            Type::Str | Type::String => "_rt.STRING".into(),
            Type::Record(name) | Type::Enum(name) | Type::Object(name) => n.conv_var(name),
            Type::CallbackInterface(name) => n.conv_var(name),
            Type::Named(name) => return Err(format!("the type `{name}` is unresolved")),
            Type::Vec(t) | Type::Slice(t) | Type::SliceMut(t) => {
                let var = n.conv_var(&n.fragment(ty)?);
                let inner = self.expr(n, lib, t)?;
                let class = if **t == Type::U8 && !matches!(ty, Type::SliceMut(_)) {
                    "BytesConv"
                } else {
                    "VecConv"
                };
                let plain = if lib.is_plain(t) { "True" } else { "False" };
                let mut_ = if matches!(ty, Type::SliceMut(_)) {
                    "True"
                } else {
                    "False"
                };
                let def = format!(
                    "_rt.{class}({:?}, {inner}, {plain}, {mut_})",
                    n.fragment(t)?
                );
                self.add(var.clone(), def, deps(&inner));
                var
            }
            Type::Option(t) => {
                let var = n.conv_var(&n.fragment(ty)?);
                let inner = self.expr(n, lib, t)?;
                let def = format!("_rt.OptionConv({:?}, {inner})", n.fragment(t)?);
                self.add(var.clone(), def, deps(&inner));
                var
            }
            Type::Callback(cb) => {
                let var = n.conv_var(&n.fragment(ty)?);
                let mut args = vec![];
                let mut needs = BTreeSet::new();
                for p in &cb.params {
                    let e = self.expr(n, lib, p)?;
                    needs.extend(deps(&e));
                    args.push(e);
                }
                let ret = match &cb.ret {
                    Some(r) => {
                        let e = self.expr(n, lib, r)?;
                        needs.extend(deps(&e));
                        e
                    }
                    None => "None".into(),
                };
                let def = format!(
                    "_rt.CallbackConv({:?}, [{}], {ret})",
                    n.c_type(&n.fragment(ty)?),
                    args.join(", ")
                );
                self.add(var.clone(), def, needs);
                var
            }
        })
    }

    fn add(&mut self, var: String, def: String, needs: BTreeSet<String>) {
        if let std::collections::btree_map::Entry::Vacant(e) = self.defs.entry(var) {
            self.version.mix(&[e.key(), &def]);
            e.insert((def, needs));
        }
    }

    /// Add a named definition (a record's or enum's `define` call) with its dependencies.
    pub fn add_named(&mut self, var: String, def: String, needs: BTreeSet<String>) {
        self.add(var, def, needs);
    }

    /// Every definition, each after the ones it needs (sorted otherwise, so deterministic).
    pub fn ordered(&self) -> Vec<(&str, &str)> {
        let mut done: BTreeSet<&str> = BTreeSet::new();
        let mut out = vec![];
        for var in self.defs.keys() {
            self.visit(var, &mut done, &mut out);
        }
        out
    }

    fn visit<'a>(
        &'a self,
        var: &'a str,
        done: &mut BTreeSet<&'a str>,
        out: &mut Vec<(&'a str, &'a str)>,
    ) {
        if !done.insert(var) {
            return;
        }
        if let Some((def, needs)) = self.defs.get(var) {
            for d in needs {
                self.visit(d, done, out);
            }
            out.push((var, def));
        }
    }
}

/// The converter variables an expression mentions.
pub(crate) fn deps(expr: &str) -> BTreeSet<String> {
    if expr.starts_with("_T_") {
        BTreeSet::from([expr.to_owned()])
    } else {
        BTreeSet::new()
    }
}

/// The ctypes type of a primitive (for the fast path of primitive-only signatures).
pub(crate) fn prim_ctype(ty: &Type) -> Option<&'static str> {
    Some(match ty {
        Type::Bool => "_c.c_bool",
        Type::U8 => "_c.c_uint8",
        Type::U16 => "_c.c_uint16",
        Type::U32 => "_c.c_uint32",
        Type::U64 => "_c.c_uint64",
        Type::I8 => "_c.c_int8",
        Type::I16 => "_c.c_int16",
        Type::I32 => "_c.c_int32",
        Type::I64 => "_c.c_int64",
        Type::Usize => "_c.c_size_t",
        Type::Isize => "_c.c_ssize_t",
        Type::F32 => "_c.c_float",
        Type::F64 => "_c.c_double",
        _ => return None,
    })
}

/// The inclusive range of an integer type (pointer-sized as on 64-bit targets, checked again at
/// run time by the converter).
pub(crate) fn int_range(ty: &Type) -> Option<(i128, i128)> {
    Some(match ty {
        Type::U8 => (0, u8::MAX.into()),
        Type::U16 => (0, u16::MAX.into()),
        Type::U32 => (0, u32::MAX.into()),
        Type::U64 | Type::Usize => (0, u64::MAX.into()),
        Type::I8 => (i8::MIN.into(), i8::MAX.into()),
        Type::I16 => (i16::MIN.into(), i16::MAX.into()),
        Type::I32 => (i32::MIN.into(), i32::MAX.into()),
        Type::I64 | Type::Isize => (i64::MIN.into(), i64::MAX.into()),
        _ => return None,
    })
}
