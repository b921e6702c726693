//! Where a `.mli` that is not valid OCaml goes wrong, told so that the user can fix it.
//! tree-sitter recovers from an error by wrapping what it could not place in an `ERROR` node
//! (often everything from the file's start) or by inserting a `MISSING` token; a delimiter left
//! open is the commonest cause, and is named at its place.

use super::Walker;
use tree_sitter::Node;

const HINT: &str = "fix the syntax (does `ocamlc -i` accept the file?)";

/// The closer of each delimiter, as tree-sitter names their tokens.
const PAIRS: [(&str, &str); 9] = [
    ("(", ")"),
    ("[", "]"),
    ("[|", "|]"),
    ("[<", "]"),
    ("[>", "]"),
    ("{", "}"),
    ("sig", "end"),
    ("struct", "end"),
    ("object", "end"),
];

fn closer_of(open: &str) -> Option<&'static str> {
    PAIRS.iter().find(|(o, _)| *o == open).map(|(_, c)| *c)
}

fn is_closer(kind: &str) -> bool {
    PAIRS.iter().any(|(_, c)| *c == kind)
}

impl Walker<'_> {
    /// Report the first node tree-sitter could not parse.
    pub(super) fn syntax_error(&mut self, node: Node<'_>) {
        if node.is_missing() {
            let missing = node.kind();
            let opened = node.parent().and_then(|p| opener_for(p, missing));
            match opened {
                Some(o) => self.error(
                    node,
                    format!(
                        "syntax error: `{missing}` is missing here, to close the `{}` of line {}",
                        o.kind(),
                        o.start_position().row + 1
                    ),
                    format!(
                        "close the `{}` with `{missing}` where it should end",
                        o.kind()
                    ),
                ),
                None => self.error(
                    node,
                    format!("syntax error: `{missing}` is missing here"),
                    HINT,
                ),
            }
            return;
        }
        if node.is_error() {
            match unbalanced(node) {
                Some(Unbalanced::Open(open)) => {
                    let close = closer_of(open.kind()).unwrap_or(")");
                    self.error(
                        open,
                        format!("syntax error: `{}` is never closed", open.kind()),
                        format!("close it with `{close}` where it should end"),
                    );
                }
                Some(Unbalanced::Close(close)) => self.error(
                    close,
                    format!(
                        "syntax error: `{}` closes nothing that is open here",
                        close.kind()
                    ),
                    "remove it, or correct the delimiter before it that it was meant to close",
                ),
                None => self.error(
                    node,
                    "syntax error: this is not valid OCaml interface syntax",
                    HINT,
                ),
            }
            return;
        }
        let mut cursor = node.walk();
        let bad = node.children(&mut cursor).find(|c| c.has_error());
        match bad {
            Some(c) => self.syntax_error(c),
            // The error is a missing token folded into this node.
            None => self.error(
                node,
                "syntax error: this is incomplete OCaml interface syntax",
                HINT,
            ),
        }
    }
}

/// The opening token among `parent`'s children that a missing `closer` would close.
fn opener_for<'t>(parent: Node<'t>, closer: &str) -> Option<Node<'t>> {
    let mut cursor = parent.walk();
    parent
        .children(&mut cursor)
        .filter(|c| closer_of(c.kind()) == Some(closer))
        .last()
}

enum Unbalanced<'t> {
    /// A delimiter that nothing after it closes (the innermost such).
    Open(Node<'t>),
    /// A closer that no delimiter before it opened, or one of another kind.
    Close(Node<'t>),
}

/// The first delimiter out of balance among the tokens under `node`, in order.
fn unbalanced(node: Node<'_>) -> Option<Unbalanced<'_>> {
    let mut open: Vec<Node<'_>> = vec![];
    let mut cursor = node.walk();
    let mut tokens = vec![];
    leaves(&mut cursor, &mut tokens);
    for token in tokens {
        let kind = token.kind();
        if closer_of(kind).is_some() {
            open.push(token);
        } else if is_closer(kind) {
            match open.pop() {
                Some(o) if closer_of(o.kind()) == Some(kind) => {}
                _ => return Some(Unbalanced::Close(token)),
            }
        }
    }
    open.pop().map(Unbalanced::Open)
}

/// The leaves under the cursor's node, in order (strings and comments are leaves: their
/// contents never count as delimiters).
fn leaves<'t>(cursor: &mut tree_sitter::TreeCursor<'t>, out: &mut Vec<Node<'t>>) {
    let node = cursor.node();
    if node.child_count() == 0 || matches!(node.kind(), "comment" | "string" | "quoted_string") {
        if !node.is_missing() {
            out.push(node);
        }
        return;
    }
    if cursor.goto_first_child() {
        loop {
            leaves(cursor, out);
            if !cursor.goto_next_sibling() {
                break;
            }
        }
        cursor.goto_parent();
    }
}

/// A comment that runs to the end of the file without its `*)`: tree-sitter's scanner ends it
/// there without an error, where `ocamlc` refuses the file. It is the last node of the tree.
pub(super) fn unclosed_comment<'t>(root: Node<'t>, text: &str) -> Option<Node<'t>> {
    let mut last = root;
    while let Some(child) = last
        .child_count()
        .checked_sub(1)
        .and_then(|i| last.child(i))
    {
        last = child;
    }
    (last.kind() == "comment" && !is_closed(&text[last.byte_range()])).then_some(last)
}

/// Whether a comment's text closes every `(*` it opens. Comments nest, and a string literal
/// inside one is read as a string (a `*)` in it closes nothing), as `ocamlc` reads them.
fn is_closed(comment: &str) -> bool {
    let b = comment.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        match (b[i], b.get(i + 1)) {
            (b'(', Some(b'*')) => {
                depth += 1;
                i += 2;
            }
            (b'*', Some(b')')) => {
                depth = depth.saturating_sub(1);
                i += 2;
                if depth == 0 {
                    return b[i..].iter().all(u8::is_ascii_whitespace);
                }
            }
            (b'"', _) => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    false
}

/// The deepest syntax tree the walks below (recursive, like the parse of types) are given:
/// `int list list ...` 100,000 times overflowed the stack. A type adds a level per list, option,
/// parenthesis or arrow, two per tuple element; real interfaces stay within a few dozen.
pub(super) const MAX_TREE_DEPTH: usize = 256;

/// The first node deeper than [`MAX_TREE_DEPTH`], found without recursion.
pub(super) fn too_deep(root: Node<'_>) -> Option<Node<'_>> {
    let mut cursor = root.walk();
    let mut depth = 0;
    loop {
        if cursor.goto_first_child() {
            depth += 1;
            if depth > MAX_TREE_DEPTH {
                return Some(cursor.node());
            }
            continue;
        }
        while !cursor.goto_next_sibling() {
            if depth == 0 || !cursor.goto_parent() {
                return None;
            }
            depth -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_closed;

    #[test]
    fn nested_comments_and_strings_in_them_are_counted() {
        assert!(is_closed("(* a *)"));
        assert!(is_closed("(* a (* b *) c *)\n"));
        assert!(is_closed("(* \"*)\" *)"));
        assert!(!is_closed("(* a (* b *)\n"));
        assert!(!is_closed("(* \"*)\"\n"));
        assert!(!is_closed("(*)"));
        assert!(!is_closed("(* \"open"));
    }
}
