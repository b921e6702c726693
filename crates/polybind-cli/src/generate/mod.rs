//! `polybind generate`: every target is generated in memory first; files are written only when
//! every target succeeded, and only when their content changed.
//!
//! Speed (docs/src/performance.md, "Generation speed"): source files are lowered on a thread
//! pool (`--jobs`) and through an on-disk cache keyed by their content ([`cache`]); targets are
//! generated in parallel; a run whose sources, configuration and outputs are all as the last
//! successful run left them stops after hashing the sources.

mod cache;
mod diff;
mod lower;
mod memos;

pub use cache::{Cache, Recorded};

use crate::config::{Config, Source};
use crate::diagnostics::{Diag, Diags};
use cache::{Manifest, TargetRecord, hash, mtime_ns};
use polybind_codegen::{FileChange, FileStatus, GeneratedFile, Provenance};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Default)]
pub struct GenerateOptions {
    /// Targets to generate; empty means every configured target.
    pub targets: Vec<String>,
    /// Write target `t` into `<out>/<t>` instead of its configured directory.
    pub out: Option<PathBuf>,
    /// Report what would change without writing.
    pub dry_run: bool,
    /// Overwrite files a person edited, or that polybind did not write.
    pub force: bool,
    /// Write nothing; the caller fails when any file is out of date (for CI).
    pub check: bool,
    /// Threads for parsing and generating; `None`: one per core. `Some(1)` runs everything on
    /// the calling thread.
    pub jobs: Option<usize>,
    /// The cache folder (the CLI passes `<config dir>/.polybind/cache`); `None`: no cache.
    pub cache: Option<PathBuf>,
    /// Leave the lines added and removed uncounted (`--quiet` shows none): on a large library
    /// the diff costs more than writing the files.
    pub skip_line_counts: bool,
}

/// What happened to one target's files.
#[derive(Debug)]
pub struct TargetOutput {
    pub target: String,
    pub dir: PathBuf,
    pub changes: Vec<FileChange>,
    /// Lines added and removed in each changed file, parallel to `changes` (`None` when not
    /// counted).
    pub lines: Vec<Option<(usize, usize)>>,
}

impl TargetOutput {
    /// Whether any file of the target is missing or differs.
    pub fn out_of_date(&self) -> bool {
        self.changes
            .iter()
            .any(|c| c.status != FileStatus::Unchanged)
    }
}

/// How long each phase of a run took, for `--verbose`.
#[derive(Debug, Default)]
pub struct Timings {
    pub phases: Vec<(&'static str, Duration)>,
    /// What else `--verbose` reports: how much of the last run's text each generator reused.
    pub notes: Vec<String>,
    last: Option<Instant>,
}

impl Timings {
    fn start() -> Timings {
        Timings {
            phases: vec![],
            notes: vec![],
            last: Some(Instant::now()),
        }
    }

    fn lap(&mut self, phase: &'static str) {
        let now = Instant::now();
        if let Some(last) = self.last.replace(now) {
            self.phases.push((phase, now - last));
        }
    }
}

pub fn generate(config: &Config, opts: &GenerateOptions) -> Result<Vec<TargetOutput>, Diags> {
    generate_timed(config, opts).map(|(outputs, _)| outputs)
}

/// A target to generate: its name, backend options and output directory.
struct Job {
    target: String,
    options: BTreeMap<String, String>,
    dir: PathBuf,
}

/// [`generate`], also returning how long each phase took.
pub fn generate_timed(
    config: &Config,
    opts: &GenerateOptions,
) -> Result<(Vec<TargetOutput>, Timings), Diags> {
    let mut timings = Timings::start();
    let jobs = plan(config, opts)?;
    let cache = opts.cache.as_deref().map(Cache::open);
    let run = run_key(config, &jobs);
    // What the last successful run read and wrote (read once, used three times).
    let last = cache.as_ref().and_then(Cache::load_manifest);
    let mut lowered = vec![];
    if let Some(c) = &cache {
        match fresh(c, last.clone(), &run, config, !(opts.dry_run || opts.check)) {
            Freshness::Fresh(outputs) => {
                timings.lap("nothing changed (cache)");
                return Ok((outputs, timings));
            }
            Freshness::Stale(l) => lowered = l,
        }
    }
    // Only a run that regenerates empties the trash: one that stopped at the check above ends
    // within milliseconds, and its exit would wait for a removal under way.
    if let Some(c) = &cache
        && !(opts.dry_run || opts.check)
    {
        c.empty_trash();
    }
    timings.lap("configuration and cache");
    let threads = opts
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    // One thread: no pool at all, so `--jobs 1` measures the sequential path. A pool that
    // cannot be built (no threads available) falls back to it too.
    let pool = (threads > 1)
        .then(|| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .ok()
        })
        .flatten();
    let mut lowerer = lower::Lowerer::new(pool.as_ref(), cache.as_ref());
    lowerer.lowered = lowered;
    if let Some(m) = &last {
        lowerer.known = m
            .sources
            .iter()
            .map(|s| (s.path.clone(), (s.content.clone(), s.fingerprint.clone())))
            .collect();
    }
    let (read, base) = crate::frontend::read_with(config, &mut |files| lowerer.lower(files))?;
    // The texts the last run generated, if it stored any, are read on a thread of their own
    // while the library is validated on this one (during the parse, both cores are busy). With
    // none to read (a cold run), the items are validated on the pool instead. Both at once ran
    // slower: the reader and two validating threads on two cores.
    let memo_names = cache.as_ref().map(Cache::memo_names).unwrap_or_default();
    let (lib, memos) = std::thread::scope(|s| match &cache {
        Some(c) if pool.is_some() && !memo_names.is_empty() => {
            let loading = s.spawn(|| memos::load(c, &memo_names));
            let lib = crate::frontend::validate(read, &base);
            (lib, Some(loading.join().unwrap_or_default()))
        }
        _ => (
            crate::frontend::validate_on(pool.as_ref(), read, &base),
            None,
        ),
    });
    let lib = lib?;
    timings.lap("parse and validate");
    // What the last run generated, for the items that did not change. The texts the memos
    // index come back stamped: `compare` stamps only the other files.
    let memos = match (memos, &cache) {
        (Some(loaded), _) => loaded,
        (None, Some(c)) => memos::load(c, &memo_names),
        (None, None) => polybind_codegen::Memos::default(),
    }
    .stamping();
    timings.lap("read what the last run generated");

    // Each target's backend, built once: a stubs target's parses its source to build it.
    let backends = all_ok(
        jobs.iter()
            .map(
                |job| match crate::backend_for(config, &job.target, &job.options) {
                    Ok(Some(b)) => Ok(b),
                    // `plan` checked every target and its options: only a source changed since it
                    // was read can fail here.
                    Ok(None) => Err(vec![Diag::new(
                        "polybind::config::target",
                        format!("unknown target `{}`", job.target),
                    )]),
                    Err(message) => Err(vec![Diag::new("polybind::backend", message)]),
                },
            )
            .collect(),
    )?;
    // What targets share (the C header) is claimed now and generated on the pool beside the
    // rest: see `Backend::prepare`. One thread: first, in turn.
    let shared: Vec<polybind_codegen::Task<'_>> = backends
        .iter()
        .flat_map(|b| b.prepare(&lib, &memos))
        .collect();
    let generate_one = |b: &(dyn polybind_codegen::Backend + Send + Sync)| {
        b.generate_memo(&lib, &memos).map_err(|errors| {
            errors
                .into_iter()
                .map(|e| {
                    Diag::new("polybind::backend", e.to_string()).help(format!(
                        "change or remove `{}`, or drop the `{}` target",
                        e.item, e.backend
                    ))
                })
                .collect::<Diags>()
        })
    };
    // What every generator starts from (the memos' hashes of the functions, the items'
    // checksums) is made first, in parallel, rather than by whichever generator needs it first
    // while the others wait for it.
    if let Some(p) = &pool {
        p.install(|| {
            rayon::join(
                || memos.prepare(&lib),
                || {
                    lib.item_checksums_with(|keys| {
                        keys.par_iter().map(polybind_ir::item_checksum).collect()
                    })
                },
            )
        });
    }
    let targets: Vec<&(dyn polybind_codegen::Backend + Send + Sync)> =
        backends.iter().map(|b| b.as_ref()).collect();
    let per_target = match &pool {
        // The shared work is one more job of the pool: it never waits for anything (the C
        // header is generated without `join`), so a thread that waits for it can run it.
        Some(p) => p.install(|| {
            rayon::scope(|sc| {
                for task in shared {
                    sc.spawn(move |_| task());
                }
                par_map(pool.as_ref(), targets, generate_one)
            })
        }),
        None => {
            shared.into_iter().for_each(|task| task());
            par_map(None, targets, generate_one)
        }
    };
    let per_target = all_ok(per_target)?;
    timings.notes = memos.reuse_notes();
    timings.lap("generate targets");

    // Stamp the content hash into every marker, read what is on disk, and refuse (before
    // writing anything) to overwrite a file a person edited or that polybind did not write,
    // unless forced.
    let counts: Vec<usize> = per_target.iter().map(Vec::len).collect();
    let flat: Vec<(&Path, GeneratedFile)> = jobs
        .iter()
        .zip(per_target)
        .flat_map(|(job, files)| files.into_iter().map(move |f| (job.dir.as_path(), f)))
        .collect();
    // Files the last run wrote and nobody touched since need no hash to prove it, nor reading to
    // compare: their content id says what they hold.
    let written: BTreeMap<PathBuf, (u64, u128, u64)> = last
        .map(|m| {
            m.targets
                .into_iter()
                .flat_map(|t| {
                    let dir = t.dir;
                    t.files
                        .into_iter()
                        .map(move |(f, len, mtime, id)| (dir.join(f), (len, mtime, id)))
                })
                .collect()
        })
        .unwrap_or_default();
    let recorded = Recorded::new(opts.cache.as_deref());
    let compare_one = |(dir, f): (&Path, GeneratedFile)| compare(dir, f, opts, &written, &recorded);
    let compared = all_ok(par_map(pool.as_ref(), flat, compare_one))?;
    timings.lap("compare with files on disk");

    let write = !(opts.dry_run || opts.check);
    let mut compared = compared.into_iter();
    let mut planned = vec![];
    // Each file's path and content id: for the manifest, and for the memos that index it (a
    // stamped file's id is the hash in its marker, which a memo's text is known by).
    let mut ids: Vec<(PathBuf, u64)> = vec![];
    for (job, count) in jobs.iter().zip(counts) {
        let (mut files, mut statuses, mut lines) = (vec![], vec![], vec![]);
        for c in compared.by_ref().take(count) {
            ids.push((job.dir.join(&c.file.path), c.id));
            files.push(c.file);
            statuses.push(c.status);
            lines.push(c.lines);
        }
        planned.push((job, files, statuses, lines));
    }
    // Targets are written in parallel: copying tens of megabytes into the page cache is a
    // visible part of a cold run.
    let write_one = |(job, files, statuses, lines): (&Job, Vec<GeneratedFile>, Vec<_>, Vec<_>)| {
        let (changes, replaced) =
            polybind_codegen::write_files_as(&job.dir, &files, &statuses, !write).map_err(|e| {
                vec![Diag::new(
                    "polybind::io",
                    format!(
                        "cannot write the `{}` files into {}: {e}",
                        job.target,
                        job.dir.display()
                    ),
                )]
            })?;
        let output = TargetOutput {
            target: job.target.clone(),
            dir: job.dir.clone(),
            changes,
            lines,
        };
        Ok((output, replaced))
    };
    // What the cache keeps of this run but its manifest (the memos, the lowered files) does not
    // depend on the files written: it is stored while they are. A memo is used only with the
    // very file it indexes, so a write that fails leaves none that could mislead.
    let store_cache = || {
        if let Some(c) = cache.as_ref().filter(|_| write) {
            c.prepare();
            for (key, json, print) in &lowerer.pending {
                c.store_file(key, json, print);
            }
            if !lowerer.pending.is_empty() {
                c.prune_files(&lowerer.keys);
            }
            memos::store(c, &memos, &ids);
        }
    };
    let written = match &pool {
        Some(p) => {
            p.install(|| rayon::join(|| par_map(pool.as_ref(), planned, write_one), store_cache).0)
        }
        None => {
            store_cache();
            par_map(None, planned, write_one)
        }
    };
    let mut replaced = polybind_codegen::Replaced::default();
    let mut out = vec![];
    for (output, r) in all_ok(written)? {
        out.push(output);
        replaced.extend(r);
    }
    timings.lap("write");

    // The files replaced wait in the trash for the next run to remove them (see
    // `Cache::empty_trash`); any that cannot are removed on a thread of their own.
    let replaced = match cache.as_ref().and_then(Cache::trash) {
        Some(trash) => replaced.move_into(&trash),
        None => replaced,
    };
    // The library and the backends are freed on that thread too: tens of thousands of items.
    // Nobody waits for it (freeing took a millisecond at the end of a run): what a process
    // that ends first leaves behind, the next run removes.
    let done = (lib, backends);
    let clean_up = move || {
        replaced.remove();
        drop(done);
    };
    match pool {
        // A thread that cannot be started drops its work: the trash waits for the next run.
        Some(_) => drop(std::thread::Builder::new().spawn(clean_up)),
        None => clean_up(),
    }
    if let Some(c) = &cache
        && write
    {
        let sources = match &config.source {
            Source::Crate(_) => std::mem::take(&mut lowerer.sources),
            Source::Ir(path) => whole_files(std::slice::from_ref(path)),
            Source::Ocaml(files) => whole_files(files),
            Source::C(c) => whole_files(
                &c.headers
                    .iter()
                    .map(|h| config.dir.join(h))
                    .collect::<Vec<_>>(),
            ),
        };
        remember(
            c,
            run,
            sources,
            std::mem::take(&mut lowerer.absent),
            &out,
            &ids.into_iter().collect(),
        );
        timings.lap("update cache");
    }
    Ok((out, timings))
}

/// `f` over `items`, on the pool when there is one (else on this thread); order is kept.
pub(crate) fn par_map<T: Send, R: Send>(
    pool: Option<&rayon::ThreadPool>,
    items: Vec<T>,
    f: impl Fn(T) -> R + Sync + Send,
) -> Vec<R> {
    // One job per item (targets, files): few and large, each for any idle thread.
    match pool {
        Some(p) => p.install(|| polybind_codegen::split::map(items, f)),
        None => polybind_codegen::split::map(items, f),
    }
}

/// Every value, or every diagnostic of every failure.
fn all_ok<T>(results: Vec<Result<T, Diags>>) -> Result<Vec<T>, Diags> {
    let mut ok = Vec::with_capacity(results.len());
    let mut diags = vec![];
    for r in results {
        match r {
            Ok(v) => ok.push(v),
            Err(d) => diags.extend(d),
        }
    }
    if diags.is_empty() { Ok(ok) } else { Err(diags) }
}

/// The targets of the run, each checked: known, options accepted.
fn plan(config: &Config, opts: &GenerateOptions) -> Result<Vec<Job>, Diags> {
    let targets: Vec<String> = if opts.targets.is_empty() {
        config.targets.keys().cloned().collect()
    } else {
        opts.targets.clone()
    };
    if targets.is_empty() {
        return Err(vec![
            Diag::new(
                "polybind::config::target",
                format!("{} configures no target", config.path.display()),
            )
            .help("add a `[targets.c]` table, or pass `--target c`"),
        ]);
    }
    let mut diags = vec![];
    let mut jobs = vec![];
    for t in &targets {
        let options = config
            .targets
            .get(t)
            .map(|c| c.options.clone())
            .unwrap_or_default();
        match crate::backend(t, &options) {
            Ok(Some(_)) => jobs.push(Job {
                target: t.clone(),
                options,
                dir: match &opts.out {
                    Some(o) => o.join(t),
                    None => config.out_dir(t),
                },
            }),
            Ok(None) => diags.push(
                Diag::new("polybind::config::target", format!("unknown target `{t}`"))
                    .help(format!("known targets: {}", crate::TARGETS.join(", "))),
            ),
            Err(message) => diags.push(Diag::new("polybind::config::option", message)),
        }
    }
    if diags.is_empty() {
        Ok(jobs)
    } else {
        Err(diags)
    }
}

/// One generated file, stamped, next to what is on disk.
struct Compared {
    file: GeneratedFile,
    /// [`polybind_codegen::content_id`] of the stamped text.
    id: u64,
    status: FileStatus,
    lines: Option<(usize, usize)>,
}

/// `written`: the length, modification time and content id of each file as the last run left
/// it; `recorded`: where a file about to be replaced comes from.
fn compare(
    dir: &Path,
    f: GeneratedFile,
    opts: &GenerateOptions,
    written: &BTreeMap<PathBuf, (u64, u128, u64)>,
    recorded: &Recorded,
) -> Result<Compared, Diags> {
    let file = GeneratedFile {
        contents: polybind_codegen::stamp(f.contents),
        path: f.path,
    };
    let id = polybind_codegen::content_id(&file.contents);
    let path = dir.join(&file.path);
    let read = || match std::fs::read(&path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(vec![Diag::new(
            "polybind::io",
            format!("cannot read {}: {e}", path.display()),
        )]),
    };
    // A file as the last run wrote it is known by its content id: it is not read (tens of
    // megabytes on a large library), unless its changed lines are to be counted.
    if let Some(old_id) = untouched_since_written(&path, written) {
        if old_id == id {
            return Ok(Compared {
                file,
                id,
                status: FileStatus::Unchanged,
                lines: Some((0, 0)),
            });
        }
        let lines = match opts.skip_line_counts {
            true => None,
            false => {
                let old = read()?.unwrap_or_default();
                Some(diff::line_changes(
                    &String::from_utf8_lossy(&old),
                    &file.contents,
                ))
            }
        };
        return Ok(Compared {
            file,
            id,
            status: FileStatus::Updated,
            lines,
        });
    }
    let old = read()?;
    let unchanged = old.as_deref() == Some(file.contents.as_bytes());
    // Decoded only when read: checking tens of megabytes of UTF-8 costs more than comparing them.
    let old_text = || old.as_deref().map(String::from_utf8_lossy);
    // Unchanged files, the common case, are not diffed.
    let lines = match () {
        _ if unchanged => Some((0, 0)),
        _ if opts.skip_line_counts => None,
        _ => Some(diff::line_changes(
            old_text().as_deref().unwrap_or(""),
            &file.contents,
        )),
    };
    let mut diags = vec![];
    if old.as_ref().is_some_and(|o| !unchanged && !o.is_empty()) && !(opts.force || opts.check) {
        // A file that is not UTF-8 was not written by polybind.
        let provenance = match old_text() {
            Some(std::borrow::Cow::Borrowed(t)) => recorded.provenance(&path, t),
            _ => Provenance::Foreign,
        };
        match provenance {
            Provenance::Generated => {}
            Provenance::Edited => diags.push(
                Diag::new("polybind::generate::edited", format!("{} was edited by hand since polybind wrote it", path.display()))
                    .help("move your changes into the interface's source, or pass `--force` to overwrite them"),
            ),
            Provenance::Foreign => diags.push(
                Diag::new("polybind::generate::foreign", format!("{} exists and was not written by polybind", path.display()))
                    .help("choose another output directory, remove the file, or pass `--force` to overwrite it"),
            ),
        }
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    let status = match (&old, unchanged) {
        (None, _) => FileStatus::Created,
        (Some(_), true) => FileStatus::Unchanged,
        (Some(_), false) => FileStatus::Updated,
    };
    Ok(Compared {
        file,
        id,
        status,
        lines,
    })
}

/// The content id ([`polybind_codegen::content_id`]) of `path` when it has the length and
/// modification time the last run gave it (a person's edit changes the time), so it is as
/// polybind wrote it.
fn untouched_since_written(
    path: &Path,
    written: &BTreeMap<PathBuf, (u64, u128, u64)>,
) -> Option<u64> {
    let &(len, mtime, id) = written.get(path)?;
    let m = std::fs::metadata(path).ok()?;
    (m.len() == len && mtime_ns(&m) == mtime).then_some(id)
}

/// A hash of everything about the run that is not in the sources: the configuration's source,
/// name and targets (with options and output directories).
fn run_key(config: &Config, jobs: &[Job]) -> String {
    let source = match &config.source {
        Source::Crate(d) => format!("crate {}", d.display()),
        Source::Ir(p) => format!("ir {}", p.display()),
        Source::Ocaml(files) => format!("ocaml {files:?}"),
        Source::C(c) => format!("c {c:?}"),
    };
    let mut parts = vec![source, format!("{:?}", config.name)];
    for j in jobs {
        parts.push(format!("{} {:?} {}", j.target, j.options, j.dir.display()));
    }
    let parts: Vec<&[u8]> = parts.iter().map(|p| p.as_bytes()).collect();
    hash(&parts)
}

/// Source records of files read whole (an IR file, OCaml interfaces): any edit is a change.
fn whole_files(paths: &[PathBuf]) -> Vec<cache::SourceRecord> {
    paths
        .iter()
        .map(|path| {
            let content = hash_file(path).unwrap_or_default();
            cache::SourceRecord {
                path: path.clone(),
                shown: path.clone(),
                is_root: true,
                fingerprint: content.clone(),
                content,
            }
        })
        .collect()
}

fn hash_file(path: &Path) -> Option<String> {
    std::fs::read(path).ok().map(|b| hash(&[&b]))
}

/// The outputs of the last run, unchanged, when the manifest shows that nothing they depend on
/// changed: the same run key; every source file with the same content, or with content that
/// lowers to the same thing (its fingerprint: an edited function body, a comment); every
/// `mod x;` resolving to the same file; every output file with the length and modification time
/// the last run left it with (an edit by a person changes them).
fn fresh(
    cache: &Cache,
    last: Option<Manifest>,
    run: &str,
    config: &Config,
    write: bool,
) -> Freshness {
    let mut lowered = vec![];
    match last.and_then(|m| outputs_if_fresh(cache, m, run, config, write, &mut lowered)) {
        Some(outputs) => Freshness::Fresh(outputs),
        None => Freshness::Stale(lowered),
    }
}

/// What [`fresh`] found.
enum Freshness {
    /// Nothing changed: the outputs as they are.
    Fresh(Vec<TargetOutput>),
    /// Something changed; the source files lowered to find out, for the run to reuse.
    Stale(Vec<lower::Lowered>),
}

fn outputs_if_fresh(
    cache: &Cache,
    mut m: Manifest,
    run: &str,
    config: &Config,
    write: bool,
    lowered: &mut Vec<lower::Lowered>,
) -> Option<Vec<TargetOutput>> {
    if m.run != run || m.sources.is_empty() || m.absent.iter().any(|p| p.exists()) {
        return None;
    }
    let mut outputs = vec![];
    for t in &m.targets {
        let mut changes = vec![];
        for (file, len, mtime, _) in &t.files {
            let path = t.dir.join(file);
            let meta = std::fs::metadata(&path).ok()?;
            if meta.len() != *len || mtime_ns(&meta) != *mtime {
                return None;
            }
            changes.push(FileChange {
                path,
                status: FileStatus::Unchanged,
            });
        }
        outputs.push(TargetOutput {
            target: t.target.clone(),
            dir: t.dir.clone(),
            lines: vec![Some((0, 0)); changes.len()],
            changes,
        });
    }
    let mut edited = false;
    for source in &mut m.sources {
        let text = std::fs::read_to_string(&source.path).ok()?;
        let content = hash(&[text.as_bytes()]);
        if content == source.content {
            continue;
        }
        // An IR file means what it says; a Rust file may have changed where polybind does not
        // look.
        if matches!(
            config.source,
            Source::Ir(_) | Source::Ocaml(_) | Source::C(_)
        ) {
            return None;
        }
        let job = polybind_syntax::FileJob {
            path: source.path.clone(),
            source: polybind_syntax::SourceFile {
                path: source.shown.clone(),
                text: std::sync::Arc::new(text),
            },
            is_root: source.is_root,
        };
        let lowering = polybind_syntax::lower_file(&job);
        let (json, print) = cache::for_cache(&lowering)?;
        if print != source.fingerprint {
            lowered.push(lower::Lowered {
                key: cache.file_key(&job, &content),
                lowering,
                json,
                print,
            });
            return None;
        }
        if write {
            cache.store_file(&cache.file_key(&job, &content), &json, &print);
        }
        source.content = content;
        edited = true;
    }
    if edited && write {
        cache.store_manifest(&m);
    }
    Some(outputs)
}

/// Record the run in the manifest; if an output cannot be looked at, forget the last run
/// instead (the next run then does all the work).
fn remember(
    cache: &Cache,
    run: String,
    sources: Vec<cache::SourceRecord>,
    absent: Vec<PathBuf>,
    outputs: &[TargetOutput],
    ids: &HashMap<PathBuf, u64>,
) {
    let mut targets = vec![];
    for o in outputs {
        let mut files = vec![];
        for c in &o.changes {
            let (Ok(meta), Ok(rel), Some(&id)) = (
                std::fs::metadata(&c.path),
                c.path.strip_prefix(&o.dir),
                ids.get(&c.path),
            ) else {
                cache.forget_manifest();
                return;
            };
            files.push((rel.to_path_buf(), meta.len(), mtime_ns(&meta), id));
        }
        targets.push(TargetRecord {
            target: o.target.clone(),
            dir: o.dir.clone(),
            files,
        });
    }
    cache.store_manifest(&Manifest {
        version: cache.version().to_owned(),
        run,
        sources,
        absent,
        targets,
    });
}
