//! Benchmark library: exactly the call shapes of DESIGN §3, each doing as little work as its
//! shape allows, so that a benchmark measures the binding's overhead and not the body.

polybind::setup!();

use polybind::polybind;

/// A point in the plane, passed and returned by value.
#[polybind]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// Does nothing: the cost of a call and nothing else.
#[polybind]
pub fn primitive_void() {}

/// `x + 1` (wrapping).
#[polybind]
pub fn primitive_u32(x: u32) -> u32 {
    x.wrapping_add(1)
}

/// The sum of five differently typed arguments, as `f64`.
#[polybind]
pub fn many_args_5(a: u32, b: u64, c: f64, d: i32, e: u8) -> f64 {
    a as f64 + b as f64 + c + d as f64 + e as f64
}

/// `f(x)`: one foreign callback per call.
#[polybind]
pub fn callback(f: impl Fn(u32) -> u32, x: u32) -> u32 {
    f(x)
}

/// The length of `s` in bytes.
#[polybind]
pub fn string_in(s: &str) -> usize {
    s.len()
}

/// A short owned string.
#[polybind]
pub fn string_out() -> String {
    String::from("hello, polybind")
}

/// The sum of `values` (the benchmark passes 1,000 of them).
#[polybind]
pub fn slice_sum_1000(values: &[f64]) -> f64 {
    values.iter().sum()
}

/// `p` mirrored through the diagonal.
#[polybind]
pub fn record_by_value(p: Point) -> Point {
    Point { x: p.y, y: p.x }
}

/// An object whose method is the measured call.
#[polybind(object)]
pub struct Counter {
    calls: std::sync::atomic::AtomicU64,
}

#[polybind]
impl Counter {
    /// A counter at zero.
    pub fn new() -> Self {
        Counter {
            calls: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// Counts the call and returns the number of calls so far.
    pub fn method_call(&self) -> u64 {
        self.calls
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            + 1
    }
}

impl Default for Counter {
    fn default() -> Self {
        Counter::new()
    }
}
