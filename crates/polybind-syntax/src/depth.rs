//! A bound on how deeply a file nests before `syn` reads it. `syn` parses by recursive descent,
//! and so do the later passes over types: a parameter of 20,000 nested `Vec<` overflowed a
//! thread's stack and aborted the run. Real code nests a few levels; the bound is far above that
//! and far below what overflows.

use proc_macro2::{Delimiter, Spacing, Span, TokenStream, TokenTree};

/// The deepest nesting of delimiters and generic angle brackets a file may have.
pub const MAX_NESTING: usize = 128;

/// Where `tokens` first nest deeper than [`MAX_NESTING`], if they do. Each group counts a level,
/// and so does each `<` still open in its group; `>` closes one unless it ends `->` or `=>`.
/// Comparisons (`<`, `<=`, `<<`) open levels too, so a group's count restarts after each `;`
/// and each braced block (a statement's end), where no generic argument list is open.
pub fn too_deep(tokens: TokenStream) -> Option<Span> {
    // The stack of groups being walked, each with its open `<` count: a walk without recursion,
    // since the input may be as deep as it likes.
    let mut stack = vec![(tokens.into_iter(), 0usize)];
    let mut angles = 0usize;
    let mut after_joint: Option<char> = None;
    while let Some((iter, open)) = stack.last_mut() {
        let Some(tree) = iter.next() else {
            angles -= *open;
            stack.pop();
            continue;
        };
        let before = after_joint.take();
        match tree {
            TokenTree::Group(g) => {
                if g.delimiter() == Delimiter::Brace {
                    angles -= *open;
                    *open = 0;
                }
                // The group's level: every group open around it, itself included (not the file).
                if stack.len() + angles > MAX_NESTING {
                    return Some(g.span_open());
                }
                stack.push((g.stream().into_iter(), 0));
            }
            TokenTree::Punct(p) => {
                let c = p.as_char();
                let joint = p.spacing() == Spacing::Joint;
                match c {
                    '<' => {
                        *open += 1;
                        angles += 1;
                        if stack.len() - 1 + angles > MAX_NESTING {
                            return Some(p.span());
                        }
                    }
                    '>' if !matches!(before, Some('-' | '=')) && *open > 0 => {
                        *open -= 1;
                        angles -= 1;
                    }
                    ';' => {
                        angles -= *open;
                        *open = 0;
                    }
                    _ => {}
                }
                if joint {
                    after_joint = Some(c);
                }
            }
            TokenTree::Ident(_) | TokenTree::Literal(_) => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn deep(text: &str) -> Option<(usize, usize)> {
        let at = too_deep(TokenStream::from_str(text).unwrap())?;
        Some((at.start().line, at.start().column + 1))
    }

    fn nested(open: &str, inner: &str, close: &str, n: usize) -> String {
        format!("{}{inner}{}", open.repeat(n), close.repeat(n))
    }

    #[test]
    fn generic_arguments_and_groups_count() {
        let ok = format!(
            "fn f(x: {}) {{}}",
            nested("Vec<", "u8", ">", MAX_NESTING - 2)
        );
        assert_eq!(deep(&ok), None);
        let too = format!("fn f(x: {}) {{}}", nested("Vec<", "u8", ">", MAX_NESTING));
        assert!(deep(&too).is_some());
        let groups = format!("const C: u8 = {};", nested("(", "1", ")", MAX_NESTING + 1));
        assert!(deep(&groups).is_some());
        assert_eq!(
            deep(&format!("const C: u8 = {};", nested("(", "1", ")", 100))),
            None
        );
    }

    #[test]
    fn comparisons_and_arrows_do_not_pile_up() {
        let body: String = (0..400)
            .map(|i| format!("if a < {i} {{ x = y <= z; }} let q = |v: u8| -> u8 {{ v }}; match v {{ _ => {{}} }}\n"))
            .collect();
        assert_eq!(deep(&format!("fn f() {{ {body} }}")), None);
        let conditions: String = (0..400).map(|i| format!("a < {i};")).collect();
        assert_eq!(deep(&conditions), None);
    }

    #[test]
    fn the_place_is_where_the_bound_is_crossed() {
        let text = format!("\nfn f(x: {}) {{}}", nested("Vec<", "u8", ">", 200));
        // Line 2: `fn f(` is one level, each `Vec<` one more.
        let (line, column) = deep(&text).unwrap();
        assert_eq!(line, 2);
        assert_eq!(column, "fn f(x: ".len() + 4 * (MAX_NESTING - 1) + 4);
    }
}
