//! The breadth path: libffi's `ffi_call` with a `ffi_cif` prepared once per plan.

use crate::error::{Error, ErrorKind};
use crate::types::CType;
use libffi::middle::{Cif, Type};
use std::ffi::c_void;

/// A prepared libffi call interface. Owns the `ffi_type`s it points to (`middle::Cif` does).
#[derive(Debug)]
pub(crate) struct FfiCif {
    cif: Cif,
}

fn ffi_type(t: &CType) -> Type {
    match t {
        CType::Void => Type::void(),
        CType::Bool | CType::U8 => Type::u8(),
        CType::I8 => Type::i8(),
        CType::I16 => Type::i16(),
        CType::U16 => Type::u16(),
        CType::I32 => Type::i32(),
        CType::U32 => Type::u32(),
        CType::I64 => Type::i64(),
        CType::U64 => Type::u64(),
        CType::F32 => Type::f32(),
        CType::F64 => Type::f64(),
        CType::Ptr => Type::pointer(),
        CType::Struct(s) => Type::structure(s.fields().iter().map(ffi_type).collect::<Vec<_>>()),
    }
}

fn ffi_error(e: libffi::low::Error, what: &str) -> Error {
    ErrorKind::UnsupportedPlatform {
        what: format!("libffi cannot prepare {what}: {e:?}"),
    }
    .into()
}

impl FfiCif {
    /// `fixed` is the number of fixed parameters of a variadic call (`prep_cif_var`, which also
    /// applies the platform's variadic rules, such as System V's `AL` = vector registers used).
    pub(crate) fn new(params: &[CType], ret: &CType, fixed: Option<usize>) -> Result<Self, Error> {
        let args: Vec<Type> = params.iter().map(ffi_type).collect();
        let cif = match fixed {
            None => Cif::try_new(args, ffi_type(ret)).map_err(|e| ffi_error(e, "this call"))?,
            Some(n) => Cif::try_new_variadic(args, n, ffi_type(ret))
                .map_err(|e| ffi_error(e, "this variadic call"))?,
        };
        Ok(FfiCif { cif })
    }

    pub(crate) fn raw(&self) -> *mut libffi::low::ffi_cif {
        self.cif.as_raw_ptr()
    }

    /// `ffi_call(cif, code, ret, args)`; see the module invariants 1–3, which `Plan` upholds:
    /// `args` holds one valid, aligned pointer per parameter, `ret` is large enough and aligned.
    pub(crate) fn call(&self, code: *const c_void, args: &mut [*mut c_void], ret: *mut c_void) {
        // SAFETY: invariants 1–3 of the module documentation.
        unsafe {
            let f = std::mem::transmute::<*const c_void, unsafe extern "C" fn()>(code);
            libffi::raw::ffi_call(self.cif.as_raw_ptr(), Some(f), ret, args.as_mut_ptr());
        }
    }
}
