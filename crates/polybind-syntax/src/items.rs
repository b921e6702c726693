//! Rust items → IR items.

use crate::attrs::{ItemAttr, doc_of};
use crate::types::lower_type;
use crate::{Errors, LowerError};
use polybind_ir as ir;
use proc_macro2::Span;
use syn::spanned::Spanned;

/// Where a parameter or field is (1-based), when the file is known: without one (the proc
/// macro) nothing is located.
fn line_column(span: Span, file: Option<&str>) -> Option<ir::LineColumn> {
    file.map(|_| {
        let start = span.start();
        ir::LineColumn {
            line: start.line,
            column: start.column + 1,
        }
    })
}

fn location(span: Span, file: Option<&str>) -> Option<ir::Location> {
    let at = line_column(span, file)?;
    Some(ir::Location {
        file: file?.to_owned(),
        line: at.line,
        column: at.column,
    })
}

/// Lower one annotated item. `file` is the source path shown in diagnostics (the CLI knows it;
/// the macro passes `None`). Every error found in the item is returned, not just the first.
pub fn lower_item(
    item: &syn::Item,
    attr: ItemAttr,
    file: Option<&str>,
) -> Result<Vec<ir::Item>, Errors> {
    let mut errors = vec![];
    let name = item_name(item);
    let out = match item {
        syn::Item::Fn(f) => {
            check_attr(
                attr,
                &mut errors,
                f.sig.ident.span(),
                Allowed {
                    object: false,
                    error: false,
                    blocking: true,
                },
            );
            lower_fn_sig(&f.sig, None, file, &mut errors).map(|(params, ret, error, _)| {
                vec![ir::Item::Function(ir::Function {
                    name: f.sig.ident.to_string(),
                    docs: doc_of(&f.attrs),
                    params,
                    ret,
                    error,
                    blocking: attr.blocking,
                    location: location(f.sig.ident.span(), file),
                })]
            })
        }
        syn::Item::Struct(s) => {
            check_attr(
                attr,
                &mut errors,
                s.ident.span(),
                Allowed {
                    object: true,
                    error: false,
                    blocking: false,
                },
            );
            no_generics(&s.generics, "a struct", &mut errors);
            if attr.object {
                Some(vec![ir::Item::Object(ir::Object {
                    name: s.ident.to_string(),
                    docs: doc_of(&s.attrs),
                    methods: vec![],
                    location: location(s.ident.span(), file),
                })])
            } else {
                let fields = match &s.fields {
                    syn::Fields::Named(n) => lower_fields(n.named.iter(), false, file, &mut errors),
                    _ => {
                        errors.push(
                            LowerError::new(s.ident.span(), "a record needs named fields")
                                .hint("write `struct Name { field: Type }`, or mark it `#[polybind(object)]` to export it as an opaque object"),
                        );
                        vec![]
                    }
                };
                Some(vec![ir::Item::Record(ir::Record {
                    name: s.ident.to_string(),
                    docs: doc_of(&s.attrs),
                    fields,
                    location: location(s.ident.span(), file),
                })])
            }
        }
        syn::Item::Enum(e) => {
            check_attr(
                attr,
                &mut errors,
                e.ident.span(),
                Allowed {
                    object: false,
                    error: true,
                    blocking: false,
                },
            );
            no_generics(&e.generics, "an enum", &mut errors);
            let variants = e
                .variants
                .iter()
                .map(|v| {
                    let (fields, tuple) = match &v.fields {
                        syn::Fields::Unit => (vec![], false),
                        syn::Fields::Named(n) => (
                            lower_fields(n.named.iter(), false, file, &mut errors),
                            false,
                        ),
                        syn::Fields::Unnamed(u) => (
                            lower_fields(u.unnamed.iter(), true, file, &mut errors),
                            true,
                        ),
                    };
                    let discriminant =
                        v.discriminant
                            .as_ref()
                            .and_then(|(_, expr)| match int_literal(expr) {
                                Some(d) => i64::try_from(d).ok().or_else(|| {
                                    errors.push(LowerError::new(
                                        expr.span(),
                                        "discriminant out of range",
                                    ));
                                    None
                                }),
                                None => {
                                    errors.push(
                                        LowerError::new(
                                            expr.span(),
                                            "the discriminant must be an integer literal",
                                        )
                                        .hint("write `Name = 3`"),
                                    );
                                    None
                                }
                            });
                    ir::Variant {
                        name: v.ident.to_string(),
                        docs: doc_of(&v.attrs),
                        discriminant,
                        fields,
                        tuple,
                    }
                })
                .collect();
            Some(vec![ir::Item::Enum(ir::Enum {
                name: e.ident.to_string(),
                docs: doc_of(&e.attrs),
                variants,
                error: attr.error,
                location: location(e.ident.span(), file),
            })])
        }
        syn::Item::Impl(i) => {
            check_attr(
                attr,
                &mut errors,
                i.impl_token.span,
                Allowed {
                    object: false,
                    error: false,
                    blocking: false,
                },
            );
            lower_impl(i, file, &mut errors).map(|m| vec![ir::Item::ObjectImpl(m)])
        }
        syn::Item::Trait(t) => {
            check_attr(
                attr,
                &mut errors,
                t.ident.span(),
                Allowed {
                    object: false,
                    error: false,
                    blocking: false,
                },
            );
            lower_trait(t, file, &mut errors).map(|c| vec![ir::Item::CallbackInterface(c)])
        }
        syn::Item::Const(c) => {
            check_attr(
                attr,
                &mut errors,
                c.ident.span(),
                Allowed {
                    object: false,
                    error: false,
                    blocking: false,
                },
            );
            lower_const(c, file, &mut errors).map(|c| vec![ir::Item::Constant(c)])
        }
        other => {
            errors.push(
                LowerError::new(other.span(), "`#[polybind]` cannot be put on this item")
                    .hint("annotate a fn, struct, enum, impl block, trait or const"),
            );
            None
        }
    };
    if errors.is_empty() {
        Ok(out.unwrap_or_default())
    } else {
        Err(errors.into_iter().map(|e| e.item(name.clone())).collect())
    }
}

/// The name an item is exported under (for messages).
pub fn item_name(item: &syn::Item) -> String {
    match item {
        syn::Item::Fn(f) => f.sig.ident.to_string(),
        syn::Item::Struct(s) => s.ident.to_string(),
        syn::Item::Enum(e) => e.ident.to_string(),
        syn::Item::Trait(t) => t.ident.to_string(),
        syn::Item::Const(c) => c.ident.to_string(),
        syn::Item::Impl(i) => quote::ToTokens::to_token_stream(&i.self_ty).to_string(),
        _ => "<item>".into(),
    }
}

/// What `#[polybind(..)]` may say on an item: `object` on structs, `error` on enums, `blocking` on
/// functions (methods carry their own attribute).
struct Allowed {
    object: bool,
    error: bool,
    blocking: bool,
}

fn check_attr(attr: ItemAttr, errors: &mut Errors, span: Span, ok: Allowed) {
    if attr.blocking && !ok.blocking {
        errors.push(
            LowerError::new(span, "`blocking` only applies to a function or a method")
                .hint("remove `blocking`, or put it on the function or method that blocks"),
        );
    }
    if attr.object && !ok.object {
        errors.push(
            LowerError::new(span, "`object` only applies to a struct").hint("remove `object`"),
        );
    }
    if attr.error && !ok.error {
        errors
            .push(LowerError::new(span, "`error` only applies to an enum").hint("remove `error`"));
    }
}

fn no_generics(g: &syn::Generics, what: &str, errors: &mut Errors) {
    for p in &g.params {
        let (msg, hint) = match p {
            syn::GenericParam::Lifetime(_) => (
                format!("{what} carrying a lifetime cannot be exported"),
                "exported types own their data: use `String` and `Vec<T>` instead of borrows",
            ),
            _ => (
                format!("generic {what} cannot be exported"),
                "export a concrete type for each instantiation",
            ),
        };
        errors.push(LowerError::new(p.span(), msg).hint(hint));
    }
}

fn lower_fields<'a>(
    fields: impl Iterator<Item = &'a syn::Field>,
    tuple: bool,
    file: Option<&str>,
    errors: &mut Errors,
) -> Vec<ir::Field> {
    fields
        .enumerate()
        .filter_map(|(i, f)| {
            let name = if tuple {
                format!("f{i}")
            } else {
                f.ident.as_ref().map(|i| i.to_string()).unwrap_or_default()
            };
            match lower_type(&f.ty, None) {
                Ok(ty) => Some(ir::Field {
                    name,
                    ty,
                    docs: doc_of(&f.attrs),
                    at: line_column(
                        f.ident.as_ref().map_or_else(|| f.ty.span(), |i| i.span()),
                        file,
                    ),
                }),
                Err(e) => {
                    errors.push(e);
                    None
                }
            }
        })
        .collect()
}

/// What a signature lowers to: params, return, error, and the receiver (`None`: no `self`).
type Sig = (
    Vec<ir::Param>,
    Option<ir::Type>,
    Option<String>,
    Option<ir::Receiver>,
);

/// Lower a signature. Errors are pushed; `None` only if something made the signature unusable.
pub(crate) fn lower_fn_sig(
    sig: &syn::Signature,
    self_name: Option<&str>,
    file: Option<&str>,
    errors: &mut Errors,
) -> Option<Sig> {
    let before = errors.len();
    let span = sig.ident.span();
    if sig.asyncness.is_some() {
        errors.push(
            LowerError::new(span, "async functions cannot be exported")
                .hint("export a blocking function; run the future inside it"),
        );
    }
    if sig.unsafety.is_some() {
        errors.push(
            LowerError::new(span, "unsafe functions cannot be exported")
                .hint("export a safe wrapper"),
        );
    }
    if sig.abi.is_some() {
        errors.push(
            LowerError::new(span, "`extern` functions are already C functions")
                .hint("remove `extern \"C\"`; polybind generates the C function"),
        );
    }
    if sig.variadic.is_some() {
        errors.push(LowerError::new(
            span,
            "variadic functions cannot be exported",
        ));
    }
    for p in &sig.generics.params {
        if !matches!(p, syn::GenericParam::Lifetime(_)) {
            errors.push(
                LowerError::new(p.span(), "generic functions cannot be exported")
                    .hint("export a concrete function for each type you need"),
            );
        }
    }
    let mut receiver = None;
    let mut params = vec![];
    for input in &sig.inputs {
        match input {
            syn::FnArg::Receiver(r) => {
                if r.reference.is_none() {
                    errors.push(
                        LowerError::new(
                            r.span(),
                            "methods taking `self` by value cannot be exported",
                        )
                        .hint("take `&self` or `&mut self`"),
                    );
                } else if r.mutability.is_some() {
                    receiver = Some(ir::Receiver::Mut);
                } else {
                    receiver = Some(ir::Receiver::Ref);
                }
            }
            syn::FnArg::Typed(pt) => {
                let (name, at) = match &*pt.pat {
                    syn::Pat::Ident(i) => (i.ident.to_string(), line_column(i.ident.span(), file)),
                    other => {
                        errors.push(
                            LowerError::new(other.span(), "parameters must be plain names")
                                .hint("write `name: Type`"),
                        );
                        continue;
                    }
                };
                match lower_type(&pt.ty, self_name) {
                    Ok(ty) => params.push(ir::Param { name, ty, at }),
                    Err(e) => errors.push(e),
                }
            }
        }
    }
    let (ret, error) = match lower_return(&sig.output, self_name) {
        Ok(r) => r,
        Err(e) => {
            errors.push(e);
            (None, None)
        }
    };
    (errors.len() == before).then_some((params, ret, error, receiver))
}

/// `-> T`, `-> Result<T, E>` or nothing.
pub(crate) fn lower_return(
    out: &syn::ReturnType,
    self_name: Option<&str>,
) -> Result<(Option<ir::Type>, Option<String>), LowerError> {
    let ty = match out {
        syn::ReturnType::Default => return Ok((None, None)),
        syn::ReturnType::Type(_, t) => &**t,
    };
    if let syn::Type::Tuple(t) = ty
        && t.elems.is_empty()
    {
        return Ok((None, None));
    }
    if let syn::Type::ImplTrait(_) = ty {
        return Err(
            LowerError::new(ty.span(), "`impl Trait` return types cannot be exported")
                .hint("return a concrete type: a record, an object, an enum or a `Vec<T>`"),
        );
    }
    if let syn::Type::Path(p) = ty
        && let Some(seg) = p.path.segments.last()
        && seg.ident == "Result"
    {
        let syn::PathArguments::AngleBracketed(args) = &seg.arguments else {
            return Err(LowerError::new(ty.span(), "`Result` needs its arguments")
                .hint("write `Result<T, E>` with an exported error enum `E`"));
        };
        let tys: Vec<&syn::Type> = args
            .args
            .iter()
            .filter_map(|a| {
                if let syn::GenericArgument::Type(t) = a {
                    Some(t)
                } else {
                    None
                }
            })
            .collect();
        let [ok, err] = tys.as_slice() else {
            return Err(LowerError::new(
                ty.span(),
                "a `Result` alias with one argument cannot be exported",
            )
            .hint("write `Result<T, E>` with an exported error enum `E`"));
        };
        let ok = match ok {
            syn::Type::Tuple(t) if t.elems.is_empty() => None,
            t => Some(lower_type(t, self_name)?),
        };
        let err_name = match err {
            syn::Type::Path(p) if p.path.segments.iter().all(|s| s.arguments.is_empty()) => p
                .path
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_default(),
            other => {
                return Err(LowerError::new(other.span(), "the error type must be an exported error enum")
                            .hint("declare `#[polybind(error)] pub enum MyError { .. }` and return `Result<T, MyError>`"));
            }
        };
        return Ok((ok, Some(err_name)));
    }
    Ok((Some(lower_type(ty, self_name)?), None))
}

fn lower_impl(
    i: &syn::ItemImpl,
    file: Option<&str>,
    errors: &mut Errors,
) -> Option<ir::ObjectImpl> {
    if let Some((_, path, _)) = &i.trait_ {
        errors.push(
            LowerError::new(path.span(), "`#[polybind]` on a trait implementation is not supported")
                .hint("annotate the inherent `impl Object { .. }` block; to export a trait, annotate the trait itself"),
        );
        return None;
    }
    no_generics(&i.generics, "an impl block", errors);
    let object = match &*i.self_ty {
        syn::Type::Path(p)
            if p.qself.is_none() && p.path.segments.iter().all(|s| s.arguments.is_empty()) =>
        {
            p.path
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_default()
        }
        other => {
            errors.push(LowerError::new(
                other.span(),
                "only `impl Name { .. }` for an exported object is supported",
            ));
            return None;
        }
    };
    let mut methods = vec![];
    for item in &i.items {
        let syn::ImplItem::Fn(f) = item else { continue };
        if !matches!(f.vis, syn::Visibility::Public(_)) {
            continue;
        }
        let Some((params, ret, error, receiver)) =
            lower_fn_sig(&f.sig, Some(&object), file, errors)
        else {
            continue;
        };
        let returns_self = matches!(&ret, Some(ir::Type::Named(n)) if *n == object);
        let receiver = match receiver {
            Some(r) => r,
            None if returns_self => ir::Receiver::Constructor,
            None => ir::Receiver::Static,
        };
        let ret = if receiver == ir::Receiver::Constructor {
            None
        } else {
            ret
        };
        let blocking = match crate::attrs::polybind_attr(&f.attrs) {
            None => false,
            Some(Err(e)) => {
                errors.push(e);
                false
            }
            Some(Ok(a)) => {
                if a.object || a.error {
                    errors.push(
                        LowerError::new(
                            f.sig.ident.span(),
                            "a method takes only `#[polybind(blocking)]`",
                        )
                        .hint("remove `object`/`error` from the method's attribute"),
                    );
                }
                a.blocking
            }
        };
        methods.push(ir::Method {
            name: f.sig.ident.to_string(),
            docs: doc_of(&f.attrs),
            receiver,
            params,
            ret,
            error,
            blocking,
        });
    }
    Some(ir::ObjectImpl {
        object,
        methods,
        location: location(i.impl_token.span, file),
    })
}

fn lower_trait(
    t: &syn::ItemTrait,
    file: Option<&str>,
    errors: &mut Errors,
) -> Option<ir::CallbackInterface> {
    no_generics(&t.generics, "a trait", errors);
    let mut methods = vec![];
    for item in &t.items {
        match item {
            syn::TraitItem::Fn(f) => {
                let Some((params, ret, error, receiver)) = lower_fn_sig(&f.sig, None, file, errors)
                else {
                    continue;
                };
                if receiver != Some(ir::Receiver::Ref) {
                    errors.push(
                        LowerError::new(
                            f.sig.ident.span(),
                            "callback interface methods must take `&self`",
                        )
                        .hint(
                            "the foreign object is shared; keep state behind interior mutability",
                        ),
                    );
                }
                if error.is_some() {
                    errors.push(
                        LowerError::new(f.sig.ident.span(), "callback interface methods cannot return `Result` yet")
                            .hint("return a value; a failing foreign implementation surfaces as LIB_CALLBACK_FAILED"),
                    );
                }
                methods.push(ir::CallbackMethod {
                    name: f.sig.ident.to_string(),
                    docs: doc_of(&f.attrs),
                    params,
                    ret,
                });
            }
            other => errors.push(
                LowerError::new(other.span(), "callback interfaces may only contain methods")
                    .hint("remove associated types and constants"),
            ),
        }
    }
    Some(ir::CallbackInterface {
        name: t.ident.to_string(),
        docs: doc_of(&t.attrs),
        methods,
        location: location(t.ident.span(), file),
    })
}

fn int_literal(expr: &syn::Expr) -> Option<i128> {
    match expr {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(i),
            ..
        }) => i.base10_parse::<i128>().ok(),
        syn::Expr::Unary(syn::ExprUnary {
            op: syn::UnOp::Neg(_),
            expr,
            ..
        }) => int_literal(expr).map(|v| -v),
        syn::Expr::Paren(p) => int_literal(&p.expr),
        syn::Expr::Group(g) => int_literal(&g.expr),
        _ => None,
    }
}

fn const_value(expr: &syn::Expr) -> Option<ir::ConstValue> {
    if let Some(i) = int_literal(expr) {
        return Some(ir::ConstValue::Int(i));
    }
    match expr {
        syn::Expr::Lit(syn::ExprLit { lit, .. }) => match lit {
            syn::Lit::Bool(b) => Some(ir::ConstValue::Bool(b.value)),
            syn::Lit::Float(f) => f.base10_parse::<f64>().ok().map(ir::ConstValue::Float),
            syn::Lit::Str(s) => Some(ir::ConstValue::Str(s.value())),
            _ => None,
        },
        syn::Expr::Unary(syn::ExprUnary {
            op: syn::UnOp::Neg(_),
            expr,
            ..
        }) => match const_value(expr)? {
            ir::ConstValue::Float(f) => Some(ir::ConstValue::Float(-f)),
            _ => None,
        },
        syn::Expr::Paren(p) => const_value(&p.expr),
        syn::Expr::Group(g) => const_value(&g.expr),
        _ => None,
    }
}

fn lower_const(
    c: &syn::ItemConst,
    file: Option<&str>,
    errors: &mut Errors,
) -> Option<ir::Constant> {
    let ty = match lower_type(&c.ty, None) {
        Ok(t) => t,
        Err(e) => {
            errors.push(e);
            return None;
        }
    };
    let Some(value) = const_value(&c.expr) else {
        errors.push(
            LowerError::new(c.expr.span(), "the value of an exported constant must be a literal")
                .hint("write the value out (`42`, `-1.5`, `true`, `\"text\"`); the generators cannot evaluate Rust expressions"),
        );
        return None;
    };
    Some(ir::Constant {
        name: c.ident.to_string(),
        docs: doc_of(&c.attrs),
        ty,
        value,
        location: location(c.ident.span(), file),
    })
}
