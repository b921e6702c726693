//! Every OCaml and C-stub name the backend writes: one place, so the `.ml` file and the C stubs
//! can never disagree (DESIGN §5, "a Formatter for all naming").

use heck::ToSnakeCase;
use polybind_backend_c::CNames;
use polybind_codegen::Words;

/// OCaml keywords (the manual's list) plus the constructors and values of the standard library a
/// generated name would shadow in confusing ways; sorted.
const RESERVED: Words = Words::new(&[
    "Error",
    "None",
    "Ok",
    "Some",
    "and",
    "as",
    "asr",
    "assert",
    "begin",
    "class",
    "close",
    "constraint",
    "do",
    "done",
    "downto",
    "else",
    "end",
    "exception",
    "external",
    "false",
    "for",
    "fun",
    "function",
    "functor",
    "if",
    "in",
    "include",
    "inherit",
    "initializer",
    "land",
    "lazy",
    "let",
    "lor",
    "lsl",
    "lsr",
    "lxor",
    "match",
    "method",
    "mod",
    "module",
    "mutable",
    "new",
    "nonrec",
    "object",
    "of",
    "open",
    "or",
    "private",
    "rec",
    "sig",
    "struct",
    "then",
    "to",
    "true",
    "try",
    "type",
    "val",
    "virtual",
    "when",
    "while",
    "with",
]);

/// Names of the OCaml side and of the C stubs, derived from the library name.
#[derive(Debug, Clone)]
pub struct Names {
    lib: String,
    c: CNames,
}

impl Names {
    pub fn new(lib_name: &str) -> Self {
        Names {
            lib: lib_name.to_snake_case(),
            c: CNames::new(lib_name),
        }
    }

    /// The library name, snake_case: the dune library, the `.ml` file and the stub prefix.
    pub fn lib(&self) -> &str {
        &self.lib
    }

    /// The C backend's names (the header is the ABI contract; the stubs call it by these).
    pub fn c(&self) -> &CNames {
        &self.c
    }

    /// An OCaml value, field or type name: snake_case, with `_` appended to reserved words.
    pub fn ident(&self, name: &str) -> String {
        escape(&name.to_snake_case())
    }

    /// The OCaml type of record, enum, object or callback interface `T`.
    pub fn type_name(&self, name: &str) -> String {
        self.ident(name)
    }

    /// A variant's constructor: the Rust name (already a valid constructor), escaped.
    pub fn constructor(&self, variant: &str) -> String {
        escape(variant)
    }

    /// The OCaml module of object `O`.
    pub fn module(&self, object: &str) -> String {
        object.to_owned()
    }

    /// An object method's OCaml name: `new` becomes `create`, as OCaml libraries spell it.
    pub fn method(&self, method: &str) -> String {
        if method == "new" {
            "create".into()
        } else {
            self.ident(method)
        }
    }

    /// The exception of error enum `E` (exceptions mode): `Math_error` for `MathError`.
    pub fn exception(&self, error: &str) -> String {
        let snake = error.to_snake_case();
        let mut chars = snake.chars();
        match chars.next() {
            Some(c) => c.to_uppercase().chain(chars).collect(),
            None => snake,
        }
    }

    /// `pb_<lib>_<f>`: the stub of function `f` (`_byte` is its bytecode twin).
    pub fn stub(&self, c_symbol: &str) -> String {
        format!("pb_{c_symbol}")
    }

    /// `pbrt_<lib>_<obj>_<what>`: the runtime stubs of object `O` (`close`, `release`, ...), in a
    /// namespace of their own so that no method's stub can take their names.
    pub fn object_stub(&self, object: &str, what: &str) -> String {
        format!("pbrt_{}{what}", self.c.method(object, ""))
    }

    /// `pb_<lib>_<name>`: a runtime stub of the generated library.
    pub fn rt_stub(&self, name: &str) -> String {
        format!("pb_{}_{name}", self.lib)
    }

    /// `<lib>.<what>`: names registered with `Callback.register`, unique per library.
    pub fn registered(&self, what: &str) -> String {
        format!("{}.{what}", self.lib)
    }
}

fn escape(name: &str) -> String {
    if RESERVED.contains(name) {
        format!("{name}_")
    } else {
        name.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        let n = Names::new("my_geo");
        assert_eq!(n.type_name("EventSource"), "event_source");
        assert_eq!(n.ident("type"), "type_");
        assert_eq!(n.constructor("None"), "None_");
        assert_eq!(n.constructor("TooYoung"), "TooYoung");
        assert_eq!(n.method("new"), "create");
        assert_eq!(n.exception("MathError"), "Math_error");
        assert_eq!(n.stub("my_geo_f"), "pb_my_geo_f");
        assert_eq!(n.registered("Panic"), "my_geo.Panic");
    }
}
