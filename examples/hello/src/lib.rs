//! Hello: the smallest polybind library.

polybind::setup!();

use polybind::polybind;

/// Adds two numbers.
#[polybind]
pub fn add(a: i32, b: i32) -> i32 {
    a.wrapping_add(b)
}

/// Greets someone by name.
#[polybind]
pub fn greet(name: &str) -> String {
    format!("Hello, {name}!")
}
