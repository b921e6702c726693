//! Reference library for the polybind conformance suite.
//!
//! Every feature of the Rust surface that `#[polybind]` accepts appears here at least once, with
//! behaviour a foreign harness can observe. `cases.toml` (next to this crate's manifest) lists what
//! each harness must call and what it must get back; `harness/c/` is the C implementation.

polybind::setup!();

pub mod callbacks;
pub mod constants;
pub mod enums;
pub mod errors;
pub mod events;
pub mod interfaces;
pub mod nested;
pub mod objects;
pub mod options;
pub mod panics;
pub mod primitives;
pub mod records;
pub mod slices;
pub mod strings;
pub mod vecs;
