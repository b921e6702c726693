//! Typed calls and typed callbacks: Rust types checked once against the run-time signature, then
//! called as the Rust compiler calls an `extern "C"` function of those types.
//!
//! Why this is sound: once [`CArgs::ctypes`] and [`CRet::ctype`] equal the plan's parameter and
//! return types (checked by `Plan::typed`, with sizes and alignments), the function behind the
//! code pointer *is* an `extern "C" fn(A0, A1, ..) -> R` (invariant 1: the caller of
//! `Plan::prepare` vouched for the signature; the implementor of [`CArg`] vouched that the Rust
//! type is passed as its C type). So the call is the compiler's own, for every shape the
//! platform ABI has (stack arguments and structs of any size included), with no per-call check.
//!
//! Typed callbacks are trampolines monomorphised per closure type `F` and pool slot `K`: the
//! trampoline reads slot `K` of a static table, checks that it holds an `F` (a `TypeId`
//! comparison: a stale pointer aborts instead of misreading), and calls the closure statically
//! (inlined, no indirect call, no `Value` decoding). The price is code size: 64 small
//! trampolines per closure type used with `Callback::typed`.

use crate::types::CType;
use std::any::TypeId;
use std::ffi::c_void;
use std::sync::atomic::{AtomicPtr, Ordering};

/// A Rust type passed to and from C functions exactly as one C type.
///
/// Implemented for `bool`, the fixed-size integers, `f32`, `f64` and raw pointers (a function
/// pointer, such as a [`crate::Callback`]'s, is passed as `*const c_void`). Implement it for your
/// own `#[repr(C)]` structs to pass them by value:
///
/// ```
/// use polybind_dyn::{CArg, CType, StructType};
/// #[repr(C)]
/// #[derive(Clone, Copy)]
/// struct Point { x: f64, y: f64 }
/// // SAFETY: `Point` is `#[repr(C)]` with exactly these fields in this order.
/// unsafe impl CArg for Point {
///     fn ctype() -> CType {
///         CType::Struct(StructType::new(vec![CType::F64, CType::F64]).expect("two fields"))
///     }
/// }
/// ```
///
/// # Safety
///
/// A value of the type must be passed by value to an `extern "C"` function exactly as C passes
/// [`CArg::ctype`]: for a struct, `#[repr(C)]` with fields of those C types in that order (no
/// `#[repr(packed)]`, no Rust-only types). Sizes and alignments are also checked at run time.
pub unsafe trait CArg: Copy + 'static {
    fn ctype() -> CType;
}

/// A return type: any [`CArg`], or `()` for `void`.
///
/// # Safety
///
/// As for [`CArg`].
pub unsafe trait CRet: Copy + 'static {
    fn ctype() -> CType;
}

macro_rules! scalar {
    ($($t:ty => $c:ident),* $(,)?) => {$(
        // SAFETY: a Rust scalar is passed as the C scalar of the same size and class; `bool` is
        // C's `_Bool`.
        unsafe impl CArg for $t {
            fn ctype() -> CType {
                CType::$c
            }
        }
    )*};
}
scalar!(bool => Bool, i8 => I8, i16 => I16, i32 => I32, i64 => I64, u8 => U8, u16 => U16,
    u32 => U32, u64 => U64, f32 => F32, f64 => F64);

// SAFETY: a thin raw pointer is passed as a C pointer.
unsafe impl<T: 'static> CArg for *const T {
    fn ctype() -> CType {
        CType::Ptr
    }
}
// SAFETY: as above.
unsafe impl<T: 'static> CArg for *mut T {
    fn ctype() -> CType {
        CType::Ptr
    }
}

// SAFETY: every `CArg` is returned as its C type too (same rules for returns on both platforms).
unsafe impl<T: CArg> CRet for T {
    fn ctype() -> CType {
        T::ctype()
    }
}
// SAFETY: `()` is `void`.
unsafe impl CRet for () {
    fn ctype() -> CType {
        CType::Void
    }
}

/// The C type of `T`, or why it cannot be one (its size or alignment differs from the C type's:
/// the `unsafe impl` of [`CArg`] is wrong).
pub(crate) fn checked<T>(ty: CType) -> Result<CType, String> {
    let (size, align) = if ty == CType::Void {
        (0, 1)
    } else {
        (ty.size(), ty.align())
    };
    if size == size_of::<T>() && align == align_of::<T>() {
        Ok(ty)
    } else {
        Err(format!(
            "the Rust type `{}` ({} bytes, aligned to {}) is declared as {ty} ({size} bytes, aligned to {align})",
            std::any::type_name::<T>(),
            size_of::<T>(),
            align_of::<T>()
        ))
    }
}

mod sealed {
    pub trait Sealed {}
}

/// A tuple of [`CArg`]s: the parameters of a typed call or callback, `()` to `(A0, .., A11)`.
/// Implemented by this crate only.
pub trait CArgs: sealed::Sealed + Copy + 'static {
    /// The C type of each element, or why one cannot be passed.
    fn ctypes() -> Result<Vec<CType>, String>;
    /// Call `code` as `extern "C" fn(elements..) -> R`.
    ///
    /// # Safety
    ///
    /// `code` is a function of exactly that type (invariant 1).
    #[doc(hidden)]
    unsafe fn call<R: CRet>(code: *const c_void, args: Self) -> R;
    /// The trampoline of pool slot `K` for closures of type `F`.
    #[doc(hidden)]
    fn trampoline<R: CRet, F: Fn(Self) -> R + 'static, const K: usize>() -> *const c_void;
}

macro_rules! tuple {
    ($($a:ident $v:ident),*) => {
        impl<$($a: CArg),*> sealed::Sealed for ($($a,)*) {}
        impl<$($a: CArg),*> CArgs for ($($a,)*) {
            fn ctypes() -> Result<Vec<CType>, String> {
                Ok(vec![$(checked::<$a>($a::ctype())?),*])
            }

            #[inline(always)]
            unsafe fn call<R: CRet>(code: *const c_void, args: Self) -> R {
                let ($($v,)*) = args;
                // SAFETY: by the function's contract.
                unsafe {
                    let f = std::mem::transmute::<*const c_void, unsafe extern "C" fn($($a),*) -> R>(code);
                    f($($v),*)
                }
            }

            fn trampoline<R: CRet, F: Fn(Self) -> R + 'static, const K: usize>() -> *const c_void {
                extern "C" fn t<R: CRet, F: Fn(($($a,)*)) -> R + 'static, const K: usize, $($a: CArg),*>($($v: $a),*) -> R {
                    // SAFETY: slot `K` holds a live `Slot<F>` (checked by its `TypeId`).
                    let f = unsafe { slot_closure::<F>(K) };
                    f(($($v,)*))
                }
                t::<R, F, K, $($a),*> as *const c_void
            }
        }
    };
}
tuple!();
tuple!(A0 a0);
tuple!(A0 a0, A1 a1);
tuple!(A0 a0, A1 a1, A2 a2);
tuple!(A0 a0, A1 a1, A2 a2, A3 a3);
tuple!(A0 a0, A1 a1, A2 a2, A3 a3, A4 a4);
tuple!(A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5);
tuple!(A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6);
tuple!(A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6, A7 a7);
tuple!(A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6, A7 a7, A8 a8);
tuple!(A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6, A7 a7, A8 a8, A9 a9);
tuple!(A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6, A7 a7, A8 a8, A9 a9, A10 a10);
tuple!(A0 a0, A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6, A7 a7, A8 a8, A9 a9, A10 a10, A11 a11);

/// Call through a checked code pointer (invariant 1: `Plan::typed` compared the types).
#[inline(always)]
pub(crate) fn call<A: CArgs, R: CRet>(code: *const c_void, args: A) -> R {
    // SAFETY: `TypedCall` is only built by `Plan::typed` after comparing `A` and `R` with the
    // plan's signature, whose code pointer has that signature (invariant 1).
    unsafe { A::call(code, args) }
}

/// Typed callback slots (shared by all closure types; each slot says which type it holds).
pub const TYPED_POOL: usize = 64;

static SLOTS: [AtomicPtr<Header>; TYPED_POOL] =
    [const { AtomicPtr::new(std::ptr::null_mut()) }; TYPED_POOL];

/// The first field of every slot's data: the closure type it holds.
#[repr(C)]
struct Header {
    id: TypeId,
}

/// A typed callback's data, boxed at a stable address for as long as its slot is claimed.
#[repr(C)]
pub(crate) struct Slot<F> {
    header: Header,
    f: F,
}

/// The closure in slot `k`.
///
/// # Safety
///
/// Called only by the trampoline handed out for slot `k` and closure type `F`: while the slot is
/// claimed, it points to a live `Slot<F>` owned by a `Callback` (invariant 4). A stale code
/// pointer (its `Callback` dropped) finds the slot empty or holding another type and aborts, or
/// a newer closure of the same type, which it calls.
#[inline(always)]
unsafe fn slot_closure<'a, F: 'static>(k: usize) -> &'a F {
    let p = SLOTS[k].load(Ordering::Acquire);
    // SAFETY: a non-null slot points to a live `Slot<_>`, whose `repr(C)` header comes first.
    if p.is_null() || unsafe { (*p).id } != TypeId::of::<F>() {
        super::closure::abort_with("a released typed callback was called");
    }
    // SAFETY: the header says the slot holds a `Slot<F>`.
    unsafe { &(*(p as *const Slot<F>)).f }
}

/// A claimed slot: released when dropped (before the data, which is dropped after it).
pub(crate) struct Claimed {
    index: usize,
    _data: Box<dyn std::any::Any>,
}

impl Drop for Claimed {
    fn drop(&mut self) {
        SLOTS[self.index].store(std::ptr::null_mut(), Ordering::Release);
    }
}

/// Claim a slot for closure `f`; the trampoline's code pointer, or `None` when all
/// [`TYPED_POOL`] slots are taken.
pub(crate) fn claim<A: CArgs, R: CRet, F: Fn(A) -> R + 'static>(
    f: F,
) -> Option<(Claimed, *const c_void)> {
    let data = Box::new(Slot {
        header: Header {
            id: TypeId::of::<F>(),
        },
        f,
    });
    let p = &*data as *const Slot<F> as *mut Header;
    let index = SLOTS.iter().position(|s| {
        s.compare_exchange(std::ptr::null_mut(), p, Ordering::AcqRel, Ordering::Relaxed)
            .is_ok()
    })?;
    let claimed = Claimed { index, _data: data };
    // Dropping `claimed` on `None` releases the slot.
    let code = code_for::<A, R, F>(index)?;
    Some((claimed, code))
}

macro_rules! table {
    ($k:expr, [$($n:literal)*]) => {
        match $k {
            $($n => Some(A::trampoline::<R, F, $n>()),)*
            // `claim` only finds indices below `TYPED_POOL`.
            _ => None,
        }
    };
}

fn code_for<A: CArgs, R: CRet, F: Fn(A) -> R + 'static>(k: usize) -> Option<*const c_void> {
    const _: () = assert!(TYPED_POOL == 64);
    table!(k, [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29
        30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59
        60 61 62 63])
}
