//! Call any C function from a signature known only at run time.
//!
//! ```no_run
//! use polybind_dyn::{Library, Plan, Ret, Signature, Value};
//! # fn main() -> Result<(), polybind_dyn::Error> {
//! // SAFETY: libm's initialisers are sound to run; `pow` is `double pow(double, double)`.
//! let libm = unsafe { Library::open("libm.so.6")? };
//! let pow = libm.symbol("pow")?;
//! let plan = unsafe { Plan::prepare(&pow, &Signature::parse("fn(f64, f64) -> f64")?)? };
//! assert_eq!(plan.call(&[Value::F64(2.0), Value::F64(10.0)])?, Ret::F64(1024.0));
//! # Ok(()) }
//! ```
//!
//! A [`Plan`] classifies the call once. Register-only shapes on x86-64 System V and AArch64
//! (up to 6 integer/pointer and 8 floating-point arguments, an integer, pointer, float or no
//! return value) call through a precomputed thunk; everything else (structs by value, variadic
//! calls, more arguments) goes through libffi's `ffi_call`. [`Plan::typed`] checks Rust
//! argument and return types against the plan once and gives a [`TypedCall`], called as the
//! compiler calls any `extern "C"` function, with no check per call. [`Callback`] turns a Rust
//! closure into a C function pointer ([`Callback::typed`]: with a trampoline compiled for it). All unsafe code is in the `raw` module, whose documentation lists
//! the invariants it relies on.

#![deny(unsafe_code)]

mod error;
pub mod ir;
mod library;
mod plan;
#[allow(unsafe_code)]
mod raw;
mod signature;
mod types;
mod value;

pub use error::{Error, ErrorKind, with_sources};
pub use library::{Library, Symbol};
pub use plan::{HAS_FAST_PATH, MAX_ARGS, Plan, STRUCT_ARENA, TypedCall};
pub use raw::{CArg, CArgs, CRet, Callback, TYPED_CALLBACKS};
pub use signature::{Signature, SignatureError};
pub use types::{CType, StructType};
pub use value::{INLINE_STRUCT_RET, Ret, StructBuf, Value};

#[cfg(target_endian = "big")]
compile_error!("polybind-dyn supports little-endian targets only (x86-64, AArch64)");
