//! Geometry: a small library of shapes, exported to C (and more) with polybind.

polybind::setup!();

use polybind::polybind;
use std::fmt;

/// A point in the plane.
#[polybind]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// A shape that knows its area.
#[polybind]
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A circle around the origin.
    Circle { radius: f64 },
    /// An axis-aligned rectangle.
    Rectangle { width: f64, height: f64 },
    /// A polygon through its corners.
    Polygon { corners: Vec<Point> },
}

/// Why a shape could not be built.
#[polybind(error)]
#[derive(Debug)]
pub enum GeometryError {
    /// A length was negative or not a number.
    InvalidLength { value: f64 },
    /// A polygon needs three corners.
    TooFewCorners { count: u32 },
}

impl fmt::Display for GeometryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GeometryError::InvalidLength { value } => write!(f, "invalid length {value}"),
            GeometryError::TooFewCorners { count } => {
                write!(f, "a polygon needs at least 3 corners, got {count}")
            }
        }
    }
}

/// The library's version.
#[polybind]
pub const VERSION: &str = "1.0";

/// Distance between two points.
#[polybind]
pub fn distance(a: Point, b: Point) -> f64 {
    ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
}

/// A circle, checking the radius.
#[polybind]
pub fn circle(radius: f64) -> Result<Shape, GeometryError> {
    if radius.is_nan() || radius < 0.0 {
        return Err(GeometryError::InvalidLength { value: radius });
    }
    Ok(Shape::Circle { radius })
}

/// A polygon through the given corners.
#[polybind]
pub fn polygon(corners: &[Point]) -> Result<Shape, GeometryError> {
    if corners.len() < 3 {
        return Err(GeometryError::TooFewCorners {
            count: corners.len() as u32,
        });
    }
    Ok(Shape::Polygon {
        corners: corners.to_vec(),
    })
}

/// The area of a shape.
#[polybind]
pub fn area(shape: &Shape) -> f64 {
    match shape {
        Shape::Circle { radius } => std::f64::consts::PI * radius * radius,
        Shape::Rectangle { width, height } => width * height,
        Shape::Polygon { corners } => {
            let n = corners.len();
            let twice: f64 = (0..n)
                .map(|i| {
                    let (p, q) = (corners[i], corners[(i + 1) % n]);
                    p.x * q.y - q.x * p.y
                })
                .sum();
            twice.abs() / 2.0
        }
    }
}

/// Describe a shape in words.
#[polybind]
pub fn describe(shape: &Shape) -> String {
    match shape {
        Shape::Circle { radius } => format!("a circle of radius {radius}"),
        Shape::Rectangle { width, height } => format!("a {width} by {height} rectangle"),
        Shape::Polygon { corners } => format!("a polygon with {} corners", corners.len()),
    }
}

/// A drawing: shapes collected one by one.
#[polybind(object)]
#[derive(Default)]
pub struct Canvas {
    shapes: Vec<Shape>,
}

#[polybind]
impl Canvas {
    /// An empty canvas.
    pub fn new() -> Self {
        Canvas::default()
    }

    /// Add a shape.
    pub fn add(&mut self, shape: Shape) {
        self.shapes.push(shape);
    }

    /// The total area of all shapes.
    pub fn total_area(&self) -> f64 {
        self.shapes.iter().map(area).sum()
    }

    /// Call `visit` with the area of every shape, in order.
    pub fn for_each_area(&self, visit: impl Fn(u32, f64)) {
        for (i, s) in self.shapes.iter().enumerate() {
            visit(i as u32, area(s));
        }
    }
}
