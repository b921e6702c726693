//! `#[repr(C)]` types of the canonical ABI. They are plain data (`Copy`, no `Drop`): ownership is
//! tracked by the conversion code, never by these structs.

use std::ffi::c_void;
use std::mem::MaybeUninit;

/// `LibStr`: a borrowed UTF-8 view, not NUL-terminated.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct StrView {
    pub ptr: *const u8,
    pub len: usize,
}

impl StrView {
    pub fn of(s: &str) -> Self {
        StrView {
            ptr: s.as_ptr(),
            len: s.len(),
        }
    }
}

/// `LibString`: an owned UTF-8 buffer allocated by the library (`cap` is the allocation size).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct StringAbi {
    pub ptr: *mut u8,
    pub len: usize,
    pub cap: usize,
}

impl StringAbi {
    pub const EMPTY: StringAbi = StringAbi {
        ptr: std::ptr::null_mut(),
        len: 0,
        cap: 0,
    };
}

/// `LibSliceF`: a borrowed view of `len` elements.
#[repr(C)]
#[derive(Debug)]
pub struct SliceView<T> {
    pub ptr: *const T,
    pub len: usize,
}
impl<T> Clone for SliceView<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for SliceView<T> {}

/// `LibSliceMutF`: a mutable borrowed view of `len` plain elements.
#[repr(C)]
#[derive(Debug)]
pub struct SliceMutView<T> {
    pub ptr: *mut T,
    pub len: usize,
}
impl<T> Clone for SliceMutView<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for SliceMutView<T> {}

/// `LibVecF`: an owned buffer of `len` elements with room for `cap`.
#[repr(C)]
#[derive(Debug)]
pub struct VecAbi<T> {
    pub ptr: *mut T,
    pub len: usize,
    pub cap: usize,
}
impl<T> Clone for VecAbi<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for VecAbi<T> {}

/// `LibOptionF`: `value` is meaningful only when `is_some`.
#[repr(C)]
pub struct OptionAbi<T: Copy> {
    pub is_some: bool,
    pub value: MaybeUninit<T>,
}
impl<T: Copy> Clone for OptionAbi<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Copy> Copy for OptionAbi<T> {}

/// The release function every callback and vtable carries.
pub type ReleaseFn = unsafe extern "C" fn(user_data: *mut c_void);

/// `LibFn...`: a closure as `{call, user_data, release}`. `F` is the `call` function pointer type.
#[repr(C)]
pub struct CallbackAbi<F: Copy> {
    pub call: Option<F>,
    pub user_data: *mut c_void,
    pub release: Option<ReleaseFn>,
}
impl<F: Copy> Clone for CallbackAbi<F> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<F: Copy> Copy for CallbackAbi<F> {}
