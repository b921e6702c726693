//! Panics: caught at the boundary and reported as `PANIC` with their message, never unwound into
//! the caller. (More panicking items: `errors::divide_exact`, `Counter::from_sum`,
//! `Counter::divide`.)

use polybind::polybind;

/// Always panics with `msg` as the panic message.
#[polybind]
pub fn always_panics(msg: &str) -> u32 {
    panic!("{msg}")
}

/// Panics with a payload that is not a string (`code` itself).
#[polybind]
pub fn panic_with_code(code: i32) {
    std::panic::panic_any(code)
}

/// `f(x)`, but panics with "callback returned zero" when `f` returns 0: the closure is still
/// released exactly once.
#[polybind]
pub fn apply_nonzero(x: u32, f: impl Fn(u32) -> u32) -> u32 {
    let y = f(x);
    assert!(y != 0, "callback returned zero");
    y
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::panic::catch_unwind;

    #[test]
    fn panics() {
        let e = catch_unwind(|| always_panics("boom")).unwrap_err();
        assert_eq!(e.downcast_ref::<String>().map(String::as_str), Some("boom"));
        let e = catch_unwind(|| panic_with_code(7)).unwrap_err();
        assert_eq!(e.downcast_ref::<i32>(), Some(&7));
        assert!(catch_unwind(|| apply_nonzero(1, |_| 0)).is_err());
        assert_eq!(apply_nonzero(1, |x| x + 1), 2);
    }
}
