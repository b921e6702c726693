//! The header as a whole: generation state, the runtime section, and the order of sections.

use crate::checks;
use crate::context::ItemCx;
use crate::formatter::Formatter;
use crate::literals::{self, doc_comment};
use polybind_codegen::{BackendError, CodeWriter, Memo, Memos, Version, marker};
use polybind_codegen::{cat, wln};
use polybind_ir::{Constant, Function, ItemRef, Type, ValidLibrary};
use std::collections::hash_map::Entry;
use std::collections::{BTreeSet, HashMap};

/// Status codes, in the order and with the values of `docs/src/abi.md`.
const STATUSES: &[(&str, &str)] = &[
    ("OK", "The call succeeded and `*out` was written."),
    (
        "ERROR",
        "The function returned `Err`: `*out_err` was written.",
    ),
    ("PANIC", "The Rust code panicked; the panic was caught."),
    (
        "INVALID_HANDLE",
        "An object handle was null, stale or already released.",
    ),
    (
        "INVALID_ARGUMENT",
        "An argument was invalid (bad UTF-8, null pointer, unknown enum value, ...).",
    ),
    (
        "CALLBACK_FAILED",
        "A foreign callback returned a non-zero status.",
    ),
];

/// The status names (`OK`, `ERROR`, ...) in the order and with the values of `docs/src/abi.md`,
/// for stubs that define their `PB_<STATUS>` macros ([`crate::write_stub_runtime`]).
pub fn status_names() -> impl Iterator<Item = &'static str> {
    STATUSES.iter().map(|(name, _)| *name)
}

/// Everything generated so far. Each section has its own writer; type definitions are written
/// on demand (dependencies first) and recorded so that each is written once.
#[derive(Default)]
pub(crate) struct Header {
    /// Every file-scope C name, with the key of what claimed it. Only looked up, never iterated
    /// (so the output stays deterministic): a hash map, since a large library claims tens of
    /// thousands of names.
    names: HashMap<String, Claim, foldhash::fast::RandomState>,
    pub errors: Vec<BackendError>,
    pub consts: CodeWriter,
    pub types: CodeWriter,
    pub decls: CodeWriter,
    /// Types whose definition is being written (their dependencies come first).
    pub pending: BTreeSet<String>,
    /// Types declared ahead of their definition (`typedef struct X X;`).
    pub forward: BTreeSet<String>,
    /// Records, enums, vectors and options in the order their definitions were written.
    pub defined: Vec<Type>,
    /// Every name claimed and type declared ahead so far (see [`polybind_codegen::memo`]);
    /// `defined` and the sections only grow with a claim.
    pub version: Version,
}

/// What holds a file-scope C name, in words for the error about a clash. The checks' tens of
/// thousands of names are described only then.
pub(crate) enum Claim {
    Key(String),
    /// The `what` (`checksum`, `checksum function`) of item `item` of [`ValidLibrary::item_keys`].
    Check {
        what: &'static str,
        item: usize,
    },
}

impl Claim {
    fn describe(&self, cx: &ItemCx<'_>) -> String {
        match self {
            Claim::Key(k) => k.clone(),
            Claim::Check { what, item } => {
                let label = cx.lib.item_keys().get(*item).map(|k| k.label());
                format!("the {what} of {}", label.unwrap_or_default())
            }
        }
    }
}

/// The section of [`Memo`] records: function declarations.
const DECLS: u8 = 0;

impl Header {
    /// Claim the file-scope C name `name` for `key`. Returns `false` when `key` already holds it
    /// (the definition exists or is being written) and an error when something else does.
    pub fn claim(&mut self, cx: &ItemCx<'_>, name: &str, key: &str) -> Result<bool, BackendError> {
        match self.names.get(name) {
            None => {
                self.names
                    .insert(name.to_owned(), Claim::Key(key.to_owned()));
                self.version.mix(&[name, key]);
                Ok(true)
            }
            Some(Claim::Key(k)) if k == key => Ok(false),
            Some(k) => Err(cx.error(format!(
                "the C name `{name}` of {key} is already used by {}",
                k.describe(cx)
            ))),
        }
    }

    /// [`Header::claim`] of a name nothing else may hold.
    pub fn claim_as(
        &mut self,
        cx: &ItemCx<'_>,
        name: String,
        claim: Claim,
    ) -> Result<(), BackendError> {
        // One lookup: tens of thousands of checks' names are claimed in a row.
        match self.names.entry(name) {
            Entry::Vacant(v) => {
                self.version.mix(&[v.key()]);
                v.insert(claim);
                Ok(())
            }
            Entry::Occupied(o) => Err(cx.error(format!(
                "the C name `{}` of {} is already used by {}",
                o.key(),
                claim.describe(cx),
                o.get().describe(cx)
            ))),
        }
    }

    fn constant(&mut self, cx: &ItemCx<'_>, c: &Constant) -> Result<(), BackendError> {
        let name = cx.fmt.macro_name(&c.name);
        self.claim(cx, &name, &format!("constant `{}`", c.name))?;
        let value = literals::constant(&c.ty, &c.value).map_err(|m| cx.error(m))?;
        self.consts.blank();
        doc_comment(&mut self.consts, &c.docs);
        wln!(self.consts, "#define {name} {value}");
        Ok(())
    }

    fn item(&mut self, cx: &ItemCx<'_>, item: ItemRef<'_>) -> Result<(), BackendError> {
        match item {
            ItemRef::Constant(c) => self.constant(cx, c),
            ItemRef::Record(r) => self.record(cx, r),
            ItemRef::Enum(e) => self.enum_(cx, e),
            ItemRef::Object(o) => self.object(cx, o),
            ItemRef::Function(f) => self.function(cx, f),
            ItemRef::CallbackInterface(c) => self.interface(cx, c),
        }
    }

    /// Claim every name the runtime section defines.
    fn claim_runtime(&mut self, cx: &ItemCx<'_>) -> Result<(), BackendError> {
        let f = cx.fmt;
        let mut names = vec![
            f.guard(),
            f.macro_name("ALIGNOF"),
            f.macro_name("INTERFACE_HASH"),
            f.type_name("Status"),
            f.type_name("Str"),
            f.type_name("String"),
            f.function("rt_dealloc"),
            f.function("last_error_message"),
            f.function("string_free"),
            f.function("verify_interface"),
        ];
        names.extend(STATUSES.iter().map(|(s, _)| f.macro_name(s)));
        for n in names {
            self.claim(cx, &n, "the polybind runtime")?;
        }
        Ok(())
    }

    /// A function, its declaration reused from the last run when `memo` has it: then only its
    /// name is claimed (a function that defines a type on first use is never recorded).
    fn function_memo(
        &mut self,
        cx: &ItemCx<'_>,
        f: &Function,
        memo: &mut Memo,
    ) -> Result<(), BackendError> {
        let (before, start) = (self.version, self.decls.len());
        let key = memo.key(f, before, self.decls.tail());
        let name = cx.fmt.function(&f.name);
        let claim = cat!("function `", f.name, "`");
        let after = before.then(&[&name, &claim]);
        if let Some(hit) = memo.hit(key).filter(|h| h.after == after)
            && !self.names.contains_key(&name)
        {
            self.decls.raw(hit.text(DECLS));
            memo.reused();
            self.claim(cx, &name, &claim)?;
        } else {
            let others = (self.consts.len(), self.types.len());
            self.function(cx, f)?;
            if self.version != after || others != (self.consts.len(), self.types.len()) {
                return Ok(());
            }
        }
        memo.record(key, after, &[(DECLS, start..self.decls.len())]);
        Ok(())
    }
}

/// The whole header of `lib`, or every error found; with `memos`, declarations of unchanged
/// functions are reused from the last run.
pub(crate) fn generate(
    lib: &ValidLibrary,
    memos: Option<&Memos>,
) -> Result<String, Vec<BackendError>> {
    assemble(lib, memos, items(lib, memos), checks(lib, memos))
}

/// The header's two independent passes, [`items`] and [`checks`], are run apart (on the CLI's
/// pool, as two jobs) and joined by [`assemble`].
pub(crate) struct Items {
    h: Header,
    memo: Memo,
}

/// Everything but the checks: the items' constants, types and declarations, in one pass (types
/// are defined on demand, dependencies first).
pub(crate) fn items(lib: &ValidLibrary, memos: Option<&Memos>) -> Items {
    let fmt = Formatter::new(lib.name());
    let root = ItemCx::new(lib, &fmt, lib.name());
    let mut memo = polybind_codegen::memo::open(memos, "c-header", lib, &());
    let mut h = Header::default();
    // Each item claims a name or a few, and the checks two per item after them: room for all,
    // not tens of thousands of names moved by each growth of the map.
    h.names
        .reserve(lib.items().count() * 2 + lib.item_keys().len() * 2 + 64);
    if let Err(e) = h.claim_runtime(&root) {
        h.errors.push(e);
    }
    // The two long sections make room for all their items once they have written a few.
    let (mut functions, mut records) = (0, 0);
    for item in lib.items() {
        let cx = root.sub(item.name());
        let done = match item {
            ItemRef::Function(f) => {
                h.decls.foresee(0, functions, lib.functions().len());
                functions += 1;
                h.function_memo(&cx, f, &mut memo)
            }
            ItemRef::Record(_) => {
                h.types.foresee(0, records, lib.records().len());
                records += 1;
                h.item(&cx, item)
            }
            _ => h.item(&cx, item),
        };
        if let Err(e) = done {
            h.errors.push(e);
        }
    }
    Items { h, memo }
}

/// The load-time checks: they read only the library, and are a third of a large header.
pub(crate) fn checks(lib: &ValidLibrary, memos: Option<&Memos>) -> checks::Checks {
    let fmt = Formatter::new(lib.name());
    checks::render(&ItemCx::new(lib, &fmt, lib.name()), memos)
}

/// The header from its two passes: the free functions of the types defined, the checks' names
/// claimed after the items' (a clash is the checks' error), and the sections in order.
pub(crate) fn assemble(
    lib: &ValidLibrary,
    memos: Option<&Memos>,
    items: Items,
    checks: checks::Checks,
) -> Result<String, Vec<BackendError>> {
    let fmt = Formatter::new(lib.name());
    let root = ItemCx::new(lib, &fmt, lib.name());
    let Items { mut h, mut memo } = items;
    let frees = h.frees(&root);
    let (checks, mut checks_memo) = checks::claim(&mut h, &root, checks);
    if !h.errors.is_empty() {
        return Err(h.errors);
    }

    let sections = [&h.consts, &h.types, &frees, &h.decls, &checks];
    let mut w = CodeWriter::new();
    w.reserve(sections.iter().map(|s| s.len() + 1).sum::<usize>() + 8192);
    wln!(w, "/* {} */", marker(env!("CARGO_PKG_VERSION")));
    doc_comment(&mut w, lib.docs());
    w.blank();
    let guard = fmt.guard();
    wln!(w, "#ifndef {guard}");
    wln!(w, "#define {guard}");
    w.blank();
    for h in ["stdbool.h", "stddef.h", "stdint.h"] {
        wln!(w, "#include <{h}>");
    }
    w.blank();
    w.line("#ifdef __cplusplus");
    w.line("extern \"C\" {");
    w.line("#endif");
    runtime(&mut w, &fmt);
    for (i, section) in sections.into_iter().enumerate() {
        w.blank();
        let (at, copied) = w.append_placed(section);
        match i {
            3 => memo.place(DECLS, at, copied),
            4 => (0..3).for_each(|s| checks_memo.place(s, at, copied)),
            _ => {}
        }
    }
    w.blank();
    w.line("#ifdef __cplusplus");
    w.line("} /* extern \"C\" */");
    w.line("#endif");
    w.blank();
    wln!(w, "#endif /* {guard} */");
    Ok(polybind_codegen::memo::close(
        memos,
        [memo, checks_memo],
        w.finish(),
    ))
}

/// Alignment macro, status codes and the runtime types and functions every header has.
fn runtime(w: &mut CodeWriter, f: &Formatter) {
    let status = f.type_name("Status");
    let str_ = f.type_name("Str");
    let string = f.type_name("String");
    let alignof = f.macro_name("ALIGNOF");
    w.blank();
    w.line("#ifdef __cplusplus");
    wln!(w, "#define {alignof}(T) alignof(T)");
    w.line("#else");
    wln!(w, "#define {alignof}(T) _Alignof(T)");
    w.line("#endif");
    w.blank();
    doc_comment(w, "The status every exported function returns.");
    wln!(w, "typedef int32_t {status};");
    w.blank();
    w.block("enum {", "};", |w| {
        for (i, (name, docs)) in STATUSES.iter().enumerate() {
            doc_comment(w, docs);
            let comma = if i + 1 < STATUSES.len() { "," } else { "" };
            wln!(w, "{} = {i}{comma}", f.macro_name(name));
        }
    });
    w.blank();
    doc_comment(
        w,
        "A borrowed UTF-8 string: not NUL-terminated, valid for the duration of the call.",
    );
    w.block(
        &format!("typedef struct {str_} {{"),
        &format!("}} {str_};"),
        |w| {
            w.line("const char *ptr;");
            w.line("size_t len;");
        },
    );
    w.blank();
    doc_comment(
        w,
        &format!(
            "An owned UTF-8 string (not NUL-terminated); release it with `{}`.",
            f.function("string_free")
        ),
    );
    w.block(
        &format!("typedef struct {string} {{"),
        &format!("}} {string};"),
        |w| {
            w.line("char *ptr;");
            w.line("size_t len;");
            w.line("size_t cap;");
        },
    );
    w.blank();
    doc_comment(
        w,
        "Release memory the library allocated (the primitive every `*_free` function uses).",
    );
    wln!(
        w,
        "void {}(void *ptr, size_t size, size_t align);",
        f.function("rt_dealloc")
    );
    w.blank();
    doc_comment(
        w,
        &format!(
            "Describe the last status other than OK and ERROR returned on this thread; release it with `{}`.",
            f.function("string_free")
        ),
    );
    wln!(w, "{string} {}(void);", f.function("last_error_message"));
    w.blank();
    doc_comment(
        w,
        "Release an owned string and leave it empty, so that a second call is harmless.",
    );
    w.block(
        &format!(
            "static inline void {}({string} *s) {{",
            f.function("string_free")
        ),
        "}",
        |w| {
            w.block("if (s->cap > 0) {", "}", |w| {
                wln!(w, "{}(s->ptr, s->cap, 1);", f.function("rt_dealloc"));
            });
            w.line("s->ptr = NULL;");
            w.line("s->len = 0;");
            w.line("s->cap = 0;");
        },
    );
}
