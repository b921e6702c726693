//! Signatures of a polybind library's exported functions, from its IR: the canonical C ABI
//! (docs/src/abi.md) mapped onto [`Signature`]s. Each function is
//! `int32_t lib_f(params.., T *out, E *out_err)` with `out` absent for `()` and `out_err` absent
//! without `Result`; `&str`/`String` parameters are `{ptr, len}`, slices `{ptr, len}`, returned
//! strings and vectors `{ptr, len, cap}`, options `{bool, T}`, objects `{u64}`, records their
//! fields in order, C-like enums `int32_t`.

use crate::error::{Error, ErrorKind};
use crate::signature::Signature;
use crate::types::CType;
use polybind_ir::{Function, Type, ValidLibrary};

/// An exported function of a polybind library, as a C call.
#[derive(Debug, Clone)]
pub struct IrFunction {
    /// The C symbol, `<lib>_<function>`.
    pub symbol: String,
    /// The full C signature: parameters, then the out-parameter pointers; returns the status.
    pub signature: Signature,
    /// The C type of each IR parameter (the first `params.len()` of the signature).
    pub params: Vec<CType>,
    /// What `*out` holds, when the function returns a value.
    pub out: Option<CType>,
    /// Layout of `*out_err`, when the function returns a `Result`.
    pub error: Option<ErrorLayout>,
}

/// Where an error enum keeps its `Display` text (`LibString message`, after the tag and payload).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorLayout {
    pub size: usize,
    pub align: usize,
    /// Offset of the `{ptr, len, cap}` message.
    pub message_offset: usize,
}

/// The canonical status codes (`LIB_OK`, ...), by value.
pub const STATUS_NAMES: [&str; 6] = [
    "OK",
    "ERROR",
    "PANIC",
    "INVALID_HANDLE",
    "INVALID_ARGUMENT",
    "CALLBACK_FAILED",
];

fn word() -> CType {
    if size_of::<usize>() == 8 {
        CType::U64
    } else {
        CType::U32
    }
}

fn view() -> CType {
    // `{ptr, len}`: never `None`, the fields are not empty.
    CType::structure(vec![CType::Ptr, word()]).unwrap_or(CType::Ptr)
}

fn owned() -> CType {
    CType::structure(vec![CType::Ptr, word(), word()]).unwrap_or(CType::Ptr)
}

/// The C type of an IR function.
pub fn function(lib: &ValidLibrary, f: &Function) -> Result<IrFunction, Error> {
    let item = f.name.clone();
    let unsupported = |what: String| ErrorKind::Interface {
        item: item.clone(),
        what,
    };
    let mut params = Vec::with_capacity(f.params.len());
    for p in &f.params {
        params.push(
            param(lib, &p.ty).map_err(|w| unsupported(format!("parameter `{}`: {w}", p.name)))?,
        );
    }
    let out = match &f.ret {
        None => None,
        Some(t) => Some(field(lib, t).map_err(|w| unsupported(format!("return type: {w}")))?),
    };
    let error = match &f.error {
        None => None,
        Some(e) => {
            Some(error_layout(lib, e).map_err(|w| unsupported(format!("error `{e}`: {w}")))?)
        }
    };
    let mut all = params.clone();
    if out.is_some() {
        all.push(CType::Ptr);
    }
    if error.is_some() {
        all.push(CType::Ptr);
    }
    let signature = Signature::new(all, CType::I32)?;
    Ok(IrFunction {
        symbol: format!("{}_{}", lib.name(), f.name),
        signature,
        params,
        out,
        error,
    })
}

/// A parameter's C type: borrowed views for strings and sequences, else as a field.
pub fn param(lib: &ValidLibrary, ty: &Type) -> Result<CType, String> {
    match ty {
        Type::Str | Type::String | Type::Slice(_) | Type::SliceMut(_) | Type::Vec(_) => Ok(view()),
        Type::Callback(_) | Type::CallbackInterface(_) => Err(format!(
            "`{ty}` is passed as a struct of function pointers, which polybind-dyn does not build yet"
        )),
        other => field(lib, other),
    }
}

/// A field's, return value's or out-parameter's C type.
pub fn field(lib: &ValidLibrary, ty: &Type) -> Result<CType, String> {
    Ok(match ty {
        Type::Bool => CType::Bool,
        Type::U8 => CType::U8,
        Type::U16 => CType::U16,
        Type::U32 => CType::U32,
        Type::U64 => CType::U64,
        Type::I8 => CType::I8,
        Type::I16 => CType::I16,
        Type::I32 => CType::I32,
        Type::I64 => CType::I64,
        Type::Usize => word(),
        Type::Isize => {
            if size_of::<usize>() == 8 {
                CType::I64
            } else {
                CType::I32
            }
        }
        Type::F32 => CType::F32,
        Type::F64 => CType::F64,
        Type::String | Type::Vec(_) => owned(),
        Type::Option(inner) => CType::structure(vec![CType::Bool, field(lib, inner)?])
            .ok_or_else(|| format!("`{ty}` has no C layout"))?,
        Type::Object(_) => CType::structure(vec![CType::U64]).unwrap_or(CType::U64),
        Type::Record(name) => {
            let r = lib
                .record(name)
                .ok_or_else(|| format!("record `{name}` is not in the library"))?;
            let fields = r
                .fields
                .iter()
                .map(|f| field(lib, &f.ty))
                .collect::<Result<Vec<_>, _>>()?;
            CType::structure(fields).ok_or_else(|| format!("record `{name}` has no fields"))?
        }
        Type::Enum(name) => match lib.enum_(name) {
            Some(e) if e.is_c_like() => CType::I32,
            Some(_) => {
                return Err(format!(
                    "data enum `{name}` is a tagged union, which polybind-dyn does not pass by value yet"
                ));
            }
            None => return Err(format!("enum `{name}` is not in the library")),
        },
        other => return Err(format!("`{other}` cannot be a field or a return value")),
    })
}

/// `struct { int32_t tag; union { .. } payload; LibString message; }`, the union being as large
/// and as aligned as its largest and most aligned member.
fn error_layout(lib: &ValidLibrary, name: &str) -> Result<ErrorLayout, String> {
    let e = lib
        .enum_(name)
        .ok_or_else(|| format!("enum `{name}` is not in the library"))?;
    let (mut size, mut align) = (0usize, 1usize);
    for v in &e.variants {
        if v.fields.is_empty() {
            continue;
        }
        let fields = v
            .fields
            .iter()
            .map(|f| field(lib, &f.ty))
            .collect::<Result<Vec<_>, _>>()?;
        if let Some(s) = CType::structure(fields) {
            size = size.max(s.size());
            align = align.max(s.align());
        }
    }
    let payload_at = 4usize.next_multiple_of(align);
    let msg = owned();
    let message_offset = (payload_at + size).next_multiple_of(msg.align());
    let total_align = align.max(msg.align()).max(4);
    Ok(ErrorLayout {
        size: (message_offset + msg.size()).next_multiple_of(total_align),
        align: total_align,
        message_offset,
    })
}
