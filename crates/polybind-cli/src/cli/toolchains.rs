//! `polybind check`: validate without writing, and say for each configured target whether the
//! tools its bindings need are installed, with the command that installs what is missing.

use super::output::Output;
use crate::diagnostics::{Diag, Diags};
use crate::{Config, frontend};
use std::path::Path;
use std::process::Command;

/// A tool a target's generated code needs: the program, how to ask its version, how to get it.
struct Tool {
    program: &'static str,
    version_arg: &'static str,
    install: &'static str,
}

fn tools(target: &str) -> &'static [Tool] {
    const CC: Tool = Tool {
        program: "cc",
        version_arg: "--version",
        install: "apt-get install -y gcc",
    };
    const CXX: Tool = Tool {
        program: "c++",
        version_arg: "--version",
        install: "apt-get install -y g++",
    };
    const PYTHON: Tool = Tool {
        program: "python3",
        version_arg: "--version",
        install: "apt-get install -y python3 python3-dev",
    };
    const MAKE: Tool = Tool {
        program: "make",
        version_arg: "--version",
        install: "apt-get install -y make",
    };
    const OCAMLOPT: Tool = Tool {
        program: "ocamlopt",
        version_arg: "-version",
        install: "apt-get install -y ocaml-nox ocaml-findlib",
    };
    const DUNE: Tool = Tool {
        program: "dune",
        version_arg: "--version",
        install: "apt-get install -y ocaml-dune",
    };
    match target {
        "c" => &[CC],
        "cpp" => &[CXX],
        "python" => &[PYTHON, CC],
        "ocaml" | "ocaml-stubs" => &[OCAMLOPT, DUNE, CC],
        "c-stubs" => &[CC, MAKE],
        _ => &[],
    }
}

fn version(tool: &Tool) -> Option<String> {
    let out = Command::new(tool.program)
        .arg(tool.version_arg)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = if out.stdout.is_empty() {
        out.stderr
    } else {
        out.stdout
    };
    String::from_utf8_lossy(&text)
        .lines()
        .next()
        .map(str::to_owned)
}

pub fn check(config: &Path, out: &Output) -> Result<(), Diags> {
    let c = Config::load(config)?;
    let lib = frontend::load(&c)?;
    let items = lib.functions().len()
        + lib.records().len()
        + lib.enums().len()
        + lib.objects().len()
        + lib.callback_interfaces().len()
        + lib.constants().len();
    out.status(
        "ok",
        &format!(
            "{}: library `{}`, {items} items, valid",
            config.display(),
            lib.name()
        ),
    );
    let mut missing = vec![];
    for target in c.targets.keys() {
        for tool in tools(target) {
            match version(tool) {
                Some(v) => out.status("ok", &format!("{target}: {} ({v})", tool.program)),
                None => missing.push(
                    Diag::new(
                        "polybind::check::toolchain",
                        format!(
                            "target `{target}` needs `{}`, which is not installed",
                            tool.program
                        ),
                    )
                    .help(format!("install it with: {}", tool.install)),
                ),
            }
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(missing)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_target_names_its_tools() {
        for target in crate::TARGETS {
            let tools = super::tools(target);
            assert!(!tools.is_empty(), "`{target}` lists no tool");
            assert!(
                tools
                    .iter()
                    .all(|t| t.install.starts_with("apt-get install")),
                "{target}"
            );
        }
    }
}
