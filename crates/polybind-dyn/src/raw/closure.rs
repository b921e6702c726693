//! Rust closures as C function pointers (libffi closures).

use super::ffi::FfiCif;
use super::pool::{self, PoolData};
use super::thunks;
use super::typed::{self, CArgs, CRet};
use crate::error::{Error, ErrorKind, fail};
use crate::signature::Signature;
use crate::types::CType;
use crate::value::{Ret, Value};
use crate::value::{Scalar, StructBuf};
use libffi::low::{self, ffi_cif, ffi_closure};
use std::ffi::c_void;
use std::ptr::NonNull;

/// Callbacks take at most this many arguments (their values are decoded on the stack).
pub const MAX_CALLBACK_ARGS: usize = 16;

pub(crate) type Handler = dyn Fn(&[Value<'_>]) -> Reply;
/// A closure returning a scalar or nothing: what pooled trampolines call (a `Ret` comes back in
/// registers, where a `Reply` would go through memory).
pub(crate) type RetHandler = dyn Fn(&[Value<'_>]) -> Ret;

enum Body {
    Ret(Box<RetHandler>),
    Struct(Box<Handler>),
}

/// What a callback's closure gives back (`repr(C, u64)`: every payload at offset 8, see `Ret`).
#[derive(Debug)]
#[repr(C, u64)]
pub(crate) enum Reply {
    Ret(Ret),
    Struct(StructBuf),
}

struct Data {
    params: Vec<CType>,
    ret: CType,
    f: Box<Handler>,
}

/// A Rust closure callable from C through [`Callback::code_ptr`], for as long as the `Callback`
/// lives. Create any number; each is released when dropped.
pub struct Callback {
    code: *const c_void,
    kind: Kind,
}

enum Kind {
    /// A libffi closure. The closure memory is freed in `Drop::drop`, before the fields drop.
    Ffi {
        closure: NonNull<ffi_closure>,
        _cif: Box<FfiCif>,
        _data: Box<Data>,
    },
    /// A pooled trampoline (register-only shapes): slot `index` is released in `Drop::drop`,
    /// before the data drops.
    Pool { index: usize, _data: Box<PoolData> },
    /// A typed trampoline: its slot is released when `Claimed` drops.
    Typed { _slot: super::typed::Claimed },
}

impl std::fmt::Debug for Callback {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Callback({:?})", self.code)
    }
}

impl Callback {
    /// A C function pointer of signature `sig` that calls `f` with the decoded arguments. `f` must
    /// return a value of `sig`'s return type ([`Ret::Void`] for none): anything else aborts the
    /// process (C cannot be told), as does a panic in `f`. For a struct return type, use
    /// [`Callback::new_struct`].
    pub fn new(
        sig: &Signature,
        f: impl Fn(&[Value<'_>]) -> Ret + 'static,
    ) -> Result<Callback, Error> {
        if let CType::Struct(_) = sig.ret() {
            return fail(ErrorKind::Unsupported {
                what: format!(
                    "a callback of signature `{sig}` returns a struct: use `Callback::new_struct`"
                ),
            });
        }
        Self::build(sig, Body::Ret(Box::new(f)))
    }

    /// A callback returning a struct of at most [`crate::INLINE_STRUCT_RET`] bytes, given as its
    /// bytes in C layout (a wrong size aborts, as in [`Callback::new`]).
    pub fn new_struct(
        sig: &Signature,
        f: impl Fn(&[Value<'_>]) -> StructBuf + 'static,
    ) -> Result<Callback, Error> {
        if !matches!(sig.ret(), CType::Struct(_)) {
            return fail(ErrorKind::Unsupported {
                what: format!(
                    "a callback of signature `{sig}` does not return a struct: use `Callback::new`"
                ),
            });
        }
        Self::build(sig, Body::Struct(Box::new(move |a| Reply::Struct(f(a)))))
    }

    fn build(sig: &Signature, body: Body) -> Result<Callback, Error> {
        if sig.is_variadic() {
            return fail(ErrorKind::Unsupported {
                what: "a callback cannot be variadic".into(),
            });
        }
        if let CType::Struct(st) = sig.ret()
            && st.size() > crate::value::INLINE_STRUCT_RET
        {
            return fail(ErrorKind::Unsupported {
                what: format!(
                    "a callback returns structs of at most {} bytes, this one {}",
                    crate::value::INLINE_STRUCT_RET,
                    st.size()
                ),
            });
        }
        if sig.params().len() > MAX_CALLBACK_ARGS {
            return fail(ErrorKind::Unsupported {
                what: format!(
                    "a callback takes at most {MAX_CALLBACK_ARGS} arguments, this one {}",
                    sig.params().len()
                ),
            });
        }
        let f: Box<Handler> = match body {
            Body::Ret(g) => {
                let g = match pool_data(sig, g) {
                    Ok(data) => {
                        let float_ret = sig.ret().is_float();
                        if let Some((index, code)) = pool::claim(&data, float_ret) {
                            return Ok(Callback {
                                code,
                                kind: Kind::Pool { index, _data: data },
                            });
                        }
                        data.f
                    }
                    Err(g) => g,
                };
                Box::new(move |a| Reply::Ret(g(a)))
            }
            Body::Struct(h) => h,
        };
        let cif = Box::new(FfiCif::new(sig.params(), sig.ret(), None)?);
        let data = Box::new(Data {
            params: sig.params().to_vec(),
            ret: sig.ret().clone(),
            f,
        });
        let (closure, code) =
            low::try_closure_alloc().ok_or_else(|| ErrorKind::UnsupportedPlatform {
                what: "libffi could not allocate executable memory for a closure".into(),
            })?;
        let closure = NonNull::new(closure).ok_or_else(|| ErrorKind::UnsupportedPlatform {
            what: "libffi returned no closure".into(),
        })?;
        // SAFETY: `closure` and `code` come from `ffi_closure_alloc`; the cif and the data are
        // boxed (stable addresses) and owned by the returned `Callback`, which frees the closure
        // before dropping them (invariant 4).
        let prepared = unsafe {
            low::prep_closure::<Data, u8>(
                closure.as_ptr(),
                cif.raw(),
                trampoline,
                &*data as *const Data,
                code,
            )
        };
        if let Err(e) = prepared {
            // SAFETY: allocated above, never handed out.
            unsafe { low::closure_free(closure.as_ptr()) };
            return fail(ErrorKind::UnsupportedPlatform {
                what: format!("libffi cannot prepare this closure: {e:?}"),
            });
        }
        Ok(Callback {
            code: code.0,
            kind: Kind::Ffi {
                closure,
                _cif: cif,
                _data: data,
            },
        })
    }

    /// A C function pointer of the C types of `A` and `R` calling `f` directly: no decoding into
    /// [`Value`]s, no check per call (the types are the closure's own). A trampoline compiled
    /// for the closure's type reads its slot in a static table of
    /// [`TYPED_CALLBACKS`](crate::TYPED_CALLBACKS): at most that many typed callbacks live at once
    /// (more: [`Callback::new`], which has no limit). A panic in `f` aborts the process.
    ///
    /// ```
    /// use polybind_dyn::Callback;
    /// let offset = 10;
    /// let cb = Callback::typed(move |(x,): (i64,)| x + offset)?;
    /// # Ok::<(), polybind_dyn::Error>(())
    /// ```
    pub fn typed<A: CArgs, R: CRet>(f: impl Fn(A) -> R + 'static) -> Result<Callback, Error> {
        // The types are checked as for a typed call: a wrong `unsafe impl CArg` is refused here.
        let what = |w: String| ErrorKind::Unsupported { what: w };
        A::ctypes().map_err(what)?;
        typed::checked::<R>(R::ctype()).map_err(what)?;
        let (claimed, code) = typed::claim(f).ok_or_else(|| ErrorKind::Unsupported {
            what: format!(
                "all {} typed callback slots are in use: drop one, or use `Callback::new` (any number)",
                typed::TYPED_POOL
            ),
        })?;
        Ok(Callback {
            code,
            kind: Kind::Typed { _slot: claimed },
        })
    }

    /// The C function pointer; valid until `self` drops.
    pub fn code_ptr(&self) -> *mut c_void {
        self.code as *mut c_void
    }

    /// The function pointer as an argument value.
    pub fn as_value(&self) -> Value<'static> {
        Value::Ptr(self.code_ptr())
    }
}

impl Callback {
    /// Whether this callback is a pooled trampoline rather than a libffi closure.
    pub fn is_fast(&self) -> bool {
        matches!(self.kind, Kind::Pool { .. } | Kind::Typed { .. })
    }
}

impl Drop for Callback {
    fn drop(&mut self) {
        match &self.kind {
            // SAFETY: allocated by `ffi_closure_alloc` in `new`, freed once, here.
            Kind::Ffi { closure, .. } => unsafe { low::closure_free(closure.as_ptr()) },
            Kind::Pool { index, .. } => pool::release(*index),
            // Released by `Claimed`'s own `Drop`.
            Kind::Typed { .. } => {}
        }
    }
}

/// The pooled form of a callback when its shape allows (scalars in registers, scalar or no
/// return, on a platform with the register fast path); else the closure back.
fn pool_data(sig: &Signature, f: Box<RetHandler>) -> Result<Box<PoolData>, Box<RetHandler>> {
    if !crate::plan::HAS_FAST_PATH {
        return Err(f);
    }
    let ret_ok = sig.ret().is_integer_class() || sig.ret().is_float() || *sig.ret() == CType::Void;
    let (mut ni, mut nf) = (0usize, 0usize);
    let mut slots = Vec::with_capacity(sig.params().len());
    for p in sig.params() {
        let Some(kind) = Scalar::of(p) else {
            return Err(f);
        };
        if p.is_float() {
            slots.push((super::ScalarKey::of(kind), thunks::MAX_INTS + nf));
            nf += 1;
        } else {
            slots.push((super::ScalarKey::of(kind), ni));
            ni += 1;
        }
    }
    if !ret_ok || ni > thunks::MAX_INTS || nf > thunks::MAX_FLOATS {
        return Err(f);
    }
    Ok(Box::new(PoolData {
        slots,
        ret: sig.ret().clone(),
        ret_key: super::RetKey::of(Scalar::of(sig.ret())),
        f,
    }))
}

/// Read one argument of type `ty` from where libffi stored it.
///
/// # Safety
/// `p` points to a live value of type `ty`.
unsafe fn read<'a>(ty: &CType, p: *const c_void) -> Value<'a> {
    // SAFETY: by the function's contract; libffi stores each argument aligned for its type.
    unsafe {
        match ty {
            CType::Bool => Value::Bool(*(p as *const u8) != 0),
            CType::I8 => Value::I8(*(p as *const i8)),
            CType::I16 => Value::I16(*(p as *const i16)),
            CType::I32 => Value::I32(*(p as *const i32)),
            CType::I64 => Value::I64(*(p as *const i64)),
            CType::U8 => Value::U8(*(p as *const u8)),
            CType::U16 => Value::U16(*(p as *const u16)),
            CType::U32 => Value::U32(*(p as *const u32)),
            CType::U64 => Value::U64(*(p as *const u64)),
            CType::F32 => Value::F32(*(p as *const f32)),
            CType::F64 => Value::F64(*(p as *const f64)),
            CType::Ptr => Value::Ptr(*(p as *const *mut c_void)),
            CType::Struct(s) => Value::Struct(std::slice::from_raw_parts(p as *const u8, s.size())),
            // Not a parameter type: `Signature` refuses `void` parameters.
            CType::Void => Value::I32(0),
        }
    }
}

pub(crate) fn abort_with(message: &str) -> ! {
    eprintln!("polybind-dyn: {message}; aborting (a C caller cannot be given an error)");
    std::process::abort()
}

/// # Safety
/// `args` holds one valid pointer per parameter of `data`, and there are at most `N`.
unsafe fn decode_and_call<const N: usize>(data: &Data, args: *const *const c_void) -> Reply {
    let mut values = [Value::I32(0); N];
    let n = data.params.len();
    for (i, ty) in data.params.iter().enumerate() {
        // SAFETY: by the function's contract.
        values[i] = unsafe { read(ty, *args.add(i)) };
    }
    (data.f)(&values[..n])
}

unsafe extern "C" fn trampoline(
    _cif: &ffi_cif,
    result: &mut u8,
    args: *const *const c_void,
    data: &Data,
) {
    // Decode into a stack array no larger than needed (most callbacks take few arguments).
    // SAFETY (both arms): libffi passes one pointer per parameter of the cif built from
    // `data.params`.
    let r = if data.params.len() <= 4 {
        unsafe { decode_and_call::<4>(data, args) }
    } else {
        unsafe { decode_and_call::<MAX_CALLBACK_ARGS>(data, args) }
    };
    let fits = match (&r, &data.ret) {
        (Reply::Ret(r), t) => r.fits(t),
        (Reply::Struct(b), CType::Struct(s)) => b.as_bytes().len() == s.size(),
        (Reply::Struct(_), _) => false,
    };
    if !fits {
        abort_with(&format!(
            "a callback declared to return {} returned {r:?}",
            data.ret
        ));
    }
    let out = result as *mut u8;
    // SAFETY: libffi's result buffer holds at least a full register (`ffi_arg`) and at least the
    // return type, aligned for it; small integers must be widened to a full `ffi_arg`.
    unsafe {
        match r {
            Reply::Struct(b) => {
                std::ptr::copy_nonoverlapping(b.as_bytes().as_ptr(), out, b.as_bytes().len())
            }
            Reply::Ret(Ret::Void) => {}
            Reply::Ret(Ret::F32(v)) => *(out as *mut f32) = v,
            Reply::Ret(Ret::F64(v)) => *(out as *mut f64) = v,
            Reply::Ret(other) => {
                let bits = other.as_value().and_then(|v| v.int_bits()).unwrap_or(0);
                *(out as *mut u64) = bits;
            }
        }
    }
}
