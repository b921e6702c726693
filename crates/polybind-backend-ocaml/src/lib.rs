//! polybind's OCaml backend: `polybind generate --target ocaml` turns a library into a dune
//! library: `<lib>.ml` (types, `external` declarations, one module per object), `<lib>_stubs.c`
//! (the C stubs, over the C backend's header, which is the ABI contract), `<lib>.h` and `dune` (a
//! private library: the directory goes inside the user's dune project). No libffi on the call path: every call is a direct C call from a stub.
//!
//! `names` owns every name, `context` the item context, `callable` the per-function facts both
//! files need, `convert` the C converters between OCaml values and C types, `trampolines` the
//! functions the library calls back, `stubs` the stubs, `ml` the OCaml file.

mod callable;
mod context;
mod convert;
mod ml;
mod names;
mod stubs;
mod trampolines;

pub use context::Errors;

use callable::callables;
use context::{BACKEND, Cx};
use convert::Converters;
use polybind_codegen::{Backend, BackendError, CodeWriter, GeneratedFile};
use polybind_ir::ValidLibrary;
use std::collections::BTreeMap;
use trampolines::Trampolines;

const PRELUDE: &str = include_str!("runtime/prelude.c");

/// The OCaml backend and its `[targets.ocaml]` options.
#[derive(Debug, Clone, Default)]
pub struct OcamlBackend {
    pub errors: Errors,
}

impl OcamlBackend {
    /// Build from the `[targets.ocaml]` options: `errors = "exceptions" | "result"`. Any other
    /// option is refused with a message naming it.
    pub fn from_options(options: &BTreeMap<String, String>) -> Result<Self, String> {
        let mut b = OcamlBackend::default();
        for (k, v) in options {
            match k.as_str() {
                "errors" => {
                    b.errors = match v.as_str() {
                        "exceptions" => Errors::Exceptions,
                        "result" => Errors::Result,
                        other => {
                            return Err(format!(
                                "the `ocaml` target's `errors` is `exceptions` or `result`, not `{other}`"
                            ));
                        }
                    }
                }
                other => {
                    return Err(format!(
                        "the `ocaml` target has no option `{other}` (it takes `out` and `errors`)"
                    ));
                }
            }
        }
        Ok(b)
    }
}

impl Backend for OcamlBackend {
    fn name(&self) -> &'static str {
        BACKEND
    }

    /// The C header, shared with other targets.
    fn prepare<'a>(
        &self,
        lib: &'a ValidLibrary,
        memos: &'a polybind_codegen::Memos,
    ) -> Vec<polybind_codegen::Task<'a>> {
        polybind_backend_c::CBackend::header_tasks(lib, memos)
    }

    fn generate(&self, lib: &ValidLibrary) -> Result<Vec<GeneratedFile>, Vec<BackendError>> {
        let n = names::Names::new(lib.name());
        let cx = Cx {
            lib,
            n: &n,
            errors: self.errors,
            threads: lib.keeps_foreign_callables(),
        };
        let header = polybind_backend_c::CBackend::header_file(lib)?;
        let stubs = stub_file(&cx)?;
        let ml = ml::generate(&cx).map_err(|e| vec![cx.error(lib.name(), e)])?;
        let libname = n.lib();
        let mut files = vec![
            header,
            GeneratedFile {
                path: format!("{libname}_stubs.c").into(),
                contents: stubs,
            },
            GeneratedFile {
                path: format!("{libname}.ml").into(),
                contents: ml,
            },
            GeneratedFile {
                path: "dune".into(),
                contents: dune(&cx),
            },
        ];
        files.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(files)
    }
}

/// The `dune` file: the library, its stubs compiled with `-Wall -Wextra -Werror`, linked with
/// the Rust library (which the linker finds the usual way, e.g. through `LIBRARY_PATH`).
fn dune(cx: &Cx<'_>) -> String {
    let lib = cx.n.lib();
    let mut w = CodeWriter::with_indent(" ");
    w.line(&format!(
        "; {}",
        polybind_codegen::marker(env!("CARGO_PKG_VERSION"))
    ));
    w.block("(library", ")", |w| {
        w.line(&format!("(name {lib})"));
        w.block("(foreign_stubs", ")", |w| {
            w.line("(language c)");
            w.line(&format!("(names {lib}_stubs)"));
            w.line("(flags (:standard -std=gnu11 -Wall -Wextra -Werror))");
        });
        w.line(&format!("(c_library_flags (-l{lib}))"));
        if cx.threads {
            w.line("(libraries threads.posix)");
        }
    });
    w.finish()
}

fn stub_file(cx: &Cx<'_>) -> Result<String, Vec<BackendError>> {
    let n = cx.n;
    let lib = n.lib();
    let c = n.c();
    let mut conv = Converters::default();
    let mut tramps = Trampolines::default();
    let mut body = CodeWriter::new();
    let mut errors = vec![];
    for t in callables(cx) {
        let r = if t.is_fast(cx) {
            stubs::fast_stub(cx, &mut body, &t)
        } else {
            stubs::slow_stub(cx, &mut body, &mut conv, &mut tramps, &t)
        };
        if let Err(e) = r {
            errors.push(cx.error(&t.label, e));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut w = CodeWriter::new();
    w.line(&format!(
        "/* {} */",
        polybind_codegen::marker(env!("CARGO_PKG_VERSION"))
    ));
    w.line("/* The C stubs of the OCaml binding: OCaml values in, the canonical C ABI out. */");
    w.blank();
    w.line("#define CAML_NAME_SPACE");
    for h in [
        "alloc", "callback", "custom", "fail", "memory", "mlvalues", "signals", "threads",
    ] {
        if h != "threads" || cx.threads {
            w.line(&format!("#include <caml/{h}.h>"));
        }
    }
    for h in ["math", "stddef", "stdint", "stdio", "stdlib", "string"] {
        w.line(&format!("#include <{h}.h>"));
    }
    w.line(&format!("#include \"{}\"", c.file_name()));
    w.blank();
    w.line(&format!("#define PB_LIB \"{lib}\""));
    w.line(&format!("#define PB_RT(name) pb_{lib}_##name"));
    if cx.threads {
        w.line("#define PB_THREADS 1");
    }
    w.line(&format!("typedef {} pb_string;", c.type_name("String")));
    w.line(&format!(
        "#define pb_string_free {}",
        c.function("string_free")
    ));
    w.line(&format!(
        "#define pb_last_error_message {}",
        c.function("last_error_message")
    ));
    w.blank();
    w.line(PRELUDE);
    stubs::objects(cx, &mut w);
    conv.write(&mut w);
    tramps.write(&mut w);
    w.append(&body);
    stubs::interface(cx, &mut w);
    Ok(w.finish())
}
