//! The `extern "C"` function of an exported function or method: lift every parameter, call, lower
//! the result into the out-parameters, all inside the panic barrier.

use crate::ctx::{Ctx, rt};
use polybind_ir as ir;
use polybind_syntax::Shape;
use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};
use syn::visit_mut::VisitMut;

/// Replaces `Self` with the object's name, since the glue lives outside the `impl` block.
pub struct ReplaceSelf<'a>(pub &'a syn::Ident);

impl VisitMut for ReplaceSelf<'_> {
    fn visit_type_path_mut(&mut self, p: &mut syn::TypePath) {
        if p.qself.is_none() && p.path.is_ident("Self") {
            let obj = self.0;
            *p = syn::parse_quote!(#obj);
        } else {
            syn::visit_mut::visit_type_path_mut(self, p);
        }
    }
}

fn replace_self(ty: &syn::Type, obj: Option<&syn::Ident>) -> syn::Type {
    let mut ty = ty.clone();
    if let Some(o) = obj {
        ReplaceSelf(o).visit_type_mut(&mut ty);
    }
    ty
}

/// Where the glue comes from: a free function or a method of an object.
pub struct Target<'a> {
    pub symbol: syn::Ident,
    pub sig: &'a syn::Signature,
    /// The object of a method.
    pub object: Option<&'a syn::Ident>,
    pub receiver: Option<ir::Receiver>,
}

pub fn function(ctx: &Ctx, f: &syn::ItemFn, func: &ir::Function) -> syn::Result<TokenStream> {
    let glue = glue(&Target {
        symbol: ctx.symbol(&func.name),
        sig: &f.sig,
        object: None,
        receiver: None,
    })?;
    let checksum = ctx.checksum_fn(&ir::ItemKey::Function(func));
    Ok(quote! { #glue #checksum })
}

/// The `Result<T, E>` parts of a return type, if it is one.
fn result_parts(ty: &syn::Type) -> Option<(Option<syn::Type>, syn::Type)> {
    let syn::Type::Path(p) = ty else { return None };
    let seg = p.path.segments.last()?;
    if seg.ident != "Result" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(a) = &seg.arguments else {
        return None;
    };
    let tys: Vec<&syn::Type> = a
        .args
        .iter()
        .filter_map(|g| {
            if let syn::GenericArgument::Type(t) = g {
                Some(t)
            } else {
                None
            }
        })
        .collect();
    let [ok, err] = tys.as_slice() else {
        return None;
    };
    let ok = match ok {
        syn::Type::Tuple(t) if t.elems.is_empty() => None,
        t => Some((*t).clone()),
    };
    Some((ok, (*err).clone()))
}

pub fn glue(t: &Target<'_>) -> syn::Result<TokenStream> {
    let rt = rt();
    let self_name = t.object.map(|o| o.to_string());
    let mut abi_params = vec![];
    let mut prelude = vec![];
    // Taking ownership of foreign closures and vtables comes first, so that whatever fails later
    // (a NULL out-parameter, a bad argument, a panic) still releases each of them exactly once.
    let mut owners = vec![];
    let mut args = vec![];

    if let (Some(obj), Some(recv @ (ir::Receiver::Ref | ir::Receiver::Mut))) =
        (t.object, t.receiver)
    {
        abi_params.push(quote!(self_: #rt::ObjectHandle));
        let obj_name = obj.to_string();
        let lock = if recv == ir::Receiver::Mut {
            quote!(write)
        } else {
            quote!(read)
        };
        let r = if recv == ir::Receiver::Mut {
            quote!(&mut *__guard_self)
        } else {
            quote!(&*__guard_self)
        };
        prelude.push(quote! {
            let __obj_self = <#obj as #rt::FfiObject>::table().get(self_).map_err(|e| e.in_param("self"))?;
            let mut __guard_self = #rt::handles::#lock(&__obj_self, #obj_name).map_err(|e| e.in_param("self"))?;
        });
        args.push(r);
    }

    for input in &t.sig.inputs {
        let syn::FnArg::Typed(pt) = input else {
            continue;
        };
        let syn::Pat::Ident(pat) = &*pt.pat else {
            continue;
        };
        let name = &pat.ident;
        let name_str = name.to_string();
        let ty = replace_self(&pt.ty, t.object);
        let (_, shape) =
            polybind_syntax::classify(&ty, self_name.as_deref()).map_err(|e| e.to_syn())?;
        let hold = format_ident!("__hold_{}", name);
        match shape {
            Shape::Value => {
                abi_params.push(quote!(#name: <#ty as #rt::FfiParam>::ParamAbi));
                prelude.push(quote! {
                    let #name: #ty = unsafe { <#ty as #rt::FfiParam>::lift_param(#name) }.map_err(|e| e.in_param(#name_str))?;
                });
                args.push(quote!(#name));
            }
            Shape::RefNamed(inner) => {
                abi_params.push(quote!(#name: <#inner as #rt::FfiRef>::Abi));
                let guard = format_ident!("__guard_{}", name);
                prelude.push(quote! {
                    let #hold = unsafe { <#inner as #rt::FfiRef>::hold(#name) }.map_err(|e| e.in_param(#name_str))?;
                    let #guard = <#inner as #rt::FfiRef>::guard(&#hold).map_err(|e| e.in_param(#name_str))?;
                });
                args.push(quote!(&*#guard));
            }
            Shape::Str => {
                abi_params.push(quote!(#name: #rt::StrView));
                prelude.push(quote! {
                    let #name: &str = unsafe { #rt::str_view(#name) }.map_err(|e| e.in_param(#name_str))?;
                });
                args.push(quote!(#name));
            }
            Shape::Slice(elem) => {
                abi_params.push(quote!(#name: #rt::SliceView<<#elem as #rt::FfiType>::Abi>));
                prelude.push(quote! {
                    let #hold = unsafe { #rt::hold_slice::<#elem>(#name) }.map_err(|e| e.in_param(#name_str))?;
                });
                args.push(quote!(#hold.as_slice()));
            }
            Shape::SliceMut(elem) => {
                abi_params.push(quote!(#name: #rt::SliceMutView<<#elem as #rt::FfiType>::Abi>));
                prelude.push(quote! {
                    let #name: &mut [#elem] = unsafe { #rt::slice_mut::<#elem>(#name) }.map_err(|e| e.in_param(#name_str))?;
                });
                args.push(quote!(#name));
            }
            Shape::Callback {
                args: cb_args,
                ret,
                boxed,
            } => {
                let (fn_ty, closure) = callback(&name_str, &cb_args, ret.as_ref(), &hold);
                abi_params.push(quote!(#name: #rt::CallbackAbi<#fn_ty>));
                let call = format_ident!("__call_{}", name);
                owners.push(quote! {
                    let #hold = #rt::ForeignCallback::new(#name.user_data, #name.release);
                });
                prelude.push(quote! {
                    let #call = match #name.call {
                        Some(f) => f,
                        None => return Err(#rt::CallError::invalid_argument("the callback's `call` pointer is NULL").in_param(#name_str)),
                    };
                    let #name = #closure;
                });
                args.push(if boxed {
                    quote!(::std::boxed::Box::new(#name))
                } else {
                    quote!(#name)
                });
            }
            Shape::DynRef(ref path) | Shape::DynBox(ref path) => {
                let boxed = matches!(shape, Shape::DynBox(_));
                abi_params.push(quote!(#name: <dyn #path as #rt::CallbackInterface>::VTable));
                let own = format_ident!("__own_{}", name);
                owners.push(quote! {
                    let #own = <dyn #path as #rt::CallbackInterface>::owner(&#name);
                });
                prelude.push(quote! {
                    let #hold = unsafe { <dyn #path as #rt::CallbackInterface>::from_vtable(#name, #own) }.map_err(|e| e.in_param(#name_str))?;
                });
                args.push(if boxed {
                    quote!(#hold)
                } else {
                    quote!(&*#hold)
                });
            }
        }
    }

    // The callee and what it returns.
    let fn_name = &t.sig.ident;
    let callee = match t.object {
        Some(obj) => quote!(#obj::#fn_name),
        None => quote!(#fn_name),
    };
    let ret_ty = match &t.sig.output {
        syn::ReturnType::Default => None,
        syn::ReturnType::Type(_, ty) => match &**ty {
            syn::Type::Tuple(tt) if tt.elems.is_empty() => None,
            ty => Some(replace_self(ty, t.object)),
        },
    };
    let (ok_ty, err_ty) = match ret_ty.as_ref().and_then(result_parts) {
        Some((ok, err)) => (ok, Some(err)),
        None => (ret_ty, None),
    };
    let mut checks = vec![];
    if let Some(ok) = &ok_ty {
        abi_params.push(quote!(out: *mut <#ok as #rt::FfiType>::Abi));
        checks.push(quote! {
            if out.is_null() { return Err(#rt::CallError::invalid_argument("the out-parameter `out` is NULL")); }
        });
    }
    if let Some(err) = &err_ty {
        abi_params.push(quote!(out_err: *mut <#err as #rt::FfiError>::ErrAbi));
        checks.push(quote! {
            if out_err.is_null() { return Err(#rt::CallError::invalid_argument("the out-parameter `out_err` is NULL")); }
        });
    }
    let write_ok = |v: TokenStream| match &ok_ty {
        Some(ok) => quote! { unsafe { out.write(<#ok as #rt::FfiType>::lower(#v)) }; },
        None => quote! { let () = #v; },
    };
    let finish = match &err_ty {
        None => {
            let w = write_ok(quote!(__result));
            quote! { #w Ok(#rt::status::OK) }
        }
        Some(err) => {
            let w = write_ok(quote!(__value));
            quote! {
                match __result {
                    Ok(__value) => { #w Ok(#rt::status::OK) }
                    Err(__error) => {
                        unsafe { out_err.write(<#err as #rt::FfiError>::lower_error(__error)) };
                        Ok(#rt::status::ERROR)
                    }
                }
            }
        }
    };
    let symbol = &t.symbol;
    let doc = format!(
        "C ABI glue for `{}` (generated by polybind).",
        callee.to_token_stream()
    );
    Ok(quote! {
        #[doc = #doc]
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn #symbol(#(#abi_params),*) -> #rt::Status {
            #rt::call(move || {
                #(#owners)*
                #(#checks)*
                #(#prelude)*
                let __result = #callee(#(#args),*);
                #finish
            })
        }
    })
}

/// The `call` pointer type of a closure parameter and the Rust closure that calls it.
fn callback(
    name: &str,
    args: &[syn::Type],
    ret: Option<&syn::Type>,
    hold: &syn::Ident,
) -> (TokenStream, TokenStream) {
    let rt = rt();
    let call = format_ident!("__call_{}", name);
    let mut abi_args = vec![];
    let mut closure_params = vec![];
    let mut lowering = vec![];
    let mut passed = vec![];
    for (i, a) in args.iter().enumerate() {
        let v = format_ident!("a{}", i);
        let keep = format_ident!("__keep{}", i);
        let is_str = matches!(a, syn::Type::Reference(r) if matches!(&*r.elem, syn::Type::Path(p) if p.path.is_ident("str")));
        abi_args.push(if is_str {
            quote!(#rt::StrView)
        } else {
            quote!(<#a as #rt::CallbackArg>::Abi)
        });
        closure_params.push(quote!(#v: #a));
        lowering.push(quote! { let (#v, #keep) = #rt::CallbackArg::to_callback(#v); });
        passed.push(quote!(#v));
    }
    let (out_abi, out_decl, out_arg, result) = match ret {
        Some(r) => (
            quote!(, *mut <#r as #rt::FfiType>::Abi),
            quote! { let mut __out = #rt::callback_out_slot::<#r>(); },
            quote!(, __out.as_mut_ptr()),
            quote!(#rt::callback_return::<#r>(__out, #name)),
        ),
        None => (quote!(), quote!(), quote!(), quote!(())),
    };
    let ret_ty = match ret {
        Some(r) => quote!(#r),
        None => quote!(()),
    };
    let fn_ty =
        quote!(unsafe extern "C" fn(*mut ::core::ffi::c_void #(, #abi_args)* #out_abi) -> i32);
    let closure = quote! {
        move |#(#closure_params),*| -> #ret_ty {
            #(#lowering)*
            #out_decl
            let __status = unsafe { #call(#hold.user_data() #(, #passed)* #out_arg) };
            #rt::check_callback_status(__status, #name);
            #result
        }
    };
    (fn_ty, closure)
}
