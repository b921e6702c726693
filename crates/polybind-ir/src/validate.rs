//! Validation: merge `impl` blocks into their objects, resolve every named type, and check every
//! rule of the canonical ABI once, so that backends can trust what they receive.

use crate::model::*;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;

/// A library that passed validation. It can only be built by [`validate`].
#[derive(Debug, Clone)]
pub struct ValidLibrary {
    /// The library's name, docs and modules; its items are in the vectors below, each held
    /// once (a large library has tens of thousands).
    lib: Library,
    /// Where each item is, in declaration order.
    order: Vec<(ItemKind, u32)>,
    functions: Vec<Function>,
    records: Vec<Record>,
    enums: Vec<Enum>,
    objects: Vec<Object>,
    callback_interfaces: Vec<CallbackInterface>,
    constants: Vec<Constant>,
    record_index: BTreeMap<String, usize>,
    enum_index: BTreeMap<String, usize>,
    /// Unique per validation (clones share it, and are equal): lets a backend reuse what it
    /// derived from this library (see [`ValidLibrary::id`]).
    id: u64,
    /// [`ValidLibrary::item_checksums`], computed on first use: the C header and both Python
    /// files each list every checksum.
    checksums: std::sync::OnceLock<Vec<u64>>,
}

impl ValidLibrary {
    /// An identifier of this validated library, unique within the process: two libraries with
    /// the same id are equal, since a `ValidLibrary` cannot be changed. The C header, which the
    /// C, C++ and Python targets all ship, is generated once per id.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// The resolved library (object `impl` blocks merged), as `polybind ir dump` prints it: a
    /// copy, built on demand.
    pub fn to_library(&self) -> Library {
        Library {
            items: self.items().map(ItemRef::to_item).collect(),
            ..self.lib.clone()
        }
    }

    /// Every item in declaration order (object `impl` blocks merged).
    pub fn items(&self) -> impl Iterator<Item = ItemRef<'_>> + '_ {
        self.order.iter().map(|&(kind, i)| {
            let i = i as usize;
            match kind {
                ItemKind::Function => ItemRef::Function(&self.functions[i]),
                ItemKind::Record => ItemRef::Record(&self.records[i]),
                ItemKind::Enum => ItemRef::Enum(&self.enums[i]),
                ItemKind::Object => ItemRef::Object(&self.objects[i]),
                ItemKind::CallbackInterface => {
                    ItemRef::CallbackInterface(&self.callback_interfaces[i])
                }
                ItemKind::Constant => ItemRef::Constant(&self.constants[i]),
            }
        })
    }

    /// The module of each item not at the crate root ([`Library::modules`]).
    pub fn modules(&self) -> &BTreeMap<String, Vec<String>> {
        &self.lib.modules
    }
    pub fn name(&self) -> &str {
        &self.lib.name
    }
    pub fn docs(&self) -> &str {
        &self.lib.docs
    }
    pub fn functions(&self) -> &[Function] {
        &self.functions
    }
    pub fn records(&self) -> &[Record] {
        &self.records
    }
    pub fn enums(&self) -> &[Enum] {
        &self.enums
    }
    pub fn objects(&self) -> &[Object] {
        &self.objects
    }
    pub fn callback_interfaces(&self) -> &[CallbackInterface] {
        &self.callback_interfaces
    }
    pub fn constants(&self) -> &[Constant] {
        &self.constants
    }
    pub fn record(&self, name: &str) -> Option<&Record> {
        self.record_index.get(name).map(|&i| &self.records[i])
    }
    pub fn enum_(&self, name: &str) -> Option<&Enum> {
        self.enum_index.get(name).map(|&i| &self.enums[i])
    }
    /// Whether the interface lets the library keep a foreign callable beyond one call (a
    /// retained closure or a boxed callback interface as a parameter): it may then call back
    /// from its own threads while a call waits, which bindings with a global lock must allow.
    pub fn keeps_foreign_callables(&self) -> bool {
        fn kept(t: &Type) -> bool {
            match t {
                Type::Callback(cb) => cb.retained,
                Type::CallbackInterface(_) => true,
                _ => false,
            }
        }
        self.functions
            .iter()
            .any(|f| f.params.iter().any(|p| kept(&p.ty)))
            || self.objects.iter().any(|o| {
                o.methods
                    .iter()
                    .any(|m| m.params.iter().any(|p| kept(&p.ty)))
            })
    }

    /// The module `item` is declared in, below the crate root (empty at the root).
    pub fn module_of(&self, item: &str) -> &[String] {
        self.lib.modules.get(item).map_or(&[], Vec::as_slice)
    }

    /// Every item that has a checksum, in declaration order (an object before its methods).
    pub fn item_keys(&self) -> Vec<crate::ItemKey<'_>> {
        use crate::ItemKey;
        let mut keys = Vec::with_capacity(self.order.len());
        for item in self.items() {
            match item {
                ItemRef::Function(f) => keys.push(ItemKey::Function(f)),
                ItemRef::Record(r) => keys.push(ItemKey::Record(r)),
                ItemRef::Enum(e) => keys.push(ItemKey::Enum(e)),
                ItemRef::Object(o) => {
                    keys.push(ItemKey::Object(&o.name));
                    keys.extend(o.methods.iter().map(|m| ItemKey::Method(&o.name, m)));
                }
                ItemRef::CallbackInterface(c) => keys.push(ItemKey::CallbackInterface(c)),
                ItemRef::Constant(_) => {}
            }
        }
        keys
    }

    /// [`crate::item_checksum`] of each of [`ValidLibrary::item_keys`], in the same order.
    pub fn item_checksums(&self) -> &[u64] {
        self.item_checksums_with(|keys| keys.iter().map(crate::item_checksum).collect())
    }

    /// [`ValidLibrary::item_checksums`], made by `map` from the keys if not made yet: a caller
    /// with threads computes them in parallel (a large library has tens of thousands). `map`
    /// returns [`crate::item_checksum`] of each key, in order.
    pub fn item_checksums_with(
        &self,
        map: impl FnOnce(&[crate::ItemKey<'_>]) -> Vec<u64>,
    ) -> &[u64] {
        self.checksums.get_or_init(|| map(&self.item_keys()))
    }

    /// Records and tagged (data or error) enums, in declaration order: the types whose layout
    /// the library reports through `lib_layout_<t>()`.
    pub fn laid_out_types(&self) -> Vec<&str> {
        self.items()
            .filter_map(|i| match i {
                ItemRef::Record(r) => Some(r.name.as_str()),
                ItemRef::Enum(e) if e.error || !e.is_c_like() => Some(e.name.as_str()),
                _ => None,
            })
            .collect()
    }

    /// Every bit pattern of the C representation is a valid Rust value and the layouts agree, so
    /// slices of it cross without a copy: numbers and records made only of plain fields.
    pub fn is_plain(&self, ty: &Type) -> bool {
        match ty {
            t if t.is_number() => true,
            Type::Record(n) => self
                .record(n)
                .is_some_and(|r| r.fields.iter().all(|f| self.is_plain(&f.ty))),
            _ => false,
        }
    }

    /// The value owns memory allocated by the library, so the foreign side must release it.
    pub fn owns_heap(&self, ty: &Type) -> bool {
        match ty {
            Type::String | Type::Vec(_) => true,
            Type::Option(t) => self.owns_heap(t),
            Type::Record(n) => self
                .record(n)
                .is_some_and(|r| r.fields.iter().any(|f| self.owns_heap(&f.ty))),
            Type::Enum(n) => self.enum_(n).is_some_and(|e| {
                e.error
                    || e.variants
                        .iter()
                        .any(|v| v.fields.iter().any(|f| self.owns_heap(&f.ty)))
            }),
            _ => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    /// The item the error is about.
    pub item: String,
    pub message: String,
    pub hint: Option<String>,
    pub location: Option<Location>,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(l) = &self.location {
            write!(f, "{}:{}:{}: ", l.file, l.line, l.column)?;
        }
        write!(f, "`{}`: {}", self.item, self.message)?;
        if let Some(h) = &self.hint {
            write!(f, "\n  hint: {h}")?;
        }
        Ok(())
    }
}

/// All errors found, in declaration order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationErrors(pub Vec<ValidationError>);

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "error: {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

#[derive(Clone, Copy, PartialEq, Eq)]
enum TypeKind {
    Record,
    Enum,
    Error,
    Object,
    Trait,
}

/// Where a type appears; each position admits a different set of types.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Position {
    Param,
    Return,
    Field,
    CallbackArg,
    CallbackReturn,
}

impl Position {
    fn describe(self) -> &'static str {
        match self {
            Position::Param => "as a parameter",
            Position::Return => "as a return value",
            Position::Field => "in a record or variant field",
            Position::CallbackArg => "as a callback argument",
            Position::CallbackReturn => "as a callback's return value",
        }
    }
}

/// `function `f`` or `method `Obj::m``, for messages: written out only when one is reported
/// (a large library has tens of thousands of parameters, nearly all fine).
struct Label<'a> {
    kind: &'static str,
    owner: Option<&'a str>,
    name: &'a str,
}

impl<'a> Label<'a> {
    fn new(kind: &'static str, owner: Option<&'a str>, name: &'a str) -> Self {
        Label { kind, owner, name }
    }
}

impl fmt::Display for Label<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.owner {
            Some(o) => write!(f, "{} `{o}::{}`", self.kind, self.name),
            None => write!(f, "{} `{}`", self.kind, self.name),
        }
    }
}

type Kinds = HashMap<String, TypeKind, foldhash::fast::RandomState>;

struct Ctx<'a> {
    kinds: &'a Kinds,
    records: &'a HashMap<&'a str, &'a Record, foldhash::fast::RandomState>,
    errors: Vec<ValidationError>,
    item: String,
    location: Option<Location>,
    /// The parameter or field being checked, when its place is known: errors point there.
    within: Option<LineColumn>,
}

impl<'a> Ctx<'a> {
    fn new(
        kinds: &'a Kinds,
        records: &'a HashMap<&'a str, &'a Record, foldhash::fast::RandomState>,
        errors: Vec<ValidationError>,
    ) -> Self {
        Ctx {
            kinds,
            records,
            errors,
            item: String::new(),
            location: None,
            within: None,
        }
    }

    fn err(&mut self, message: impl Into<String>, hint: Option<&str>) {
        let location = match (&self.location, self.within) {
            (Some(l), Some(at)) => Some(l.moved_to(at)),
            (l, _) => l.clone(),
        };
        self.errors.push(ValidationError {
            item: self.item.clone(),
            message: message.into(),
            hint: hint.map(str::to_owned),
            location,
        });
    }

    fn at(&mut self, item: &str, location: Option<&Location>) {
        self.item = item.to_owned();
        self.location = location.cloned();
        self.within = None;
    }

    /// Resolve `Named` types and check that `ty` may stand at `pos` (`top` = not nested).
    fn resolve(&mut self, ty: &mut Type, pos: Position, top: bool, what: &dyn fmt::Display) {
        match ty {
            Type::Named(n) => {
                let name = n.clone();
                match self.kinds.get(&name).copied() {
                    None => {
                        self.err(
                            format!("{what} uses `{name}`, which is not exported"),
                            Some(&format!(
                                "add `#[polybind]` to `{name}`, or use a type polybind knows"
                            )),
                        );
                        return;
                    }
                    Some(TypeKind::Record) => *ty = Type::Record(name),
                    Some(TypeKind::Enum) => *ty = Type::Enum(name),
                    Some(TypeKind::Error) => {
                        self.err(
                            format!("{what} uses the error enum `{name}` as a value"),
                            Some("error enums appear only as the `E` of a `Result<T, E>`"),
                        );
                        return;
                    }
                    Some(TypeKind::Object) => *ty = Type::Object(name),
                    Some(TypeKind::Trait) => *ty = Type::CallbackInterface(name),
                }
                self.resolve(ty, pos, top, what);
            }
            Type::Record(_) | Type::Enum(_) | Type::Object(_) | Type::CallbackInterface(_) => {
                let expected = match ty {
                    Type::Record(_) => TypeKind::Record,
                    Type::Enum(_) => TypeKind::Enum,
                    Type::Object(_) => TypeKind::Object,
                    _ => TypeKind::Trait,
                };
                let name = ty.named().unwrap_or_default().to_owned();
                if self.kinds.get(&name) != Some(&expected) {
                    self.err(
                        format!(
                            "{what} refers to `{name}`, which is not an exported item of that kind"
                        ),
                        None,
                    );
                    return;
                }
                if matches!(ty, Type::Object(_))
                    && !(top && matches!(pos, Position::Param | Position::Return))
                {
                    self.err(
                        format!("{what}: the object `{name}` can only be a direct parameter or return value"),
                        Some("objects cross as handles; wrap collections of objects in another object"),
                    );
                }
                if matches!(ty, Type::CallbackInterface(_)) && !(top && pos == Position::Param) {
                    self.err(
                        format!(
                            "{what}: the callback interface `{name}` can only be a direct parameter"
                        ),
                        Some("take `Box<dyn Trait>` or `&dyn Trait` as a parameter"),
                    );
                }
                if matches!(pos, Position::CallbackReturn) && !matches!(ty, Type::Enum(_)) {
                    self.err(
                        format!("{what}: callbacks can only return primitives and C-like enums"),
                        None,
                    );
                }
            }
            Type::Str | Type::Slice(_) | Type::SliceMut(_) | Type::Callback(_) => {
                let allowed = top
                    && match ty {
                        Type::Str => matches!(pos, Position::Param | Position::CallbackArg),
                        _ => pos == Position::Param,
                    };
                if !allowed {
                    let (shown, hint) = match ty {
                        Type::Str => ("&str", "return or store `String` instead"),
                        Type::Callback(_) => ("a closure", "closures are direct parameters only"),
                        _ => ("a borrowed slice", "return or store `Vec<T>` instead"),
                    };
                    let place = if top {
                        pos.describe()
                    } else {
                        "inside another type"
                    };
                    self.err(
                        format!("{what}: {shown} cannot be used {place}"),
                        Some(hint),
                    );
                    return;
                }
                match ty {
                    Type::Slice(e) => self.resolve(e, Position::Field, false, what),
                    Type::SliceMut(e) => {
                        self.resolve(e, Position::Field, false, what);
                        if !self.plain(e) {
                            self.err(
                                format!("{what}: `&mut [T]` needs plain elements (numbers or records of numbers)"),
                                Some("take `&[T]` and return a `Vec<T>` instead"),
                            );
                        }
                    }
                    Type::Callback(cb) => {
                        for p in &mut cb.params {
                            self.resolve(p, Position::CallbackArg, true, what);
                        }
                        if let Some(r) = &mut cb.ret {
                            self.resolve(r, Position::CallbackReturn, true, what);
                        }
                    }
                    _ => {}
                }
            }
            Type::String | Type::Vec(_) | Type::Option(_) => {
                if pos == Position::CallbackReturn {
                    self.err(
                        format!("{what}: callbacks can only return primitives and C-like enums"),
                        None,
                    );
                    return;
                }
                match ty {
                    Type::Vec(e) | Type::Option(e) => {
                        if pos == Position::CallbackArg {
                            self.err(
                                format!("{what}: callback arguments cannot be vectors or options"),
                                None,
                            );
                        }
                        self.resolve(e, Position::Field, false, what)
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }

    fn plain(&self, ty: &Type) -> bool {
        match ty {
            t if t.is_number() => true,
            Type::Record(n) => self.records.get(n.as_str()).is_some_and(|r| {
                r.fields.iter().all(|f| match &f.ty {
                    Type::Named(m) if self.kinds.get(m) == Some(&TypeKind::Record) => {
                        self.plain(&Type::Record(m.clone()))
                    }
                    t => self.plain(t),
                })
            }),
            _ => false,
        }
    }

    /// A function's or method's return type, resolved in place.
    fn check_return(&mut self, ret: &mut Option<Type>, what: &dyn fmt::Display) {
        if let Some(r) = ret {
            self.resolve(
                r,
                Position::Return,
                true,
                &format_args!("{what}, return type"),
            );
        }
    }

    fn check_error(&mut self, error: &Option<String>, what: &dyn fmt::Display) {
        if let Some(e) = error
            && self.kinds.get(e) != Some(&TypeKind::Error)
        {
            self.err(
                    format!("{what} returns `Result<_, {e}>`, but `{e}` is not an exported error enum"),
                    Some(&format!("declare it with `#[polybind(error)] pub enum {e} {{ .. }}` and implement Display")),
                );
        }
    }

    fn check_params(&mut self, params: &mut [Param], what: &dyn fmt::Display) {
        let mut seen = BTreeSet::new();
        for p in params.iter_mut() {
            self.within = p.at;
            if !seen.insert(p.name.clone()) {
                self.err(
                    format!("{what}: parameter `{}` appears twice", p.name),
                    None,
                );
            }
            check_ident(self, &p.name, "parameter");
            let w = format_args!("{what}, parameter `{}`", p.name);
            self.resolve(&mut p.ty, Position::Param, true, &w);
        }
        self.within = None;
    }
}

fn is_ident(name: &str) -> bool {
    name.chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn check_ident(ctx: &mut Ctx<'_>, name: &str, what: &str) {
    if !is_ident(name) {
        ctx.err(
            format!("{what} name `{name}` is not an ASCII identifier"),
            Some("rename it to letters, digits and `_`"),
        );
    }
}

/// Validate and resolve a library.
pub fn validate(lib: &Library) -> Result<ValidLibrary, ValidationErrors> {
    validate_owned(lib.clone())
}

/// [`validate`] for a caller that gives the library up: it is not copied first.
pub fn validate_owned(lib: Library) -> Result<ValidLibrary, ValidationErrors> {
    validate_owned_with(lib, |parts, check| parts.into_iter().map(check).collect())
}

/// Items checked by one call of the check that [`validate_owned_with`] hands out.
const ITEMS_PER_PART: usize = 1024;

/// The check of a part of the items: their errors, in order.
pub type CheckItems<'c> = dyn Fn(&mut [Item]) -> Vec<ValidationError> + Sync + 'c;

/// [`validate_owned`], the items checked in parts by `each`, which returns `check` of every
/// part in order: a caller with threads checks them in parallel.
pub fn validate_owned_with(
    mut lib: Library,
    each: impl FnOnce(Vec<&mut [Item]>, &CheckItems<'_>) -> Vec<Vec<ValidationError>>,
) -> Result<ValidLibrary, ValidationErrors> {
    let mut errors = vec![];
    let dup = |errors: &mut Vec<ValidationError>, item: &Item, what: &str| {
        errors.push(ValidationError {
            item: item.name().to_owned(),
            message: format!("{what} `{}` is exported twice", item.name()),
            hint: Some("names share one C namespace; rename one of them".into()),
            location: item.location().cloned(),
        });
    };
    // Hash maps, looked up only: a large library has tens of thousands of names.
    let mut kinds: Kinds = HashMap::default();
    {
        let mut value_names: HashSet<&str, foldhash::fast::RandomState> =
            HashSet::with_capacity_and_hasher(lib.items.len(), Default::default());
        for item in &lib.items {
            let kind = match item {
                Item::Record(_) => TypeKind::Record,
                Item::Enum(e) if e.error => TypeKind::Error,
                Item::Enum(_) => TypeKind::Enum,
                Item::Object(_) => TypeKind::Object,
                Item::CallbackInterface(_) => TypeKind::Trait,
                Item::Function(_) | Item::Constant(_) => {
                    if !value_names.insert(item.name()) {
                        dup(&mut errors, item, "value");
                    }
                    continue;
                }
                Item::ObjectImpl(_) => continue,
            };
            if kinds.insert(item.name().to_owned(), kind).is_some() {
                dup(&mut errors, item, "type");
            }
        }

        for (item, path) in &lib.modules {
            if !kinds.contains_key(item) && !value_names.contains(item.as_str()) {
                errors.push(ValidationError {
                    item: item.clone(),
                    message: format!("`modules` places `{item}`, which is not an exported item"),
                    hint: Some("remove the entry or export the item".into()),
                    location: None,
                });
            }
            if let Some(bad) = path.iter().find(|seg| !is_ident(seg)) {
                errors.push(ValidationError {
                    item: item.clone(),
                    message: format!("the module path of `{item}` has a segment `{bad}` that is not an ASCII identifier"),
                    hint: Some("module names are letters, digits and `_`".into()),
                    location: None,
                });
            }
        }
    }

    // Merge impl blocks into their objects.
    let mut impls: BTreeMap<String, Vec<Method>> = BTreeMap::new();
    for item in &lib.items {
        if let Item::ObjectImpl(i) = item {
            if kinds.get(&i.object) != Some(&TypeKind::Object) {
                errors.push(ValidationError {
                    item: i.object.clone(),
                    message: format!(
                        "`#[polybind] impl {}` has no exported object `{}`",
                        i.object, i.object
                    ),
                    hint: Some(format!(
                        "add `#[polybind(object)]` to `pub struct {}`",
                        i.object
                    )),
                    location: i.location.clone(),
                });
            }
            impls
                .entry(i.object.clone())
                .or_default()
                .extend(i.methods.iter().cloned());
        }
    }
    lib.items.retain(|i| !matches!(i, Item::ObjectImpl(_)));
    for item in &mut lib.items {
        if let Item::Object(o) = item
            && let Some(m) = impls.remove(&o.name)
        {
            o.methods.extend(m);
        }
    }

    // The records as declared, looked up while the items (records among them) are resolved in
    // place: only they are copied, not the whole library.
    let declared: Vec<Record> = lib
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Record(r) => Some(r.clone()),
            _ => None,
        })
        .collect();
    let records: HashMap<&str, &Record, foldhash::fast::RandomState> =
        declared.iter().map(|r| (r.name.as_str(), r)).collect();
    let mut ctx = Ctx::new(&kinds, &records, errors);
    check_ident(&mut ctx, &lib.name, "library");

    // Each item is checked on its own (against the names and records above): in parts, on
    // a caller's threads when it has some (`each`), the errors kept in the items' order.
    let check = |items: &mut [Item]| {
        let mut ctx = Ctx::new(&kinds, &records, vec![]);
        for item in items {
            check_item(&mut ctx, item);
        }
        ctx.errors
    };
    let parts: Vec<&mut [Item]> = lib.items.chunks_mut(ITEMS_PER_PART).collect();
    for part in each(parts, &check) {
        ctx.errors.extend(part);
    }

    check_recursion(&mut ctx, &lib);

    if !ctx.errors.is_empty() {
        return Err(ValidationErrors(ctx.errors));
    }
    let items = std::mem::take(&mut lib.items);
    // Each kind's list sized at once: grown by doubling, ten thousand functions were moved
    // about a dozen times.
    let mut counts = [0usize; 6];
    for item in &items {
        let kind = match item {
            Item::Function(_) => 0,
            Item::Record(_) => 1,
            Item::Enum(_) => 2,
            Item::Object(_) => 3,
            Item::CallbackInterface(_) => 4,
            Item::Constant(_) | Item::ObjectImpl(_) => 5,
        };
        counts[kind] += 1;
    }
    let mut v = ValidLibrary {
        lib,
        order: Vec::with_capacity(items.len()),
        functions: Vec::with_capacity(counts[0]),
        records: Vec::with_capacity(counts[1]),
        enums: Vec::with_capacity(counts[2]),
        objects: Vec::with_capacity(counts[3]),
        callback_interfaces: Vec::with_capacity(counts[4]),
        constants: Vec::with_capacity(counts[5]),
        record_index: BTreeMap::new(),
        enum_index: BTreeMap::new(),
        id: {
            static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
            NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        },
        checksums: std::sync::OnceLock::new(),
    };
    // Indices fit: a library of four billion items is not generated.
    let at = |len: usize| len as u32;
    for item in items {
        match item {
            Item::Function(f) => {
                v.order.push((ItemKind::Function, at(v.functions.len())));
                v.functions.push(f);
            }
            Item::Record(r) => {
                v.order.push((ItemKind::Record, at(v.records.len())));
                v.record_index.insert(r.name.clone(), v.records.len());
                v.records.push(r);
            }
            Item::Enum(e) => {
                v.order.push((ItemKind::Enum, at(v.enums.len())));
                v.enum_index.insert(e.name.clone(), v.enums.len());
                v.enums.push(e);
            }
            Item::Object(o) => {
                v.order.push((ItemKind::Object, at(v.objects.len())));
                v.objects.push(o);
            }
            Item::CallbackInterface(c) => {
                v.order
                    .push((ItemKind::CallbackInterface, at(v.callback_interfaces.len())));
                v.callback_interfaces.push(c);
            }
            Item::Constant(c) => {
                v.order.push((ItemKind::Constant, at(v.constants.len())));
                v.constants.push(c);
            }
            Item::ObjectImpl(_) => {}
        }
    }
    Ok(v)
}

/// An item's names and types, resolved in place.
fn check_item(ctx: &mut Ctx<'_>, item: &mut Item) {
    ctx.at(item.name(), item.location());
    check_ident(ctx, item.name(), "item");
    match item {
        Item::Function(f) => {
            let what = Label::new("function", None, &f.name);
            ctx.check_params(&mut f.params, &what);
            ctx.check_return(&mut f.ret, &what);
            ctx.check_error(&f.error, &what);
        }
        Item::Record(r) => {
            if r.fields.is_empty() {
                ctx.err(
                    "a record needs at least one field",
                    Some("C has no empty structs; use a unit-like enum or an object"),
                );
            }
            check_fields(ctx, &mut r.fields, &Label::new("record", None, &r.name));
        }
        Item::Enum(e) => check_enum(ctx, e),
        Item::Object(o) => {
            let mut names = BTreeSet::new();
            for m in &mut o.methods {
                let what = Label::new("method", Some(&o.name), &m.name);
                if !names.insert(m.name.clone()) || m.name == "free" {
                    ctx.err(
                        format!("{what}: the name is used twice (or is the reserved `free`)"),
                        Some("rename the method"),
                    );
                }
                check_ident(ctx, &m.name, "method");
                ctx.check_params(&mut m.params, &what);
                if m.ret.is_some() && m.receiver == Receiver::Constructor {
                    ctx.err(
                        format!("{what}: a constructor returns the object itself"),
                        None,
                    );
                }
                ctx.check_return(&mut m.ret, &what);
                ctx.check_error(&m.error, &what);
            }
        }
        Item::CallbackInterface(c) => {
            if c.methods.is_empty() {
                ctx.err("a callback interface needs at least one method", None);
            }
            for m in &mut c.methods {
                let what = Label::new("method", Some(&c.name), &m.name);
                check_ident(ctx, &m.name, "method");
                for p in &mut m.params {
                    ctx.within = p.at;
                    check_ident(ctx, &p.name, "parameter");
                    ctx.resolve(
                        &mut p.ty,
                        Position::CallbackArg,
                        true,
                        &format_args!("{what}, parameter `{}`", p.name),
                    );
                }
                ctx.within = None;
                if let Some(r) = &mut m.ret {
                    ctx.resolve(
                        r,
                        Position::CallbackReturn,
                        true,
                        &format_args!("{what}, return type"),
                    );
                }
            }
        }
        Item::Constant(c) => check_constant(ctx, c),
        Item::ObjectImpl(_) => {}
    }
}

fn check_fields(ctx: &mut Ctx<'_>, fields: &mut [Field], what: &dyn fmt::Display) {
    let mut seen = BTreeSet::new();
    for f in fields {
        ctx.within = f.at;
        if !seen.insert(f.name.clone()) {
            ctx.err(format!("{what}: field `{}` appears twice", f.name), None);
        }
        check_ident(ctx, &f.name, "field");
        ctx.resolve(
            &mut f.ty,
            Position::Field,
            false,
            &format_args!("{what}, field `{}`", f.name),
        );
    }
    ctx.within = None;
}

fn check_enum(ctx: &mut Ctx<'_>, e: &mut Enum) {
    if e.variants.is_empty() {
        ctx.err("an enum needs at least one variant", None);
    }
    let c_like = e.is_c_like();
    let mut seen = BTreeSet::new();
    for (v, d) in e.variants.iter().zip(e.discriminants()) {
        if !seen.insert(d) {
            ctx.err(
                format!("variant `{}` repeats the discriminant {d}", v.name),
                None,
            );
        }
        if i32::try_from(d).is_err() {
            ctx.err(
                format!(
                    "variant `{}` has discriminant {d}, outside the 32-bit range of the C ABI",
                    v.name
                ),
                None,
            );
        }
        if !c_like && v.discriminant.is_some() {
            ctx.err(
                format!(
                    "variant `{}`: explicit discriminants are only for C-like enums",
                    v.name
                ),
                None,
            );
        }
    }
    let name = e.name.clone();
    let mut names = BTreeSet::new();
    for v in &mut e.variants {
        if !names.insert(v.name.clone()) {
            ctx.err(format!("variant `{}` appears twice", v.name), None);
        }
        check_ident(ctx, &v.name, "variant");
        check_fields(
            ctx,
            &mut v.fields,
            &Label::new("variant", Some(&name), &v.name),
        );
    }
}

fn check_constant(ctx: &mut Ctx<'_>, c: &mut Constant) {
    let ok = match (&c.ty, &c.value) {
        (Type::Bool, ConstValue::Bool(_)) => true,
        (Type::F32 | Type::F64, ConstValue::Float(_) | ConstValue::Int(_)) => true,
        (Type::Str, ConstValue::Str(_)) => true,
        (t, ConstValue::Int(i)) => {
            let (lo, hi): (i128, i128) = match t {
                Type::U8 => (0, u8::MAX.into()),
                Type::U16 => (0, u16::MAX.into()),
                Type::U32 => (0, u32::MAX.into()),
                Type::U64 | Type::Usize => (0, u64::MAX.into()),
                Type::I8 => (i8::MIN.into(), i8::MAX.into()),
                Type::I16 => (i16::MIN.into(), i16::MAX.into()),
                Type::I32 => (i32::MIN.into(), i32::MAX.into()),
                Type::I64 | Type::Isize => (i64::MIN.into(), i64::MAX.into()),
                _ => (1, 0),
            };
            (lo..=hi).contains(i)
        }
        _ => false,
    };
    if !ok {
        ctx.err(
            format!(
                "constant `{}` has a value that does not fit its type `{}`",
                c.name, c.ty
            ),
            Some("constants are numbers, `bool` or `&str` literals of their declared type"),
        );
    }
}

/// Records held by value must not contain themselves (directly or through other records).
fn check_recursion(ctx: &mut Ctx<'_>, lib: &Library) {
    fn direct(ty: &Type, out: &mut Vec<String>) {
        match ty {
            Type::Record(n) => out.push(n.clone()),
            Type::Option(t) => direct(t, out),
            _ => {}
        }
    }
    let mut graph: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for item in &lib.items {
        if let Item::Record(r) = item {
            let mut out = vec![];
            for f in &r.fields {
                direct(&f.ty, &mut out);
            }
            graph.insert(&r.name, out);
        }
    }
    for item in &lib.items {
        if let Item::Record(r) = item {
            let mut stack = graph.get(r.name.as_str()).cloned().unwrap_or_default();
            let mut seen = BTreeSet::new();
            while let Some(n) = stack.pop() {
                if n == r.name {
                    ctx.at(&r.name, r.location.as_ref());
                    ctx.err(
                        "the record contains itself by value",
                        Some("hold it in a `Vec<T>`, or make it an object"),
                    );
                    break;
                }
                if seen.insert(n.clone()) {
                    stack.extend(graph.get(n.as_str()).cloned().unwrap_or_default());
                }
            }
        }
    }
}
