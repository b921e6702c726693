//! Lower a whole crate: start at the crate root, follow `mod` declarations, lower every
//! `#[polybind]` item, and collect every error (with file and position) before giving up.

use crate::file::{Entry, FileJob, FileLowering, MAX_DEPTH, ModuleRef, lower_file};
use polybind_ir as ir;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One source file read by the walk, kept so diagnostics can show snippets.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: Arc<String>,
}

/// A problem found in the user's sources.
#[derive(Debug, Clone)]
pub struct CrateDiagnostic {
    pub file: SourceFile,
    /// 1-based line and column.
    pub line: usize,
    pub column: usize,
    /// Byte range in `file.text`.
    pub offset: usize,
    pub len: usize,
    pub item: String,
    pub message: String,
    pub hint: Option<String>,
}

#[derive(Debug)]
pub enum CrateError {
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    Diagnostics(Vec<CrateDiagnostic>),
}

impl std::fmt::Display for CrateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CrateError::Io { path, error } => write!(f, "cannot read {}: {error}", path.display()),
            CrateError::Diagnostics(d) => {
                for (i, d) in d.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(
                        f,
                        "{}:{}:{}: `{}`: {}",
                        d.file.path.display(),
                        d.line,
                        d.column,
                        d.item,
                        d.message
                    )?;
                    if let Some(h) = &d.hint {
                        write!(f, "\n  hint: {h}")?;
                    }
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for CrateError {}

/// Lower the crate whose root source file is `root` (usually `src/lib.rs`). `name` is the crate
/// name as Rust sees it. Paths in diagnostics are shown relative to `display_base`.
pub fn lower_crate(
    root: &Path,
    name: &str,
    display_base: &Path,
) -> Result<ir::Library, CrateError> {
    lower_crate_with(root, name, display_base, &mut |jobs| {
        jobs.iter().map(lower_file).collect()
    })
}

/// [`lower_crate`], with the lowering of files left to `lower`: it receives the files of one
/// level of the module tree at a time (the root, then the files the root's `mod x;` name, ...)
/// and returns one [`FileLowering`] per file, in order. The CLI lowers them in parallel and
/// from its cache; the result is the same as [`lower_file`] on each.
pub fn lower_crate_with(
    root: &Path,
    name: &str,
    display_base: &Path,
    lower: &mut dyn FnMut(&[FileJob]) -> Vec<FileLowering>,
) -> Result<ir::Library, CrateError> {
    let mut tree = Tree::default();
    let mut level = vec![tree.read(root, display_base, true)?];
    let mut depth = 0;
    while !level.is_empty() {
        let jobs: Vec<FileJob> = level.iter().map(|&i| tree.nodes[i].job.clone()).collect();
        let lowered = lower(&jobs);
        let mut next = vec![];
        for (&i, lowering) in level.iter().zip(lowered) {
            tree.diagnostics
                .extend(lowering.diagnostics.iter().cloned());
            let mut children = vec![];
            for entry in &lowering.entries {
                let Entry::Module(m) = entry else { continue };
                let child = match m.candidates.iter().find(|p| p.is_file()) {
                    Some(p) if depth < MAX_DEPTH => Some(tree.read(p, display_base, false)?),
                    Some(_) => None,
                    None => {
                        tree.missing(i, m, display_base);
                        None
                    }
                };
                next.extend(child);
                children.push(child);
            }
            tree.nodes[i].children = children;
            tree.nodes[i].lowering = Some(lowering);
        }
        level = next;
        depth += 1;
    }
    let root_node = &tree.nodes[0];
    let has_setup = root_node.lowering.as_ref().is_some_and(|l| l.has_setup);
    if !has_setup && tree.diagnostics.is_empty() {
        tree.diagnostics.push(CrateDiagnostic {
            file: root_node.job.source.clone(),
            line: 1,
            column: 1,
            offset: 0,
            len: 0,
            item: name.to_owned(),
            message: "the crate root does not call `polybind::setup!()`".into(),
            hint: Some("add `polybind::setup!();` to the crate root: it exports the runtime functions every binding needs".into()),
        });
    }
    if !tree.diagnostics.is_empty() {
        return Err(CrateError::Diagnostics(tree.diagnostics));
    }
    let mut lib = ir::Library::new(name);
    lib.docs = root_node
        .lowering
        .as_ref()
        .map(|l| l.docs.clone())
        .unwrap_or_default();
    let mut modules = vec![];
    let items = tree
        .nodes
        .iter()
        .filter_map(|n| n.lowering.as_ref())
        .flat_map(|l| &l.entries)
        .map(|e| match e {
            Entry::Items { items, .. } => items.len(),
            Entry::Module(_) => 0,
        })
        .sum();
    lib.items.reserve(items);
    modules.reserve(items);
    tree.assemble(0, &[], &mut lib, &mut modules);
    // Built at once from sorted pairs rather than by tens of thousands of inserts; the first
    // declaration of a name wins (the sort is stable, `dedup` keeps the first).
    let name = |&(item, _): &(usize, usize)| lib.items[item].name();
    modules.sort_by(|a, b| name(a).cmp(name(b)));
    modules.dedup_by(|a, b| name(a) == name(b));
    let placed = modules
        .iter()
        .map(|m| (name(m).to_owned(), tree.paths[m.1].clone()))
        .collect();
    lib.modules = placed;
    Ok(lib)
}

/// Every file reached, each with its lowering and the files of its `mod x;` declarations.
#[derive(Default)]
struct Tree {
    nodes: Vec<Node>,
    diagnostics: Vec<CrateDiagnostic>,
    /// The module paths met while assembling (see [`Tree::assemble`]).
    paths: Vec<Vec<String>>,
}

struct Node {
    job: FileJob,
    lowering: Option<FileLowering>,
    /// One per `Entry::Module` of the lowering: the node of its file, if found.
    children: Vec<Option<usize>>,
}

impl Tree {
    fn read(&mut self, path: &Path, base: &Path, is_root: bool) -> Result<usize, CrateError> {
        let bytes = std::fs::read(path).map_err(|error| CrateError::Io {
            path: path.to_path_buf(),
            error,
        })?;
        let text = String::from_utf8(bytes).map_err(|e| not_utf8(path, base, &e))?;
        self.nodes.push(Node {
            job: FileJob {
                path: path.to_path_buf(),
                source: SourceFile {
                    path: shown(path, base),
                    text: Arc::new(text),
                },
                is_root,
            },
            lowering: None,
            children: vec![],
        });
        Ok(self.nodes.len() - 1)
    }

    fn missing(&mut self, node: usize, m: &ModuleRef, base: &Path) {
        let name = m.module.last().cloned().unwrap_or_default();
        let looked = m
            .candidates
            .iter()
            .map(|p| shown(p, base).display().to_string())
            .collect::<Vec<_>>()
            .join(" and ");
        self.diagnostics.push(CrateDiagnostic {
            file: self.nodes[node].job.source.clone(),
            line: m.line,
            column: m.column,
            offset: m.offset,
            len: m.len,
            item: name.clone(),
            message: format!("cannot find the file of module `{name}`"),
            hint: Some(format!("looked for {looked}")),
        });
    }

    /// Move the items of `node` (whose module path is `module`) and of the files below it into
    /// `lib`, in declaration order, noting each item's module: the first declaration of a name
    /// wins, and an object lives where its struct is, not where an `impl` block is. The tree is
    /// used up: a large crate's items are moved, not copied.
    /// `modules` gets the index in `lib.items` of each item below the crate root and the index
    /// of its module path in `self.paths`.
    fn assemble(
        &mut self,
        node: usize,
        module: &[String],
        lib: &mut ir::Library,
        modules: &mut Vec<(usize, usize)>,
    ) {
        let Some(lowering) = self.nodes[node].lowering.take() else {
            return;
        };
        let mut children = std::mem::take(&mut self.nodes[node].children).into_iter();
        for entry in lowering.entries {
            match entry {
                Entry::Items {
                    module: inner,
                    items,
                } => {
                    if !module.is_empty() || !inner.is_empty() {
                        // Items come one entry each: consecutive ones in one module share
                        // its path.
                        let same = self.paths.last().is_some_and(|last| {
                            last.len() == module.len() + inner.len()
                                && last[..module.len()] == *module
                                && last[module.len()..] == *inner
                        });
                        if !same {
                            self.paths.push([module, inner.as_slice()].concat());
                        }
                        let (base, at) = (lib.items.len(), self.paths.len() - 1);
                        modules.extend(
                            items
                                .iter()
                                .enumerate()
                                .filter(|(_, i)| !matches!(i, ir::Item::ObjectImpl(_)))
                                .map(|(k, _)| (base + k, at)),
                        );
                    }
                    lib.items.extend(items);
                }
                Entry::Module(m) => {
                    if let Some(Some(child)) = children.next() {
                        let path = [module, m.module.as_slice()].concat();
                        self.assemble(child, &path, lib, modules);
                    }
                }
            }
        }
    }
}

/// A source that is not UTF-8, at its first byte that is not, in a text shown with
/// replacement characters (Rust sources are UTF-8).
fn not_utf8(path: &Path, base: &Path, e: &std::string::FromUtf8Error) -> CrateError {
    let bytes = e.as_bytes();
    // The bytes before the first bad one are valid: they keep their offsets in the lossy text.
    let offset = e.utf8_error().valid_up_to();
    let text = String::from_utf8_lossy(bytes).into_owned();
    let at = ir::LineColumn::of_offset(&text, offset);
    CrateError::Diagnostics(vec![CrateDiagnostic {
        file: SourceFile {
            path: shown(path, base),
            text: Arc::new(text),
        },
        line: at.line,
        column: at.column,
        offset,
        len: 1,
        item: String::new(),
        message: format!(
            "the file is not UTF-8: the byte 0x{:02x} here does not begin a valid character",
            bytes[offset]
        ),
        hint: Some("Rust sources are UTF-8: save the file as UTF-8".into()),
    }])
}

fn shown(path: &Path, base: &Path) -> PathBuf {
    path.strip_prefix(base)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}
