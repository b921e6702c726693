//! An indentation-aware source writer, so that backends never build strings and re-indent them.

use xxhash_rust::xxh3::Xxh3;

/// `text.trim_end()`, with no character decoded when the text ends in a plain ASCII character
/// (nearly every generated line): `trim_end` walks back through Unicode.
fn trim_end(text: &str) -> &str {
    match text.as_bytes().last() {
        Some(&b) if b.is_ascii() && !(b as char).is_whitespace() => text,
        _ => text.trim_end(),
    }
}

/// Whether `text` holds a line break: asked of every line written, hundreds of thousands per
/// run (`memchr`'s vector search is about twice as quick as the slice's, even on short lines).
fn has_newline(text: &str) -> bool {
    memchr::memchr(b'\n', text.as_bytes()).is_some()
}

/// How many items [`CodeWriter::foresee`] measures before it makes room for the rest.
pub const FORESIGHT: usize = 64;

/// Writes lines at the current indentation. Lines never end in whitespace, there is never more
/// than one blank line in a row, and [`CodeWriter::finish`] ends the text with exactly one
/// newline.
#[derive(Debug, Clone)]
pub struct CodeWriter {
    out: String,
    level: usize,
    unit: String,
    /// The level this writer's text starts at ([`CodeWriter::at_level`]).
    base: usize,
}

impl Default for CodeWriter {
    fn default() -> Self {
        Self::new()
    }
}

impl CodeWriter {
    /// A writer indenting by four spaces.
    pub fn new() -> Self {
        Self::with_indent("    ")
    }

    /// A writer indenting by `unit` per level (e.g. `"\t"` or two spaces).
    pub fn with_indent(unit: impl Into<String>) -> Self {
        CodeWriter {
            // Room for a few lines at once: tens of thousands of small writers (one per function
            // and part) would otherwise grow through five sizes each.
            out: String::with_capacity(256),
            level: 0,
            unit: unit.into(),
            base: 0,
        }
    }

    /// A writer (indenting by four spaces) for text to be appended inside `level` blocks: it
    /// writes its lines indented already, and [`CodeWriter::append`] at that level copies them
    /// whole instead of indenting them line by line (pieces of every function's body).
    pub fn at_level(level: usize) -> Self {
        let mut w = Self::new();
        w.level = level;
        w.base = level;
        w
    }

    /// Write `text` at the current indentation. Text with several lines is written line by line,
    /// each at the current indentation; empty lines stay empty.
    pub fn line(&mut self, text: &str) {
        // Nearly every line is one line: no splitting machinery for it.
        if !has_newline(text) {
            return self.one_line(trim_end(text));
        }
        for l in text.split('\n') {
            self.one_line(trim_end(l));
        }
    }

    /// [`CodeWriter::line`] for formatted text, written straight into the output (no string is
    /// built in between); [`crate::wln!`] calls it.
    pub fn line_fmt(&mut self, args: std::fmt::Arguments<'_>) {
        if let Some(text) = args.as_str() {
            return self.line(text);
        }
        let start = self.out.len();
        for _ in 0..self.level {
            self.out.push_str(&self.unit);
        }
        let text_start = self.out.len();
        // Writing into a `String` cannot fail.
        let _ = std::fmt::Write::write_fmt(&mut self.out, args);
        self.end_line(start, text_start);
    }

    /// End the line whose text was written from `text_start` (its indentation from `start`):
    /// checked once written, it is rewritten the way `line` does when it has several lines or
    /// trailing whitespace.
    fn end_line(&mut self, start: usize, text_start: usize) {
        let text = &self.out[text_start..];
        let plain = !text.is_empty() && trim_end(text).len() == text.len() && !has_newline(text);
        if plain {
            self.out.push('\n');
        } else {
            let text = text.to_owned();
            self.out.truncate(start);
            self.line(&text);
        }
    }

    /// [`CodeWriter::line`] of the concatenation of `parts`, written straight into the output
    /// ([`crate::wcat!`]): the formatting machinery costs several times more than copying a
    /// few strings, on hundreds of thousands of lines.
    pub fn line_parts(&mut self, parts: &[&str]) {
        let len: usize = parts.iter().map(|p| p.len()).sum();
        let start = self.out.len();
        self.out.reserve(self.unit.len() * self.level + len + 1);
        for _ in 0..self.level {
            self.out.push_str(&self.unit);
        }
        let text_start = self.out.len();
        for p in parts {
            self.out.push_str(p);
        }
        // Checked once written: one scan, not one per part.
        self.end_line(start, text_start);
    }

    /// One line without a newline or trailing whitespace.
    fn one_line(&mut self, l: &str) {
        if !l.is_empty() {
            for _ in 0..self.level {
                self.out.push_str(&self.unit);
            }
            self.out.push_str(l);
        }
        self.out.push('\n');
    }

    /// An empty line, unless the text is empty or already ends with one (blank lines never
    /// repeat, so a section can always start with `blank()`).
    pub fn blank(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    pub fn indent(&mut self) {
        self.level += 1;
    }

    /// Go back one level (never below zero).
    pub fn dedent(&mut self) {
        self.level = self.level.saturating_sub(1);
    }

    /// Write `open`, the lines `body` writes one level deeper, then `close`. An empty `open` or
    /// `close` writes no line.
    pub fn block(&mut self, open: &str, close: &str, body: impl FnOnce(&mut Self)) {
        if !open.is_empty() {
            self.line(open);
        }
        self.indent();
        body(self);
        self.dedent();
        if !close.is_empty() {
            self.line(close);
        }
    }

    /// Append everything `other` wrote, shifted right by this writer's current indentation
    /// (less the level `other` started at: [`CodeWriter::at_level`]).
    pub fn append(&mut self, other: &CodeWriter) {
        let text = other.out.trim_end_matches('\n');
        if text.is_empty() {
            return;
        }
        // `other`'s lines are already trimmed: indented as they belong here, they are copied
        // whole, which matters when sections of large files are assembled.
        if self.copies_whole(other) {
            self.out.push_str(text);
            self.out.push('\n');
        } else {
            for l in text.split('\n') {
                self.one_line(other.unindented(l));
            }
        }
    }

    /// Line `l` of this writer's text without the indentation of its base level.
    fn unindented<'l>(&self, mut l: &'l str) -> &'l str {
        for _ in 0..self.base {
            match l.strip_prefix(self.unit.as_str()) {
                Some(rest) => l = rest,
                None => break,
            }
        }
        l
    }

    /// `other`'s text is indented as it belongs at this writer's current level.
    fn copies_whole(&self, other: &CodeWriter) -> bool {
        other.base == self.level && (self.level == 0 || other.unit == self.unit)
    }

    /// [`CodeWriter::append`], returning where `other` went (the byte it starts at) and how
    /// many of its bytes were copied unchanged, for [`crate::Memo::place`]: all of its text and
    /// its first trailing newline when it was indented as it belongs here, nothing when its
    /// lines were indented again.
    pub fn append_placed(&mut self, other: &CodeWriter) -> (usize, usize) {
        let at = self.out.len();
        let text = other.out.trim_end_matches('\n');
        let copied = if self.copies_whole(other) && !text.is_empty() {
            text.len() + usize::from(other.out.len() > text.len())
        } else {
            0
        };
        self.append(other);
        (at, copied)
    }

    /// Remove the last line written if it is `close` at the current indentation, so that the
    /// block it closed can go on: `None` when it is not, else whether a blank line followed it
    /// (it is removed too; the caller writes it again inside the block).
    pub fn reopen(&mut self, close: &str) -> Option<bool> {
        let blank_after = self.out.ends_with("\n\n");
        let text = self.out.trim_end_matches('\n');
        let last_start = text.rfind('\n').map_or(0, |i| i + 1);
        let last = &text[last_start..];
        let indent = self.unit.len() * self.level;
        let matches = last.len() == indent + close.len()
            && last.ends_with(close)
            && last[..indent].bytes().all(|b| b == b' ' || b == b'\t');
        if !matches {
            return None;
        }
        self.out.truncate(last_start);
        Some(blank_after)
    }

    /// Append `text` exactly as it is: text this writer wrote before, at the same place.
    pub fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }

    /// The text written so far.
    pub fn text(&self) -> &str {
        &self.out
    }

    /// The current indentation level.
    pub fn level(&self) -> usize {
        self.level
    }

    /// What a text written next depends on besides itself (for [`crate::memo`] keys): the indentation, and whether the
    /// writer is empty or ends with a blank line ([`CodeWriter::blank`] writes nothing then).
    pub fn tail(&self) -> u64 {
        let text = self.text();
        (self.level() as u64) << 2
            | u64::from(text.is_empty())
            | u64::from(text.ends_with("\n\n")) << 1
    }

    /// [`CodeWriter::tail`] and the last line, for a text that starts by continuing the block
    /// that line closes ([`CodeWriter::reopen`]).
    pub fn tail_line(&self) -> u64 {
        let trimmed = self.text().trim_end_matches('\n');
        let last = trimmed.rfind('\n').map_or(trimmed, |i| &trimmed[i + 1..]);
        let mut h = Xxh3::new();
        h.update(&self.tail().to_le_bytes());
        h.update(last.as_bytes());
        h.digest()
    }

    /// Bytes written so far.
    pub fn len(&self) -> usize {
        self.out.len()
    }

    /// Make room for `additional` more bytes at once. Files of megabytes are assembled from
    /// sections: growing by doubling would allocate and touch about twice their size again.
    pub fn reserve(&mut self, additional: usize) {
        self.out.reserve(additional);
    }

    /// Make room, once, for a section of `total` like items of which `done` are written (from
    /// byte `start` of the text): at the size they took so far, an eighth more. Called after
    /// each item, it acts after the [`FORESIGHT`]th. A section of megabytes grown by doubling
    /// is copied a dozen times and leaves twice its size in freed memory behind it.
    pub fn foresee(&mut self, start: usize, done: usize, total: usize) {
        if done != FORESIGHT || done >= total {
            return;
        }
        let rest = (self.out.len().saturating_sub(start) / done).saturating_mul(total - done);
        self.out.reserve_exact(rest.saturating_add(rest / 8));
    }

    /// Nothing was written yet.
    pub fn is_empty(&self) -> bool {
        self.out.is_empty()
    }

    /// The text, without trailing blank lines and ending with exactly one newline (empty when
    /// nothing was written).
    pub fn finish(self) -> String {
        let mut out = self.out;
        let len = out.trim_end().len();
        out.truncate(len);
        if !out.is_empty() {
            out.push('\n');
        }
        out
    }
}

/// `w.line(&format!(...))` without the intermediate string: `wln!(w, "{x};")`.
#[macro_export]
macro_rules! wln {
    ($w:expr, $($arg:tt)*) => {
        $w.line_fmt(::std::format_args!($($arg)*))
    };
}

/// The concatenation of string-like values (`&str`, `String`, ...) as a new `String`, sized
/// once: `cat!("inline ", ret, " ", name, "(")`. Several times cheaper than `format!` for
/// plain concatenation, which generators do hundreds of thousands of times per run.
#[macro_export]
macro_rules! cat {
    ($($part:expr),+ $(,)?) => {
        // Temporaries in a `match` scrutinee live to the end of the `match`.
        match [$(::core::convert::AsRef::<str>::as_ref(&$part)),+] {
            parts => {
                let mut s = ::std::string::String::with_capacity(
                    parts.iter().map(|p| p.len()).sum(),
                );
                for p in parts {
                    s.push_str(p);
                }
                s
            }
        }
    };
}

/// `w.line(&cat!(...))` without the intermediate string ([`CodeWriter::line_parts`]).
#[macro_export]
macro_rules! wcat {
    ($w:expr, $($part:expr),+ $(,)?) => {
        match [$(::core::convert::AsRef::<str>::as_ref(&$part)),+] {
            parts => $w.line_parts(&parts),
        }
    };
}

/// A `u64` as 16 lowercase hex digits, without the formatting machinery (tens of thousands of
/// checksums per run).
pub struct Hex16([u8; 16]);

impl Hex16 {
    pub fn of(v: u64) -> Hex16 {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut b = [0u8; 16];
        for (i, d) in b.iter_mut().enumerate() {
            *d = DIGITS[((v >> ((15 - i) * 4)) & 15) as usize];
        }
        Hex16(b)
    }
}

impl AsRef<str> for Hex16 {
    fn as_ref(&self) -> &str {
        // Hex digits are ASCII.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_written_as_their_concatenation_would_be() {
        let cases: &[&[&str]] = &[
            &["int ", "x", ";"],
            &["a", "", ""],
            &["", ""],
            &["trailing ", "space  "],
            &["two\n", "lines"],
            &["  lead", "ing"],
        ];
        for parts in cases {
            let (mut a, mut b) = (CodeWriter::new(), CodeWriter::new());
            for w in [&mut a, &mut b] {
                w.line("{");
                w.indent();
            }
            a.line_parts(parts);
            b.line(&parts.concat());
            assert_eq!(a.text(), b.text(), "{parts:?}");
        }
        let name = String::from("f");
        assert_eq!(
            crate::cat!("void ", name, "(", "void", ");"),
            "void f(void);"
        );
        let mut w = CodeWriter::new();
        crate::wcat!(w, "void ", name, "();");
        assert_eq!(w.finish(), "void f();\n");
    }

    #[test]
    fn a_closed_block_can_be_reopened() {
        let mut w = CodeWriter::new();
        w.block("ns {", "} // ns", |w| w.line("a;"));
        w.blank();
        assert_eq!(w.reopen("} // other"), None);
        assert_eq!(w.reopen("} // ns"), Some(true));
        w.indent();
        w.blank();
        w.line("b;");
        w.dedent();
        w.line("} // ns");
        assert_eq!(w.finish(), "ns {\n    a;\n\n    b;\n} // ns\n");
    }

    #[test]
    fn formatted_lines_match_plain_lines() {
        for text in ["x = 1;", "", "a\nb", "trailing  ", "\tb\n\nc "] {
            let (mut a, mut b) = (CodeWriter::new(), CodeWriter::new());
            a.indent();
            b.indent();
            let n = 7;
            a.line(&format!("{text}{n}"));
            crate::wln!(b, "{text}{n}");
            a.line(text);
            crate::wln!(b, "{text}");
            assert_eq!(a.finish(), b.finish(), "{text:?}");
        }
    }

    #[test]
    fn indents_blocks_and_trims() {
        let mut w = CodeWriter::new();
        w.line("a  ");
        w.block("struct S {", "};", |w| {
            w.line("int x;");
            w.blank();
            w.block("union {", "} u;", |w| w.line("int y;"));
        });
        assert_eq!(
            w.finish(),
            "a\nstruct S {\n    int x;\n\n    union {\n        int y;\n    } u;\n};\n"
        );
    }

    #[test]
    fn multi_line_text_is_indented_per_line() {
        let mut w = CodeWriter::with_indent("\t");
        w.indent();
        w.line("one\n\ntwo ");
        assert_eq!(w.finish(), "\tone\n\n\ttwo\n");
    }

    #[test]
    fn blank_lines_never_repeat_or_lead() {
        let mut w = CodeWriter::new();
        w.blank();
        w.line("a");
        w.blank();
        w.blank();
        w.line("b");
        w.blank();
        w.blank();
        assert_eq!(w.finish(), "a\n\nb\n");
    }

    #[test]
    fn dedent_saturates_and_empty_finish_is_empty() {
        let mut w = CodeWriter::new();
        w.dedent();
        assert!(w.is_empty());
        assert_eq!(w.finish(), "");
    }

    #[test]
    fn append_reindents() {
        let mut inner = CodeWriter::new();
        inner.line("x;");
        inner.block("{", "}", |w| w.line("y;"));
        let mut outer = CodeWriter::new();
        outer.block("outer {", "}", |w| w.append(&inner));
        outer.append(&CodeWriter::new());
        assert_eq!(
            outer.finish(),
            "outer {\n    x;\n    {\n        y;\n    }\n}\n"
        );
    }

    #[test]
    fn a_writer_at_the_level_it_is_appended_at_is_copied_whole() {
        let piece = |level| {
            let mut p = CodeWriter::at_level(level);
            p.line("x;");
            p.blank();
            p.block("{", "}", |w| w.line("y;"));
            p
        };
        let whole = |piece: &CodeWriter, depth: usize| {
            let mut w = CodeWriter::new();
            w.line("head");
            (0..depth).for_each(|_| w.indent());
            let placed = w.append_placed(piece);
            (w.finish(), placed)
        };
        let (one, placed) = whole(&piece(1), 1);
        assert_eq!(one, "head\n    x;\n\n    {\n        y;\n    }\n");
        assert_eq!(placed, (5, piece(1).text().len()), "copied whole");
        // Elsewhere, it is indented again as a writer at the margin would be.
        for depth in [0, 1, 2] {
            let plain = whole(&piece(0), depth).0;
            assert_eq!(whole(&piece(1), depth).0, plain, "at depth {depth}");
            assert_eq!(whole(&piece(2), depth).0, plain, "at depth {depth}");
        }
    }

    #[test]
    fn foresight_makes_room_for_all_items_once() {
        let total = 1000;
        let mut w = CodeWriter::new();
        w.line("head");
        let start = w.len();
        let mut capacities = vec![];
        for i in 0..total {
            w.foresee(start, i, total);
            wln!(w, "item_{i:04};");
            capacities.push(w.out.capacity());
        }
        // Room for the rest after the sample: no growth after it.
        let after = &capacities[FORESIGHT..];
        assert!(
            after.iter().all(|&c| c == after[0]),
            "grew after the sample"
        );
        assert!(after[0] >= w.len() && after[0] <= start + (w.len() - start) * 9 / 8 + 16);
        // Nothing to foresee: a section shorter than the sample, or done.
        let mut small = CodeWriter::new();
        small.line("x");
        let before = small.out.capacity();
        small.foresee(0, FORESIGHT, FORESIGHT);
        small.foresee(0, 0, 10);
        assert_eq!(small.out.capacity(), before);
    }

    #[test]
    fn output_has_one_final_newline_and_no_trailing_whitespace() {
        let mut w = CodeWriter::new();
        w.block("a {", "}", |w| w.line("\t b \t"));
        w.blank();
        let s = w.finish();
        assert!(s.ends_with("}\n") && !s.ends_with("\n\n"));
        assert!(s.lines().all(|l| l == l.trim_end()));
    }

    #[test]
    fn append_placed_tells_what_was_copied_unchanged() {
        let section = |text: &str| {
            let mut s = CodeWriter::new();
            s.raw(text);
            s
        };
        for (text, level, want) in [
            ("a\nb\n\n", 0, 4),
            ("a\nb", 0, 3),
            ("a\nb\n", 1, 0),
            ("\n\n", 0, 0),
        ] {
            let mut w = CodeWriter::new();
            w.line("head");
            (0..level).for_each(|_| w.indent());
            let other = section(text);
            let (at, copied) = w.append_placed(&other);
            assert_eq!((at, copied), (5, want), "{text:?} at level {level}");
            assert_eq!(&w.text()[at..at + copied], &other.text()[..copied]);
        }
    }
}
