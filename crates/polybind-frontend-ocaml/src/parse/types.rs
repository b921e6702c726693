//! Type expressions: a tree-sitter type node to an [`OType`], refusing what has no C ABI form.

use super::Walker;
use crate::model::{OType, Tuple};
use tree_sitter::Node;

impl Walker<'_> {
    /// The type `node` denotes; `None` after reporting why it cannot be bound.
    pub(super) fn ty(&mut self, node: Node<'_>) -> Option<OType> {
        match node.kind() {
            "type_constructor_path" => self.constructor(node),
            "constructed_type" => {
                let mut cursor = node.walk();
                let parts: Vec<Node<'_>> = node.named_children(&mut cursor).collect();
                let (ctor, args) = parts.split_last()?;
                let name = self.text(*ctor).to_owned();
                if args.len() != 1 || !matches!(name.as_str(), "option" | "list" | "array") {
                    self.error(
                        node,
                        format!(
                            "the type `{}` has parameters polybind cannot bind",
                            self.text(node)
                        ),
                        "only `option`, `list` and `array` of one bound type take a parameter",
                    );
                    return None;
                }
                let inner = Box::new(self.ty(args[0])?);
                Some(match name.as_str() {
                    "option" => OType::Option(inner),
                    "list" => OType::List(inner),
                    _ => OType::Array(inner),
                })
            }
            "tuple_type" => {
                let mut cursor = node.walk();
                let parts: Vec<Node<'_>> = node.named_children(&mut cursor).collect();
                let mut elems = vec![];
                for p in parts {
                    elems.push(self.ty(p)?);
                }
                if elems.contains(&OType::Unit) {
                    self.error(
                        node,
                        "a tuple holding `unit` has no C form",
                        "drop the `unit` element",
                    );
                    return None;
                }
                self.tuple(node, &elems);
                Some(OType::Tuple(elems))
            }
            "parenthesized_type" => {
                let inner = node.named_child(0)?;
                self.ty(inner)
            }
            "type_variable" => {
                self.error(
                    node,
                    format!("the type variable `{}` makes this polymorphic", self.text(node)),
                    "bind a monomorphic instance: add a `val` with a concrete type (e.g. `int list` instead of `'a list`)",
                );
                None
            }
            "function_type" => {
                self.error(
                    node,
                    "a function passed as an argument or stored in a value cannot be bound yet",
                    "expose a first-order function; OCaml closures do not cross the C ABI in this direction",
                );
                None
            }
            "object_type" => {
                self.error(
                    node,
                    "object types cannot be bound",
                    "use an abstract type (`type t`) with functions over it instead of an object",
                );
                None
            }
            "labeled_argument_type" => {
                self.error(
                    node,
                    "a labelled argument is only allowed as a function's parameter",
                    "remove the label",
                );
                None
            }
            "polymorphic_type" => {
                self.error(
                    node,
                    "explicitly polymorphic types cannot be bound",
                    "bind a monomorphic instance with its own `val`",
                );
                None
            }
            other => {
                self.error(
                    node,
                    format!("this type ({}) cannot be bound", other.replace('_', " ")),
                    "polybind binds int, float, bool, string, bytes, unit, option, list, array, tuples and the types this interface defines",
                );
                None
            }
        }
    }

    /// A type constructor without parameters: a primitive, an alias or a declared type.
    fn constructor(&mut self, node: Node<'_>) -> Option<OType> {
        let mut cursor = node.walk();
        if node
            .named_children(&mut cursor)
            .any(|c| c.kind() == "extended_module_path")
        {
            self.error(
                node,
                format!(
                    "the qualified type `{}` is not defined by this interface",
                    self.text(node)
                ),
                "use the types this interface defines and int, float, bool, string, bytes, unit",
            );
            return None;
        }
        let name = self.text(node).to_owned();
        let hint = match name.as_str() {
            "int" => return Some(OType::Int),
            "float" => return Some(OType::Float),
            "bool" => return Some(OType::Bool),
            "string" => return Some(OType::String),
            "bytes" => return Some(OType::Bytes),
            "unit" => return Some(OType::Unit),
            "char" => "use `int` (the code) or a one-character `string`",
            "int32" | "int64" | "nativeint" => "use `int` (63 bits, crossing as int64_t)",
            "option" | "list" | "array" => "give it its element type (e.g. `int list`)",
            _ => {
                // Aliases were expanded when declared, so they never chain or cycle.
                if let Some(alias) = self.aliases.get(&name) {
                    return Some(alias.clone());
                }
                if self.type_names.contains(&name) {
                    return Some(OType::Named(name));
                }
                "declare it in the interface (`type t = ...`, or `type t` for an abstract type)"
            }
        };
        self.error(node, format!("the type `{name}` cannot be bound"), hint);
        None
    }

    /// Remember the tuple type `elems`, giving it a record name built from its elements.
    fn tuple(&mut self, node: Node<'_>, elems: &[OType]) {
        if self.iface.tuple(elems).is_some() {
            return;
        }
        let ir_name = format!("Tuple{}", elems.iter().map(part_name).collect::<String>());
        if self.iface.tuples.iter().any(|t| t.ir_name == ir_name)
            || self
                .type_names
                .iter()
                .any(|t| crate::ir_type_name(t) == ir_name)
        {
            self.error(
                node,
                format!("this tuple's generated record name `{ir_name}` is taken"),
                "declare a record type for it instead",
            );
            return;
        }
        self.iface.tuples.push(Tuple {
            ir_name,
            elems: elems.to_vec(),
        });
    }
}

/// The part of a tuple's record name an element contributes (`IntList` for `int list`).
fn part_name(ty: &OType) -> String {
    match ty {
        OType::Int => "Int".into(),
        OType::Float => "Float".into(),
        OType::Bool => "Bool".into(),
        OType::String => "String".into(),
        OType::Bytes => "Bytes".into(),
        OType::Unit => "Unit".into(),
        OType::Option(t) => format!("{}Option", part_name(t)),
        OType::List(t) => format!("{}List", part_name(t)),
        OType::Array(t) => format!("{}Array", part_name(t)),
        OType::Tuple(ts) => format!("Tuple{}End", ts.iter().map(part_name).collect::<String>()),
        OType::Named(n) => crate::ir_type_name(n),
    }
}
