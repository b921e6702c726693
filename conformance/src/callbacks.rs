//! Closure parameters called during the call: `impl Fn`, `impl FnOnce`, with primitive, `&str`,
//! record and enum arguments and primitive, enum or no results.

use crate::enums::{Color, Shape};
use crate::nested::Person;
use crate::records::Point;
use polybind::polybind;

/// `f(x)`.
#[polybind]
pub fn apply(x: u32, f: impl Fn(u32) -> u32) -> u32 {
    f(x)
}

/// `f(f(x))`.
#[polybind]
pub fn apply_twice(x: u32, f: impl Fn(u32) -> u32) -> u32 {
    f(f(x))
}

/// `f` applied to every value, in order.
#[polybind]
pub fn map_u32(values: &[u32], f: impl Fn(u32) -> u32) -> Vec<u32> {
    values.iter().map(|&v| f(v)).collect()
}

/// Left fold: `f(f(f(init, v0), v1), v2)`.
#[polybind]
pub fn fold_i32(values: &[i32], init: i32, f: impl Fn(i32, i32) -> i32) -> i32 {
    values.iter().fold(init, |acc, &v| f(acc, v))
}

/// Calls `f(word, index)` for every whitespace-separated word; returns the number of words.
#[polybind]
pub fn for_each_word(text: &str, f: impl Fn(&str, u32)) -> u32 {
    let mut n = 0;
    for word in text.split_whitespace() {
        f(word, n);
        n += 1;
    }
    n
}

/// Calls `f` `n` times (a callback without arguments or result).
#[polybind]
pub fn call_n_times(n: u32, f: impl Fn()) {
    for _ in 0..n {
        f();
    }
}

/// The sum of `f(p)` over the points (a record argument).
#[polybind]
pub fn measure(points: &[Point], f: impl Fn(Point) -> f64) -> f64 {
    points.iter().map(|&p| f(p)).sum()
}

/// `f(color)` (a C-like enum argument and result).
#[polybind]
pub fn recolor(color: Color, f: impl Fn(Color) -> Color) -> Color {
    f(color)
}

/// Calls `f` on `Circle { radius: 1 }`, `Rect(2, 3)` and `Empty`, in that order; returns how
/// many it accepted (a data enum argument and a `bool` result).
#[polybind]
pub fn count_shapes(f: impl Fn(Shape) -> bool) -> u32 {
    crate::enums::shapes().into_iter().filter(|&s| f(s)).count() as u32
}

/// `f(person)` (an argument that owns strings and vectors, lent to the callback).
#[polybind]
pub fn inspect_person(person: Person, f: impl Fn(Person) -> u32) -> u32 {
    f(person)
}

/// `f(x)`, with a closure that may only be called once.
#[polybind]
pub fn apply_once(x: u32, f: impl FnOnce(u32) -> u32) -> u32 {
    f(x)
}

/// `f(x)` when `call` is true, else `x` (and `f` is dropped without being called).
#[polybind]
pub fn maybe_apply_once(call: bool, x: u32, f: impl FnOnce(u32) -> u32) -> u32 {
    if call { f(x) } else { x }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    #[test]
    fn closures() {
        assert_eq!(apply(2, |x| x + 1), 3);
        assert_eq!(apply_twice(2, |x| x * 10), 200);
        assert_eq!(map_u32(&[1, 2], |x| x * x), [1, 4]);
        assert_eq!(fold_i32(&[1, 2, 3], 10, |a, v| a - v), 4);
        let words = RefCell::new(vec![]);
        assert_eq!(
            for_each_word(" a bc ", |w, i| words.borrow_mut().push(format!("{i}:{w}"))),
            2
        );
        assert_eq!(*words.borrow(), ["0:a", "1:bc"]);
        let calls = RefCell::new(0);
        call_n_times(3, || *calls.borrow_mut() += 1);
        assert_eq!(*calls.borrow(), 3);
        assert_eq!(
            measure(&[Point { x: 1.0, y: 2.0 }, Point { x: 3.0, y: 4.0 }], |p| p
                .x
                * p.y),
            14.0
        );
        assert_eq!(recolor(Color::Red, crate::enums::next_color), Color::Green);
        assert_eq!(count_shapes(|s| crate::enums::area(s) > 1.0), 2);
        let p = crate::nested::make_person("Ann", 33);
        assert_eq!(inspect_person(p, |p| p.age + p.tags.len() as u32), 34);
        assert_eq!(apply_once(4, |x| x + 1), 5);
        assert_eq!(maybe_apply_once(false, 4, |_| unreachable!()), 4);
    }
}
