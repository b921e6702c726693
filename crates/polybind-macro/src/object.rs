//! Objects: a handle table per type, the release function, and the methods of `impl` blocks.

use crate::ctx::{Ctx, rt};
use crate::glue::{Target, glue};
use heck::ToSnakeCase;
use polybind_ir as ir;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn object(ctx: &Ctx, s: &syn::ItemStruct, o: &ir::Object) -> syn::Result<TokenStream> {
    let rt = rt();
    let name = &s.ident;
    let name_str = name.to_string();
    let table = format_ident!("__POLYBIND_HANDLES_{}", name);
    let free = ctx.symbol(&format!("{}_free", o.name.to_snake_case()));
    let checksum = ctx.checksum_fn(&ir::ItemKey::Object(&o.name));
    Ok(quote! {
        static #table: #rt::HandleTable<#name> = #rt::HandleTable::new(#name_str);
        impl #rt::FfiObject for #name {
            fn table() -> &'static #rt::HandleTable<Self> { &#table }
        }
        // SAFETY: an object crosses as a checked handle; it is never read from foreign memory.
        unsafe impl #rt::FfiType for #name {
            type Abi = #rt::ObjectHandle;
            fn lower(self) -> #rt::ObjectHandle { #table.insert(self) }
            unsafe fn lift(_: #rt::ObjectHandle) -> ::core::result::Result<Self, #rt::CallError> {
                Err(#rt::CallError::invalid_argument(concat!("`", #name_str, "` objects are passed by reference")))
            }
            unsafe fn free_abi(abi: #rt::ObjectHandle) { let _ = #table.remove(abi); }
        }
        impl #rt::FfiRef for #name {
            type Abi = #rt::ObjectHandle;
            type Holder = ::std::sync::Arc<#rt::handles::ObjectCell<#name>>;
            type Guard<'a> = #rt::handles::Shared<'a, #name>;
            unsafe fn hold(abi: #rt::ObjectHandle) -> ::core::result::Result<Self::Holder, #rt::CallError> {
                #table.get(abi)
            }
            fn guard(holder: &Self::Holder) -> ::core::result::Result<Self::Guard<'_>, #rt::CallError> { #rt::handles::read(holder, #name_str) }
        }
        /// Releases the object's handle; the value is dropped once no call uses it.
        #[unsafe(no_mangle)]
        pub extern "C" fn #free(handle: #rt::ObjectHandle) -> #rt::Status {
            #rt::call(move || {
                #table.remove(handle).map_err(|e| e.in_param("self"))?;
                Ok(#rt::status::OK)
            })
        }
        #checksum
    })
}

pub fn methods(ctx: &Ctx, i: &syn::ItemImpl, oi: &ir::ObjectImpl) -> syn::Result<TokenStream> {
    let syn::Type::Path(p) = &*i.self_ty else {
        return Err(syn::Error::new_spanned(
            &i.self_ty,
            "polybind: expected `impl Name`",
        ));
    };
    let Some(obj) = p.path.segments.last().map(|s| &s.ident) else {
        return Err(syn::Error::new_spanned(
            &i.self_ty,
            "polybind: expected `impl Name`",
        ));
    };
    let snake = oi.object.to_snake_case();
    let mut out = TokenStream::new();
    for m in &oi.methods {
        let Some(f) = i.items.iter().find_map(|it| match it {
            syn::ImplItem::Fn(f) if f.sig.ident == m.name => Some(f),
            _ => None,
        }) else {
            continue;
        };
        out.extend(glue(&Target {
            symbol: ctx.symbol(&format!("{snake}_{}", m.name)),
            sig: &f.sig,
            object: Some(obj),
            receiver: Some(m.receiver),
        })?);
        out.extend(ctx.checksum_fn(&ir::ItemKey::Method(&oi.object, m)));
    }
    Ok(out)
}
