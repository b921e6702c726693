//! C literals and comments: constant values, string literals and doc comments.

use polybind_codegen::CodeWriter;
use polybind_codegen::wcat;
use polybind_ir::{ConstValue, Type};
use std::borrow::Cow;

/// Write `docs` as a `/** ... */` comment (nothing when empty). `*/` and `/*` inside the text are
/// broken up so that they can neither end the comment nor trigger `-Wcomment`.
pub(crate) fn doc_comment(w: &mut CodeWriter, docs: &str) {
    // Nearly every doc is one line without a slash: written as it is.
    if !docs.as_bytes().iter().any(|&b| b == b'\n' || b == b'/') {
        let line = docs.trim_end();
        if !line.is_empty() {
            wcat!(w, "/** ", line, " */");
        }
        return;
    }
    let lines: Vec<Cow<'_, str>> = docs
        .lines()
        .map(|l| {
            let l = l.trim_end();
            // Nearly no line holds a comment delimiter: most are borrowed as they are.
            match l.contains("*/") || l.contains("/*") {
                true => Cow::Owned(l.replace("*/", "*\\/").replace("/*", "/\\*")),
                false => Cow::Borrowed(l),
            }
        })
        .skip_while(|l| l.is_empty())
        .collect();
    let end = lines
        .iter()
        .rposition(|l| !l.is_empty())
        .map_or(0, |i| i + 1);
    match &lines[..end] {
        [] => {}
        [one] => wcat!(w, "/** ", one, " */"),
        many => {
            w.line("/**");
            for l in many {
                wcat!(w, " * ", l);
            }
            w.line(" */");
        }
    }
}

/// The C expression of a constant of type `ty`, e.g. `((uint32_t)10)`.
pub(crate) fn constant(ty: &Type, value: &ConstValue) -> Result<String, String> {
    let mismatch = || {
        Err(format!(
            "the value {value:?} does not fit the constant's type {ty:?}"
        ))
    };
    Ok(match (ty, value) {
        (Type::Bool, ConstValue::Bool(b)) => b.to_string(),
        (Type::Str, ConstValue::Str(s)) => string_literal(s),
        (Type::F64, ConstValue::Float(f)) => format!("((double){})", float(*f)?),
        (Type::F32, ConstValue::Float(f)) => format!("((float){}f)", float32(*f as f32)?),
        (Type::F64, ConstValue::Int(i)) => format!("((double){i}.0)"),
        (Type::F32, ConstValue::Int(i)) => format!("((float){i}.0f)"),
        (t, ConstValue::Int(i)) => {
            let (c_type, lo, hi): (&str, i128, i128) = match t {
                Type::U8 => ("uint8_t", 0, u8::MAX.into()),
                Type::U16 => ("uint16_t", 0, u16::MAX.into()),
                Type::U32 => ("uint32_t", 0, u32::MAX.into()),
                Type::U64 => ("uint64_t", 0, u64::MAX.into()),
                Type::Usize => ("size_t", 0, u64::MAX.into()),
                Type::I8 => ("int8_t", i8::MIN.into(), i8::MAX.into()),
                Type::I16 => ("int16_t", i16::MIN.into(), i16::MAX.into()),
                Type::I32 => ("int32_t", i32::MIN.into(), i32::MAX.into()),
                Type::I64 => ("int64_t", i64::MIN.into(), i64::MAX.into()),
                Type::Isize => ("intptr_t", i64::MIN.into(), i64::MAX.into()),
                _ => return mismatch(),
            };
            if !(lo..=hi).contains(i) {
                return mismatch();
            }
            format!(
                "(({c_type}){})",
                integer(*i, hi > i128::from(u32::MAX), lo == 0)
            )
        }
        _ => return mismatch(),
    })
}

/// An integer literal. 64-bit values go through `INT64_C`/`UINT64_C` so that no literal is too
/// large for its type, and the minimum of a signed type is written as `-MAX - 1`.
fn integer(v: i128, wide: bool, unsigned: bool) -> String {
    match (wide, unsigned) {
        (false, _) if v == i128::from(i32::MIN) => "(-2147483647 - 1)".to_owned(),
        (false, _) => v.to_string(),
        (true, true) => format!("UINT64_C({v})"),
        (true, false) if v == i128::from(i64::MIN) => {
            "(-INT64_C(9223372036854775807) - 1)".to_owned()
        }
        (true, false) => format!("INT64_C({v})"),
    }
}

/// The shortest decimal text that reads back as `f`, always with a `.` or an exponent.
fn float(f: f64) -> Result<String, String> {
    if !f.is_finite() {
        return Err(format!(
            "the float {f} has no C literal (C11 needs <math.h> for it)"
        ));
    }
    Ok(ensure_point(format!("{f:?}")))
}

fn float32(f: f32) -> Result<String, String> {
    if !f.is_finite() {
        return Err(format!(
            "the float {f} has no C literal (C11 needs <math.h> for it)"
        ));
    }
    Ok(ensure_point(format!("{f:?}")))
}

fn ensure_point(s: String) -> String {
    if s.contains(['.', 'e', 'E']) {
        s
    } else {
        s + ".0"
    }
}

/// A C string literal holding the UTF-8 bytes of `s`. Bytes outside printable ASCII become
/// three-digit octal escapes (which end by themselves, unlike `\x`), and `??` is broken up so
/// that no trigraph forms.
pub fn string_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    // Nearly every string (an item's label, a name) needs no escape up to its end: copied at
    // once. A `?` may start a trigraph with the next byte, so it ends the plain run.
    let plain = s
        .bytes()
        .position(|b| !matches!(b, 0x20..=0x7e) || matches!(b, b'\\' | b'"' | b'?'))
        .unwrap_or(s.len());
    out.push_str(&s[..plain]);
    let mut prev = 0u8;
    for &b in &s.as_bytes()[plain..] {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'"' => out.push_str("\\\""),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b'?' if prev == b'?' => out.push_str("\\?"),
            0x20..=0x7e => out.push(char::from(b)),
            _ => out.push_str(&format!("\\{b:03o}")),
        }
        prev = b;
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> String {
        let mut w = CodeWriter::new();
        doc_comment(&mut w, text);
        w.finish()
    }

    #[test]
    fn docs() {
        assert_eq!(doc(""), "");
        assert_eq!(doc("One."), "/** One. */\n");
        assert_eq!(
            doc("\nA */ b /* c\n\nd  \n\n"),
            "/**\n * A *\\/ b /\\* c\n *\n * d\n */\n"
        );
    }

    #[test]
    fn strings() {
        assert_eq!(string_literal("a\"b\\c\n"), r#""a\"b\\c\n""#);
        assert_eq!(string_literal("é1"), r#""\303\2511""#);
        assert_eq!(string_literal("??=???"), r#""?\?=?\?\?""#);
        assert_eq!(string_literal(""), "\"\"");
        assert_eq!(string_literal("function f_1"), "\"function f_1\"");
        assert_eq!(string_literal("why??=x"), r#""why?\?=x""#);
        assert_eq!(string_literal("\0\x7f"), r#""\000\177""#);
    }

    #[test]
    fn numbers() {
        let c = |t: Type, v: ConstValue| constant(&t, &v).unwrap();
        assert_eq!(c(Type::U32, ConstValue::Int(10)), "((uint32_t)10)");
        assert_eq!(
            c(Type::U32, ConstValue::Int(u32::MAX.into())),
            "((uint32_t)4294967295)"
        );
        assert_eq!(
            c(Type::I32, ConstValue::Int(i32::MIN.into())),
            "((int32_t)(-2147483647 - 1))"
        );
        assert_eq!(c(Type::I8, ConstValue::Int(-128)), "((int8_t)-128)");
        assert_eq!(
            c(Type::I64, ConstValue::Int(i64::MIN.into())),
            "((int64_t)(-INT64_C(9223372036854775807) - 1))"
        );
        assert_eq!(
            c(Type::U64, ConstValue::Int(u64::MAX.into())),
            "((uint64_t)UINT64_C(18446744073709551615))"
        );
        assert_eq!(c(Type::Usize, ConstValue::Int(1)), "((size_t)UINT64_C(1))");
        assert_eq!(c(Type::I64, ConstValue::Int(-5)), "((int64_t)INT64_C(-5))");
        assert_eq!(
            c(Type::Isize, ConstValue::Int(-1)),
            "((intptr_t)INT64_C(-1))"
        );
        assert_eq!(c(Type::F64, ConstValue::Float(1.0)), "((double)1.0)");
        assert_eq!(c(Type::F64, ConstValue::Float(1e300)), "((double)1e300)");
        assert_eq!(c(Type::F64, ConstValue::Float(0.1)), "((double)0.1)");
        assert_eq!(c(Type::F64, ConstValue::Int(3)), "((double)3.0)");
        assert_eq!(c(Type::F32, ConstValue::Float(1.5)), "((float)1.5f)");
        assert_eq!(c(Type::Bool, ConstValue::Bool(true)), "true");
        assert!(constant(&Type::F64, &ConstValue::Float(f64::NAN)).is_err());
        assert!(constant(&Type::U8, &ConstValue::Int(256)).is_err());
        assert!(constant(&Type::String, &ConstValue::Str("x".into())).is_err());
    }

    #[test]
    fn floats_round_trip() {
        for f in [
            0.1,
            1.0 / 3.0,
            1e-300,
            123456789.125,
            -0.0,
            f64::MAX,
            f64::MIN_POSITIVE,
        ] {
            let s = float(f).unwrap();
            assert_eq!(s.parse::<f64>().unwrap().to_bits(), f.to_bits(), "{s}");
        }
    }
}
