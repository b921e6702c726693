(* Panics, invalid input, documentation and the load-time checks. Where a case describes a C
   mistake OCaml cannot make (a NULL pointer, a misaligned buffer, a missing function pointer),
   it checks what the binding can express instead, and says so. *)

open Harness
module C = Conformance

let bad_utf8 = [ "\xff"; "\xc0\xaf"; "\xed\xa0\x80"; "\xe2\x82" ]

let panic_with what f sub =
  raises what f (function C.Panic m -> contains m sub | _ -> false)

let invalid_naming what f sub =
  raises what f (function C.Invalid_argument m -> contains m sub | _ -> false)

let binding_naming what f sub =
  raises what f (function Stdlib.Invalid_argument m -> contains m sub | _ -> false)

let person ?(tags = [| "t" |]) ?(city = "c") name : C.person =
  { name; age = 1; tags; address = { street = "s"; city; zip = 1 }; email = None }

let source =
  lazy
    (match Sys.getenv_opt "POLYBIND_OCAML_ML" with
    | None -> fail "POLYBIND_OCAML_ML (the generated conformance.ml) is not set"
    | Some path ->
        let ic = open_in_bin path in
        Fun.protect ~finally:(fun () -> close_in ic) (fun () -> really_input_string ic (in_channel_length ic)))

let documented what text = check (contains (Lazy.force source) text) (what ^ ": " ^ text)

let layout_of name =
  match Array.to_list (C.Polybind.layouts ()) |> List.find_opt (fun (n, _, _) -> n = name) with
  | Some (_, lib, own) -> eq_i64 ("layout of " ^ name) own lib
  | None -> fail "no layout for %s" name

let cases =
  [ ( "panics.message",
      fun () ->
        panic_with "boom" (fun () -> C.always_panics "boom") "boom";
        let u = "\xc3\xbcn\xc3\xafc\xc3\xb8d\xc3\xa9 \xf0\x9f\x92\xa5" in
        panic_with "unicode" (fun () -> C.always_panics u) u );
    ("panics.non_string_payload", fun () -> panic "panic_with_code" (fun () -> C.panic_with_code 7));
    ( "panics.in_result_fn",
      fun () -> panic "divide_exact 1 0" (fun () -> C.divide_exact 1L 0L) );
    ( "panics.in_object",
      fun () ->
        let c = C.Counter.create 6L in
        panic_with "divide 0" (fun () -> C.Counter.divide c 0L) "divide by zero";
        eq_i64 "still works" (C.Counter.divide c 2L) 3L;
        C.Counter.close c;
        panic_with "from_sum" (fun () -> C.Counter.from_sum [| Int64.max_int; 1L |]) "counter sum overflows" );
    ( "panics.after_callback",
      fun () ->
        panic_with "apply_nonzero" (fun () -> C.apply_nonzero 1 (fun _ -> 0)) "callback returned zero";
        eq_int "echo_u32" (C.echo_u32 5) 5;
        panic_with "new panic" (fun () -> C.always_panics "second") "second" );
    ( "invalid.utf8_str",
      fun () ->
        List.iter (fun s -> invalid_argument "count_chars" (fun () -> C.count_chars s)) bad_utf8;
        invalid_naming "greet" (fun () -> C.greet "\xff") "name" );
    ( "invalid.utf8_owned",
      fun () ->
        invalid_argument "to_upper" (fun () -> C.to_upper "\xff");
        invalid_argument "greet_opt" (fun () -> C.greet_opt (Some "\xff"));
        invalid_argument "join" (fun () -> C.join [| "a"; "\xff" |] "-") );
    ( "invalid.utf8_record_field",
      fun () ->
        let before = C.Polybind.live_allocations () in
        invalid_argument "name" (fun () -> C.describe_person (person "\xff"));
        invalid_argument "tag" (fun () -> C.describe_person (person ~tags:[| "ok"; "\xff" |] "n"));
        invalid_argument "city" (fun () -> C.describe_person (person ~city:"\xff" "n"));
        eq_int "nothing leaked" (C.Polybind.live_allocations ()) before );
    ( "invalid.null_with_len",
      fun () ->
        (* OCaml strings and arrays always carry a valid pointer and their own length; what a
           caller can get wrong is an element the ABI type cannot hold, which the binding
           refuses before the call, naming the parameter. *)
        binding_naming "fill" (fun () -> C.fill [| 1; -1 |] 0) "fill.values";
        binding_naming "sorted_i32" (fun () -> C.sorted_i32 [| 1 lsl 40 |]) "sorted_i32.values";
        binding_naming "fill v" (fun () -> C.fill [| 1 |] (-1)) "v" );
    ( "invalid.unknown_c_enum",
      fun () ->
        List.iter (fun v -> check (C.color_of_int v = None) "no Color for the value") [ 1; 7; -1 ];
        (* A constructor OCaml's type checker would never build, forged with Obj. *)
        binding_naming "echo_color" (fun () -> C.echo_color (Obj.magic 7 : C.color)) "color";
        binding_naming "echo_styled" (fun () ->
            C.echo_styled { color = (Obj.magic 3 : C.color); level = C.Low; shape = C.Empty }) "Styled.color" );
    ( "invalid.unknown_data_enum_tag",
      fun () ->
        binding_naming "constant 3" (fun () -> C.area (Obj.magic 3 : C.shape)) "shape";
        binding_naming "block tag 5" (fun () -> C.area (Obj.obj (Obj.new_block 5 1) : C.shape)) "shape" );
    ( "invalid.null_out",
      fun () ->
        (* The out-parameters are the binding's own; what a caller can get wrong is a value out
           of the parameter's range. *)
        binding_naming "echo_u8 256" (fun () -> C.echo_u8 256) "x";
        binding_naming "echo_u8 -1" (fun () -> C.echo_u8 (-1)) "x";
        binding_naming "echo_i8 128" (fun () -> C.echo_i8 128) "x" );
    ( "invalid.released_on_early_failure",
      fun () ->
        let r0 = C.Polybind.live_callbacks () in
        let called = ref false in
        binding_naming "apply -1" (fun () -> C.apply (-1) (fun x -> called := true; x)) "x";
        let logger : C.logger = { log = (fun _ -> called := true); level = (fun () -> called := true; 1) } in
        invalid_argument "call_logger" (fun () -> C.call_logger logger "\xff");
        check (not !called) "no callback was called";
        roots_back "released" r0 );
    ( "invalid.misaligned_slice",
      fun () ->
        (* OCaml float arrays are word-aligned blocks of doubles; the binding hands them to the
           library in place, so an unaligned view cannot arise. Checked: a sub-array works. *)
        let a = Array.sub [| 9.0; 1.0; 2.0; 9.0 |] 1 2 in
        eq_float "sum_f64" (C.sum_f64 a) 3.0 );
    ( "invalid.null_function_pointer",
      fun () ->
        (* OCaml closures and records of closures are never NULL or partial (the type checker
           sees to it); every vtable entry the binding builds is a trampoline. Checked: an
           interface whose methods return defaults works. *)
        eq_int "call_logger" (C.call_logger { log = ignore; level = (fun () -> 0) } "x") 0 );
    ( "docs.items",
      fun () ->
        documented "library" "Reference library for the polybind conformance suite";
        documented "function" "Echoes an unsigned byte back to the caller";
        documented "constant" "The largest batch the library accepts";
        documented "callback interface" "Receives log lines; implemented by the foreign side" );
    ( "docs.members",
      fun () ->
        documented "field" "Horizontal coordinate, in metres";
        documented "variant" "The colour of grass";
        documented "method" "Reads the current value of the counter" );
    ( "docs.comment_terminator",
      fun () ->
        documented "packet" "must not end the C comment early";
        documented "packet" "Its fields have every alignment, so the C struct has padding" );
    ("layout.verify_interface", fun () -> eq "verify" (C.Polybind.verify ()) None);
    ( "layout.records",
      fun () ->
        List.iter layout_of
          [ "Point"; "Pixel"; "Packet"; "Styled"; "Marker"; "Line"; "Address"; "Person"; "Polygon"; "Team" ] );
    ( "layout.enums",
      fun () ->
        List.iter layout_of [ "Shape"; "Message"; "MathError"; "ParseError"; "AgeError" ];
        (* C-like enums cross as int32_t: every discriminant fits. *)
        List.iter (fun d -> check (d >= -2147483648 && d <= 2147483647) "fits int32")
          (List.map C.color_to_int [ C.Red; C.Green; C.Blue ] @ List.map C.level_to_int [ C.Low; C.Mid; C.High ]) );
    ( "layout.checksums",
      fun () ->
        let all = C.Polybind.checksums () in
        let get label =
          match Array.to_list all |> List.find_opt (fun (l, _, _) -> l = label) with
          | Some (_, lib, own) -> eq_i64 ("checksum of " ^ label) lib own; lib
          | None -> fail "no checksum for %s" label
        in
        let labels = [ "function echo_u8"; "function echo_u16"; "method Counter::get"; "record Point"; "object Counter"; "callback interface Logger" ] in
        let values = List.map get labels in
        check (List.for_all (fun v -> not (Int64.equal v 0L)) values) "non-zero";
        eq "same on every call" (List.map get labels) values;
        eq_int "all different" (List.length (List.sort_uniq compare values)) (List.length values) ) ]
