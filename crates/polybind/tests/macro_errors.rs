//! The macro's compile errors: each points at the offending code and says how to fix it.

#[test]
fn unsupported_items_are_compile_errors_with_spans_and_hints() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
