//! Strings in (`&str`, `String`) and out (`String`).

use polybind::polybind;

/// Returns `"Hello, <name>!"`.
#[polybind]
pub fn greet(name: &str) -> String {
    format!("Hello, {name}!")
}

/// `a` followed by `b` (`b` is an owned `String` on the Rust side).
#[polybind]
pub fn concat(a: &str, b: String) -> String {
    let mut out = String::with_capacity(a.len() + b.len());
    out.push_str(a);
    out.push_str(&b);
    out
}

/// The number of Unicode scalar values in `s`.
#[polybind]
pub fn count_chars(s: &str) -> usize {
    s.chars().count()
}

/// The number of UTF-8 bytes in `s`.
#[polybind]
pub fn byte_len(s: &str) -> usize {
    s.len()
}

#[polybind]
pub fn to_upper(s: String) -> String {
    s.to_uppercase()
}

/// `s` with its characters (not bytes) in reverse order.
#[polybind]
pub fn reverse(s: &str) -> String {
    s.chars().rev().collect()
}

/// `s` repeated `times` times.
#[polybind]
pub fn repeat_str(s: &str, times: u32) -> String {
    s.repeat(times as usize)
}

#[polybind]
pub fn empty_string() -> String {
    String::new()
}

/// Returns a copy of `s`, byte for byte (interior NUL bytes included).
#[polybind]
pub fn echo_string(s: String) -> String {
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings() {
        assert_eq!(greet("Ann"), "Hello, Ann!");
        assert_eq!(concat("foo", "bar".into()), "foobar");
        assert_eq!(count_chars("héllo"), 5);
        assert_eq!(byte_len("héllo"), 6);
        assert_eq!(count_chars("👋🌍"), 2);
        assert_eq!(to_upper("straße".into()), "STRASSE");
        assert_eq!(reverse("añb"), "bña");
        assert_eq!(repeat_str("ab", 3), "ababab");
        assert!(empty_string().is_empty());
        assert_eq!(echo_string("a\0b".into()), "a\0b");
    }
}
