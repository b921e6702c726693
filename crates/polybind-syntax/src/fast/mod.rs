//! The fast path of [`crate::lower_file`]: a hand-written scan of files made only of plain items,
//! about twenty times quicker than parsing them with `syn` (which was most of the time
//! `polybind generate` spent on a large crate; docs/src/decisions.md says why this exists).
//!
//! It reads `#[polybind]` functions and records written in the plain forms (no generics, no
//! `Result`, no closures, no options in the attribute) and skips every other item, noting
//! `mod x;` and `polybind::setup!()`. Anything else — another annotated item, a form it does not
//! model, an error in what it reads (attributes, visibilities, signatures, fields, an item's
//! end) — makes it answer `None`, and the file takes the `syn` path, which produces the same
//! lowering and every diagnostic. So it can make a run faster, never different. What it skips
//! unread (bodies, the insides of other items, attribute arguments) the `syn` path skips or
//! only parses; an error there is rustc's to report. tests/fast_path.rs compares the two paths
//! on every Rust file of the repository and on thousands of mutated files.

mod lex;

use crate::file::{Entry, FileJob, FileLowering, MAX_DEPTH, ModuleRef, module_dir};
use lex::{Kind, Token};
use polybind_ir as ir;
use std::path::Path;

/// The lowering of `job`, if every item of the file is one the fast path models.
pub fn lower_file(job: &FileJob) -> Option<FileLowering> {
    let text = job.source.text.as_str();
    let tokens = lex::tokens(text)?;
    let file_name = job.source.path.display().to_string();
    let mut s = Scan {
        text,
        t: &tokens,
        i: 0,
        lines: LineIndex::new(text),
        file: &file_name,
        nesting: 0,
    };
    let mut out = FileLowering {
        docs: String::new(),
        has_setup: false,
        entries: vec![],
        diagnostics: vec![],
    };
    let mut docs = vec![];
    while let Some(Kind::Doc { inner: true }) = s.kind(0) {
        docs.push(s.text_of(s.i));
        s.i += 1;
    }
    out.docs = join_docs(&docs);
    let dir = module_dir(&job.path, job.is_root);
    while s.i < tokens.len() {
        s.item(&mut out, &dir, job.is_root, &[])?;
    }
    Some(out)
}

struct Scan<'a> {
    text: &'a str,
    t: &'a [Token],
    i: usize,
    lines: LineIndex,
    file: &'a str,
    /// How many types the current one is nested in.
    nesting: usize,
}

/// The attributes in front of an item, as far as the fast path cares.
#[derive(Default)]
struct Attrs {
    docs: Vec<String>,
    /// A plain `#[polybind]`.
    polybind: bool,
}

impl<'a> Scan<'a> {
    fn kind(&self, ahead: usize) -> Option<Kind> {
        self.t.get(self.i + ahead).map(|t| t.kind)
    }

    fn text_of(&self, i: usize) -> &'a str {
        let t = self.t[i];
        &self.text[t.start..t.end]
    }

    fn is_ident(&self, ahead: usize, word: &str) -> bool {
        self.kind(ahead) == Some(Kind::Ident) && self.text_of(self.i + ahead) == word
    }

    fn is_punct(&self, ahead: usize, c: u8) -> bool {
        self.kind(ahead) == Some(Kind::Punct(c))
    }

    /// Skip past the group opened at the current token.
    fn skip_group(&mut self) -> Option<()> {
        match self.kind(0)? {
            Kind::Open(_) => {
                self.i = self.t[self.i].close + 1;
                Some(())
            }
            _ => None,
        }
    }

    /// Skip to just past the next `;` outside groups, or (`braced_body`) past the first braced
    /// group if it comes first: the body of a `fn`, `struct`, `impl`, ... An attribute or a
    /// doc comment on the way means the item's end is missing (`use a::b` without its `;`):
    /// skipping on would skip the items after it.
    fn skip_item(&mut self, braced_body: bool) -> Option<()> {
        loop {
            match self.kind(0)? {
                Kind::Punct(b';') => {
                    self.i += 1;
                    return Some(());
                }
                Kind::Open(b'{') if braced_body => return self.skip_group(),
                Kind::Open(_) => self.skip_group()?,
                Kind::Close(_) | Kind::Punct(b'#') | Kind::Doc { .. } => return None,
                _ => self.i += 1,
            }
        }
    }

    fn attrs(&mut self) -> Option<Attrs> {
        let mut a = Attrs::default();
        loop {
            match self.kind(0) {
                Some(Kind::Doc { inner: false }) => {
                    a.docs.push(self.text_of(self.i).to_owned());
                    self.i += 1;
                }
                Some(Kind::Punct(b'#')) if self.kind(1) == Some(Kind::Open(b'[')) => {
                    let open = self.i + 1;
                    let close = self.t[open].close;
                    let first = (open + 1 < close).then(|| self.text_of(open + 1));
                    match first {
                        // Only the plain form; `#[polybind(..)]` and paths take the syn path.
                        Some("polybind") if close == open + 2 => a.polybind = true,
                        Some("polybind" | "doc" | "path") => return None,
                        // `polybind::polybind` and the like.
                        _ if (open + 1..close).any(|j| self.text_of(j) == "polybind") => {
                            return None;
                        }
                        _ if !self.is_meta(open + 1, close) => return None,
                        _ => {}
                    }
                    self.i = close + 1;
                }
                Some(Kind::Punct(b'#')) => return None,
                _ => return Some(a),
            }
        }
    }

    /// Whether the tokens `from..end` are an attribute's contents as `syn` reads them: a path,
    /// then nothing, one group (what it holds is not looked into, by `syn` either), or `=` and
    /// a literal.
    fn is_meta(&self, from: usize, end: usize) -> bool {
        // `#[unsafe(no_mangle)]` (Rust 2024).
        if self.t[from].kind == Kind::Ident
            && self.text_of(from) == "unsafe"
            && self.t.get(from + 1).map(|t| t.kind) == Some(Kind::Open(b'('))
        {
            return self.t[from + 1].close + 1 == end;
        }
        let after = self.path_end(from, end);
        if after == from {
            return false;
        }
        match self.t.get(after).map(|t| t.kind) {
            _ if after == end => true,
            Some(Kind::Open(_)) => self.t[after].close + 1 == end,
            // `= "value"`: other values (expressions) take the syn path.
            Some(Kind::Punct(b'=')) => after + 2 == end && self.t[after + 1].kind == Kind::Literal,
            _ => false,
        }
    }

    /// Past a path `a::b::c` starting at token `from` (`from` itself when none starts there),
    /// before `end`. Its segments are identifiers, keywords but `crate`, `self`, `Self` and
    /// `super` excluded (as `syn::Path::parse_mod_style` reads them).
    fn path_end(&self, from: usize, end: usize) -> usize {
        let segment = |j: usize| {
            j < end
                && self.t[j].kind == Kind::Ident
                && (!is_keyword(self.text_of(j))
                    || matches!(self.text_of(j), "crate" | "self" | "Self" | "super"))
        };
        if !segment(from) {
            return from;
        }
        let mut j = from + 1;
        // `::` is two tokens, next to each other.
        while j + 2 < end
            && self.t[j].kind == Kind::Punct(b':')
            && self.t[j + 1].kind == Kind::Punct(b':')
            && self.t[j].end == self.t[j + 1].start
            && segment(j + 2)
        {
            j += 3;
        }
        j
    }

    /// `pub`, `pub(crate)`, `pub(self)`, `pub(super)`, `pub(in path)`, or nothing.
    fn visibility(&mut self) -> Option<()> {
        if self.is_ident(0, "pub") {
            self.i += 1;
            if self.kind(0) == Some(Kind::Open(b'(')) {
                let (open, close) = (self.i, self.t[self.i].close);
                let restricted = match close - open {
                    2 => {
                        matches!(self.text_of(open + 1), "crate" | "self" | "super")
                            && self.t[open + 1].kind == Kind::Ident
                    }
                    _ => {
                        self.is_ident(1, "in")
                            && close > open + 2
                            && self.path_end(open + 2, close) == close
                    }
                };
                if !restricted {
                    return None;
                }
                self.i = close + 1;
            }
        }
        Some(())
    }

    /// One item; `module` is the path of the inline modules around it in this file.
    fn item(
        &mut self,
        out: &mut FileLowering,
        dir: &Path,
        top: bool,
        module: &[String],
    ) -> Option<()> {
        let attrs = self.attrs()?;
        self.visibility()?;
        if self.kind(0) != Some(Kind::Ident) {
            return None;
        }
        let word = self.text_of(self.i);
        if attrs.polybind {
            let item = match word {
                "fn" => self.function(&attrs)?,
                "struct" => self.record(&attrs)?,
                _ => return None,
            };
            out.entries.push(Entry::Items {
                module: module.to_vec(),
                items: vec![item],
            });
            return Some(());
        }
        match word {
            "mod" => self.module(out, dir, module),
            "fn" | "struct" | "enum" | "union" | "trait" | "impl" => self.skip_item(true),
            "use" | "const" | "static" | "type" => self.skip_item(false),
            "extern" if self.is_ident(1, "crate") => self.skip_item(false),
            "unsafe" | "async" | "extern" => self.skip_item(true),
            "macro_rules" if self.is_punct(1, b'!') => {
                self.i += 3;
                self.skip_group()?;
                if self.is_punct(0, b';') {
                    self.i += 1;
                }
                Some(())
            }
            _ => self.macro_call(out, top),
        }
    }

    /// `path!(...)` or `path! { ... }` at item level; `polybind::setup!()` is noted.
    fn macro_call(&mut self, out: &mut FileLowering, top: bool) -> Option<()> {
        let start = self.i;
        while self.kind(0) == Some(Kind::Ident) && self.is_punct(1, b':') && self.is_punct(2, b':')
        {
            self.i += 3;
        }
        if self.kind(0) != Some(Kind::Ident) || !self.is_punct(1, b'!') {
            return None;
        }
        let first = self.text_of(start);
        let last = self.text_of(self.i);
        self.i += 2;
        if !matches!(self.kind(0), Some(Kind::Open(_))) {
            return None;
        }
        let braced = self.kind(0) == Some(Kind::Open(b'{'));
        self.skip_group()?;
        if !braced {
            if !self.is_punct(0, b';') {
                return None;
            }
            self.i += 1;
        }
        if top && first == "polybind" && last == "setup" {
            out.has_setup = true;
        }
        Some(())
    }

    /// `mod x;` (its file is found later) or an inline `mod x { ... }` (its items, in order).
    fn module(&mut self, out: &mut FileLowering, dir: &Path, module: &[String]) -> Option<()> {
        if self.kind(1) != Some(Kind::Ident) || module.len() >= MAX_DEPTH {
            return None;
        }
        let ident = self.t[self.i + 1];
        let name = self.text_of(self.i + 1);
        let sub_module = [module, &[name.to_owned()]].concat();
        let sub_dir = dir.join(name);
        if self.kind(2) == Some(Kind::Open(b'{')) {
            let close = self.t[self.i + 2].close;
            self.i += 3;
            while self.i < close {
                self.item(out, &sub_dir, false, &sub_module)?;
            }
            if self.i != close {
                return None;
            }
            self.i = close + 1;
            return Some(());
        }
        if !self.is_punct(2, b';') {
            return None;
        }
        let (line, column) = self.lines.position(self.text, ident.start);
        out.entries.push(Entry::Module(ModuleRef {
            module: sub_module,
            candidates: vec![dir.join(format!("{name}.rs")), sub_dir.join("mod.rs")],
            line,
            column,
            offset: ident.start,
            len: ident.end - ident.start,
        }));
        self.i += 3;
        Some(())
    }

    /// The identifier at the current token, as the item's name and location.
    fn name(&mut self) -> Option<(String, ir::Location)> {
        let (name, at) = self.name_at()?;
        Some((
            name,
            ir::Location {
                file: self.file.to_owned(),
                line: at.line,
                column: at.column,
            },
        ))
    }

    /// The identifier at the current token, not a keyword, without where it is: a type's name
    /// (tens of thousands per crate) needs no place.
    fn word(&mut self) -> Option<&'a str> {
        if self.kind(0) != Some(Kind::Ident) {
            return None;
        }
        let word = self.text_of(self.i);
        if is_keyword(word) {
            return None;
        }
        self.i += 1;
        Some(word)
    }

    /// The identifier at the current token and where it is (a parameter's or field's name).
    fn name_at(&mut self) -> Option<(String, ir::LineColumn)> {
        if self.kind(0) != Some(Kind::Ident) {
            return None;
        }
        let t = self.t[self.i];
        let name = self.text_of(self.i).to_owned();
        if is_keyword(&name) {
            return None;
        }
        let (line, column) = self.lines.position(self.text, t.start);
        self.i += 1;
        Some((name, ir::LineColumn { line, column }))
    }

    /// `fn name(a: T, ...) -> R { ... }` with plain parameters and types.
    fn function(&mut self, attrs: &Attrs) -> Option<ir::Item> {
        self.i += 1;
        let (name, location) = self.name()?;
        if self.kind(0) != Some(Kind::Open(b'(')) {
            return None;
        }
        let params = self.list(|s, close| {
            let (name, at, ty) = s.typed_name(close)?;
            Some(ir::Param {
                name,
                ty,
                at: Some(at),
            })
        })?;
        let mut ret = None;
        if self.is_punct(0, b'-') && self.is_punct(1, b'>') {
            self.i += 2;
            let body = self.i
                + self.t[self.i..]
                    .iter()
                    .position(|t| t.kind == Kind::Open(b'{'))?;
            // `-> ()` is no return value.
            if self.kind(0) == Some(Kind::Open(b'(')) && self.t[self.i].close == self.i + 1 {
                self.i += 2;
            } else {
                ret = Some(self.ty(body)?);
            }
        }
        if self.kind(0) != Some(Kind::Open(b'{')) {
            return None;
        }
        self.skip_group()?;
        Some(ir::Item::Function(ir::Function {
            name,
            docs: join_docs(&attrs.docs),
            params,
            ret,
            error: None,
            blocking: false,
            location: Some(location),
        }))
    }

    /// `struct Name { field: T, ... }` with plain fields.
    fn record(&mut self, attrs: &Attrs) -> Option<ir::Item> {
        self.i += 1;
        let (name, location) = self.name()?;
        if self.kind(0) != Some(Kind::Open(b'{')) {
            return None;
        }
        let fields = self.list(|s, close| {
            let attrs = s.attrs()?;
            s.visibility()?;
            let (name, at, ty) = s.typed_name(close)?;
            Some(ir::Field {
                name,
                ty,
                docs: join_docs(&attrs.docs),
                at: Some(at),
            })
        })?;
        Some(ir::Item::Record(ir::Record {
            name,
            docs: join_docs(&attrs.docs),
            fields,
            location: Some(location),
        }))
    }

    /// The comma-separated entries of the group opened at the current token (a trailing comma
    /// allowed), each read by `entry` given the group's closing token; ends past the group.
    fn list<T>(&mut self, mut entry: impl FnMut(&mut Self, usize) -> Option<T>) -> Option<Vec<T>> {
        let close = self.t[self.i].close;
        self.i += 1;
        let mut out = vec![];
        while self.i < close {
            out.push(entry(self, close)?);
            if self.is_punct(0, b',') {
                self.i += 1;
            } else if self.i != close {
                return None;
            }
        }
        self.i = close + 1;
        Some(out)
    }

    /// `name: Type`, the type ending before `end`.
    fn typed_name(&mut self, end: usize) -> Option<(String, ir::LineColumn, ir::Type)> {
        let (name, at) = self.name_at()?;
        if !self.is_punct(0, b':') || self.is_punct(1, b':') {
            return None;
        }
        self.i += 1;
        Some((name, at, self.ty(end)?))
    }

    /// A type in the plain forms, ending before `end`: a primitive, `String`, a named type,
    /// `&str`, `&[T]`, `&mut [T]`, `Vec<T>` or `Option<T>`.
    fn ty(&mut self, end: usize) -> Option<ir::Type> {
        // A type nested deeper takes the syn path, which refuses it (see `crate::depth`): this
        // recursion must not overflow the stack first.
        if self.nesting >= crate::depth::MAX_NESTING {
            return None;
        }
        self.nesting += 1;
        let ty = self.ty_within(end);
        self.nesting -= 1;
        ty
    }

    fn ty_within(&mut self, end: usize) -> Option<ir::Type> {
        if self.i >= end {
            return None;
        }
        if self.is_punct(0, b'&') {
            self.i += 1;
            let mutable = self.is_ident(0, "mut");
            if mutable {
                self.i += 1;
            }
            if !mutable && self.is_ident(0, "str") {
                self.i += 1;
                return Some(ir::Type::Str);
            }
            if self.kind(0) != Some(Kind::Open(b'[')) {
                return None;
            }
            let close = self.t[self.i].close;
            self.i += 1;
            let elem = self.ty(close)?;
            if self.i != close {
                return None;
            }
            self.i = close + 1;
            return Some(if mutable {
                ir::Type::SliceMut(Box::new(elem))
            } else {
                ir::Type::Slice(Box::new(elem))
            });
        }
        let name = self.word()?;
        if self.is_punct(0, b':') {
            return None;
        }
        if let Some(t) = crate::types::primitive(name) {
            return (!self.is_punct(0, b'<')).then_some(t);
        }
        match name {
            "Vec" | "Option" => {
                if !self.is_punct(0, b'<') {
                    return None;
                }
                self.i += 1;
                let inner = Box::new(self.ty(end)?);
                if !self.is_punct(0, b'>') {
                    return None;
                }
                self.i += 1;
                Some(if name == "Vec" {
                    ir::Type::Vec(inner)
                } else {
                    ir::Type::Option(inner)
                })
            }
            // Every name the syn path treats specially (or refuses) is left to it.
            "u128" | "i128" | "char" | "Box" | "Result" | "HashMap" | "BTreeMap" | "HashSet"
            | "BTreeSet" | "Self" | "str" | "dyn" | "impl" => None,
            _ if self.is_punct(0, b'<') => None,
            _ => Some(ir::Type::Named(name.to_owned())),
        }
    }
}

/// The words `syn` does not take as an identifier (its list: the keywords of every edition,
/// reserved ones included, and `_`): an item, parameter, field or type named so takes the syn
/// path, which refuses it.
fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "_" | "abstract"
            | "as"
            | "async"
            | "await"
            | "become"
            | "box"
            | "break"
            | "const"
            | "continue"
            | "crate"
            | "do"
            | "dyn"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "final"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "macro"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "override"
            | "priv"
            | "pub"
            | "ref"
            | "return"
            | "Self"
            | "self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "try"
            | "type"
            | "typeof"
            | "unsafe"
            | "unsized"
            | "use"
            | "virtual"
            | "where"
            | "while"
            | "yield"
    )
}

/// Doc comment lines joined as [`crate::doc_of`] joins `#[doc]` attributes.
fn join_docs(lines: &[impl AsRef<str>]) -> String {
    crate::attrs::join_doc_lines(lines.iter().map(AsRef::as_ref))
}

/// Line starts, for 1-based line and column (in characters, as proc-macro2 counts them).
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
    }

    fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        (line, text[start..offset].chars().count() + 1)
    }
}
