//! Writing generated files: only when their content changes, and atomically.

use std::collections::BTreeSet;
use std::fs;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// One file a backend generated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Relative to the target's output directory; only plain components (no `..`, no root).
    pub path: PathBuf,
    pub contents: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FileStatus {
    /// The file did not exist.
    Created,
    /// The file existed with other content.
    Updated,
    /// The file already had exactly this content; it was not touched.
    Unchanged,
}

/// What [`write_files`] did (or, in a dry run, would do) to one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileChange {
    /// The file's full path: the root joined with the generated file's relative path.
    pub path: PathBuf,
    pub status: FileStatus,
}

/// Write `files` under `root`, creating directories as needed.
///
/// A file whose bytes already equal the new contents is left alone (its modification time does
/// not change). A changed file is written to a temporary file in the same directory and renamed
/// over the old one, so no reader ever sees it half-written. With `dry_run`, nothing is created
/// or written, but the statuses are reported as if it were. Paths must be relative, without `..`,
/// and appear once.
pub fn write_files(
    root: &Path,
    files: &[GeneratedFile],
    dry_run: bool,
) -> io::Result<Vec<FileChange>> {
    check_paths(files)?;
    let mut old = Vec::with_capacity(files.len());
    for f in files {
        let path = root.join(&f.path);
        old.push(match fs::read(&path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => {
                return Err(io::Error::new(
                    e.kind(),
                    format!("cannot read `{}`: {e}", path.display()),
                ));
            }
        });
    }
    write_files_over(root, files, &old, dry_run)
}

/// [`write_files`] for a caller that has read the files already: `old[i]` is the current
/// content of `files[i]` (`None` when it does not exist), so no file is read twice.
pub fn write_files_over(
    root: &Path,
    files: &[GeneratedFile],
    old: &[Option<Vec<u8>>],
    dry_run: bool,
) -> io::Result<Vec<FileChange>> {
    if old.len() != files.len() {
        return Err(invalid(format!(
            "{} old contents given for {} files",
            old.len(),
            files.len()
        )));
    }
    let statuses: Vec<FileStatus> = files
        .iter()
        .zip(old)
        .map(|(f, old)| match old {
            Some(old) if old == f.contents.as_bytes() => FileStatus::Unchanged,
            Some(_) => FileStatus::Updated,
            None => FileStatus::Created,
        })
        .collect();
    write_files_as(root, files, &statuses, dry_run).map(|(changes, _)| changes)
}

/// [`write_files`] for a caller that knows already how each file compares with what is on disk
/// (`statuses[i]` for `files[i]`): only files not [`FileStatus::Unchanged`] are written. The
/// files replaced are removed when the [`Replaced`] returned is, so that the caller can do it
/// beside other work.
pub fn write_files_as(
    root: &Path,
    files: &[GeneratedFile],
    statuses: &[FileStatus],
    dry_run: bool,
) -> io::Result<(Vec<FileChange>, Replaced)> {
    check_paths(files)?;
    if statuses.len() != files.len() {
        return Err(invalid(format!(
            "{} statuses given for {} files",
            statuses.len(),
            files.len()
        )));
    }
    let write_one = |(f, &status): (&GeneratedFile, &FileStatus)| {
        let path = root.join(&f.path);
        let mut replaced = Replaced::default();
        if !dry_run && status != FileStatus::Unchanged {
            replaced = write_file(&path, f.contents.as_bytes()).map_err(|e| {
                io::Error::new(e.kind(), format!("cannot write `{}`: {e}", path.display()))
            })?;
        }
        Ok((FileChange { path, status }, replaced))
    };
    // On the CLI's pool, files are written side by side: one target's files run to megabytes
    // each (the Python extension), and copying them into the page cache is a visible part of a
    // run. Off a pool, in order on this thread.
    let written: Vec<io::Result<(FileChange, Replaced)>> = if crate::on_pool() {
        use rayon::prelude::*;
        files
            .par_iter()
            .zip(statuses.par_iter())
            .map(write_one)
            .collect()
    } else {
        files.iter().zip(statuses).map(write_one).collect()
    };
    let mut replaced = Replaced::default();
    let mut changes = Vec::with_capacity(written.len());
    for w in written {
        let (change, old) = w?;
        changes.push(change);
        replaced.extend(old);
    }
    Ok((changes, replaced))
}

/// The old contents of files a write replaced, under temporary names beside them, removed when
/// this is dropped or [`Replaced::remove`]d. On ext4 removing a file whose blocks are on disk
/// costs more than writing it (the blocks are freed and, mounted with `discard`, trimmed):
/// a caller may do it while it does other work.
#[derive(Debug, Default)]
pub struct Replaced(Vec<PathBuf>);

impl Replaced {
    /// Take in the files `other` holds.
    pub fn extend(&mut self, mut other: Replaced) {
        self.0.append(&mut other.0);
    }

    /// Remove them now.
    pub fn remove(mut self) {
        self.remove_all();
    }

    /// Move them into the folder `dir` (created if missing), for a caller that removes them
    /// later, off the path of a run; returns those that could not be moved (another file
    /// system), still to be removed.
    pub fn move_into(mut self, dir: &Path) -> Replaced {
        if fs::create_dir_all(dir).is_err() {
            return self;
        }
        let mut left = Replaced::default();
        for path in self.0.drain(..) {
            let moved = path
                .file_name()
                .is_some_and(|name| fs::rename(&path, dir.join(name)).is_ok());
            if !moved {
                left.0.push(path);
            }
        }
        left
    }

    fn remove_all(&mut self) {
        for path in self.0.drain(..) {
            // Only clutter is left when this fails.
            let _ = fs::remove_file(path);
        }
    }
}

impl Drop for Replaced {
    fn drop(&mut self) {
        self.remove_all();
    }
}

/// Every path relative and plain, none twice (checked before anything is read or written).
fn check_paths(files: &[GeneratedFile]) -> io::Result<()> {
    let mut seen = BTreeSet::new();
    for f in files {
        check_relative(&f.path)?;
        if !seen.insert(&f.path) {
            return Err(invalid(format!(
                "generated file `{}` appears twice",
                f.path.display()
            )));
        }
    }
    Ok(())
}

fn invalid(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, message)
}

fn check_relative(path: &Path) -> io::Result<()> {
    let plain = path
        .components()
        .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    if !plain || path.file_name().is_none() {
        return Err(invalid(format!(
            "generated file path `{}` must be relative, name a file and not contain `..`",
            path.display()
        )));
    }
    Ok(())
}

/// Write `path` through a temporary file renamed over it, so that no reader ever sees it
/// half-written (directories are created as needed). A file it replaced may be left under a
/// temporary name, for the caller to remove (see [`Replaced`]).
pub fn write_file(path: &Path, contents: &[u8]) -> io::Result<Replaced> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let tmp = dir.join(format!(".{name}.{}.{n}.polybind-tmp", std::process::id()));
    let result = (|| {
        let mut file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        // No fsync: the rename already guarantees that an interrupted run leaves the old file or
        // the new one, never half of either. Only a power cut could leave an empty file, and a
        // generated file is rebuilt from its sources by the next run (which `--check` would
        // notice); syncing every file cost more than generating it.
        file.write_all(contents)?;
        drop(file);
        if replace_by_exchange(&tmp, path) {
            // The old content, now under the temporary name.
            return Ok(Replaced(vec![tmp.clone()]));
        }
        fs::rename(&tmp, path).map(|()| Replaced::default())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Swap `tmp` with the existing file `path` in one step (`renameat2(RENAME_EXCHANGE)`), as
/// atomic for readers as `rename`. ext4 (by default, `auto_da_alloc`) starts writing a file
/// renamed over another to disk inside the `rename`: a third of the time a large regeneration
/// spends writing; the swap leaves it to the system's writeback, as any file written without
/// `fsync` is. Whether it swapped; on other systems, or when `path` is not a file or the file
/// system cannot swap, the caller renames.
#[cfg(target_os = "linux")]
fn replace_by_exchange(tmp: &Path, path: &Path) -> bool {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    // Only over a file: a directory would be swapped away whole.
    if !fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file()) {
        return false;
    }
    let (Ok(from), Ok(to)) = (
        CString::new(tmp.as_os_str().as_bytes()),
        CString::new(path.as_os_str().as_bytes()),
    ) else {
        return false;
    };
    // SAFETY: both are NUL-terminated paths that outlive the call; `renameat2` only reads them.
    let done = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            from.as_ptr(),
            libc::AT_FDCWD,
            to.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    done == 0
}

#[cfg(not(target_os = "linux"))]
fn replace_by_exchange(_tmp: &Path, _path: &Path) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, SystemTime};

    fn file(path: &str, contents: &str) -> GeneratedFile {
        GeneratedFile {
            path: path.into(),
            contents: contents.into(),
        }
    }

    fn statuses(changes: &[FileChange]) -> Vec<FileStatus> {
        changes.iter().map(|c| c.status).collect()
    }

    #[test]
    fn creates_updates_and_keeps_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let files = [file("a.h", "one\n"), file("sub/dir/b.h", "two\n")];
        let changes = write_files(dir.path(), &files, false).unwrap();
        assert_eq!(
            statuses(&changes),
            [FileStatus::Created, FileStatus::Created]
        );
        assert_eq!(changes[1].path, dir.path().join("sub/dir/b.h"));
        assert_eq!(
            fs::read_to_string(dir.path().join("sub/dir/b.h")).unwrap(),
            "two\n"
        );

        let files = [file("a.h", "one\n"), file("sub/dir/b.h", "three\n")];
        let changes = write_files(dir.path(), &files, false).unwrap();
        assert_eq!(
            statuses(&changes),
            [FileStatus::Unchanged, FileStatus::Updated]
        );
        assert_eq!(
            fs::read_to_string(dir.path().join("sub/dir/b.h")).unwrap(),
            "three\n"
        );
        // No temporary file is left behind.
        assert_eq!(fs::read_dir(dir.path().join("sub/dir")).unwrap().count(), 1);
    }

    #[test]
    fn a_directory_in_the_way_is_an_error_and_stays() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("a.h/inside")).unwrap();
        let err = write_files(dir.path(), &[file("a.h", "one\n")], false).unwrap_err();
        assert!(err.to_string().contains("a.h"), "{err}");
        assert!(dir.path().join("a.h/inside").is_dir(), "not swapped away");
        // Only the directory: no temporary file left.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn replaced_files_are_kept_until_removed_or_moved() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        write_files(&out, &[file("a.h", "one\n")], false).unwrap();
        let (changes, replaced) =
            write_files_as(&out, &[file("a.h", "two\n")], &[FileStatus::Updated], false).unwrap();
        assert_eq!(statuses(&changes), [FileStatus::Updated]);
        assert_eq!(fs::read_to_string(out.join("a.h")).unwrap(), "two\n");
        let trash = dir.path().join("trash");
        let left = replaced.move_into(&trash);
        drop(left);
        // The old content waits in the trash (when the system swapped; else it is gone), and
        // nothing is left beside the output.
        let trashed: Vec<String> = fs::read_dir(&trash)
            .unwrap()
            .map(|e| fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        assert!(trashed.is_empty() || trashed == ["one\n"], "{trashed:?}");
        assert_eq!(fs::read_dir(&out).unwrap().count(), 1);
    }

    #[test]
    fn unchanged_file_keeps_its_mtime() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.h");
        fs::write(&path, "same\n").unwrap();
        let old = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000);
        fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(old)
            .unwrap();

        let changes = write_files(dir.path(), &[file("a.h", "same\n")], false).unwrap();
        assert_eq!(statuses(&changes), [FileStatus::Unchanged]);
        assert_eq!(fs::metadata(&path).unwrap().modified().unwrap(), old);

        let changes = write_files(dir.path(), &[file("a.h", "different\n")], false).unwrap();
        assert_eq!(statuses(&changes), [FileStatus::Updated]);
        assert_ne!(fs::metadata(&path).unwrap().modified().unwrap(), old);
    }

    #[test]
    fn dry_run_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("old.h"), "old\n").unwrap();
        let files = [
            file("new/x.h", "x\n"),
            file("old.h", "new\n"),
            file("same.h", "s\n"),
        ];
        fs::write(dir.path().join("same.h"), "s\n").unwrap();
        let changes = write_files(dir.path(), &files, true).unwrap();
        assert_eq!(
            statuses(&changes),
            [
                FileStatus::Created,
                FileStatus::Updated,
                FileStatus::Unchanged
            ]
        );
        assert!(!dir.path().join("new").exists());
        assert_eq!(
            fs::read_to_string(dir.path().join("old.h")).unwrap(),
            "old\n"
        );
        let mut names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        assert_eq!(names, ["old.h", "same.h"]);
    }

    #[test]
    fn rejects_escaping_absolute_and_duplicate_paths() {
        let dir = tempfile::tempdir().unwrap();
        for bad in ["../x.h", "/abs.h", "a/../../x.h", ""] {
            let err = write_files(dir.path(), &[file(bad, "")], false).unwrap_err();
            assert_eq!(err.kind(), io::ErrorKind::InvalidInput, "{bad}");
        }
        let err = write_files(dir.path(), &[file("a.h", "1"), file("a.h", "2")], true).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
