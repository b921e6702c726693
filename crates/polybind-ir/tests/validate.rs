//! Validation: every rule, with the message a user sees.

use polybind_ir::*;

fn f(name: &str, params: Vec<(&str, Type)>, ret: Option<Type>) -> Item {
    Item::Function(Function {
        name: name.into(),
        docs: String::new(),
        params: params
            .into_iter()
            .map(|(n, ty)| Param {
                name: n.into(),
                ty,
                at: None,
            })
            .collect(),
        ret,
        error: None,
        blocking: false,
        location: Some(Location {
            file: "src/lib.rs".into(),
            line: 3,
            column: 8,
        }),
    })
}

fn record(name: &str, fields: Vec<(&str, Type)>) -> Item {
    Item::Record(Record {
        name: name.into(),
        docs: String::new(),
        fields: fields
            .into_iter()
            .map(|(n, ty)| Field {
                name: n.into(),
                ty,
                docs: String::new(),
                at: None,
            })
            .collect(),
        location: None,
    })
}

fn named(n: &str) -> Type {
    Type::Named(n.into())
}

fn check(items: Vec<Item>) -> String {
    let mut lib = Library::new("demo");
    lib.items = items;
    match validate(&lib) {
        Ok(_) => "ok".into(),
        Err(e) => e.to_string(),
    }
}

#[test]
fn a_valid_library_resolves_names() {
    let mut lib = Library::new("demo");
    lib.items = vec![
        record("Point", vec![("x", Type::F64)]),
        record(
            "Line",
            vec![
                ("a", named("Point")),
                ("tags", Type::Vec(Box::new(Type::String))),
            ],
        ),
        f(
            "length",
            vec![
                ("l", named("Line")),
                ("pts", Type::SliceMut(Box::new(named("Point")))),
            ],
            Some(Type::F64),
        ),
    ];
    let v = validate(&lib).unwrap();
    assert_eq!(v.functions()[0].params[0].ty, Type::Record("Line".into()));
    assert!(v.is_plain(&Type::Record("Point".into())));
    assert!(!v.is_plain(&Type::Record("Line".into())));
    assert!(v.owns_heap(&Type::Record("Line".into())));
}

#[test]
fn every_rule_is_checked_and_all_errors_are_reported() {
    insta::assert_snapshot!(check(vec![
        record(
            "Holder",
            vec![("name", Type::Str), ("inner", named("Holder"))]
        ),
        record("Empty", vec![]),
        f("borrowed_return", vec![], Some(Type::Str)),
        f("unknown", vec![("x", named("Nope"))], None),
        f(
            "mut_strings",
            vec![("x", Type::SliceMut(Box::new(Type::String)))],
            None
        ),
        f("unknown", vec![], None),
        f(
            "nested_slice",
            vec![("x", Type::Option(Box::new(Type::Slice(Box::new(Type::U8)))))],
            None
        ),
        Item::Constant(Constant {
            name: "BIG".into(),
            docs: String::new(),
            ty: Type::U8,
            value: ConstValue::Int(256),
            location: None,
        }),
        Item::Enum(Enum {
            name: "E".into(),
            docs: String::new(),
            variants: vec![
                Variant {
                    name: "A".into(),
                    docs: String::new(),
                    discriminant: Some(1),
                    fields: vec![],
                    tuple: false
                },
                Variant {
                    name: "B".into(),
                    docs: String::new(),
                    discriminant: Some(1),
                    fields: vec![],
                    tuple: false
                },
            ],
            error: true,
            location: None,
        }),
        f("error_as_value", vec![("e", named("E"))], None),
        f(
            "bad_callback",
            vec![(
                "cb",
                Type::Callback(Box::new(Callback {
                    params: vec![],
                    ret: Some(Type::String),
                    once: false,
                    retained: false
                })),
            )],
            None,
        ),
        Item::ObjectImpl(ObjectImpl {
            object: "Ghost".into(),
            methods: vec![],
            location: None
        }),
    ]));
}

#[test]
fn module_paths_must_name_items_and_be_identifiers() {
    let mut lib = Library::new("demo");
    lib.items = vec![f("area", vec![], None)];
    lib.modules.insert("area".into(), vec!["shapes".into()]);
    let valid = validate(&lib).unwrap();
    assert_eq!(valid.module_of("area"), ["shapes"]);
    // The field round-trips through JSON and is omitted when empty.
    assert!(to_json(&lib).contains("\"modules\""));
    assert!(!to_json(&Library::new("demo")).contains("\"modules\""));

    lib.modules.insert("ghost".into(), vec!["x".into()]);
    lib.modules.insert("area".into(), vec!["not ok".into()]);
    let e = validate(&lib).unwrap_err().to_string();
    assert!(
        e.contains("`modules` places `ghost`, which is not an exported item"),
        "{e}"
    );
    assert!(
        e.contains("segment `not ok` that is not an ASCII identifier"),
        "{e}"
    );
}

#[test]
fn items_checked_in_parts_report_their_errors_in_the_items_order() {
    // Thousands of items: several parts. Every hundredth function takes an unknown type.
    let mut lib = Library::new("demo");
    lib.items = (0..3000)
        .map(|i| {
            let ty = if i % 100 == 7 {
                named("Missing")
            } else {
                Type::U32
            };
            f(&format!("f_{i:04}"), vec![("a", ty)], None)
        })
        .collect();
    let errors = |r: Result<ValidLibrary, ValidationErrors>| match r {
        Ok(_) => panic!("the unknown types went unnoticed"),
        Err(e) => e.0.into_iter().map(|e| e.item).collect::<Vec<_>>(),
    };
    let in_order = errors(validate_owned(lib.clone()));
    let want: Vec<String> = (0..3000)
        .filter(|i| i % 100 == 7)
        .map(|i| format!("f_{i:04}"))
        .collect();
    assert_eq!(in_order, want);
    // The parts checked last first, as threads may: the errors still come in order.
    let backwards = validate_owned_with(lib, |parts, check| {
        assert!(parts.len() > 1, "one part");
        let mut done: Vec<_> = parts.into_iter().rev().map(check).collect();
        done.reverse();
        done
    });
    assert_eq!(errors(backwards), want);
}
