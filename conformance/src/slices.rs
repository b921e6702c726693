//! Borrowed slices: `&[T]` of numbers and plain records (zero-copy), `&mut [T]` written in place.

use crate::records::{Pixel, Point};
use polybind::polybind;

#[polybind]
pub fn sum_f64(values: &[f64]) -> f64 {
    values.iter().sum()
}

/// The sum of the bytes, widened so that it cannot overflow.
#[polybind]
pub fn sum_u8(bytes: &[u8]) -> u64 {
    bytes.iter().map(|&b| u64::from(b)).sum()
}

/// The largest value, `i64::MIN` for none.
#[polybind]
pub fn max_i64(values: &[i64]) -> i64 {
    values.iter().copied().max().unwrap_or(i64::MIN)
}

/// The sum of the `x` coordinates (reads a slice of plain records without copying).
#[polybind]
pub fn sum_x(points: &[Point]) -> f64 {
    points.iter().map(|p| p.x).sum()
}

/// Sets every element to `v`.
#[polybind]
pub fn fill(values: &mut [u32], v: u32) {
    values.fill(v);
}

#[polybind]
pub fn reverse_i64(values: &mut [i64]) {
    values.reverse();
}

/// Multiplies both coordinates of every point by `k`, in place.
#[polybind]
pub fn scale_points(points: &mut [Point], k: f64) {
    for p in points {
        p.x *= k;
        p.y *= k;
    }
}

/// Adds `amount` to the colour channels (not alpha), saturating at 255.
#[polybind]
pub fn brighten(pixels: &mut [Pixel], amount: u8) {
    for p in pixels {
        p.r = p.r.saturating_add(amount);
        p.g = p.g.saturating_add(amount);
        p.b = p.b.saturating_add(amount);
    }
}

/// Doubles every float in place (an `f32` slice: 4-byte elements).
#[polybind]
pub fn double_f32(values: &mut [f32]) {
    for v in values {
        *v *= 2.0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read() {
        assert_eq!(sum_f64(&[1.5, 2.5]), 4.0);
        assert_eq!(sum_f64(&[]), 0.0);
        assert_eq!(sum_u8(&[255; 1000]), 255_000);
        assert_eq!(max_i64(&[]), i64::MIN);
        assert_eq!(
            sum_x(&[Point { x: 1.0, y: 9.0 }, Point { x: 2.0, y: 9.0 }]),
            3.0
        );
    }

    #[test]
    fn write() {
        let mut v = [1u32, 2, 3];
        fill(&mut v[1..], 7);
        assert_eq!(v, [1, 7, 7]);
        let mut w = [1i64, 2, 3];
        reverse_i64(&mut w);
        assert_eq!(w, [3, 2, 1]);
        let mut p = [Point { x: 1.0, y: -2.0 }];
        scale_points(&mut p, 3.0);
        assert_eq!(p[0], Point { x: 3.0, y: -6.0 });
        let mut px = [Pixel {
            r: 250,
            g: 0,
            b: 10,
            a: 7,
        }];
        brighten(&mut px, 10);
        assert_eq!(
            px[0],
            Pixel {
                r: 255,
                g: 10,
                b: 20,
                a: 7
            }
        );
    }
}
