//! Headers → [`Header`] through libclang: one translation unit including every configured
//! header, whose top-level declarations in those headers are bound or refused, never skipped
//! (unless listed in `exclude`).

mod docs;
mod functions;
mod limits;
mod types;

use crate::model::{Constant, Enum, Field, Header, Object, Record};
use crate::{Diagnostic, Options};
use clang::{Clang, Entity, EntityKind, Index, Unsaved};
use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use polybind_ir::Location;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;

/// libclang allows one `Clang` per process at a time (and loads the library per thread).
static CLANG: Mutex<()> = Mutex::new(());

pub const LIBCLANG_HINT: &str = "install libclang (`apt-get install libclang-dev` on Debian and Ubuntu), or set LIBCLANG_PATH to the directory holding libclang.so";

/// The parsing context: options, the headers' files, and the names found so far by USR.
pub(crate) struct Cx<'a> {
    opts: &'a Options,
    /// Each header: its canonical path and the path shown in messages.
    files: Vec<(PathBuf, String)>,
    /// Struct and enum C names by USR: the typedef name when there is one, else the tag.
    names: BTreeMap<String, (String, String)>,
    /// Defined structs of the headers (USR → C name).
    records: BTreeMap<String, String>,
    /// Enums of the headers (USR → C name).
    enums: BTreeMap<String, String>,
    /// Opaque structs of the headers (USR → C name).
    objects: BTreeMap<String, String>,
    /// The doc comments of typedefs naming a struct or enum, by the USR of what they name.
    typedef_docs: BTreeMap<String, String>,
    header: Header,
    diags: Vec<Diagnostic>,
}

pub fn parse(opts: &Options) -> Result<Header, Vec<Diagnostic>> {
    let mut files = vec![];
    for (path, shown) in &opts.headers {
        match std::fs::canonicalize(path) {
            Ok(p) if p.is_file() => files.push((p, shown.clone())),
            _ => {
                return Err(vec![Diagnostic::global(
                    format!("cannot read the header {shown}"),
                    "`headers` in `[library] c` lists header files relative to polybind.toml",
                )]);
            }
        }
    }
    for (path, shown) in &files {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        if let Some(offset) = limits::too_deep(&text) {
            let at = polybind_ir::LineColumn::of_offset(&text, offset);
            return Err(vec![Diagnostic {
                file: shown.clone(),
                line: at.line,
                column: at.column,
                offset,
                message: format!(
                    "a declarator of more than {} pointer and array levels",
                    limits::MAX_DECLARATOR_LEVELS
                ),
                hint: Some("polybind reads at most that many levels of one declarator".into()),
            }]);
        }
    }
    // libclang recurses as deep as the declarators it reads: on a thread with room for that.
    std::thread::scope(|s| {
        match std::thread::Builder::new()
            .name("polybind-libclang".into())
            .stack_size(limits::PARSE_STACK)
            .spawn_scoped(s, || parse_files(opts, &files))
        {
            Ok(parsing) => parsing.join().unwrap_or_else(|_| {
                Err(vec![Diagnostic::global(
                    "reading the headers failed unexpectedly",
                    "check that the headers compile with `cc -std=c11 -fsyntax-only`",
                )])
            }),
            // No thread to be had: on this one, within its stack.
            Err(_) => parse_files(opts, &files),
        }
    })
}

/// [`parse`] once the headers are found and checked: `files` are their canonical paths and the
/// paths shown in messages.
fn parse_files(opts: &Options, files: &[(PathBuf, String)]) -> Result<Header, Vec<Diagnostic>> {
    let Some((first, _)) = files.first() else {
        return Err(vec![Diagnostic::global(
            "`[library] c` names no header",
            "list the headers to bind, e.g. `headers = [\"include/geo.h\"]`",
        )]);
    };
    // Another thread's parse only poisons the lock by panicking; the state it guards is libclang's.
    let _one = CLANG.lock().unwrap_or_else(|e| e.into_inner());
    let clang = Clang::new().map_err(|e| {
        vec![Diagnostic::global(
            format!("cannot load libclang, which reading C headers needs: {e}"),
            LIBCLANG_HINT,
        )]
    })?;
    let index = Index::new(&clang, false, false);
    // One unsaved file including each header: one translation unit, so a type shared by two
    // headers is one type.
    let main = first.with_file_name("polybind-headers.c");
    let text: String = files
        .iter()
        .map(|(p, _)| format!("#include \"{}\"\n", p.display()))
        .collect();
    let mut args = vec!["-std=c11".to_owned(), "-xc".to_owned()];
    for (p, _) in files {
        if let Some(d) = p.parent() {
            args.push(format!("-I{}", d.display()));
        }
    }
    args.extend(
        opts.include_dirs
            .iter()
            .map(|d| format!("-I{}", d.display())),
    );
    args.extend(opts.defines.iter().map(|d| format!("-D{d}")));
    let mut parser = index.parser(&main);
    parser
        .arguments(&args)
        .unsaved(&[Unsaved::new(&main, &text)])
        .skip_function_bodies(true);
    let tu = parser.parse().map_err(|e| {
        vec![Diagnostic::global(
            format!("libclang could not parse the headers: {e}"),
            "check that the headers compile with `cc -std=c11 -fsyntax-only`",
        )]
    })?;
    let mut cx = Cx {
        opts,
        files: files.to_vec(),
        names: BTreeMap::new(),
        records: BTreeMap::new(),
        enums: BTreeMap::new(),
        objects: BTreeMap::new(),
        typedef_docs: BTreeMap::new(),
        header: Header {
            name: opts.name.clone(),
            string_free: opts.string_free.clone(),
            ..Header::default()
        },
        diags: vec![],
    };
    cx.header.includes = cx
        .files
        .iter()
        .filter_map(|(p, _)| Some(p.file_name()?.to_string_lossy().into_owned()))
        .collect();
    cx.compiler_errors(&tu, &main);
    if !cx.diags.is_empty() {
        return Err(cx.diags);
    }
    let top: Vec<Entity<'_>> = tu
        .get_entity()
        .get_children()
        .into_iter()
        .filter(|e| cx.location(*e).is_some())
        .collect();
    cx.name_types(&top);
    let mut functions = vec![];
    for e in &top {
        cx.declaration(*e, &mut functions);
    }
    cx.error_convention();
    cx.functions(&functions);
    cx.collisions(&top);
    // In the order of the header, whichever pass found them.
    cx.diags
        .sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    if cx.diags.is_empty() {
        Ok(cx.header)
    } else {
        Err(cx.diags)
    }
}

impl<'a> Cx<'a> {
    /// Where `e` is, when it is in one of the configured headers.
    fn location(&self, e: Entity<'_>) -> Option<(Location, usize)> {
        let at = e.get_location()?.get_file_location();
        let path = at.file?.get_path();
        let path = std::fs::canonicalize(&path).unwrap_or(path);
        let shown = self.files.iter().find(|(p, _)| *p == path)?.1.clone();
        Some((
            Location {
                file: shown,
                line: at.line as usize,
                column: at.column as usize,
            },
            at.offset as usize,
        ))
    }

    fn refuse(&mut self, e: Entity<'_>, (message, hint): types::Refusal) {
        let (l, offset) = self.location(e).unwrap_or((
            Location {
                file: String::new(),
                line: 0,
                column: 0,
            },
            0,
        ));
        self.diags.push(Diagnostic {
            file: l.file,
            line: l.line,
            column: l.column,
            offset,
            message,
            hint: Some(hint),
        });
    }

    fn loc(&self, e: Entity<'_>) -> Location {
        self.location(e).map(|(l, _)| l).unwrap_or(Location {
            file: String::new(),
            line: 0,
            column: 0,
        })
    }

    /// The doc comment of a struct or enum, else of the typedef naming it.
    fn type_docs(&self, e: Entity<'_>) -> String {
        e.get_comment()
            .map(|c| docs::clean(&c))
            .or_else(|| self.typedef_docs.get(&e.get_usr()?.0).cloned())
            .unwrap_or_default()
    }

    fn excluded(&self, e: Entity<'_>) -> bool {
        e.get_name().is_some_and(|n| self.opts.exclude.contains(&n))
    }

    /// The headers' own errors (a missing include, a syntax error), with clang's words.
    fn compiler_errors(&mut self, tu: &clang::TranslationUnit<'_>, main: &std::path::Path) {
        for d in tu.get_diagnostics() {
            if d.get_severity() < clang::diagnostic::Severity::Error {
                continue;
            }
            let mut message = format!("the header does not compile: {}", d.get_text());
            let at = d.get_location().get_file_location();
            let in_main = at.file.map(|f| f.get_path()).as_deref() == Some(main);
            let place = if in_main {
                // An error at the end of a header (an unfinished declaration) is reported where
                // the file including it goes on. A note of clang's may point into the header
                // ("to match this '('"); else the place is the end of the header included just
                // before.
                let note = d.get_children().into_iter().find_map(|n| {
                    let at = n.get_location().get_file_location();
                    let file = at.file.map(|f| f.get_path())?;
                    let shown = self.shown(&file).filter(|_| file != main)?;
                    Some((n.get_text(), shown, at))
                });
                match note {
                    Some((text, shown, at)) => {
                        message = format!("{message}, {text}");
                        Some((
                            shown,
                            at.line as usize,
                            at.column as usize,
                            at.offset as usize,
                        ))
                    }
                    None => {
                        let included = (at.line as usize).saturating_sub(2);
                        let place = self.end_of(included);
                        if let Some((shown, ..)) = &place {
                            message = format!(
                                "{message} (at the end of {shown}: a declaration is unfinished)"
                            );
                        }
                        place
                    }
                }
            } else {
                let shown = at
                    .file
                    .map(|f| f.get_path())
                    .map(|p| self.shown(&p).unwrap_or_else(|| p.display().to_string()));
                Some((
                    shown.unwrap_or_default(),
                    at.line as usize,
                    at.column as usize,
                    at.offset as usize,
                ))
            };
            let (file, line, column, offset) = place.unwrap_or_default();
            self.diags.push(Diagnostic {
                file,
                line,
                column,
                offset,
                message,
                hint: Some("fix the header, or set `include_dirs`/`defines` in `[library] c` so that it compiles as C11".into()),
            });
        }
    }

    /// A header as `headers` names it, if it is one of them.
    fn shown(&self, path: &std::path::Path) -> Option<String> {
        let c = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.files
            .iter()
            .find(|(f, _)| *f == c)
            .map(|(_, s)| s.clone())
    }

    /// The last character of header `index` (or of the last header, past the end): its name,
    /// 1-based line and column, and byte offset.
    fn end_of(&self, index: usize) -> Option<(String, usize, usize, usize)> {
        let (path, shown) = self.files.get(index).or(self.files.last())?;
        let text = std::fs::read_to_string(path).ok()?;
        let last = text.trim_end().char_indices().last().map_or(0, |(i, _)| i);
        let at = polybind_ir::LineColumn::of_offset(&text, last);
        Some((shown.clone(), at.line, at.column, last))
    }

    /// Give every struct and enum its C name: typedef names first, then tags.
    fn name_types(&mut self, top: &[Entity<'_>]) {
        for e in top {
            if e.get_kind() != EntityKind::TypedefDecl {
                continue;
            }
            let (Some(name), Some(under)) = (e.get_name(), e.get_typedef_underlying_type()) else {
                continue;
            };
            if let Some(decl) = under.get_canonical_type().get_declaration()
                && let Some(usr) = decl.get_usr()
                && matches!(
                    decl.get_kind(),
                    EntityKind::StructDecl | EntityKind::EnumDecl
                )
            {
                if let Some(c) = e.get_comment() {
                    self.typedef_docs
                        .entry(usr.0.clone())
                        .or_insert(docs::clean(&c));
                }
                self.names.entry(usr.0).or_insert((name.clone(), name));
            }
        }
        for e in top {
            let keyword = match e.get_kind() {
                EntityKind::StructDecl => "struct",
                EntityKind::EnumDecl => "enum",
                _ => continue,
            };
            if let (Some(usr), Some(tag)) = (e.get_usr(), e.get_name().filter(|n| !n.is_empty()))
                && !e.is_anonymous()
            {
                self.names
                    .entry(usr.0)
                    .or_insert_with(|| (tag.clone(), format!("{keyword} {tag}")));
            }
        }
        // Opaque structs first: records and functions refer to them.
        for e in top {
            if e.get_kind() == EntityKind::StructDecl
                && e.get_definition().is_none()
                && !self.excluded(*e)
                && let Some(usr) = e.get_usr()
                && !self.objects.contains_key(&usr.0)
                && let Some((c_name, spelling)) = self.names.get(&usr.0).cloned()
            {
                self.objects.insert(usr.0, c_name.clone());
                self.header.objects.push(Object {
                    name: docs::type_name(&c_name, &self.opts.prefix),
                    c_name,
                    c_spelling: spelling,
                    docs: self.type_docs(*e),
                    destructor: String::new(),
                    location: self.loc(*e),
                });
            }
        }
    }

    /// Bind or refuse one top-level declaration; functions are kept for [`Cx::functions`].
    fn declaration<'tu>(&mut self, e: Entity<'tu>, functions: &mut Vec<Entity<'tu>>) {
        if self.excluded(e) {
            return;
        }
        match e.get_kind() {
            EntityKind::StructDecl if e.is_definition() => self.record(e),
            // Forward declarations: opaque structs, or structs defined elsewhere.
            EntityKind::StructDecl | EntityKind::TypedefDecl => {}
            EntityKind::EnumDecl if e.is_definition() => self.enumeration(e),
            EntityKind::EnumDecl => {}
            EntityKind::FunctionDecl => functions.push(e),
            EntityKind::UnionDecl => self.refuse(
                e,
                (
                    "unions cannot cross the C ABI".into(),
                    "add the union to `exclude` in `[library] c` if no bound function uses it"
                        .into(),
                ),
            ),
            EntityKind::VarDecl => self.refuse(
                e,
                (
                    format!(
                        "the global variable `{}` cannot be bound",
                        e.get_name().unwrap_or_default()
                    ),
                    "wrap it in a function, or add it to `exclude` in `[library] c`".into(),
                ),
            ),
            other => self.refuse(
                e,
                (
                    format!("polybind cannot bind this declaration ({other:?})"),
                    "add it to `exclude` in `[library] c`".into(),
                ),
            ),
        }
    }

    fn record(&mut self, e: Entity<'_>) {
        let Some(usr) = e.get_usr() else { return };
        let Some((c_name, spelling)) = self.names.get(&usr.0).cloned() else {
            return self.refuse(
                e,
                (
                    "an anonymous struct outside a typedef cannot be named".into(),
                    "give it a tag or a typedef name".into(),
                ),
            );
        };
        let mut fields = vec![];
        for f in e.get_children() {
            if f.get_kind() != EntityKind::FieldDecl {
                continue;
            }
            let name = f.get_name().unwrap_or_default();
            if f.is_bit_field() {
                self.refuse(
                    f,
                    (
                        format!(
                            "the bit-field `{name}` of `{c_name}` has no addressable C ABI form"
                        ),
                        "make it a whole integer field".into(),
                    ),
                );
                continue;
            }
            match f.get_type().ok_or_else(|| self.unsupported("?")) {
                Ok(ty) => match self.value(ty) {
                    Ok(ty) => fields.push(Field {
                        name,
                        ty,
                        docs: f.get_comment().map(|c| docs::clean(&c)).unwrap_or_default(),
                    }),
                    Err((m, h)) => {
                        self.refuse(f, (format!("field `{name}` of `{c_name}`: {m}"), h))
                    }
                },
                Err(r) => self.refuse(f, r),
            }
        }
        self.records.insert(usr.0, c_name.clone());
        self.header.records.push(Record {
            name: docs::type_name(&c_name, &self.opts.prefix),
            c_name,
            c_spelling: spelling,
            docs: self.type_docs(e),
            fields,
            location: self.loc(e),
        });
    }

    fn enumeration(&mut self, e: Entity<'_>) {
        let Some(usr) = e.get_usr() else { return };
        let Some((c_name, spelling)) = self.names.get(&usr.0).cloned() else {
            return self.refuse(
                e,
                (
                    "an anonymous enum outside a typedef cannot be named".into(),
                    "give it a tag or a typedef name, or use `#define` constants".into(),
                ),
            );
        };
        let items: Vec<Entity<'_>> = e
            .get_children()
            .into_iter()
            .filter(|c| c.get_kind() == EntityKind::EnumConstantDecl)
            .collect();
        let c_names: Vec<String> = items
            .iter()
            .map(|c| c.get_name().unwrap_or_default())
            .collect();
        let names = docs::variant_names(&c_name, &c_names);
        let mut constants = vec![];
        for ((item, c), name) in items.iter().zip(c_names).zip(names) {
            let value = item.get_enum_constant_value().map_or(0, |(v, _)| v);
            if i32::try_from(value).is_err() {
                self.refuse(
                    *item,
                    (
                        format!("`{c}` = {value} does not fit the ABI's `int32_t` enums"),
                        "keep enum values within int32_t".into(),
                    ),
                );
            }
            constants.push(Constant {
                c_name: c,
                name,
                docs: item
                    .get_comment()
                    .map(|d| docs::clean(&d))
                    .unwrap_or_default(),
                value,
            });
        }
        self.enums.insert(usr.0, c_name.clone());
        let name = if let Some(conv) = self.opts.errors.as_ref().filter(|e| e.status == c_name) {
            conv.name
                .clone()
                .unwrap_or_else(|| docs::error_name(&c_name, &self.opts.prefix))
        } else {
            docs::type_name(&c_name, &self.opts.prefix)
        };
        self.header.enums.push(Enum {
            name,
            c_name,
            c_spelling: spelling,
            docs: self.type_docs(e),
            constants,
            location: self.loc(e),
        });
    }

    /// Check the configured status enum and its success constant.
    fn error_convention(&mut self) {
        let Some(conv) = &self.opts.errors else {
            return;
        };
        let hint = "`errors = { status = \"<enum>\", ok = \"<constant>\" }` in `[library] c` names the status enum fallible functions return and its success constant";
        match self.header.enum_(&conv.status) {
            None => self.diags.push(Diagnostic::global(
                format!(
                    "the status enum `{}` is not declared in the headers",
                    conv.status
                ),
                hint,
            )),
            Some(e) if !e.constants.iter().any(|c| c.c_name == conv.ok) => {
                self.diags.push(Diagnostic::global(
                    format!(
                        "the status enum `{}` has no constant `{}`",
                        conv.status, conv.ok
                    ),
                    hint,
                ))
            }
            Some(e) => {
                self.header.errors = Some(crate::model::Errors {
                    status: conv.status.clone(),
                    ok: conv.ok.clone(),
                    message: conv.message.clone(),
                    name: e.name.clone(),
                })
            }
        }
    }

    /// Whether `name` is the status enum of the error convention.
    fn is_status(&self, name: &str) -> bool {
        self.opts.errors.as_ref().is_some_and(|e| e.status == name)
    }

    /// Refuse a canonical library name whose symbols (`<name>_*`, `<Name>*`, `<NAME>_*`) the
    /// headers' own names could be: the stubs include both headers, and link with the library.
    fn collisions(&mut self, top: &[Entity<'_>]) {
        let name = &self.opts.name;
        let prefixes = [
            format!("{}_", name.to_snake_case()),
            name.to_upper_camel_case(),
            format!("{}_", name.to_shouty_snake_case()),
        ];
        let mut declared = vec![];
        for e in top {
            declared.push(*e);
            if e.get_kind() == EntityKind::EnumDecl {
                declared.extend(e.get_children());
            }
        }
        for e in declared {
            let Some(n) = e.get_name() else { continue };
            if prefixes.iter().any(|p| n.starts_with(p.as_str())) {
                self.refuse(
                    e,
                    (
                        format!("the generated library `{name}` would define symbols starting with `{}`, like the header's own `{n}`", prefixes[0]),
                        format!("set `name` in `[library]` to a name the header does not use (the default is `<header>_pb`, e.g. `{}`)", crate::default_name(std::path::Path::new(&self.files[0].0))),
                    ),
                );
                return;
            }
        }
    }
}
