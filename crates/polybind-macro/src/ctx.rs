//! What every expansion needs: the symbol prefix and the runtime's path.

use heck::ToSnakeCase;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

pub struct Ctx {
    /// The crate name as Rust sees it: every exported symbol starts with `<prefix>_`.
    pub prefix: String,
}

impl Ctx {
    pub fn from_env() -> Result<Ctx, TokenStream> {
        match std::env::var("CARGO_CRATE_NAME") {
            Ok(prefix) if !prefix.is_empty() => Ok(Ctx { prefix }),
            _ => Err(syn::Error::new(
                Span::call_site(),
                "polybind: CARGO_CRATE_NAME is not set; build the crate with cargo",
            )
            .to_compile_error()),
        }
    }

    pub fn symbol(&self, suffix: &str) -> Ident {
        format_ident!("{}_{}", self.prefix, suffix)
    }

    pub fn checksum_fn(&self, key: &polybind_ir::ItemKey<'_>) -> TokenStream {
        let name = self.symbol(&format!("checksum_{}", key.symbol_suffix()));
        let value = polybind_ir::item_checksum(key);
        quote! {
            #[unsafe(no_mangle)]
            pub extern "C" fn #name() -> u64 { #value }
        }
    }

    pub fn layout_fn(&self, type_name: &str, abi: &TokenStream) -> TokenStream {
        let name = self.symbol(&format!("layout_{}", type_name.to_snake_case()));
        quote! {
            #[unsafe(no_mangle)]
            pub extern "C" fn #name() -> u64 {
                ((::core::mem::size_of::<#abi>() as u64) << 16) | ::core::mem::align_of::<#abi>() as u64
            }
        }
    }
}

/// The runtime, as seen from the user's crate (through the `polybind` facade).
pub fn rt() -> TokenStream {
    quote!(::polybind::rt)
}
