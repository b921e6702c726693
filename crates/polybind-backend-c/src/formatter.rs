//! All naming of the C backend: prefixes, type fragments, C types for each position, callback
//! type names and escaping of reserved words. Nothing else in the crate builds a C name.

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use polybind_codegen::{Words, cat};
use polybind_ir::{Callback, ItemKey, Type, ValidLibrary};

/// Words a parameter, field or member may not be called in C11, C23 or C++20, plus the macros and
/// typedefs of the headers the generated header includes. Sorted.
pub const RESERVED: Words = Words::new(&[
    "INT16_C",
    "INT32_C",
    "INT64_C",
    "INT8_C",
    "NULL",
    "UINT16_C",
    "UINT32_C",
    "UINT64_C",
    "UINT8_C",
    "_Alignas",
    "_Alignof",
    "_Atomic",
    "_BitInt",
    "_Bool",
    "_Complex",
    "_Decimal128",
    "_Decimal32",
    "_Decimal64",
    "_Generic",
    "_Imaginary",
    "_Noreturn",
    "_Pragma",
    "_Static_assert",
    "_Thread_local",
    "alignas",
    "alignof",
    "and",
    "and_eq",
    "asm",
    "auto",
    "bitand",
    "bitor",
    "bool",
    "break",
    "case",
    "catch",
    "char",
    "char16_t",
    "char32_t",
    "char8_t",
    "class",
    "co_await",
    "co_return",
    "co_yield",
    "compl",
    "concept",
    "const",
    "const_cast",
    "consteval",
    "constexpr",
    "constinit",
    "continue",
    "decltype",
    "default",
    "delete",
    "do",
    "double",
    "dynamic_cast",
    "else",
    "enum",
    "explicit",
    "export",
    "extern",
    "false",
    "float",
    "for",
    "friend",
    "goto",
    "if",
    "inline",
    "int",
    "int16_t",
    "int32_t",
    "int64_t",
    "int8_t",
    "intmax_t",
    "intptr_t",
    "long",
    "max_align_t",
    "mutable",
    "namespace",
    "new",
    "noexcept",
    "not",
    "not_eq",
    "nullptr",
    "nullptr_t",
    "offsetof",
    "operator",
    "or",
    "or_eq",
    "private",
    "protected",
    "ptrdiff_t",
    "public",
    "register",
    "reinterpret_cast",
    "requires",
    "restrict",
    "return",
    "short",
    "signed",
    "size_t",
    "sizeof",
    "static",
    "static_assert",
    "static_cast",
    "struct",
    "switch",
    "template",
    "this",
    "thread_local",
    "throw",
    "true",
    "try",
    "typedef",
    "typeid",
    "typename",
    "typeof",
    "typeof_unqual",
    "uint16_t",
    "uint32_t",
    "uint64_t",
    "uint8_t",
    "uintmax_t",
    "uintptr_t",
    "union",
    "unsigned",
    "using",
    "virtual",
    "void",
    "volatile",
    "wchar_t",
    "while",
    "xor",
    "xor_eq",
]);

/// Names the C backend gives to everything, derived from the library name.
#[derive(Debug, Clone)]
pub struct Formatter {
    /// `lib`: the crate name, snake_case.
    lib: String,
    /// `Lib`
    camel: String,
    /// `LIB`
    shouty: String,
}

impl Formatter {
    pub fn new(lib_name: &str) -> Self {
        Formatter {
            lib: lib_name.to_snake_case(),
            camel: lib_name.to_upper_camel_case(),
            shouty: lib_name.to_shouty_snake_case(),
        }
    }

    /// The header's file name, `lib.h`.
    pub fn file_name(&self) -> String {
        format!("{}.h", self.lib)
    }

    /// `LIB_H`
    pub fn guard(&self) -> String {
        format!("{}_H", self.shouty)
    }

    /// `Lib<name>`: records, enums, objects, callback interfaces and runtime types.
    pub fn type_name(&self, name: &str) -> String {
        cat!(self.camel, name)
    }

    /// `lib_<name>`: exported and inline functions (`name` is already snake_case).
    pub fn function(&self, name: &str) -> String {
        cat!(self.lib, "_", name)
    }

    /// `LIB_<NAME>`: macros and constants.
    pub fn macro_name(&self, name: &str) -> String {
        cat!(self.shouty, "_", name.to_shouty_snake_case())
    }

    /// `LIB_ALIGNOF(T)`
    pub fn alignof(&self, c_type: &str) -> String {
        format!("{}({c_type})", self.macro_name("ALIGNOF"))
    }

    /// `lib_obj_m` for a constructor, method or static method `m` of object `Obj`.
    pub fn method(&self, object: &str, method: &str) -> String {
        cat!(self.lib, "_", object.to_snake_case(), "_", method)
    }

    /// `LIB_E_V` for variant `V` of enum `E`.
    pub fn variant(&self, enum_: &str, variant: &str) -> String {
        format!(
            "{}_{}_{}",
            self.shouty,
            enum_.to_shouty_snake_case(),
            variant.to_shouty_snake_case()
        )
    }

    /// `LibEV`: the payload struct of a data variant.
    pub fn payload_struct(&self, enum_: &str, variant: &str) -> String {
        cat!(self.camel, enum_, variant)
    }

    /// The union member of a data variant: its snake_case name, escaped.
    pub fn payload_member(&self, variant: &str) -> String {
        self.ident(&variant.to_snake_case(), &[])
    }

    /// A parameter, field or member name, with `_` appended when it is a reserved word of C or
    /// C++ or one of `taken` (names the generated code itself uses in the same scope).
    pub fn ident(&self, name: &str, taken: &[&str]) -> String {
        if RESERVED.contains(name) || taken.contains(&name) {
            cat!(name, "_")
        } else {
            name.to_owned()
        }
    }

    /// `lib_checksum_<suffix>`
    pub fn checksum_fn(&self, key: &ItemKey<'_>) -> String {
        cat!(self.lib, "_checksum_", key.symbol_suffix())
    }

    /// `LIB_CHECKSUM_<SUFFIX>`
    pub fn checksum_macro(&self, key: &ItemKey<'_>) -> String {
        self.checksum_names(key).0
    }

    /// [`Formatter::checksum_macro`] and [`Formatter::checksum_fn`] of `key`, its suffix made
    /// once (the header names tens of thousands).
    pub fn checksum_names(&self, key: &ItemKey<'_>) -> (String, String) {
        let suffix = key.symbol_suffix();
        let function = cat!(self.lib, "_checksum_", suffix);
        let mut suffix = suffix;
        suffix.make_ascii_uppercase();
        (cat!(self.shouty, "_CHECKSUM_", suffix), function)
    }

    /// `lib_layout_<t>` for a record or enum `T`.
    pub fn layout_fn(&self, name: &str) -> String {
        format!("{}_layout_{}", self.lib, name.to_snake_case())
    }

    /// The fragment naming containers built from `ty` (`U32`, `Str`, `VecPoint`, ...).
    pub fn fragment(&self, ty: &Type) -> Result<String, String> {
        type_fragment(ty)
    }

    /// `LibVecF`
    pub fn vec_type(&self, elem: &Type) -> Result<String, String> {
        Ok(cat!(self.camel, "Vec", self.fragment(elem)?))
    }

    /// `LibOptionF`
    pub fn option_type(&self, inner: &Type) -> Result<String, String> {
        Ok(cat!(self.camel, "Option", self.fragment(inner)?))
    }

    /// `LibSliceF`, the borrowed view of `&[T]` and of a `Vec<T>` parameter.
    pub fn slice_type(&self, elem: &Type) -> Result<String, String> {
        Ok(cat!(self.camel, "Slice", self.fragment(elem)?))
    }

    /// `LibSliceMutF`
    pub fn slice_mut_type(&self, elem: &Type) -> Result<String, String> {
        Ok(cat!(self.camel, "SliceMut", self.fragment(elem)?))
    }

    /// `LibFn<args>[To<ret>]`
    pub fn callback_type(&self, cb: &Callback) -> Result<String, String> {
        Ok(format!("{}{}", self.camel, callback_fragment(cb)?))
    }

    /// The C type of a record field, a return value or an out-parameter.
    pub fn field_type(&self, ty: &Type) -> Result<String, String> {
        match ty {
            Type::Bool
            | Type::U8
            | Type::U16
            | Type::U32
            | Type::U64
            | Type::I8
            | Type::I16
            | Type::I32
            | Type::I64
            | Type::Usize
            | Type::Isize
            | Type::F32
            | Type::F64 => Ok(primitive_c_type(ty).to_owned()),
            Type::String => Ok(self.type_name("String")),
            Type::Vec(t) => self.vec_type(t),
            Type::Option(t) => self.option_type(t),
            Type::Record(n) | Type::Enum(n) | Type::Object(n) => Ok(self.type_name(n)),
            Type::Named(n) => Err(unresolved(n)),
            Type::Str => {
                Err("`&str` is only a parameter or callback argument; store `String`".into())
            }
            Type::Slice(_) | Type::SliceMut(_) => {
                Err("a borrowed slice is only a parameter; store `Vec<T>`".into())
            }
            Type::Callback(_) => Err("a closure is only a parameter".into()),
            Type::CallbackInterface(n) => {
                Err(format!("the callback interface `{n}` is only a parameter"))
            }
        }
    }

    /// The C type of a parameter of an exported function.
    pub fn param_type(&self, ty: &Type) -> Result<String, String> {
        match ty {
            Type::Str | Type::String => Ok(self.type_name("Str")),
            Type::Slice(t) | Type::Vec(t) => self.slice_type(t),
            Type::SliceMut(t) => self.slice_mut_type(t),
            Type::Callback(cb) => self.callback_type(cb),
            Type::CallbackInterface(n) => Ok(self.type_name(n)),
            t => self.field_type(t),
        }
    }

    /// The C type of an argument the library passes to a closure or a callback interface method.
    pub fn callback_arg_type(&self, ty: &Type) -> Result<String, String> {
        match ty {
            Type::Str | Type::String => Ok(self.type_name("Str")),
            Type::Record(_) | Type::Enum(_) => self.field_type(ty),
            t if t.is_primitive() => self.field_type(t),
            _ => Err("callback arguments are primitives, strings, records and enums".into()),
        }
    }

    /// The inline function releasing a value of `ty`, when the value owns memory.
    pub fn free_fn(&self, lib: &ValidLibrary, ty: &Type) -> Option<String> {
        if !lib.owns_heap(ty) {
            return None;
        }
        let snake = match ty {
            Type::Record(n) | Type::Enum(n) => n.to_snake_case(),
            _ => self.fragment(ty).ok()?.to_snake_case(),
        };
        Some(self.function(&format!("{snake}_free")))
    }
}

/// `Fn<args>[To<ret>]`: a closure's C type without the library prefix.
pub fn callback_fragment(cb: &Callback) -> Result<String, String> {
    let mut name = "Fn".to_owned();
    for p in &cb.params {
        name.push_str(&type_fragment(p)?);
    }
    if let Some(r) = &cb.ret {
        name.push_str("To");
        name.push_str(&type_fragment(r)?);
    }
    Ok(name)
}

/// The C type of a primitive (`bool`, `uint32_t`, `size_t`, `double`, ...); `double` for any
/// other type, so callers check `Type::is_primitive` first.
pub fn primitive_c_type(ty: &Type) -> &'static str {
    match ty {
        Type::Bool => "bool",
        Type::U8 => "uint8_t",
        Type::U16 => "uint16_t",
        Type::U32 => "uint32_t",
        Type::U64 => "uint64_t",
        Type::I8 => "int8_t",
        Type::I16 => "int16_t",
        Type::I32 => "int32_t",
        Type::I64 => "int64_t",
        Type::Usize => "size_t",
        Type::Isize => "intptr_t",
        Type::F32 => "float",
        _ => "double",
    }
}

/// The fragment naming containers built from `ty` (`U32`, `Str`, `VecPoint`, ...), as
/// docs/src/abi.md defines it. Every backend naming the header's types uses this one.
pub fn type_fragment(ty: &Type) -> Result<String, String> {
    Ok(match ty {
        Type::Bool => "Bool".into(),
        Type::U8 => "U8".into(),
        Type::U16 => "U16".into(),
        Type::U32 => "U32".into(),
        Type::U64 => "U64".into(),
        Type::I8 => "I8".into(),
        Type::I16 => "I16".into(),
        Type::I32 => "I32".into(),
        Type::I64 => "I64".into(),
        Type::Usize => "Usize".into(),
        Type::Isize => "Isize".into(),
        Type::F32 => "F32".into(),
        Type::F64 => "F64".into(),
        Type::Str => "Str".into(),
        Type::String => "String".into(),
        Type::Vec(t) => cat!("Vec", type_fragment(t)?),
        Type::Option(t) => cat!("Option", type_fragment(t)?),
        Type::Record(n) | Type::Enum(n) | Type::Object(n) | Type::CallbackInterface(n) => n.clone(),
        Type::Named(n) => return Err(unresolved(n)),
        Type::Slice(_) | Type::SliceMut(_) | Type::Callback(_) => {
            return Err("a borrowed slice or closure cannot be nested in another type".into());
        }
    })
}

fn unresolved(name: &str) -> String {
    format!("the type `{name}` is unresolved (validate the IR first)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        let f = Formatter::new("my_geometry");
        assert_eq!(f.type_name("Point"), "MyGeometryPoint");
        assert_eq!(f.guard(), "MY_GEOMETRY_H");
        assert_eq!(
            f.method("HttpClient", "with_name"),
            "my_geometry_http_client_with_name"
        );
        assert_eq!(
            f.variant("ShapeKind", "BigCircle"),
            "MY_GEOMETRY_SHAPE_KIND_BIG_CIRCLE"
        );
        assert_eq!(f.ident("int", &[]), "int_");
        assert_eq!(f.ident("out", &["out"]), "out_");
        assert_eq!(f.ident("value", &[]), "value");
        let vv = Type::Vec(Box::new(Type::Vec(Box::new(Type::U8))));
        assert_eq!(f.field_type(&vv).unwrap(), "MyGeometryVecVecU8");
        let cb = Callback {
            params: vec![Type::U32, Type::Str],
            ret: Some(Type::U64),
            once: false,
            retained: false,
        };
        assert_eq!(f.callback_type(&cb).unwrap(), "MyGeometryFnU32StrToU64");
        assert_eq!(
            f.fragment(&Type::Option(Box::new(Type::F64)))
                .unwrap()
                .to_snake_case(),
            "option_f64"
        );
        assert_eq!("VecVecU8".to_snake_case(), "vec_vec_u8");
    }
}
