//! Argument and return values: typed, checked against the plan, never allocated.

use crate::types::CType;
use std::ffi::c_void;
use std::fmt;

/// One argument (or one argument given to a callback). Structs are their bytes in C layout,
/// borrowed.
// `repr(C, u64)`: a full-word tag, every payload at offset 8, as for `Ret`.
#[derive(Debug, Clone, Copy, PartialEq)]
#[repr(C, u64)]
pub enum Value<'a> {
    Bool(bool),
    I8(i8),
    I16(i16),
    I32(i32),
    I64(i64),
    U8(u8),
    U16(u16),
    U32(u32),
    U64(u64),
    F32(f32),
    F64(f64),
    Ptr(*mut c_void),
    Struct(&'a [u8]),
}

impl Value<'_> {
    /// Whether this value may be passed where `ty` is expected: the same scalar type, any
    /// pointer for a pointer, a struct of exactly the struct's size.
    pub fn fits(&self, ty: &CType) -> bool {
        matches!(
            (self, ty),
            (Value::Bool(_), CType::Bool)
                | (Value::I8(_), CType::I8)
                | (Value::I16(_), CType::I16)
                | (Value::I32(_), CType::I32)
                | (Value::I64(_), CType::I64)
                | (Value::U8(_), CType::U8)
                | (Value::U16(_), CType::U16)
                | (Value::U32(_), CType::U32)
                | (Value::U64(_), CType::U64)
                | (Value::F32(_), CType::F32)
                | (Value::F64(_), CType::F64)
                | (Value::Ptr(_), CType::Ptr)
        ) || matches!((self, ty), (Value::Struct(b), CType::Struct(s)) if b.len() == s.size())
    }

    /// How the value is described in errors.
    pub fn describe(&self) -> String {
        match self {
            Value::Bool(v) => format!("bool {v}"),
            Value::I8(v) => format!("i8 {v}"),
            Value::I16(v) => format!("i16 {v}"),
            Value::I32(v) => format!("i32 {v}"),
            Value::I64(v) => format!("i64 {v}"),
            Value::U8(v) => format!("u8 {v}"),
            Value::U16(v) => format!("u16 {v}"),
            Value::U32(v) => format!("u32 {v}"),
            Value::U64(v) => format!("u64 {v}"),
            Value::F32(v) => format!("f32 {v}"),
            Value::F64(v) => format!("f64 {v}"),
            Value::Ptr(p) => format!("pointer {p:?}"),
            Value::Struct(b) => format!("a struct of {} bytes", b.len()),
        }
    }

    /// The bits of a float (an `f32` in the low 32 bits); `None` for anything else.
    pub(crate) fn bits_any(&self) -> Option<u64> {
        match *self {
            Value::F32(v) => Some(v.to_bits().into()),
            Value::F64(v) => Some(v.to_bits()),
            _ => None,
        }
    }

    /// The integer-register image of an integer-class value: sign- or zero-extended to 64 bits,
    /// as the callee may rely on.
    pub(crate) fn int_bits(&self) -> Option<u64> {
        Some(match *self {
            Value::Bool(v) => v as u64,
            Value::I8(v) => v as i64 as u64,
            Value::I16(v) => v as i64 as u64,
            Value::I32(v) => v as i64 as u64,
            Value::I64(v) => v as u64,
            Value::U8(v) => v.into(),
            Value::U16(v) => v.into(),
            Value::U32(v) => v.into(),
            Value::U64(v) => v,
            Value::Ptr(p) => p as usize as u64,
            _ => return None,
        })
    }
}

/// A scalar type, as the fast path records it per parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scalar {
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
    Ptr,
}

impl Scalar {
    /// A zero of this type, as a `Value` (its tag is what the fast path compares with).
    pub(crate) fn zero(self) -> Value<'static> {
        match self {
            Scalar::Bool => Value::Bool(false),
            Scalar::I8 => Value::I8(0),
            Scalar::I16 => Value::I16(0),
            Scalar::I32 => Value::I32(0),
            Scalar::I64 => Value::I64(0),
            Scalar::U8 => Value::U8(0),
            Scalar::U16 => Value::U16(0),
            Scalar::U32 => Value::U32(0),
            Scalar::U64 => Value::U64(0),
            Scalar::F32 => Value::F32(0.0),
            Scalar::F64 => Value::F64(0.0),
            Scalar::Ptr => Value::Ptr(std::ptr::null_mut()),
        }
    }

    pub(crate) fn of(ty: &CType) -> Option<Scalar> {
        Some(match ty {
            CType::Bool => Scalar::Bool,
            CType::I8 => Scalar::I8,
            CType::I16 => Scalar::I16,
            CType::I32 => Scalar::I32,
            CType::I64 => Scalar::I64,
            CType::U8 => Scalar::U8,
            CType::U16 => Scalar::U16,
            CType::U32 => Scalar::U32,
            CType::U64 => Scalar::U64,
            CType::F32 => Scalar::F32,
            CType::F64 => Scalar::F64,
            CType::Ptr => Scalar::Ptr,
            CType::Void | CType::Struct(_) => return None,
        })
    }
}

/// Bytes aligned for any C scalar or struct this crate passes by value (none is aligned to more
/// than 8: there is no `long double` or `__int128`).
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(C, align(8))]
pub(crate) struct Aligned<const N: usize>(pub(crate) [u8; N]);

/// Struct return values up to this size (what System V and AArch64 return in registers) come
/// back inline from [`crate::Plan::call_struct`]; larger ones need [`crate::Plan::call_into`].
pub const INLINE_STRUCT_RET: usize = 16;

/// A struct returned by value, held inline (no allocation).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct StructBuf {
    bytes: [u8; INLINE_STRUCT_RET],
    len: u8,
}

impl StructBuf {
    /// A struct value from its bytes in C layout; `None` when longer than
    /// [`INLINE_STRUCT_RET`].
    pub fn from_bytes(b: &[u8]) -> Option<StructBuf> {
        let mut bytes = [0u8; INLINE_STRUCT_RET];
        bytes.get_mut(..b.len())?.copy_from_slice(b);
        Some(StructBuf {
            bytes,
            len: b.len() as u8,
        })
    }

    /// The struct's bytes in C layout.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len as usize]
    }
}

impl fmt::Debug for StructBuf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "StructBuf({:?})", self.as_bytes())
    }
}

/// What a call returned: a scalar or nothing. Struct returns come from
/// [`crate::Plan::call_struct`] / [`crate::Plan::call_into`]; keeping `Ret` to two words keeps
/// every call cheap, as it is moved by value on each return.
//
// `repr(C, u64)` puts every payload at offset 8 after a full-word tag: building a `Ret` from register bits then stores
// and loads the payload as one aligned word, instead of stores of 1, 2, 4 and 8 bytes at offsets
// 1, 2, 4 and 8 read back by a wider load (a store-forwarding stall that made a whole call
// three to four times slower).
#[derive(Debug, Clone, Copy, PartialEq)]
#[repr(C, u64)]
pub enum Ret {
    Void,
    Bool(bool),
    I8(i8),
    I16(i16),
    I32(i32),
    I64(i64),
    U8(u8),
    U16(u16),
    U32(u32),
    U64(u64),
    F32(f32),
    F64(f64),
    Ptr(*mut c_void),
}

impl Ret {
    /// Rebuild a scalar return from its register image (integer or float register bits).
    pub(crate) fn from_bits(ty: &CType, bits: u64) -> Ret {
        match ty {
            CType::Bool => Ret::Bool(bits as u8 != 0),
            CType::I8 => Ret::I8(bits as i8),
            CType::I16 => Ret::I16(bits as i16),
            CType::I32 => Ret::I32(bits as i32),
            CType::I64 => Ret::I64(bits as i64),
            CType::U8 => Ret::U8(bits as u8),
            CType::U16 => Ret::U16(bits as u16),
            CType::U32 => Ret::U32(bits as u32),
            CType::U64 => Ret::U64(bits),
            CType::F32 => Ret::F32(f32::from_bits(bits as u32)),
            CType::F64 => Ret::F64(f64::from_bits(bits)),
            CType::Ptr => Ret::Ptr(bits as usize as *mut c_void),
            CType::Void | CType::Struct(_) => Ret::Void,
        }
    }

    /// A scalar return from its register image (`None`: `void`).
    #[inline(always)]
    pub(crate) fn from_scalar_bits(ty: Option<Scalar>, bits: u64) -> Ret {
        match ty {
            None => Ret::Void,
            Some(Scalar::Bool) => Ret::Bool(bits as u8 != 0),
            Some(Scalar::I8) => Ret::I8(bits as i8),
            Some(Scalar::I16) => Ret::I16(bits as i16),
            Some(Scalar::I32) => Ret::I32(bits as i32),
            Some(Scalar::I64) => Ret::I64(bits as i64),
            Some(Scalar::U8) => Ret::U8(bits as u8),
            Some(Scalar::U16) => Ret::U16(bits as u16),
            Some(Scalar::U32) => Ret::U32(bits as u32),
            Some(Scalar::U64) => Ret::U64(bits),
            Some(Scalar::F32) => Ret::F32(f32::from_bits(bits as u32)),
            Some(Scalar::F64) => Ret::F64(f64::from_bits(bits)),
            Some(Scalar::Ptr) => Ret::Ptr(bits as usize as *mut c_void),
        }
    }

    /// Whether this value may be returned where `ty` is declared (callbacks).
    pub fn fits(&self, ty: &CType) -> bool {
        match (self, ty) {
            (Ret::Void, CType::Void) => true,
            (Ret::Void, _) => false,
            (r, t) => r.as_value().is_some_and(|v| v.fits(t)),
        }
    }

    /// The scalar as a [`Value`] (`None` for `Void` and structs).
    pub fn as_value(&self) -> Option<Value<'static>> {
        Some(match *self {
            Ret::Bool(v) => Value::Bool(v),
            Ret::I8(v) => Value::I8(v),
            Ret::I16(v) => Value::I16(v),
            Ret::I32(v) => Value::I32(v),
            Ret::I64(v) => Value::I64(v),
            Ret::U8(v) => Value::U8(v),
            Ret::U16(v) => Value::U16(v),
            Ret::U32(v) => Value::U32(v),
            Ret::U64(v) => Value::U64(v),
            Ret::F32(v) => Value::F32(v),
            Ret::F64(v) => Value::F64(v),
            Ret::Ptr(v) => Value::Ptr(v),
            Ret::Void => return None,
        })
    }
}
