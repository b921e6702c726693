//! Callback interfaces: traits the foreign side implements, borrowed (`&dyn T`) for one call or
//! retained (`Box<dyn T>`) by an object.

use crate::enums::{Color, Shape, area};
use crate::records::Point;
use polybind::polybind;
use std::sync::atomic::{AtomicU32, Ordering};

/// Receives log lines; implemented by the foreign side.
#[polybind]
pub trait Logger: Send + Sync {
    /// Records one line.
    fn log(&self, message: &str);
    /// The verbosity the logger wants; 0 means silent.
    fn level(&self) -> u32;
}

/// Something shapes are drawn on: data-enum, C-like-enum and record arguments.
#[polybind]
pub trait Canvas: Send + Sync {
    /// Draws `shape` in `color` at `at`; returns false when the canvas refuses it.
    fn draw(&self, shape: Shape, color: Color, at: Point) -> bool;
    /// The colour the canvas actually uses for `color`.
    fn tint(&self, color: Color) -> Color;
    /// The factor applied to every area.
    fn scale(&self) -> f64;
}

/// Logs `message` once and returns the logger's level.
#[polybind]
pub fn call_logger(logger: &dyn Logger, message: &str) -> u32 {
    logger.log(message);
    logger.level()
}

/// Draws shape `i` in `canvas.tint(color)` at `(i, 0)`; returns the total area of the shapes
/// the canvas accepted, times `canvas.scale()`.
#[polybind]
pub fn render(canvas: &dyn Canvas, shapes: Vec<Shape>, color: Color) -> f64 {
    let tint = canvas.tint(color);
    let mut drawn = 0.0;
    for (i, shape) in shapes.into_iter().enumerate() {
        if canvas.draw(
            shape,
            tint,
            Point {
                x: i as f64,
                y: 0.0,
            },
        ) {
            drawn += area(shape);
        }
    }
    drawn * canvas.scale()
}

/// Keeps a logger and numbers the lines it writes.
#[polybind(object)]
pub struct Journal {
    logger: Box<dyn Logger>,
    lines: AtomicU32,
}

#[polybind]
impl Journal {
    pub fn new(logger: Box<dyn Logger>) -> Self {
        Journal {
            logger,
            lines: AtomicU32::new(0),
        }
    }

    /// Logs `"#<n> <message>"` and returns `n` (1, 2, ...), or returns 0 without logging when
    /// the logger's level is 0.
    pub fn write(&self, message: &str) -> u32 {
        if self.logger.level() == 0 {
            return 0;
        }
        let n = self.lines.fetch_add(1, Ordering::SeqCst) + 1;
        self.logger.log(&format!("#{n} {message}"));
        n
    }

    /// How many lines were written.
    pub fn lines(&self) -> u32 {
        self.lines.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[derive(Default)]
    struct Recorder(Mutex<Vec<String>>, u32);

    impl Logger for Recorder {
        fn log(&self, message: &str) {
            self.0.lock().unwrap().push(message.to_owned());
        }
        fn level(&self) -> u32 {
            self.1
        }
    }

    struct Picky;

    impl Canvas for Picky {
        fn draw(&self, shape: Shape, color: Color, at: Point) -> bool {
            color == Color::Blue && !matches!(shape, Shape::Circle { .. }) && at.y == 0.0
        }
        fn tint(&self, _: Color) -> Color {
            Color::Blue
        }
        fn scale(&self) -> f64 {
            10.0
        }
    }

    #[test]
    fn loggers() {
        let r = Recorder(Mutex::default(), 2);
        assert_eq!(call_logger(&r, "hi"), 2);
        assert_eq!(*r.0.lock().unwrap(), ["hi"]);
        let j = Journal::new(Box::new(Recorder(Mutex::default(), 1)));
        assert_eq!(j.write("a"), 1);
        assert_eq!(j.write("b"), 2);
        assert_eq!(j.lines(), 2);
        assert_eq!(Journal::new(Box::new(Recorder::default())).write("x"), 0);
    }

    #[test]
    fn canvas() {
        assert_eq!(render(&Picky, crate::enums::shapes(), Color::Red), 60.0);
    }
}
