(* Results and errors, records, nested records, C-like and data-carrying enums. *)

open Harness
module C = Conformance

let math what f expected msg =
  raises what f (function C.Math_error (e, m) -> e = expected && m = msg | _ -> false)

let parse what f pred = raises what f (function C.Parse_error (e, m) -> pred e m | _ -> false)

let age what f expected msg =
  raises what f (function C.Age_error (e, m) -> e = expected && m = msg | _ -> false)

let pt x y : C.point = { x; y }

let person ?(email = None) name age tags street city zip : C.person =
  { name; age; tags; address = { street; city; zip }; email }

let cases =
  [ ( "results.ok_and_err",
      fun () ->
        eq_i64 "7 / 2" (C.checked_div 7L 2L) 3L;
        math "1 / 0" (fun () -> C.checked_div 1L 0L) C.DivideByZero "division by zero" );
    ( "results.unit",
      fun () ->
        C.check_age 30;
        raises "10" (fun () -> C.check_age 10) (function C.Age_error (C.TooYoung, _) -> true | _ -> false);
        raises "200" (fun () -> C.check_age 200) (function C.Age_error (C.TooOld, _) -> true | _ -> false) );
    ( "results.string",
      fun () ->
        eq_str "Bo 40" (C.greet_adult "Bo" 40) "Welcome, Bo.";
        raises "Bo 3" (fun () -> C.greet_adult "Bo" 3) (function C.Age_error (C.TooYoung, _) -> true | _ -> false) );
    ( "results.typed_values",
      fun () ->
        eq "GREEN" (C.parse_color "GREEN") C.Green;
        eq "1.5,2" (C.parse_point "1.5,2") (pt 1.5 2.0);
        eq "1,2,3" (C.parse_list "1,2,3") [| 1; 2; 3 |] );
    ( "results.option_and_object",
      fun () ->
        eq "4,5 1" (C.nth_item "4,5" 1) (Some 5);
        eq "4,5 2" (C.nth_item "4,5" 2) None;
        parse "empty" (fun () -> C.nth_item "" 0) (fun e _ -> e = C.Empty);
        let c = C.counter_from_str "42" in
        eq_i64 "get" (C.Counter.get c) 42L;
        C.Counter.close c;
        parse "x" (fun () -> C.counter_from_str "x") (fun e _ -> match e with C.InvalidNumber _ -> true | _ -> false) );
    ( "errors.unit_variant",
      fun () -> math "1 / 0" (fun () -> C.checked_div 1L 0L) C.DivideByZero "division by zero" );
    ( "errors.struct_variant",
      fun () ->
        math "max + 1" (fun () -> C.checked_add Int64.max_int 1L) (C.Overflow { value = Int64.max_int })
          "overflow at 9223372036854775807" );
    ( "errors.tuple_variants",
      fun () ->
        math "7 / 2" (fun () -> C.divide_exact 7L 2L) (C.NotExact 1L) "not exact: remainder 1";
        parse "1,x,3" (fun () -> C.parse_list "1,x,3")
          (fun e m -> e = C.InvalidNumber ("x", 1) && m = "invalid number 'x' at 1") );
    ( "errors.owned_payload",
      fun () ->
        let before = C.Polybind.live_allocations () in
        parse "purple" (fun () -> C.parse_color "purple")
          (fun e m -> e = C.UnknownName { name = "purple" } && m = "unknown color: purple");
        eq_int "released" (C.Polybind.live_allocations ()) before );
    ( "errors.c_like",
      fun () ->
        age "151" (fun () -> C.check_age 151) C.TooOld "too old";
        age "5" (fun () -> C.check_age 5) C.TooYoung "too young" );
    ( "records.point",
      fun () ->
        eq "echo_point" (C.echo_point (pt 1.5 (-2.0))) (pt 1.5 (-2.0));
        eq_float "distance" (C.distance (pt 0.0 0.0) (pt 3.0 4.0)) 5.0 );
    ( "records.padded",
      fun () ->
        let p : C.packet =
          { flag = true; id = -1L; kind = 255; value = -32768; ratio = 0.25; size = -1n; offset = Nativeint.min_int }
        in
        eq "echo_packet" (C.echo_packet p) p;
        let q : C.packet = { flag = false; id = -1L; kind = 200; value = -2; ratio = 0.5; size = 7n; offset = -7n } in
        eq "bump_packet" (C.bump_packet q)
          ({ flag = true; id = 0L; kind = 144; value = -2; ratio = 0.5; size = 7n; offset = -7n } : C.packet) );
    ( "records.enum_fields",
      fun () ->
        let s : C.styled = { color = C.Blue; level = C.Low; shape = C.Rect (2.0, 3.0) } in
        eq "echo_styled" (C.echo_styled s) s );
    ( "records.string_field",
      fun () ->
        let m = C.make_marker "home" (Some (pt 1.5 (-2.0))) in
        eq "make_marker" m ({ label = "home"; position = Some (pt 1.5 (-2.0)) } : C.marker);
        eq_str "describe" (C.describe_marker m) "home at (1.5, -2)";
        eq_str "lost" (C.describe_marker { label = "lost"; position = None }) "lost nowhere" );
    ( "nested.line",
      fun () ->
        let l : C.line = { start = pt 1.0 1.0; end_ = pt 4.0 5.0 } in
        eq_float "line_length" (C.line_length l) 5.0;
        eq "reverse_line" (C.reverse_line l) ({ start = pt 4.0 5.0; end_ = pt 1.0 1.0 } : C.line) );
    ( "nested.person_out",
      fun () ->
        eq "make_person" (C.make_person "Ann" 33)
          (person "Ann" 33 [| "new" |] "1 Main St" "Springfield" 12345) );
    ( "nested.person_in",
      fun () ->
        let p = person ~email:(Some "z@x.org") "Zo\xc3\xab" 41 [| "a"; "b" |] "2 High St" "Paris" 75001 in
        eq_str "describe_person" (C.describe_person p) "Zo\xc3\xab (41) from Paris, tags: a,b, email: z@x.org" );
    ( "nested.round_trip",
      fun () ->
        let p = person "Ann" 33 [| "x" |] "s" "Lyon" 1 in
        let q = C.birthday p in
        eq "birthday" q { p with age = 34; tags = [| "x"; "birthday" |] };
        eq "input unchanged" p (person "Ann" 33 [| "x" |] "s" "Lyon" 1) );
    ( "nested.deep",
      fun () ->
        let sq = C.make_square "sq" 2.5 in
        eq "square" sq ({ name = "sq"; points = [| pt 0.0 0.0; pt 2.5 0.0; pt 2.5 2.5; pt 0.0 2.5 |] } : C.polygon);
        eq_float "perimeter" (C.perimeter sq) 10.0;
        let t = C.make_team "red" 3 in
        eq "members" (Array.map (fun (p : C.person) -> (p.name, p.age)) t.members)
          [| ("red-1", 20); ("red-2", 21); ("red-3", 22) |];
        eq "lead" (Option.map (fun (p : C.person) -> p.name) t.lead) (Some "red-1");
        eq "oldest" (C.oldest_member t) (Some "red-3");
        let none = C.make_team "none" 0 in
        eq_int "no members" (Array.length none.members) 0;
        check (none.lead = None) "no lead" );
    ( "c_enums.values",
      fun () ->
        eq "values" (List.map C.color_to_int [ C.Red; C.Green; C.Blue ]) [ 0; 5; 6 ];
        eq "of_int" (C.color_of_int 5) (Some C.Green) );
    ( "c_enums.round_trip",
      fun () ->
        List.iter (fun c -> eq "echo" (C.echo_color c) c) [ C.Red; C.Green; C.Blue ];
        eq "next" (List.map C.next_color [ C.Red; C.Green; C.Blue ]) [ C.Green; C.Blue; C.Red ];
        eq_str "color_name" (C.color_name C.Green) "green" );
    ( "c_enums.negative",
      fun () ->
        eq "values" (List.map C.level_to_int [ C.Low; C.Mid; C.High ]) [ -1; 0; 100 ];
        eq "echo_level" (C.echo_level C.Low) C.Low;
        eq_int "Low" (C.level_value C.Low) (-1);
        eq_int "High" (C.level_value C.High) 100 );
    ( "data_enums.tags_and_area",
      fun () ->
        (* The tags are the binding's business; the variants and their payloads are what OCaml sees. *)
        eq_float "circle" (C.area (C.Circle { radius = 2.0 })) (4.0 *. Float.pi);
        eq_float "rect" (C.area (C.Rect (2.0, 3.0))) 6.0;
        eq_float "empty" (C.area C.Empty) 0.0 );
    ( "data_enums.returned",
      fun () ->
        eq "make_circle" (C.make_circle 1.5) (C.Circle { radius = 1.5 });
        eq "scale rect" (C.scale_shape (C.Rect (2.0, 3.0)) 2.0) (C.Rect (4.0, 6.0));
        eq "scale empty" (C.scale_shape C.Empty 2.0) C.Empty;
        eq "shapes" (C.shapes ()) [| C.Circle { radius = 1.0 }; C.Rect (2.0, 3.0); C.Empty |] );
    ( "data_enums.owned_payload",
      fun () ->
        let before = C.Polybind.live_allocations () in
        eq "text" (C.make_text_message "hi") (C.Text "hi");
        eq "batch" (C.make_batch 4) (C.Batch [| 0; 1; 2; 3 |]);
        eq_int "released" (C.Polybind.live_allocations ()) before );
    ( "data_enums.param",
      fun () ->
        eq_str "text" (C.describe_message (C.Text "yo")) "text: yo";
        eq_str "move" (C.describe_message (C.Move { x = -1; y = 2 })) "move: -1,2";
        eq_str "batch" (C.describe_message (C.Batch [| 1; 2 |])) "batch: 2 items";
        eq_str "quit" (C.describe_message C.Quit) "quit" ) ]
