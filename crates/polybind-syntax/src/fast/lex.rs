//! A Rust lexer for the fast path: just enough to find items and read plain signatures. It
//! gives up (`None`) on anything it does not model exactly — non-ASCII outside comments and
//! literals, raw identifiers, block doc comments, unbalanced delimiters — and the caller then
//! takes the `syn` path, so a file it does not understand is never misread.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Ident,
    /// `'a`
    Lifetime,
    /// A string, char, byte or number literal (never looked into).
    Literal,
    /// One punctuation character (`::` is two tokens).
    Punct(u8),
    /// `(`, `[` or `{`; `end` of the token is the index of its closing token.
    Open(u8),
    Close(u8),
    /// `/// text` (outer) or `//! text` (inner): the text after the three characters.
    Doc {
        inner: bool,
    },
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub kind: Kind,
    /// Byte range in the text (for `Doc`: of the text after `///` or `//!`).
    pub start: usize,
    pub end: usize,
    /// For `Open`: the index of the matching `Close`.
    pub close: usize,
}

/// The tokens of `text`, or `None` when the fast path does not handle it.
pub fn tokens(text: &str) -> Option<Vec<Token>> {
    let b = text.as_bytes();
    // Room for a token every other byte (more than source has): a capacity never written is
    // never touched, and growing copies every token again.
    let mut out: Vec<Token> = Vec::with_capacity(b.len() / 2);
    let mut open: Vec<usize> = vec![];
    let mut i = 0;
    let push = |out: &mut Vec<Token>, kind, start, end| {
        out.push(Token {
            kind,
            start,
            end,
            close: 0,
        })
    };
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            b'/' if b.get(i + 1) == Some(&b'/') => {
                let end = memchr_newline(b, i);
                let line = &b[i..end];
                let doc = match line.get(2) {
                    Some(b'/') if line.get(3) != Some(&b'/') => Some(false),
                    Some(b'!') => Some(true),
                    _ => None,
                };
                if let Some(inner) = doc {
                    // proc_macro2 keeps a `\r` in a doc line; its handling is not modelled.
                    if line.contains(&b'\r') {
                        return None;
                    }
                    push(&mut out, Kind::Doc { inner }, i + 3, end);
                }
                i = end;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                // `/**` and `/*!` are doc comments (but `/**/` and `/***` are not): not modelled.
                let third = b.get(i + 2).copied();
                if third == Some(b'!')
                    || (third == Some(b'*') && !matches!(b.get(i + 3), Some(b'*') | Some(b'/')))
                {
                    return None;
                }
                i = block_comment_end(b, i)?;
            }
            b'"' => {
                let end = string_end(b, i + 1)?;
                push(&mut out, Kind::Literal, i, end);
                i = end;
            }
            b'\'' => {
                let (kind, end) = quote(b, i)?;
                push(&mut out, kind, i, end);
                i = end;
            }
            b'0'..=b'9' => {
                let end = word_end(b, i);
                push(&mut out, Kind::Literal, i, end);
                i = end;
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => {
                let end = word_end(b, i);
                let word = &b[i..end];
                match (word, b.get(end)) {
                    // Raw and byte/C strings: `r"..."`, `r#"..."#`, `b"..."`, `br#".."#`, ...
                    (b"r" | b"br" | b"cr", Some(b'"' | b'#')) => {
                        let end = raw_string_end(b, end)?;
                        push(&mut out, Kind::Literal, i, end);
                        i = end;
                    }
                    (b"b" | b"c", Some(b'"')) => {
                        let end = string_end(b, end + 1)?;
                        push(&mut out, Kind::Literal, i, end);
                        i = end;
                    }
                    (b"b", Some(b'\'')) => {
                        let (_, end) = quote(b, end)?;
                        push(&mut out, Kind::Literal, i, end);
                        i = end;
                    }
                    _ => {
                        push(&mut out, Kind::Ident, i, end);
                        i = end;
                    }
                }
            }
            b'(' | b'[' | b'{' => {
                // Deeper files take the syn path, which refuses them (see `crate::depth`).
                if open.len() >= crate::depth::MAX_NESTING {
                    return None;
                }
                open.push(out.len());
                push(&mut out, Kind::Open(c), i, i + 1);
                i += 1;
            }
            b')' | b']' | b'}' => {
                let o = open.pop()?;
                let want = match out[o].kind {
                    Kind::Open(b'(') => b')',
                    Kind::Open(b'[') => b']',
                    _ => b'}',
                };
                if c != want {
                    return None;
                }
                out[o].close = out.len();
                push(&mut out, Kind::Close(c), i, i + 1);
                i += 1;
            }
            b'!' | b'#' | b'$' | b'%' | b'&' | b'*' | b'+' | b',' | b'-' | b'.' | b'/' | b':'
            | b';' | b'<' | b'=' | b'>' | b'?' | b'@' | b'^' | b'|' | b'~' => {
                push(&mut out, Kind::Punct(c), i, i + 1);
                i += 1;
            }
            // Non-ASCII identifiers and whitespace, stray characters: the syn path decides.
            _ => return None,
        }
    }
    open.is_empty().then_some(out)
}

fn memchr_newline(b: &[u8], from: usize) -> usize {
    b[from..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(b.len(), |p| from + p)
}

fn word_end(b: &[u8], from: usize) -> usize {
    b[from..]
        .iter()
        .position(|&c| !(c.is_ascii_alphanumeric() || c == b'_'))
        .map_or(b.len(), |p| from + p)
}

/// The end of a (nested) block comment starting at `from`.
fn block_comment_end(b: &[u8], from: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = from;
    while i + 1 < b.len() {
        match (b[i], b[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// The end of a string whose content starts at `from` (after the opening quote).
fn string_end(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// The end of a raw string whose `#`s or quote start at `from`.
fn raw_string_end(b: &[u8], from: usize) -> Option<usize> {
    let hashes = b[from..].iter().take_while(|&&c| c == b'#').count();
    let mut i = from + hashes;
    if b.get(i) != Some(&b'"') {
        return None;
    }
    i += 1;
    while i < b.len() {
        if b[i] == b'"'
            && b[i + 1..]
                .iter()
                .take(hashes)
                .filter(|&&c| c == b'#')
                .count()
                == hashes
        {
            return Some(i + 1 + hashes);
        }
        i += 1;
    }
    None
}

/// A char literal or a lifetime at the quote `from`.
fn quote(b: &[u8], from: usize) -> Option<(Kind, usize)> {
    let next = *b.get(from + 1)?;
    if next == b'\\' {
        // An escaped char: `'\n'`, `'\''`, `'\u{1F600}'`.
        let close = b[from + 3..].iter().position(|&c| c == b'\'')? + from + 3;
        return Some((Kind::Literal, close + 1));
    }
    let len = utf8_len(next);
    if b.get(from + 1 + len) == Some(&b'\'') {
        return Some((Kind::Literal, from + 2 + len));
    }
    if next.is_ascii_alphabetic() || next == b'_' {
        return Some((Kind::Lifetime, word_end(b, from + 1)));
    }
    None
}

fn utf8_len(first: u8) -> usize {
    match first {
        0..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, &str)> {
        tokens(text)
            .unwrap()
            .into_iter()
            .map(|t| (t.kind, &text[t.start..t.end]))
            .collect()
    }

    #[test]
    fn literals_never_open_groups() {
        let k = kinds(r##"f('{', "}", r#"}"#, b'}', '\'', 'a, x.0, 1e-5) /* { /* } */ */ // }"##);
        let opens = k.iter().filter(|(k, _)| matches!(k, Kind::Open(_))).count();
        assert_eq!(opens, 1, "{k:?}");
        assert!(k.contains(&(Kind::Lifetime, "'a")));
        assert!(k.contains(&(Kind::Literal, "'{'")));
        assert!(k.contains(&(Kind::Literal, r##"r#"}"#"##)));
    }

    #[test]
    fn doc_comments_are_tokens_and_others_are_not() {
        let k = kinds("//! inner\n/// outer\n//// plain\n// plain\nfn");
        assert_eq!(
            k,
            [
                (Kind::Doc { inner: true }, " inner"),
                (Kind::Doc { inner: false }, " outer"),
                (Kind::Ident, "fn")
            ]
        );
    }

    #[test]
    fn what_is_not_modelled_is_refused() {
        for text in [
            "/** block doc */ fn f() {}",
            "/*! inner block doc */",
            "fn é() {}",
            "fn f() { (] }",
            "fn f() {",
        ] {
            assert!(tokens(text).is_none(), "{text}");
        }
        assert!(tokens("/**/ /*** not doc */ fn f() {}").is_some());
    }
}
