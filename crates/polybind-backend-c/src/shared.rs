//! The header as the targets share it: the C, C++, Python, OCaml and stubs targets each ship
//! it, often in one run and on parallel threads, so it is generated once per library
//! ([`ValidLibrary::id`]) and copied.
//!
//! The CLI claims the header before the targets start ([`tasks`]) and generates it as two jobs
//! of its pool while the targets write their other files; a target that needs the text
//! meanwhile waits for it, running other queued work of the pool while it waits. The header's
//! jobs never wait for anything (the last to finish assembles the header), so no wait can
//! close a cycle.

use crate::header;
use polybind_codegen::{BackendError, Memos, Task};
use polybind_ir::ValidLibrary;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

pub(crate) type Header = Result<String, Vec<BackendError>>;

/// One library's header: being generated, or generated.
#[derive(Default)]
struct Slot {
    done: Mutex<Option<Header>>,
    ready: Condvar,
}

/// A poisoned lock only means another thread panicked while holding it; the value stays whole.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Slot {
    fn finish(&self, header: Header) {
        *lock(&self.done) = Some(header);
        self.ready.notify_all();
    }

    fn wait(&self) -> Header {
        let mut done = lock(&self.done);
        loop {
            if let Some(h) = &*done {
                return copy(h);
            }
            // On a pool thread: run the pool's other work meanwhile (the targets still queued),
            // and sleep only when there is none.
            if polybind_codegen::on_pool() {
                drop(done);
                if !polybind_codegen::run_queued_work() {
                    let guard = lock(&self.done);
                    if guard.is_none() {
                        let _ = self
                            .ready
                            .wait_timeout(guard, Duration::from_millis(1))
                            .unwrap_or_else(PoisonError::into_inner);
                    }
                }
                done = lock(&self.done);
            } else {
                done = self
                    .ready
                    .wait(done)
                    .unwrap_or_else(PoisonError::into_inner);
            }
        }
    }
}

/// A copy of the header for one more target. A header generated through the run's memos comes
/// stamped already (`Memos::stamping`); one generated without them gets room for its stamp, or
/// a copy of the exact length would be copied once more when it is stamped (megabytes, for each
/// target that ships it).
fn copy(header: &Header) -> Header {
    header.as_ref().map_err(Clone::clone).map(|text| {
        let mut copy = String::with_capacity(text.len() + polybind_codegen::STAMP_LEN);
        copy.push_str(text);
        copy
    })
}

/// The slot of `lib`, and whether this call claimed it (and so must fill it).
fn slot(lib: &ValidLibrary) -> (Arc<Slot>, bool) {
    static LAST: Mutex<Option<(u64, Arc<Slot>)>> = Mutex::new(None);
    let mut last = lock(&LAST);
    match &*last {
        Some((id, slot)) if *id == lib.id() => (slot.clone(), false),
        _ => {
            let slot = Arc::new(Slot::default());
            *last = Some((lib.id(), slot.clone()));
            (slot, true)
        }
    }
}

/// Fills a claimed slot even when generation unwinds, so that no target waits forever.
struct Filler(Arc<Slot>, bool);

impl Drop for Filler {
    fn drop(&mut self) {
        if !self.1 {
            self.0.finish(Err(vec![BackendError::new(
                crate::context::BACKEND,
                "header",
                "the header's generation stopped before it was done",
            )]));
        }
    }
}

impl Filler {
    fn fill(self, lib: &ValidLibrary, memos: Option<&Memos>) -> Header {
        let header = header::generate(lib, memos);
        self.put(copy(&header));
        header
    }

    /// Fill the slot with `header`.
    fn put(mut self, header: Header) {
        self.0.finish(header);
        self.1 = true;
    }
}

/// The header of `lib`: generated now by the first caller, waited for by the others.
pub(crate) fn get(lib: &ValidLibrary) -> Header {
    match slot(lib) {
        (slot, true) => Filler(slot, false).fill(lib, None),
        (slot, false) => slot.wait(),
    }
}

/// The header's two passes as they finish, and the claim they fill.
struct Parts {
    items: Option<header::Items>,
    checks: Option<crate::checks::Checks>,
    filler: Option<Filler>,
}

/// A claimed header generated as two jobs ([`header::items`] and [`header::checks`]). Neither
/// waits for the other: the one that finishes second assembles the header and fills the slot.
/// If either is dropped unrun, or unwinds, the filler is dropped with the last of them and
/// leaves an error for whoever waits.
struct Split<'a> {
    lib: &'a ValidLibrary,
    memos: &'a Memos,
    parts: Mutex<Parts>,
}

impl Split<'_> {
    /// Keep one pass's result; when both are in, assemble and fill.
    fn arrive(&self, put: impl FnOnce(&mut Parts)) {
        let both = {
            let mut parts = lock(&self.parts);
            put(&mut parts);
            match parts.items.is_some() && parts.checks.is_some() {
                true => Some((parts.items.take(), parts.checks.take(), parts.filler.take())),
                false => None,
            }
        };
        if let Some((Some(items), Some(checks), Some(filler))) = both {
            filler.put(header::assemble(self.lib, Some(self.memos), items, checks));
        }
    }
}

/// Claim the header of `lib` now and return its generation through `memos`, to be run beside
/// the targets (jobs of their pool: they never wait for anything, so a thread waiting for the
/// header may run them); empty when it is claimed already. Dropped unrun, they leave an error
/// for whoever waits.
pub(crate) fn tasks<'a>(lib: &'a ValidLibrary, memos: &'a Memos) -> Vec<Task<'a>> {
    match slot(lib) {
        (slot, true) => {
            let split = Arc::new(Split {
                lib,
                memos,
                parts: Mutex::new(Parts {
                    items: None,
                    checks: None,
                    filler: Some(Filler(slot, false)),
                }),
            });
            let other = split.clone();
            vec![
                Box::new(move || {
                    let items = header::items(split.lib, Some(split.memos));
                    split.arrive(|p| p.items = Some(items));
                }),
                Box::new(move || {
                    let checks = header::checks(other.lib, Some(other.memos));
                    other.arrive(|p| p.checks = Some(checks));
                }),
            ]
        }
        (_, false) => vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::thread;

    fn lib() -> ValidLibrary {
        polybind_ir::validate(&polybind_ir::Library::new("demo")).unwrap()
    }

    #[test]
    fn a_claim_dropped_unrun_leaves_an_error_not_a_wait() {
        let slot = Arc::new(Slot::default());
        drop(Filler(slot.clone(), false));
        let errors = slot.wait().unwrap_err();
        assert!(errors[0].message.contains("stopped before"), "{errors:?}");
    }

    #[test]
    fn a_claim_filled_is_what_every_waiter_gets() {
        let lib = lib();
        let slot = Arc::new(Slot::default());
        let filled = Filler(slot.clone(), false).fill(&lib, None).unwrap();
        assert!(filled.contains("DEMO_H"), "{filled}");
        assert_eq!(slot.wait().unwrap(), filled);
    }

    #[test]
    fn pool_threads_waiting_for_the_header_run_queued_work_meanwhile() {
        // Both pool threads wait for the header while more work is queued behind them; the
        // header comes from a thread outside the pool, after that work ran.
        let lib = lib();
        let slot = Arc::new(Slot::default());
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let (done_tx, done_rx) = std::sync::mpsc::channel::<usize>();
        thread::scope(|s| {
            let waiter = s.spawn(|| {
                pool.install(|| {
                    // First in, first out: the two waiters take both threads before the rest.
                    rayon::scope_fifo(|r| {
                        for _ in 0..2 {
                            r.spawn_fifo(|_| {
                                slot.wait().unwrap();
                            });
                        }
                        for i in 0..8 {
                            let done = done_tx.clone();
                            r.spawn_fifo(move |_| done.send(i).unwrap());
                        }
                    });
                })
            });
            // Waiters that only slept would leave the rest queued: give up after a while, and
            // release them before failing, so that the test fails instead of hanging.
            let mut ran: Vec<usize> = (0..8)
                .map_while(|_| done_rx.recv_timeout(Duration::from_secs(20)).ok())
                .collect();
            let _ = Filler(slot.clone(), false).fill(&lib, None);
            waiter.join().unwrap();
            ran.sort();
            assert_eq!(
                ran,
                (0..8).collect::<Vec<_>>(),
                "queued work ran while both waited"
            );
        });
    }
}
