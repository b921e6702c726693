//! The on-disk cache of `polybind generate`: `.polybind/cache/` next to the configuration.
//!
//! * `files/<key>.json`: the lowering of one source file, under a hash of everything it depends
//!   on (the file's text and path, whether it is the crate root, and the cache's version). Only
//!   files lowered through `syn` are kept: a file the fast path reads is quicker to lower again
//!   than to read back from JSON.
//! * `run.json`: what the last successful run read and wrote ([`Manifest`]), so that a run over
//!   unchanged sources and untouched outputs can stop before parsing anything.
//! * `memo/<name>.bin`: what one generator recorded of its last file, so that unchanged items
//!   are not generated again ([`polybind_codegen::memo`]): the path of that file on the first
//!   line, the records after it.
//!
//! Everything lives in a folder named after the cache's version: polybind's version, the IR
//! schema version and the identity of the polybind binary itself (its size and modification
//! time, so a rebuilt polybind never trusts what another build wrote). Folders of other versions
//! are removed. The cache is only an accelerator: an entry that cannot be read, does not parse or
//! names another version is ignored and rewritten; a cache that cannot be written is skipped.
//! It can never change the output, only how fast it comes.

use polybind_syntax::{FileJob, FileLowering};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use xxhash_rust::xxh3::Xxh3;

/// The folder of one version of the cache.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
    version: String,
}

/// The first line of a cache entry: the version it was written by and the key it answers. The
/// lowering's JSON follows on the next line.
#[derive(Serialize, Deserialize)]
struct FileHeader {
    version: String,
    key: String,
    /// A hash of the lowering's JSON: what the file means to polybind.
    fingerprint: String,
}

/// What the last successful run read and wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Manifest {
    pub version: String,
    /// A hash of the configuration and the options of the run (targets, their options and
    /// output directories).
    pub run: String,
    /// Every source file read, in walk order.
    pub sources: Vec<SourceRecord>,
    /// Files whose appearance would change which file a `mod x;` means (a candidate looked for
    /// before the one found).
    pub absent: Vec<PathBuf>,
    /// Per target, its directory and every file written: path, length and modification time
    /// (nanoseconds since the epoch). A person's edit changes the time.
    pub targets: Vec<TargetRecord>,
}

/// A source file as the last run read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRecord {
    pub path: PathBuf,
    /// As diagnostics show it.
    pub shown: PathBuf,
    pub is_root: bool,
    /// A hash of its text.
    pub content: String,
    /// A hash of its lowering: an edit that leaves it equal (a function body, a plain comment)
    /// changes no output.
    pub fingerprint: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetRecord {
    pub target: String,
    pub dir: PathBuf,
    /// Each file's path, length, modification time and content id
    /// ([`polybind_codegen::content_id`]).
    pub files: Vec<(PathBuf, u64, u128, u64)>,
}

/// A lowering's fingerprint: a hash of what the file means to polybind, so that an edit that
/// leaves it equal changes nothing (`None` when it has diagnostics: such a lowering is never
/// cached). Hashed through `Hash`, not its JSON: serialising every file only to hash it was a
/// twentieth of a cold run.
pub fn fingerprint(lowering: &FileLowering) -> Option<String> {
    if !lowering.diagnostics.is_empty() {
        return None;
    }
    let meaning = (&lowering.docs, lowering.has_setup, &lowering.entries);
    Some(format!(
        "{:032x}",
        polybind_codegen::memo::hash_of(&meaning)
    ))
}

/// A lowering as the cache stores it: its JSON, and its [`fingerprint`].
pub fn for_cache(lowering: &FileLowering) -> Option<(Vec<u8>, String)> {
    let print = fingerprint(lowering)?;
    Some((serde_json::to_vec(lowering).ok()?, print))
}

/// Hex XXH3-128 of the parts, each prefixed by its length so that no two lists of parts collide.
/// The cache only has to tell its own entries apart, not resist a forger: a hash ten times
/// faster than SHA-256 is visible on a cold run, which hashes every source and lowering.
pub fn hash(parts: &[&[u8]]) -> String {
    let mut h = Xxh3::new();
    for p in parts {
        h.update(&(p.len() as u64).to_le_bytes());
        h.update(p);
    }
    format!("{:032x}", h.digest128())
}

/// The version of this polybind build, as cache folders are named.
pub fn this_version() -> String {
    let build = std::env::current_exe()
        .and_then(fs::metadata)
        .map(|m| format!("{}-{}", m.len(), mtime_ns(&m)))
        .unwrap_or_else(|_| "unknown".into());
    let build = hash(&[build.as_bytes()]);
    format!(
        "v{}-{}-{}",
        polybind_ir::SCHEMA_VERSION,
        env!("CARGO_PKG_VERSION"),
        &build[..16]
    )
}

/// Modification time in nanoseconds since the epoch (0 when the platform has none).
pub fn mtime_ns(m: &fs::Metadata) -> u128 {
    m.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos())
}

/// Where a file found in an output directory comes from: its marker says, and for a file
/// without one (an empty `py.typed`, a file an older version wrote without one), the content id
/// the last `generate` of each polybind version recorded for its path (each version keeps its
/// own cache). The records are read once, when a file without a marker first asks.
#[derive(Debug, Default)]
pub struct Recorded {
    /// `<config dir>/.polybind/cache`; `None`: no records.
    root: Option<PathBuf>,
    ids: std::sync::OnceLock<HashMap<PathBuf, Vec<u64>>>,
}

impl Recorded {
    pub fn new(root: Option<&Path>) -> Recorded {
        Recorded {
            root: root.map(Path::to_path_buf),
            ids: Default::default(),
        }
    }

    /// Where `text`, found at `path`, comes from: polybind wrote it as it is, or wrote
    /// something else there (edited since), or not polybind's.
    pub fn provenance(&self, path: &Path, text: &str) -> polybind_codegen::Provenance {
        use polybind_codegen::Provenance;
        match polybind_codegen::provenance(text) {
            Provenance::Foreign => match self.ids().get(path) {
                Some(ids) if ids.contains(&polybind_codegen::content_id(text)) => {
                    Provenance::Generated
                }
                Some(_) => Provenance::Edited,
                None => Provenance::Foreign,
            },
            p => p,
        }
    }

    fn ids(&self) -> &HashMap<PathBuf, Vec<u64>> {
        self.ids.get_or_init(|| {
            let Some(root) = &self.root else {
                return HashMap::new();
            };
            let versions = fs::read_dir(root).into_iter().flatten().flatten();
            let manifests = versions.filter_map(|v| {
                let version = v.file_name().into_string().ok()?;
                Cache::open_version(root, &version).load_manifest()
            });
            let mut ids: HashMap<PathBuf, Vec<u64>> = HashMap::new();
            for t in manifests.flat_map(|m| m.targets) {
                for (rel, _, _, id) in t.files {
                    ids.entry(t.dir.join(rel)).or_default().push(id);
                }
            }
            ids
        })
    }
}

impl Cache {
    /// The cache under `root` (normally `<config dir>/.polybind/cache`) for this polybind.
    pub fn open(root: &Path) -> Cache {
        Cache::open_version(root, &this_version())
    }

    /// The cache under `root` for `version`. Nothing is written until [`Cache::prepare`].
    pub fn open_version(root: &Path, version: &str) -> Cache {
        Cache {
            dir: root.join(version),
            version: version.to_owned(),
        }
    }

    /// Where files a run replaced wait to be removed by a later run (`.polybind/trash`, beside
    /// the cache of every version): see [`Cache::empty_trash`].
    pub fn trash(&self) -> Option<PathBuf> {
        Some(self.dir.parent()?.parent()?.join("trash"))
    }

    /// Remove what earlier runs left in the trash, on a thread nobody waits for. On ext4 removing
    /// a file whose blocks are on disk waits for the disk (freeing, and trimming when mounted
    /// with `discard`) longer than the file took to write, with the processor idle: beside a
    /// run's parsing and generation it costs nearly nothing. A removal cut short when the
    /// process exits is finished by a later run.
    pub fn empty_trash(&self) {
        let Some(trash) = self.trash() else {
            return;
        };
        let Ok(entries) = fs::read_dir(&trash) else {
            return;
        };
        let files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        if files.is_empty() {
            return;
        }
        let _ = std::thread::Builder::new()
            .name("polybind-trash".into())
            .spawn(move || {
                for f in files {
                    let _ = fs::remove_file(f);
                }
            });
    }

    /// Before the first write of a run: remove the folders of other versions, and keep the
    /// `.polybind` folder out of version control.
    pub fn prepare(&self) {
        let Some(root) = self.dir.parent() else {
            return;
        };
        if let Ok(entries) = fs::read_dir(root) {
            for e in entries.flatten() {
                if e.path().is_dir() && e.path() != self.dir {
                    let _ = fs::remove_dir_all(e.path());
                }
            }
        }
        if let Some(parent) = root.parent() {
            let _ = fs::create_dir_all(parent);
            let ignore = parent.join(".gitignore");
            if !ignore.exists() {
                let _ = fs::write(
                    ignore,
                    "# Written by polybind: a cache, safe to delete.\n*\n",
                );
            }
        }
    }

    /// The key of a source file's lowering; `content` is the hash of its text.
    pub fn file_key(&self, job: &FileJob, content: &str) -> String {
        hash(&[
            self.version.as_bytes(),
            job.path.as_os_str().as_encoded_bytes(),
            job.source.path.as_os_str().as_encoded_bytes(),
            &[u8::from(job.is_root)],
            content.as_bytes(),
        ])
    }

    fn file_path(&self, key: &str) -> PathBuf {
        self.dir.join("files").join(format!("{key}.json"))
    }

    /// The cached lowering under `key` and its fingerprint, if there is a valid one.
    pub fn load_file(&self, key: &str) -> Option<(FileLowering, String)> {
        let text = fs::read(self.file_path(key)).ok()?;
        let split = text.iter().position(|&b| b == b'\n')?;
        let header: FileHeader = serde_json::from_slice(&text[..split]).ok()?;
        if header.version != self.version || header.key != key {
            return None;
        }
        let lowering: FileLowering = serde_json::from_slice(&text[split + 1..]).ok()?;
        Some((lowering, header.fingerprint))
    }

    /// Remember a lowering, given as its JSON and fingerprint ([`fingerprint`]).
    pub fn store_file(&self, key: &str, json: &[u8], fingerprint: &str) {
        let header = FileHeader {
            version: self.version.clone(),
            key: key.to_owned(),
            fingerprint: fingerprint.to_owned(),
        };
        if let Ok(mut text) = serde_json::to_vec(&header) {
            text.push(b'\n');
            text.extend_from_slice(json);
            self.write(&self.file_path(key), &text);
        }
    }

    /// Remove file entries other than `keep` (sources that changed or went away).
    pub fn prune_files(&self, keep: &[String]) {
        let Ok(entries) = fs::read_dir(self.dir.join("files")) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let key = name.strip_suffix(".json").unwrap_or(&name);
            if !keep.iter().any(|k| k == key) {
                let _ = fs::remove_file(e.path());
            }
        }
    }

    /// The manifest of the last successful run, if it is valid and of this version.
    pub fn load_manifest(&self) -> Option<Manifest> {
        let text = fs::read(self.dir.join("run.json")).ok()?;
        let m: Manifest = serde_json::from_slice(&text).ok()?;
        (m.version == self.version).then_some(m)
    }

    pub fn store_manifest(&self, manifest: &Manifest) {
        if let Ok(text) = serde_json::to_vec(manifest) {
            self.write(&self.dir.join("run.json"), &text);
        }
    }

    pub fn forget_manifest(&self) {
        let _ = fs::remove_file(self.dir.join("run.json"));
    }

    fn memo_path(&self, name: &str) -> PathBuf {
        self.dir.join("memo").join(format!("{name}.bin"))
    }

    /// The memo a generator left under `name` ([`polybind_codegen::memo`]): the file whose
    /// text it indexes, and its records.
    pub fn load_memo(&self, name: &str) -> Option<(PathBuf, Vec<u8>)> {
        let bytes = fs::read(self.memo_path(name)).ok()?;
        let split = bytes.iter().position(|&b| b == b'\n')?;
        let path = std::str::from_utf8(&bytes[..split]).ok()?;
        Some((PathBuf::from(path), bytes[split + 1..].to_vec()))
    }

    /// The names of every memo stored.
    pub fn memo_names(&self) -> Vec<String> {
        let Ok(entries) = fs::read_dir(self.dir.join("memo")) else {
            return vec![];
        };
        entries
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().to_str()?.strip_suffix(".bin")?.to_owned();
                Some(name)
            })
            .collect()
    }

    /// Keep the records of memo `name`, indexing the file at `path` (one without a line break
    /// in its name: the first line of the entry holds it).
    pub fn store_memo(&self, name: &str, path: &Path, records: &[u8]) {
        let Some(path) = path.to_str().filter(|p| !p.contains('\n')) else {
            return;
        };
        let mut bytes = Vec::with_capacity(path.len() + 1 + records.len());
        bytes.extend_from_slice(path.as_bytes());
        bytes.push(b'\n');
        bytes.extend_from_slice(records);
        self.write(&self.memo_path(name), &bytes);
    }

    /// Remove memo `name` (its generator no longer ran, or recorded nothing usable).
    pub fn forget_memo(&self, name: &str) {
        let _ = fs::remove_file(self.memo_path(name));
    }

    /// Write beside, then rename: a reader never sees half an entry. What it replaced goes to
    /// the trash. Failures are ignored (the cache is an accelerator; a read-only checkout still
    /// generates).
    fn write(&self, path: &Path, bytes: &[u8]) {
        if let Ok(replaced) = polybind_codegen::write_file(path, bytes)
            && let Some(trash) = self.trash()
        {
            drop(replaced.move_into(&trash));
        }
    }

    /// The version this cache is for.
    pub fn version(&self) -> &str {
        &self.version
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use polybind_syntax::{SourceFile, lower_file};
    use std::sync::Arc;

    fn job(text: &str) -> FileJob {
        FileJob {
            path: PathBuf::from("/crate/src/lib.rs"),
            source: SourceFile {
                path: PathBuf::from("src/lib.rs"),
                text: Arc::new(text.to_owned()),
            },
            is_root: true,
        }
    }

    const LIB: &str =
        "polybind::setup!();\n#[polybind]\npub fn add(a: u32, b: u32) -> u32 { a + b }\n";

    /// Lower `job` and store it; returns its key and fingerprint.
    fn store(cache: &Cache, job: &FileJob) -> (String, String) {
        let content = hash(&[job.source.text.as_bytes()]);
        let key = cache.file_key(job, &content);
        let (json, print) = for_cache(&lower_file(job)).unwrap();
        cache.prepare();
        cache.store_file(&key, &json, &print);
        (key, print)
    }

    #[test]
    fn a_stored_lowering_is_found_under_its_key_only() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open_version(dir.path(), "v1-test");
        let j = job(LIB);
        let (key, print) = store(&cache, &j);
        let (hit, hit_print) = cache.load_file(&key).expect("hit");
        assert_eq!(hit.entries, lower_file(&j).entries);
        assert_eq!(hit_print, print);
        // Another text, or the same text at another path, is another key: a miss.
        let other = job(&LIB.replace("u32", "u64"));
        let other_key = cache.file_key(&other, &hash(&[other.source.text.as_bytes()]));
        assert_ne!(other_key, key);
        assert!(cache.load_file(&other_key).is_none());
        let mut moved = j.clone();
        moved.path = PathBuf::from("/elsewhere/src/lib.rs");
        assert_ne!(cache.file_key(&moved, &hash(&[LIB.as_bytes()])), key);
    }

    #[test]
    fn same_meaning_same_fingerprint() {
        let body = job(&LIB.replace("a + b", "b + a"));
        let sig = job(&LIB.replace("b: u32", "b: u64"));
        let print = |j: &FileJob| fingerprint(&lower_file(j)).unwrap();
        assert_eq!(
            print(&job(LIB)),
            print(&body),
            "a body edit changes nothing"
        );
        assert_ne!(print(&job(LIB)), print(&sig));
        let broken = job("#[polybind]\npub fn f<T>(x: T) {}\n");
        assert!(
            fingerprint(&lower_file(&broken)).is_none(),
            "errors are never cached"
        );
    }

    #[test]
    fn corrupt_entries_are_misses_and_get_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open_version(dir.path(), "v1-test");
        let j = job(LIB);
        let (key, _) = store(&cache, &j);
        let path = cache.file_path(&key);
        let good = fs::read(&path).unwrap();
        for bad in [
            b"".to_vec(),
            b"not json".to_vec(),
            good[..good.len() / 2].to_vec(),
            String::from_utf8(good.clone())
                .unwrap()
                .replacen(&key, "0000", 1)
                .into_bytes(),
        ] {
            fs::write(&path, &bad).unwrap();
            assert!(
                cache.load_file(&key).is_none(),
                "{}",
                String::from_utf8_lossy(&bad)
            );
        }
        store(&cache, &j);
        assert!(cache.load_file(&key).is_some());
        fs::write(cache.dir.join("run.json"), "{").unwrap();
        assert!(cache.load_manifest().is_none());
    }

    #[test]
    fn another_version_neither_reads_nor_keeps_the_old_entries() {
        let dir = tempfile::tempdir().unwrap();
        let old = Cache::open_version(dir.path(), "v1-0.1.0-aaaa");
        let j = job(LIB);
        store(&old, &j);
        old.store_manifest(&Manifest {
            version: old.version().to_owned(),
            ..Manifest::default()
        });
        assert!(old.load_manifest().is_some());

        let new = Cache::open_version(dir.path(), "v1-0.2.0-bbbb");
        let key = new.file_key(&j, &hash(&[LIB.as_bytes()]));
        assert!(new.load_file(&key).is_none());
        assert!(new.load_manifest().is_none());
        new.prepare();
        assert!(!old.dir.exists(), "the old version's folder is removed");
        // An entry copied from another version is refused too.
        store(&old, &j);
        let old_key = old.file_key(&j, &hash(&[LIB.as_bytes()]));
        fs::create_dir_all(new.dir.join("files")).unwrap();
        fs::copy(old.file_path(&old_key), new.file_path(&key)).unwrap();
        assert!(new.load_file(&key).is_none());
    }

    #[test]
    fn pruning_keeps_only_the_given_keys() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open_version(dir.path(), "v1-test");
        let (a, _) = store(&cache, &job(LIB));
        let (b, _) = store(&cache, &job(&LIB.replace("add", "sum")));
        cache.prune_files(std::slice::from_ref(&b));
        assert!(cache.load_file(&a).is_none());
        assert!(cache.load_file(&b).is_some());
    }

    #[test]
    fn this_version_names_schema_and_package_version() {
        let v = this_version();
        assert!(
            v.starts_with(&format!(
                "v{}-{}-",
                polybind_ir::SCHEMA_VERSION,
                env!("CARGO_PKG_VERSION")
            )),
            "{v}"
        );
    }
}
