//! Status codes, the error carried by a failed call, the thread's last error message, and the
//! panic barrier every exported function runs inside.

use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// The `int32_t` every exported function returns.
pub type Status = i32;
pub const OK: Status = 0;
pub const ERROR: Status = 1;
pub const PANIC: Status = 2;
pub const INVALID_HANDLE: Status = 3;
pub const INVALID_ARGUMENT: Status = 4;
pub const CALLBACK_FAILED: Status = 5;

/// Why a call failed before or after reaching the user's function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallError {
    pub status: Status,
    pub message: String,
}

impl CallError {
    pub fn invalid_argument(message: impl Into<String>) -> Self {
        CallError {
            status: INVALID_ARGUMENT,
            message: message.into(),
        }
    }
    pub fn invalid_handle(message: impl Into<String>) -> Self {
        CallError {
            status: INVALID_HANDLE,
            message: message.into(),
        }
    }
    /// Say which field the error is about.
    pub fn in_field(mut self, name: &str) -> Self {
        self.message = format!("field `{name}`: {}", self.message);
        self
    }
    /// Say which parameter the error is about.
    pub fn in_param(mut self, name: &str) -> Self {
        self.message = format!("parameter `{name}`: {}", self.message);
        self
    }
}

/// The payload a failed foreign callback unwinds with (via `resume_unwind`, which skips the
/// panic hook: this is a reported failure, not a bug).
#[derive(Debug)]
pub struct CallbackFailed {
    pub message: String,
}

thread_local! {
    static LAST_ERROR: RefCell<Option<String>> = const { RefCell::new(None) };
}

pub fn set_last_error(message: String) {
    LAST_ERROR.with(|e| *e.borrow_mut() = Some(message));
}

/// Take the calling thread's last error message (empty when there is none).
pub fn take_last_error() -> String {
    LAST_ERROR
        .with(|e| e.borrow_mut().take())
        .unwrap_or_default()
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "Rust panicked with a non-string payload".to_owned()
    }
}

/// Run the body of an exported function: catch panics (never unwind into C), turn errors into a
/// status and a last-error message.
pub fn call<F: FnOnce() -> Result<Status, CallError>>(f: F) -> Status {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(status)) => status,
        Ok(Err(e)) => {
            set_last_error(e.message);
            e.status
        }
        Err(payload) => {
            let (status, message) = match payload.downcast_ref::<CallbackFailed>() {
                Some(cb) => (CALLBACK_FAILED, cb.message.clone()),
                None => (PANIC, format!("Rust panic: {}", panic_message(&*payload))),
            };
            // Dropping a panic payload can itself panic; never let that escape.
            let _ = catch_unwind(AssertUnwindSafe(move || drop(payload)));
            set_last_error(message);
            status
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panics_become_a_status_and_a_message() {
        let st = call(|| panic!("boom {}", 7));
        assert_eq!(st, PANIC);
        assert_eq!(take_last_error(), "Rust panic: boom 7");
        assert_eq!(take_last_error(), "");
    }

    #[test]
    fn errors_carry_their_status() {
        let st = call(|| Err(CallError::invalid_argument("bad").in_param("x")));
        assert_eq!(st, INVALID_ARGUMENT);
        assert_eq!(take_last_error(), "parameter `x`: bad");
    }

    #[test]
    fn callback_failures_are_not_panics() {
        let st = call(|| {
            std::panic::resume_unwind(Box::new(CallbackFailed {
                message: "cb".into(),
            }))
        });
        assert_eq!(st, CALLBACK_FAILED);
        assert_eq!(take_last_error(), "cb");
    }
}
