//! The `Makefile` building `lib<lib>.so` from the stubs and the C library: its sources compiled
//! with the project's own flags, or the built library linked in.

use super::marker;
use polybind_codegen::CodeWriter;

/// How the library is built, from `[library] c`; paths are relative to polybind.toml's
/// directory, which the Makefile reaches as `$(PROJECT)`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Build {
    /// From the output directory to polybind.toml's directory (`../..`).
    pub project: String,
    /// The library's C sources, compiled into `lib<lib>.so`.
    pub sources: Vec<String>,
    /// Directories holding the headers, and extra include directories.
    pub include_dirs: Vec<String>,
    /// `-D` definitions.
    pub defines: Vec<String>,
    /// Libraries to link (`-l`), e.g. the C library itself when it is built already.
    pub libs: Vec<String>,
    /// Their directories (`-L`, also the run-time search path).
    pub lib_dirs: Vec<String>,
}

/// The Makefile's text; recipes are indented with tabs, as make requires.
pub fn makefile(lib: &str, build: &Build) -> String {
    let mut w = CodeWriter::with_indent("\t");
    w.line(&format!("# {}", marker()));
    w.line(&format!(
        "# Builds lib{lib}.so: the stubs implementing polybind's canonical C ABI, with the C library."
    ));
    w.line(
        "# `make PROJECT=<dir>` when polybind.toml's directory is elsewhere relative to this one.",
    );
    w.blank();
    w.line(&format!("PROJECT ?= {}", build.project));
    w.line("CC ?= cc\nCFLAGS ?= -O2");
    w.line("# The stubs meet the strictest warnings; the library keeps its own flags (CFLAGS).");
    w.line("PB_CFLAGS = -std=c11 -Wall -Wextra -Werror -pedantic");
    let mut includes = vec!["-I.".to_owned()];
    includes.extend(
        build
            .include_dirs
            .iter()
            .map(|d| format!("-I$(PROJECT)/{d}")),
    );
    includes.extend(build.defines.iter().map(|d| format!("-D{d}")));
    w.line(&format!("PB_CPPFLAGS = {}", includes.join(" ")));
    let mut libs: Vec<String> = build
        .lib_dirs
        .iter()
        .flat_map(|d| {
            [
                format!("-L$(PROJECT)/{d}"),
                format!("-Wl,-rpath,$(abspath $(PROJECT)/{d})"),
            ]
        })
        .collect();
    libs.extend(build.libs.iter().map(|l| format!("-l{l}")));
    libs.push("-pthread".into());
    w.line(&format!("PB_LDLIBS = {}", libs.join(" ")));
    let objects: Vec<(String, &String)> = build
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let stem = std::path::Path::new(s)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            (format!("pb_src{i}_{stem}.o"), s)
        })
        .collect();
    let mut all = vec![format!("{lib}_stubs.o")];
    all.extend(objects.iter().map(|(o, _)| o.clone()));
    w.blank();
    w.line(&format!("all: lib{lib}.so"));
    w.blank();
    w.line(&format!("lib{lib}.so: {}", all.join(" ")));
    w.block("", "", |w| {
        w.line("$(CC) -shared -o $@ $^ $(LDFLAGS) $(PB_LDLIBS) $(LDLIBS)")
    });
    w.blank();
    w.line(&format!("{lib}_stubs.o: {lib}_stubs.c {lib}.h"));
    w.block("", "", |w| {
        w.line("$(CC) $(PB_CFLAGS) $(CFLAGS) -fPIC $(PB_CPPFLAGS) $(CPPFLAGS) -c -o $@ $<")
    });
    for (o, s) in &objects {
        w.blank();
        w.line(&format!("{o}: $(PROJECT)/{s}"));
        w.block("", "", |w| {
            w.line("$(CC) $(CFLAGS) -fPIC $(PB_CPPFLAGS) $(CPPFLAGS) -c -o $@ $<")
        });
    }
    w.blank();
    w.line("clean:");
    w.block("", "", |w| {
        w.line(&format!("rm -f lib{lib}.so {}", all.join(" ")))
    });
    w.blank();
    w.line(".PHONY: all clean");
    w.finish()
}
