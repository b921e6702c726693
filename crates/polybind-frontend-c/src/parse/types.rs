//! C types to [`CType`]: numbers by their real size, structs by value, enums, `const char *`
//! strings, pointers to opaque structs, and `(const T *, size_t)` pairs. Anything else is a
//! refusal with a hint.

use super::Cx;
use crate::model::{CType, Param, Spelled};
use clang::{Entity, EntityKind, Type, TypeKind};

/// A refusal before its location is known: the message and a hint.
pub type Refusal = (String, String);

/// The typedef names that mean a pointer-sized integer, whatever they resolve to.
const USIZE: &[&str] = &["size_t", "uintptr_t"];
const ISIZE: &[&str] = &["ptrdiff_t", "intptr_t", "ssize_t"];

const EXCLUDE: &str =
    "add the function to `exclude` in `[library] c`, or wrap it in a function polybind can bind";

/// The type with its elaborations (`struct x`) and typedefs peeled off one at a time, stopping
/// at a pointer-sized typedef.
fn scalar(ty: Type<'_>) -> Option<CType> {
    let mut t = ty;
    loop {
        match t.get_kind() {
            TypeKind::Elaborated => t = t.get_elaborated_type()?,
            TypeKind::Typedef => {
                let decl = t.get_declaration()?;
                let name = decl.get_name().unwrap_or_default();
                if USIZE.contains(&name.as_str()) {
                    return Some(CType::Usize);
                }
                if ISIZE.contains(&name.as_str()) {
                    return Some(CType::Isize);
                }
                t = decl.get_typedef_underlying_type()?;
            }
            _ => break,
        }
    }
    let c = t.get_canonical_type();
    let int = |signed| {
        let bytes = u8::try_from(c.get_sizeof().ok()?).ok()?;
        matches!(bytes, 1 | 2 | 4 | 8).then_some(CType::Int { bytes, signed })
    };
    match c.get_kind() {
        TypeKind::Bool => Some(CType::Bool),
        TypeKind::CharS
        | TypeKind::SChar
        | TypeKind::Short
        | TypeKind::Int
        | TypeKind::Long
        | TypeKind::LongLong => int(true),
        TypeKind::CharU
        | TypeKind::UChar
        | TypeKind::UShort
        | TypeKind::UInt
        | TypeKind::ULong
        | TypeKind::ULongLong => int(false),
        TypeKind::Float => Some(CType::F32),
        TypeKind::Double => Some(CType::F64),
        _ => None,
    }
}

fn is_plain_char(ty: Type<'_>) -> bool {
    matches!(
        ty.get_canonical_type().get_kind(),
        TypeKind::CharS | TypeKind::CharU
    )
}

fn spelled(ty: CType, t: Type<'_>) -> Spelled {
    Spelled {
        ty,
        c: t.get_display_name(),
    }
}

impl Cx<'_> {
    /// The declaration a struct, union or enum type names (through typedefs).
    fn tag_decl<'tu>(ty: Type<'tu>) -> Option<Entity<'tu>> {
        ty.get_canonical_type().get_declaration()
    }

    /// A struct of the headers by value, or an enum of the headers.
    fn named(&self, ty: Type<'_>) -> Result<CType, Refusal> {
        let shown = ty.get_display_name();
        let Some(decl) = Self::tag_decl(ty) else {
            return Err(self.unsupported(&shown));
        };
        let usr = decl.get_usr().map(|u| u.0).unwrap_or_default();
        match decl.get_kind() {
            EntityKind::UnionDecl => Err((
                format!("the union `{shown}` cannot cross the C ABI"),
                format!("pass its members separately; {EXCLUDE}"),
            )),
            EntityKind::StructDecl => {
                if let Some(r) = self.records.get(&usr) {
                    Ok(CType::Record(r.clone()))
                } else if self.objects.contains_key(&usr) {
                    Err((
                        format!("the opaque struct `{shown}` is passed by value"),
                        "pass a pointer to it".into(),
                    ))
                } else {
                    Err((
                        format!("the struct `{shown}` is not defined in the bound headers"),
                        format!("add its header to `headers` in `[library] c`; {EXCLUDE}"),
                    ))
                }
            }
            EntityKind::EnumDecl => match self.enums.get(&usr) {
                Some(e) if self.is_status(e) => Err((
                    format!("the status enum `{e}` is used as a value"),
                    "the error convention's status enum is only the return type of fallible functions".into(),
                )),
                Some(e) => Ok(CType::Enum(e.clone())),
                None => Err((
                    format!("the enum `{shown}` is not defined in the bound headers"),
                    format!("add its header to `headers` in `[library] c`; {EXCLUDE}"),
                )),
            },
            _ => Err(self.unsupported(&shown)),
        }
    }

    pub fn unsupported(&self, shown: &str) -> Refusal {
        (
            format!("the type `{shown}` cannot cross the C ABI"),
            "polybind binds integers, `float`, `double`, `bool`, structs and enums by value, `const char *` strings, `(const T *, size_t)` slices and pointers to opaque structs".into(),
        )
    }

    /// A type passed by value (a field, a plain parameter or a return value).
    pub fn value(&self, ty: Type<'_>) -> Result<Spelled, Refusal> {
        if let Some(s) = scalar(ty) {
            return Ok(spelled(s, ty));
        }
        let c = ty.get_canonical_type();
        match c.get_kind() {
            TypeKind::Record | TypeKind::Enum => Ok(spelled(self.named(ty)?, ty)),
            TypeKind::Pointer => Err((
                format!("the pointer `{}` cannot be classified here", ty.get_display_name()),
                "polybind binds `const char *` parameters, `(const T *, size_t)` slice parameters and pointers to opaque structs; struct fields are values".into(),
            )),
            TypeKind::ConstantArray | TypeKind::IncompleteArray | TypeKind::VariableArray => Err((
                format!("the array `{}` cannot cross the C ABI", ty.get_display_name()),
                "use a struct of named fields, or a `(const T *, size_t)` parameter pair".into(),
            )),
            TypeKind::LongDouble => Err((
                "`long double` has no portable C ABI form".into(),
                "use `double`".into(),
            )),
            _ => Err(self.unsupported(&ty.get_display_name())),
        }
    }

    /// The opaque struct (its C name) a pointer type points to, and whether it is `const`.
    pub fn object_pointer(&self, ty: Type<'_>) -> Option<(String, bool)> {
        let pointee = ty.get_canonical_type().get_pointee_type()?;
        let decl = Self::tag_decl(pointee)?;
        let usr = decl.get_usr()?.0;
        let name = self.objects.get(&usr)?;
        Some((name.clone(), pointee.is_const_qualified()))
    }

    /// The IR parameters of a C parameter list: slices join their length, which must follow.
    pub fn params(&self, args: &[Entity<'_>]) -> Result<Vec<Param>, (usize, Refusal)> {
        let mut out = vec![];
        let mut i = 0;
        while i < args.len() {
            let a = args[i];
            let name = a
                .get_name()
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| format!("arg{i}"));
            let Some(ty) = a.get_type() else {
                return Err((i, self.unsupported("?")));
            };
            let canonical = ty.get_canonical_type();
            if canonical.get_kind() != TypeKind::Pointer {
                let ty = self.value(ty).map_err(|r| (i, r))?;
                out.push(Param { name, ty });
                i += 1;
                continue;
            }
            let next = args.get(i + 1).and_then(|n| n.get_type());
            if let Some(sig) = self.callback(ty, next).map_err(|r| (i, r))? {
                out.push(Param { name, ty: sig });
                i += 2;
                continue;
            }
            let len_follows = next.is_some_and(|t| scalar(t) == Some(CType::Usize));
            let ty = self.pointer_param(ty, len_follows).map_err(|r| (i, r))?;
            i += if matches!(ty.ty, CType::Slice { .. }) {
                2
            } else {
                1
            };
            out.push(Param { name, ty });
        }
        Ok(out)
    }

    /// A function pointer followed by its `void *` user data: a callback. `None` when `ty` is
    /// no function pointer.
    fn callback(&self, ty: Type<'_>, next: Option<Type<'_>>) -> Result<Option<Spelled>, Refusal> {
        let Some(f) = ty.get_canonical_type().get_pointee_type() else {
            return Ok(None);
        };
        if f.get_kind() != TypeKind::FunctionPrototype {
            return Ok(None);
        }
        let shown = ty.get_display_name();
        let is_void_ptr = |t: &Type<'_>| {
            t.get_canonical_type()
                .get_pointee_type()
                .is_some_and(|p| p.get_kind() == TypeKind::Void)
        };
        let refuse = |what: String| {
            (
                what,
                format!(
                    "a callback is a function pointer taking one `void *user_data`, numbers and `bool`, and returning a number, `bool` or nothing, followed by the `void *user_data` parameter passed to it; {EXCLUDE}"
                ),
            )
        };
        if !next.as_ref().is_some_and(is_void_ptr) {
            return Err(refuse(format!(
                "the function pointer `{shown}` is not followed by a `void *` user data parameter"
            )));
        }
        let args = f.get_argument_types().unwrap_or_default();
        let user: Vec<usize> = (0..args.len()).filter(|&k| is_void_ptr(&args[k])).collect();
        let [user_data] = user[..] else {
            return Err(refuse(format!(
                "the callback `{shown}` does not take exactly one `void *` user data"
            )));
        };
        let mut params = vec![];
        for (k, a) in args.iter().enumerate() {
            if k == user_data {
                continue;
            }
            match scalar(*a) {
                Some(s) => params.push(spelled(s, *a)),
                None => {
                    return Err(refuse(format!(
                        "the callback `{shown}` takes a `{}`",
                        a.get_display_name()
                    )));
                }
            }
        }
        let ret = match f.get_result_type() {
            Some(r) if r.get_canonical_type().get_kind() != TypeKind::Void => match scalar(r) {
                Some(s) => Some(spelled(s, r)),
                None => {
                    return Err(refuse(format!(
                        "the callback `{shown}` returns a `{}`",
                        r.get_display_name()
                    )));
                }
            },
            _ => None,
        };
        Ok(Some(Spelled {
            ty: CType::Callback(Box::new(crate::model::CallbackSig {
                params,
                ret,
                user_data,
                user_data_c: args[user_data].get_display_name(),
            })),
            c: shown,
        }))
    }

    fn pointer_param(&self, ty: Type<'_>, len_follows: bool) -> Result<Spelled, Refusal> {
        let shown = ty.get_display_name();
        if let Some((obj, _)) = self.object_pointer(ty) {
            return Ok(spelled(CType::Object(obj), ty));
        }
        let Some(pointee) = ty.get_canonical_type().get_pointee_type() else {
            return Err(self.unsupported(&shown));
        };
        let constant = pointee.is_const_qualified();
        if is_plain_char(pointee) && !len_follows {
            return if constant {
                Ok(spelled(CType::Str, ty))
            } else {
                Err((
                    format!("the `{shown}` parameter may be written to"),
                    "declare it `const char *` if the function only reads the string".into(),
                ))
            };
        }
        if pointee.get_kind() == TypeKind::FunctionNoPrototype {
            return Err((
                format!("the function pointer `{shown}` has no prototype"),
                format!("declare its parameters; {EXCLUDE}"),
            ));
        }
        let elem = scalar(pointee).map(|s| spelled(s, pointee)).or_else(|| {
            (pointee.get_canonical_type().get_kind() == TypeKind::Record)
                .then(|| self.value(pointee).ok())
                .flatten()
        });
        match elem {
            Some(elem) if len_follows => {
                if !constant && matches!(elem.ty, CType::Record(_)) {
                    return Err((
                        format!("the mutable slice `{shown}` holds structs"),
                        "mutable slices hold numbers only; take `const` structs".into(),
                    ));
                }
                Ok(Spelled {
                    ty: CType::Slice {
                        elem: Box::new(elem.ty),
                        mutable: !constant,
                    },
                    c: shown,
                })
            }
            _ => Err((
                format!("the pointer parameter `{shown}` cannot be classified"),
                format!(
                    "polybind binds `const char *` strings, `(const T *ptr, size_t len)` slices and pointers to opaque structs; {EXCLUDE}"
                ),
            )),
        }
    }

    /// The result a fallible function writes through its last parameter: a non-const pointer
    /// to a number, struct or enum (not `char`: that is a buffer), or a pointer to a pointer to
    /// an opaque struct (a new object). `None` when the parameter is no such pointer.
    pub fn out_param(&self, ty: Type<'_>) -> Option<Spelled> {
        let pointee = ty.get_canonical_type().get_pointee_type()?;
        let spelled_pointee = ty.get_pointee_type()?;
        if pointee.is_const_qualified() || is_plain_char(pointee) {
            return None;
        }
        if let Some((obj, false)) = self.object_pointer(pointee) {
            return Some(spelled(CType::Object(obj), spelled_pointee));
        }
        if pointee.get_kind() == TypeKind::Pointer {
            return None;
        }
        self.value(spelled_pointee).ok()
    }

    /// A return type: `None` for `void`.
    pub fn ret(&self, ty: Type<'_>) -> Result<Option<Spelled>, Refusal> {
        let canonical = ty.get_canonical_type();
        match canonical.get_kind() {
            TypeKind::Void => return Ok(None),
            TypeKind::Pointer => {}
            _ => return self.value(ty).map(Some),
        }
        let shown = ty.get_display_name();
        if let Some((obj, constant)) = self.object_pointer(ty) {
            return if constant {
                Err((
                    format!("the function returns a borrowed `{shown}`"),
                    "return a new object (a non-const pointer the caller releases), or exclude the function".into(),
                ))
            } else {
                Ok(Some(spelled(CType::Object(obj), ty)))
            };
        }
        let pointee = canonical.get_pointee_type();
        if pointee.is_some_and(is_plain_char) {
            let owned = !pointee.is_some_and(|p| p.is_const_qualified());
            if owned && self.opts.string_free.is_none() {
                return Err((
                    format!("the function returns an owned `{shown}`, and nothing says how to release it"),
                    "set `string_free = \"free\"` (or the library's own release function) in `[library] c`, or return `const char *` if the caller must not release it".into(),
                ));
            }
            return Ok(Some(spelled(CType::String { owned }, ty)));
        }
        Err((
            format!("the returned pointer `{shown}` cannot be classified"),
            format!(
                "polybind binds returned `const char *`/`char *` strings and new objects (pointers to opaque structs); {EXCLUDE}"
            ),
        ))
    }
}
