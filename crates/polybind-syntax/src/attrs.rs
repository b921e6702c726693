//! `#[polybind]` attribute arguments and doc comments.

use crate::LowerError;
use proc_macro2::TokenStream;

/// What `#[polybind(...)]` says about the item it is on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ItemAttr {
    /// `#[polybind(object)]` on a struct: an opaque object behind a handle.
    pub object: bool,
    /// `#[polybind(error)]` on an enum: an error enum for `Result<_, E>`.
    pub error: bool,
    /// `#[polybind(blocking)]` on a function or method: long-running or blocking.
    pub blocking: bool,
}

impl ItemAttr {
    /// Parse the tokens inside `#[polybind(...)]`.
    pub fn parse(tokens: TokenStream) -> Result<Self, LowerError> {
        let mut attr = ItemAttr::default();
        if tokens.is_empty() {
            return Ok(attr);
        }
        let parser = syn::meta::parser(|meta| {
            if meta.path.is_ident("object") {
                attr.object = true;
                Ok(())
            } else if meta.path.is_ident("error") {
                attr.error = true;
                Ok(())
            } else if meta.path.is_ident("blocking") {
                attr.blocking = true;
                Ok(())
            } else {
                Err(meta.error("unknown polybind option; expected `object`, `error` or `blocking`"))
            }
        });
        syn::parse::Parser::parse2(parser, tokens).map_err(|e| {
            LowerError::new(e.span(), e.to_string())
                .hint("write `#[polybind]`, `#[polybind(object)]`, `#[polybind(error)]` or `#[polybind(blocking)]`")
        })?;
        Ok(attr)
    }
}

/// The `#[polybind...]` attribute among `attrs`, if any, parsed. Recognises `#[polybind]` and
/// `#[polybind::polybind]`.
pub fn polybind_attr(attrs: &[syn::Attribute]) -> Option<Result<ItemAttr, LowerError>> {
    let attr = attrs.iter().find(|a| {
        a.path()
            .segments
            .last()
            .is_some_and(|s| s.ident == "polybind")
    })?;
    Some(match &attr.meta {
        syn::Meta::Path(_) => Ok(ItemAttr::default()),
        syn::Meta::List(list) => ItemAttr::parse(list.tokens.clone()),
        syn::Meta::NameValue(nv) => Err(LowerError::new(
            syn::spanned::Spanned::span(nv),
            "`#[polybind = ...]` is not a valid form",
        )
        .hint("write `#[polybind]`, `#[polybind(object)]`, `#[polybind(error)]` or `#[polybind(blocking)]`")),
    })
}

/// The doc comment of an item: `///` lines joined with newlines, one leading space removed.
pub fn doc_of(attrs: &[syn::Attribute]) -> String {
    let values: Vec<String> = attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(syn::MetaNameValue {
                value:
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }),
                ..
            }) => Some(s.value()),
            _ => None,
        })
        .collect();
    join_doc_lines(values.iter().map(String::as_str))
}

/// The values of `#[doc]` attributes (each `///` line is one) as one doc string.
pub(crate) fn join_doc_lines<'a>(values: impl Iterator<Item = &'a str>) -> String {
    let mut lines = vec![];
    for v in values {
        for line in v.split('\n') {
            let line = line.strip_prefix(' ').unwrap_or(line);
            lines.push(line.trim_end());
        }
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}

/// The attributes of an item that `#[polybind]` could be written on.
pub fn item_attrs(item: &syn::Item) -> Option<&[syn::Attribute]> {
    Some(match item {
        syn::Item::Fn(i) => &i.attrs,
        syn::Item::Struct(i) => &i.attrs,
        syn::Item::Enum(i) => &i.attrs,
        syn::Item::Impl(i) => &i.attrs,
        syn::Item::Trait(i) => &i.attrs,
        syn::Item::Const(i) => &i.attrs,
        syn::Item::Static(i) => &i.attrs,
        syn::Item::Type(i) => &i.attrs,
        syn::Item::Union(i) => &i.attrs,
        syn::Item::Use(i) => &i.attrs,
        _ => return None,
    })
}
