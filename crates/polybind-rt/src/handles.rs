//! Checked object handles. A handle is `index (32 bits) | generation (20 bits) | type tag (12 bits)`
//! into a per-type table. Lookups check all three, so a null, stale, double-freed or wrongly typed
//! handle is an error instead of a dangling pointer.

use crate::status::CallError;
use parking_lot::{RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::cell::Cell;
use std::ops::{Deref, DerefMut};
use std::sync::Arc;

/// What a handle refers to: the object behind a reader-writer lock (`&self` methods share it,
/// `&mut self` methods take it exclusively; calls from other threads wait their turn).
pub type ObjectCell<T> = RwLock<T>;

/// `LibO { uint64_t handle; }`
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ObjectHandle {
    pub handle: u64,
}

const GEN_BITS: u32 = 20;
const GEN_MASK: u64 = (1 << GEN_BITS) - 1;
const TAG_MASK: u64 = 0xfff;

struct Slot<T> {
    generation: u32,
    value: Option<Arc<ObjectCell<T>>>,
}

struct Slab<T> {
    slots: Vec<Slot<T>>,
    free: Vec<u32>,
}

/// An exported object type and its table of live handles.
pub trait FfiObject: Sized + 'static {
    fn table() -> &'static HandleTable<Self>;
}

/// The live objects of one type.
pub struct HandleTable<T> {
    name: &'static str,
    tag: u64,
    slab: std::sync::RwLock<Slab<T>>,
}

impl<T> HandleTable<T> {
    /// `name` is the object's type name (for messages); the type tag is derived from it.
    pub const fn new(name: &'static str) -> Self {
        // FNV-1a over the name, folded to 12 bits, never 0.
        let bytes = name.as_bytes();
        let mut h: u64 = 0xcbf29ce484222325;
        let mut i = 0;
        while i < bytes.len() {
            h ^= bytes[i] as u64;
            h = h.wrapping_mul(0x100000001b3);
            i += 1;
        }
        let tag = ((h ^ (h >> 12) ^ (h >> 24) ^ (h >> 36) ^ (h >> 48)) & TAG_MASK) | 1;
        HandleTable {
            name,
            tag,
            slab: std::sync::RwLock::new(Slab {
                slots: Vec::new(),
                free: Vec::new(),
            }),
        }
    }

    fn encode(&self, index: u32, generation: u32) -> ObjectHandle {
        ObjectHandle {
            handle: ((index as u64) << 32) | ((generation as u64 & GEN_MASK) << 12) | self.tag,
        }
    }

    fn decode(&self, h: ObjectHandle) -> Result<(usize, u32), CallError> {
        if h.handle == 0 {
            return Err(CallError::invalid_handle(format!(
                "a null `{}` handle",
                self.name
            )));
        }
        if h.handle & TAG_MASK != self.tag {
            return Err(CallError::invalid_handle(format!(
                "the handle is not a `{}`",
                self.name
            )));
        }
        Ok((
            (h.handle >> 32) as usize,
            ((h.handle >> 12) & GEN_MASK) as u32,
        ))
    }

    /// Store a new object and return its handle.
    pub fn insert(&self, value: T) -> ObjectHandle {
        let mut slab = self
            .slab
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let cell = Some(Arc::new(RwLock::new(value)));
        if let Some(index) = slab.free.pop() {
            let slot = &mut slab.slots[index as usize];
            slot.value = cell;
            let generation = slot.generation;
            drop(slab);
            return self.encode(index, generation);
        }
        let index = slab.slots.len() as u32;
        slab.slots.push(Slot {
            generation: 1,
            value: cell,
        });
        drop(slab);
        self.encode(index, 1)
    }

    /// The object behind a live handle.
    pub fn get(&self, h: ObjectHandle) -> Result<Arc<ObjectCell<T>>, CallError> {
        let (index, generation) = self.decode(h)?;
        let slab = self
            .slab
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match slab.slots.get(index) {
            Some(Slot {
                generation: g,
                value: Some(v),
            }) if *g & GEN_MASK as u32 == generation => Ok(Arc::clone(v)),
            _ => Err(self.stale()),
        }
    }

    /// Release a handle. The object is dropped when the last call using it returns.
    pub fn remove(&self, h: ObjectHandle) -> Result<(), CallError> {
        // Dropped here, outside the table's lock: the object's `Drop` may call back into the
        // library.
        self.take(h).map(drop)
    }

    /// Release a handle and hand back the value's cell (still shared with calls in progress).
    pub fn take(&self, h: ObjectHandle) -> Result<Arc<ObjectCell<T>>, CallError> {
        let (index, generation) = self.decode(h)?;
        let mut slab = self
            .slab
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let value = match slab.slots.get_mut(index) {
            Some(slot)
                if slot.generation & GEN_MASK as u32 == generation && slot.value.is_some() =>
            {
                slot.generation = (slot.generation + 1) & GEN_MASK as u32;
                if slot.generation == 0 {
                    slot.generation = 1;
                }
                slot.value.take()
            }
            _ => return Err(self.stale()),
        };
        slab.free.push(index as u32);
        drop(slab);
        value.ok_or_else(|| self.stale())
    }

    /// Number of live handles.
    pub fn live(&self) -> usize {
        let slab = self
            .slab
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        slab.slots.len() - slab.free.len()
    }

    fn stale(&self) -> CallError {
        CallError::invalid_handle(format!(
            "the `{}` handle is stale: it was released or never existed",
            self.name
        ))
    }
}

/// How many objects one thread's calls in progress can hold at once (calls nested through
/// callbacks); beyond it, further uses are not tracked (and so not checked for re-entry).
const HELD_CAP: usize = 32;

/// The objects that calls in progress on this thread hold: each cell's address, with bit 0 set
/// when held exclusively (cells are at least 8-byte aligned).
struct HeldSet {
    len: Cell<usize>,
    entries: [Cell<usize>; HELD_CAP],
}

thread_local! {
    // Plain cells without a destructor, in one thread-local: a library is a shared object, where
    // each thread-local access is a call, so a guarded call makes exactly two (enter and leave).
    static HELD: HeldSet = const {
        HeldSet { len: Cell::new(0), entries: [const { Cell::new(0) }; HELD_CAP] }
    };
}

impl HeldSet {
    /// Record `key` as held (`exclusive` or shared) unless this thread holds it in a way that
    /// makes waiting for it a deadlock; returns whether this thread already shares it.
    #[inline]
    fn enter(&self, key: usize, exclusive: bool, name: &str) -> Result<bool, CallError> {
        let len = self.len.get();
        let mut shared = false;
        for e in &self.entries[..len.min(HELD_CAP)] {
            let v = e.get();
            if v & !1 == key {
                if v & 1 == 1 {
                    return Err(busy(name, "borrowed mutably"));
                }
                if exclusive {
                    return Err(busy(name, "already in use"));
                }
                shared = true;
            }
        }
        if len < HELD_CAP {
            self.entries[len].set(key | usize::from(exclusive));
        }
        self.len.set(len + 1);
        Ok(shared)
    }

    #[inline]
    fn leave(&self, entry: usize) {
        let len = self.len.get();
        if len == 0 {
            return;
        }
        // Guards drop in reverse order of creation (they live in nested call frames), so the
        // entry is normally the last one; search backwards all the same.
        if len <= HELD_CAP
            && let Some(i) = self.entries[..len].iter().rposition(|e| e.get() == entry)
        {
            for j in i..len - 1 {
                self.entries[j].set(self.entries[j + 1].get());
            }
        }
        self.len.set(len - 1);
    }
}

/// One entry of [`HELD`], removed when the guard holding it drops.
///
/// It keeps the address of this thread's set, so that leaving costs no second thread-local
/// access (in a shared library each one is a call to `__tls_get_addr`). The raw pointer makes
/// the guard neither `Send` nor `Sync`: it is dropped on the thread that created it, during the
/// call that created it, and `HELD` has no destructor, so its storage lives as long as the
/// thread.
struct Held {
    set: *const HeldSet,
    entry: usize,
}

impl Held {
    #[inline]
    fn enter(key: usize, exclusive: bool, name: &str) -> Result<(Held, bool), CallError> {
        let (set, shared) = HELD.with(|h| (h as *const HeldSet, h.enter(key, exclusive, name)));
        // Only an entry that was recorded gets a guard to remove it.
        let shared = shared?;
        let entry = key | usize::from(exclusive);
        Ok((Held { set, entry }, shared))
    }
}

impl Drop for Held {
    #[inline]
    fn drop(&mut self) {
        // SAFETY: see the type's comment: same thread, within the thread's lifetime, and the
        // set is only ever used through shared references to its cells.
        unsafe { (*self.set).leave(self.entry) }
    }
}

/// `&self` access to an object for one call.
pub struct Shared<'a, T> {
    guard: RwLockReadGuard<'a, T>,
    _held: Held,
}

/// `&mut self` access to an object for one call.
pub struct Exclusive<'a, T> {
    guard: RwLockWriteGuard<'a, T>,
    _held: Held,
}

impl<T> Deref for Shared<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.guard
    }
}

impl<T> Deref for Exclusive<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.guard
    }
}

impl<T> DerefMut for Exclusive<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.guard
    }
}

fn key_of<T>(cell: &ObjectCell<T>) -> usize {
    // An `Arc`'s contents are aligned to at least its counters' 8 bytes, so bit 0 is free.
    cell as *const ObjectCell<T> as usize & !1
}

#[cold]
#[inline(never)]
fn busy(name: &str, how: &str) -> CallError {
    CallError::invalid_argument(format!(
        "the `{name}` object is {how} by a call in progress on this thread (the same object passed \
         where one use is `&mut`, or a callback re-entering it); waiting would deadlock"
    ))
}

/// Shared access for `&self` methods and `&T` parameters. Another thread's `&mut self` call is
/// waited for; this thread's own is an error, since waiting for it would never end.
pub fn read<'a, T>(cell: &'a ObjectCell<T>, name: &str) -> Result<Shared<'a, T>, CallError> {
    let (held, shared) = Held::enter(key_of(cell), false, name)?;
    // Already shared by this thread: a plain `read` would queue behind a waiting writer, which
    // waits for this thread.
    let guard = if shared {
        cell.read_recursive()
    } else {
        cell.read()
    };
    Ok(Shared { guard, _held: held })
}

/// Exclusive access for `&mut self` methods: an error when this thread already uses the object.
pub fn write<'a, T>(cell: &'a ObjectCell<T>, name: &str) -> Result<Exclusive<'a, T>, CallError> {
    let (held, _) = Held::enter(key_of(cell), true, name)?;
    Ok(Exclusive {
        guard: cell.write(),
        _held: held,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_and_double_free_are_detected() {
        let t: HandleTable<u32> = HandleTable::new("Thing");
        let h = t.insert(5);
        assert_eq!(*read(&t.get(h).unwrap(), "Thing").unwrap(), 5);
        t.remove(h).unwrap();
        assert_eq!(t.get(h).unwrap_err().status, crate::status::INVALID_HANDLE);
        assert!(t.remove(h).is_err());
        let h2 = t.insert(6);
        assert_ne!(h, h2, "a reused slot gets a new generation");
        assert!(t.get(h).is_err());
        assert!(t.get(ObjectHandle { handle: 0 }).is_err());
        let other: HandleTable<u32> = HandleTable::new("Other");
        let ho = other.insert(1);
        assert!(t.get(ho).is_err() || ho.handle & 0xfff == h2.handle & 0xfff);
        assert_eq!(t.live(), 1);
    }

    #[test]
    fn re_entering_an_object_is_an_error_not_a_deadlock() {
        let t: HandleTable<u32> = HandleTable::new("Thing");
        let cell = t.get(t.insert(1)).unwrap();
        {
            let _w = write(&cell, "Thing").unwrap();
            let e = read(&cell, "Thing").err().unwrap();
            assert_eq!(e.status, crate::status::INVALID_ARGUMENT);
            assert!(
                e.message.contains("`Thing` object is borrowed mutably"),
                "{}",
                e.message
            );
            assert!(write(&cell, "Thing").is_err());
        }
        {
            let r1 = read(&cell, "Thing").unwrap();
            // A recursive read works even with a writer queued on another thread.
            std::thread::scope(|s| {
                let writer = s.spawn(|| {
                    let mut w = write(&cell, "Thing").unwrap();
                    *w += 1;
                });
                std::thread::sleep(std::time::Duration::from_millis(20));
                let r2 = read(&cell, "Thing").unwrap();
                assert_eq!(*r2, *r1);
                let e = write(&cell, "Thing").err().unwrap();
                assert!(e.message.contains("already in use"), "{}", e.message);
                drop(r2);
                drop(r1);
                writer.join().unwrap();
            });
        }
        assert_eq!(
            *write(&cell, "Thing").unwrap(),
            2,
            "released guards free the object"
        );
    }
}
