//! The `.mli` frontend: each OCaml type's IR, docs, and every refusal with its place.

use polybind_frontend_ocaml::{Diagnostic, SourceFile, load};
use polybind_ir::{Item, Library, Type};

fn lower(text: &str) -> Library {
    let files = [SourceFile {
        path: "lib.mli".into(),
        text: text.into(),
    }];
    match load(&files, "lib") {
        Ok((_, lib)) => lib,
        Err(ds) => panic!("unexpected errors: {ds:#?}"),
    }
}

fn refuse(text: &str) -> Vec<Diagnostic> {
    let files = [SourceFile {
        path: "lib.mli".into(),
        text: text.into(),
    }];
    match load(&files, "lib") {
        Ok(_) => panic!("expected errors for:\n{text}"),
        Err(ds) => ds,
    }
}

fn function<'a>(lib: &'a Library, name: &str) -> &'a polybind_ir::Function {
    lib.items
        .iter()
        .find_map(|i| match i {
            Item::Function(f) if f.name == name => Some(f),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no function {name}"))
}

fn vec(t: Type) -> Type {
    Type::Vec(Box::new(t))
}

#[test]
fn every_type_has_its_ir() {
    let lib = lower(
        "type point = { x : float; y : float }
type color = Red | Green
type shape = Circle of float | Rect of { w : float; h : float } | Pair of int * string | Empty
type handle
type ints = int list
val prims : int -> float -> bool -> string -> bytes -> unit
val containers : int option -> string list -> float array -> ints -> (int * string) -> point
val named : color -> shape -> handle -> handle
",
    );
    let prims = function(&lib, "prims");
    let types: Vec<&Type> = prims.params.iter().map(|p| &p.ty).collect();
    assert_eq!(
        types,
        [
            &Type::I64,
            &Type::F64,
            &Type::Bool,
            &Type::String,
            &vec(Type::U8)
        ]
    );
    assert_eq!(prims.ret, None, "unit returns nothing");
    let c = function(&lib, "containers");
    let types: Vec<&Type> = c.params.iter().map(|p| &p.ty).collect();
    assert_eq!(
        types,
        [
            &Type::Option(Box::new(Type::I64)),
            &vec(Type::String),
            &vec(Type::F64),
            &vec(Type::I64),
            &Type::Record("TupleIntString".into()),
        ]
    );
    assert_eq!(c.ret, Some(Type::Named("Point".into())));
    let n = function(&lib, "named");
    assert_eq!(n.params[0].ty, Type::Named("Color".into()));
    assert_eq!(n.ret, Some(Type::Named("Handle".into())));
    let valid = polybind_ir::validate(&lib).expect("the IR validates");
    assert!(valid.enum_("Color").is_some_and(|e| e.is_c_like()));
    let shape = valid.enum_("Shape").expect("Shape");
    assert!(!shape.is_c_like());
    let names: Vec<(&str, bool, usize)> = shape
        .variants
        .iter()
        .map(|v| (v.name.as_str(), v.tuple, v.fields.len()))
        .collect();
    assert_eq!(
        names,
        [
            ("Circle", true, 1),
            ("Rect", false, 2),
            ("Pair", true, 2),
            ("Empty", false, 0)
        ]
    );
    assert_eq!(valid.objects()[0].name, "Handle");
    let tuple = valid.record("TupleIntString").expect("tuple record");
    let fields: Vec<&str> = tuple.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(fields, ["f0", "f1"]);
}

#[test]
fn values_labels_units_and_param_names() {
    let lib = lower(
        "(** Scales.
    @param by the factor *)
val scale : by:float -> float -> float
val tick : unit -> unit
val pad : int -> unit -> int
val answer : int
",
    );
    let scale = function(&lib, "scale");
    let names: Vec<&str> = scale.params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["by", "arg0"]);
    assert!(scale.docs.starts_with("Scales."));
    assert!(function(&lib, "tick").params.is_empty());
    assert_eq!(
        function(&lib, "pad").params.len(),
        1,
        "unit arguments vanish"
    );
    let answer = function(&lib, "answer");
    assert!(answer.params.is_empty());
    assert_eq!(answer.ret, Some(Type::I64));
}

#[test]
fn exceptions_become_one_error_enum() {
    let lib = lower(
        "(** Bad input. *)
exception Bad of string
exception Gone
exception Named of { what : string }
(** @raise Bad when bad *)
val parse : string -> int
(** @raise Failure never declared *)
val other : int -> int
",
    );
    let valid = polybind_ir::validate(&lib).expect("validates");
    let e = valid.enum_("Error").expect("the error enum");
    assert!(e.error);
    let variants: Vec<&str> = e.variants.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(variants, ["Bad", "Gone", "Named"]);
    assert_eq!(e.variants[0].docs, "Bad input.");
    assert_eq!(e.variants[2].fields[0].name, "what");
    assert_eq!(function(&lib, "parse").error.as_deref(), Some("Error"));
    assert_eq!(
        function(&lib, "other").error,
        None,
        "only declared exceptions count"
    );
}

#[test]
fn docs_reach_the_ir() {
    let lib = lower(
        "(** The library. *)

(** A point. *)
type point = {
  x : float;  (** across *)
  (** up *)
  y : float;
}

type t = A (** first *) | B
",
    );
    assert_eq!(lib.docs, "The library.");
    let Item::Record(r) = &lib.items[0] else {
        panic!("a record first")
    };
    assert_eq!(r.docs, "A point.");
    assert_eq!(r.fields[0].docs, "across");
    assert_eq!(r.fields[1].docs, "up");
    let Item::Enum(e) = &lib.items[1] else {
        panic!("an enum second")
    };
    assert_eq!(e.variants[0].docs, "first");
    assert_eq!(e.variants[1].docs, "");
}

/// Each refusal: the source, the line it must point at, and words of its message.
#[test]
fn every_refusal_names_its_place() {
    // 100,000 levels overflowed the stack of the walk over the syntax tree.
    let deep = format!("val deep : int{} -> int", " list".repeat(100_000));
    let cases: &[(&str, usize, &str)] = &[
        ("val id : 'a -> 'a", 1, "polymorphic"),
        (
            "type t\nval f : (int -> int) -> int",
            2,
            "function passed as an argument",
        ),
        ("val o : < get : int > -> int", 1, "object types"),
        ("val f : ?x:int -> unit -> int", 1, "optional arguments"),
        ("module F (X : sig end) : sig end", 1, "functors"),
        ("module M : sig val x : int end", 1, "nested modules"),
        ("module type S = sig end", 1, "module types"),
        ("type t = A : int -> t", 1, "GADT"),
        ("type 'a box = { v : 'a }", 1, "type parameters"),
        ("class c : object end", 1, "classes and objects"),
        ("open Foo", 1, "`open`"),
        ("val c : char", 1, "`char`"),
        ("val i : int32", 1, "`int32`"),
        ("val x : Foo.t", 1, "qualified type"),
        ("val u : unknown", 1, "`unknown`"),
        ("val r : (int, string) result", 1, "parameters"),
        ("type t = ..", 1, "extensible"),
        ("type t = { x : int } [@@unboxed]", 1, "attributes"),
        ("val ( + ) : int -> int -> int", 1, "operators"),
        ("val f : int ->", 1, "syntax"),
        (
            "type t = { x : int\nval y : int",
            1,
            "to close the `{` of line 1",
        ),
        (
            "val g : int\ntype t = { a : int\n",
            2,
            "`{` is never closed",
        ),
        ("val f : int -> int)\nval g : int", 1, "`)` closes nothing"),
        (
            "val f : int -> int\n(* a (* b *)\n",
            2,
            "comment is never closed",
        ),
        (&deep, 1, "nests deeper than 256 syntax levels"),
        ("\n\nval t : (int * unit) -> int", 3, "unit"),
    ];
    for (text, line, words) in cases {
        let ds = refuse(text);
        let d = &ds[0];
        assert_eq!(d.file, "lib.mli", "{text}");
        assert_eq!(d.line, *line, "{text}: {d}");
        assert!(
            d.message.contains(words),
            "{text}: `{}` does not mention {words}",
            d.message
        );
        assert!(d.hint.is_some(), "{text}: no hint");
    }
}

#[test]
fn several_files_are_several_modules() {
    let files = [
        SourceFile {
            path: "src/shapes.mli".into(),
            text: "type point = { x : float }".into(),
        },
        SourceFile {
            path: "src/ops.mli".into(),
            text: "val origin : unit -> point".into(),
        },
    ];
    let (iface, lib) = load(&files, "geo").expect("loads");
    let names: Vec<&str> = iface.modules.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Shapes", "Ops"]);
    assert_eq!(iface.path(iface.values[0].module, "origin"), "Ops.origin");
    polybind_ir::validate(&lib).expect("a type of one file is visible in the next");
}

#[test]
fn sample_ir_snapshot() {
    let lib = lower(include_str!("fixtures/sample.mli"));
    insta::assert_snapshot!(polybind_ir::to_json(&lib));
}
