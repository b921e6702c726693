//! Documentation comments: `(** ... *)` before an item (or right after a field or constructor on
//! the same line) is its documentation, as ocamldoc reads it.

use tree_sitter::Node;

/// The text of a doc comment without its delimiters; `None` for ordinary comments (`(* *)`) and
/// decorative ones (`(*** ***)`).
pub fn comment_text(node: Node<'_>, src: &str) -> Option<String> {
    if node.kind() != "comment" {
        return None;
    }
    let text = &src[node.byte_range()];
    let body = text.strip_prefix("(**")?.strip_suffix("*)")?;
    if body.starts_with('*') {
        return None;
    }
    Some(clean(body))
}

/// Trim each line and the whole, keeping paragraphs.
fn clean(body: &str) -> String {
    let lines: Vec<&str> = body.lines().map(str::trim).collect();
    lines.join("\n").trim().to_owned()
}

/// The doc comment of `node`: for items the comment just before it (ending on the line before
/// or on the same line); for fields and constructors (`after_first`) first a comment following it
/// on the line where it ends, as ocamldoc also reads those.
pub fn docs_of(node: Node<'_>, src: &str, after_first: bool) -> String {
    let before = || {
        let prev = node.prev_sibling()?;
        // A comment sharing its line with the previous field documents that field.
        let own_line = src[..prev.start_byte()]
            .rsplit('\n')
            .next()
            .is_some_and(|l| l.trim().is_empty());
        if prev.end_position().row + 1 >= node.start_position().row && (own_line || !after_first) {
            comment_text(prev, src)
        } else {
            None
        }
    };
    let after = || {
        let mut next = node.next_sibling()?;
        // `x : int; (** doc *)`: the comment follows the separator.
        if matches!(next.kind(), ";" | "|") {
            next = next.next_sibling()?;
        }
        if next.start_position().row == node.end_position().row {
            comment_text(next, src)
        } else {
            None
        }
    };
    let found = if after_first {
        after().or_else(before)
    } else {
        before()
    };
    found.unwrap_or_default()
}

/// The library's documentation: a doc comment opening the file, separated from the first item by
/// a blank line (otherwise it documents that item).
pub fn file_docs(root: Node<'_>, src: &str) -> String {
    let mut cursor = root.walk();
    let mut children = root.named_children(&mut cursor);
    let Some(first) = children.next() else {
        return String::new();
    };
    let Some(text) = comment_text(first, src) else {
        return String::new();
    };
    match first.next_sibling() {
        Some(next) if next.start_position().row <= first.end_position().row + 1 => String::new(),
        _ => text,
    }
}

/// The names an ocamldoc tag (`@raise E`, `@param x`) names, in order.
pub fn tag_words<'a>(docs: &'a str, tag: &str) -> Vec<&'a str> {
    let mut out = vec![];
    let mut words = docs.split_whitespace();
    while let Some(w) = words.next() {
        if w == tag
            && let Some(name) = words.next()
        {
            out.push(name);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        let d = "Finds it.\n@param key the key\n@raise Not_found when absent";
        assert_eq!(tag_words(d, "@param"), ["key"]);
        assert_eq!(tag_words(d, "@raise"), ["Not_found"]);
    }

    #[test]
    fn cleaning() {
        assert_eq!(clean(" Adds.\n   More.  "), "Adds.\nMore.");
    }
}
