//! `Box`/`Arc` ↔ owned handles: what C++ `std::unique_ptr`/`std::shared_ptr`-style wrappers (the
//! generated move-only classes) hold, seen from Rust.
//!
//! * [`into_handle`] / [`box_into_handle`]: give a Rust value to the foreign side as an owned
//!   handle (what a constructor returns); the foreign side releases it with `lib_o_free`.
//! * [`shared`]: borrow the value behind a handle as an `Arc` (shared ownership, like a
//!   `shared_ptr` copy): it stays alive while the `Arc` does, even if the handle is released.
//! * [`take_box`]: take ownership back from the foreign side (the handle is released), as a
//!   `Box` when no call is using the value, else an error naming the object.

use crate::handles::{FfiObject, ObjectCell, ObjectHandle};
use crate::status::CallError;
use std::sync::Arc;

/// Hand `value` to the foreign side as an owned handle.
pub fn into_handle<T: FfiObject>(value: T) -> ObjectHandle {
    T::table().insert(value)
}

/// Hand a boxed value to the foreign side as an owned handle.
#[allow(clippy::boxed_local)] // the point: callers holding a `Box` (e.g. `Box<dyn ..>` factories)
pub fn box_into_handle<T: FfiObject>(value: Box<T>) -> ObjectHandle {
    T::table().insert(*value)
}

/// The value behind a handle, shared: the handle stays owned by the foreign side.
pub fn shared<T: FfiObject>(handle: ObjectHandle) -> Result<Arc<ObjectCell<T>>, CallError> {
    T::table().get(handle)
}

/// Release the handle and take the value back. Fails (leaving the handle released and the value
/// to be dropped by the last call using it) when a call is still using it.
pub fn take_box<T: FfiObject>(handle: ObjectHandle) -> Result<Box<T>, CallError> {
    let cell = T::table().take(handle)?;
    match Arc::try_unwrap(cell) {
        Ok(lock) => Ok(Box::new(lock.into_inner())),
        Err(_) => Err(CallError::invalid_handle(format!(
            "the `{}` is still in use by another call; it will be dropped when that call returns",
            std::any::type_name::<T>()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handles::HandleTable;

    struct Thing(u32);
    static THINGS: HandleTable<Thing> = HandleTable::new("Thing");
    impl FfiObject for Thing {
        fn table() -> &'static HandleTable<Self> {
            &THINGS
        }
    }

    #[test]
    fn box_round_trip() {
        let h = box_into_handle(Box::new(Thing(7)));
        assert_eq!(
            crate::handles::read(&shared::<Thing>(h).unwrap(), "Thing")
                .unwrap()
                .0,
            7
        );
        let b = take_box::<Thing>(h).unwrap();
        assert_eq!(b.0, 7);
        assert!(shared::<Thing>(h).is_err(), "the handle was released");
        assert!(take_box::<Thing>(h).is_err());
    }

    #[test]
    fn shared_outlives_the_handle() {
        let h = into_handle(Thing(3));
        let arc = shared::<Thing>(h).unwrap();
        let err = take_box::<Thing>(h)
            .err()
            .map(|e| e.message)
            .unwrap_or_default();
        assert!(err.contains("still in use"), "{err}");
        assert_eq!(crate::handles::read(&arc, "Thing").unwrap().0, 3);
    }
}
