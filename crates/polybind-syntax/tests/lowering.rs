//! Rust items → IR, pinned by snapshots of the IR's JSON.

use polybind_ir as ir;
use polybind_syntax::{ItemAttr, lower_item, polybind_attr};

fn lower(src: &str) -> Vec<ir::Item> {
    let file = syn::parse_file(src).unwrap();
    let mut items = vec![];
    for item in &file.items {
        let Some(attrs) = polybind_syntax::item_attrs(item) else {
            continue;
        };
        let attr: ItemAttr = polybind_attr(attrs).unwrap().unwrap();
        items.extend(lower_item(item, attr, None).unwrap_or_else(|e| panic!("{e:?}")));
    }
    items
}

fn errors(src: &str) -> Vec<String> {
    let file = syn::parse_file(src).unwrap();
    let item = &file.items[0];
    let attr = ItemAttr::default();
    match lower_item(item, attr, None) {
        Ok(_) => vec![],
        Err(es) => es
            .iter()
            .map(|e| {
                let at = e.span.start();
                format!(
                    "{}:{}: `{}`: {} (hint: {})",
                    at.line,
                    at.column + 1,
                    e.item,
                    e.message,
                    e.hint.clone().unwrap_or_default()
                )
            })
            .collect(),
    }
}

#[test]
fn every_kind_of_item_lowers() {
    let items = lower(
        r#"
/// Adds.
/// Twice documented.
#[polybind]
pub fn add(a: u32, b: &str, c: &[f64], d: &mut [i8], e: Vec<String>, f: Option<Point>, g: &Point) -> Result<Vec<u8>, MyError> { todo!() }

#[polybind]
pub fn callbacks(f: impl Fn(u32, &str) -> bool, g: impl FnOnce(), h: impl Fn(i64) + Send + Sync + 'static, l: &dyn Logger, m: Box<dyn Logger>) {}

/// A point.
#[polybind]
pub struct Point { /** x */ pub x: f64, pub y: f64 }

#[polybind]
pub enum Color { Red, Green = 5, Blue }

#[polybind(error)]
pub enum MyError { Bad { code: i32 }, Worse(String, u8) }

#[polybind(object)]
pub struct Counter { n: i64 }

#[polybind]
impl Counter {
    pub fn new(n: i64) -> Self { todo!() }
    pub fn try_new(n: i64) -> Result<Counter, MyError> { todo!() }
    pub fn get(&self) -> i64 { 0 }
    pub fn add(&mut self, other: &Counter) {}
    pub fn version() -> u32 { 1 }
    #[polybind(blocking)]
    pub fn wait(&self, ms: u64) {}
    fn private(&self) {}
}

#[polybind]
pub trait Logger: Send + Sync { fn log(&self, message: &str); fn level(&self) -> u32; }

#[polybind(blocking)]
pub fn sleep_ms(ms: u64) {}

#[polybind]
pub const LIMIT: i64 = -5;
#[polybind]
pub const NAME: &str = "x\ty";
#[polybind]
pub const RATIO: f32 = -1.5;
"#,
    );
    let mut lib = ir::Library::new("demo");
    lib.items = items;
    insta::assert_snapshot!(ir::to_json(&lib));
}

#[test]
fn refusals_name_the_place_the_item_and_a_fix() {
    insta::assert_debug_snapshot!(errors("pub fn f<T>(x: T, y: (u8, u8)) -> impl Fn() {}"));
    insta::assert_debug_snapshot!(errors("pub async unsafe fn g(self_: *const u8) {}"));
    insta::assert_debug_snapshot!(errors("pub struct S<'a>(&'a str);"));
    insta::assert_debug_snapshot!(errors(
        "pub enum E { A = 1 << 2, B(std::collections::HashMap<u8, u8>) }"
    ));
    insta::assert_debug_snapshot!(errors("impl Display for X {}"));
    insta::assert_debug_snapshot!(errors("pub const C: u32 = 1 + 1;"));
    insta::assert_debug_snapshot!(errors(
        "pub fn h(s: &String, v: &Vec<u8>, m: &mut Point, c: char, r: Result<u8, E>) {}"
    ));
}

#[test]
fn the_crate_walk_records_each_items_module() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    std::fs::create_dir_all(src.join("shapes")).unwrap();
    std::fs::write(
        src.join("lib.rs"),
        "polybind::setup!();\nmod shapes;\n#[polybind]\npub fn top() {}\n#[polybind(object)]\npub struct Canvas;\n",
    )
    .unwrap();
    std::fs::write(
        src.join("shapes.rs"),
        "mod round;\n#[polybind]\npub fn square() {}\n#[polybind]\nimpl crate::Canvas { pub fn clear(&self) {} }\n",
    )
    .unwrap();
    std::fs::write(
        src.join("shapes/round.rs"),
        "#[polybind]\npub struct Circle { pub r: f64 }\npub mod inner {\n    #[polybind]\n    pub fn tiny() {}\n}\n",
    )
    .unwrap();
    let lib = polybind_syntax::lower_crate(&src.join("lib.rs"), "demo", dir.path()).unwrap();
    let path = |n: &str| lib.modules.get(n).cloned();
    assert_eq!(path("top"), None);
    assert_eq!(path("square"), Some(vec!["shapes".to_owned()]));
    assert_eq!(path("Circle"), Some(vec!["shapes".into(), "round".into()]));
    assert_eq!(
        path("tiny"),
        Some(vec!["shapes".into(), "round".into(), "inner".into()])
    );
    // The object is where its struct is, not where an impl block adds methods.
    assert_eq!(path("Canvas"), None);
    let valid = ir::validate(&lib).unwrap();
    assert_eq!(valid.module_of("Circle"), ["shapes", "round"]);
    assert!(valid.module_of("Canvas").is_empty());
}

#[test]
fn blocking_applies_to_functions_and_methods_only() {
    let file = syn::parse_file(
        "#[polybind(blocking)] pub struct S { pub x: u8 }\n#[polybind] impl C { #[polybind(object)] pub fn m(&self) {} }",
    )
    .unwrap();
    let mut messages = vec![];
    for item in &file.items {
        let attrs = polybind_syntax::item_attrs(item).unwrap();
        let attr = polybind_attr(attrs).unwrap().unwrap();
        if let Err(es) = lower_item(item, attr, None) {
            messages.extend(
                es.into_iter()
                    .map(|e| format!("{}: {}", e.message, e.hint.unwrap_or_default())),
            );
        }
    }
    assert_eq!(
        messages,
        [
            "`blocking` only applies to a function or a method: remove `blocking`, or put it on the function or method that blocks",
            "a method takes only `#[polybind(blocking)]`: remove `object`/`error` from the method's attribute",
        ]
    );
}
