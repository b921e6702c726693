//! Lower a whole crate: start at the crate root, follow `mod` declarations, lower every
//! `#[polybind]` item, and collect every error (with file and position) before giving up.

use crate::LowerError;
use crate::attrs::{doc_of, polybind_attr};
use crate::items::lower_item;
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

struct Walk {
    items: Vec<ir::Item>,
    /// Item name → the module it is declared in (root items absent).
    modules: std::collections::BTreeMap<String, Vec<String>>,
    diagnostics: Vec<CrateDiagnostic>,
    root_docs: String,
    has_setup: bool,
}

/// Lower the crate whose root source file is `root` (usually `src/lib.rs`). `name` is the crate
/// name as Rust sees it. Paths in diagnostics are shown relative to `display_base`.
pub fn lower_crate(
    root: &Path,
    name: &str,
    display_base: &Path,
) -> Result<ir::Library, CrateError> {
    let mut walk = Walk {
        items: vec![],
        modules: Default::default(),
        diagnostics: vec![],
        root_docs: String::new(),
        has_setup: false,
    };
    walk.file(root, display_base, true, &[])?;
    if !walk.has_setup && walk.diagnostics.is_empty() {
        let text = Arc::new(std::fs::read_to_string(root).unwrap_or_default());
        walk.diagnostics.push(CrateDiagnostic {
            file: SourceFile { path: shown(root, display_base), text },
            line: 1,
            column: 1,
            offset: 0,
            len: 0,
            item: name.to_owned(),
            message: "the crate root does not call `polybind::setup!()`".into(),
            hint: Some("add `polybind::setup!();` to the crate root: it exports the runtime functions every binding needs".into()),
        });
    }
    if !walk.diagnostics.is_empty() {
        return Err(CrateError::Diagnostics(walk.diagnostics));
    }
    let mut lib = ir::Library::new(name);
    lib.docs = walk.root_docs;
    lib.items = walk.items;
    lib.modules = walk.modules;
    Ok(lib)
}

fn shown(path: &Path, base: &Path) -> PathBuf {
    path.strip_prefix(base)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

impl Walk {
    fn file(
        &mut self,
        path: &Path,
        base: &Path,
        is_root: bool,
        module: &[String],
    ) -> Result<(), CrateError> {
        let text = std::fs::read_to_string(path).map_err(|error| CrateError::Io {
            path: path.to_path_buf(),
            error,
        })?;
        let source = SourceFile {
            path: shown(path, base),
            text: Arc::new(text),
        };
        let file = match syn::parse_file(&source.text) {
            Ok(f) => f,
            Err(e) => {
                self.push(
                    &source,
                    &LowerError::new(e.span(), format!("cannot parse: {e}")).item("<source>"),
                );
                return Ok(());
            }
        };
        if is_root {
            self.root_docs = doc_of(&file.attrs);
        }
        // `mod x;` in `lib.rs`/`main.rs`/`mod.rs` lives beside it; elsewhere in a folder named
        // after the file.
        let dir = match path.file_stem().and_then(|s| s.to_str()) {
            Some("lib" | "main" | "mod") => {
                path.parent().map(Path::to_path_buf).unwrap_or_default()
            }
            Some(stem) if !is_root => path.parent().map(|p| p.join(stem)).unwrap_or_default(),
            _ => path.parent().map(Path::to_path_buf).unwrap_or_default(),
        };
        self.items_of(&file.items, &source, &dir, base, is_root, module)
    }

    fn items_of(
        &mut self,
        items: &[syn::Item],
        source: &SourceFile,
        dir: &Path,
        base: &Path,
        is_root: bool,
        module: &[String],
    ) -> Result<(), CrateError> {
        if module.len() > 64 {
            return Ok(());
        }
        for item in items {
            if let syn::Item::Macro(m) = item {
                let segs: Vec<String> = m
                    .mac
                    .path
                    .segments
                    .iter()
                    .map(|s| s.ident.to_string())
                    .collect();
                if is_root
                    && segs.last().is_some_and(|s| s == "setup")
                    && segs.first().is_some_and(|s| s == "polybind")
                {
                    self.has_setup = true;
                }
            }
            if let syn::Item::Mod(m) = item {
                let sub_dir = dir.join(m.ident.to_string());
                let sub_module = [module, &[m.ident.to_string()]].concat();
                match &m.content {
                    Some((_, inner)) => {
                        self.items_of(inner, source, &sub_dir, base, false, &sub_module)?
                    }
                    None => {
                        let explicit = m.attrs.iter().find_map(|a| {
                            if !a.path().is_ident("path") {
                                return None;
                            }
                            match &a.meta {
                                syn::Meta::NameValue(syn::MetaNameValue {
                                    value:
                                        syn::Expr::Lit(syn::ExprLit {
                                            lit: syn::Lit::Str(s),
                                            ..
                                        }),
                                    ..
                                }) => Some(dir.join(s.value())),
                                _ => None,
                            }
                        });
                        let candidates = match explicit {
                            Some(p) => vec![p],
                            None => {
                                vec![dir.join(format!("{}.rs", m.ident)), sub_dir.join("mod.rs")]
                            }
                        };
                        match candidates.iter().find(|p| p.is_file()) {
                            Some(p) => self.file(p, base, false, &sub_module)?,
                            None => self.push(
                                source,
                                &LowerError::new(
                                    m.ident.span(),
                                    format!("cannot find the file of module `{}`", m.ident),
                                )
                                .item(m.ident.to_string())
                                .hint(format!(
                                    "looked for {}",
                                    candidates
                                        .iter()
                                        .map(|p| shown(p, base).display().to_string())
                                        .collect::<Vec<_>>()
                                        .join(" and ")
                                )),
                            ),
                        }
                    }
                }
                continue;
            }
            let Some(attrs) = crate::attrs::item_attrs(item) else {
                continue;
            };
            let Some(attr) = polybind_attr(attrs) else {
                continue;
            };
            let attr = match attr {
                Ok(a) => a,
                Err(e) => {
                    self.push(source, &e.item("<attribute>"));
                    continue;
                }
            };
            let file = source.path.display().to_string();
            match lower_item(item, attr, Some(&file)) {
                Ok(lowered) => {
                    if !module.is_empty() {
                        // An object lives where its struct is, not where an `impl` block is.
                        for item in lowered
                            .iter()
                            .filter(|i| !matches!(i, ir::Item::ObjectImpl(_)))
                        {
                            self.modules
                                .entry(item.name().to_owned())
                                .or_insert_with(|| module.to_vec());
                        }
                    }
                    self.items.extend(lowered)
                }
                Err(errors) => {
                    for e in errors {
                        self.push(source, &e);
                    }
                }
            }
        }
        Ok(())
    }

    fn push(&mut self, source: &SourceFile, e: &LowerError) {
        let start = e.span.start();
        let end = e.span.end();
        let offset = byte_offset(&source.text, start.line, start.column);
        let end_offset = byte_offset(&source.text, end.line, end.column).max(offset);
        self.diagnostics.push(CrateDiagnostic {
            file: source.clone(),
            line: start.line,
            column: start.column + 1,
            offset,
            len: end_offset - offset,
            item: e.item.clone(),
            message: e.message.clone(),
            hint: e.hint.clone(),
        });
    }
}

/// Byte offset of a 1-based line and 0-based character column.
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return offset
                + l.char_indices()
                    .nth(column)
                    .map(|(b, _)| b)
                    .unwrap_or(l.len());
        }
        offset += l.len();
    }
    text.len()
}
