//! Retained callbacks: `impl Fn(i64) + Send + Sync + 'static` kept by an object, called by later
//! calls (also from another thread) and released when dropped (also on another thread).

use polybind::polybind;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;

type Listener = Box<dyn Fn(i64) + Send + Sync>;

/// Calls its listeners with every value it emits.
#[polybind(object)]
#[derive(Default)]
pub struct EventSource {
    listeners: Vec<Listener>,
    emitted: AtomicU64,
}

impl EventSource {
    fn notify(listeners: &[Listener], value: i64) -> u32 {
        for listener in listeners {
            listener(value);
        }
        listeners.len() as u32
    }
}

#[polybind]
impl EventSource {
    pub fn new() -> Self {
        EventSource::default()
    }

    /// Keeps `listener` until `clear` or until the source is dropped. Returns the number of
    /// listeners now subscribed.
    pub fn subscribe(&mut self, listener: impl Fn(i64) + Send + Sync + 'static) -> u32 {
        self.listeners.push(Box::new(listener));
        self.listeners.len() as u32
    }

    pub fn listener_count(&self) -> u32 {
        self.listeners.len() as u32
    }

    /// Calls every listener with `value`, in subscription order, on the calling thread. Returns
    /// how many were called.
    pub fn emit(&self, value: i64) -> u32 {
        self.emitted.fetch_add(1, Ordering::SeqCst);
        EventSource::notify(&self.listeners, value)
    }

    /// Like `emit`, but the listeners are called from a new thread (joined before returning).
    pub fn emit_from_thread(&self, value: i64) -> u32 {
        self.emitted.fetch_add(1, Ordering::SeqCst);
        thread::scope(|s| {
            let worker = s.spawn(|| EventSource::notify(&self.listeners, value));
            // Re-raise a listener's failure (or panic) with its own payload on this thread.
            worker
                .join()
                .unwrap_or_else(|payload| std::panic::resume_unwind(payload))
        })
    }

    /// How many `emit` calls have been made.
    pub fn emitted(&self) -> u64 {
        self.emitted.load(Ordering::SeqCst)
    }

    /// Drops (releases) every listener now; returns how many there were.
    pub fn clear(&mut self) -> u32 {
        let n = self.listeners.len() as u32;
        self.listeners.clear();
        n
    }

    /// Like `clear`, but the listeners are dropped on another thread.
    pub fn clear_on_thread(&mut self) -> u32 {
        let listeners = std::mem::take(&mut self.listeners);
        let n = listeners.len() as u32;
        thread::spawn(move || drop(listeners))
            .join()
            .unwrap_or_else(|payload| std::panic::resume_unwind(payload));
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[test]
    fn listeners() {
        let seen = Arc::new(Mutex::new(vec![]));
        let mut src = EventSource::new();
        for k in [1, 10] {
            let s = seen.clone();
            src.subscribe(move |v| s.lock().unwrap().push(v * k));
        }
        assert_eq!(src.emit(2), 2);
        assert_eq!(src.emit_from_thread(3), 2);
        assert_eq!(*seen.lock().unwrap(), [2, 20, 3, 30]);
        assert_eq!(src.emitted(), 2);
        assert_eq!(Arc::strong_count(&seen), 3);
        assert_eq!(src.clear_on_thread(), 2);
        assert_eq!(Arc::strong_count(&seen), 1);
        assert_eq!(src.listener_count(), 0);
    }

    #[test]
    fn listener_panic_keeps_payload() {
        let mut src = EventSource::new();
        src.subscribe(|_| panic!("listener failed"));
        let err =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| src.emit_from_thread(1)))
                .unwrap_err();
        assert_eq!(err.downcast_ref::<&str>(), Some(&"listener failed"));
    }
}
