//! Every failure is a typed error that says what and where.

use crate::signature::SignatureError;

/// An error: what went wrong and where ([`Error::kind`]). Boxed, so that a call's
/// `Result<Ret, Error>` is two words and comes back in registers.
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct Error(Box<ErrorKind>);

impl Error {
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }
}

impl From<ErrorKind> for Error {
    #[cold]
    fn from(k: ErrorKind) -> Error {
        Error(Box::new(k))
    }
}

impl From<SignatureError> for Error {
    #[cold]
    fn from(e: SignatureError) -> Error {
        ErrorKind::Signature(e).into()
    }
}

/// `Err` of a kind: the cold path of every check.
#[cold]
pub(crate) fn fail<T>(k: ErrorKind) -> Result<T, Error> {
    Err(k.into())
}

/// Every kind of failure, with what and where.
#[derive(Debug, thiserror::Error)]
pub enum ErrorKind {
    #[error("cannot open library `{path}`: {reason}")]
    LibraryNotFound { path: String, reason: String },
    #[error("library `{library}` has no symbol `{symbol}`: {reason}")]
    SymbolNotFound {
        library: String,
        symbol: String,
        reason: String,
    },
    #[error(transparent)]
    Signature(SignatureError),
    /// Something this platform's calling convention or libffi cannot do.
    #[error("unsupported on this platform: {what}")]
    UnsupportedPlatform { what: String },
    /// A valid request this crate does not handle (named, with the way around it).
    #[error("unsupported: {what}")]
    Unsupported { what: String },
    #[error("`{symbol}` takes {expected} argument(s), {found} given")]
    ArgCount {
        symbol: String,
        expected: usize,
        found: usize,
    },
    #[error("argument {index} of `{symbol}` must be {expected}, found {found}")]
    ArgType {
        symbol: String,
        /// 1-based.
        index: usize,
        expected: String,
        found: String,
    },
    /// A typed call's or callback's return type differs from the signature's.
    #[error("`{symbol}` returns {expected}, not {found}")]
    RetType {
        symbol: String,
        expected: String,
        found: String,
    },
    #[error("{what}")]
    Buffer { what: String },
    /// The interface (IR) has a function this crate cannot describe as a C signature.
    #[error("`{item}`: {what}")]
    Interface { item: String, what: String },
}

/// An error with the errors it wraps, `: `-separated. libloading's say only "dlopen failed"
/// and keep the system's reason (`invalid ELF header`, a missing dependency) as their source.
pub fn with_sources(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_result_is_two_words() {
        // Returned in registers: the hot path never moves a large value through memory.
        assert_eq!(size_of::<Result<crate::Ret, Error>>(), 16);
        let e: Error = ErrorKind::Buffer { what: "x".into() }.into();
        assert!(matches!(e.kind(), ErrorKind::Buffer { .. }));
        assert_eq!(e.to_string(), "x");
    }
}
