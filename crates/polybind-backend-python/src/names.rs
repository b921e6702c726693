//! All naming of the Python backend: Python identifiers (escaped when reserved), class names of
//! variants, and the C names of the canonical ABI (mirroring the C backend's formatter rules,
//! docs/src/abi.md "Names"). Nothing else in the crate builds a name.

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use polybind_codegen::{Words, cat};
use polybind_ir::{ItemKey, Type};

/// Python keywords, soft keywords and builtins a generated name must not shadow. Sorted.
const RESERVED: Words = Words::new(&[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "bytes", "case",
    "class", "continue", "def", "del", "elif", "else", "except", "finally", "float", "for", "from",
    "global", "if", "import", "in", "int", "is", "lambda", "list", "match", "nonlocal", "not",
    "object", "or", "pass", "raise", "return", "self", "str", "try", "type", "while", "with",
    "yield",
]);

#[derive(Debug, Clone)]
pub(crate) struct Names {
    lib: String,
    camel: String,
}

impl Names {
    pub fn new(lib: &str) -> Self {
        Names {
            lib: lib.to_snake_case(),
            camel: lib.to_upper_camel_case(),
        }
    }

    pub fn lib(&self) -> &str {
        &self.lib
    }

    /// A parameter, field, function or method name, with `_` appended when reserved or starting
    /// with `_` (names starting with `_` are the generated code's own).
    pub fn ident(&self, name: &str) -> String {
        if RESERVED.contains(name) || name.starts_with('_') {
            cat!(name, "_")
        } else {
            name.to_owned()
        }
    }

    /// The class of variant `V` of data or error enum `E`: `EV`.
    pub fn variant_class(&self, enum_: &str, variant: &str) -> String {
        format!("{enum_}{}", variant.to_upper_camel_case())
    }

    /// The member of C-like enum variant `V`: `V` in SCREAMING_SNAKE_CASE.
    pub fn enum_member(&self, variant: &str) -> String {
        self.ident(&variant.to_shouty_snake_case())
    }

    /// The converter variable of a named type or container: `_T_<fragment>`.
    pub fn conv_var(&self, fragment: &str) -> String {
        format!("_T_{fragment}")
    }

    // ── C names (docs/src/abi.md) ────────────────────────────────────────────────────────

    pub fn c_type(&self, name: &str) -> String {
        cat!(self.camel, name)
    }

    pub fn c_function(&self, name: &str) -> String {
        cat!(self.lib, "_", name)
    }

    pub fn c_method(&self, object: &str, method: &str) -> String {
        cat!(self.lib, "_", object.to_snake_case(), "_", method)
    }

    pub fn c_free(&self, object: &str) -> String {
        format!("{}_{}_free", self.lib, object.to_snake_case())
    }

    /// The union member of a data variant (C keywords escaped like the C backend does).
    pub fn c_payload_member(&self, variant: &str) -> String {
        let snake = variant.to_snake_case();
        if C_RESERVED_MEMBERS.contains(snake.as_str()) {
            format!("{snake}_")
        } else {
            snake
        }
    }

    /// A C field name: the C backend escapes C/C++ reserved words with `_`.
    pub fn c_field(&self, name: &str) -> String {
        if C_RESERVED_MEMBERS.contains(name) {
            format!("{name}_")
        } else {
            name.to_owned()
        }
    }

    pub fn checksum_fn(&self, key: &ItemKey<'_>) -> String {
        cat!(self.lib, "_checksum_", key.symbol_suffix())
    }

    pub fn layout_suffix(&self, name: &str) -> String {
        name.to_snake_case()
    }

    /// The fragment naming containers built from `ty` (`U32`, `VecPoint`, ...): the C header's
    /// rule, plus the names of the slice converters only this package has.
    pub fn fragment(&self, ty: &Type) -> Result<String, String> {
        match ty {
            Type::Slice(t) => Ok(format!("Vec{}", self.fragment(t)?)),
            Type::SliceMut(t) => Ok(format!("VecMut{}", self.fragment(t)?)),
            Type::Callback(cb) => polybind_backend_c::callback_fragment(cb),
            t => polybind_backend_c::type_fragment(t),
        }
    }
}

/// The C backend's reserved words: the native extension names C members the way the header does.
use polybind_backend_c::C_RESERVED_WORDS as C_RESERVED_MEMBERS;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        let n = Names::new("my_lib");
        assert_eq!(n.ident("from"), "from_");
        assert_eq!(n.ident("_x"), "_x_");
        assert_eq!(n.ident("value"), "value");
        assert_eq!(n.variant_class("Shape", "Circle"), "ShapeCircle");
        assert_eq!(n.enum_member("DarkRed"), "DARK_RED");
        assert_eq!(n.c_method("HttpClient", "get"), "my_lib_http_client_get");
        assert_eq!(n.c_type("Point"), "MyLibPoint");
        assert_eq!(n.c_field("new"), "new_");
    }
}
