//! Numbers and `bool`: every width, the extremes, float special values, many arguments.

use polybind::polybind;

/// Echoes an unsigned byte back to the caller.
#[polybind]
pub fn echo_u8(x: u8) -> u8 {
    x
}

#[polybind]
pub fn echo_u16(x: u16) -> u16 {
    x
}

#[polybind]
pub fn echo_u32(x: u32) -> u32 {
    x
}

#[polybind]
pub fn echo_u64(x: u64) -> u64 {
    x
}

#[polybind]
pub fn echo_i8(x: i8) -> i8 {
    x
}

#[polybind]
pub fn echo_i16(x: i16) -> i16 {
    x
}

#[polybind]
pub fn echo_i32(x: i32) -> i32 {
    x
}

#[polybind]
pub fn echo_i64(x: i64) -> i64 {
    x
}

#[polybind]
pub fn echo_usize(x: usize) -> usize {
    x
}

#[polybind]
pub fn echo_isize(x: isize) -> isize {
    x
}

#[polybind]
pub fn echo_f32(x: f32) -> f32 {
    x
}

#[polybind]
pub fn echo_f64(x: f64) -> f64 {
    x
}

#[polybind]
pub fn echo_bool(x: bool) -> bool {
    x
}

/// `usize::MAX`, produced on the Rust side.
#[polybind]
pub fn usize_max() -> usize {
    usize::MAX
}

/// `isize::MIN`, produced on the Rust side.
#[polybind]
pub fn isize_min() -> isize {
    isize::MIN
}

/// `a + b`, wrapping around at `u64::MAX`.
#[polybind]
pub fn wrapping_add_u64(a: u64, b: u64) -> u64 {
    a.wrapping_add(b)
}

/// `-x`, wrapping (`-(-128)` is `-128`).
#[polybind]
pub fn wrapping_neg_i8(x: i8) -> i8 {
    x.wrapping_neg()
}

#[polybind]
pub fn invert(x: bool) -> bool {
    !x
}

/// The sum of ten arguments of mixed types (`g` counts as 1 when true): more arguments than
/// registers, so some are passed on the stack.
#[polybind]
#[allow(clippy::too_many_arguments)]
pub fn mix(a: u8, b: i16, c: u32, d: i64, e: f32, f: f64, g: bool, h: u16, i: i8, j: u64) -> f64 {
    f64::from(a)
        + f64::from(b)
        + f64::from(c)
        + d as f64
        + f64::from(e)
        + f
        + f64::from(u8::from(g))
        + f64::from(h)
        + f64::from(i)
        + j as f64
}

#[polybind]
pub fn is_nan(x: f64) -> bool {
    x.is_nan()
}

/// True only for `-0.0` (which compares equal to `0.0`).
#[polybind]
pub fn is_negative_zero(x: f64) -> bool {
    x == 0.0 && x.is_sign_negative()
}

#[polybind]
pub fn f32_to_bits(x: f32) -> u32 {
    x.to_bits()
}

#[polybind]
pub fn f64_to_bits(x: f64) -> u64 {
    x.to_bits()
}

/// Builds a double from its bit pattern, NaN payloads included.
#[polybind]
pub fn f64_from_bits(bits: u64) -> f64 {
    f64::from_bits(bits)
}

/// Positive infinity, produced on the Rust side.
#[polybind]
pub fn infinity_f32() -> f32 {
    f32::INFINITY
}

/// True when every flag is set (and for no flags at all).
#[polybind]
pub fn all_true(flags: &[bool]) -> bool {
    flags.iter().all(|&f| f)
}

/// Sleeps `ms` milliseconds and returns `ms`: a blocking call, during which bindings with a
/// global lock (Python's GIL) let other threads run.
#[polybind(blocking)]
pub fn sleep_ms(ms: u32) -> u32 {
    std::thread::sleep(std::time::Duration::from_millis(u64::from(ms)));
    ms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extremes() {
        assert_eq!(echo_u64(u64::MAX), u64::MAX);
        assert_eq!(echo_i64(i64::MIN), i64::MIN);
        assert_eq!(wrapping_add_u64(u64::MAX, 2), 1);
        assert_eq!(wrapping_neg_i8(i8::MIN), i8::MIN);
        assert_eq!(usize_max(), usize::MAX);
        assert_eq!(isize_min(), isize::MIN);
    }

    #[test]
    fn mixed_arguments() {
        let sum = mix(
            200,
            -300,
            4_000_000_000,
            -5_000_000_000,
            0.5,
            0.25,
            true,
            65_535,
            -128,
            1 << 40,
        );
        let expected =
            200.0 - 300.0 + 4e9 - 5e9 + 0.5 + 0.25 + 1.0 + 65_535.0 - 128.0 + (1u64 << 40) as f64;
        assert_eq!(sum, expected);
    }

    #[test]
    fn floats() {
        assert!(is_nan(f64::NAN));
        assert!(is_negative_zero(-0.0));
        assert!(!is_negative_zero(0.0));
        assert_eq!(f32_to_bits(1.0), 0x3f80_0000);
        assert_eq!(
            f64_to_bits(f64_from_bits(0x7ff8_0000_0000_0001)),
            0x7ff8_0000_0000_0001
        );
        assert_eq!(infinity_f32(), f32::INFINITY);
    }

    #[test]
    fn bools() {
        assert!(all_true(&[]));
        assert!(!all_true(&[true, false]));
        assert!(invert(false));
    }
}
