//! The generators' memos across runs ([`polybind_codegen::memo`]): read back before the
//! targets are generated, stored with the files they index once those are written.

use super::cache::Cache;
use super::par_map;
use polybind_codegen::Memos;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The memos the last run stored, each with the text of its file, read on the pool: a file
/// that is missing, was edited since or is not the one the memo indexes offers nothing.
pub fn load(cache: &Cache, pool: Option<&rayon::ThreadPool>) -> Memos {
    let memos = Memos::default();
    let read = |name: String| {
        let (path, records) = cache.load_memo(&name)?;
        let stamped = std::fs::read_to_string(&path).ok()?;
        let (text, _) = polybind_codegen::unstamp(&stamped)?;
        Some((name, text, records))
    };
    for (name, text, records) in par_map(pool, cache.memo_names(), read)
        .into_iter()
        .flatten()
    {
        memos.insert_prior(&name, text, &records);
    }
    memos
}

/// Store every memo closed this run beside the path of a file written with its text (`files`:
/// each file's path and the hash in its marker); memos of generators that did not run, or whose
/// text was not written, are removed.
pub fn store(cache: &Cache, memos: &Memos, files: Vec<(PathBuf, u64)>) {
    let mut by_hash: HashMap<u64, PathBuf> = HashMap::new();
    for (path, hash) in files {
        by_hash.entry(hash).or_insert(path);
    }
    let mut kept = vec![];
    for c in memos.take_closed() {
        if let Some(path) = by_hash.get(&c.text_hash) {
            cache.store_memo(&c.name, absolute(path).as_path(), &c.bytes);
            kept.push(c.name);
        }
    }
    for name in cache.memo_names() {
        if !kept.contains(&name) {
            cache.forget_memo(&name);
        }
    }
}

/// Memos are read before anything else of a later run: from any working directory.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}
