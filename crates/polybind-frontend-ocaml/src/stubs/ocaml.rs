//! The OCaml side: the module registering every bound value with `Callback.register`, and the
//! dune rules linking the user's library, that module and the C stubs into `lib<lib>.so`.

use super::{CLASSIFY, marker};
use crate::model::{Interface, Value};
use polybind_codegen::CodeWriter;

/// `<lib>_polybind.ml`.
pub fn registration(iface: &Interface, lib: &str) -> String {
    let mut w = CodeWriter::with_indent("  ");
    w.line(&format!("(* {} *)", marker()));
    w.line("(* Registers every bound value for the C stubs, which look each up once. *)");
    w.blank();
    w.line("let () =");
    w.indent();
    let mut lines: Vec<String> = iface
        .values
        .iter()
        .map(|v| {
            format!(
                "Callback.register \"{lib}.{}\" {}",
                v.name,
                closure(iface, v)
            )
        })
        .collect();
    if !iface.exceptions.is_empty() {
        let mut cases = String::from("(function");
        for (k, e) in iface.exceptions.iter().enumerate() {
            let path = iface.path(e.module, &e.ctor.name);
            let args = if e.ctor.fields.is_empty() { "" } else { " _" };
            cases.push_str(&format!("\n  | {path}{args} -> {k}"));
        }
        cases.push_str("\n  | _ -> -1)");
        lines.push(format!("Callback.register \"{lib}.{CLASSIFY}\" {cases}"));
    }
    if lines.is_empty() {
        lines.push("()".into());
    }
    let last = lines.len() - 1;
    for (i, l) in lines.iter().enumerate() {
        w.line(&format!("{l}{}", if i < last { ";" } else { "" }));
    }
    w.finish()
}

/// The closure registered for `v`: the value itself, or a wrapper applying labels or turning a
/// plain value into `fun () -> v`.
fn closure(iface: &Interface, v: &Value) -> String {
    let path = iface.path(v.module, &v.name);
    if !v.is_function {
        return format!("(fun () -> {path})");
    }
    if v.params.iter().all(|p| p.label.is_none()) {
        return path;
    }
    let names: Vec<String> = (0..v.params.len()).map(|i| format!("a{i}")).collect();
    let args: Vec<String> = v
        .params
        .iter()
        .zip(&names)
        .map(|(p, n)| match &p.label {
            Some(l) => format!("~{l}:{n}"),
            None => n.clone(),
        })
        .collect();
    format!("(fun {} -> {path} {})", names.join(" "), args.join(" "))
}

/// The `dune` file: the stubs, the registration module and the user's library as one shared
/// object, copied to `lib<lib>.so` (the name every binding loads).
pub fn dune(lib: &str, dune_library: &str) -> String {
    let mut w = CodeWriter::with_indent(" ");
    w.line(&format!("; {}", marker()));
    w.line("; Builds lib<lib>.so: the OCaml library, its registration and the C stubs.");
    w.blank();
    w.line("(executable");
    w.indent();
    w.line(&format!(
        "(name {lib}_polybind)\n(modes shared_object)\n(libraries {dune_library})"
    ));
    w.line(&format!(
        "(foreign_stubs\n (language c)\n (names {lib}_stubs)\n (flags (:standard -std=gnu11 -O2 -Wall -Wextra -Werror))))"
    ));
    w.dedent();
    w.blank();
    w.line("(rule");
    w.indent();
    w.line(&format!(
        "(targets lib{lib}.so)\n(deps {lib}_polybind.so)\n(action (copy {lib}_polybind.so lib{lib}.so)))"
    ));
    w.finish()
}
