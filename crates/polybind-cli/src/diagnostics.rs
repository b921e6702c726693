//! Errors shown to the user: a message, the place (file, line, column, snippet), a label and a
//! hint, with a stable code. Several are collected and shown together.

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode,
};
use std::fmt;
use std::path::Path;

/// One user-facing error.
#[derive(Debug)]
pub struct Diag {
    pub code: &'static str,
    pub message: String,
    pub help: Option<String>,
    pub label: Option<String>,
    pub source: Option<NamedSource<String>>,
    /// Byte offset and length in `source`.
    pub span: Option<(usize, usize)>,
}

pub type Diags = Vec<Diag>;

/// Why a text file could not be read.
pub enum ReadError {
    /// The system's error, for the caller to word.
    Io(std::io::Error),
    /// Not UTF-8: an error at its first byte that is not, ready to show.
    NotUtf8(Box<Diag>),
}

/// Read a text file the user wrote (configuration, `Cargo.toml`, `.mli`, IR). One that is not
/// UTF-8 is a [`Diag`] with code `code` at its first bad byte (`std` says only "stream did not
/// contain valid UTF-8").
pub fn read_text(path: &Path, code: &'static str) -> Result<String, ReadError> {
    let bytes = std::fs::read(path).map_err(ReadError::Io)?;
    String::from_utf8(bytes).map_err(|e| {
        // The bytes before the first bad one are valid: they keep their offsets in the lossy
        // text.
        let offset = e.utf8_error().valid_up_to();
        let bad = e.as_bytes()[offset];
        let shown = path.display().to_string();
        let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
        let at = polybind_ir::LineColumn::of_offset(&text, offset);
        let d = Diag::new(
            code,
            format!(
                "{shown}:{}:{}: the file is not UTF-8: the byte 0x{bad:02x} here does not begin a valid character",
                at.line, at.column
            ),
        )
        .help("save the file as UTF-8");
        ReadError::NotUtf8(Box::new(d.at(&shown, text, offset, 1, "here")))
    })
}

impl Diag {
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        Diag {
            code,
            message: message.into(),
            help: None,
            label: None,
            source: None,
            span: None,
        }
    }
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
    pub fn at(
        mut self,
        file: &str,
        text: String,
        offset: usize,
        len: usize,
        label: impl Into<String>,
    ) -> Self {
        let offset = offset.min(text.len());
        let len = len.min(text.len() - offset);
        self.source = Some(NamedSource::new(file, text));
        self.span = Some((offset, len));
        self.label = Some(label.into());
        self
    }
    /// Point at a 1-based line and column of a file on disk, if it can be read, over `len`
    /// bytes (`None`: the identifier that starts there).
    pub fn at_line(
        self,
        base: &Path,
        file: &str,
        line: usize,
        column: usize,
        len: Option<usize>,
        label: &str,
    ) -> Self {
        let path = base.join(file);
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let offset = offset_of(&text, line, column);
                let len = len.unwrap_or_else(|| {
                    text[offset..]
                        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .unwrap_or(text.len() - offset)
                        .max(1)
                });
                self.at(file, text, offset, len, label)
            }
            Err(_) => Diag {
                message: format!("{file}:{line}:{column}: {}", self.message),
                ..self
            },
        }
    }
}

/// Byte offset of a 1-based line and 1-based character column.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return offset
                + l.char_indices()
                    .nth(column.saturating_sub(1))
                    .map(|(b, _)| b)
                    .unwrap_or(l.len());
        }
        offset += l.len();
    }
    text.len()
}

impl fmt::Display for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Diag {}

impl Diagnostic for Diag {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code))
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let (offset, len) = self.span?;
        Some(Box::new(std::iter::once(LabeledSpan::new(
            self.label.clone(),
            offset,
            len,
        ))))
    }
}

/// Render errors as text: with colour for a terminal, plain for files, pipes and tests.
pub fn render(diags: &[Diag], color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_links(false);
    let mut out = String::new();
    for d in diags {
        let _ = handler.render_report(&mut out, d);
    }
    if diags.len() > 1 {
        out.push_str(&format!("{} errors\n", diags.len()));
    }
    out
}
