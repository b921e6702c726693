//! `Option<T>` as parameter and return value, for numbers, strings, records, enums and vectors.

use crate::enums::Color;
use crate::records::Point;
use polybind::polybind;

/// `Some(x / 2)` for even `x`, `None` for odd.
#[polybind]
pub fn maybe_half(x: i32) -> Option<i32> {
    (x % 2 == 0).then_some(x / 2)
}

/// The first whitespace-separated word, if any.
#[polybind]
pub fn first_word(s: &str) -> Option<String> {
    s.split_whitespace().next().map(str::to_owned)
}

#[polybind]
pub fn unwrap_or(x: Option<u32>, default: u32) -> u32 {
    x.unwrap_or(default)
}

/// `"Hello, <name>!"`, or `"Hello, stranger!"`.
#[polybind]
pub fn greet_opt(name: Option<String>) -> String {
    format!("Hello, {}!", name.as_deref().unwrap_or("stranger"))
}

/// The decimal digits of `s`, or `None` if `s` holds anything else.
#[polybind]
pub fn digits(s: &str) -> Option<Vec<u32>> {
    s.chars().map(|c| c.to_digit(10)).collect()
}

/// 0 → Red, 1 → Green, 2 → Blue, else `None`.
#[polybind]
pub fn color_from_index(i: u32) -> Option<Color> {
    [Color::Red, Color::Green, Color::Blue]
        .get(i as usize)
        .copied()
}

#[polybind]
pub fn parse_f64(s: &str) -> Option<f64> {
    s.trim().parse().ok()
}

/// The mean of the points, `None` for none.
#[polybind]
pub fn centroid(points: &[Point]) -> Option<Point> {
    if points.is_empty() {
        return None;
    }
    let n = points.len() as f64;
    let (sx, sy) = points
        .iter()
        .fold((0.0, 0.0), |(sx, sy), p| (sx + p.x, sy + p.y));
    Some(Point {
        x: sx / n,
        y: sy / n,
    })
}

/// `Some(p)` mirrored through the origin; `None` stays `None`.
#[polybind]
pub fn negate_point(p: Option<Point>) -> Option<Point> {
    p.map(|p| Point { x: -p.x, y: -p.y })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options() {
        assert_eq!(maybe_half(-8), Some(-4));
        assert_eq!(maybe_half(7), None);
        assert_eq!(first_word("  hello world").as_deref(), Some("hello"));
        assert_eq!(first_word("   "), None);
        assert_eq!(unwrap_or(None, 9), 9);
        assert_eq!(greet_opt(None), "Hello, stranger!");
        assert_eq!(digits("907"), Some(vec![9, 0, 7]));
        assert_eq!(digits("9a"), None);
        assert_eq!(digits(""), Some(vec![]));
        assert_eq!(color_from_index(2), Some(Color::Blue));
        assert_eq!(parse_f64(" 2.5 "), Some(2.5));
        assert_eq!(centroid(&[]), None);
        let c = centroid(&[Point { x: 0.0, y: 0.0 }, Point { x: 2.0, y: 4.0 }]);
        assert_eq!(c, Some(Point { x: 1.0, y: 2.0 }));
        assert_eq!(negate_point(None), None);
    }
}
