//! polybind: annotate a Rust crate once, get a C ABI and native bindings in many languages.
//!
//! ```ignore
//! polybind::setup!();
//! use polybind::polybind;
//!
//! /// Adds two numbers.
//! #[polybind]
//! pub fn add(a: u32, b: u32) -> u32 { a + b }
//! ```
//!
//! Then run `polybind generate`. See the book (`docs/`) for the ABI and every supported type.

pub use polybind_macro::{polybind, setup};
/// The runtime the generated glue calls into.
pub use polybind_rt as rt;
