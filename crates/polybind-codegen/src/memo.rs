//! Reusing what the last run generated for items that did not change (docs/src/performance.md,
//! "Incremental generation").
//!
//! A generator writes its items in order, and writing one may define something later items
//! share (a type, a converter, a name): an item's text can depend on the items before it. So an
//! item's text is reused only when the item, the library around it ([`library_context`]) and
//! everything the items before it defined are as they were when the text was recorded. The
//! generator keeps a [`Version`]: a running hash of everything shared it has defined, updated at
//! every definition. The key of an item's text covers the item, the context, the version before
//! it and the state of the writer it is written into; a text is recorded only for an item whose
//! generation defined nothing shared beyond the names the generator can claim again on replay
//! (its own), so that replaying it leaves the generator exactly as generating it would.
//!
//! The texts themselves are not stored again: a record holds byte ranges of the file the last
//! run wrote, which the caller (the CLI) reads back and checks against the content hash in its
//! marker before anything is reused.

use polybind_ir::{Function, ItemKey, ItemRef, ValidLibrary};
use std::cell::Cell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock};
use xxhash_rust::xxh3::{Xxh3, xxh3_64, xxh3_64_with_seed, xxh3_128};

/// A running hash of what a generator has defined so far (see the module documentation).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Version(u128);

impl Version {
    /// The version after one more definition, described by `parts`. One-shot hashes chained by
    /// their seeds: generators define tens of thousands of names per run.
    #[must_use]
    pub fn then(self, parts: &[&str]) -> Version {
        let mut v = self.0;
        for p in parts {
            let h = xxh3_64_with_seed(p.as_bytes(), (v as u64) ^ (v >> 64) as u64);
            v = v.rotate_left(23) ^ u128::from(h) ^ (u128::from(h) << 64);
            v = v.wrapping_mul(MIX);
        }
        Version(v)
    }

    /// Record one more definition.
    pub fn mix(&mut self, parts: &[&str]) {
        *self = self.then(parts);
    }

    /// The version of a state made of two parts with versions `self` and `other`.
    #[must_use]
    pub fn and(self, other: Version) -> Version {
        let mut bytes = [0u8; 32];
        bytes[..16].copy_from_slice(&self.0.to_le_bytes());
        bytes[16..].copy_from_slice(&other.0.to_le_bytes());
        Version(xxh3_128(&bytes))
    }
}

/// An odd 128-bit constant (the 64-bit golden ratio, twice): multiplying by it spreads the bits.
const MIX: u128 = 0x9e37_79b9_7f4a_7c15_9e37_79b9_7f4a_7c15;

/// What every generator's keys start from, computed once per library and run.
struct Shared {
    lib: u64,
    /// A hash of the library as the text of one function sees it: every item but the free
    /// functions, the names of all items, the modules and the library's own name and docs. A
    /// free function's text may depend on the types it uses, never on another function's
    /// signature.
    context: u128,
    /// Each free function's hash, in the order of [`ValidLibrary::functions`]...
    functions: Vec<u128>,
    /// ...which starts at this address: a function is found by where it is, with no lookup by
    /// name (tens of thousands of those missed the cache on every key).
    first: usize,
}

impl Shared {
    /// On a pool, the context and the functions' hashes are made side by side, the functions
    /// in parallel: every generator waits for them.
    fn of(lib: &ValidLibrary) -> Shared {
        let context = || {
            let mut h = Hasher128::default();
            lib.name().hash(&mut h);
            lib.docs().hash(&mut h);
            lib.modules().hash(&mut h);
            for item in lib.items() {
                match item {
                    ItemRef::Function(f) => f.name.hash(&mut h),
                    other => other.hash(&mut h),
                }
            }
            h.0.digest128()
        };
        let functions = || -> Vec<u128> {
            if crate::on_pool() {
                use rayon::prelude::*;
                lib.functions().par_iter().map(function_hash).collect()
            } else {
                lib.functions().iter().map(function_hash).collect()
            }
        };
        let (context, functions) = crate::join(context, functions);
        Shared {
            lib: lib.id(),
            context,
            functions,
            first: lib.functions().as_ptr() as usize,
        }
    }

    /// The hash of `f` if it is one of the library's functions (not a copy elsewhere).
    fn function(&self, f: &Function) -> Option<u128> {
        let size = std::mem::size_of::<Function>();
        let offset = (f as *const Function as usize).checked_sub(self.first)?;
        (offset % size == 0)
            .then(|| self.functions.get(offset / size).copied())
            .flatten()
    }
}

/// A hash of `parts`, each prefixed by its length (so that no two lists of parts collide).
pub fn hash_parts(parts: &[&[u8]]) -> u128 {
    let mut bytes = Vec::with_capacity(parts.iter().map(|p| p.len() + 8).sum());
    for p in parts {
        bytes.extend_from_slice(&(p.len() as u64).to_le_bytes());
        bytes.extend_from_slice(p);
    }
    xxh3_128(&bytes)
}

/// What an item's lines in a table of checksums depend on: its kind, its names and its
/// checksum (for [`Memo::key_hashed`]).
pub fn checksum_item(key: &ItemKey<'_>, checksum: u64) -> u128 {
    let (kind, a, b): (u8, &str, &str) = match key {
        ItemKey::Function(f) => (0, &f.name, ""),
        ItemKey::Method(o, m) => (1, o, &m.name),
        ItemKey::Record(r) => (2, &r.name, ""),
        ItemKey::Enum(e) => (3, &e.name, ""),
        ItemKey::Object(o) => (4, o, ""),
        ItemKey::CallbackInterface(c) => (5, &c.name, ""),
    };
    hash_parts(&[&[kind], a.as_bytes(), b.as_bytes(), &checksum.to_le_bytes()])
}

/// Everything about a function, hashed in one pass over bytes gathered first (a function is
/// hundreds of small writes).
fn function_hash(f: &Function) -> u128 {
    hash_of(f)
}

/// A 128-bit XXH3 hash of `value` as its `Hash` impl feeds it: gathered first and hashed at
/// once, which is quicker than streaming the many small pieces a derived `Hash` writes.
/// Deterministic within one build of polybind (not across builds: caches are per build).
pub fn hash_of(value: &impl Hash) -> u128 {
    let mut bytes = Bytes(Vec::with_capacity(256));
    value.hash(&mut bytes);
    xxh3_128(&bytes.0)
}

/// `std::hash::Hasher` over XXH3, read as 128 bits.
#[derive(Default)]
struct Hasher128(Xxh3);

impl Hasher for Hasher128 {
    fn finish(&self) -> u64 {
        self.0.digest()
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
}

/// A `Hasher` that only gathers what it is given, to be hashed at once.
struct Bytes(Vec<u8>);

impl Hasher for Bytes {
    fn finish(&self) -> u64 {
        xxh3_64(&self.0)
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0.extend_from_slice(bytes);
    }
}

/// Keys are XXH3 hashes already: their low bits index the map as they are.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 ^= u64::from_le_bytes(word);
        }
    }
    fn write_u128(&mut self, v: u128) {
        self.0 = v as u64;
    }
}

/// Record positions by key.
type Index = HashMap<u128, usize, BuildHasherDefault<KeyHasher>>;

/// The sections one item may write into and be recorded (the C header's checks write three).
const MAX_SECTIONS: usize = 3;

/// Up to [`MAX_SECTIONS`] `(section, range)` pairs, held inline: tens of thousands of records
/// are made per run.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Ranges {
    len: u8,
    items: [(u8, Range<u32>); MAX_SECTIONS],
}

impl Ranges {
    fn push(&mut self, section: u8, range: Range<u32>) -> Option<()> {
        let slot = self.items.get_mut(usize::from(self.len))?;
        *slot = (section, range);
        self.len += 1;
        Some(())
    }
    fn as_slice(&self) -> &[(u8, Range<u32>)] {
        &self.items[..usize::from(self.len)]
    }
    fn as_mut_slice(&mut self) -> &mut [(u8, Range<u32>)] {
        &mut self.items[..usize::from(self.len)]
    }
}

/// One item's recorded text: where it lies in the file, and the generator's version after it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Record {
    key: u128,
    after: Version,
    /// Byte ranges of the file, one per section the item wrote into, in section order.
    ranges: Ranges,
}

/// What one generator recorded on the last run: the text of its file and the records.
struct Prior {
    /// The file as stamped: the hash in its marker shifts everything after it.
    text: Arc<String>,
    stamp: Stamp,
    /// In the order they were recorded, which is nearly always the order they are asked for:
    /// the record after the last one found ([`Memo`]'s cursor) is tried first, and the index by
    /// key is built only when that fails.
    records: Vec<Record>,
    /// Shared by a memo's forks, which may run on other threads.
    index: OnceLock<Index>,
}

impl Prior {
    fn find(&self, key: u128, next: &Cell<usize>) -> Option<&Record> {
        let at = match self.records.get(next.get()) {
            Some(r) if r.key == key => next.get(),
            _ => *self
                .index
                .get_or_init(|| {
                    let mut index =
                        Index::with_capacity_and_hasher(self.records.len(), Default::default());
                    for (i, r) in self.records.iter().enumerate() {
                        index.entry(r.key).or_insert(i);
                    }
                    index
                })
                .get(&key)?,
        };
        next.set(at + 1);
        self.records.get(at)
    }
}

/// Where the stamp went into a file: `len` bytes at byte `at` of its unstamped text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stamp {
    pub at: usize,
    pub len: usize,
}

impl Stamp {
    /// A range of the unstamped text, in the stamped one.
    fn shift(self, r: &Range<u32>) -> Range<usize> {
        let (start, end) = (r.start as usize, r.end as usize);
        // A byte at or after `at` moved; an end at `at` still ends before the stamp.
        let start = if start >= self.at {
            start + self.len
        } else {
            start
        };
        let end = if end > self.at { end + self.len } else { end };
        start..end
    }
}

/// The memo of one generator for one run: the last run's records (if usable) and this run's.
pub struct Memo {
    name: String,
    context: u128,
    shared: Option<Arc<Shared>>,
    prior: Option<Arc<Prior>>,
    /// Where in the prior's records to look first.
    next: Cell<usize>,
    records: Vec<Record>,
    reused: usize,
}

/// The memo `name` of `memos` for `lib`, or one that reuses nothing without `memos`. `options`
/// are whatever else of the generation every item's text depends on.
pub fn open(memos: Option<&Memos>, name: &str, lib: &ValidLibrary, options: &impl Hash) -> Memo {
    let mut memo = match memos {
        Some(m) => m.open(name, lib),
        None => Memo::fresh(name, 0),
    };
    let mut bytes = Bytes(memo.context.to_le_bytes().to_vec());
    options.hash(&mut bytes);
    memo.context = xxh3_128(&bytes.0);
    memo
}

/// Close every memo of `closing`, all indexing `text`, into `memos`, if any ([`Memos::close`]);
/// `text`, stamped when the memos are [`Memos::stamping`].
pub fn close(
    memos: Option<&Memos>,
    closing: impl IntoIterator<Item = Memo>,
    text: String,
) -> String {
    match memos {
        Some(m) => m.close(closing, text),
        None => text,
    }
}

/// An item's text found in the last run's file.
pub struct Hit<'m> {
    pub after: Version,
    ranges: &'m [(u8, Range<u32>)],
    text: &'m str,
    stamp: Stamp,
}

impl Hit<'_> {
    /// The item's text in `section` (empty when it wrote none there).
    pub fn text(&self, section: u8) -> &str {
        self.ranges
            .iter()
            .find(|(s, _)| *s == section)
            .and_then(|(_, r)| self.text.get(self.stamp.shift(r)))
            .unwrap_or("")
    }
}

impl Memo {
    /// A memo that reuses nothing and records what is generated.
    pub fn fresh(name: &str, context: u128) -> Memo {
        Memo {
            name: name.to_owned(),
            context,
            shared: None,
            prior: None,
            next: Cell::new(0),
            records: vec![],
            reused: 0,
        }
    }

    /// A memo for a part of this one's text generated apart (on another thread): it finds what
    /// this one finds and records on its own, until [`Memo::join`] takes its records back.
    pub fn fork(&self) -> Memo {
        Memo {
            name: self.name.clone(),
            context: self.context,
            shared: self.shared.clone(),
            prior: self.prior.clone(),
            next: Cell::new(0),
            records: vec![],
            reused: 0,
        }
    }

    /// Take back the records of `fork` ([`Memo::fork`]), placed already ([`Memo::place`]) in
    /// the file this memo indexes, and its count of texts reused.
    pub fn join(&mut self, fork: Memo) {
        self.records.extend(fork.records);
        self.reused += fork.reused;
    }

    /// The key of function `f`'s text, written after `before` into a writer whose state is
    /// `tail` ([`crate::CodeWriter::tail`]).
    pub fn key(&self, f: &Function, before: Version, tail: u64) -> u128 {
        let item = self
            .shared
            .as_ref()
            .and_then(|s| s.function(f))
            .unwrap_or_else(|| function_hash(f));
        self.key_hashed(item, before, tail)
    }

    /// [`Memo::key`] of an item other than a function, given everything its text depends on as
    /// a hash ([`hash_parts`]).
    pub fn key_hashed(&self, item: u128, before: Version, tail: u64) -> u128 {
        let mut bytes = [0u8; 56];
        bytes[..16].copy_from_slice(&self.context.to_le_bytes());
        bytes[16..32].copy_from_slice(&before.0.to_le_bytes());
        bytes[32..40].copy_from_slice(&tail.to_le_bytes());
        bytes[40..].copy_from_slice(&item.to_le_bytes());
        xxh3_128(&bytes)
    }

    /// The recorded text of `key`, if the last run left one.
    pub fn hit(&self, key: u128) -> Option<Hit<'_>> {
        let prior = self.prior.as_ref()?;
        let r = prior.find(key, &self.next)?;
        Some(Hit {
            after: r.after,
            ranges: r.ranges.as_slice(),
            text: &prior.text,
            stamp: prior.stamp,
        })
    }

    /// Remember the text of `key`: `ranges` are byte ranges of the sections' writers; they are
    /// moved to the file by [`Memo::place`].
    pub fn record(&mut self, key: u128, after: Version, ranges: &[(u8, Range<usize>)]) {
        let mut kept = Ranges::default();
        for (s, r) in ranges.iter().filter(|(_, r)| !r.is_empty()) {
            let (Ok(start), Ok(end)) = (u32::try_from(r.start), u32::try_from(r.end)) else {
                return;
            };
            if kept.push(*s, start..end).is_none() {
                return;
            }
        }
        self.records.push(Record {
            key,
            after,
            ranges: kept,
        });
    }

    /// Count one text reused (for `--verbose` and the tests).
    pub fn reused(&mut self) {
        self.reused += 1;
    }

    /// How many texts were reused this run.
    pub fn reuse_count(&self) -> usize {
        self.reused
    }

    /// Section `section` was copied into the file at byte `at`, its first `len` bytes
    /// unchanged: its ranges become the file's. A record with a range beyond them, or in a
    /// section never placed, is dropped when the memo is closed.
    pub fn place(&mut self, section: u8, at: usize, len: usize) {
        let (Ok(at), Ok(len)) = (u32::try_from(at), u32::try_from(len)) else {
            return self.records.clear();
        };
        for r in &mut self.records {
            for (s, range) in r.ranges.as_mut_slice() {
                if *s == section && range.end <= len {
                    *s |= PLACED;
                    *range = range.start + at..range.end + at;
                }
            }
        }
    }
}

/// Set on a range's section once [`Memo::place`] moved it into the file.
const PLACED: u8 = 0x80;
const MAGIC: &[u8; 8] = b"PBMEMO1\n";

/// The memos of a run, shared by every target: the CLI puts in what the last run recorded and
/// takes out what this run recorded; backends open and close one memo per generated file.
#[derive(Default)]
pub struct Memos {
    prior: Mutex<HashMap<String, Arc<Prior>>>,
    closed: Mutex<Vec<Closed>>,
    shared: Mutex<Option<Arc<Shared>>>,
    /// The texts closed are stamped ([`crate::stamp`]) with the hash the memos take of them.
    stamp: bool,
}

/// A memo closed by its generator, to be stored with the file whose text it indexes.
pub struct Closed {
    pub name: String,
    /// XXH3-64 of the file's text before stamping: the hash its marker will carry.
    pub text_hash: u64,
    /// The records, as [`Memos::insert_prior`] reads them back.
    pub bytes: Vec<u8>,
    /// Item texts reused from the last run, and item texts recorded.
    pub reused: usize,
    pub items: usize,
}

impl Memos {
    /// Offer the last run's memo `name`: `bytes` as a closed memo stored them, `text` the file
    /// they index as written (stamped at `stamp`), and `text_hash` the XXH3-64 of its text
    /// before stamping, as [`crate::stamp_of`] checked it. Ignored unless the two belong
    /// together.
    pub fn insert_prior(
        &self,
        name: &str,
        text: Arc<String>,
        stamp: Stamp,
        text_hash: u64,
        bytes: &[u8],
    ) {
        if let Some(records) = decode(bytes, text_hash) {
            let prior = Prior {
                text,
                stamp,
                records,
                index: OnceLock::new(),
            };
            lock(&self.prior).insert(name.to_owned(), Arc::new(prior));
        }
    }

    /// Memos that stamp every text closed with them: with the hash they take of it anyway, which
    /// the caller would take again to stamp it (the files of a run total tens of megabytes).
    pub fn stamping(mut self) -> Memos {
        self.stamp = true;
        self
    }

    /// Make now what every memo of `lib` starts from (the hashes of its functions), so that no
    /// generator waits for another to make it; on a pool, in parallel.
    pub fn prepare(&self, lib: &ValidLibrary) {
        self.shared(lib);
    }

    /// What every memo of `lib` starts from, made by the first to ask.
    fn shared(&self, lib: &ValidLibrary) -> Arc<Shared> {
        let mut shared = lock(&self.shared);
        match &*shared {
            Some(s) if s.lib == lib.id() => s.clone(),
            _ => shared.insert(Arc::new(Shared::of(lib))).clone(),
        }
    }

    /// The memo `name` for `lib` this run, with the last run's records when they were offered.
    pub fn open(&self, name: &str, lib: &ValidLibrary) -> Memo {
        let shared = self.shared(lib);
        let mut memo = Memo::fresh(name, shared.context);
        memo.shared = Some(shared);
        memo.prior = lock(&self.prior).remove(name);
        // About one record per function (the tables two): grown from empty, tens of thousands
        // of them were copied a dozen times.
        memo.records.reserve(2 * lib.functions().len());
        memo
    }

    /// Keep what each memo of `closing` recorded for the file whose final (unstamped) text is
    /// `text`; `text` as it is, or stamped when these memos are [`Memos::stamping`].
    pub fn close(&self, closing: impl IntoIterator<Item = Memo>, text: String) -> String {
        let text_hash = xxh3_64(text.as_bytes());
        for memo in closing {
            lock(&self.closed).push(Closed {
                bytes: encode(&memo.records, text_hash),
                items: memo.records.len(),
                reused: memo.reused,
                name: memo.name,
                text_hash,
            });
        }
        match self.stamp {
            true => crate::stamp::stamp_hashed(text, text_hash),
            false => text,
        }
    }

    /// For each memo closed so far, sorted: `<name>: reused N of M item texts`.
    pub fn reuse_notes(&self) -> Vec<String> {
        let mut notes: Vec<String> = lock(&self.closed)
            .iter()
            .map(|c| format!("{}: reused {} of {} item texts", c.name, c.reused, c.items))
            .collect();
        notes.sort();
        notes
    }

    /// Every memo closed so far, in the order closed.
    pub fn take_closed(&self) -> Vec<Closed> {
        std::mem::take(&mut *lock(&self.closed))
    }
}

/// A poisoned lock only means another thread panicked while holding it; the maps stay whole.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Fixed-width little-endian records after a magic and the text's hash: read back by the same
/// build only (the cache is per build), at tens of thousands of records per file.
fn encode(records: &[Record], text_hash: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(16 + records.len() * 48);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&text_hash.to_le_bytes());
    let placed: Vec<&Record> = records
        .iter()
        .filter(|r| r.ranges.as_slice().iter().all(|(s, _)| s & PLACED != 0))
        .collect();
    out.extend_from_slice(&(placed.len() as u64).to_le_bytes());
    for r in placed {
        out.extend_from_slice(&r.key.to_le_bytes());
        out.extend_from_slice(&r.after.0.to_le_bytes());
        out.push(r.ranges.len);
        for (s, range) in r.ranges.as_slice() {
            out.push(s & !PLACED);
            out.extend_from_slice(&range.start.to_le_bytes());
            out.extend_from_slice(&range.end.to_le_bytes());
        }
    }
    out
}

fn decode(bytes: &[u8], text_hash: u64) -> Option<Vec<Record>> {
    let mut r = Reader(bytes);
    if r.take(8)? != MAGIC || r.u64()? != text_hash {
        return None;
    }
    let count = usize::try_from(r.u64()?).ok()?;
    let mut records = Vec::with_capacity(count.min(1 << 20));
    for _ in 0..count {
        let key = r.u128()?;
        let after = Version(r.u128()?);
        let n = r.take(1)?[0];
        let mut ranges = Ranges::default();
        for _ in 0..n {
            let s = r.take(1)?[0];
            let (start, end) = (r.u32()?, r.u32()?);
            if start > end {
                return None;
            }
            ranges.push(s, start..end)?;
        }
        records.push(Record { key, after, ranges });
    }
    r.0.is_empty().then_some(records)
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = self.0.split_at_checked(n)?;
        self.0 = rest;
        Some(head)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn u128(&mut self) -> Option<u128> {
        Some(u128::from_le_bytes(self.take(16)?.try_into().ok()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A library of functions without parameters, named `names`.
    fn lib_of(names: &[&str]) -> ValidLibrary {
        let mut l = polybind_ir::Library::new("demo");
        for name in names {
            l.items.push(polybind_ir::Item::Function(Function {
                name: (*name).into(),
                docs: String::new(),
                params: vec![],
                ret: None,
                error: None,
                blocking: false,
                location: None,
            }));
        }
        polybind_ir::validate(&l).unwrap()
    }

    fn lib() -> ValidLibrary {
        lib_of(&["f"])
    }

    #[test]
    fn records_come_back_only_with_their_text() {
        let lib = lib();
        let f = &lib.functions()[0];
        let memos = Memos::default();
        let mut memo = memos.open("t", &lib);
        let key = memo.key(f, Version::default(), 0);
        memo.record(key, Version::default().then(&["f"]), &[(0, 2..5)]);
        memo.record(9, Version::default(), &[(1, 0..1)]);
        memo.place(0, 10, 5);
        let text = "0123456789abcdefgh".to_owned();
        memos.close([memo], text.clone());
        let closed = memos.take_closed();
        assert_eq!(closed.len(), 1);
        assert_eq!(closed[0].text_hash, xxh3_64(text.as_bytes()));

        let next = Memos::default();
        next.insert_prior(
            "t",
            Arc::new("something else".to_owned()),
            Stamp::default(),
            xxh3_64(b"something else"),
            &closed[0].bytes,
        );
        assert!(next.open("t", &lib).hit(key).is_none(), "another text");

        let next = Memos::default();
        next.insert_prior(
            "t",
            Arc::new(text.clone()),
            Stamp::default(),
            xxh3_64(text.as_bytes()),
            &closed[0].bytes,
        );
        let memo = next.open("t", &lib);
        let hit = memo.hit(key).expect("recorded");
        assert_eq!(hit.text(0), "cde");
        assert_eq!(hit.text(1), "");
        assert_eq!(hit.after, Version::default().then(&["f"]));
        assert!(memo.hit(9).is_none(), "its section was never placed");
        assert_ne!(memo.key(f, Version::default(), 1), key, "the writer's tail");
        assert_ne!(memo.key(f, Version::default().then(&["x"]), 0), key);
        assert_ne!(Memo::fresh("t", 8).key(f, Version::default(), 0), key);
        let mut g = f.clone();
        g.docs = "changed".into();
        assert_ne!(
            Memo::fresh("t", 8).key(&g, Version::default(), 0),
            Memo::fresh("t", 8).key(f, Version::default(), 0)
        );
        let with =
            |o: &str| open(Some(&Memos::default()), "t", &lib, &o).key(f, Version::default(), 0);
        assert_ne!(with("a"), with("b"), "options are in every key");
    }

    #[test]
    fn damaged_records_are_ignored() {
        let memos = Memos::default();
        let mut memo = memos.open("t", &lib());
        memo.record(1, Version::default(), &[(0, 0..3)]);
        memo.place(0, 0, 3);
        memos.close([memo], "abc".to_owned());
        let bytes = memos.take_closed().remove(0).bytes;
        for cut in 0..bytes.len() {
            let m = Memos::default();
            m.insert_prior(
                "t",
                Arc::new("abc".into()),
                Stamp::default(),
                xxh3_64(b"abc"),
                &bytes[..cut],
            );
            assert!(m.open("t", &lib()).hit(1).is_none(), "cut at {cut}");
        }
    }

    #[test]
    fn ranges_skip_the_stamp() {
        let stamp = Stamp { at: 4, len: 3 };
        assert_eq!(stamp.shift(&(0..4)), 0..4);
        assert_eq!(stamp.shift(&(5..9)), 8..12);
        assert_eq!(
            stamp.shift(&(4..9)),
            7..12,
            "a range may start at the marker's end"
        );
        assert_eq!(stamp.shift(&(2..4)), 2..4, "or end there");
    }

    #[test]
    fn a_function_is_keyed_alike_wherever_it_lies() {
        let lib = lib_of(&["f", "g"]);
        let memo = Memos::default().open("t", &lib);
        let v = Version::default();
        let [f, g] = [&lib.functions()[0], &lib.functions()[1]];
        // Found by address in the library, or hashed when it is a copy: the same key.
        assert_eq!(memo.key(f, v, 0), memo.key(&f.clone(), v, 0));
        assert_eq!(memo.key(g, v, 0), memo.key(&g.clone(), v, 0));
        assert_ne!(memo.key(f, v, 0), memo.key(g, v, 0));
    }

    #[test]
    fn versions_follow_every_definition() {
        let v = Version::default();
        assert_ne!(v.then(&["a"]), v);
        assert_ne!(v.then(&["ab"]), v.then(&["a", "b"]));
        assert_ne!(v.then(&["a"]).then(&["b"]), v.then(&["b"]).then(&["a"]));
        let mut w = v;
        w.mix(&["a"]);
        assert_eq!(w, v.then(&["a"]));
    }
}
