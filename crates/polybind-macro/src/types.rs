//! Records, enums and error enums: their `#[repr(C)]` ABI structs and conversions.

use crate::ctx::{Ctx, rt};
use polybind_ir as ir;
use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};

/// Emit a record. Returns the item (made `#[repr(C)]` so plain records cross without a copy)
/// and the glue.
pub fn record(
    ctx: &Ctx,
    s: &syn::ItemStruct,
    r: &ir::Record,
) -> (TokenStream, syn::Result<TokenStream>) {
    let rt = rt();
    let mut item = s.clone();
    if !item.attrs.iter().any(|a| a.path().is_ident("repr")) {
        item.attrs.push(syn::parse_quote!(#[repr(C)]));
    }
    let name = &s.ident;
    let abi = format_ident!("__PolybindAbi{}", name);
    let syn::Fields::Named(fields) = &s.fields else {
        return (item.into_token_stream(), Ok(TokenStream::new()));
    };
    let idents: Vec<&syn::Ident> = fields
        .named
        .iter()
        .filter_map(|f| f.ident.as_ref())
        .collect();
    let names: Vec<String> = idents.iter().map(|i| i.to_string()).collect();
    let tys: Vec<&syn::Type> = fields.named.iter().map(|f| &f.ty).collect();
    let checksum = ctx.checksum_fn(&ir::ItemKey::Record(r));
    let layout = ctx.layout_fn(&r.name, &abi.to_token_stream());
    let common = value_impls(name, &abi);
    let glue = quote! {
        #[repr(C)]
        #[derive(Clone, Copy)]
        pub struct #abi { #(pub #idents: <#tys as #rt::FfiType>::Abi),* }

        // SAFETY: PLAIN only when every field is plain and the layouts agree (both repr(C)).
        unsafe impl #rt::FfiType for #name {
            type Abi = #abi;
            const PLAIN: bool = true #(&& <#tys as #rt::FfiType>::PLAIN)* && #rt::same_layout::<#name, #abi>();
            fn lower(self) -> #abi {
                #abi { #(#idents: <#tys as #rt::FfiType>::lower(self.#idents)),* }
            }
            unsafe fn lift(abi: #abi) -> ::core::result::Result<Self, #rt::CallError> {
                Ok(#name { #(#idents: unsafe { <#tys as #rt::FfiType>::lift(abi.#idents) }.map_err(|e| e.in_field(#names))?),* })
            }
            unsafe fn free_abi(abi: #abi) {
                #(unsafe { <#tys as #rt::FfiType>::free_abi(abi.#idents) };)*
            }
        }
        #common
        #checksum
        #layout
    };
    (item.into_token_stream(), Ok(glue))
}

/// `FfiParam`, `FfiRef` and `CallbackArg` for a type passed by value in its `FfiType` form.
fn value_impls(name: &syn::Ident, abi: &impl ToTokens) -> TokenStream {
    let rt = rt();
    quote! {
        // SAFETY: delegates to `FfiType::lift`.
        unsafe impl #rt::FfiParam for #name {
            type ParamAbi = #abi;
            unsafe fn lift_param(abi: #abi) -> ::core::result::Result<Self, #rt::CallError> {
                unsafe { <#name as #rt::FfiType>::lift(abi) }
            }
        }
        impl #rt::FfiRef for #name {
            type Abi = #abi;
            type Holder = #name;
            type Guard<'a> = &'a #name;
            unsafe fn hold(abi: #abi) -> ::core::result::Result<#name, #rt::CallError> {
                unsafe { <#name as #rt::FfiType>::lift(abi) }
            }
            fn guard(holder: &#name) -> ::core::result::Result<&#name, #rt::CallError> { Ok(holder) }
        }
        impl #rt::CallbackArg for #name {
            type Abi = #abi;
            type Keep = #rt::Lowered<#name>;
            fn to_callback(self) -> (#abi, #rt::Lowered<#name>) { #rt::lower_for_callback(self) }
        }
    }
}

struct VariantParts {
    ident: syn::Ident,
    /// Field bindings in declaration order.
    bindings: Vec<syn::Ident>,
    tys: Vec<syn::Type>,
    names: Vec<String>,
    named: bool,
    /// The payload struct and its union member (data variants only).
    payload: Option<(syn::Ident, syn::Ident)>,
}

impl VariantParts {
    fn pattern(&self, enum_name: &syn::Ident) -> TokenStream {
        let ident = &self.ident;
        let b = &self.bindings;
        if self.bindings.is_empty() {
            quote!(#enum_name::#ident)
        } else if self.named {
            quote!(#enum_name::#ident { #(#b),* })
        } else {
            quote!(#enum_name::#ident(#(#b),*))
        }
    }
}

fn variants(e: &syn::ItemEnum) -> Vec<VariantParts> {
    e.variants
        .iter()
        .enumerate()
        .map(|(index, v)| {
            let (bindings, tys, names, named): (Vec<_>, Vec<_>, Vec<_>, bool) = match &v.fields {
                syn::Fields::Unit => (vec![], vec![], vec![], false),
                syn::Fields::Named(n) => (
                    n.named.iter().filter_map(|f| f.ident.clone()).collect(),
                    n.named.iter().map(|f| f.ty.clone()).collect(),
                    n.named
                        .iter()
                        .filter_map(|f| f.ident.as_ref().map(|i| i.to_string()))
                        .collect(),
                    true,
                ),
                syn::Fields::Unnamed(u) => (
                    (0..u.unnamed.len())
                        .map(|i| format_ident!("f{}", i))
                        .collect(),
                    u.unnamed.iter().map(|f| f.ty.clone()).collect(),
                    (0..u.unnamed.len()).map(|i| format!("f{i}")).collect(),
                    false,
                ),
            };
            // The union member's Rust name is private to the glue (only the layout meets C), so it
            // is numbered rather than derived from the variant, which could be a keyword.
            let payload = (!bindings.is_empty()).then(|| {
                (
                    format_ident!("__PolybindAbi{}{}", e.ident, v.ident),
                    format_ident!("v{}", index),
                )
            });
            VariantParts {
                ident: v.ident.clone(),
                bindings,
                tys,
                names,
                named,
                payload,
            }
        })
        .collect()
}

pub fn enumeration(ctx: &Ctx, e: &syn::ItemEnum, en: &ir::Enum) -> syn::Result<TokenStream> {
    let rt = rt();
    let name = &e.ident;
    let name_str = name.to_string();
    let vs = variants(e);
    let checksum = ctx.checksum_fn(&ir::ItemKey::Enum(en));
    let payload_union = format_ident!("__PolybindAbi{}Payload", name);

    // Payload structs and the union (data-carrying variants only).
    let mut payload_defs = vec![];
    let mut members = vec![];
    for v in &vs {
        if let Some((st, member)) = &v.payload {
            let (b, t) = (&v.bindings, &v.tys);
            payload_defs.push(quote! {
                #[repr(C)]
                #[derive(Clone, Copy)]
                pub struct #st { #(pub #b: <#t as #rt::FfiType>::Abi),* }
            });
            members.push(quote!(pub #member: #st));
        }
    }
    let has_payload = !members.is_empty();
    if has_payload {
        payload_defs.push(quote! {
            #[repr(C)]
            #[derive(Clone, Copy)]
            pub union #payload_union { #(#members),* }
        });
    }

    // Lowering: variant → (tag, payload).
    let tags: Vec<i32> = if en.is_c_like() && !en.error {
        en.discriminants().iter().map(|d| *d as i32).collect()
    } else {
        (0..vs.len() as i32).collect()
    };
    let lower_arms: Vec<TokenStream> = vs
        .iter()
        .zip(&tags)
        .map(|(v, tag)| {
            let pat = v.pattern(name);
            let payload = match &v.payload {
                Some((st, member)) => {
                    let (b, t) = (&v.bindings, &v.tys);
                    quote!(#payload_union { #member: #st { #(#b: <#t as #rt::FfiType>::lower(#b)),* } })
                }
                None => quote!(unsafe { ::core::mem::zeroed() }),
            };
            quote!(#pat => (#tag, #payload))
        })
        .collect();

    if en.error {
        let abi = format_ident!("__PolybindErr{}", name);
        let payload_field = has_payload.then(|| quote!(pub payload: #payload_union,));
        let (binding, set_payload) = if has_payload {
            (quote!((tag, payload)), quote!(payload,))
        } else {
            (quote!((tag, ())), quote!())
        };
        let arms: Vec<TokenStream> = if has_payload {
            lower_arms
        } else {
            vs.iter()
                .zip(&tags)
                .map(|(v, tag)| {
                    let pat = v.pattern(name);
                    quote!(#pat => (#tag, ()))
                })
                .collect()
        };
        let layout = ctx.layout_fn(&en.name, &abi.to_token_stream());
        return Ok(quote! {
            #(#payload_defs)*
            #[repr(C)]
            #[derive(Clone, Copy)]
            pub struct #abi { pub tag: i32, #payload_field pub message: #rt::StringAbi }
            impl #rt::FfiError for #name {
                type ErrAbi = #abi;
                fn lower_error(self) -> #abi {
                    let message = <::std::string::String as #rt::FfiType>::lower(::std::string::ToString::to_string(&self));
                    let #binding = match self { #(#arms),* };
                    #abi { tag, #set_payload message }
                }
            }
            #checksum
            #layout
        });
    }

    let lift_arms: Vec<TokenStream> = vs
        .iter()
        .zip(&tags)
        .map(|(v, tag)| {
            let ident = &v.ident;
            match &v.payload {
                None => quote!(#tag => Ok(#name::#ident)),
                Some((_, member)) => {
                    let (b, t, n) = (&v.bindings, &v.tys, &v.names);
                    let build = if v.named {
                        quote!(#name::#ident { #(#b),* })
                    } else {
                        quote!(#name::#ident(#(#b),*))
                    };
                    quote!(#tag => {
                        let p = unsafe { abi.payload.#member };
                        #(let #b = unsafe { <#t as #rt::FfiType>::lift(p.#b) }.map_err(|e| e.in_field(#n))?;)*
                        Ok(#build)
                    })
                }
            }
        })
        .collect();
    let free_arms: Vec<TokenStream> = vs
        .iter()
        .zip(&tags)
        .filter_map(|(v, tag)| {
            let (_, member) = v.payload.as_ref()?;
            let (b, t) = (&v.bindings, &v.tys);
            Some(quote!(#tag => {
                let p = unsafe { abi.payload.#member };
                #(unsafe { <#t as #rt::FfiType>::free_abi(p.#b) };)*
            }))
        })
        .collect();
    let invalid = quote!(other => Err(#rt::CallError::invalid_argument(format!("{} is not a valid `{}`", other, #name_str))));

    if !has_payload {
        // C-like: an `int32_t` of the variant's discriminant.
        let common = value_impls(name, &quote!(i32));
        let c_arms: Vec<TokenStream> = vs
            .iter()
            .zip(&tags)
            .map(|(v, tag)| {
                let pat = v.pattern(name);
                quote!(#pat => #tag)
            })
            .collect();
        return Ok(quote! {
            // SAFETY: unknown discriminants are rejected by `lift`.
            unsafe impl #rt::FfiType for #name {
                type Abi = i32;
                fn lower(self) -> i32 {
                    match self { #(#c_arms),* }
                }
                unsafe fn lift(abi: i32) -> ::core::result::Result<Self, #rt::CallError> {
                    match abi { #(#lift_arms,)* #invalid }
                }
                unsafe fn free_abi(_: i32) {}
            }
            #common
            #checksum
        });
    }

    let abi = format_ident!("__PolybindAbi{}", name);
    let common = value_impls(name, &abi);
    let layout = ctx.layout_fn(&en.name, &abi.to_token_stream());
    Ok(quote! {
        #(#payload_defs)*
        #[repr(C)]
        #[derive(Clone, Copy)]
        pub struct #abi { pub tag: i32, pub payload: #payload_union }
        // SAFETY: the tag selects the initialised union member; unknown tags are rejected.
        unsafe impl #rt::FfiType for #name {
            type Abi = #abi;
            fn lower(self) -> #abi {
                let (tag, payload) = match self { #(#lower_arms),* };
                #abi { tag, payload }
            }
            unsafe fn lift(abi: #abi) -> ::core::result::Result<Self, #rt::CallError> {
                match abi.tag { #(#lift_arms,)* #invalid }
            }
            unsafe fn free_abi(abi: #abi) {
                match abi.tag { #(#free_arms)* _ => {} }
            }
        }
        #common
        #checksum
        #layout
    })
}
