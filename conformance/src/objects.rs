//! Objects behind checked handles: constructors (plain, fallible, panicking), `&self`, `&mut self`
//! and static methods, objects as parameters and return values, an observable `Drop`, and a
//! retained one-shot callback run when the object is dropped.

use crate::errors::{MathError, ParseError};
use polybind::polybind;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How many `Counter`s exist right now (constructed and not yet dropped).
static LIVE: AtomicUsize = AtomicUsize::new(0);

/// A signed counter.
#[polybind(object)]
pub struct Counter {
    value: i64,
    on_drop: Option<Box<dyn FnOnce(i64) + Send + Sync>>,
}

impl Counter {
    /// The only way a `Counter` comes to exist, so that `LIVE` counts every one.
    fn with_value(value: i64) -> Self {
        LIVE.fetch_add(1, Ordering::SeqCst);
        Counter {
            value,
            on_drop: None,
        }
    }
}

#[polybind]
impl Counter {
    /// Creates a counter starting at `start`.
    pub fn new(start: i64) -> Self {
        Counter::with_value(start)
    }

    /// Parses the start value: `Empty` for `""`, `InvalidNumber(text, 0)` for anything else that
    /// is not an `i64`.
    pub fn parse(text: &str) -> Result<Self, ParseError> {
        if text.is_empty() {
            return Err(ParseError::Empty);
        }
        text.trim()
            .parse()
            .map(Counter::with_value)
            .map_err(|_| ParseError::InvalidNumber(text.to_owned(), 0))
    }

    /// Starts at the sum of `values`; panics with "counter sum overflows" on overflow.
    pub fn from_sum(values: &[i64]) -> Self {
        let sum = values
            .iter()
            .try_fold(0i64, |acc, &v| acc.checked_add(v))
            .expect("counter sum overflows");
        Counter::with_value(sum)
    }

    /// Reads the current value of the counter.
    pub fn get(&self) -> i64 {
        self.value
    }

    /// Adds `delta`, wrapping on overflow.
    pub fn add(&mut self, delta: i64) {
        self.value = self.value.wrapping_add(delta);
    }

    /// Adds `delta` and returns the new value, or `Overflow { value: <current> }` (the counter
    /// is then unchanged).
    pub fn try_add(&mut self, delta: i64) -> Result<i64, MathError> {
        self.value = self
            .value
            .checked_add(delta)
            .ok_or(MathError::Overflow { value: self.value })?;
        Ok(self.value)
    }

    /// `"Counter(<value>)"`.
    pub fn describe(&self) -> String {
        format!("Counter({})", self.value)
    }

    /// A new, independent counter with the same value.
    pub fn fork(&self) -> Counter {
        Counter::with_value(self.value)
    }

    /// The sum of this counter's value and `other`'s (`other` may be this very counter).
    pub fn sum_with(&self, other: &Counter) -> i64 {
        self.value.wrapping_add(other.value)
    }

    /// Waits `ms` milliseconds, then returns the value (a blocking method).
    #[polybind(blocking)]
    pub fn wait_get(&self, ms: u32) -> i64 {
        std::thread::sleep(std::time::Duration::from_millis(u64::from(ms)));
        self.value
    }

    /// Adds `other`'s value to this counter. Passing this very counter as `other` is refused with
    /// an invalid-argument error naming `other` (it is borrowed mutably as `self`), never a
    /// deadlock.
    pub fn absorb(&mut self, other: &Counter) {
        self.value = self.value.wrapping_add(other.value);
    }

    /// `value / by`; panics ("attempt to divide by zero") when `by` is 0.
    pub fn divide(&self, by: i64) -> i64 {
        self.value / by
    }

    /// Keeps `f` and calls it once, with the final value, when the counter is dropped. Setting
    /// another one drops (releases) the previous one without calling it.
    pub fn set_on_drop(&mut self, f: impl FnOnce(i64) + Send + Sync + 'static) {
        self.on_drop = Some(Box::new(f));
    }

    /// The version of the counter implementation: 3.
    pub fn version() -> u32 {
        3
    }
}

impl Drop for Counter {
    fn drop(&mut self) {
        LIVE.fetch_sub(1, Ordering::SeqCst);
        if let Some(f) = self.on_drop.take() {
            f(self.value);
        }
    }
}

/// The number of `Counter`s alive now; it drops when one is released.
#[polybind]
pub fn live_counters() -> u64 {
    LIVE.load(Ordering::SeqCst) as u64
}

/// A free function returning a new object.
#[polybind]
pub fn make_counter(start: i64) -> Counter {
    Counter::new(start)
}

/// A free function taking two borrowed objects (possibly the same one twice).
#[polybind]
pub fn total(a: &Counter, b: &Counter) -> i64 {
    a.value.wrapping_add(b.value)
}

/// A free function returning `Result<Object, E>`.
#[polybind]
pub fn counter_from_str(text: &str) -> Result<Counter, ParseError> {
    Counter::parse(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    fn assert_send_sync<T: Send + Sync>() {}

    // One test only: `LIVE` is global and tests run in parallel.
    #[test]
    fn counters() {
        assert_send_sync::<Counter>();
        let before = live_counters();
        let mut c = Counter::new(5);
        c.add(-7);
        assert_eq!(c.get(), -2);
        assert_eq!(c.try_add(i64::MAX - 1), Ok(i64::MAX - 3));
        assert_eq!(
            c.try_add(4),
            Err(MathError::Overflow {
                value: i64::MAX - 3
            })
        );
        assert_eq!(c.describe(), format!("Counter({})", i64::MAX - 3));
        let d = make_counter(10);
        assert_eq!(total(&d, &d), 20);
        assert_eq!(d.fork().sum_with(&d), 20);
        assert_eq!(live_counters(), before + 2);
        assert!(Counter::parse("x").is_err());
        assert_eq!(counter_from_str(" 42 ").map(|c| c.get()), Ok(42));
        assert!(std::panic::catch_unwind(|| Counter::from_sum(&[i64::MAX, 1])).is_err());
        assert!(std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| d.divide(0))).is_err());
        let seen = Arc::new(Mutex::new(vec![]));
        let s = seen.clone();
        c.set_on_drop(move |v| s.lock().unwrap().push(v));
        drop(c);
        drop(d);
        assert_eq!(*seen.lock().unwrap(), [i64::MAX - 3]);
        assert_eq!(live_counters(), before);
        assert_eq!(Counter::version(), 3);
    }
}
