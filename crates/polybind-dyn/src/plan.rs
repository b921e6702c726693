//! Call plans: classify once at prepare time, then call many times with checked arguments and
//! no allocation.

use crate::error::{Error, ErrorKind, fail};
use crate::library::{Library, Symbol};
use crate::raw::{self, CArgs, CRet, FfiCif, thunks};
use crate::signature::Signature;
use crate::types::CType;
use crate::value::{Aligned, INLINE_STRUCT_RET, Ret, Scalar, StructBuf, Value};
use std::ffi::c_void;
use std::marker::PhantomData;

/// Calls through libffi take at most this many arguments (their storage is on the stack).
pub const MAX_ARGS: usize = 32;
/// Struct arguments whose bytes are not aligned for the struct are copied into a stack arena of
/// this size per call; aligned ones are passed in place.
pub const STRUCT_ARENA: usize = 512;

/// Whether this platform has the register fast path (x86-64 System V, AArch64).
pub const HAS_FAST_PATH: bool = cfg!(any(
    all(target_arch = "x86_64", unix),
    target_arch = "aarch64"
));

/// A prepared call of one function with one signature.
#[derive(Debug)]
pub struct Plan<'lib> {
    code: *const c_void,
    symbol: String,
    params: Box<[CType]>,
    ret: CType,
    fast: Option<Fast>,
    cif: FfiCif,
    /// For a variadic call, the number of fixed parameters.
    fixed: Option<usize>,
    _lib: PhantomData<&'lib Library>,
}

/// The register fast path: which register each argument goes to, and the thunk of the shape.
#[derive(Debug)]
struct Fast {
    thunk: thunks::Thunk,
    /// Per parameter: its type and where it goes in the register image (`thunks::REGS`).
    slots: Box<[Slot]>,
    /// How the return value is rebuilt (from the return type as a scalar, `None` for `void`).
    ret: raw::RetKey,
}

/// Where one argument goes on the fast path (4 bytes: the per-call loop reads few cache lines).
#[derive(Debug, Clone, Copy)]
enum Slot {
    /// A 64-bit scalar (`i64`, `u64`, `f64`, pointer), at this index of the register image.
    Wide(raw::ScalarKey, u8),
    /// A narrower scalar (how to check and widen it), at this index of the register image.
    Scalar(raw::ScalarKey, u8),
    /// A struct of `size` bytes (at most 16) passed in registers (x86-64 System V): its
    /// eightbyte `k` goes to index `at[k]`, for `k < n`.
    Struct { size: u8, n: u8, at: [u8; 2] },
}

/// Store a struct argument's eightbytes in the register image; `false` when `arg` is not a
/// struct of `size` bytes. Whole eightbytes are read as words (no copy loop); a short last
/// one is zero-padded.
#[inline]
fn struct_words(
    arg: &Value<'_>,
    size: u8,
    n: u8,
    at: [u8; 2],
    regs: &mut [u64; thunks::REGS],
) -> bool {
    let Value::Struct(b) = *arg else {
        return false;
    };
    if b.len() != size as usize {
        return false;
    }
    for (k, &i) in at.iter().enumerate().take(n as usize) {
        let rest = b.get(8 * k..).unwrap_or_default();
        let word = match rest.first_chunk::<8>() {
            Some(w) => u64::from_ne_bytes(*w),
            None => {
                let mut w = [0u8; 8];
                w[..rest.len()].copy_from_slice(rest);
                u64::from_ne_bytes(w)
            }
        };
        match regs.get_mut(i as usize) {
            Some(r) => *r = word,
            None => return false,
        }
    }
    true
}

impl<'lib> Plan<'lib> {
    pub(crate) fn prepare_fixed(
        symbol: &Symbol<'lib>,
        sig: &Signature,
    ) -> Result<Plan<'lib>, Error> {
        if sig.is_variadic() {
            return fail(ErrorKind::Unsupported {
                what: format!(
                    "`{}` is variadic: prepare it with `Plan::prepare_variadic`, giving the types of the variable arguments",
                    symbol.name()
                ),
            });
        }
        Self::build(symbol, sig.params().to_vec(), sig.ret().clone(), None)
    }

    pub(crate) fn prepare_var(
        symbol: &Symbol<'lib>,
        sig: &Signature,
        varargs: &[CType],
    ) -> Result<Plan<'lib>, Error> {
        if !sig.is_variadic() {
            return fail(ErrorKind::Unsupported {
                what: format!(
                    "`{}` is not variadic (its signature has no `...`): use `Plan::prepare`",
                    symbol.name()
                ),
            });
        }
        if let Some((i, t)) = varargs
            .iter()
            .enumerate()
            .find(|(_, t)| !t.survives_promotion() || **t == CType::Void)
        {
            return fail(ErrorKind::ArgType {
                symbol: symbol.name().to_string(),
                index: sig.params().len() + i + 1,
                expected: "a promoted type in the variable part (`i32`/`c_int` or wider, `f64`, a pointer)".into(),
                found: t.to_string(),
            });
        }
        let mut params = sig.params().to_vec();
        params.extend_from_slice(varargs);
        Self::build(symbol, params, sig.ret().clone(), Some(sig.params().len()))
    }

    fn build(
        symbol: &Symbol<'lib>,
        params: Vec<CType>,
        ret: CType,
        fixed: Option<usize>,
    ) -> Result<Plan<'lib>, Error> {
        if params.len() > MAX_ARGS {
            return fail(ErrorKind::Unsupported {
                what: format!(
                    "`{}` takes {} arguments; calls take at most {MAX_ARGS}",
                    symbol.name(),
                    params.len()
                ),
            });
        }
        let cif = FfiCif::new(&params, &ret, fixed)?;
        // Variadic calls need the `AL` rule (System V) or stack-passed variable arguments
        // (Apple AArch64): only libffi knows, so they never take the fast path.
        let fast = if HAS_FAST_PATH && fixed.is_none() {
            fast_shape(&params, &ret)
        } else {
            None
        };
        Ok(Plan {
            code: symbol.address(),
            symbol: symbol.name().to_string(),
            params: params.into_boxed_slice(),
            ret,
            fast,
            cif,
            fixed,
            _lib: PhantomData,
        })
    }

    /// Whether calls take the precomputed register path rather than `ffi_call`.
    pub fn is_fast(&self) -> bool {
        self.fast.is_some()
    }

    /// The same plan without the register fast path: every call goes through `ffi_call`
    /// (for comparisons and for tests of both paths).
    pub fn without_fast_path(mut self) -> Self {
        self.fast = None;
        self
    }

    /// Every parameter, the variable part of a variadic call included.
    pub fn params(&self) -> &[CType] {
        &self.params
    }

    pub fn ret(&self) -> &CType {
        &self.ret
    }

    pub fn symbol(&self) -> &str {
        &self.symbol
    }

    /// Call with `args`, checked against the signature. Functions returning a struct are called
    /// with [`Plan::call_struct`] or [`Plan::call_into`]. (For the fastest calls, with no check
    /// per call, see [`Plan::typed`].)
    #[inline]
    pub fn call(&self, args: &[Value<'_>]) -> Result<Ret, Error> {
        match &self.fast {
            Some(fast) => self.call_fast(fast, args),
            None => self.call_slow(args),
        }
    }

    /// The register path, inlined into the caller: one pass over the arguments that checks each
    /// one's type and stores its register image, then the thunk chosen at prepare time.
    #[inline(always)]
    fn call_fast(&self, fast: &Fast, args: &[Value<'_>]) -> Result<Ret, Error> {
        if args.len() != fast.slots.len() {
            return Err(self.arg_count(args.len()));
        }
        let mut regs = [0u64; thunks::REGS];
        for (i, (slot, arg)) in fast.slots.iter().zip(args).enumerate() {
            let ok = match *slot {
                Slot::Wide(key, at) => {
                    match (raw::wide_bits(arg, key), regs.get_mut(at as usize)) {
                        (Some(bits), Some(r)) => {
                            *r = bits;
                            true
                        }
                        _ => false,
                    }
                }
                Slot::Scalar(key, at) => {
                    match (raw::scalar_bits(arg, key), regs.get_mut(at as usize)) {
                        (Some(bits), Some(r)) => {
                            *r = bits;
                            true
                        }
                        _ => false,
                    }
                }
                Slot::Struct { size, n, at } => struct_words(arg, size, n, at, &mut regs),
            };
            if !ok {
                return Err(self.arg_type(i, arg));
            }
        }
        let bits = raw::call_thunk(fast.thunk, self.code, &regs);
        Ok(raw::ret_of(fast.ret, bits))
    }

    /// The libffi path of [`Plan::call`] (kept out of line: the fast path stays small).
    #[inline(never)]
    fn call_slow(&self, args: &[Value<'_>]) -> Result<Ret, Error> {
        if let CType::Struct(_) = self.ret {
            return fail(ErrorKind::Unsupported {
                what: format!(
                    "`{}` returns a struct: call it with `Plan::call_struct` or `Plan::call_into`",
                    self.symbol
                ),
            });
        }
        let mut buf = Aligned([0u8; 16]);
        self.call_ffi(args, buf.0.as_mut_ptr() as *mut c_void)?;
        let mut word = [0u8; 8];
        word.copy_from_slice(&buf.0[..8]);
        Ok(Ret::from_bits(&self.ret, u64::from_ne_bytes(word)))
    }

    /// Call a function returning a struct of at most [`INLINE_STRUCT_RET`] bytes (larger ones:
    /// [`Plan::call_into`]).
    pub fn call_struct(&self, args: &[Value<'_>]) -> Result<StructBuf, Error> {
        let CType::Struct(s) = &self.ret else {
            return fail(ErrorKind::Unsupported {
                what: format!(
                    "`{}` returns {}, not a struct: call it with `Plan::call`",
                    self.symbol, self.ret
                ),
            });
        };
        if s.size() > INLINE_STRUCT_RET {
            return fail(ErrorKind::Buffer {
                what: format!(
                    "`{}` returns a struct of {} bytes, more than the {INLINE_STRUCT_RET} returned inline: use `Plan::call_into`",
                    self.symbol,
                    s.size()
                ),
            });
        }
        let mut buf = Aligned([0u8; INLINE_STRUCT_RET]);
        self.call_ffi(args, buf.0.as_mut_ptr() as *mut c_void)?;
        Ok(
            StructBuf::from_bytes(&buf.0[..s.size()]).ok_or_else(|| ErrorKind::Buffer {
                what: "struct return larger than the inline buffer".into(),
            })?,
        )
    }

    /// Call, then read `errno` right after the call returns (it is set to 0 first, so a function
    /// that does not fail reads 0).
    pub fn call_with_errno(&self, args: &[Value<'_>]) -> Result<(Ret, i32), Error> {
        errno::set_errno(errno::Errno(0));
        let r = self.call(args)?;
        let e = errno::errno().0;
        Ok((r, e))
    }

    /// Call and write the return value's bytes to `out`, which must hold at least the return
    /// type (and 8 bytes) and be aligned for it. For struct returns of any size.
    pub fn call_into(&self, args: &[Value<'_>], out: &mut [u8]) -> Result<(), Error> {
        if args.len() != self.params.len() {
            return Err(self.arg_count(args.len()));
        }
        let (size, align) = (self.ret.size().max(8), self.ret.align().max(8));
        if out.len() < size || !(out.as_ptr() as usize).is_multiple_of(align) {
            return fail(ErrorKind::Buffer {
                what: format!(
                    "the return buffer of `{}` must hold {size} bytes aligned to {align}; it holds {} at address {:p}",
                    self.symbol,
                    out.len(),
                    out.as_ptr()
                ),
            });
        }
        self.call_ffi(args, out.as_mut_ptr() as *mut c_void)
    }

    /// The libffi path. `ret` holds at least max(8, size of the return type) aligned bytes
    /// (invariant 3, checked by the callers). Storage is on the stack, sized by the number of
    /// parameters so that small calls do not clear large buffers.
    fn call_ffi(&self, args: &[Value<'_>], ret: *mut c_void) -> Result<(), Error> {
        if args.len() != self.params.len() {
            return Err(self.arg_count(args.len()));
        }
        match args.len() {
            0..=4 => self.call_ffi_n::<4, 64>(args, ret),
            5..=8 => self.call_ffi_n::<8, 128>(args, ret),
            _ => self.call_ffi_n::<MAX_ARGS, STRUCT_ARENA>(args, ret),
        }
    }

    fn call_ffi_n<const N: usize, const A: usize>(
        &self,
        args: &[Value<'_>],
        ret: *mut c_void,
    ) -> Result<(), Error> {
        // Per argument, `store[i]` holds the scalar (`Where::Store`), the address of a struct
        // passed in place (`Where::Address`), or the offset of a struct's aligned copy in the
        // arena (`Where::Arena`).
        #[derive(Clone, Copy)]
        enum Where {
            Store,
            Address,
            Arena,
        }
        let mut store = [0u64; N];
        let mut places = [Where::Store; N];
        let mut arena = Aligned([0u8; A]);
        let mut used = 0usize;
        // First pass: check and store every value; pointers into the storage are taken after
        // the last write (second pass), so none is invalidated by a later write.
        for (i, (ty, arg)) in self.params.iter().zip(args).enumerate() {
            if !arg.fits(ty) {
                return Err(self.arg_type(i, arg));
            }
            match *arg {
                Value::Struct(b) => {
                    let align = ty.align();
                    if (b.as_ptr() as usize).is_multiple_of(align) {
                        store[i] = b.as_ptr() as usize as u64;
                        places[i] = Where::Address;
                    } else {
                        let at = used.next_multiple_of(align);
                        if at + b.len() > A {
                            return fail(ErrorKind::Buffer {
                                what: format!(
                                    "misaligned struct arguments of `{}` need more than {A} bytes of copies: pass their bytes aligned for the struct",
                                    self.symbol
                                ),
                            });
                        }
                        arena.0[at..at + b.len()].copy_from_slice(b);
                        store[i] = at as u64;
                        places[i] = Where::Arena;
                        used = at + b.len();
                    }
                }
                // Scalars: their bytes first in the slot (little-endian), as libffi reads them.
                v => store[i] = v.int_bits().or(v.bits_any()).unwrap_or(0),
            }
        }
        let mut ptrs = [std::ptr::null_mut::<c_void>(); N];
        let arena_base = arena.0.as_mut_ptr();
        for i in 0..args.len() {
            match places[i] {
                Where::Store => {}
                Where::Address => ptrs[i] = store[i] as usize as *mut c_void,
                Where::Arena => ptrs[i] = arena_base.wrapping_add(store[i] as usize) as *mut c_void,
            }
        }
        // Taken after the last access to `store` through the array itself.
        let store_base = store.as_mut_ptr();
        for i in 0..args.len() {
            if let Where::Store = places[i] {
                ptrs[i] = store_base.wrapping_add(i) as *mut c_void;
            }
        }
        self.cif.call(self.code, &mut ptrs[..args.len()], ret);
        Ok(())
    }

    #[cold]
    fn arg_count(&self, found: usize) -> Error {
        ErrorKind::ArgCount {
            symbol: self.symbol.clone(),
            expected: self.params.len(),
            found,
        }
        .into()
    }

    #[cold]
    fn arg_type(&self, i: usize, arg: &Value<'_>) -> Error {
        ErrorKind::ArgType {
            symbol: self.symbol.clone(),
            index: i + 1,
            expected: self.params[i].to_string(),
            found: arg.describe(),
        }
        .into()
    }
}

/// The fast-path shape of a signature, if it has one: only integers, pointers and floats, all in
/// registers, returning one of those or nothing.
fn fast_shape(params: &[CType], ret: &CType) -> Option<Fast> {
    let (mut ni, mut nf) = (0usize, 0usize);
    let mut next = |float: bool| {
        if float {
            nf += 1;
            thunks::MAX_INTS + nf - 1
        } else {
            ni += 1;
            ni - 1
        }
    };
    let mut slots = Vec::with_capacity(params.len());
    for p in params {
        if let CType::Struct(st) = p {
            let classes = eightbytes(st)?;
            let n = st.size().div_ceil(8);
            let mut at = [0u8; 2];
            for k in 0..n {
                // Below `thunks::REGS` (checked after the loop), so it fits a byte.
                at[k] = next(classes[k]).min(thunks::REGS) as u8;
            }
            slots.push(Slot::Struct {
                // At most 16 (`eightbytes`).
                size: st.size() as u8,
                n: n as u8,
                at,
            });
        } else {
            let kind = Scalar::of(p)?;
            let at = next(p.is_float()).min(thunks::REGS) as u8;
            let key = raw::ScalarKey::of(kind);
            slots.push(if key.is_wide() {
                Slot::Wide(key, at)
            } else {
                Slot::Scalar(key, at)
            });
        }
    }
    // Within the thunk's registers, every argument is in a register: a struct that would not
    // fit entirely in the registers left goes to the stack, which the thunks do not do.
    if ni > thunks::MAX_INTS || nf > thunks::MAX_FLOATS {
        return None;
    }
    let r = match ret {
        r if r.is_integer_class() => 0,
        r if r.is_float() => 1,
        CType::Void => 2,
        _ => return None,
    };
    Some(Fast {
        thunk: thunks::THUNKS[ni][nf][r],
        slots: slots.into_boxed_slice(),
        ret: raw::RetKey::of(Scalar::of(ret)),
    })
}

/// The System V class of each eightbyte of a struct of at most 16 bytes: `true` when it holds
/// only floats (SSE), `false` when it holds any integer (INTEGER). `None` for larger structs
/// (MEMORY) and on other platforms, whose rules differ (AArch64 homogeneous aggregates).
fn eightbytes(st: &crate::types::StructType) -> Option<[bool; 2]> {
    if !cfg!(all(target_arch = "x86_64", unix)) || st.size() > 16 {
        return None;
    }
    fn walk(st: &crate::types::StructType, base: usize, floats: &mut [bool; 2]) {
        for (f, &o) in st.fields().iter().zip(st.offsets()) {
            match f {
                CType::Struct(inner) => walk(inner, base + o, floats),
                // C layout aligns every scalar, so none straddles two eightbytes.
                scalar => {
                    if !scalar.is_float() {
                        floats[(base + o) / 8] = false;
                    }
                }
            }
        }
    }
    let mut floats = [true; 2];
    walk(st, 0, &mut floats);
    Some(floats)
}

/// A call with Rust-typed arguments, checked once against its plan by [`Plan::typed`]: each
/// call is then the compiler's own call of an `extern "C" fn(A..) -> R`, with no check, no
/// conversion and no allocation. Borrows its plan (and so the library).
pub struct TypedCall<'p, A, R> {
    code: *const c_void,
    _plan: PlanBorrow<'p, A, R>,
}

/// Ties a typed call to its plan's lifetime and to its types (as a function of them: no
/// ownership, no auto-trait effects of `A` and `R`).
type PlanBorrow<'p, A, R> = PhantomData<(&'p (), fn(A) -> R)>;

impl<A: CArgs, R: CRet> TypedCall<'_, A, R> {
    /// Call with `args` (a tuple: `()`, `(x,)`, `(x, y)`, ...).
    #[inline(always)]
    pub fn call(&self, args: A) -> R {
        raw::typed::call(self.code, args)
    }
}

impl<A, R> std::fmt::Debug for TypedCall<'_, A, R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "TypedCall<{}, {}>({:?})",
            std::any::type_name::<A>(),
            std::any::type_name::<R>(),
            self.code
        )
    }
}

impl<'lib> Plan<'lib> {
    /// This plan's function as a typed call: `A` (a tuple of [`CArg`](crate::CArg)s) must be
    /// the parameters and `R` the return type (`()` for `void`), exactly (`i32` for `c_int`,
    /// a raw pointer for any pointer, your `#[repr(C)]` struct for a struct), else
    /// [`ErrorKind::ArgCount`] / [`ErrorKind::ArgType`] naming the first mismatch. Variadic
    /// plans are refused (their calls need the `AL` rule: use [`Plan::call`]).
    pub fn typed<A: CArgs, R: CRet>(&self) -> Result<TypedCall<'_, A, R>, Error> {
        if self.fixed.is_some() {
            return fail(ErrorKind::Unsupported {
                what: format!(
                    "`{}` is variadic: typed calls take fixed signatures, call it with `Plan::call`",
                    self.symbol
                ),
            });
        }
        let unsupported = |what: String| Error::from(ErrorKind::Unsupported { what });
        let params = A::ctypes().map_err(unsupported)?;
        if params.len() != self.params.len() {
            return Err(self.arg_count(params.len()));
        }
        if let Some((i, (want, have))) = self
            .params
            .iter()
            .zip(&params)
            .enumerate()
            .find(|(_, (w, h))| w != h)
        {
            return fail(ErrorKind::ArgType {
                symbol: self.symbol.clone(),
                index: i + 1,
                expected: want.to_string(),
                found: format!("the Rust type of C type {have}"),
            });
        }
        let ret = raw::typed::checked::<R>(R::ctype()).map_err(unsupported)?;
        if ret != self.ret {
            return fail(ErrorKind::RetType {
                symbol: self.symbol.clone(),
                expected: self.ret.to_string(),
                found: format!("the Rust return type of C type {ret}"),
            });
        }
        Ok(TypedCall {
            code: self.code,
            _plan: PhantomData,
        })
    }
}
