//! The C side of a header: what the stubs must know that the IR forgets (the C spelling of
//! every type, which C function implements which IR item, how a slice is split into a pointer
//! and a length, whether a returned string is owned).

use polybind_ir::Location;

/// A C type as it crosses, with the IR type it becomes decided by [`crate::lower`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CType {
    Bool,
    /// A fixed-width or plain integer, by its real size (1, 2, 4, 8 bytes) from clang.
    Int {
        bytes: u8,
        signed: bool,
    },
    /// `size_t` / `uintptr_t`.
    Usize,
    /// `ptrdiff_t` / `intptr_t` / `ssize_t`.
    Isize,
    F32,
    F64,
    /// A `const char *` parameter: a NUL-terminated copy of the `(ptr, len)` view.
    Str,
    /// A returned `char *` / `const char *`, copied; `owned` ones are released after the copy
    /// with the configured `string_free` function.
    String {
        owned: bool,
    },
    /// A struct by value, by its C name (the key of [`Header::records`]).
    Record(String),
    /// A C enum, by its C name (the key of [`Header::enums`]).
    Enum(String),
    /// A pointer to an opaque struct, by its C name (the key of [`Header::objects`]).
    Object(String),
    /// `(const T *ptr, size_t len)` (or `T *` when `mutable`): one IR slice parameter.
    Slice {
        elem: Box<CType>,
        mutable: bool,
    },
    /// `(R (*f)(.., void *user_data, ..), void *user_data)`: one IR closure parameter, called
    /// only during the call.
    Callback(Box<CallbackSig>),
}

/// The C function pointer of a callback parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallbackSig {
    /// Its arguments but the user data, in order (numbers and `bool`).
    pub params: Vec<Spelled>,
    pub ret: Option<Spelled>,
    /// The position of the `void *` user data among its C parameters.
    pub user_data: usize,
    /// How the user data parameter is spelled (`void *`, `const void *`).
    pub user_data_c: String,
}

/// A type with how the header spells it (`const geo_point *`, `geo_color`, `size_t`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spelled {
    pub ty: CType,
    /// The C spelling of the parameter, return or field type; for a slice, the pointer's.
    pub c: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    pub ty: Spelled,
}

/// What an IR item made from a C function is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Function,
    /// Returns a new object of its type (`geo_shape *geo_shape_new(...)`).
    Constructor,
    /// Takes the object first (`double geo_shape_area(const geo_shape *)`); `mutable` when the
    /// pointer is not to `const`.
    Method {
        mutable: bool,
    },
}

/// A bound C function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Function {
    /// The C symbol (`geo_shape_area`).
    pub c_name: String,
    /// The IR name: the function's, method's or constructor's (`area`).
    pub name: String,
    /// The object it belongs to (its C name), for constructors and methods.
    pub object: Option<String>,
    pub role: Role,
    pub docs: String,
    /// The parameters as the IR sees them: a slice is one parameter, the receiver is not one.
    pub params: Vec<Param>,
    /// The result: the return value, or for a fallible function the value written through its
    /// last parameter (`ret.c` then spells the pointee).
    pub ret: Option<Spelled>,
    /// Returns the status of the error convention (see [`Header::errors`]).
    pub fallible: bool,
    pub location: Location,
}

/// The error convention as found in the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Errors {
    /// The status enum's C name (a key of [`Header::enums`]).
    pub status: String,
    /// The success constant's C name.
    pub ok: String,
    pub message: Option<String>,
    /// The IR name of the error enum the status enum becomes.
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub ty: Spelled,
    pub docs: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The C name (typedef name, or tag of a struct without one).
    pub c_name: String,
    /// How the stubs spell the type (`geo_point` or `struct geo_point`).
    pub c_spelling: String,
    pub name: String,
    pub docs: String,
    pub fields: Vec<Field>,
    pub location: Location,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Constant {
    /// The C enumerator (`GEO_COLOR_RED`).
    pub c_name: String,
    /// The IR variant (`Red`).
    pub name: String,
    pub docs: String,
    pub value: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enum {
    pub c_name: String,
    pub c_spelling: String,
    pub name: String,
    pub docs: String,
    pub constants: Vec<Constant>,
    pub location: Location,
}

/// An opaque struct used through pointers, released by its destructor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Object {
    pub c_name: String,
    pub c_spelling: String,
    pub name: String,
    pub docs: String,
    /// The C function releasing it (`geo_shape_free`).
    pub destructor: String,
    pub location: Location,
}

/// Everything the header declares that polybind binds, in declaration order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Header {
    /// The canonical library's name (every generated C symbol's prefix).
    pub name: String,
    /// The headers as the stubs include them (file names; their directories are include dirs).
    pub includes: Vec<String>,
    /// The function releasing owned `char *` returns, when configured.
    pub string_free: Option<String>,
    /// The status convention of fallible functions, when configured.
    pub errors: Option<Errors>,
    pub records: Vec<Record>,
    pub enums: Vec<Enum>,
    pub objects: Vec<Object>,
    pub functions: Vec<Function>,
}

impl Header {
    pub fn record(&self, c_name: &str) -> Option<&Record> {
        self.records.iter().find(|r| r.c_name == c_name)
    }

    pub fn enum_(&self, c_name: &str) -> Option<&Enum> {
        self.enums.iter().find(|e| e.c_name == c_name)
    }

    pub fn object(&self, c_name: &str) -> Option<&Object> {
        self.objects.iter().find(|o| o.c_name == c_name)
    }

    /// The type id of an object in the handle table (its index + 1).
    pub fn object_id(&self, c_name: &str) -> usize {
        self.objects
            .iter()
            .position(|o| o.c_name == c_name)
            .map_or(0, |i| i + 1)
    }
}
