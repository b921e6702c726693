//! Lower one source file on its own. What a file contributes depends only on its path and its
//! text, never on another file, so files can be lowered in parallel and a lowering can be cached
//! under a hash of its content (the CLI does both). [`crate::lower_crate`] then stitches the
//! files together in declaration order.

use crate::LowerError;
use crate::attrs::{doc_of, polybind_attr};
use crate::crate_walk::{CrateDiagnostic, SourceFile};
use crate::items::lower_item;
use polybind_ir as ir;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// Nesting deeper than this (inline modules in one file, or files in the module tree) is not
/// followed: it only happens with a `#[path]` cycle.
pub(crate) const MAX_DEPTH: usize = 64;

/// A source file to lower.
#[derive(Debug, Clone)]
pub struct FileJob {
    /// The file as the walk reached it (used to find the files of its `mod x;` declarations).
    pub path: PathBuf,
    /// The file's text, and its path as diagnostics and IR locations show it.
    pub source: SourceFile,
    /// Whether it is the crate root (where `polybind::setup!()` and the crate docs live).
    pub is_root: bool,
}

/// What one file contributes, in source order.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileLowering {
    /// The file's inner doc comment (the library's docs when it is the root).
    pub docs: String,
    /// Whether the file calls `polybind::setup!()` at its top level.
    pub has_setup: bool,
    pub entries: Vec<Entry>,
    /// Problems found in this file. A lowering with diagnostics is never cached: they hold the
    /// file's text for snippets.
    #[serde(skip)]
    pub diagnostics: Vec<CrateDiagnostic>,
}

/// One step of a file, in source order.
#[derive(Debug, Clone, PartialEq, Hash, Serialize, Deserialize)]
pub enum Entry {
    /// Items lowered from one annotated Rust item. `module` is the path of inline modules
    /// (`mod a { ... }`) around it within this file.
    Items {
        module: Vec<String>,
        items: Vec<ir::Item>,
    },
    /// `mod x;`: its items come from another file, at this point of the order.
    Module(ModuleRef),
}

/// A `mod x;` declaration whose body is another file.
#[derive(Debug, Clone, PartialEq, Hash, Serialize, Deserialize)]
pub struct ModuleRef {
    /// The module path within this file, ending with `x`.
    pub module: Vec<String>,
    /// The files it may be in, in the order Rust looks (`#[path]`, `x.rs`, `x/mod.rs`).
    pub candidates: Vec<PathBuf>,
    /// Where the declaration is, for "cannot find the file of module" (1-based line and column,
    /// byte offset and length).
    pub line: usize,
    pub column: usize,
    pub offset: usize,
    pub len: usize,
}

/// Lower every `#[polybind]` item of one file, and note each `mod x;` it declares. A file of
/// plain items takes the hand-written fast path ([`crate::fast`]); the result is the same.
pub fn lower_file(job: &FileJob) -> FileLowering {
    crate::fast::lower_file(job).unwrap_or_else(|| lower_file_with_syn(job))
}

/// [`lower_file`] through `syn`, for every file.
pub fn lower_file_with_syn(job: &FileJob) -> FileLowering {
    let mut out = FileLowering {
        docs: String::new(),
        has_setup: false,
        entries: vec![],
        diagnostics: vec![],
    };
    let file = match parse(&job.source.text) {
        Ok(f) => f,
        Err(e) => {
            out.diagnostics.push(diagnostic(&job.source, &e));
            return out;
        }
    };
    out.docs = doc_of(&file.attrs);
    let dir = module_dir(&job.path, job.is_root);
    let file_name = job.source.path.display().to_string();
    let mut cx = Cx {
        source: &job.source,
        file_name: &file_name,
        out: &mut out,
    };
    cx.items(&file.items, &dir, job.is_root, &[]);
    out
}

/// Where the files of a file's `mod x;` declarations are: beside `lib.rs`/`main.rs`/`mod.rs`
/// (and the crate root), elsewhere in a folder named after the file.
pub(crate) fn module_dir(path: &Path, is_root: bool) -> PathBuf {
    match path.file_stem().and_then(|s| s.to_str()) {
        Some("lib" | "main" | "mod") => path.parent().map(Path::to_path_buf).unwrap_or_default(),
        Some(stem) if !is_root => path.parent().map(|p| p.join(stem)).unwrap_or_default(),
        _ => path.parent().map(Path::to_path_buf).unwrap_or_default(),
    }
}

struct Cx<'a> {
    source: &'a SourceFile,
    /// The file as IR locations show it.
    file_name: &'a str,
    out: &'a mut FileLowering,
}

impl Cx<'_> {
    fn items(&mut self, items: &[syn::Item], dir: &Path, top: bool, module: &[String]) {
        if module.len() > MAX_DEPTH {
            return;
        }
        for item in items {
            match item {
                syn::Item::Macro(m) if top && is_setup(&m.mac.path) => self.out.has_setup = true,
                syn::Item::Mod(m) => self.module(m, dir, module),
                _ => self.item(item, module),
            }
        }
    }

    fn module(&mut self, m: &syn::ItemMod, dir: &Path, module: &[String]) {
        let sub_dir = dir.join(m.ident.to_string());
        let sub_module = [module, &[m.ident.to_string()]].concat();
        if let Some((_, inner)) = &m.content {
            self.items(inner, &sub_dir, false, &sub_module);
            return;
        }
        let explicit = m.attrs.iter().find_map(|a| match &a.meta {
            syn::Meta::NameValue(syn::MetaNameValue {
                path,
                value:
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }),
                ..
            }) if path.is_ident("path") => Some(dir.join(s.value())),
            _ => None,
        });
        let candidates = match explicit {
            Some(p) => vec![p],
            None => vec![dir.join(format!("{}.rs", m.ident)), sub_dir.join("mod.rs")],
        };
        let d = diagnostic(self.source, &LowerError::new(m.ident.span(), ""));
        self.out.entries.push(Entry::Module(ModuleRef {
            module: sub_module,
            candidates,
            line: d.line,
            column: d.column,
            offset: d.offset,
            len: d.len,
        }));
    }

    fn item(&mut self, item: &syn::Item, module: &[String]) {
        let Some(attr) = crate::attrs::item_attrs(item).and_then(polybind_attr) else {
            return;
        };
        let attr = match attr {
            Ok(a) => a,
            Err(e) => {
                self.push(&e.item("<attribute>"));
                return;
            }
        };
        match lower_item(item, attr, Some(self.file_name)) {
            Ok(items) => self.out.entries.push(Entry::Items {
                module: module.to_vec(),
                items,
            }),
            Err(errors) => {
                for e in errors {
                    self.push(&e);
                }
            }
        }
    }

    fn push(&mut self, e: &LowerError) {
        self.out.diagnostics.push(diagnostic(self.source, e));
    }
}

/// Parse a file like [`syn::parse_file`], except that the bodies of free functions are kept as
/// unparsed token trees (their `block` is empty): polybind reads only signatures, and parsing
/// statements and expressions was a large part of the time `generate` spent on a big crate.
/// A syntax error inside a body is then left to rustc. Files with a byte-order mark or a
/// shebang, which only `syn::parse_file` strips, take its path.
///
/// A file nesting deeper than [`crate::depth::MAX_NESTING`] is refused before it is parsed.
fn parse(text: &str) -> Result<syn::File, LowerError> {
    let described = |e: syn::Error| crate::parse_error::describe(text, &e);
    let tokens = proc_macro2::TokenStream::from_str(text);
    if let Some(at) = tokens
        .as_ref()
        .ok()
        .and_then(|t| crate::depth::too_deep(t.clone()))
    {
        return Err(LowerError::new(
            at,
            format!(
                "the file nests deeper than {} levels here (brackets and generic arguments)",
                crate::depth::MAX_NESTING
            ),
        )
        .hint("polybind reads at most that many levels: let a record or a named type hold the inner ones"));
    }
    if text.starts_with('\u{feff}') || text.starts_with("#!") {
        return syn::parse_file(text).map_err(described);
    }
    match tokens {
        Ok(tokens) => syn::parse::Parser::parse2(file_skipping_bodies, tokens).map_err(described),
        Err(e) => Err(described(e.into())),
    }
}

fn file_skipping_bodies(input: syn::parse::ParseStream<'_>) -> syn::Result<syn::File> {
    use syn::parse::discouraged::Speculative;
    let attrs = input.call(syn::Attribute::parse_inner)?;
    let mut items = vec![];
    while !input.is_empty() {
        // A free function: attributes, visibility, signature, then a braced body taken whole.
        let fork = input.fork();
        let head = (|| -> syn::Result<_> {
            let attrs = fork.call(syn::Attribute::parse_outer)?;
            let vis: syn::Visibility = fork.parse()?;
            let sig: syn::Signature = fork.parse()?;
            let body: proc_macro2::Group = fork.parse()?;
            Ok((attrs, vis, sig, body))
        })();
        match head {
            Ok((attrs, vis, sig, body)) if body.delimiter() == proc_macro2::Delimiter::Brace => {
                input.advance_to(&fork);
                items.push(syn::Item::Fn(syn::ItemFn {
                    attrs,
                    vis,
                    sig,
                    block: Box::new(syn::Block {
                        brace_token: syn::token::Brace(body.delim_span()),
                        stmts: vec![],
                    }),
                }));
            }
            _ => items.push(input.parse()?),
        }
    }
    Ok(syn::File {
        shebang: None,
        attrs,
        items,
    })
}

fn is_setup(path: &syn::Path) -> bool {
    let segs = &path.segments;
    segs.last().is_some_and(|s| s.ident == "setup")
        && segs.first().is_some_and(|s| s.ident == "polybind")
}

/// `e` as a diagnostic in `source`.
pub(crate) fn diagnostic(source: &SourceFile, e: &LowerError) -> CrateDiagnostic {
    let start = e.span.start();
    let end = e.span.end();
    let offset = byte_offset(&source.text, start.line, start.column);
    let end_offset = byte_offset(&source.text, end.line, end.column).max(offset);
    CrateDiagnostic {
        file: source.clone(),
        line: start.line,
        column: start.column + 1,
        offset,
        len: end_offset - offset,
        item: e.item.clone(),
        message: e.message.clone(),
        hint: e.hint.clone(),
    }
}

/// Byte offset of a 1-based line and 0-based character column (the text's length past its end).
pub(crate) fn byte_offset(text: &str, line: usize, column: usize) -> usize {
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
