//! What every target that writes C stubs over a foreign library shares (the `c-stubs` target
//! over a C library, `ocaml-stubs` over an OCaml one): the runtime section and the table of
//! conversion helpers.

use crate::formatter::Formatter;
use polybind_codegen::CodeWriter;
use std::collections::BTreeMap;

/// The static helper functions of a stubs file, collected on demand. Keyed by name, so each is
/// written once and the output never depends on the order of discovery.
#[derive(Default)]
pub struct StubHelpers(BTreeMap<String, (String, CodeWriter)>);

impl StubHelpers {
    pub fn contains(&self, name: &str) -> bool {
        self.0.contains_key(name)
    }

    /// Claim `name`; `false` when it is written already or being written (a type may contain
    /// itself, so the name is taken before its body is generated).
    pub fn reserve(&mut self, name: &str) -> bool {
        if self.contains(name) {
            return false;
        }
        self.0
            .insert(name.to_owned(), (String::new(), CodeWriter::new()));
        true
    }

    /// Store the helper `name`, whose definition `body` opens with `sig`.
    pub fn define(&mut self, name: &str, sig: &str, body: CodeWriter) {
        self.0.insert(name.to_owned(), (format!("{sig};"), body));
    }

    /// Every prototype, then every definition, under the comment `title`; nothing when there
    /// are no helpers.
    pub fn write(&self, w: &mut CodeWriter, title: &str) {
        if self.0.is_empty() {
            return;
        }
        w.blank();
        w.line(title);
        for (proto, _) in self.0.values() {
            w.line(proto);
        }
        for (_, body) in self.0.values() {
            w.blank();
            w.append(body);
        }
    }
}

/// The stubs' runtime section: `PB_<STATUS>` for each of `statuses`, `PbString`, and
/// [`crate::RUNTIME_PRELUDE`].
pub fn write_stub_runtime(w: &mut CodeWriter, c: &Formatter, statuses: &[&str]) {
    for status in statuses {
        w.line(&format!("#define PB_{status} {}", c.macro_name(status)));
    }
    w.line(&format!("typedef {} PbString;", c.type_name("String")));
    w.blank();
    w.line(crate::RUNTIME_PRELUDE);
}
