(* Numbers, booleans, strings, slices, vectors, options and constants. *)

open Harness
module C = Conformance

let u64_max = -1L (* 18446744073709551615: an int64 with every bit set *)

let cases =
  [ ( "primitives.unsigned_extremes",
      fun () ->
        List.iter (fun (f, v, w) -> eq_int w (f v) v)
          [ (C.echo_u8, 0, "u8 0"); (C.echo_u8, 255, "u8 max"); (C.echo_u16, 0, "u16 0");
            (C.echo_u16, 65535, "u16 max"); (C.echo_u32, 0, "u32 0"); (C.echo_u32, 4294967295, "u32 max") ];
        eq_i64 "u64 0" (C.echo_u64 0L) 0L;
        eq_i64 "u64 max" (C.echo_u64 u64_max) u64_max;
        eq_str "u64 max as unsigned" (Printf.sprintf "%Lu" (C.echo_u64 u64_max)) "18446744073709551615" );
    ( "primitives.signed_extremes",
      fun () ->
        List.iter (fun (f, v, w) -> eq_int w (f v) v)
          [ (C.echo_i8, -128, "i8 min"); (C.echo_i8, -1, "i8 -1"); (C.echo_i8, 127, "i8 max");
            (C.echo_i16, -32768, "i16 min"); (C.echo_i16, -1, "i16 -1"); (C.echo_i16, 32767, "i16 max");
            (C.echo_i32, -2147483648, "i32 min"); (C.echo_i32, -1, "i32 -1"); (C.echo_i32, 2147483647, "i32 max") ];
        List.iter (fun v -> eq_i64 "i64" (C.echo_i64 v) v) [ Int64.min_int; -1L; Int64.max_int ] );
    ( "primitives.pointer_sized",
      fun () ->
        eq_nat "usize_max" (C.usize_max ()) (-1n);
        eq_str "usize_max unsigned" (Printf.sprintf "%nu" (C.usize_max ())) "18446744073709551615";
        eq_nat "isize_min" (C.isize_min ()) Nativeint.min_int;
        eq_nat "echo_usize" (C.echo_usize (-1n)) (-1n);
        eq_nat "echo_isize min" (C.echo_isize Nativeint.min_int) Nativeint.min_int;
        eq_nat "echo_isize max" (C.echo_isize Nativeint.max_int) Nativeint.max_int );
    ( "primitives.arithmetic",
      fun () ->
        eq_i64 "wrapping_add_u64" (C.wrapping_add_u64 u64_max 2L) 1L;
        eq_int "wrapping_neg_i8 -128" (C.wrapping_neg_i8 (-128)) (-128);
        eq_int "wrapping_neg_i8 5" (C.wrapping_neg_i8 5) (-5);
        eq_float "mix"
          (C.mix 200 (-300) 4000000000 (-5000000000L) 0.5 0.25 true 65535 (-128) 1099511627776L)
          1098511693084.75 );
    ( "primitives.float_extremes",
      fun () ->
        let f32_max = Int32.float_of_bits 0x7f7fffffl in
        List.iter (fun v -> eq_float "echo_f32" (C.echo_f32 v) v)
          [ 1.5; f32_max; -.f32_max; Int32.float_of_bits 0x00800000l; Int32.float_of_bits 1l ];
        eq_float "f32 subnormal is 2^-149" (Int32.float_of_bits 1l) (ldexp 1.0 (-149));
        List.iter (fun v -> eq_float "echo_f64" (C.echo_f64 v) v)
          [ max_float; min_float; Int64.float_of_bits 1L ] );
    ( "primitives.nan",
      fun () ->
        check (Float.is_nan (C.echo_f64 nan)) "echo_f64 NaN";
        check (Float.is_nan (C.echo_f32 nan)) "echo_f32 NaN";
        eq_bool "is_nan NaN" (C.is_nan nan) true;
        eq_bool "is_nan 1" (C.is_nan 1.0) false;
        let x = C.f64_from_bits 0x7ff8000000000001L in
        eq_i64 "payload" (Int64.bits_of_float x) 0x7ff8000000000001L;
        eq_i64 "f64_to_bits" (C.f64_to_bits x) 0x7ff8000000000001L;
        eq_int "f32_to_bits 1" (C.f32_to_bits 1.0) 0x3f800000 );
    ( "primitives.infinity",
      fun () ->
        List.iter (fun v -> eq_float "echo_f64" (C.echo_f64 v) v; eq_float "echo_f32" (C.echo_f32 v) v)
          [ infinity; neg_infinity ];
        eq_float "infinity_f32" (C.infinity_f32 ()) infinity );
    ( "primitives.negative_zero",
      fun () ->
        eq_float "echo_f64" (C.echo_f64 (-0.0)) (-0.0);
        eq_float "echo_f32" (C.echo_f32 (-0.0)) (-0.0);
        eq_bool "is_negative_zero -0" (C.is_negative_zero (-0.0)) true;
        eq_bool "is_negative_zero 0" (C.is_negative_zero 0.0) false;
        eq_i64 "f64_to_bits -2" (C.f64_to_bits (-2.0)) 0xc000000000000000L );
    ( "primitives.bool_values",
      fun () ->
        eq_bool "echo true" (C.echo_bool true) true;
        eq_bool "echo false" (C.echo_bool false) false;
        eq_bool "invert true" (C.invert true) false;
        eq_bool "invert false" (C.invert false) true );
    ( "primitives.bool_slice",
      fun () ->
        eq_bool "all true" (C.all_true [| true; true |]) true;
        eq_bool "one false" (C.all_true [| true; false; true |]) false;
        eq_bool "empty" (C.all_true [||]) true );
    ( "strings.char_counts",
      fun () ->
        List.iter
          (fun (s, chars, bytes) ->
            eq_nat ("count_chars " ^ s) (C.count_chars s) chars;
            eq_nat ("byte_len " ^ s) (C.byte_len s) bytes)
          [ ("hello", 5n, 5n); ("h\xc3\xa9llo", 5n, 6n); ("\xf0\x9f\x91\x8b\xf0\x9f\x8c\x8d", 2n, 8n) ];
        eq_nat "1 MiB" (C.count_chars (String.make 1048576 'x')) 1048576n );
    ( "strings.not_nul_terminated",
      fun () ->
        (* OCaml strings carry their length: a sub-string is a view of the first 5 bytes. *)
        let s = String.sub "hello world" 0 5 in
        eq_nat "count_chars" (C.count_chars s) 5n;
        eq_str "greet" (C.greet s) "Hello, hello!" );
    ( "strings.interior_nul_in",
      fun () ->
        eq_nat "byte_len" (C.byte_len "a\000b") 3n;
        eq_nat "count_chars" (C.count_chars "a\000b") 3n );
    ( "strings.empty_in",
      fun () ->
        eq_nat "count_chars" (C.count_chars "") 0n;
        eq_str "greet" (C.greet "") "Hello, !" );
    ( "strings.owned_param",
      fun () ->
        let s = "stra\xc3\x9fe" in
        eq_str "to_upper" (C.to_upper s) "STRASSE";
        eq_str "unchanged" s "stra\xc3\x9fe";
        eq_str "concat" (C.concat "foo" "bar") "foobar" );
    ( "strings.greet_and_free",
      fun () ->
        (* The binding copies the owned string into an OCaml string and releases it at once;
           the run's final allocation count proves it. *)
        let before = C.Polybind.live_allocations () in
        let s = C.greet "Zo\xc3\xab" in
        eq_str "greet" s "Hello, Zo\xc3\xab!";
        eq_int "12 bytes" (String.length s) 12;
        eq_int "released" (C.Polybind.live_allocations ()) before );
    ( "strings.empty_out",
      fun () ->
        let before = C.Polybind.live_allocations () in
        eq_str "empty_string" (C.empty_string ()) "";
        eq_int "released" (C.Polybind.live_allocations ()) before );
    ( "strings.large_out",
      fun () ->
        let s = C.repeat_str "ab" 100000 in
        eq_int "length" (String.length s) 200000;
        check (String.for_all (fun c -> c = 'a' || c = 'b') s) "only a and b";
        check (s.[0] = 'a' && s.[1] = 'b' && s.[199999] = 'b') "alternating" );
    ( "strings.bytes_out",
      fun () ->
        eq_str "echo_string" (C.echo_string "a\000b") "a\000b";
        eq_str "reverse" (C.reverse "a\xc3\xb1b") "b\xc3\xb1a" );
    ( "slices.sum_f64",
      fun () ->
        let a = [| 1.5; 2.25; -0.75 |] and b = [| -5L; Int64.max_int; 0L |] in
        eq_float "sum_f64" (C.sum_f64 a) 3.0;
        eq_i64 "max_i64" (C.max_i64 b) Int64.max_int;
        eq "unchanged" a [| 1.5; 2.25; -0.75 |];
        eq "unchanged" b [| -5L; Int64.max_int; 0L |] );
    ( "slices.empty",
      fun () ->
        check (C.sum_f64 [||] = 0.0) "sum_f64 [] is 0 (either sign)";
        eq_i64 "max_i64" (C.max_i64 [||]) Int64.min_int;
        C.fill [||] 9 );
    ( "slices.large",
      fun () -> eq_i64 "sum_u8" (C.sum_u8 (Bytes.make 1000000 '\255')) 255000000L );
    ( "slices.records",
      fun () ->
        let p x y : C.point = { x; y } in
        eq_float "sum_x" (C.sum_x [| p 1.0 9.0; p 2.0 9.0; p 3.5 9.0 |]) 6.5;
        let person name age : C.person =
          { name; age; tags = [||]; address = { street = "s"; city = "c"; zip = 1 }; email = None }
        in
        eq_int "total_age" (C.total_age [| person "a" 30; person "b" 12 |]) 42 );
    ( "mut_slices.fill_subrange",
      fun () ->
        let a = [| 1; 2; 3; 4 |] in
        C.fill a 7;
        eq "fill" a [| 7; 7; 7; 7 |];
        (* OCaml arrays have no views: the sub-range is copied out, filled and blitted back. *)
        let b = [| 0; 1; 2; 3; 4; 5 |] in
        let sub = Array.sub b 2 3 in
        C.fill sub 9;
        Array.blit sub 0 b 2 3;
        eq "fill 2..5" b [| 0; 1; 9; 9; 9; 5 |] );
    ( "mut_slices.reverse_i64",
      fun () ->
        let a = [| Int64.min_int; 0L; Int64.max_int |] in
        C.reverse_i64 a;
        eq "reversed" a [| Int64.max_int; 0L; Int64.min_int |] );
    ( "mut_slices.records_and_f32",
      fun () ->
        let pts : C.point array = [| { x = 1.0; y = -2.0 }; { x = 0.5; y = 4.0 } |] in
        C.scale_points pts 3.0;
        eq "scaled" pts [| { x = 3.0; y = -6.0 }; { x = 1.5; y = 12.0 } |];
        let f = [| 1.5; -0.25 |] in
        C.double_f32 f;
        eq "doubled" f [| 3.0; -0.5 |] );
    ( "mut_slices.pixels",
      fun () ->
        let px : C.pixel array = [| { r = 250; g = 0; b = 10; a = 7 }; { r = 1; g = 2; b = 3; a = 4 } |] in
        C.brighten px 10;
        eq "brightened" px [| { r = 255; g = 10; b = 20; a = 7 }; { r = 11; g = 12; b = 13; a = 4 } |] );
    ( "vecs.u32_and_free",
      fun () ->
        let before = C.Polybind.live_allocations () in
        eq "make_vec_u32" (C.make_vec_u32 5) [| 0; 1; 2; 3; 4 |];
        eq_int "released" (C.Polybind.live_allocations ()) before );
    ( "vecs.empty_and_large",
      fun () ->
        eq "empty" (C.make_vec_u32 0) [||];
        let v = C.make_vec_u32 1000000 in
        eq_int "length" (Array.length v) 1000000;
        Array.iteri (fun i x -> if x <> i then fail "element %d is %d" i x) v );
    ( "vecs.strings",
      fun () ->
        let before = C.Polybind.live_allocations () in
        eq "split_words" (C.split_words " a bb  ccc ") [| "a"; "bb"; "ccc" |];
        eq_int "released" (C.Polybind.live_allocations ()) before );
    ( "vecs.records",
      fun () ->
        eq "diagonal" (C.points_on_diagonal 3)
          ([| { x = 0.0; y = 0.0 }; { x = 1.0; y = 1.0 }; { x = 2.0; y = 2.0 } |] : C.point array);
        let people = C.make_people 3 in
        eq_int "3 people" (Array.length people) 3;
        let p = people.(2) in
        eq_str "name" p.name "p2";
        eq_int "age" p.age 2;
        eq "tags" p.tags [| "t0"; "t1" |];
        eq_str "city" p.address.city "Springfield" );
    ( "vecs.bools_bytes_enums",
      fun () ->
        eq "parity" (C.parity [| 1; 2; 3; 4 |]) [| false; true; false; true |];
        eq "bytes_of" (C.bytes_of "h\xc3\xa9") (Bytes.of_string "\x68\xc3\xa9");
        eq "all_colors" (C.all_colors ()) [| C.Red; C.Green; C.Blue |] );
    ( "vecs.params",
      fun () ->
        let a = [| 3; -1; 2 |] in
        eq "sorted" (C.sorted_i32 a) [| -1; 2; 3 |];
        eq "unchanged" a [| 3; -1; 2 |];
        eq_float "sum_y" (C.sum_y [| { x = 0.0; y = 1.5 }; { x = 0.0; y = 2.0 } |]) 3.5;
        eq_int "count_blue" (C.count_blue [| C.Blue; C.Red; C.Blue |]) 2 );
    ( "vecs.string_param",
      fun () ->
        eq_str "join" (C.join [| "a"; "b"; "c" |] "-") "a-b-c";
        eq_str "join []" (C.join [||] "-") "" );
    ( "options.number",
      fun () ->
        eq "maybe_half -8" (C.maybe_half (-8)) (Some (-4));
        eq "maybe_half 7" (C.maybe_half 7) None );
    ( "options.string",
      fun () ->
        eq "first_word" (C.first_word "  hello world") (Some "hello");
        eq "blank" (C.first_word "   ") None );
    ( "options.params",
      fun () ->
        eq_int "Some 3" (C.unwrap_or (Some 3) 9) 3;
        eq_int "None" (C.unwrap_or None 9) 9;
        eq_str "greet_opt Bo" (C.greet_opt (Some "Bo")) "Hello, Bo!";
        eq_str "greet_opt None" (C.greet_opt None) "Hello, stranger!" );
    ( "options.vec",
      fun () ->
        eq "907" (C.digits "907") (Some [| 9; 0; 7 |]);
        eq "9a" (C.digits "9a") None;
        eq "empty" (C.digits "") (Some [||]) );
    ( "options.enum_and_float",
      fun () ->
        eq "color 1" (C.color_from_index 1) (Some C.Green);
        eq "color 3" (C.color_from_index 3) None;
        eq "2.5" (C.parse_f64 " 2.5 ") (Some 2.5);
        eq "x" (C.parse_f64 "x") None );
    ( "options.record",
      fun () ->
        eq "centroid" (C.centroid [| { x = 0.0; y = 0.0 }; { x = 2.0; y = 4.0 } |])
          (Some ({ x = 1.0; y = 2.0 } : C.point));
        eq "centroid []" (C.centroid [||]) None;
        eq "negate" (C.negate_point (Some { x = 1.0; y = -2.0 })) (Some ({ x = -1.0; y = 2.0 } : C.point));
        eq "negate None" (C.negate_point None) None );
    ( "constants.integers",
      fun () ->
        eq_int "MAX_ITEMS" C.Constants.max_items 10;
        eq_int "max_items ()" (C.max_items ()) C.Constants.max_items;
        eq_int "MASK" C.Constants.mask 0xDEADBEEF;
        eq_nat "PAGE_SIZE" C.Constants.page_size 4096n;
        eq_nat "OFFSET" C.Constants.offset (-4096n) );
    ( "constants.extremes",
      fun () ->
        let module K = C.Constants in
        eq_int "i8" K.smallest_i8 (-128);
        eq_int "i16" K.smallest_i16 (-32768);
        eq_int "i32" K.smallest_i32 (-2147483648);
        eq_i64 "i64" K.smallest_i64 Int64.min_int;
        eq_int "u8" K.largest_u8 255;
        eq_int "u16" K.largest_u16 65535;
        eq_int "u32" K.largest_u32 4294967295;
        eq_str "u64" (Printf.sprintf "%Lu" K.largest_u64) "18446744073709551615";
        eq_i64 "i64 max" K.largest_i64 Int64.max_int );
    ( "constants.floats_bools",
      fun () ->
        eq_float "GRAVITY" C.Constants.gravity 9.80665;
        eq_float "ABSOLUTE_ZERO" C.Constants.absolute_zero (-273.15);
        eq_float "TINY" C.Constants.tiny 1e-300;
        eq_float "RATIO" C.Constants.ratio 0.25;
        eq_bool "ENABLED" C.Constants.enabled true;
        eq_bool "DISABLED" C.Constants.disabled false );
    ( "constants.strings",
      fun () ->
        eq_str "GREETING" C.Constants.greeting "Hello, polybind!";
        let t = "tab\tquote\"backslash\\newline\nunicode \xc3\xa9 */ end" in
        eq_int "45 bytes" (String.length C.Constants.tricky) 45;
        eq_str "TRICKY" C.Constants.tricky t;
        eq_str "tricky ()" (C.tricky ()) t ) ]
