//! Lowering a crate's files on a thread pool and through the cache, noting what was read so the
//! next run can tell whether anything changed.

use super::cache::{Cache, SourceRecord, fingerprint, for_cache, hash};
use polybind_syntax::{Entry, FileJob, FileLowering, lower_file_fast, lower_file_with_syn};
use std::collections::BTreeMap;
use std::path::PathBuf;

pub struct Lowerer<'a> {
    pub pool: Option<&'a rayon::ThreadPool>,
    pub cache: Option<&'a Cache>,
    /// Every file lowered, in walk order.
    pub sources: Vec<SourceRecord>,
    /// Candidates of `mod x;` looked for before the file found (see `cache::Manifest`).
    pub absent: Vec<PathBuf>,
    /// The cache keys of the files, for pruning entries no longer used.
    pub keys: Vec<String>,
    /// Lowerings not in the cache yet (key, JSON, fingerprint): written only when the run
    /// succeeds, since a failed run writes nothing.
    pub pending: Vec<(String, Vec<u8>, String)>,
    /// Files already lowered before the run started (by the check whether anything changed),
    /// taken instead of lowering them again.
    pub lowered: Vec<Lowered>,
    /// The content hash and fingerprint of each file as the last run read it.
    pub known: BTreeMap<PathBuf, (String, String)>,
}

/// A file lowered ahead of the run, under its cache key.
pub struct Lowered {
    pub key: String,
    pub lowering: FileLowering,
    pub json: Vec<u8>,
    pub print: String,
}

impl<'a> Lowerer<'a> {
    pub fn new(pool: Option<&'a rayon::ThreadPool>, cache: Option<&'a Cache>) -> Self {
        Lowerer {
            pool,
            cache,
            sources: vec![],
            absent: vec![],
            keys: vec![],
            pending: vec![],
            lowered: vec![],
            known: BTreeMap::new(),
        }
    }

    pub fn lower(&mut self, jobs: &[FileJob]) -> Vec<FileLowering> {
        let cache = self.cache;
        let ahead = std::sync::Mutex::new(std::mem::take(&mut self.lowered));
        let known = &self.known;
        let one = |job: &FileJob| {
            let content = hash(&[job.source.text.as_bytes()]);
            let key = cache.map(|c| c.file_key(job, &content)).unwrap_or_default();
            let taken = ahead.lock().ok().and_then(|mut a| {
                let i = a.iter().position(|l| cache.is_some() && l.key == key)?;
                Some(a.swap_remove(i))
            });
            if let Some(l) = taken {
                return (
                    content,
                    key,
                    l.lowering,
                    l.print.clone(),
                    Some((l.json, l.print)),
                );
            }
            // A file of plain items is lowered again rather than read from the cache: the fast
            // path is quicker than reading its lowering back from JSON. Its fingerprint is the
            // last run's when its text did not change.
            let fast = match (lower_file_fast(job), cache) {
                (Some(l), Some(_)) => {
                    let print = match known.get(&job.path) {
                        Some((c, p)) if *c == content => p.clone(),
                        _ => fingerprint(&l).unwrap_or_default(),
                    };
                    return (content, key, l, print, None);
                }
                (fast, _) => fast,
            };
            if let Some((l, print)) = cache.and_then(|c| c.load_file(&key)) {
                return (content, key, l, print, None);
            }
            let l = fast.unwrap_or_else(|| lower_file_with_syn(job));
            // Fingerprints are only needed by the cache, and only of lowerings without errors
            // (a run with errors records nothing).
            match cache.and_then(|_| for_cache(&l)) {
                Some((json, print)) => (content, key, l, print.clone(), Some((json, print))),
                None => (content, key, l, String::new(), None),
            }
        };
        let results = super::par_map(self.pool, jobs.iter().collect(), one);
        let mut out = Vec::with_capacity(results.len());
        for (job, (content, key, lowering, print, new)) in jobs.iter().zip(results) {
            self.sources.push(SourceRecord {
                path: job.path.clone(),
                shown: job.source.path.clone(),
                is_root: job.is_root,
                content,
                fingerprint: print,
            });
            if let Some((json, print)) = new {
                self.pending.push((key.clone(), json, print));
            }
            self.keys.push(key);
            for entry in &lowering.entries {
                if let Entry::Module(m) = entry {
                    let found = m.candidates.iter().position(|p| p.is_file());
                    let before = found.unwrap_or(m.candidates.len());
                    self.absent.extend(m.candidates[..before].iter().cloned());
                }
            }
            out.push(lowering);
        }
        out
    }
}
