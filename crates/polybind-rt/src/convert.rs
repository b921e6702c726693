//! Conversions between Rust values and their canonical ABI form.
//!
//! * [`FfiType`]: a value's C layout (fields, return values, out-parameters): `lower` hands
//!   ownership to the foreign side, `lift` copies out of a borrowed foreign value, `free_abi`
//!   reclaims what `lower` handed out.
//! * [`FfiParam`]: how a by-value parameter arrives (a `String` comes as a borrowed `LibStr`).
//! * [`FfiRef`]: how a `&T` parameter arrives (a record is copied, an object is looked up).
//! * [`FfiError`]: an error enum with its message.

use crate::abi::*;
use crate::status::CallError;
use std::mem::{ManuallyDrop, MaybeUninit, align_of, size_of};
use std::ops::Deref;

/// # Safety
/// `PLAIN` may only be true when `Self` and `Self::Abi` have the same size, alignment and field
/// offsets and every bit pattern of `Self::Abi` is a valid `Self`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot cross the FFI boundary: it is not exported",
    label = "not exported to the C ABI",
    note = "add `#[polybind]` to `{Self}` (a record or enum) or `#[polybind(object)]` (an object), or use a type polybind supports"
)]
pub unsafe trait FfiType: Sized {
    type Abi: Copy;
    const PLAIN: bool = false;
    fn lower(self) -> Self::Abi;
    /// Copy a value out of a borrowed ABI value.
    ///
    /// # Safety
    /// Every pointer inside `abi` must be valid for reads of its length for this call.
    unsafe fn lift(abi: Self::Abi) -> Result<Self, CallError>;
    /// Release what [`FfiType::lower`] allocated.
    ///
    /// # Safety
    /// `abi` must come from `lower` of this library and not have been released.
    unsafe fn free_abi(abi: Self::Abi);
}

/// # Safety
/// `lift_param` must only read memory the foreign caller lent for the call.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be passed by value across the FFI boundary",
    label = "not an exported value type",
    note = "records and enums need `#[polybind]`; objects are passed as `&{Self}`"
)]
pub unsafe trait FfiParam: Sized {
    type ParamAbi: Copy;
    /// # Safety
    /// Pointers inside `abi` must be valid for reads of their length for this call.
    unsafe fn lift_param(abi: Self::ParamAbi) -> Result<Self, CallError>;
}

/// A `&T` parameter: what is held for the call, and how it is borrowed.
#[diagnostic::on_unimplemented(
    message = "`&{Self}` cannot cross the FFI boundary: `{Self}` is not exported",
    label = "not exported to the C ABI",
    note = "add `#[polybind]` (record or enum) or `#[polybind(object)]` (object) to `{Self}`"
)]
pub trait FfiRef {
    type Abi: Copy;
    type Holder;
    type Guard<'a>: Deref<Target = Self>
    where
        Self: 'a;
    /// # Safety
    /// Pointers inside `abi` must be valid for reads for this call.
    unsafe fn hold(abi: Self::Abi) -> Result<Self::Holder, CallError>;
    /// Borrow for the call; an object already in use by this thread is an error (waiting for it
    /// would deadlock).
    fn guard(holder: &Self::Holder) -> Result<Self::Guard<'_>, CallError>;
}

/// An error enum: its variant, data and `Display` message in one C struct.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an exported error enum",
    label = "the `E` of `Result<T, E>` must be an exported error enum",
    note = "declare it with `#[polybind(error)] pub enum {Self} {{ .. }}` and implement `Display`"
)]
pub trait FfiError: Sized {
    type ErrAbi: Copy;
    fn lower_error(self) -> Self::ErrAbi;
}

/// Check a foreign `(ptr, len)` view and borrow it as a slice for the call.
///
/// # Safety
/// When the checks pass, `ptr` must be valid for reads of `len` elements for `'a`.
pub unsafe fn view<'a, T>(ptr: *const T, len: usize) -> Result<&'a [T], CallError> {
    if len == 0 {
        return Ok(&[]);
    }
    if ptr.is_null() {
        return Err(CallError::invalid_argument(format!(
            "NULL pointer with length {len}"
        )));
    }
    if !(ptr as usize).is_multiple_of(align_of::<T>()) {
        return Err(CallError::invalid_argument(format!(
            "pointer {ptr:p} is not aligned to {} bytes",
            align_of::<T>()
        )));
    }
    if len
        .checked_mul(size_of::<T>())
        .is_none_or(|n| n > isize::MAX as usize)
    {
        return Err(CallError::invalid_argument(format!(
            "length {len} is too large"
        )));
    }
    // SAFETY: non-null, aligned, size in range; validity is the caller's contract.
    Ok(unsafe { std::slice::from_raw_parts(ptr, len) })
}

/// Borrow a foreign `LibStr` as `&str`, checking UTF-8.
///
/// # Safety
/// As for [`view`].
pub unsafe fn str_view<'a>(v: StrView) -> Result<&'a str, CallError> {
    let bytes = unsafe { view(v.ptr, v.len)? };
    std::str::from_utf8(bytes).map_err(|e| {
        CallError::invalid_argument(format!("invalid UTF-8 at byte {}", e.valid_up_to()))
    })
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        // SAFETY: a number is its own ABI; every bit pattern is valid.
        unsafe impl FfiType for $t {
            type Abi = $t;
            const PLAIN: bool = true;
            #[inline(always)]
            fn lower(self) -> $t { self }
            #[inline(always)]
            unsafe fn lift(abi: $t) -> Result<$t, CallError> { Ok(abi) }
            #[inline(always)]
            unsafe fn free_abi(_: $t) {}
        }
        // SAFETY: by value, nothing is read.
        unsafe impl FfiParam for $t {
            type ParamAbi = $t;
            #[inline(always)]
            unsafe fn lift_param(abi: $t) -> Result<$t, CallError> { Ok(abi) }
        }
    )*};
}
numbers!(u8, u16, u32, u64, i8, i16, i32, i64, usize, isize, f32, f64);

// SAFETY: C's `_Bool` and Rust's `bool` share size and values 0/1; not plain (2..=255 invalid).
unsafe impl FfiType for bool {
    type Abi = bool;
    #[inline(always)]
    fn lower(self) -> bool {
        self
    }
    #[inline(always)]
    unsafe fn lift(abi: bool) -> Result<bool, CallError> {
        Ok(abi)
    }
    #[inline(always)]
    unsafe fn free_abi(_: bool) {}
}
// SAFETY: by value.
unsafe impl FfiParam for bool {
    type ParamAbi = bool;
    #[inline(always)]
    unsafe fn lift_param(abi: bool) -> Result<bool, CallError> {
        Ok(abi)
    }
}

// SAFETY: String's buffer is handed out as (ptr, len, cap) and reclaimed with the same triple.
unsafe impl FfiType for String {
    type Abi = StringAbi;
    fn lower(self) -> StringAbi {
        let mut bytes = ManuallyDrop::new(self.into_bytes());
        crate::track::handed_out(bytes.capacity());
        StringAbi {
            ptr: bytes.as_mut_ptr(),
            len: bytes.len(),
            cap: bytes.capacity(),
        }
    }
    unsafe fn lift(abi: StringAbi) -> Result<String, CallError> {
        unsafe {
            str_view(StrView {
                ptr: abi.ptr,
                len: abi.len,
            })
        }
        .map(str::to_owned)
    }
    unsafe fn free_abi(abi: StringAbi) {
        if abi.cap > 0 && !abi.ptr.is_null() {
            crate::track::taken_back(abi.cap);
            // SAFETY: the triple came from `lower`.
            drop(unsafe { Vec::from_raw_parts(abi.ptr, abi.len, abi.cap) });
        }
    }
}
// SAFETY: only reads the borrowed view.
unsafe impl FfiParam for String {
    type ParamAbi = StrView;
    unsafe fn lift_param(abi: StrView) -> Result<String, CallError> {
        unsafe { str_view(abi) }.map(str::to_owned)
    }
}

/// Copy the elements of a borrowed view into a `Vec`, without per-element work for plain types.
///
/// # Safety
/// As for [`view`].
unsafe fn lift_elements<T: FfiType>(ptr: *const T::Abi, len: usize) -> Result<Vec<T>, CallError> {
    let items = unsafe { view(ptr, len)? };
    if T::PLAIN {
        let mut out = Vec::<T>::with_capacity(len);
        // SAFETY: plain types have the ABI's layout and no invalid bit patterns.
        unsafe {
            std::ptr::copy_nonoverlapping(items.as_ptr() as *const T, out.as_mut_ptr(), len);
            out.set_len(len);
        }
        return Ok(out);
    }
    items
        .iter()
        .enumerate()
        .map(|(i, a)| {
            unsafe { T::lift(*a) }.map_err(|e| CallError {
                message: format!("element {i}: {}", e.message),
                ..e
            })
        })
        .collect()
}

// SAFETY: the buffer is handed out as (ptr, len, cap) of a `Vec<T::Abi>` and reclaimed as such.
unsafe impl<T: FfiType> FfiType for Vec<T> {
    type Abi = VecAbi<T::Abi>;
    fn lower(self) -> VecAbi<T::Abi> {
        let mut v: ManuallyDrop<Vec<T::Abi>> = if T::PLAIN {
            let mut v = ManuallyDrop::new(self);
            // SAFETY: plain: identical layout, so the buffer is a valid `Vec<T::Abi>` buffer.
            ManuallyDrop::new(unsafe {
                Vec::from_raw_parts(v.as_mut_ptr() as *mut T::Abi, v.len(), v.capacity())
            })
        } else {
            ManuallyDrop::new(self.into_iter().map(T::lower).collect())
        };
        crate::track::handed_out(v.capacity() * size_of::<T::Abi>());
        VecAbi {
            ptr: v.as_mut_ptr(),
            len: v.len(),
            cap: v.capacity(),
        }
    }
    unsafe fn lift(abi: VecAbi<T::Abi>) -> Result<Vec<T>, CallError> {
        unsafe { lift_elements::<T>(abi.ptr, abi.len) }
    }
    unsafe fn free_abi(abi: VecAbi<T::Abi>) {
        if abi.ptr.is_null() || abi.cap == 0 {
            return;
        }
        crate::track::taken_back(abi.cap * size_of::<T::Abi>());
        // SAFETY: the triple came from `lower`.
        let v = unsafe { Vec::from_raw_parts(abi.ptr, abi.len, abi.cap) };
        if !T::PLAIN {
            for item in &v {
                unsafe { T::free_abi(*item) };
            }
        }
        drop(v);
    }
}
// SAFETY: only reads the borrowed view.
unsafe impl<T: FfiType> FfiParam for Vec<T> {
    type ParamAbi = SliceView<T::Abi>;
    unsafe fn lift_param(abi: SliceView<T::Abi>) -> Result<Vec<T>, CallError> {
        unsafe { lift_elements::<T>(abi.ptr, abi.len) }
    }
}

// SAFETY: `value` is initialised exactly when `is_some`.
unsafe impl<T: FfiType> FfiType for Option<T> {
    type Abi = OptionAbi<T::Abi>;
    fn lower(self) -> OptionAbi<T::Abi> {
        match self {
            Some(v) => OptionAbi {
                is_some: true,
                value: MaybeUninit::new(v.lower()),
            },
            None => OptionAbi {
                is_some: false,
                value: MaybeUninit::zeroed(),
            },
        }
    }
    unsafe fn lift(abi: OptionAbi<T::Abi>) -> Result<Option<T>, CallError> {
        if abi.is_some {
            unsafe { T::lift(abi.value.assume_init()) }.map(Some)
        } else {
            Ok(None)
        }
    }
    unsafe fn free_abi(abi: OptionAbi<T::Abi>) {
        if abi.is_some {
            unsafe { T::free_abi(abi.value.assume_init()) }
        }
    }
}
// SAFETY: as `FfiType::lift`.
unsafe impl<T: FfiType> FfiParam for Option<T> {
    type ParamAbi = OptionAbi<T::Abi>;
    unsafe fn lift_param(abi: OptionAbi<T::Abi>) -> Result<Option<T>, CallError> {
        unsafe { <Option<T> as FfiType>::lift(abi) }
    }
}

/// A `&[T]` parameter: borrowed in place for plain `T`, converted otherwise.
pub enum SliceHold<'a, T> {
    Borrowed(&'a [T]),
    Owned(Vec<T>),
}

impl<T> SliceHold<'_, T> {
    pub fn as_slice(&self) -> &[T] {
        match self {
            SliceHold::Borrowed(s) => s,
            SliceHold::Owned(v) => v,
        }
    }
}

/// Receive a `&[T]` parameter.
///
/// # Safety
/// As for [`view`].
pub unsafe fn hold_slice<'a, T: FfiType>(
    v: SliceView<T::Abi>,
) -> Result<SliceHold<'a, T>, CallError> {
    if T::PLAIN {
        // SAFETY: plain: identical layout and no invalid bit patterns.
        Ok(SliceHold::Borrowed(unsafe {
            view(v.ptr as *const T, v.len)?
        }))
    } else {
        Ok(SliceHold::Owned(unsafe {
            lift_elements::<T>(v.ptr, v.len)?
        }))
    }
}

/// Receive a `&mut [T]` parameter of a plain type (checked at compile time).
///
/// # Safety
/// When the checks pass, the view must be valid for reads and writes, unaliased, for `'a`.
pub unsafe fn slice_mut<'a, T: FfiType>(v: SliceMutView<T::Abi>) -> Result<&'a mut [T], CallError> {
    const {
        assert!(
            T::PLAIN,
            "polybind: `&mut [T]` parameters need a plain element type (numbers, or records of numbers)"
        )
    };
    let s = unsafe { view(v.ptr as *const T, v.len)? };
    // SAFETY: checked above; exclusivity is the caller's contract.
    Ok(unsafe { std::slice::from_raw_parts_mut(s.as_ptr() as *mut T, s.len()) })
}

/// Whether a record of these fields can be plain: `Self`'s layout equals the ABI's.
pub const fn same_layout<A, B>() -> bool {
    size_of::<A>() == size_of::<B>() && align_of::<A>() == align_of::<B>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_round_trip_and_free() {
        let abi = String::from("héllo").lower();
        assert_eq!(unsafe { String::lift(abi) }.unwrap(), "héllo");
        unsafe { String::free_abi(abi) };
    }

    #[test]
    fn invalid_utf8_is_an_argument_error() {
        let bytes = [b'a', 0xff];
        let e = unsafe {
            String::lift_param(StrView {
                ptr: bytes.as_ptr(),
                len: 2,
            })
        }
        .unwrap_err();
        assert_eq!(e.status, crate::status::INVALID_ARGUMENT);
        assert!(e.message.contains("byte 1"), "{}", e.message);
    }

    #[test]
    fn null_with_length_is_rejected() {
        let e = unsafe {
            Vec::<u32>::lift_param(SliceView {
                ptr: std::ptr::null(),
                len: 3,
            })
        }
        .unwrap_err();
        assert!(e.message.contains("NULL"));
        assert!(
            unsafe {
                Vec::<u32>::lift_param(SliceView {
                    ptr: std::ptr::null(),
                    len: 0,
                })
            }
            .unwrap()
            .is_empty()
        );
    }

    #[test]
    fn nested_vectors_free_their_elements() {
        let v = vec![vec![String::from("a")], vec![]];
        let abi = v.lower();
        let back: Vec<Vec<String>> = unsafe { FfiType::lift(abi) }.unwrap();
        assert_eq!(back, vec![vec![String::from("a")], vec![]]);
        unsafe { Vec::<Vec<String>>::free_abi(abi) };
    }

    #[test]
    fn plain_slices_are_borrowed() {
        let data = [1.0f64, 2.0];
        let h = unsafe {
            hold_slice::<f64>(SliceView {
                ptr: data.as_ptr(),
                len: 2,
            })
        }
        .unwrap();
        assert!(matches!(h, SliceHold::Borrowed(s) if s.as_ptr() == data.as_ptr()));
    }
}
