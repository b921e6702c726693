//! The generators' memos across runs ([`polybind_codegen::memo`]): read back before the
//! targets are generated, stored with the files they index once those are written.

use super::cache::Cache;
use polybind_codegen::Memos;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The memos `names` (of [`Cache::memo_names`]) the last run stored, each with the text of its
/// file: a file that is missing, was edited since or is not the one a memo indexes offers
/// nothing. A file several memos index (the C header's) is read once.
pub fn load(cache: &Cache, names: &[String]) -> Memos {
    let memos = Memos::default();
    let mut by_file: HashMap<PathBuf, Vec<(String, Vec<u8>)>> = HashMap::new();
    for name in names {
        if let Some((path, records)) = cache.load_memo(name) {
            by_file
                .entry(path)
                .or_default()
                .push((name.clone(), records));
        }
    }
    for (path, users) in by_file {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let Some((stamp, hash)) = polybind_codegen::stamp_of(&text) else {
            continue;
        };
        let text = Arc::new(text);
        for (name, records) in users {
            memos.insert_prior(&name, text.clone(), stamp, hash, &records);
        }
    }
    memos
}

/// Store every memo closed this run beside the path of a file written with its text (`files`:
/// each file's path and the hash in its marker); memos of generators that did not run, or whose
/// text was not written, are removed.
pub fn store(cache: &Cache, memos: &Memos, files: &[(PathBuf, u64)]) {
    let mut by_hash: HashMap<u64, &PathBuf> = HashMap::new();
    for (path, hash) in files {
        by_hash.entry(*hash).or_insert(path);
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
