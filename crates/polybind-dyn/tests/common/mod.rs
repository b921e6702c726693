//! What the integration tests share.

use polybind_dyn::{Plan, Signature, Symbol};
use std::ffi::c_void;

/// A plan for a function of the test binary (named `f` in errors).
///
/// # Safety
///
/// `f` is a function of exactly the signature `sig`.
pub unsafe fn plan(f: *const c_void, sig: &str) -> Plan<'static> {
    // SAFETY: by the function's contract.
    unsafe { Plan::prepare(&Symbol::from_raw(f, "f"), &Signature::parse(sig).unwrap()).unwrap() }
}
