//! A value several targets need, computed once by the first thread that asks.

use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

/// Computed by the first thread that asks for it. Until it is ready, the others run other work
/// of the CLI's thread pool instead of blocking a pool thread (a worker blocked on it could not
/// take the rest of the run meanwhile); off the pool, or with nothing left to run, they wait.
#[derive(Debug)]
pub struct Shared<T> {
    started: AtomicBool,
    value: OnceLock<T>,
}

impl<T> Default for Shared<T> {
    fn default() -> Self {
        Shared {
            started: AtomicBool::new(false),
            value: OnceLock::new(),
        }
    }
}

impl<T: Clone> Shared<T> {
    pub fn new() -> Self {
        Shared {
            started: AtomicBool::new(false),
            value: OnceLock::new(),
        }
    }

    /// The value, computed with `compute` by the first caller. Should `compute` panic, waiting
    /// callers get `on_panic()` (they would otherwise wait forever) and the panic goes on in the
    /// first one.
    pub fn get(&self, compute: impl FnOnce() -> T, on_panic: impl FnOnce() -> T) -> T {
        if !self.started.swap(true, Ordering::AcqRel) {
            match catch_unwind(AssertUnwindSafe(compute)) {
                Ok(v) => {
                    let _ = self.value.set(v.clone());
                    return v;
                }
                Err(panic) => {
                    let _ = self.value.set(on_panic());
                    resume_unwind(panic);
                }
            }
        }
        loop {
            if let Some(v) = self.value.get() {
                return v.clone();
            }
            match rayon::yield_now() {
                Some(rayon::Yield::Executed) => {}
                // Nothing else to run (or not on the pool): wait for the value itself.
                _ => return self.value.wait().clone(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    #[test]
    fn computed_once_for_all_threads() {
        let shared = Shared::new();
        let calls = AtomicUsize::new(0);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(4)
            .build()
            .unwrap();
        let got: Vec<u32> = pool.install(|| {
            use rayon::prelude::*;
            (0..64)
                .into_par_iter()
                .map(|_| {
                    shared.get(
                        || {
                            calls.fetch_add(1, Ordering::SeqCst);
                            std::thread::sleep(std::time::Duration::from_millis(20));
                            7
                        },
                        || 0,
                    )
                })
                .collect()
        });
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        assert!(got.iter().all(|&v| v == 7));
    }

    #[test]
    fn a_panic_reaches_the_first_caller_and_releases_the_others() {
        let shared: Shared<u32> = Shared::new();
        let first = catch_unwind(AssertUnwindSafe(|| shared.get(|| panic!("boom"), || 0)));
        assert!(first.is_err());
        assert_eq!(
            shared.get(|| 1, || 2),
            0,
            "the waiting value is the fallback"
        );
    }
}
