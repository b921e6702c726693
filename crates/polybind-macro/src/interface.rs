//! Callback interfaces: a `#[polybind] trait` becomes a vtable the foreign side fills in, and a
//! Rust implementation of the trait that calls through it.

use crate::ctx::{Ctx, rt};
use polybind_ir as ir;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn interface(
    ctx: &Ctx,
    t: &syn::ItemTrait,
    ci: &ir::CallbackInterface,
) -> syn::Result<TokenStream> {
    let rt = rt();
    let name = &t.ident;
    let vtable = format_ident!("__PolybindVTable{}", name);
    let foreign = format_ident!("__PolybindForeign{}", name);
    let mut fields = vec![];
    let mut checked = vec![];
    let mut stored = vec![];
    let mut impls = vec![];
    for item in &t.items {
        let syn::TraitItem::Fn(f) = item else {
            continue;
        };
        let m = &f.sig.ident;
        let m_str = m.to_string();
        let mut abi_args = vec![];
        let mut lowering = vec![];
        let mut passed = vec![];
        for (i, input) in f.sig.inputs.iter().enumerate() {
            let syn::FnArg::Typed(pt) = input else {
                continue;
            };
            let syn::Pat::Ident(pat) = &*pt.pat else {
                continue;
            };
            let v = &pat.ident;
            let keep = format_ident!("__keep{}", i);
            let ty = &pt.ty;
            let is_str = matches!(&**ty, syn::Type::Reference(r) if matches!(&*r.elem, syn::Type::Path(p) if p.path.is_ident("str")));
            abi_args.push(if is_str {
                quote!(#rt::StrView)
            } else {
                quote!(<#ty as #rt::CallbackArg>::Abi)
            });
            lowering.push(quote! { let (#v, #keep) = #rt::CallbackArg::to_callback(#v); });
            passed.push(quote!(#v));
        }
        let ret = match &f.sig.output {
            syn::ReturnType::Type(_, ty) if !matches!(&**ty, syn::Type::Tuple(tt) if tt.elems.is_empty()) => {
                Some(ty)
            }
            _ => None,
        };
        let (out_abi, out_decl, out_arg, result) = match ret {
            Some(r) => (
                quote!(, *mut <#r as #rt::FfiType>::Abi),
                quote! { let mut __out = #rt::callback_out_slot::<#r>(); },
                quote!(, __out.as_mut_ptr()),
                quote!(#rt::callback_return::<#r>(__out, #m_str)),
            ),
            None => (quote!(), quote!(), quote!(), quote!(())),
        };
        let fn_ty =
            quote!(unsafe extern "C" fn(*mut ::core::ffi::c_void #(, #abi_args)* #out_abi) -> i32);
        fields.push(quote!(pub #m: ::core::option::Option<#fn_ty>));
        stored.push(quote!(#m: #fn_ty));
        checked.push(quote! {
            #m: match vtable.#m {
                Some(f) => f,
                None => return Err(#rt::CallError::invalid_argument(concat!("the vtable entry `", #m_str, "` is NULL"))),
            }
        });
        let sig = &f.sig;
        impls.push(quote! {
            #sig {
                #(#lowering)*
                #out_decl
                let __status = unsafe { (self.#m)(self.user.user_data() #(, #passed)* #out_arg) };
                #rt::check_callback_status(__status, #m_str);
                #result
            }
        });
    }
    let checksum = ctx.checksum_fn(&ir::ItemKey::CallbackInterface(ci));
    Ok(quote! {
        #[repr(C)]
        #[derive(Clone, Copy)]
        pub struct #vtable {
            pub user_data: *mut ::core::ffi::c_void,
            #(#fields,)*
            pub release: ::core::option::Option<#rt::abi::ReleaseFn>,
        }
        struct #foreign {
            user: #rt::ForeignCallback,
            #(#stored,)*
        }
        impl #name for #foreign {
            #(#impls)*
        }
        impl #rt::CallbackInterface for dyn #name {
            type VTable = #vtable;
            fn owner(vtable: &#vtable) -> #rt::ForeignCallback {
                #rt::ForeignCallback::new(vtable.user_data, vtable.release)
            }
            unsafe fn from_vtable(vtable: #vtable, user: #rt::ForeignCallback) -> ::core::result::Result<::std::boxed::Box<Self>, #rt::CallError> {
                Ok(::std::boxed::Box::new(#foreign { user, #(#checked,)* }))
            }
        }
        #checksum
    })
}
