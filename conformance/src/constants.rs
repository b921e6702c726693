//! Constants of every kind: integers of every width at their extremes, decimal, hexadecimal and
//! underscored literals, floats, booleans and strings that need escaping in C.

use polybind::polybind;

/// The largest batch the library accepts.
#[polybind]
pub const MAX_ITEMS: u32 = 10;

#[polybind]
pub const SMALLEST_I8: i8 = -128;

#[polybind]
pub const LARGEST_U8: u8 = 255;

#[polybind]
pub const SMALLEST_I16: i16 = -32768;

#[polybind]
pub const LARGEST_U16: u16 = 65535;

#[polybind]
pub const SMALLEST_I32: i32 = -2_147_483_648;

#[polybind]
pub const LARGEST_U32: u32 = 4_294_967_295;

#[polybind]
pub const SMALLEST_I64: i64 = -9_223_372_036_854_775_808;

#[polybind]
pub const LARGEST_I64: i64 = 9_223_372_036_854_775_807;

#[polybind]
pub const LARGEST_U64: u64 = 18_446_744_073_709_551_615;

/// A hexadecimal literal.
#[polybind]
pub const MASK: u32 = 0xDEAD_BEEF;

#[polybind]
pub const PAGE_SIZE: usize = 4096;

#[polybind]
pub const OFFSET: isize = -4096;

/// Standard gravity, in m/s².
#[polybind]
pub const GRAVITY: f64 = 9.806_65;

#[polybind]
pub const ABSOLUTE_ZERO: f64 = -273.15;

#[polybind]
pub const TINY: f64 = 1e-300;

#[polybind]
pub const RATIO: f32 = 0.25;

#[polybind]
pub const ENABLED: bool = true;

#[polybind]
pub const DISABLED: bool = false;

#[polybind]
pub const GREETING: &str = "Hello, polybind!";

/// A string that needs escaping in every language: tab, quote, backslash, newline, non-ASCII and
/// a C comment terminator.
#[polybind]
pub const TRICKY: &str = "tab\tquote\"backslash\\newline\nunicode é */ end";

/// `MAX_ITEMS`, read at run time.
#[polybind]
pub fn max_items() -> u32 {
    MAX_ITEMS
}

/// `TRICKY`, read at run time.
#[polybind]
pub fn tricky() -> String {
    TRICKY.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extremes() {
        assert_eq!(SMALLEST_I8, i8::MIN);
        assert_eq!(LARGEST_U8, u8::MAX);
        assert_eq!(SMALLEST_I16, i16::MIN);
        assert_eq!(LARGEST_U16, u16::MAX);
        assert_eq!(SMALLEST_I32, i32::MIN);
        assert_eq!(LARGEST_U32, u32::MAX);
        assert_eq!(SMALLEST_I64, i64::MIN);
        assert_eq!(LARGEST_I64, i64::MAX);
        assert_eq!(LARGEST_U64, u64::MAX);
        assert_eq!(MASK, 3_735_928_559);
        assert_eq!(TRICKY.len(), 45);
        assert_eq!(max_items(), 10);
    }
}
