//! C types as the calling convention sees them: scalars, pointers and structs by value, with
//! their C layout (size, alignment, field offsets) computed once when the type is built.

use std::fmt;

/// A C type that can cross a call: an argument, a return value or a struct field.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CType {
    /// Only as a return type.
    Void,
    /// C `bool` (`_Bool`): one byte, 0 or 1.
    Bool,
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    F32,
    F64,
    /// Any data or function pointer: the pointee does not change how it is passed.
    Ptr,
    /// A struct passed by value.
    Struct(StructType),
}

/// A struct with C layout: fields in order, each at the next offset aligned for it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct StructType {
    fields: Vec<CType>,
    offsets: Vec<usize>,
    size: usize,
    align: usize,
}

impl StructType {
    /// Lay out `fields` as a C compiler does. `None` for an empty struct or a `void` field, which
    /// C does not have.
    pub fn new(fields: Vec<CType>) -> Option<StructType> {
        if fields.is_empty() || fields.contains(&CType::Void) {
            return None;
        }
        let mut offsets = Vec::with_capacity(fields.len());
        let (mut size, mut align) = (0usize, 1usize);
        for f in &fields {
            let a = f.align();
            size = size.next_multiple_of(a);
            offsets.push(size);
            size += f.size();
            align = align.max(a);
        }
        Some(StructType {
            fields,
            offsets,
            size: size.next_multiple_of(align),
            align,
        })
    }

    pub fn fields(&self) -> &[CType] {
        &self.fields
    }

    /// Byte offset of each field.
    pub fn offsets(&self) -> &[usize] {
        &self.offsets
    }

    pub fn size(&self) -> usize {
        self.size
    }

    pub fn align(&self) -> usize {
        self.align
    }
}

impl CType {
    /// The struct `{ fields }`; `None` when C has no such struct (see [`StructType::new`]).
    pub fn structure(fields: Vec<CType>) -> Option<CType> {
        StructType::new(fields).map(CType::Struct)
    }

    pub fn size(&self) -> usize {
        match self {
            CType::Void => 0,
            CType::Bool | CType::I8 | CType::U8 => 1,
            CType::I16 | CType::U16 => 2,
            CType::I32 | CType::U32 | CType::F32 => 4,
            CType::I64 | CType::U64 | CType::F64 => 8,
            CType::Ptr => size_of::<usize>(),
            CType::Struct(s) => s.size,
        }
    }

    pub fn align(&self) -> usize {
        match self {
            CType::Void => 1,
            CType::Struct(s) => s.align,
            CType::Ptr => align_of::<usize>(),
            // Every scalar is aligned to its size on the platforms this crate supports.
            other => other.size(),
        }
    }

    /// Integers, `bool` and pointers: what travels in general-purpose registers.
    pub fn is_integer_class(&self) -> bool {
        matches!(
            self,
            CType::Bool
                | CType::I8
                | CType::I16
                | CType::I32
                | CType::I64
                | CType::U8
                | CType::U16
                | CType::U32
                | CType::U64
                | CType::Ptr
        )
    }

    pub fn is_float(&self) -> bool {
        matches!(self, CType::F32 | CType::F64)
    }

    /// What C's default argument promotions leave unchanged: only such types can be passed in the
    /// variable part of a variadic call.
    pub fn survives_promotion(&self) -> bool {
        !matches!(
            self,
            CType::Bool | CType::I8 | CType::I16 | CType::U8 | CType::U16 | CType::F32
        )
    }
}

impl fmt::Display for CType {
    /// The spelling the signature grammar accepts.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CType::Void => f.write_str("void"),
            CType::Bool => f.write_str("bool"),
            CType::I8 => f.write_str("i8"),
            CType::I16 => f.write_str("i16"),
            CType::I32 => f.write_str("i32"),
            CType::I64 => f.write_str("i64"),
            CType::U8 => f.write_str("u8"),
            CType::U16 => f.write_str("u16"),
            CType::U32 => f.write_str("u32"),
            CType::U64 => f.write_str("u64"),
            CType::F32 => f.write_str("f32"),
            CType::F64 => f.write_str("f64"),
            CType::Ptr => f.write_str("*mut c_void"),
            CType::Struct(s) => {
                f.write_str("struct{")?;
                for (i, t) in s.fields.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{t}")?;
                }
                f.write_str("}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn struct_layout_follows_c() {
        let s = StructType::new(vec![CType::U8, CType::F64, CType::I16]).unwrap();
        assert_eq!(s.offsets(), &[0, 8, 16]);
        assert_eq!((s.size(), s.align()), (24, 8));
        let div = StructType::new(vec![CType::I32, CType::I32]).unwrap();
        assert_eq!((div.size(), div.align()), (8, 4));
        assert!(StructType::new(vec![]).is_none());
        assert!(StructType::new(vec![CType::Void]).is_none());
    }
}
