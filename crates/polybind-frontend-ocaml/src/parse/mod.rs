//! `.mli` files to an [`Interface`]: tree-sitter's OCaml interface grammar gives the syntax tree;
//! this walks its signature items, keeps what has a C ABI form and refuses the rest with the
//! file, line and a hint.

mod docs;
mod syntax;
mod types;

use crate::model::*;
use crate::{Diagnostic, SourceFile};
use heck::ToUpperCamelCase;
use polybind_ir::Location;
use std::collections::{BTreeMap, BTreeSet};
use tree_sitter::{Node, Parser, Tree};

/// Parse every file, in order, into one interface named `name`.
pub fn parse(files: &[SourceFile], name: &str) -> Result<Interface, Vec<Diagnostic>> {
    let mut parser = Parser::new();
    parser
        .set_language(&tree_sitter_ocaml::LANGUAGE_OCAML_INTERFACE.into())
        .map_err(|e| {
            vec![Diagnostic::global(format!(
                "the OCaml interface grammar does not load: {e}"
            ))]
        })?;
    let mut trees: Vec<Tree> = vec![];
    for f in files {
        let tree = parser.parse(&f.text, None).ok_or_else(|| {
            vec![Diagnostic::global(format!(
                "tree-sitter could not parse {}",
                f.path
            ))]
        })?;
        trees.push(tree);
    }
    let mut w = Walker {
        files,
        file: 0,
        iface: Interface {
            name: name.to_owned(),
            ..Interface::default()
        },
        diags: vec![],
        type_names: BTreeSet::new(),
        exception_names: BTreeSet::new(),
        aliases: BTreeMap::new(),
    };
    // Types and exceptions may be used before their declaration (recursive `and` groups,
    // `@raise` of a later exception); collect their names first.
    for (i, tree) in trees.iter().enumerate() {
        w.file = i;
        w.declare(tree.root_node());
    }
    for (i, (tree, f)) in trees.iter().zip(files).enumerate() {
        w.file = i;
        w.iface.modules.push(Module {
            name: module_name(&f.path),
            file: f.path.clone(),
        });
        let root = tree.root_node();
        if let Some(deep) = syntax::too_deep(root) {
            w.error(
                deep,
                format!(
                    "the interface nests deeper than {} syntax levels here",
                    syntax::MAX_TREE_DEPTH
                ),
                "polybind reads at most that many: let a record or a named type hold the inner levels",
            );
            continue;
        }
        if i == 0 {
            w.iface.docs = docs::file_docs(root, &f.text);
        }
        if root.has_error() {
            w.syntax_error(root);
            continue;
        }
        if let Some(comment) = syntax::unclosed_comment(root, &f.text) {
            w.error(
                comment,
                "syntax error: this comment is never closed",
                "end it with `*)` (comments nest: each `(*` inside needs its own `*)`)",
            );
            continue;
        }
        let mut cursor = root.walk();
        for item in root.named_children(&mut cursor) {
            w.item(item);
        }
    }
    if w.diags.is_empty() {
        Ok(w.iface)
    } else {
        Err(w.diags)
    }
}

/// `Geometry` for `src/geometry.mli`.
pub fn module_name(path: &str) -> String {
    let stem = std::path::Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut chars = stem.chars();
    match chars.next() {
        Some(c) => c.to_ascii_uppercase().to_string() + chars.as_str(),
        None => stem,
    }
}

pub(crate) struct Walker<'a> {
    files: &'a [SourceFile],
    file: usize,
    iface: Interface,
    diags: Vec<Diagnostic>,
    /// Every type the interface defines (aliases excluded).
    type_names: BTreeSet<String>,
    exception_names: BTreeSet<String>,
    /// `type t = int list`: expanded when declared.
    aliases: BTreeMap<String, OType>,
}

impl Walker<'_> {
    fn src(&self) -> &str {
        &self.files[self.file].text
    }

    fn text(&self, node: Node<'_>) -> &str {
        &self.files[self.file].text[node.byte_range()]
    }

    fn location(&self, node: Node<'_>) -> Location {
        let p = node.start_position();
        Location {
            file: self.files[self.file].path.clone(),
            line: p.row + 1,
            column: p.column + 1,
        }
    }

    fn error(&mut self, node: Node<'_>, message: impl Into<String>, hint: impl Into<String>) {
        let p = node.start_position();
        self.diags.push(Diagnostic {
            file: self.files[self.file].path.clone(),
            line: p.row + 1,
            column: p.column + 1,
            offset: node.start_byte(),
            len: node.end_byte().saturating_sub(node.start_byte()).max(1),
            message: message.into(),
            hint: Some(hint.into()),
        });
    }

    fn child<'t>(&self, node: Node<'t>, kind: &str) -> Option<Node<'t>> {
        let mut cursor = node.walk();
        node.named_children(&mut cursor).find(|c| c.kind() == kind)
    }

    fn has_child(&self, node: Node<'_>, kind: &str) -> bool {
        let mut cursor = node.walk();
        node.children(&mut cursor).any(|c| c.kind() == kind)
    }

    fn declare(&mut self, root: Node<'_>) {
        let mut cursor = root.walk();
        for item in root.named_children(&mut cursor) {
            match item.kind() {
                "type_definition" => {
                    let mut c = item.walk();
                    for b in item.named_children(&mut c) {
                        let is_alias = b
                            .child_by_field_name("body")
                            .is_some_and(|body| !is_definition(body));
                        if let Some(n) = b.child_by_field_name("name")
                            && b.kind() == "type_binding"
                            && !is_alias
                        {
                            let name = self.text(n).to_owned();
                            self.type_names.insert(name);
                        }
                    }
                }
                "exception_definition" => {
                    if let Some(ctor) = self.child(item, "constructor_declaration")
                        && let Some(n) = self.child(ctor, "constructor_name")
                    {
                        let name = self.text(n).to_owned();
                        self.exception_names.insert(name);
                    }
                }
                _ => {}
            }
        }
    }

    fn item(&mut self, item: Node<'_>) {
        match item.kind() {
            "comment" => {}
            "value_specification" | "external" => self.value(item),
            "type_definition" => {
                let mut cursor = item.walk();
                let bindings: Vec<Node<'_>> = item
                    .named_children(&mut cursor)
                    .filter(|b| b.kind() == "type_binding")
                    .collect();
                for b in bindings {
                    // The docs of the first binding precede `type`.
                    let docs_node = if b.prev_named_sibling().is_none() {
                        item
                    } else {
                        b
                    };
                    self.type_binding(b, docs_node);
                }
            }
            "exception_definition" => self.exception(item),
            "module_definition" => {
                let functor = self.has_child_deep(item, "module_parameter");
                if functor {
                    self.error(
                        item,
                        "functors cannot be bound",
                        "apply the functor in the implementation and expose the result's values at the top level",
                    );
                } else {
                    self.error(
                        item,
                        "nested modules are not bound yet",
                        "declare the values at the top level of the .mli (or give the module its own .mli file)",
                    );
                }
            }
            "module_type_definition" => self.error(
                item,
                "module types cannot be bound",
                "remove it from the bound interface; only values, types and exceptions cross",
            ),
            "class_definition" | "class_type_definition" => self.error(
                item,
                "classes and objects cannot be bound",
                "use an abstract type (`type t`) with functions over it",
            ),
            "open_module_signature" | "include_module_type" => self.error(
                item,
                "`open` and `include` are not followed",
                "declare the bound items in this file",
            ),
            other => self.error(
                item,
                format!("this item ({}) cannot be bound", other.replace('_', " ")),
                "polybind binds `val`, `external`, `type` and `exception` items",
            ),
        }
    }

    fn has_child_deep(&self, node: Node<'_>, kind: &str) -> bool {
        let mut cursor = node.walk();
        node.named_children(&mut cursor)
            .any(|c| c.kind() == kind || self.has_child_deep(c, kind))
    }

    fn value(&mut self, item: Node<'_>) {
        let Some(name_node) = self.child(item, "value_name") else {
            self.error(
                item,
                "operators cannot be bound",
                "give the function a name (`val add : ...`) and bind that",
            );
            return;
        };
        let name = self.text(name_node).to_owned();
        let docs = docs::docs_of(item, self.src(), false);
        let Some(mut ty) = item.child_by_field_name("type") else {
            return;
        };
        let named_params: Vec<String> = docs::tag_words(&docs, "@param")
            .into_iter()
            .map(str::to_owned)
            .collect();
        let mut params = vec![];
        let mut ok = true;
        while ty.kind() == "function_type" {
            let (Some(domain), Some(codomain)) = (
                ty.child_by_field_name("domain"),
                ty.child_by_field_name("codomain"),
            ) else {
                return;
            };
            let (label, dom_ty) = if domain.kind() == "labeled_argument_type" {
                if self.has_child(domain, "?") {
                    self.error(
                        domain,
                        "optional arguments cannot be bound",
                        "make it a required labelled argument (`~x:int`) or an `option` argument",
                    );
                    ok = false;
                }
                let label = self
                    .child(domain, "label_name")
                    .map(|l| self.text(l).to_owned());
                (label, domain.child_by_field_name("type"))
            } else {
                (None, Some(domain))
            };
            let Some(dom_ty) = dom_ty else { return };
            let Some(pty) = self.ty(dom_ty) else {
                ok = false;
                ty = codomain;
                continue;
            };
            let positional = params.iter().filter(|p: &&Param| p.label.is_none()).count();
            let pname = match &label {
                Some(l) => l.clone(),
                None => named_params
                    .iter()
                    .filter(|n| !params.iter().any(|p: &Param| p.label.as_ref() == Some(*n)))
                    .nth(positional)
                    .cloned()
                    .unwrap_or_else(|| format!("arg{positional}")),
            };
            params.push(Param {
                name: pname,
                label,
                ty: pty,
            });
            ty = codomain;
        }
        let Some(ret) = self.ty(ty) else { return };
        if !ok {
            return;
        }
        let raises = docs::tag_words(&docs, "@raise")
            .iter()
            .any(|e| self.exception_names.contains(*e));
        let is_function = !params.is_empty();
        self.iface.values.push(Value {
            module: self.file,
            name,
            docs,
            params,
            ret,
            is_function,
            raises,
            location: self.location(item),
        });
    }

    fn type_binding(&mut self, b: Node<'_>, docs_node: Node<'_>) {
        let Some(name_node) = b.child_by_field_name("name") else {
            return;
        };
        let name = self.text(name_node).to_owned();
        if self.has_child(b, "type_variable") {
            self.error(
                b,
                format!("the type `{name}` has type parameters"),
                "bind a monomorphic type: declare `type int_t = int t`-style instances instead",
            );
            return;
        }
        if self.has_child(b, "item_attribute") {
            self.error(
                b,
                format!("the attributes of `{name}` may change its representation"),
                "remove the attribute (e.g. `[@@unboxed]`) from the bound type",
            );
            return;
        }
        if b.child_by_field_name("synonym").is_some() {
            self.error(
                b,
                format!("`{name}` re-exports another type's definition"),
                "define the type in this interface",
            );
            return;
        }
        let docs = docs::docs_of(docs_node, self.src(), false);
        let kind = match b.child_by_field_name("body") {
            None => TypeKind::Abstract,
            Some(body) if body.kind() == "record_declaration" => {
                let Some(fields) = self.record_fields(body) else {
                    return;
                };
                TypeKind::Record(fields)
            }
            Some(body) if body.kind() == "variant_declaration" => {
                let mut cursor = body.walk();
                let ctors: Vec<Node<'_>> = body
                    .named_children(&mut cursor)
                    .filter(|c| c.kind() == "constructor_declaration")
                    .collect();
                let mut out = vec![];
                for c in ctors {
                    out.push(self.constructor_decl(c, true));
                }
                let Some(out) = out.into_iter().collect::<Option<Vec<_>>>() else {
                    return;
                };
                TypeKind::Variant(out)
            }
            Some(body) if body.kind() == ".." => {
                self.error(
                    b,
                    format!("the extensible type `{name}` cannot be bound"),
                    "declare its constructors in a closed variant",
                );
                return;
            }
            Some(body) => {
                if let Some(t) = self.ty(body) {
                    self.aliases.insert(name, t);
                }
                return;
            }
        };
        let location = self.location(b);
        self.iface.types.push(TypeDecl {
            module: self.file,
            ir_name: crate::ir_type_name(&name),
            name,
            docs,
            kind,
            location,
        });
    }

    fn record_fields(&mut self, body: Node<'_>) -> Option<Vec<Field>> {
        let mut cursor = body.walk();
        let nodes: Vec<Node<'_>> = body
            .named_children(&mut cursor)
            .filter(|c| c.kind() == "field_declaration")
            .collect();
        let mut fields = vec![];
        let mut ok = true;
        for f in nodes {
            let name = self
                .child(f, "field_name")
                .map(|n| self.text(n).to_owned())
                .unwrap_or_default();
            let docs = docs::docs_of(f, self.src(), true);
            match f.child_by_field_name("type").and_then(|t| self.ty(t)) {
                Some(ty) => fields.push(Field { name, ty, docs }),
                None => ok = false,
            }
        }
        ok.then_some(fields)
    }

    /// A constructor of a variant or exception; `None` after reporting why it cannot be bound.
    fn constructor_decl(&mut self, c: Node<'_>, in_variant: bool) -> Option<Constructor> {
        let name = self
            .child(c, "constructor_name")
            .map(|n| self.text(n).to_owned())?;
        if self.has_child(c, ":") {
            self.error(
                c,
                format!("`{name}` is a GADT constructor"),
                "GADTs cannot be bound; use an ordinary variant (`| {name} of ...`)",
            );
            return None;
        }
        let docs = docs::docs_of(c, self.src(), in_variant);
        let mut cursor = c.walk();
        let parts: Vec<Node<'_>> = c
            .named_children(&mut cursor)
            .filter(|n| !matches!(n.kind(), "constructor_name" | "comment"))
            .collect();
        if let [record] = parts.as_slice()
            && record.kind() == "record_declaration"
        {
            let fields = self.record_fields(*record)?;
            return Some(Constructor {
                name,
                docs,
                fields,
                tuple: false,
            });
        }
        let mut fields = vec![];
        let mut ok = true;
        for (i, p) in parts.into_iter().enumerate() {
            match self.ty(p) {
                Some(OType::Unit) => {
                    self.error(p, "a `unit` payload has no C form", "drop the payload");
                    ok = false;
                }
                Some(ty) => fields.push(Field {
                    name: format!("f{i}"),
                    ty,
                    docs: String::new(),
                }),
                None => ok = false,
            }
        }
        ok.then_some(Constructor {
            name,
            docs,
            tuple: !fields.is_empty(),
            fields,
        })
    }

    fn exception(&mut self, item: Node<'_>) {
        let Some(c) = self.child(item, "constructor_declaration") else {
            return;
        };
        let Some(mut ctor) = self.constructor_decl(c, false) else {
            return;
        };
        ctor.docs = docs::docs_of(item, self.src(), false);
        let location = self.location(item);
        self.iface.exceptions.push(Exception {
            module: self.file,
            ctor,
            location,
        });
    }
}

/// A type body that defines a new type (record, variant, extensible) rather than an alias.
fn is_definition(body: Node<'_>) -> bool {
    matches!(
        body.kind(),
        "record_declaration" | "variant_declaration" | ".."
    )
}

/// The IR name of an OCaml type or constructor (`point` → `Point`, `Not_found` → `NotFound`).
pub fn ir_name(ocaml: &str) -> String {
    ocaml.to_upper_camel_case()
}
