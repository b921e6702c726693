//! Owned vectors: returned (`Vec<T>` of numbers, bools, strings, records and enums) and taken as
//! parameters (borrowed views that Rust copies).

use crate::enums::Color;
use crate::records::Point;
use polybind::polybind;

/// `[0, 1, .., n-1]`.
#[polybind]
pub fn make_vec_u32(n: u32) -> Vec<u32> {
    (0..n).collect()
}

/// `values`, sorted ascending (the parameter is a copy the function may consume).
#[polybind]
pub fn sorted_i32(mut values: Vec<i32>) -> Vec<i32> {
    values.sort_unstable();
    values
}

/// The whitespace-separated words of `s`.
#[polybind]
pub fn split_words(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_owned).collect()
}

/// `parts` joined by `sep`.
#[polybind]
pub fn join(parts: Vec<String>, sep: &str) -> String {
    parts.join(sep)
}

/// The UTF-8 bytes of `s`.
#[polybind]
pub fn bytes_of(s: &str) -> Vec<u8> {
    s.as_bytes().to_vec()
}

/// `n` points on the diagonal: `(0, 0), (1, 1), ..`.
#[polybind]
pub fn points_on_diagonal(n: u32) -> Vec<Point> {
    (0..n)
        .map(|i| Point {
            x: f64::from(i),
            y: f64::from(i),
        })
        .collect()
}

/// The sum of the `y` coordinates (a `Vec<Point>` parameter).
#[polybind]
pub fn sum_y(points: Vec<Point>) -> f64 {
    points.iter().map(|p| p.y).sum()
}

/// For each value, whether it is even.
#[polybind]
pub fn parity(values: &[u32]) -> Vec<bool> {
    values.iter().map(|v| v % 2 == 0).collect()
}

/// `[Red, Green, Blue]`.
#[polybind]
pub fn all_colors() -> Vec<Color> {
    vec![Color::Red, Color::Green, Color::Blue]
}

/// How many of `colors` are `Blue` (a `Vec` of C-like enums as a parameter).
#[polybind]
pub fn count_blue(colors: Vec<Color>) -> u32 {
    colors.iter().filter(|&&c| c == Color::Blue).count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vectors() {
        assert_eq!(make_vec_u32(3), [0, 1, 2]);
        assert!(make_vec_u32(0).is_empty());
        assert_eq!(sorted_i32(vec![3, -1, 2]), [-1, 2, 3]);
        assert_eq!(split_words(" a bb  ccc "), ["a", "bb", "ccc"]);
        assert_eq!(join(vec!["a".into(), "b".into(), "c".into()], "-"), "a-b-c");
        assert_eq!(bytes_of("hé"), [0x68, 0xc3, 0xa9]);
        assert_eq!(sum_y(points_on_diagonal(4)), 6.0);
        assert_eq!(parity(&[1, 2]), [false, true]);
        assert_eq!(count_blue(all_colors()), 1);
    }
}
