//! Callbacks without libffi for register-only shapes: a pool of precompiled trampolines.
//!
//! Each trampoline `k` is an `extern "C"` function declared with all 6 integer and all 8 float
//! argument registers. On x86-64 System V and AArch64, a caller passing fewer arguments leaves
//! the other registers holding arbitrary bits, which the trampoline reads as plain `u64`/`f64`
//! (every bit pattern valid) and ignores; nothing is read from the stack. The trampoline finds its
//! closure in `SLOTS[k]` (claimed by a `Callback`, released when it drops) and decodes only the
//! registers the signature uses. One variant returns in the integer register, one in the vector
//! register. When all slots are taken, callbacks fall back to libffi closures.

use super::{RetKey, ScalarKey};
use crate::types::CType;
use crate::value::{Ret, Value};
use std::ffi::c_void;
use std::sync::atomic::{AtomicPtr, Ordering};

/// Trampolines per return class.
pub(crate) const POOL: usize = 64;
const REGS: usize = super::thunks::REGS;
const MAX_INTS: usize = super::thunks::MAX_INTS;

/// What a pooled trampoline calls.
pub(crate) struct PoolData {
    /// Per parameter: its type and its index in the register image.
    pub(crate) slots: Vec<(ScalarKey, usize)>,
    pub(crate) ret: CType,
    /// How the closure's return value is checked and widened.
    pub(crate) ret_key: RetKey,
    pub(crate) f: Box<super::closure::RetHandler>,
}

static SLOTS: [AtomicPtr<PoolData>; POOL] = [const { AtomicPtr::new(std::ptr::null_mut()) }; POOL];

/// Claim a free slot for `data` (which must stay alive until `release`); the code pointer of
/// the trampoline returning in the vector register when `float_ret`.
pub(crate) fn claim(data: &PoolData, float_ret: bool) -> Option<(usize, *const c_void)> {
    let p = data as *const PoolData as *mut PoolData;
    for (k, slot) in SLOTS.iter().enumerate() {
        if slot
            .compare_exchange(std::ptr::null_mut(), p, Ordering::AcqRel, Ordering::Relaxed)
            .is_ok()
        {
            let code = if float_ret {
                FLOAT[k] as *const c_void
            } else {
                INT[k] as *const c_void
            };
            return Some((k, code));
        }
    }
    None
}

pub(crate) fn release(k: usize) {
    SLOTS[k].store(std::ptr::null_mut(), Ordering::Release);
}

/// The Rust closure of slot `k`, called with the decoded registers; the return value's register
/// bits (integers widened to 64 bits, an `f32` in the low 32 bits).
fn dispatch(k: usize, regs: &[u64; REGS]) -> u64 {
    let p = SLOTS[k].load(Ordering::Acquire);
    if p.is_null() {
        super::closure::abort_with("a released callback was called");
    }
    // SAFETY: a claimed slot points to the `PoolData` owned by a live `Callback` (invariant 4).
    let d = unsafe { &*p };
    // Decode into a stack array no larger than needed (most callbacks take few arguments).
    let r = if d.slots.len() <= 4 {
        call_with::<4>(d, regs)
    } else {
        call_with::<REGS>(d, regs)
    };
    match super::ret_bits(&r, d.ret_key) {
        Some(bits) => bits,
        None => super::closure::abort_with(&format!(
            "a callback declared to return {} returned {r:?}",
            d.ret
        )),
    }
}

/// Decode the registers `d` uses into at most `N` values and call the closure.
#[inline(always)]
fn call_with<const N: usize>(d: &PoolData, regs: &[u64; REGS]) -> Ret {
    let mut values = [Value::I32(0); N];
    for (v, &(key, at)) in values.iter_mut().zip(&d.slots) {
        *v = super::value_of(key, regs.get(at).copied().unwrap_or(0));
    }
    (d.f)(&values[..d.slots.len().min(N)])
}

macro_rules! tramp {
    ($k:expr, int) => {{
        #[allow(clippy::too_many_arguments)]
        extern "C" fn t(
            a0: u64,
            a1: u64,
            a2: u64,
            a3: u64,
            a4: u64,
            a5: u64,
            f0: f64,
            f1: f64,
            f2: f64,
            f3: f64,
            f4: f64,
            f5: f64,
            f6: f64,
            f7: f64,
        ) -> u64 {
            dispatch(
                $k,
                &[
                    a0,
                    a1,
                    a2,
                    a3,
                    a4,
                    a5,
                    f0.to_bits(),
                    f1.to_bits(),
                    f2.to_bits(),
                    f3.to_bits(),
                    f4.to_bits(),
                    f5.to_bits(),
                    f6.to_bits(),
                    f7.to_bits(),
                ],
            )
        }
        t as Tramp
    }};
    ($k:expr, float) => {{
        #[allow(clippy::too_many_arguments)]
        extern "C" fn t(
            a0: u64,
            a1: u64,
            a2: u64,
            a3: u64,
            a4: u64,
            a5: u64,
            f0: f64,
            f1: f64,
            f2: f64,
            f3: f64,
            f4: f64,
            f5: f64,
            f6: f64,
            f7: f64,
        ) -> f64 {
            f64::from_bits(dispatch(
                $k,
                &[
                    a0,
                    a1,
                    a2,
                    a3,
                    a4,
                    a5,
                    f0.to_bits(),
                    f1.to_bits(),
                    f2.to_bits(),
                    f3.to_bits(),
                    f4.to_bits(),
                    f5.to_bits(),
                    f6.to_bits(),
                    f7.to_bits(),
                ],
            ))
        }
        t as FTramp
    }};
}

type Tramp =
    extern "C" fn(u64, u64, u64, u64, u64, u64, f64, f64, f64, f64, f64, f64, f64, f64) -> u64;
type FTramp =
    extern "C" fn(u64, u64, u64, u64, u64, u64, f64, f64, f64, f64, f64, f64, f64, f64) -> f64;

const _: () = assert!(MAX_INTS == 6 && REGS == 14);

static INT: [Tramp; POOL] = [
    tramp!(0, int),
    tramp!(1, int),
    tramp!(2, int),
    tramp!(3, int),
    tramp!(4, int),
    tramp!(5, int),
    tramp!(6, int),
    tramp!(7, int),
    tramp!(8, int),
    tramp!(9, int),
    tramp!(10, int),
    tramp!(11, int),
    tramp!(12, int),
    tramp!(13, int),
    tramp!(14, int),
    tramp!(15, int),
    tramp!(16, int),
    tramp!(17, int),
    tramp!(18, int),
    tramp!(19, int),
    tramp!(20, int),
    tramp!(21, int),
    tramp!(22, int),
    tramp!(23, int),
    tramp!(24, int),
    tramp!(25, int),
    tramp!(26, int),
    tramp!(27, int),
    tramp!(28, int),
    tramp!(29, int),
    tramp!(30, int),
    tramp!(31, int),
    tramp!(32, int),
    tramp!(33, int),
    tramp!(34, int),
    tramp!(35, int),
    tramp!(36, int),
    tramp!(37, int),
    tramp!(38, int),
    tramp!(39, int),
    tramp!(40, int),
    tramp!(41, int),
    tramp!(42, int),
    tramp!(43, int),
    tramp!(44, int),
    tramp!(45, int),
    tramp!(46, int),
    tramp!(47, int),
    tramp!(48, int),
    tramp!(49, int),
    tramp!(50, int),
    tramp!(51, int),
    tramp!(52, int),
    tramp!(53, int),
    tramp!(54, int),
    tramp!(55, int),
    tramp!(56, int),
    tramp!(57, int),
    tramp!(58, int),
    tramp!(59, int),
    tramp!(60, int),
    tramp!(61, int),
    tramp!(62, int),
    tramp!(63, int),
];
static FLOAT: [FTramp; POOL] = [
    tramp!(0, float),
    tramp!(1, float),
    tramp!(2, float),
    tramp!(3, float),
    tramp!(4, float),
    tramp!(5, float),
    tramp!(6, float),
    tramp!(7, float),
    tramp!(8, float),
    tramp!(9, float),
    tramp!(10, float),
    tramp!(11, float),
    tramp!(12, float),
    tramp!(13, float),
    tramp!(14, float),
    tramp!(15, float),
    tramp!(16, float),
    tramp!(17, float),
    tramp!(18, float),
    tramp!(19, float),
    tramp!(20, float),
    tramp!(21, float),
    tramp!(22, float),
    tramp!(23, float),
    tramp!(24, float),
    tramp!(25, float),
    tramp!(26, float),
    tramp!(27, float),
    tramp!(28, float),
    tramp!(29, float),
    tramp!(30, float),
    tramp!(31, float),
    tramp!(32, float),
    tramp!(33, float),
    tramp!(34, float),
    tramp!(35, float),
    tramp!(36, float),
    tramp!(37, float),
    tramp!(38, float),
    tramp!(39, float),
    tramp!(40, float),
    tramp!(41, float),
    tramp!(42, float),
    tramp!(43, float),
    tramp!(44, float),
    tramp!(45, float),
    tramp!(46, float),
    tramp!(47, float),
    tramp!(48, float),
    tramp!(49, float),
    tramp!(50, float),
    tramp!(51, float),
    tramp!(52, float),
    tramp!(53, float),
    tramp!(54, float),
    tramp!(55, float),
    tramp!(56, float),
    tramp!(57, float),
    tramp!(58, float),
    tramp!(59, float),
    tramp!(60, float),
    tramp!(61, float),
    tramp!(62, float),
    tramp!(63, float),
];
