//! Flat records: plain ones (numbers only, zero-copy in slices), padded ones, records holding
//! enums, options and strings.

use crate::enums::{Color, Level, Shape};
use polybind::polybind;

/// A point in the plane.
#[polybind]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Horizontal coordinate, in metres.
    pub x: f64,
    /// Vertical coordinate, in metres.
    pub y: f64,
}

/// An RGBA colour, one byte per channel (size 4, alignment 1).
#[polybind]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pixel {
    pub r: u8,
    pub g: u8,
    pub b: u8,
    pub a: u8,
}

/// Wire header. A `/* comment */` inside documentation must not end the C comment early.
///
/// Its fields have every alignment, so the C struct has padding.
#[polybind]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Packet {
    pub flag: bool,
    pub id: u64,
    pub kind: u8,
    pub value: i16,
    pub ratio: f32,
    pub size: usize,
    pub offset: isize,
}

/// A record whose fields are enums.
#[polybind]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Styled {
    pub color: Color,
    pub level: Level,
    pub shape: Shape,
}

/// A label, optionally placed somewhere.
#[polybind]
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub label: String,
    pub position: Option<Point>,
}

#[polybind]
pub fn echo_point(p: Point) -> Point {
    p
}

/// The Euclidean distance between `a` and `b`.
#[polybind]
pub fn distance(a: Point, b: Point) -> f64 {
    (a.x - b.x).hypot(a.y - b.y)
}

#[polybind]
pub fn echo_packet(packet: Packet) -> Packet {
    packet
}

/// Returns `packet` with `id` incremented, `flag` inverted and `kind` doubled (wrapping).
#[polybind]
pub fn bump_packet(packet: Packet) -> Packet {
    Packet {
        flag: !packet.flag,
        id: packet.id.wrapping_add(1),
        kind: packet.kind.wrapping_mul(2),
        ..packet
    }
}

#[polybind]
pub fn echo_styled(styled: Styled) -> Styled {
    styled
}

#[polybind]
pub fn make_marker(label: &str, position: Option<Point>) -> Marker {
    Marker {
        label: label.to_owned(),
        position,
    }
}

/// `"<label> at (x, y)"`, or `"<label> nowhere"`.
#[polybind]
pub fn describe_marker(marker: Marker) -> String {
    match marker.position {
        Some(p) => format!("{} at ({}, {})", marker.label, p.x, p.y),
        None => format!("{} nowhere", marker.label),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records() {
        assert_eq!(
            distance(Point { x: 0.0, y: 0.0 }, Point { x: 3.0, y: 4.0 }),
            5.0
        );
        let p = Packet {
            flag: false,
            id: u64::MAX,
            kind: 200,
            value: -2,
            ratio: 0.5,
            size: 7,
            offset: -7,
        };
        let b = bump_packet(p);
        assert_eq!(
            (b.flag, b.id, b.kind, b.value, b.size, b.offset),
            (true, 0, 144, -2, 7, -7)
        );
        let m = make_marker("home", Some(Point { x: 1.5, y: -2.0 }));
        assert_eq!(describe_marker(m), "home at (1.5, -2)");
        assert_eq!(describe_marker(make_marker("lost", None)), "lost nowhere");
    }
}
