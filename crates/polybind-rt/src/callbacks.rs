//! Foreign closures and callback interfaces, seen from Rust.

use crate::abi::{ReleaseFn, StrView};
use crate::convert::FfiType;
use crate::status::CallbackFailed;
use std::ffi::c_void;

/// The `user_data` and `release` of a foreign closure or vtable: released exactly once, when the
/// Rust side drops it.
pub struct ForeignCallback {
    user_data: *mut c_void,
    release: Option<ReleaseFn>,
}

// SAFETY: the ABI contract (docs/src/abi.md) requires foreign callbacks to be callable and
// releasable from any thread; the foreign bindings uphold it (e.g. by taking their runtime's lock).
unsafe impl Send for ForeignCallback {}
// SAFETY: as above.
unsafe impl Sync for ForeignCallback {}

impl ForeignCallback {
    pub fn new(user_data: *mut c_void, release: Option<ReleaseFn>) -> Self {
        ForeignCallback { user_data, release }
    }
    pub fn user_data(&self) -> *mut c_void {
        self.user_data
    }
}

impl Drop for ForeignCallback {
    fn drop(&mut self) {
        if let Some(release) = self.release.take() {
            // SAFETY: called once, with the user data it belongs to.
            unsafe { release(self.user_data) }
        }
    }
}

/// Turn a non-zero status from a foreign callback into an unwind that the enclosing exported
/// call reports as `LIB_CALLBACK_FAILED`.
#[inline]
pub fn check_callback_status(status: i32, what: &str) {
    if status != 0 {
        std::panic::resume_unwind(Box::new(CallbackFailed {
            message: format!("the foreign callback `{what}` failed (status {status})"),
        }));
    }
}

/// Report a callback return value that could not be read.
pub fn callback_bad_return(what: &str, message: &str) -> ! {
    std::panic::resume_unwind(Box::new(CallbackFailed {
        message: format!("the foreign callback `{what}` returned an invalid value: {message}"),
    }))
}

/// Read a callback's return value. Callbacks return only numbers, `bool` and C-like enums, for
/// which an all-zero ABI value is valid, so the out-slot is zero-initialised.
pub fn callback_return<R: FfiType>(out: std::mem::MaybeUninit<R::Abi>, what: &str) -> R {
    // SAFETY: zero-initialised by the caller (see `callback_out_slot`) or written by the callback.
    match unsafe { R::lift(out.assume_init()) } {
        Ok(v) => v,
        Err(e) => callback_bad_return(what, &e.message),
    }
}

/// The out-slot for a callback's return value.
pub fn callback_out_slot<R: FfiType>() -> std::mem::MaybeUninit<R::Abi> {
    std::mem::MaybeUninit::zeroed()
}

/// An argument given to a foreign callback: its ABI form, and whatever must stay alive (and be
/// released) until the callback returns.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be an argument of a foreign callback",
    label = "not a callback argument type",
    note = "callback arguments are primitives, `&str`, `String`, and exported records and enums"
)]
pub trait CallbackArg {
    type Abi: Copy;
    type Keep;
    fn to_callback(self) -> (Self::Abi, Self::Keep);
}

macro_rules! by_value {
    ($($t:ty),*) => {$(
        impl CallbackArg for $t {
            type Abi = $t;
            type Keep = ();
            #[inline(always)]
            fn to_callback(self) -> ($t, ()) { (self, ()) }
        }
    )*};
}
by_value!(
    u8, u16, u32, u64, i8, i16, i32, i64, usize, isize, f32, f64, bool
);

impl CallbackArg for &str {
    type Abi = StrView;
    type Keep = ();
    fn to_callback(self) -> (StrView, ()) {
        (StrView::of(self), ())
    }
}

impl CallbackArg for String {
    type Abi = StrView;
    type Keep = String;
    fn to_callback(self) -> (StrView, String) {
        // The heap buffer does not move when the `String` moves into `Keep`.
        (StrView::of(&self), self)
    }
}

/// Keeps a lowered value alive for a callback and releases it afterwards.
pub struct Lowered<T: FfiType>(T::Abi);

impl<T: FfiType> Drop for Lowered<T> {
    fn drop(&mut self) {
        // SAFETY: the value came from `T::lower` and is released once.
        unsafe { T::free_abi(self.0) }
    }
}

/// `CallbackArg` for a record or enum: lowered for the call, released after it.
pub fn lower_for_callback<T: FfiType>(v: T) -> (T::Abi, Lowered<T>) {
    let abi = v.lower();
    (abi, Lowered(abi))
}

/// A callback interface (`#[polybind] trait T`), implemented for `dyn T`: turns the foreign
/// vtable into a boxed Rust implementation.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an exported callback interface",
    label = "not exported",
    note = "add `#[polybind]` to the trait"
)]
pub trait CallbackInterface {
    type VTable: Copy;
    /// Take ownership of the vtable's `user_data` (released when the owner drops).
    fn owner(vtable: &Self::VTable) -> ForeignCallback;
    /// Check the vtable and wrap it, with the owner taken before.
    ///
    /// # Safety
    /// The vtable's function pointers must follow the ABI for as long as the box lives.
    unsafe fn from_vtable(
        vtable: Self::VTable,
        owner: ForeignCallback,
    ) -> Result<Box<Self>, crate::status::CallError>;
}
