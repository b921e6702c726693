//! Error context: a Rust error with its whole `source()` chain as one line of text, so that the
//! message a foreign caller receives (an error enum's message, an exception's `what()`) says why
//! as well as what.
//!
//! ```
//! use std::error::Error;
//! use std::fmt;
//!
//! #[derive(Debug)]
//! struct Outer(std::num::ParseIntError);
//! impl fmt::Display for Outer {
//!     fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str("bad config") }
//! }
//! impl Error for Outer {
//!     fn source(&self) -> Option<&(dyn Error + 'static)> { Some(&self.0) }
//! }
//!
//! let e = Outer("x".parse::<u32>().unwrap_err());
//! assert_eq!(polybind_rt::error_chain(&e), "bad config: invalid digit found in string");
//! assert_eq!(polybind_rt::ErrorChain(&e).to_string(), "bad config: invalid digit found in string");
//! ```

use std::error::Error;
use std::fmt;

/// Displays an error followed by each of its sources, `outer: cause: root cause`. A source whose
/// text is already the end of the text so far (errors that print their cause) is not repeated.
pub struct ErrorChain<'a>(pub &'a (dyn Error + 'a));

impl fmt::Display for ErrorChain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = self.0.to_string();
        let mut source = self.0.source();
        // A cycle of sources is a bug in someone's error type; bound the walk.
        let mut depth = 0;
        while let Some(s) = source {
            let part = s.to_string();
            if !part.is_empty() && !text.ends_with(&part) {
                text.push_str(": ");
                text.push_str(&part);
            }
            source = s.source();
            depth += 1;
            if depth == 64 {
                break;
            }
        }
        f.write_str(&text)
    }
}

/// The error and its `source()` chain as one line: `outer: cause: root cause`.
pub fn error_chain(err: &dyn Error) -> String {
    ErrorChain(err).to_string()
}

/// Turn any error into its chained text, e.g. `.map_err(chained)` before building the message
/// of an exported error enum variant.
pub fn chained<E: Error>(err: E) -> String {
    error_chain(&err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    struct Wrap(&'static str, Option<Box<Wrap>>);
    impl fmt::Display for Wrap {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.0)
        }
    }
    impl Error for Wrap {
        fn source(&self) -> Option<&(dyn Error + 'static)> {
            self.1.as_deref().map(|w| w as &(dyn Error + 'static))
        }
    }

    #[test]
    fn chain_of_three() {
        let e = Wrap(
            "a",
            Some(Box::new(Wrap("b", Some(Box::new(Wrap("c", None)))))),
        );
        assert_eq!(error_chain(&e), "a: b: c");
        assert_eq!(chained(Wrap("only", None)), "only");
    }

    #[test]
    fn cause_already_printed_is_not_repeated() {
        let e = Wrap(
            "open failed: no such file",
            Some(Box::new(Wrap("no such file", None))),
        );
        assert_eq!(error_chain(&e), "open failed: no such file");
    }

    #[test]
    fn io_error_source() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, Wrap("disk gone", None));
        assert_eq!(error_chain(&io), "disk gone");
    }
}
