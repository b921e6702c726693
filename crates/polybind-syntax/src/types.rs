//! Rust types → IR types, and the syntactic shape the macro generates conversion code for.

use crate::LowerError;
use polybind_ir::{Callback, Type};
use syn::spanned::Spanned;

/// How a top-level parameter or return type is written, which decides the glue the macro emits.
#[derive(Debug, Clone)]
pub enum Shape {
    /// Passed by value (`u32`, `String`, `Vec<T>`, `Option<T>`, a record, an enum, an object).
    Value,
    /// `&T` for a named type (a record or an object).
    RefNamed(syn::Type),
    /// `&str`
    Str,
    /// `&[T]`
    Slice(syn::Type),
    /// `&mut [T]`
    SliceMut(syn::Type),
    /// `impl Fn(..) -> R` (or `FnMut`/`FnOnce`, or `Box<dyn Fn..>`).
    Callback {
        args: Vec<syn::Type>,
        ret: Option<syn::Type>,
        boxed: bool,
    },
    /// `&dyn Trait`
    DynRef(syn::Path),
    /// `Box<dyn Trait>`
    DynBox(syn::Path),
}

fn unsupported(span: proc_macro2::Span, what: &str, hint: &str) -> LowerError {
    LowerError::new(span, format!("{what} is not supported at the FFI boundary")).hint(hint)
}

fn single_generic(seg: &syn::PathSegment) -> Option<&syn::Type> {
    if let syn::PathArguments::AngleBracketed(a) = &seg.arguments
        && a.args.len() == 1
        && let Some(syn::GenericArgument::Type(t)) = a.args.first()
    {
        return Some(t);
    }
    None
}

/// The last path segment's ident when the path has no generic arguments anywhere.
fn plain_ident(path: &syn::Path) -> Option<String> {
    let seg = path.segments.last()?;
    if path.segments.iter().any(|s| !s.arguments.is_empty()) {
        return None;
    }
    Some(seg.ident.to_string())
}

/// The IR type a single identifier names by itself: the primitives and `String`.
pub(crate) fn primitive(name: &str) -> Option<Type> {
    Some(match name {
        "bool" => Type::Bool,
        "u8" => Type::U8,
        "u16" => Type::U16,
        "u32" => Type::U32,
        "u64" => Type::U64,
        "i8" => Type::I8,
        "i16" => Type::I16,
        "i32" => Type::I32,
        "i64" => Type::I64,
        "usize" => Type::Usize,
        "isize" => Type::Isize,
        "f32" => Type::F32,
        "f64" => Type::F64,
        "String" => Type::String,
        _ => return None,
    })
}

/// Lower a type written in the user's source. `self_name` is the object's name inside an
/// `impl` block (for `Self`).
pub fn lower_type(ty: &syn::Type, self_name: Option<&str>) -> Result<Type, LowerError> {
    classify(ty, self_name).map(|(t, _)| t)
}

/// Lower a type and say how it is written.
pub fn classify(ty: &syn::Type, self_name: Option<&str>) -> Result<(Type, Shape), LowerError> {
    let span = ty.span();
    match ty {
        syn::Type::Paren(p) => classify(&p.elem, self_name),
        syn::Type::Group(g) => classify(&g.elem, self_name),
        syn::Type::Path(p) if p.qself.is_none() => {
            let Some(seg) = p.path.segments.last() else {
                return Err(unsupported(span, "an empty path", "name a type"));
            };
            let name = seg.ident.to_string();
            if let Some(t) = primitive(&name) {
                if !seg.arguments.is_empty() {
                    return Err(unsupported(
                        span,
                        "this generic type",
                        "remove the generic arguments",
                    ));
                }
                return Ok((t, Shape::Value));
            }
            match name.as_str() {
                "u128" | "i128" => Err(unsupported(
                    span,
                    "a 128-bit integer",
                    "C has no portable 128-bit integer; pass two u64 halves or a record",
                )),
                "char" => Err(unsupported(
                    span,
                    "`char`",
                    "pass a `u32` code point or a `String`",
                )),
                "Vec" | "Option" => {
                    let inner = single_generic(seg).ok_or_else(|| {
                        unsupported(
                            span,
                            "this form of `Vec`/`Option`",
                            "write `Vec<T>` or `Option<T>`",
                        )
                    })?;
                    let t = lower_type(inner, self_name)?;
                    Ok((
                        if name == "Vec" {
                            Type::Vec(Box::new(t))
                        } else {
                            Type::Option(Box::new(t))
                        },
                        Shape::Value,
                    ))
                }
                "Box" => {
                    let inner = single_generic(seg)
                        .ok_or_else(|| unsupported(span, "this `Box`", "write `Box<dyn Trait>`"))?;
                    match inner {
                        syn::Type::TraitObject(obj) => {
                            if let Some((t, args, ret)) = fn_trait(&obj.bounds, self_name)? {
                                let retained = true;
                                return Ok((
                                    Type::Callback(Box::new(Callback {
                                        params: t.0,
                                        ret: t.1,
                                        once: t.2,
                                        retained,
                                    })),
                                    Shape::Callback {
                                        args,
                                        ret,
                                        boxed: true,
                                    },
                                ));
                            }
                            let path = trait_path(&obj.bounds).ok_or_else(|| {
                                unsupported(
                                    span,
                                    "this trait object",
                                    "write `Box<dyn Trait>` for an exported trait",
                                )
                            })?;
                            let n = plain_ident(&path).ok_or_else(|| {
                                unsupported(span, "a generic trait", "export a non-generic trait")
                            })?;
                            Ok((Type::CallbackInterface(n), Shape::DynBox(path)))
                        }
                        _ => Err(unsupported(
                            span,
                            "`Box<T>` of a non-trait type",
                            "pass `T` by value, or `Box<dyn Trait>` for a callback interface",
                        )),
                    }
                }
                "Result" => Err(unsupported(
                    span,
                    "`Result` in this position",
                    "only a function's return type may be `Result<T, E>`",
                )),
                "HashMap" | "BTreeMap" | "HashSet" | "BTreeSet" => Err(unsupported(
                    span,
                    "a map or set",
                    "pass a `Vec` of records instead",
                )),
                "Self" => match self_name {
                    Some(s) => Ok((Type::Named(s.to_owned()), Shape::Value)),
                    None => Err(unsupported(
                        span,
                        "`Self` outside an `impl` block",
                        "name the type",
                    )),
                },
                _ => {
                    if !seg.arguments.is_empty() {
                        return Err(unsupported(
                            span,
                            format!("the generic type `{name}<..>`").as_str(),
                            "export a concrete, non-generic type",
                        ));
                    }
                    Ok((Type::Named(name), Shape::Value))
                }
            }
        }
        syn::Type::Reference(r) => {
            if r.lifetime.as_ref().is_some_and(|l| l.ident != "static") {
                // A named lifetime on a parameter is fine (it is the call's lifetime); keep going.
            }
            let inner = &*r.elem;
            match inner {
                syn::Type::Path(p) if p.path.is_ident("str") => {
                    if r.mutability.is_some() {
                        return Err(unsupported(
                            span,
                            "`&mut str`",
                            "take `&str` and return a `String`",
                        ));
                    }
                    Ok((Type::Str, Shape::Str))
                }
                syn::Type::Slice(s) => {
                    let elem = lower_type(&s.elem, self_name)?;
                    if r.mutability.is_some() {
                        Ok((
                            Type::SliceMut(Box::new(elem)),
                            Shape::SliceMut((*s.elem).clone()),
                        ))
                    } else {
                        Ok((Type::Slice(Box::new(elem)), Shape::Slice((*s.elem).clone())))
                    }
                }
                syn::Type::TraitObject(obj) => {
                    if r.mutability.is_some() {
                        return Err(unsupported(
                            span,
                            "`&mut dyn Trait`",
                            "take `&dyn Trait`; callback interface methods take `&self`",
                        ));
                    }
                    if fn_trait(&obj.bounds, self_name)?.is_some() {
                        return Err(unsupported(span, "`&dyn Fn`", "take `impl Fn(..)` instead"));
                    }
                    let path = trait_path(&obj.bounds).ok_or_else(|| {
                        unsupported(
                            span,
                            "this trait object",
                            "write `&dyn Trait` for an exported trait",
                        )
                    })?;
                    let n = plain_ident(&path).ok_or_else(|| {
                        unsupported(span, "a generic trait", "export a non-generic trait")
                    })?;
                    Ok((Type::CallbackInterface(n), Shape::DynRef(path)))
                }
                syn::Type::Path(p) => {
                    if r.mutability.is_some() {
                        return Err(unsupported(
                            span,
                            "a `&mut` reference to a value",
                            "return the changed value instead, or make the type an object and use a `&mut self` method",
                        ));
                    }
                    if p.path.is_ident("String") {
                        return Err(unsupported(span, "`&String`", "take `&str`"));
                    }
                    if p.path.segments.last().is_some_and(|s| s.ident == "Vec") {
                        return Err(unsupported(span, "`&Vec<T>`", "take `&[T]`"));
                    }
                    let (t, _) = classify(inner, self_name)?;
                    match t {
                        Type::Named(_) => Ok((t, Shape::RefNamed(inner.clone()))),
                        _ => Err(unsupported(
                            span,
                            "a reference to this type",
                            "pass it by value",
                        )),
                    }
                }
                _ => Err(unsupported(
                    span,
                    "a reference to this type",
                    "pass it by value",
                )),
            }
        }
        syn::Type::ImplTrait(it) => match fn_trait(&it.bounds, self_name)? {
            Some((t, args, ret)) => {
                let retained = it
                    .bounds
                    .iter()
                    .any(|b| matches!(b, syn::TypeParamBound::Lifetime(l) if l.ident == "static"));
                Ok((
                    Type::Callback(Box::new(Callback {
                        params: t.0,
                        ret: t.1,
                        once: t.2,
                        retained,
                    })),
                    Shape::Callback {
                        args,
                        ret,
                        boxed: false,
                    },
                ))
            }
            None => Err(unsupported(
                span,
                "`impl Trait` other than a closure",
                "take `impl Fn(..)`, `&dyn Trait` or `Box<dyn Trait>`",
            )),
        },
        syn::Type::Tuple(t) if t.elems.is_empty() => Err(unsupported(
            span,
            "`()` as a value",
            "leave the return type out",
        )),
        syn::Type::Tuple(_) => Err(unsupported(
            span,
            "a tuple",
            "use a record (`#[polybind] struct`)",
        )),
        syn::Type::Array(_) => Err(unsupported(
            span,
            "a fixed-size array",
            "use `Vec<T>` or `&[T]`",
        )),
        syn::Type::Ptr(_) => Err(unsupported(
            span,
            "a raw pointer",
            "use a reference, a slice or an object",
        )),
        syn::Type::BareFn(_) => Err(unsupported(
            span,
            "a function pointer",
            "take `impl Fn(..)`",
        )),
        syn::Type::TraitObject(_) => Err(unsupported(
            span,
            "a bare trait object",
            "write `&dyn Trait` or `Box<dyn Trait>`",
        )),
        _ => Err(unsupported(
            span,
            "this type",
            "use a primitive, `String`, `Vec`, `Option`, or an exported type",
        )),
    }
}

type FnParts = (
    (Vec<Type>, Option<Type>, bool),
    Vec<syn::Type>,
    Option<syn::Type>,
);

/// `Fn(A, B) -> R` among the bounds (with `FnMut`/`FnOnce`), if any.
fn fn_trait(
    bounds: &syn::punctuated::Punctuated<syn::TypeParamBound, syn::Token![+]>,
    self_name: Option<&str>,
) -> Result<Option<FnParts>, LowerError> {
    for b in bounds {
        let syn::TypeParamBound::Trait(t) = b else {
            continue;
        };
        let Some(seg) = t.path.segments.last() else {
            continue;
        };
        let once = match seg.ident.to_string().as_str() {
            "Fn" | "FnMut" => false,
            "FnOnce" => true,
            _ => continue,
        };
        let syn::PathArguments::Parenthesized(args) = &seg.arguments else {
            return Err(
                LowerError::new(seg.span(), "closure bound without arguments")
                    .hint("write `impl Fn(u32) -> u32`"),
            );
        };
        let mut params = vec![];
        let mut arg_tys = vec![];
        for a in &args.inputs {
            params.push(lower_type(a, self_name)?);
            arg_tys.push(a.clone());
        }
        let (ret, ret_ty) = match &args.output {
            syn::ReturnType::Default => (None, None),
            syn::ReturnType::Type(_, t) => match &**t {
                syn::Type::Tuple(tt) if tt.elems.is_empty() => (None, None),
                other => (Some(lower_type(other, self_name)?), Some(other.clone())),
            },
        };
        return Ok(Some(((params, ret, once), arg_tys, ret_ty)));
    }
    Ok(None)
}

fn trait_path(
    bounds: &syn::punctuated::Punctuated<syn::TypeParamBound, syn::Token![+]>,
) -> Option<syn::Path> {
    bounds.iter().find_map(|b| match b {
        syn::TypeParamBound::Trait(t) => {
            let id = t.path.segments.last()?.ident.to_string();
            (!matches!(id.as_str(), "Send" | "Sync" | "Unpin")).then(|| t.path.clone())
        }
        _ => None,
    })
}
