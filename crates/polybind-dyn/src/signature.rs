//! Signatures and their text form.
//!
//! ```text
//! signature := "fn" "(" [ params ] ")" [ "->" type ]
//! params    := type { "," type } [ "," "..." ] [ "," ] | "..."
//! type      := scalar | "()" | pointer | "fn" "(" .. ")" [ "->" type ] | "struct" "{" type { "," type } [ "," ] "}"
//! pointer   := "*" ( "const" | "mut" ) ( type | ident )
//! scalar    := bool | i8 .. i64 | u8 .. u64 | f32 | f64 | isize | usize | void
//!            | c_char | c_schar | c_uchar | c_short | c_ushort | c_int | c_uint | c_long | c_ulong
//!            | c_longlong | c_ulonglong | c_float | c_double | size_t | ssize_t | intptr_t
//!            | uintptr_t | ptrdiff_t | int8_t .. int64_t | uint8_t .. uint64_t
//! ```
//!
//! A nested `fn(..)` is a function pointer; a pointer's pointee is free text (`c_void`, a struct
//! name, another type): it does not change how the pointer is passed.

use crate::types::CType;
use std::fmt;

/// What a C function takes and returns.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Signature {
    params: Vec<CType>,
    ret: CType,
    variadic: bool,
    ret_c_string: bool,
}

impl Signature {
    /// A fixed-arity signature. `ret` is [`CType::Void`] for none.
    pub fn new(params: Vec<CType>, ret: CType) -> Result<Signature, SignatureError> {
        Self::build(params, ret, false)
    }

    /// A variadic signature: `params` are the fixed ones; the types of the variable part are given
    /// when a call is prepared ([`crate::Plan::prepare_variadic`]).
    pub fn variadic(params: Vec<CType>, ret: CType) -> Result<Signature, SignatureError> {
        Self::build(params, ret, true)
    }

    fn build(params: Vec<CType>, ret: CType, variadic: bool) -> Result<Signature, SignatureError> {
        if let Some(i) = params.iter().position(|p| *p == CType::Void) {
            return Err(SignatureError {
                text: String::new(),
                offset: 0,
                column: 0,
                expected: format!("a parameter type for parameter {}", i + 1),
                found: "void".into(),
            });
        }
        Ok(Signature {
            params,
            ret,
            variadic,
            ret_c_string: false,
        })
    }

    /// Parse the text form (see the module documentation).
    pub fn parse(text: &str) -> Result<Signature, SignatureError> {
        let mut p = Parser {
            text,
            pos: 0,
            depth: 0,
        };
        let sig = p.signature()?;
        p.skip_ws();
        if p.pos < text.len() {
            return Err(p.error("the end of the signature"));
        }
        Ok(sig)
    }

    pub fn params(&self) -> &[CType] {
        &self.params
    }

    pub fn ret(&self) -> &CType {
        &self.ret
    }

    pub fn is_variadic(&self) -> bool {
        self.variadic
    }

    /// The text said the return value is `*const c_char` / `*mut c_char`: a hint for displaying it
    /// as a string (the CLI does).
    pub fn returns_c_string(&self) -> bool {
        self.ret_c_string
    }
}

impl fmt::Display for Signature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("fn(")?;
        for (i, p) in self.params.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{p}")?;
        }
        if self.variadic {
            f.write_str(if self.params.is_empty() {
                "..."
            } else {
                ", ..."
            })?;
        }
        f.write_str(")")?;
        if self.ret != CType::Void {
            write!(f, " -> {}", self.ret)?;
        }
        Ok(())
    }
}

/// A signature text that does not parse: where, what was expected there, what was found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid signature `{text}` at column {column}: expected {expected}, found {found}")]
pub struct SignatureError {
    /// The whole text.
    pub text: String,
    /// Byte offset of the problem in `text`.
    pub offset: usize,
    /// 1-based character column of the problem.
    pub column: usize,
    pub expected: String,
    pub found: String,
}

/// Types nest at most this deep (structs in structs, pointers to function pointers): deeper text
/// is refused rather than overflowing the stack of the recursive parser.
pub const MAX_NESTING: usize = 32;

struct Parser<'a> {
    text: &'a str,
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn rest(&self) -> &str {
        &self.text[self.pos..]
    }

    fn skip_ws(&mut self) {
        let trimmed = self.rest().trim_start();
        self.pos = self.text.len() - trimmed.len();
    }

    fn error(&self, expected: &str) -> SignatureError {
        let found = match self.rest().chars().next() {
            None => "the end of the text".to_string(),
            Some(c) if c.is_alphanumeric() || c == '_' => format!("`{}`", self.peek_ident()),
            Some(c) => format!("`{c}`"),
        };
        SignatureError {
            text: self.text.to_string(),
            offset: self.pos,
            column: self.text[..self.pos].chars().count() + 1,
            expected: expected.to_string(),
            found,
        }
    }

    /// Consume `tok` (after whitespace) if it is next.
    fn eat(&mut self, tok: &str) -> bool {
        self.skip_ws();
        let is_word = tok.chars().all(|c| c.is_alphanumeric() || c == '_');
        if is_word {
            if self.peek_ident() == tok {
                self.pos += tok.len();
                return true;
            }
            return false;
        }
        if self.rest().starts_with(tok) {
            self.pos += tok.len();
            return true;
        }
        false
    }

    fn expect(&mut self, tok: &str, what: &str) -> Result<(), SignatureError> {
        if self.eat(tok) {
            Ok(())
        } else {
            Err(self.error(what))
        }
    }

    fn peek_ident(&self) -> &str {
        let r = self.rest();
        let end = r
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(r.len());
        &r[..end]
    }

    fn ident(&mut self) -> Option<&str> {
        self.skip_ws();
        let start = self.pos;
        let len = self.peek_ident().len();
        if len == 0 {
            return None;
        }
        self.pos += len;
        Some(&self.text[start..start + len])
    }

    fn signature(&mut self) -> Result<Signature, SignatureError> {
        self.expect("fn", "`fn`")?;
        self.expect("(", "`(` after `fn`")?;
        let mut params = vec![];
        let mut variadic = false;
        if !self.eat(")") {
            loop {
                if self.eat("...") {
                    variadic = true;
                    self.eat(",");
                    self.expect(")", "`)`: `...` ends the parameter list")?;
                    break;
                }
                let at = self.pos;
                let t = self.ty()?.0;
                if t == CType::Void {
                    self.pos = at;
                    self.skip_ws();
                    return Err(self.error("a parameter type (`void` is only a return type)"));
                }
                params.push(t);
                if self.eat(")") {
                    break;
                }
                self.expect(",", "`,` or `)` after a parameter type")?;
                if self.eat(")") {
                    break;
                }
            }
        }
        let (ret, ret_c_string) = if self.eat("->") {
            self.ty()?
        } else {
            (CType::Void, false)
        };
        Ok(Signature {
            params,
            ret,
            variadic,
            ret_c_string,
        })
    }

    /// A type, and whether it is a pointer to `c_char`.
    fn ty(&mut self) -> Result<(CType, bool), SignatureError> {
        if self.depth >= MAX_NESTING {
            self.skip_ws();
            return Err(self.error(&format!("a type nested at most {MAX_NESTING} deep")));
        }
        self.depth += 1;
        let t = self.ty_inner();
        self.depth -= 1;
        t
    }

    fn ty_inner(&mut self) -> Result<(CType, bool), SignatureError> {
        const EXPECTED: &str =
            "a type (`i32`, `f64`, `*const c_char`, `struct{..}`, `fn(..)`, ...)";
        self.skip_ws();
        if self.eat("*") {
            if !self.eat("const") && !self.eat("mut") {
                return Err(self.error("`const` or `mut` after `*`"));
            }
            self.skip_ws();
            if self.rest().starts_with('*') {
                self.ty()?;
                return Ok((CType::Ptr, false));
            }
            let at = self.pos;
            match self.ident() {
                Some("fn") => {
                    self.pos = at;
                    self.signature()?;
                    Ok((CType::Ptr, false))
                }
                Some("struct") => {
                    self.pos = at;
                    self.ty()?;
                    Ok((CType::Ptr, false))
                }
                Some(name) => {
                    let c_string = matches!(name, "c_char" | "char" | "i8" | "u8" | "c_uchar");
                    Ok((CType::Ptr, c_string))
                }
                None => Err(self.error("the pointee type after `*const` / `*mut`")),
            }
        } else if self.eat("(") {
            self.expect(")", "`)`: `()` is the empty return type")?;
            Ok((CType::Void, false))
        } else if self.eat("{") {
            Err(self.error("`struct` before `{`"))
        } else {
            let at = self.pos;
            let Some(name) = self.ident() else {
                return Err(self.error(EXPECTED));
            };
            match name {
                "fn" => {
                    self.pos = at;
                    self.signature()?;
                    Ok((CType::Ptr, false))
                }
                "struct" => {
                    self.expect("{", "`{` after `struct`")?;
                    let mut fields = vec![];
                    loop {
                        if self.eat("}") {
                            break;
                        }
                        let fat = self.pos;
                        let f = self.ty()?.0;
                        if f == CType::Void {
                            self.pos = fat;
                            self.skip_ws();
                            return Err(self.error("a field type (`void` is only a return type)"));
                        }
                        fields.push(f);
                        if !self.eat(",") {
                            self.expect("}", "`,` or `}` after a field type")?;
                            break;
                        }
                    }
                    match CType::structure(fields) {
                        Some(s) => Ok((s, false)),
                        None => {
                            self.pos = at;
                            Err(self.error("a struct with at least one field"))
                        }
                    }
                }
                _ => match scalar(name) {
                    Some(t) => Ok((t, false)),
                    None => {
                        self.pos = at;
                        Err(self.error(EXPECTED))
                    }
                },
            }
        }
    }
}

/// The scalar types by name: Rust's and C's spellings (LP64: `long` is 64 bits).
fn scalar(name: &str) -> Option<CType> {
    Some(match name {
        "void" | "c_void" => CType::Void,
        "bool" | "_Bool" => CType::Bool,
        "i8" | "c_char" | "c_schar" | "char" | "int8_t" => CType::I8,
        "u8" | "c_uchar" | "uint8_t" => CType::U8,
        "i16" | "c_short" | "short" | "int16_t" => CType::I16,
        "u16" | "c_ushort" | "uint16_t" => CType::U16,
        "i32" | "c_int" | "int" | "int32_t" => CType::I32,
        "u32" | "c_uint" | "uint32_t" => CType::U32,
        "i64" | "c_long" | "c_longlong" | "long" | "int64_t" | "ssize_t" | "intptr_t"
        | "ptrdiff_t" | "isize" => CType::I64,
        "u64" | "c_ulong" | "c_ulonglong" | "uint64_t" | "size_t" | "uintptr_t" | "usize" => {
            CType::U64
        }
        "f32" | "c_float" | "float" => CType::F32,
        "f64" | "c_double" | "double" => CType::F64,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_scalars_pointers_and_returns() {
        let s = Signature::parse("fn(i32, *const c_char, f64) -> i64").unwrap();
        assert_eq!(s.params(), &[CType::I32, CType::Ptr, CType::F64]);
        assert_eq!(*s.ret(), CType::I64);
        assert!(!s.is_variadic());
        let v = Signature::parse("fn()").unwrap();
        assert_eq!((v.params().len(), v.ret()), (0, &CType::Void));
        assert!(
            Signature::parse("fn(*const c_char) -> *mut c_char")
                .unwrap()
                .returns_c_string()
        );
        assert_eq!(*Signature::parse("fn() -> ()").unwrap().ret(), CType::Void);
    }

    #[test]
    fn parses_variadics_structs_and_function_pointers() {
        let s = Signature::parse("fn(*mut c_char, size_t, *const c_char, ...) -> c_int").unwrap();
        assert!(s.is_variadic());
        assert_eq!(s.params().len(), 3);
        let d = Signature::parse("fn(c_int, c_int) -> struct { c_int, c_int }").unwrap();
        assert_eq!(d.ret().size(), 8);
        let q = Signature::parse(
            "fn(*mut c_void, usize, usize, fn(*const c_void, *const c_void) -> c_int)",
        )
        .unwrap();
        assert_eq!(q.params()[3], CType::Ptr);
        let nested = Signature::parse("fn(struct{f64, struct{i32, f32}}, **const u8)");
        assert!(nested.is_err(), "`**` needs const/mut on each level");
        let nested = Signature::parse("fn(struct{f64, struct{i32, f32}}, *mut *const u8)").unwrap();
        assert_eq!(nested.params()[0].size(), 16);
        assert_eq!(
            Signature::parse(&nested.to_string()).unwrap(),
            Signature::new(nested.params().to_vec(), CType::Void).unwrap()
        );
    }

    #[test]
    fn errors_say_where_and_what() {
        let e = Signature::parse("fn(i32, strnig) -> i64").unwrap_err();
        assert_eq!((e.column, e.offset), (9, 8));
        assert!(e.expected.starts_with("a type"), "{e}");
        assert_eq!(e.found, "`strnig`");
        let e = Signature::parse("fn(i32 -> i64").unwrap_err();
        assert_eq!(e.expected, "`,` or `)` after a parameter type");
        assert_eq!(e.found, "`-`");
        let e = Signature::parse("(i32)").unwrap_err();
        assert_eq!((e.column, e.expected.as_str()), (1, "`fn`"));
        let e = Signature::parse("fn(..., i32)").unwrap_err();
        assert!(e.expected.contains("`...` ends"), "{e}");
        let e = Signature::parse("fn(void)").unwrap_err();
        assert!(e.expected.contains("parameter type"), "{e}");
        let e = Signature::parse("fn() -> struct{}").unwrap_err();
        assert!(e.expected.contains("at least one field"), "{e}");
        let e = Signature::parse("fn() -> i32 extra").unwrap_err();
        assert_eq!(e.expected, "the end of the signature");
        let deep = format!("fn({}i32{})", "struct{".repeat(100), "}".repeat(100));
        let e = Signature::parse(&deep).unwrap_err();
        assert!(e.expected.contains("nested at most"), "{e}");
        let deep = format!("fn({}i32)", "*const ".repeat(10_000));
        assert!(Signature::parse(&deep).is_err());
        let e = Signature::parse("fn(i32").unwrap_err();
        assert_eq!(e.found, "the end of the text");
        assert!(e.to_string().contains("column 7"), "{e}");
    }
}
