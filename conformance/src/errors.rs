//! `Result<T, E>` with exported error enums: unit, struct and tuple variants, payloads that own
//! strings, a C-like error enum, and every kind of `T` (including `()` and `Option`).

use crate::enums::Color;
use crate::records::Point;
use polybind::polybind;
use std::fmt;

/// Arithmetic failures.
#[polybind(error)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MathError {
    DivideByZero,
    Overflow {
        value: i64,
    },
    /// The division left this remainder.
    NotExact(i64),
}

impl fmt::Display for MathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MathError::DivideByZero => write!(f, "division by zero"),
            MathError::Overflow { value } => write!(f, "overflow at {value}"),
            MathError::NotExact(r) => write!(f, "not exact: remainder {r}"),
        }
    }
}

impl std::error::Error for MathError {}

/// Parsing failures; two variants own a `String`.
#[polybind(error)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    UnknownName {
        name: String,
    },
    /// The text that is not a number and its position in the list.
    InvalidNumber(String, u32),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => write!(f, "empty input"),
            ParseError::UnknownName { name } => write!(f, "unknown color: {name}"),
            ParseError::InvalidNumber(text, at) => write!(f, "invalid number '{text}' at {at}"),
        }
    }
}

impl std::error::Error for ParseError {}

/// A C-like error enum.
#[polybind(error)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgeError {
    TooYoung,
    TooOld,
}

impl fmt::Display for AgeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AgeError::TooYoung => "too young",
            AgeError::TooOld => "too old",
        })
    }
}

impl std::error::Error for AgeError {}

/// `a / b`; `DivideByZero` when `b` is 0, `Overflow { value: a }` for `i64::MIN / -1`.
#[polybind]
pub fn checked_div(a: i64, b: i64) -> Result<i64, MathError> {
    if b == 0 {
        return Err(MathError::DivideByZero);
    }
    a.checked_div(b).ok_or(MathError::Overflow { value: a })
}

/// `a + b`, or `Overflow { value: a }`.
#[polybind]
pub fn checked_add(a: i64, b: i64) -> Result<i64, MathError> {
    a.checked_add(b).ok_or(MathError::Overflow { value: a })
}

/// `a / b` when `b` divides `a`, else `NotExact(a % b)`. Panics when `b` is 0 (a bug in the
/// caller, not an error value).
#[polybind]
pub fn divide_exact(a: i64, b: i64) -> Result<i64, MathError> {
    match a % b {
        0 => Ok(a / b),
        r => Err(MathError::NotExact(r)),
    }
}

/// `"red"`, `"green"`, `"blue"` in any case; `Empty` for `""`, else `UnknownName`.
#[polybind]
pub fn parse_color(name: &str) -> Result<Color, ParseError> {
    match name.to_ascii_lowercase().as_str() {
        "" => Err(ParseError::Empty),
        "red" => Ok(Color::Red),
        "green" => Ok(Color::Green),
        "blue" => Ok(Color::Blue),
        _ => Err(ParseError::UnknownName {
            name: name.to_owned(),
        }),
    }
}

fn parse_items<T: std::str::FromStr>(text: &str) -> Result<Vec<T>, ParseError> {
    if text.is_empty() {
        return Err(ParseError::Empty);
    }
    text.split(',')
        .enumerate()
        .map(|(i, part)| {
            part.trim()
                .parse()
                .map_err(|_| ParseError::InvalidNumber(part.to_owned(), i as u32))
        })
        .collect()
}

/// `"x,y"` → `Point { x, y }`.
#[polybind]
pub fn parse_point(text: &str) -> Result<Point, ParseError> {
    match parse_items::<f64>(text)?.as_slice() {
        &[x, y] => Ok(Point { x, y }),
        _ => Err(ParseError::InvalidNumber(text.to_owned(), 0)),
    }
}

/// `"1,2,3"` → `[1, 2, 3]`.
#[polybind]
pub fn parse_list(text: &str) -> Result<Vec<u32>, ParseError> {
    parse_items(text)
}

/// The item at `index` of the list in `text`, if there is one.
#[polybind]
pub fn nth_item(text: &str, index: u32) -> Result<Option<u32>, ParseError> {
    Ok(parse_items::<u32>(text)?.get(index as usize).copied())
}

/// `Ok(())` for 18..=150, else `TooYoung` or `TooOld`.
#[polybind]
pub fn check_age(age: u32) -> Result<(), AgeError> {
    match age {
        0..18 => Err(AgeError::TooYoung),
        18..=150 => Ok(()),
        _ => Err(AgeError::TooOld),
    }
}

/// `"Welcome, <name>."` for adults.
#[polybind]
pub fn greet_adult(name: &str, age: u32) -> Result<String, AgeError> {
    check_age(age)?;
    Ok(format!("Welcome, {name}."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn math() {
        assert_eq!(checked_div(7, 2), Ok(3));
        assert_eq!(checked_div(1, 0), Err(MathError::DivideByZero));
        assert_eq!(
            checked_div(i64::MIN, -1),
            Err(MathError::Overflow { value: i64::MIN })
        );
        assert_eq!(
            checked_add(i64::MAX, 1).unwrap_err().to_string(),
            "overflow at 9223372036854775807"
        );
        assert_eq!(divide_exact(7, 2), Err(MathError::NotExact(1)));
        assert!(std::panic::catch_unwind(|| divide_exact(1, 0)).is_err());
    }

    #[test]
    fn parsing() {
        assert_eq!(parse_color("GREEN"), Ok(Color::Green));
        assert_eq!(
            parse_color("purple").unwrap_err().to_string(),
            "unknown color: purple"
        );
        assert_eq!(parse_point("1.5,2"), Ok(Point { x: 1.5, y: 2.0 }));
        assert_eq!(
            parse_list("1,x,3"),
            Err(ParseError::InvalidNumber("x".into(), 1))
        );
        assert_eq!(parse_list(""), Err(ParseError::Empty));
        assert_eq!(nth_item("4,5", 1), Ok(Some(5)));
        assert_eq!(nth_item("4,5", 2), Ok(None));
    }

    #[test]
    fn ages() {
        assert_eq!(check_age(17), Err(AgeError::TooYoung));
        assert_eq!(check_age(151), Err(AgeError::TooOld));
        assert_eq!(greet_adult("Bo", 40).as_deref(), Ok("Welcome, Bo."));
    }
}
