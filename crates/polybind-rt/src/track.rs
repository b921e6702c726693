//! Allocation tracking (debug builds of the library): how many buffers, and how many bytes,
//! [`FfiType::lower`](crate::FfiType::lower) has handed to the foreign side and not yet taken
//! back through `lib_rt_dealloc` or [`FfiType::free_abi`](crate::FfiType::free_abi).
//!
//! `polybind::setup!()` exports it to C as `lib_rt_tracking()`, `lib_rt_live_allocations()` and
//! `lib_rt_live_bytes()`, so a foreign test suite can assert that it released everything. In
//! release builds nothing is counted (two relaxed atomic adds per buffer are cheap, but not free)
//! and `tracking` is false.

#[cfg(debug_assertions)]
use std::sync::atomic::{AtomicI64, Ordering};

#[cfg(debug_assertions)]
static LIVE_ALLOCATIONS: AtomicI64 = AtomicI64::new(0);
#[cfg(debug_assertions)]
static LIVE_BYTES: AtomicI64 = AtomicI64::new(0);

/// What crosses the boundary right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AllocationStats {
    /// False in release builds: the counts are then always zero.
    pub tracking: bool,
    /// Buffers handed out and not taken back.
    pub live_allocations: u64,
    /// Their total size in bytes.
    pub live_bytes: u64,
}

/// A buffer of `bytes` bytes was handed to the foreign side.
#[inline]
pub fn handed_out(bytes: usize) {
    #[cfg(debug_assertions)]
    if bytes > 0 {
        LIVE_ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        LIVE_BYTES.fetch_add(bytes as i64, Ordering::Relaxed);
    }
    #[cfg(not(debug_assertions))]
    let _ = bytes;
}

/// A buffer of `bytes` bytes came back and was freed.
#[inline]
pub fn taken_back(bytes: usize) {
    #[cfg(debug_assertions)]
    if bytes > 0 {
        LIVE_ALLOCATIONS.fetch_sub(1, Ordering::Relaxed);
        LIVE_BYTES.fetch_sub(bytes as i64, Ordering::Relaxed);
    }
    #[cfg(not(debug_assertions))]
    let _ = bytes;
}

/// The current counts. A negative count (a buffer freed twice, or one this library never
/// handed out) reads as 0 here; the foreign side's sanitizers report such a bug themselves.
pub fn stats() -> AllocationStats {
    #[cfg(debug_assertions)]
    {
        AllocationStats {
            tracking: true,
            live_allocations: LIVE_ALLOCATIONS.load(Ordering::Relaxed).max(0) as u64,
            live_bytes: LIVE_BYTES.load(Ordering::Relaxed).max(0) as u64,
        }
    }
    #[cfg(not(debug_assertions))]
    {
        AllocationStats {
            tracking: false,
            live_allocations: 0,
            live_bytes: 0,
        }
    }
}

#[cfg(all(test, debug_assertions))]
mod tests {
    use super::*;
    use crate::FfiType;

    #[test]
    fn lower_and_free_balance() {
        // Other tests of this crate run in parallel and lower values too: compare deltas of a
        // value no other test uses (a 12345-byte string).
        let s = "x".repeat(12345);
        let before = stats();
        assert!(before.tracking);
        let abi = s.lower();
        let during = stats();
        assert!(during.live_bytes >= 12345);
        unsafe { String::free_abi(abi) };
        let v: Vec<u64> = vec![1; 1000];
        let abi = v.lower();
        unsafe { crate::dealloc(abi.ptr as *mut u8, abi.cap * 8, 8) };
        let after = stats();
        assert!(after.live_bytes + 12345 <= during.live_bytes + 8000 + 12345);
    }
}
