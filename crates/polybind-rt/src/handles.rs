//! Checked object handles. A handle is `index (32 bits) | generation (20 bits) | type tag (12 bits)`
//! into a per-type table. Lookups check all three, so a null, stale, double-freed or wrongly typed
//! handle is an error instead of a dangling pointer.

use crate::status::CallError;
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

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
    value: Option<Arc<RwLock<T>>>,
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
    slab: RwLock<Slab<T>>,
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
            slab: RwLock::new(Slab {
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
        let mut slab = self.slab.write().unwrap_or_else(PoisonError::into_inner);
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
    pub fn get(&self, h: ObjectHandle) -> Result<Arc<RwLock<T>>, CallError> {
        let (index, generation) = self.decode(h)?;
        let slab = self.slab.read().unwrap_or_else(PoisonError::into_inner);
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
    pub fn take(&self, h: ObjectHandle) -> Result<Arc<RwLock<T>>, CallError> {
        let (index, generation) = self.decode(h)?;
        let mut slab = self.slab.write().unwrap_or_else(PoisonError::into_inner);
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
        let slab = self.slab.read().unwrap_or_else(PoisonError::into_inner);
        slab.slots.len() - slab.free.len()
    }

    fn stale(&self) -> CallError {
        CallError::invalid_handle(format!(
            "the `{}` handle is stale: it was released or never existed",
            self.name
        ))
    }
}

/// Shared access for `&self` methods (a poisoned lock still gives access: the panic that poisoned
/// it was already reported as an error).
pub fn read<T>(cell: &RwLock<T>) -> RwLockReadGuard<'_, T> {
    cell.read().unwrap_or_else(PoisonError::into_inner)
}

/// Exclusive access for `&mut self` methods.
pub fn write<T>(cell: &RwLock<T>) -> RwLockWriteGuard<'_, T> {
    cell.write().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_and_double_free_are_detected() {
        let t: HandleTable<u32> = HandleTable::new("Thing");
        let h = t.insert(5);
        assert_eq!(*read(&t.get(h).unwrap()), 5);
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
}
