//! The polybind command-line tool as a library, so that tests, `xtask` and build scripts reuse
//! exactly the code path of `polybind generate`.

use std::collections::BTreeMap;

pub mod c_source;
pub mod call;
pub mod cli;
pub mod config;
pub mod diagnostics;
pub mod frontend;
pub mod generate;
pub mod ocaml_source;
pub mod verify;

pub use config::{Config, TargetConfig};
pub use diagnostics::{Diag, Diags};
pub use generate::{GenerateOptions, TargetOutput, generate};
pub use polybind_codegen::{FileChange, FileStatus};

/// The backend of a target, configured with its `[targets.<name>]` options. `Ok(None)` for an
/// unknown target; `Err` names an option the backend does not accept.
pub fn backend(
    name: &str,
    options: &BTreeMap<String, String>,
) -> Result<Option<Box<dyn polybind_codegen::Backend + Send + Sync>>, String> {
    Ok(Some(match name {
        "c" => {
            no_options(name, options)?;
            Box::new(polybind_backend_c::CBackend)
        }
        "python" => Box::new(polybind_backend_python::PythonBackend::from_options(
            options,
        )?),
        "cpp" => Box::new(polybind_backend_cpp::CppBackend::from_options(options)?),
        "ocaml" => Box::new(polybind_backend_ocaml::OcamlBackend::from_options(options)?),
        "ocaml-stubs" => Box::new(polybind_frontend_ocaml::StubsBackend::from_options(
            options,
        )?),
        "c-stubs" => Box::new(polybind_frontend_c::StubsBackend::from_options(options)?),
        _ => return Ok(None),
    }))
}

/// The backend of `target` for this configuration: [`backend`], except that the stubs target
/// of a C or OCaml source is bound to its parsed interface.
pub fn backend_for(
    config: &Config,
    target: &str,
    options: &BTreeMap<String, String>,
) -> Result<Option<Box<dyn polybind_codegen::Backend + Send + Sync>>, String> {
    // `load` parsed the source already and reported every error; a failure here can only be a
    // file changed in between.
    let reparse = |ds: Diags, what: &str| {
        ds.first()
            .map(|d| d.message.clone())
            .unwrap_or_else(|| format!("the {what} no longer parse"))
    };
    match (&config.source, target) {
        (config::Source::Ocaml(files), ocaml_source::STUBS_TARGET) => {
            let (iface, _) = ocaml_source::interface(config, files)
                .map_err(|ds| reparse(ds, "OCaml interfaces"))?;
            Ok(Some(Box::new(
                polybind_frontend_ocaml::StubsBackend::from_options(options)?.with_interface(iface),
            )))
        }
        (config::Source::C(c), c_source::STUBS_TARGET) => {
            let (header, _) =
                c_source::library(config, c).map_err(|ds| reparse(ds, "C headers"))?;
            Ok(Some(Box::new(
                polybind_frontend_c::StubsBackend::from_options(options)?
                    .with_header(header, c_source::build(config, c)),
            )))
        }
        _ => backend(target, options),
    }
}

/// For backends without options: refuse any.
pub fn no_options(target: &str, options: &BTreeMap<String, String>) -> Result<(), String> {
    match options.keys().next() {
        Some(k) => Err(format!(
            "the `{target}` target has no option `{k}` (it takes only `out`)"
        )),
        None => Ok(()),
    }
}

/// Target names accepted by `--target` and `[targets.<name>]`.
pub const TARGETS: &[&str] = &["c", "python", "cpp", "ocaml", "ocaml-stubs", "c-stubs"];
