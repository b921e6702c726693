//! The layout of `Value` and `Ret` (`repr(C, u64)`: a tag word, then the payload at offset 8),
//! used by the fast paths to check, read and build values with compares and loads instead of a
//! `match` over every variant: such a match compiles to a jump table, and one indirect branch
//! per argument made a dynamic call several times slower than the call itself.

use crate::value::{Ret, Scalar, Value};
use std::ffi::c_void;

/// The discriminant of a value: `Value` is `repr(C, u64)`, so its first word is the tag.
#[inline(always)]
pub(crate) fn tag(v: &Value<'_>) -> u64 {
    // SAFETY: a `repr(C, u64)` enum is laid out as a `repr(C)` struct whose first field is the
    // `u64` tag, always initialised.
    unsafe { *(v as *const Value<'_> as *const u64) }
}

/// What the fast path needs to check and widen one scalar argument: the `Value` tag it must
/// have, and the width and signedness of that variant's payload. Only [`ScalarKey::of`] makes
/// one, so the three always agree (what [`scalar_bits`] relies on).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ScalarKey {
    tag: u8,
    width: u8,
    signed: bool,
    kind: Scalar,
}

impl ScalarKey {
    pub(crate) fn of(kind: Scalar) -> ScalarKey {
        let (width, signed) = match kind {
            Scalar::I64 | Scalar::U64 | Scalar::F64 | Scalar::Ptr => (8, false),
            Scalar::I32 => (4, true),
            Scalar::U32 | Scalar::F32 => (4, false),
            Scalar::I16 => (2, true),
            Scalar::U16 => (2, false),
            Scalar::I8 => (1, true),
            Scalar::U8 | Scalar::Bool => (1, false),
        };
        ScalarKey {
            // Tags are the 13 variants' indices.
            tag: tag(&kind.zero()) as u8,
            width,
            signed,
            kind,
        }
    }
}

impl ScalarKey {
    /// Whether the payload is 64 bits wide (`i64`, `u64`, `f64`, pointers): [`wide_bits`].
    pub(crate) fn is_wide(self) -> bool {
        self.width == 8
    }
}

/// [`scalar_bits`] for a key of a 64-bit payload: a compare and a load, no branch on the width
/// (the most common arguments take the shortest path).
#[inline(always)]
pub(crate) fn wide_bits(v: &Value<'_>, k: ScalarKey) -> Option<u64> {
    if tag(v) != u64::from(k.tag) || k.width != 8 {
        return None;
    }
    // SAFETY: the tag is the key's, whose variant holds an initialised 8-byte scalar at offset 8.
    Some(unsafe { *(v as *const Value<'_> as *const u64).add(1) })
}

/// The register image of `v` (integers sign- or zero-extended to 64 bits, floats as their bits)
/// when its variant is the key's; `None` otherwise. A compare, a load and a widening.
#[inline(always)]
pub(crate) fn scalar_bits(v: &Value<'_>, k: ScalarKey) -> Option<u64> {
    if tag(v) != u64::from(k.tag) {
        return None;
    }
    // SAFETY: the tag is the key's, whose variant holds an initialised scalar of `k.width`
    // bytes (signed when `k.signed`) at offset 8 (`ScalarKey::of`).
    Some(unsafe { payload_bits(v as *const Value<'_> as *const u8, k.width, k.signed) })
}

/// The widened payload of a `repr(C, u64)` enum value at `p` (0 for width 0).
///
/// # Safety
///
/// `p` points to such a value whose payload at offset 8 is an initialised scalar of `width`
/// bytes (1, 2, 4 or 8, signed when `signed`), aligned for it.
#[inline(always)]
unsafe fn payload_bits(p: *const u8, width: u8, signed: bool) -> u64 {
    let p = p.wrapping_add(8);
    // SAFETY: by the function's contract. An if-chain, not a `match`, to stay branches.
    unsafe {
        if width == 8 {
            *(p as *const u64)
        } else if width == 4 {
            if signed {
                *(p as *const i32) as i64 as u64
            } else {
                (*(p as *const u32)).into()
            }
        } else if width == 2 {
            if signed {
                *(p as *const i16) as i64 as u64
            } else {
                (*(p as *const u16)).into()
            }
        } else if width == 1 {
            if signed {
                *(p as *const i8) as i64 as u64
            } else {
                (*p).into()
            }
        } else {
            0
        }
    }
}

/// A value of the key's type from its register image (the low bytes of `bits`): how callback
/// arguments are decoded.
#[inline(always)]
pub(crate) fn value_of(k: ScalarKey, bits: u64) -> Value<'static> {
    const _: () = assert!(size_of::<Value<'_>>() == 24 && align_of::<Value<'_>>() == 8);
    match k.kind {
        // `bool` must be 0 or 1, pointers keep the exposed-address rules: built the ordinary way.
        Scalar::Bool => Value::Bool(bits as u8 != 0),
        Scalar::Ptr => Value::Ptr(bits as usize as *mut c_void),
        // SAFETY: `k.tag` is the tag of `k.kind`'s variant (`ScalarKey::of`), an integer or
        // float of at most 8 bytes, for which any bits are valid; little-endian, its value is
        // the low bytes of `bits` (the truncation `as` would do); the rest is padding.
        _ => unsafe { std::mem::transmute::<[u64; 3], Value<'static>>([k.tag.into(), bits, 0]) },
    }
}

/// How a fast-path return value is rebuilt: the `Ret` tag and what its payload needs. Only
/// [`RetKey::of`] makes one (so the tag is a real `Ret` tag).
#[derive(Debug, Clone, Copy)]
pub(crate) struct RetKey {
    tag: u64,
    kind: Option<Scalar>,
    /// Payload width and signedness (0 for `void`).
    width: u8,
    signed: bool,
}

impl RetKey {
    pub(crate) fn of(kind: Option<Scalar>) -> RetKey {
        let (width, signed) = kind.map_or((0, false), |k| {
            let s = ScalarKey::of(k);
            (s.width, s.signed)
        });
        RetKey {
            tag: ret_tag(&Ret::from_scalar_bits(kind, 0)),
            kind,
            width,
            signed,
        }
    }
}

#[inline(always)]
fn ret_tag(r: &Ret) -> u64 {
    // SAFETY: `Ret` is `repr(C, u64)`: its first word is the tag, always initialised.
    unsafe { *(r as *const Ret as *const u64) }
}

/// The register image of a callback's return value when it is of the key's type (0 for
/// `void`); `None` when the closure returned another type.
#[inline(always)]
pub(crate) fn ret_bits(r: &Ret, k: RetKey) -> Option<u64> {
    if ret_tag(r) != k.tag {
        return None;
    }
    // SAFETY: the tag is the key's, whose variant holds an initialised scalar of `k.width`
    // bytes at offset 8 (`RetKey::of`), or nothing for `void` (width 0: nothing is read).
    Some(unsafe { payload_bits(r as *const Ret as *const u8, k.width, k.signed) })
}

/// A return value from its register bits, without a jump table over the return type (which
/// cost as much as the rest of a call).
#[inline(always)]
pub(crate) fn ret_of(k: RetKey, bits: u64) -> Ret {
    const _: () = assert!(size_of::<Ret>() == 16 && align_of::<Ret>() == 8);
    match k.kind {
        // Pointers keep their provenance rules (an exposed address, as C gives it), `bool`
        // must be 0 or 1: both built the ordinary way.
        Some(Scalar::Ptr) | Some(Scalar::Bool) => Ret::from_scalar_bits(k.kind, bits),
        _ => {
            // SAFETY: `Ret` is `repr(C, u64)`: the tag word, then the payload union at offset
            // 8. `k.tag` is a `Ret` tag (`RetKey::of`) of `Void` or of a variant holding an
            // integer or float of at most 8 bytes, for which any bits are valid: little-endian,
            // its value is the low bytes of `bits` (the truncation `as` would do); the rest of
            // the word is padding.
            unsafe { std::mem::transmute::<[u64; 2], Ret>([k.tag, bits]) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalar_keys_read_every_variant_and_refuse_others() {
        let cases = [
            (Scalar::Bool, Value::Bool(true), 1u64),
            (Scalar::I8, Value::I8(-2), (-2i64) as u64),
            (Scalar::I16, Value::I16(-300), (-300i64) as u64),
            (Scalar::I32, Value::I32(-70000), (-70000i64) as u64),
            (Scalar::I64, Value::I64(-5), (-5i64) as u64),
            (Scalar::U8, Value::U8(200), 200),
            (Scalar::U16, Value::U16(60000), 60000),
            (Scalar::U32, Value::U32(4_000_000_000), 4_000_000_000),
            (Scalar::U64, Value::U64(u64::MAX), u64::MAX),
            (Scalar::F32, Value::F32(1.5), 1.5f32.to_bits().into()),
            (Scalar::F64, Value::F64(-2.5), (-2.5f64).to_bits()),
            (Scalar::Ptr, Value::Ptr(8 as *mut c_void), 8),
        ];
        for (kind, v, bits) in cases {
            let k = ScalarKey::of(kind);
            assert_eq!(scalar_bits(&v, k), Some(bits), "{kind:?}");
            assert_eq!(k.is_wide(), wide_bits(&v, k).is_some(), "{kind:?}");
            if k.is_wide() {
                assert_eq!(wide_bits(&v, k), Some(bits), "{kind:?}");
            }
            for (other, w, _) in cases {
                if other != kind {
                    assert_eq!(scalar_bits(&w, k), None, "{kind:?} given {w:?}");
                    assert_eq!(wide_bits(&w, k), None, "{kind:?} given {w:?}");
                }
            }
            assert_eq!(scalar_bits(&Value::Struct(&[0; 8]), k), None);
        }
    }

    #[test]
    fn returns_rebuild_every_scalar() {
        let bits = 0xffff_ffff_ffff_fffe_u64;
        for kind in [
            None,
            Some(Scalar::Bool),
            Some(Scalar::I8),
            Some(Scalar::I16),
            Some(Scalar::I32),
            Some(Scalar::I64),
            Some(Scalar::U8),
            Some(Scalar::U16),
            Some(Scalar::U32),
            Some(Scalar::U64),
            Some(Scalar::F32),
            Some(Scalar::F64),
            Some(Scalar::Ptr),
        ] {
            for b in [bits, 0, 1, 2.5f64.to_bits(), 0.5f32.to_bits().into()] {
                // By bits: NaN payloads must survive too.
                let exact = |r: Ret| match r {
                    Ret::F32(v) => format!("F32 {:#x}", v.to_bits()),
                    Ret::F64(v) => format!("F64 {:#x}", v.to_bits()),
                    other => format!("{other:?}"),
                };
                assert_eq!(
                    exact(ret_of(RetKey::of(kind), b)),
                    exact(Ret::from_scalar_bits(kind, b)),
                    "{kind:?} {b:#x}"
                );
            }
        }
    }
}
