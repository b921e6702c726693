//! Bounds that keep libclang within its stack. It parses declarators by recursion: a parameter
//! of 30,000 `*` (or 100,000 `[1]`) overflowed the stack of the thread calling it, a crash
//! inside libclang no Rust code can catch. Brackets it bounds itself (256 levels).

/// The stack of the thread that runs libclang: room for about a million declarator levels,
/// far beyond what [`too_deep`] lets through. Only the part used is ever backed by memory.
pub(super) const PARSE_STACK: usize = 512 << 20;

/// The most pointer and array levels one declarator of a header may have.
pub(super) const MAX_DECLARATOR_LEVELS: usize = 256;

/// The byte offset of the first run of more than [`MAX_DECLARATOR_LEVELS`] pointer (`*`) and
/// array (`[...]`) levels in a header's text, if any. Type qualifiers, spaces and comments
/// inside a run do not end it; anything else does (so `a * b * c` is three runs of one).
pub(super) fn too_deep(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let (mut i, mut run, mut start) = (0, 0, 0);
    let mut level = |run: &mut usize, at: usize| {
        if *run == 0 {
            start = at;
        }
        *run += 1;
        (*run > MAX_DECLARATOR_LEVELS).then_some(start)
    };
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = find(b, i + 2, b"*/").map_or(b.len(), |end| end + 2);
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = find(b, i, b"\n").unwrap_or(b.len());
            }
            b'*' => {
                if let Some(at) = level(&mut run, i) {
                    return Some(at);
                }
                i += 1;
            }
            b'[' => {
                if let Some(at) = level(&mut run, i) {
                    return Some(at);
                }
                i = bracket_end(b, i);
            }
            b'"' | b'\'' => {
                run = 0;
                i = literal_end(b, i);
            }
            c if c.is_ascii_whitespace() => i += 1,
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let end = i + b[i..]
                    .iter()
                    .position(|c| !(c.is_ascii_alphanumeric() || *c == b'_'))
                    .unwrap_or(b.len() - i);
                if !is_qualifier(&text[i..end]) {
                    run = 0;
                }
                i = end;
            }
            _ => {
                run = 0;
                i += 1;
            }
        }
    }
    None
}

fn is_qualifier(word: &str) -> bool {
    matches!(
        word,
        "const"
            | "volatile"
            | "restrict"
            | "__restrict"
            | "__restrict__"
            | "__const"
            | "_Atomic"
            | "_Nonnull"
            | "_Nullable"
            | "_Null_unspecified"
    )
}

fn find(b: &[u8], from: usize, what: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(what.len())
        .position(|w| w == what)
        .map(|p| from + p)
}

/// Past the `]` closing the `[` at `open` (brackets inside counted), or the text's end.
fn bracket_end(b: &[u8], open: usize) -> usize {
    let mut depth = 0usize;
    for (j, &c) in b.iter().enumerate().skip(open) {
        match c {
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    return j + 1;
                }
            }
            _ => {}
        }
    }
    b.len()
}

/// Past the string or character literal opening at `open` (escapes skipped), or the line's end.
fn literal_end(b: &[u8], open: usize) -> usize {
    let quote = b[open];
    let mut j = open + 1;
    while j < b.len() && b[j] != quote && b[j] != b'\n' {
        j += if b[j] == b'\\' { 2 } else { 1 };
    }
    (j + 1).min(b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_runs_of_pointers_and_arrays_are_found() {
        let n = MAX_DECLARATOR_LEVELS;
        let stars = format!("int f(int {}x);", "*".repeat(n + 1));
        assert_eq!(too_deep(&stars), Some(10));
        assert_eq!(too_deep(&format!("int f(int {}x);", "*".repeat(n))), None);
        let qualified = format!("int f(int {}x);", "* const /* c */ ".repeat(n + 1));
        assert_eq!(too_deep(&qualified), Some(10));
        // The name parts a declarator's pointers from its arrays: each is bounded.
        let both = format!("int f(int {}x{});", "*".repeat(n), "[2]".repeat(n));
        assert_eq!(too_deep(&both), None);
        assert_eq!(
            too_deep(&format!("int x{};", "[sizeof(a[0])]".repeat(n + 1))),
            Some(5)
        );
    }

    #[test]
    fn comments_strings_and_products_are_not_runs() {
        let banner = format!(
            "/{}/\n// {}\nint f(int *x);\n",
            "*".repeat(2000),
            "*".repeat(2000)
        );
        assert_eq!(too_deep(&banner), None);
        let string = format!("#define S \"{}\"\n", "*".repeat(2000));
        assert_eq!(too_deep(&string), None);
        let product = format!("#define N ({}1)\n", "2 * ".repeat(2000));
        assert_eq!(too_deep(&product), None);
    }
}
