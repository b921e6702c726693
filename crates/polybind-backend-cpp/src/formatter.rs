//! Every name the C++ wrapper uses: the C names it calls (mirroring `polybind-backend-c`'s
//! formatter rule for rule, since the C header is the ABI contract) and the C++ names it declares.

use heck::{ToShoutySnakeCase, ToSnakeCase};
use polybind_codegen::{CodeWriter, cat};
use polybind_ir::{Callback, Type, ValidLibrary};
use std::collections::HashMap;
use std::sync::Arc;

/// The C backend's reserved words: a field escaped there must be escaped the same way here.
use polybind_backend_c::C_RESERVED_WORDS as RESERVED;

/// Names the wrapper's runtime declares in the library's namespace; an item may not take them.
pub(crate) const RUNTIME_NAMES: &[&str] = &[
    "BadExpectedAccess",
    "CallbackFailedError",
    "Error",
    "Expected",
    "InvalidArgumentError",
    "InvalidHandleError",
    "PanicError",
    "Span",
    "allocation_stats",
    "detail",
    "verify_interface",
];

#[derive(Debug, Clone)]
pub(crate) struct Formatter {
    lib: String,
    shouty: String,
    /// The C header's names: the wrapper calls into it, so it never re-derives them.
    c: polybind_backend_c::CNames,
    /// The namespace everything is declared in (`acme::geo`).
    namespace: String,
    /// Item → the crate module it is declared in (its namespace below `namespace`), looked up
    /// by hash: every type a wrapper names and every wrapper's namespace block asks, and a
    /// sorted map compared the names a dozen times per look-up.
    modules: HashMap<String, Arc<Module>, foldhash::fast::RandomState>,
}

/// A crate module's namespace and the text naming it, made once per module: every function's
/// wrapper is written inside its block, and every type is named through its prefix.
#[derive(Debug)]
struct Module {
    path: Vec<String>,
    /// `::<namespace>::<path>::`
    prefix: String,
    /// The lines opening and closing its namespace block.
    open: String,
    close: String,
}

impl Formatter {
    pub fn new(lib_name: &str) -> Self {
        Formatter {
            lib: lib_name.to_snake_case(),
            shouty: lib_name.to_shouty_snake_case(),
            c: polybind_backend_c::CNames::new(lib_name),
            namespace: lib_name.to_snake_case(),
            modules: HashMap::default(),
        }
    }

    /// The names of `lib`'s wrapper declared in `namespace`, each item in the nested namespace
    /// of its crate module.
    pub fn for_library(lib: &ValidLibrary, namespace: &str) -> Self {
        let mut f = Formatter::new(lib.name());
        f.namespace = namespace.to_owned();
        let mut made: HashMap<&[String], Arc<Module>, foldhash::fast::RandomState> =
            HashMap::default();
        f.modules.reserve(lib.modules().len());
        for (item, path) in lib.modules().iter().filter(|(_, p)| !p.is_empty()) {
            let module = made.entry(path.as_slice()).or_insert_with(|| {
                let ns = path.join("::");
                Arc::new(Module {
                    path: path.clone(),
                    prefix: cat!("::", namespace, "::", ns, "::"),
                    open: format!("namespace {ns} {{"),
                    close: format!("}}  // namespace {ns}"),
                })
            });
            f.modules.insert(item.clone(), module.clone());
        }
        f
    }

    /// The namespace path of `item` below the library's namespace (empty at the crate root).
    pub fn module_of(&self, item: &str) -> &[String] {
        self.modules.get(item).map_or(&[], |m| m.path.as_slice())
    }

    /// How code anywhere in the wrapper names the C++ type of `item`: fully qualified when it
    /// lives in a module namespace (a relative name could be captured by a nested namespace),
    /// plain at the root (no namespace declares an item's name: module names are checked).
    pub fn qualified(&self, item: &str) -> String {
        match self.modules.get(item) {
            Some(m) => cat!(m.prefix, item),
            None => item.to_owned(),
        }
    }

    /// How generated code names a declaration of the runtime (`Error`, `Span`, ...). With module
    /// namespaces it is fully qualified: a module may declare an item of the same name (a
    /// crate's own `errors::Error` is common), which would hide the runtime's inside that
    /// namespace. Without modules nothing can hide it, and the name stays short.
    pub fn rt(&self, name: &str) -> String {
        if self.modules.is_empty() {
            name.to_owned()
        } else {
            format!("::{}::{name}", self.namespace)
        }
    }

    /// Write `body` inside the namespace of `item`'s module (reopened for each item: C++ allows
    /// it, and it keeps definitions in dependency order across modules). When the writer's last
    /// line closes the same namespace, that block continues instead, so consecutive items of one
    /// module share one `namespace` block.
    pub fn in_module(&self, w: &mut CodeWriter, item: &str, body: impl FnOnce(&mut CodeWriter)) {
        let Some(Module { open, close, .. }) = self.modules.get(item).map(|m| &**m) else {
            body(w);
            return;
        };
        if let Some(blank) = w.reopen(close) {
            w.indent();
            if blank {
                w.blank();
            }
            body(w);
            w.dedent();
            w.line(close);
        } else {
            w.block(open, close, body);
        }
    }

    pub fn lib(&self) -> &str {
        &self.lib
    }

    /// `lib.hpp`
    pub fn file_name(&self) -> String {
        format!("{}.hpp", self.lib)
    }

    /// `LIB_HPP`
    pub fn guard(&self) -> String {
        format!("{}_HPP", self.shouty)
    }

    // ── C names (as the C backend writes them) ─────────────────────────────────────────────

    /// `Lib<name>`
    pub fn c_type(&self, name: &str) -> String {
        self.c.type_name(name)
    }

    /// `lib_<name>`
    pub fn c_fn(&self, name: &str) -> String {
        self.c.function(name)
    }

    /// `LIB_<NAME>`
    pub fn c_macro(&self, name: &str) -> String {
        self.c.macro_name(name)
    }

    /// `lib_obj_m`
    pub fn c_method(&self, object: &str, method: &str) -> String {
        self.c.method(object, method)
    }

    /// `LIB_E_V`
    pub fn c_variant(&self, enum_: &str, variant: &str) -> String {
        self.c.variant(enum_, variant)
    }

    /// `LibEV`
    pub fn c_payload_struct(&self, enum_: &str, variant: &str) -> String {
        self.c.payload_struct(enum_, variant)
    }

    /// The union member of a data variant.
    pub fn c_payload_member(&self, variant: &str) -> String {
        self.c.payload_member(variant)
    }

    /// A field or parameter name, with `_` appended when it is reserved in C or C++.
    pub fn ident(&self, name: &str) -> String {
        if RESERVED.contains(name) {
            cat!(name, "_")
        } else {
            name.to_owned()
        }
    }

    /// An identifier that must also avoid `taken` (names of the generated code in that scope).
    pub fn ident_avoiding(&self, name: &str, taken: &[&str]) -> String {
        let mut n = self.ident(name);
        while taken.contains(&n.as_str()) {
            n.push('_');
        }
        n
    }

    /// `Fn<args>[To<ret>]`: a closure's C type without the library prefix.
    pub fn callback_fragment(&self, cb: &Callback) -> Result<String, String> {
        polybind_backend_c::callback_fragment(cb)
    }

    /// The C type of a field, return value or out-parameter.
    pub fn c_field_type(&self, ty: &Type) -> Result<String, String> {
        self.c.field_type(ty)
    }

    /// The C type of a parameter.
    pub fn c_param_type(&self, ty: &Type) -> Result<String, String> {
        self.c.param_type(ty)
    }

    /// The C type of an argument given to a closure or callback interface method.
    pub fn c_callback_arg_type(&self, ty: &Type) -> Result<String, String> {
        self.c.callback_arg_type(ty)
    }

    /// The inline C function releasing a value of `ty`, when it owns memory.
    pub fn c_free_fn(&self, lib: &ValidLibrary, ty: &Type) -> Option<String> {
        self.c.free_fn(lib, ty)
    }

    // ── C++ names ──────────────────────────────────────────────────────────────────────────

    /// The C++ value type of `ty` (a field, a return value, a callback's return value).
    pub fn cpp_type(&self, ty: &Type) -> Result<String, String> {
        Ok(match ty {
            t if t.is_primitive() => c_primitive(t).to_owned(),
            Type::String => "std::string".into(),
            Type::Str => "std::string_view".into(),
            Type::Vec(t) => format!("std::vector<{}>", self.cpp_type(t)?),
            Type::Option(t) => format!("std::optional<{}>", self.cpp_type(t)?),
            Type::Record(n) | Type::Enum(n) | Type::Object(n) | Type::CallbackInterface(n) => {
                self.qualified(n)
            }
            Type::Named(n) => return Err(unresolved(n)),
            other => return Err(format!("`{other}` is only a parameter")),
        })
    }

    /// The type a closure receives an argument of `ty` as.
    pub fn cpp_callback_arg(&self, ty: &Type) -> Result<String, String> {
        match ty {
            Type::Str | Type::String => Ok("std::string_view".into()),
            t => self.cpp_type(t),
        }
    }
}

/// The C (and C++) spelling of a primitive.
pub(crate) use polybind_backend_c::primitive_c_type as c_primitive;

fn unresolved(name: &str) -> String {
    format!("the type `{name}` is unresolved (validate the IR first)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtime_names_are_sorted() {
        assert!(RUNTIME_NAMES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn names_mirror_the_c_backend() {
        let f = Formatter::new("my_geometry");
        assert_eq!(f.c_type("Point"), "MyGeometryPoint");
        assert_eq!(
            f.c_method("HttpClient", "with_name"),
            "my_geometry_http_client_with_name"
        );
        assert_eq!(
            f.c_variant("ShapeKind", "BigCircle"),
            "MY_GEOMETRY_SHAPE_KIND_BIG_CIRCLE"
        );
        assert_eq!(f.ident("new"), "new_");
        assert_eq!(f.ident_avoiding("out", &["out", "out_"]), "out__");
        let vv = Type::Vec(Box::new(Type::Vec(Box::new(Type::U8))));
        assert_eq!(f.c_field_type(&vv).unwrap(), "MyGeometryVecVecU8");
        assert_eq!(
            f.cpp_type(&vv).unwrap(),
            "std::vector<std::vector<uint8_t>>"
        );
        let cb = Callback {
            params: vec![Type::U32, Type::Str],
            ret: Some(Type::U64),
            once: false,
            retained: false,
        };
        assert_eq!(
            f.c_param_type(&Type::Callback(Box::new(cb))).unwrap(),
            "MyGeometryFnU32StrToU64"
        );
        assert_eq!(f.file_name(), "my_geometry.hpp");
    }
}
