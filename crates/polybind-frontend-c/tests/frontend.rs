//! The header → IR mapping, and every refusal with its place and hint.

mod common;

use common::{fixture, options};
use polybind_frontend_c::{Diagnostic, Options, load};
use std::path::PathBuf;

#[test]
fn the_fixture_maps_to_the_ir() {
    let (header, lib) = load(&options(fixture())).unwrap();
    assert_eq!(header.includes, ["geo.h"]);
    polybind_ir::validate(&lib).unwrap();
    insta::assert_snapshot!("geo_ir", polybind_ir::to_json(&lib));
}

/// The diagnostics of `text` as a header, rendered.
fn refusals(text: &str, tweak: impl FnOnce(&mut Options)) -> Vec<String> {
    let dir = std::env::temp_dir().join(format!(
        "polybind-frontend-c-{}-{}",
        std::process::id(),
        text.len()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("geo.h");
    std::fs::write(&path, text).unwrap();
    let mut o = options(path);
    o.errors = None;
    tweak(&mut o);
    let out = load(&o);
    std::fs::remove_dir_all(&dir).unwrap();
    match out {
        Ok(_) => vec![],
        Err(ds) => ds.iter().map(Diagnostic::to_string).collect(),
    }
}

#[test]
fn unsupported_declarations_are_refused_where_they_are() {
    let got = refusals(
        "#include <stddef.h>\n\
         int geo_log(const char *f, ...);\n\
         union geo_u { int a; float b; };\n\
         extern int geo_global;\n\
         struct geo_bits { unsigned a : 3; };\n\
         struct geo_arr { double v[3]; };\n\
         void geo_fill(void *p);\n\
         void geo_cb(void (*f)(int));\n\
         void geo_buf(char *out);\n\
         long double geo_ld(void);\n\
         int geo_old();\n",
        |_| {},
    );
    let expected = [
        "geo.h:2:5: the variadic function `geo_log` cannot be bound",
        "geo.h:3:7: unions cannot cross the C ABI",
        "geo.h:4:12: the global variable `geo_global` cannot be bound",
        "geo.h:5:28: the bit-field `a` of `geo_bits` has no addressable C ABI form",
        "geo.h:6:25: field `v` of `geo_arr`: the array `double[3]` cannot cross the C ABI",
        "geo.h:7:21: `geo_fill`: the pointer parameter `void *` cannot be classified",
        "geo.h:8:20: `geo_cb`: the function pointer `void (*)(int)` is not followed by a `void *` user data parameter",
        "geo.h:9:20: `geo_buf`: the `char *` parameter may be written to",
        "geo.h:10:13: `geo_ld`: `long double` has no portable C ABI form",
        "geo.h:11:5: `geo_old` has no prototype",
    ];
    assert_eq!(got.len(), expected.len(), "{got:#?}");
    for (g, e) in got.iter().zip(expected) {
        assert!(g.starts_with(e), "{g}\n  does not start with\n{e}");
        assert!(g.contains("(hint: "), "{g}");
    }
}

#[test]
fn excluded_declarations_are_not_bound() {
    let got = refusals(
        "union geo_u { int a; };\nint geo_log(const char *f, ...);\nint geo_ok(void);\n",
        |o| o.exclude = vec!["geo_u".into(), "geo_log".into()],
    );
    assert_eq!(got, Vec::<String>::new());
}

#[test]
fn objects_need_a_destructor_and_owned_strings_a_release() {
    let got = refusals(
        "typedef struct geo_s geo_s;\ngeo_s *geo_s_new(void);\nchar *geo_name(void);\nconst geo_s *geo_s_peek(void);\n",
        |o| o.string_free = None,
    );
    assert_eq!(got.len(), 3, "{got:#?}");
    assert!(
        got[0].starts_with("geo.h:1:16: the opaque struct `geo_s` has no destructor"),
        "{}",
        got[0]
    );
    assert!(got[0].contains("void geo_s_free(geo_s *)"));
    assert!(
        got[1].starts_with("geo.h:3:7: `geo_name`: the function returns an owned `char *`"),
        "{}",
        got[1]
    );
    assert!(got[1].contains("string_free"));
    assert!(
        got[2].starts_with(
            "geo.h:4:14: `geo_s_peek`: the function returns a borrowed `const geo_s *`"
        ),
        "{}",
        got[2]
    );
}

#[test]
fn a_misnamed_destructor_and_structs_from_elsewhere_are_refused() {
    let got = refusals(
        "#include <time.h>\ntypedef struct geo_s geo_s;\nint geo_s_free(geo_s *s);\nvoid geo_wait(struct timespec t);\n",
        |_| {},
    );
    assert_eq!(got.len(), 3, "{got:#?}");
    assert!(got[0].contains("has no destructor"), "{}", got[0]);
    assert!(
        got[1].starts_with("geo.h:3:5: `geo_s_free` is named as the destructor"),
        "{}",
        got[1]
    );
    assert!(got[2].starts_with("geo.h:4:31: `geo_wait`: the struct `struct timespec` is not defined in the bound headers"), "{}", got[2]);
}

#[test]
fn a_canonical_name_the_header_uses_is_refused() {
    let got = refusals("int geo_add(int a, int b);\n", |o| o.name = "geo".into());
    assert_eq!(got.len(), 1, "{got:#?}");
    assert!(
        got[0].starts_with(
            "geo.h:1:5: the generated library `geo` would define symbols starting with `geo_`"
        ),
        "{}",
        got[0]
    );
}

#[test]
fn a_missing_header_is_a_clear_error() {
    let got = load(&options(PathBuf::from("/nonexistent/geo.h"))).unwrap_err();
    assert_eq!(
        got[0].to_string(),
        "cannot read the header geo.h (hint: `headers` in `[library] c` lists header files relative to polybind.toml)"
    );
}

#[test]
fn the_status_enum_is_only_a_return_type_and_must_exist() {
    let got = refusals(
        "typedef enum { GEO_OK, GEO_BAD } geo_status;\nvoid geo_log(geo_status s);\n",
        |o| o.errors = options(PathBuf::new()).errors,
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert!(
        got[0]
            .starts_with("geo.h:2:25: `geo_log`: the status enum `geo_status` is used as a value"),
        "{}",
        got[0]
    );
    let got = refusals("typedef enum { GEO_OK } geo_status;\n", |o| {
        o.errors = options(PathBuf::new()).errors;
        if let Some(e) = &mut o.errors {
            e.ok = "GEO_FINE".into();
        }
    });
    assert_eq!(got.len(), 1, "{got:#?}");
    assert!(
        got[0].starts_with("the status enum `geo_status` has no constant `GEO_FINE`"),
        "{}",
        got[0]
    );
}

#[test]
fn callbacks_take_user_data_numbers_and_return_plainly() {
    let got = refusals(
        "void geo_a(void (*f)(int a, int b), void *ud);\n\
         void geo_b(void (*f)(void *ud, const char *s), void *ud);\n\
         const char *geo_c(void (*f)(void *ud), void *ud);\n",
        |_| {},
    );
    assert_eq!(got.len(), 3, "{got:#?}");
    assert!(got[0].starts_with("geo.h:1:19: `geo_a`: the callback `void (*)(int, int)` does not take exactly one `void *` user data"), "{}", got[0]);
    assert!(got[1].starts_with("geo.h:2:19: `geo_b`: the callback `void (*)(void *, const char *)` takes a `const char *`"), "{}", got[1]);
    assert!(
        got[2].starts_with("geo.h:3:13: `geo_c` takes a callback and returns"),
        "{}",
        got[2]
    );
}
