//! A file that is not valid Rust, told in words a user can act on. `syn` reports a file that
//! does not even split into tokens as "cannot parse string into token stream", at the place the
//! lexer stopped; what stands there says what went wrong (an unclosed delimiter, string or
//! comment, a stray closing delimiter, a character Rust has no token for).

use crate::LowerError;
use crate::file::byte_offset;
use std::str::FromStr;

/// The error of a file `syn` could not parse, at the same place.
pub(crate) fn describe(text: &str, e: &syn::Error) -> LowerError {
    let span = e.span();
    // Only a failed parse gets here: lexing the text again costs nothing on a successful run.
    if proc_macro2::TokenStream::from_str(text).is_ok() {
        return LowerError::new(span, format!("syntax error: {e}"))
            .hint("polybind reads only valid Rust: correct the file here (`cargo check` explains the error too)");
    }
    let start = span.start();
    let (message, hint) = lex_problem(&text[byte_offset(text, start.line, start.column)..]);
    LowerError::new(span, message).hint(hint)
}

/// What is wrong with a text that stops lexing at the start of `at`: (message, hint).
fn lex_problem(at: &str) -> (String, String) {
    let closing = |open: char| match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    };
    let mut chars = at.chars();
    let first = chars.next();
    let second = chars.next();
    match first {
        Some(c @ ('(' | '[' | '{')) => (
            format!("`{c}` is never closed"),
            format!(
                "close it with `{}` where it should end (a delimiter inside it may be closed by the wrong character)",
                closing(c)
            ),
        ),
        Some(c @ (')' | ']' | '}')) => (
            format!("`{c}` closes nothing that is open here"),
            "remove it, or correct the delimiter before it that it was meant to close".into(),
        ),
        Some('"') => string_never_ends(),
        Some('r' | 'b' | 'c') if at.trim_start_matches(['r', 'b', 'c', '#']).starts_with('"') => {
            string_never_ends()
        }
        Some('/') if second == Some('*') => (
            "this block comment is never closed".into(),
            "end it with `*/` (block comments nest: each `/*` inside needs its own `*/`)".into(),
        ),
        Some('\'') => (
            "this character literal is not valid".into(),
            "a character literal holds one character or escape, as in `'a'` or `'\\n'`".into(),
        ),
        // A prefix (`b'`, `r#`, `c"`, ...) whose literal does not follow.
        Some(c) if c.is_alphanumeric() || c == '_' => (
            "the literal that starts here is not valid".into(),
            "a byte is `b'x'`, a byte string `b\"…\"`, a raw string `r#\"…\"#`, a C string `c\"…\"`; a label or lifetime is `'name`, without a prefix".into(),
        ),
        Some(c) => (
            format!("`{}` is not part of any Rust token", c.escape_debug()),
            "remove it, or put it inside a string or a comment".into(),
        ),
        None => (
            "the file ends in the middle of a token".into(),
            "complete or remove the last token".into(),
        ),
    }
}

fn string_never_ends() -> (String, String) {
    (
        "this string literal is never closed".into(),
        "end it with `\"` (a raw string `r#\"…\"#` ends with as many `#` as it starts with)".into(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The message and hint for `text`, which must fail to parse, and the line and column
    /// (1-based) they point at.
    fn problem(text: &str) -> (String, String, usize, usize) {
        let e = syn::parse_file(text).unwrap_err();
        let d = describe(text, &e);
        let start = d.span.start();
        (d.message, d.hint.unwrap(), start.line, start.column + 1)
    }

    #[test]
    fn an_unclosed_delimiter_is_named_at_its_place() {
        let (message, hint, line, column) = problem("fn ok() {}\npub fn broken(\n");
        assert_eq!(message, "`(` is never closed");
        assert!(hint.contains("close it with `)`"), "{hint}");
        assert_eq!((line, column), (2, 14));
    }

    #[test]
    fn a_stray_or_mismatched_closer_is_named() {
        let (message, _, line, column) = problem("fn f() -> u32 { 1 ]\n");
        assert_eq!(message, "`]` closes nothing that is open here");
        assert_eq!((line, column), (1, 19));
        let (message, hint, ..) = problem("fn f() {}\n}\n");
        assert_eq!(message, "`}` closes nothing that is open here");
        assert!(hint.starts_with("remove it"), "{hint}");
    }

    #[test]
    fn unclosed_strings_and_comments_are_named() {
        let (message, _, line, column) = problem("const S: &str = \"abc;\n");
        assert_eq!(message, "this string literal is never closed");
        assert_eq!((line, column), (1, 17));
        let (message, ..) = problem("const S: &str = r#\"abc\";\n");
        assert_eq!(message, "this string literal is never closed");
        let (message, hint, ..) = problem("fn f() {}\n/* one /* two */\n");
        assert_eq!(message, "this block comment is never closed");
        assert!(hint.contains("`*/`"), "{hint}");
    }

    #[test]
    fn a_character_without_a_token_is_shown() {
        let (message, hint, line, column) = problem("pub fn f() { ¤ }\n");
        assert_eq!(message, "`¤` is not part of any Rust token");
        assert!(hint.contains("comment"), "{hint}");
        assert_eq!((line, column), (1, 14));
    }

    #[test]
    fn a_prefix_without_its_literal_is_named() {
        let (message, hint, line, column) = problem("fn f() { 'outer: loop { break b'outer; } }\n");
        assert_eq!(message, "the literal that starts here is not valid");
        assert!(hint.contains("b'x'"), "{hint}");
        assert_eq!((line, column), (1, 31));
    }

    #[test]
    fn a_parse_error_keeps_syns_words_and_gets_a_hint() {
        let (message, hint, line, _) = problem("fn ok() {}\npub fn f(a: ) {}\n");
        assert!(message.starts_with("syntax error: "), "{message}");
        assert!(hint.contains("cargo check"), "{hint}");
        assert_eq!(line, 2);
    }
}
