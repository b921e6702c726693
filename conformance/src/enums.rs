//! C-like enums (explicit and negative discriminants) and data-carrying enums (struct, tuple and
//! unit variants; plain and owning payloads).

use polybind::polybind;

/// A primary colour.
#[polybind]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Color {
    Red,
    /// The colour of grass.
    Green = 5,
    Blue,
}

/// A C-like enum with a negative discriminant.
#[polybind]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Low = -1,
    Mid = 0,
    High = 100,
}

/// A plane figure: a struct variant, a tuple variant and a unit variant.
#[polybind]
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    Circle {
        radius: f64,
    },
    /// Width and height.
    Rect(f64, f64),
    Empty,
}

/// A data enum whose payloads own heap data.
#[polybind]
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Text(String),
    Move { x: i32, y: i32 },
    Batch(Vec<u32>),
    Quit,
}

#[polybind]
pub fn echo_color(color: Color) -> Color {
    color
}

/// Red → Green → Blue → Red.
#[polybind]
pub fn next_color(color: Color) -> Color {
    match color {
        Color::Red => Color::Green,
        Color::Green => Color::Blue,
        Color::Blue => Color::Red,
    }
}

/// `"red"`, `"green"` or `"blue"`.
#[polybind]
pub fn color_name(color: Color) -> String {
    match color {
        Color::Red => "red",
        Color::Green => "green",
        Color::Blue => "blue",
    }
    .to_owned()
}

#[polybind]
pub fn echo_level(level: Level) -> Level {
    level
}

/// The discriminant of `level` as Rust sees it.
#[polybind]
pub fn level_value(level: Level) -> i32 {
    level as i32
}

#[polybind]
pub fn area(shape: Shape) -> f64 {
    match shape {
        Shape::Circle { radius } => std::f64::consts::PI * radius * radius,
        Shape::Rect(w, h) => w * h,
        Shape::Empty => 0.0,
    }
}

#[polybind]
pub fn make_circle(radius: f64) -> Shape {
    Shape::Circle { radius }
}

/// `shape` with every length multiplied by `k`.
#[polybind]
pub fn scale_shape(shape: Shape, k: f64) -> Shape {
    match shape {
        Shape::Circle { radius } => Shape::Circle { radius: radius * k },
        Shape::Rect(w, h) => Shape::Rect(w * k, h * k),
        Shape::Empty => Shape::Empty,
    }
}

/// `[Circle { radius: 1 }, Rect(2, 3), Empty]`.
#[polybind]
pub fn shapes() -> Vec<Shape> {
    vec![
        Shape::Circle { radius: 1.0 },
        Shape::Rect(2.0, 3.0),
        Shape::Empty,
    ]
}

#[polybind]
pub fn make_text_message(text: &str) -> Message {
    Message::Text(text.to_owned())
}

/// `Batch([0, 1, .., n-1])`.
#[polybind]
pub fn make_batch(n: u32) -> Message {
    Message::Batch((0..n).collect())
}

/// `"text: <t>"`, `"move: <x>,<y>"`, `"batch: <n> items"` or `"quit"`.
#[polybind]
pub fn describe_message(message: Message) -> String {
    match message {
        Message::Text(t) => format!("text: {t}"),
        Message::Move { x, y } => format!("move: {x},{y}"),
        Message::Batch(items) => format!("batch: {} items", items.len()),
        Message::Quit => "quit".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_like() {
        assert_eq!(Color::Blue as i32, 6);
        assert_eq!(next_color(Color::Blue), Color::Red);
        assert_eq!(color_name(Color::Green), "green");
        assert_eq!(level_value(Level::Low), -1);
    }

    #[test]
    fn data() {
        assert_eq!(area(Shape::Rect(2.0, 3.0)), 6.0);
        assert_eq!(area(Shape::Empty), 0.0);
        assert_eq!(
            scale_shape(make_circle(1.5), 2.0),
            Shape::Circle { radius: 3.0 }
        );
        assert_eq!(shapes().len(), 3);
        assert_eq!(describe_message(make_batch(4)), "batch: 4 items");
        assert_eq!(
            describe_message(Message::Move { x: -1, y: 2 }),
            "move: -1,2"
        );
        assert_eq!(describe_message(make_text_message("hi")), "text: hi");
    }
}
