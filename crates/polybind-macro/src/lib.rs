//! `#[polybind]` and `polybind::setup!()`.
//!
//! The attribute lowers its item through `polybind-syntax` (the same code the CLI runs), reports
//! every error with its span, and emits the `extern "C"` glue of the canonical ABI next to the
//! unchanged item. Glue lives in an anonymous `const _: () = { .. };` block so it adds no names to
//! the user's module.

mod ctx;
mod glue;
mod interface;
mod object;
mod types;

use ctx::Ctx;
use polybind_ir as ir;
use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use quote::quote;

#[proc_macro_attribute]
pub fn polybind(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand(attr.into(), item.into()).into()
}

fn expand(attr: TokenStream2, item: TokenStream2) -> TokenStream2 {
    let parsed: syn::Item = match syn::parse2(item.clone()) {
        Ok(i) => i,
        Err(e) => return e.to_compile_error(),
    };
    let item = without_method_attrs(&parsed).unwrap_or(item);
    let attr = match polybind_syntax::ItemAttr::parse(attr) {
        Ok(a) => a,
        Err(e) => {
            return with_item(
                e.item(polybind_syntax::item_name(&parsed))
                    .to_syn()
                    .to_compile_error(),
                item,
            );
        }
    };
    let lowered = match polybind_syntax::lower_item(&parsed, attr, None) {
        Ok(l) => l,
        Err(errors) => {
            let errs: TokenStream2 = errors
                .iter()
                .map(|e| e.to_syn().to_compile_error())
                .collect();
            return with_item(errs, item);
        }
    };
    let ctx = match Ctx::from_env() {
        Ok(c) => c,
        Err(e) => return with_item(e, item),
    };
    let (item_out, glue) = match (&parsed, lowered.first()) {
        (syn::Item::Fn(f), Some(ir::Item::Function(func))) => (item, glue::function(&ctx, f, func)),
        (syn::Item::Struct(s), Some(ir::Item::Record(r))) => types::record(&ctx, s, r),
        (syn::Item::Struct(s), Some(ir::Item::Object(o))) => (item, object::object(&ctx, s, o)),
        (syn::Item::Enum(e), Some(ir::Item::Enum(en))) => (item, types::enumeration(&ctx, e, en)),
        (syn::Item::Impl(i), Some(ir::Item::ObjectImpl(oi))) => {
            (item, object::methods(&ctx, i, oi))
        }
        (syn::Item::Trait(t), Some(ir::Item::CallbackInterface(ci))) => {
            (item, interface::interface(&ctx, t, ci))
        }
        // Constants only reach the generated bindings; nothing to export.
        (syn::Item::Const(_), _) => (item, Ok(TokenStream2::new())),
        _ => (item, Ok(TokenStream2::new())),
    };
    match glue {
        Ok(g) => quote! {
            #item_out
            #[doc(hidden)]
            #[allow(non_snake_case, non_camel_case_types, non_upper_case_globals, unused_unsafe, clippy::all, clippy::pedantic)]
            const _: () = { #g };
        },
        Err(e) => with_item(e.to_compile_error(), item_out),
    }
}

/// An `impl` block re-emitted without the `#[polybind(..)]` attributes of its methods (read by
/// the lowering; left in place, each would expand as a macro of its own).
fn without_method_attrs(parsed: &syn::Item) -> Option<TokenStream2> {
    let syn::Item::Impl(i) = parsed else {
        return None;
    };
    let mut i = i.clone();
    for item in &mut i.items {
        if let syn::ImplItem::Fn(f) = item {
            f.attrs.retain(|a| {
                a.path()
                    .segments
                    .last()
                    .is_none_or(|s| s.ident != "polybind")
            });
        }
    }
    Some(quote! { #i })
}

fn with_item(errors: TokenStream2, item: TokenStream2) -> TokenStream2 {
    quote! { #item #errors }
}

/// `polybind::setup!();` — once at the crate root: exports the runtime functions every binding
/// uses (`<lib>_rt_dealloc`, `<lib>_last_error_message`) and the allocation tracking queries
/// (`<lib>_rt_tracking`, `<lib>_rt_live_allocations`, `<lib>_rt_live_bytes`).
#[proc_macro]
pub fn setup(input: TokenStream) -> TokenStream {
    let input: TokenStream2 = input.into();
    if !input.is_empty() {
        return syn::Error::new_spanned(input, "`polybind::setup!()` takes no arguments")
            .to_compile_error()
            .into();
    }
    let ctx = match Ctx::from_env() {
        Ok(c) => c,
        Err(e) => return e.into(),
    };
    let dealloc = ctx.symbol("rt_dealloc");
    let last_error = ctx.symbol("last_error_message");
    let tracking = ctx.symbol("rt_tracking");
    let live_allocations = ctx.symbol("rt_live_allocations");
    let live_bytes = ctx.symbol("rt_live_bytes");
    let rt = ctx::rt();
    quote! {
        #[doc(hidden)]
        #[allow(clippy::all)]
        const _: () = {
            /// Releases memory handed out by this library (`lib_rt_dealloc` in the C ABI).
            ///
            /// # Safety
            /// `ptr` must come from this library with exactly this size and alignment.
            #[unsafe(no_mangle)]
            pub unsafe extern "C" fn #dealloc(ptr: *mut u8, size: usize, align: usize) {
                unsafe { #rt::dealloc(ptr, size, align) }
            }

            /// The calling thread's last error message, owned by the caller.
            #[unsafe(no_mangle)]
            pub extern "C" fn #last_error() -> #rt::StringAbi {
                <::std::string::String as #rt::FfiType>::lower(#rt::take_last_error())
            }

            /// Whether this build counts the allocations crossing the boundary (debug builds).
            #[unsafe(no_mangle)]
            pub extern "C" fn #tracking() -> bool {
                #rt::track::stats().tracking
            }

            /// Buffers this library handed out and that were not released yet (debug builds).
            #[unsafe(no_mangle)]
            pub extern "C" fn #live_allocations() -> u64 {
                #rt::track::stats().live_allocations
            }

            /// The total size in bytes of those buffers (debug builds).
            #[unsafe(no_mangle)]
            pub extern "C" fn #live_bytes() -> u64 {
                #rt::track::stats().live_bytes
            }
        };
    }
    .into()
}
