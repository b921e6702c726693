//! The polybind command-line tool as a library, so that tests, `xtask` and build scripts reuse
//! exactly the code path of `polybind generate`.

pub mod config;
pub mod diagnostics;
pub mod frontend;
pub mod generate;

pub use config::Config;
pub use diagnostics::{Diag, Diags};
pub use generate::{GenerateOptions, TargetOutput, generate};

/// The backends this build of polybind knows, by target name.
pub fn backend(name: &str) -> Option<Box<dyn polybind_codegen::Backend>> {
    match name {
        "c" => Some(Box::new(polybind_backend_c::CBackend)),
        _ => None,
    }
}

/// Target names accepted by `--target` and `[targets.<name>]`.
pub const TARGETS: &[&str] = &["c"];
