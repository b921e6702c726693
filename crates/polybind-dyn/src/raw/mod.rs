//! All of the crate's unsafe code, and nothing else.
//!
//! # Invariants
//!
//! 1. **A code pointer is only called through the signature it was prepared with.** `Plan` is the
//!    only holder of code pointers, built by the `unsafe` [`crate::Plan::prepare`], whose caller
//!    promises that the signature is the function's. Every call goes either through libffi with
//!    a `ffi_cif` built from that signature, or through the one thunk chosen for the signature's
//!    shape class by [`thunks::THUNKS`] (see that module for why the class is enough), or, for a
//!    [`crate::TypedCall`], as `extern "C" fn(A..) -> R` after `Plan::typed` found the C types
//!    of `A` and `R` (each declared by an `unsafe impl` of [`CArg`], and checked for size and
//!    alignment) equal to the signature's (`typed`).
//! 2. **Arguments match the signature before any call.** `Plan` checks the count and the type of
//!    every [`crate::Value`] first; code here never sees an unchecked argument. libffi reads each
//!    argument through a pointer to storage that lives on the caller's stack for the whole call
//!    and is aligned for the argument's type (8-byte slots for scalars; structs are passed from
//!    the caller's bytes only when those are aligned, else from an 8-byte-aligned copy; no
//!    supported type needs more). The fast paths read and build `Value` and `Ret` through their
//!    `repr(C, u64)` layout (`repr`): a payload is read only after its tag was compared with the
//!    tag of the expected variant, whose width and signedness come from the same key.
//! 3. **Return storage is large enough and aligned.** libffi writes a full register (8 bytes) for
//!    small integers: the return buffer is at least 8 bytes, 8-byte aligned, and at least the
//!    return type's size.
//! 4. **A closure's data outlives its code pointer.** A [`Callback`] owns the libffi closure, its
//!    `ffi_cif` and the boxed Rust closure; the code pointer is valid until the `Callback` drops,
//!    which frees the closure before the data. A pooled callback (`pool`) owns its slot in the
//!    static table the precompiled trampolines read: the slot points to the callback's boxed
//!    data from `claim` until `release` in `Drop`, before the data drops; a typed callback's slot
//!    also records its closure's `TypeId`, which its trampoline checks before the cast (a stale
//!    code pointer aborts, or calls the slot's new closure of the same type: never a
//!    mistyped read). Closure memory comes from `ffi_closure_alloc`,
//!    which maps it writable and executable through separate views (W^X where the system
//!    enforces it); this crate writes no code itself.
//! 5. **No unwinding into C.** The closure trampoline is `extern "C"`: a panic in the Rust
//!    closure aborts the process rather than unwinding through C frames; a callback that returns
//!    a value of the wrong type also aborts (with a message), because C cannot be told.

mod closure;
mod ffi;
mod pool;
mod repr;
pub(crate) mod thunks;
pub(crate) mod typed;

pub(crate) use repr::{RetKey, ScalarKey, ret_bits, ret_of, scalar_bits, value_of, wide_bits};

pub use closure::Callback;
pub(crate) use ffi::FfiCif;
pub use typed::{CArg, CArgs, CRet, TYPED_POOL as TYPED_CALLBACKS};

use crate::error::{Error, ErrorKind};
use crate::library::{Library, Symbol};
use crate::plan::Plan;
use crate::signature::Signature;
use crate::types::CType;
use std::ffi::{OsStr, c_void};
use std::marker::PhantomData;

/// Open a shared library (runs its initialisers: the caller of `Library::open` accepted that).
pub(crate) unsafe fn open(path: &OsStr) -> Result<libloading::Library, libloading::Error> {
    // SAFETY: forwarded to the caller of `Library::open`.
    unsafe { libloading::Library::new(path) }
}

/// The address of `name` in `lib`; looking up is not calling, so the address is untyped.
pub(crate) fn lookup(
    lib: &libloading::Library,
    name: &str,
) -> Result<*const c_void, libloading::Error> {
    // SAFETY: the symbol is read as a plain address (`*const c_void`), never called here; calls
    // go through `Plan`, whose preparation is where the caller vouches for the type.
    let sym = unsafe { lib.get::<*const c_void>(name)? };
    Ok(*sym)
}

impl Symbol<'static> {
    /// A symbol for a function address obtained elsewhere (a function of this program, a pointer
    /// a C library handed out).
    ///
    /// # Safety
    ///
    /// `code` must be the address of a function that stays valid for as long as any plan built
    /// from this symbol is used.
    pub unsafe fn from_raw(code: *const c_void, name: &str) -> Symbol<'static> {
        Symbol::new(code, name.to_string(), PhantomData)
    }
}

impl Library {
    /// Open a shared library by path or by the name the system loader searches for
    /// (`libm.so.6`).
    ///
    /// # Safety
    ///
    /// Opening a library runs its initialisers, which may do anything: open only libraries you
    /// trust to be sound to load into this process.
    pub unsafe fn open(path: impl AsRef<OsStr>) -> Result<Library, Error> {
        let p = path.as_ref();
        // SAFETY: forwarded to our caller.
        let inner = unsafe { open(p) }.map_err(|e| ErrorKind::LibraryNotFound {
            path: p.to_string_lossy().into_owned(),
            reason: crate::error::with_sources(&e),
        })?;
        Ok(Library::new(inner, p.to_string_lossy().into_owned()))
    }
}

impl<'lib> Plan<'lib> {
    /// Prepare calls of `symbol` as a function of signature `sig` (not variadic).
    ///
    /// # Safety
    ///
    /// `sig` must be the function's true C signature, and every later call through the plan must
    /// pass arguments that meet the function's own preconditions (valid pointers where it reads
    /// or writes through them, and so on). The plan checks the number and the types of the
    /// arguments, not what the function does with them.
    pub unsafe fn prepare(symbol: &Symbol<'lib>, sig: &Signature) -> Result<Plan<'lib>, Error> {
        Plan::prepare_fixed(symbol, sig)
    }

    /// Prepare calls of a variadic function with `varargs` as the types of the variable part
    /// (one plan per combination, as C compiles one call per call site). They must be types that
    /// C's default argument promotions leave alone (`c_int` or wider, `f64`, pointers).
    ///
    /// # Safety
    ///
    /// As for [`Plan::prepare`].
    pub unsafe fn prepare_variadic(
        symbol: &Symbol<'lib>,
        sig: &Signature,
        varargs: &[CType],
    ) -> Result<Plan<'lib>, Error> {
        Plan::prepare_var(symbol, sig, varargs)
    }
}

/// Call through a fast-path thunk (invariant 1: `thunk` was chosen for `code`'s signature).
#[inline(always)]
pub(crate) fn call_thunk(
    thunk: thunks::Thunk,
    code: *const c_void,
    regs: &[u64; thunks::REGS],
) -> u64 {
    // SAFETY: invariants 1 and 2; `Plan` is the only caller.
    unsafe { thunk(code, regs) }
}
