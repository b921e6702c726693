(* Objects: methods, constructors, release (explicit [close] or the GC), stale handles. *)

open Harness
module C = Conformance
module K = C.Counter

let live () = C.live_counters ()

let cases =
  [ ( "objects.methods",
      fun () ->
        let c = K.create 5L in
        eq_i64 "get" (K.get c) 5L;
        K.add c 10L;
        K.add c (-3L);
        eq_i64 "after adds" (K.get c) 12L;
        eq_str "describe" (K.describe c) "Counter(12)";
        K.close c;
        let d = K.create 1L in
        K.add d Int64.max_int;
        eq_i64 "wraps" (K.get d) Int64.min_int;
        K.close d;
        eq_int "version" (K.version ()) 3 );
    ( "objects.fallible",
      fun () ->
        let c = K.parse "12" in
        eq_i64 "parsed" (K.get c) 12L;
        K.close c;
        full_gc ();
        let before = live () in
        raises "empty" (fun () -> K.parse "") (function C.Parse_error (C.Empty, _) -> true | _ -> false);
        eq_i64 "no object" (live ()) before;
        let d = K.create 5L in
        raises "overflow" (fun () -> K.try_add d Int64.max_int)
          (function C.Math_error (C.Overflow { value = 5L }, _) -> true | _ -> false);
        eq_i64 "unchanged" (K.get d) 5L;
        eq_i64 "try_add 1" (K.try_add d 1L) 6L;
        K.close d );
    ( "objects.as_params",
      fun () ->
        let a = K.create 2L and b = K.create 40L in
        eq_i64 "total" (C.total a b) 42L;
        eq_i64 "total a a" (C.total a a) 4L;
        eq_i64 "sum_with" (K.sum_with a b) 42L;
        eq_i64 "sum_with a" (K.sum_with a a) 4L;
        K.close a;
        K.close b );
    ( "objects.returned",
      fun () ->
        let c = K.create 3L in
        let f = K.fork c in
        K.add f 10L;
        eq_i64 "original" (K.get c) 3L;
        eq_i64 "fork" (K.get f) 13L;
        let m = C.make_counter 7L in
        eq_i64 "make_counter" (K.get m) 7L;
        List.iter K.close [ c; f; m ] );
    ( "drop.live_count",
      fun () ->
        full_gc ();
        let before = live () in
        let a = K.create 1L in
        eq_i64 "+1" (live ()) (Int64.add before 1L);
        let b = K.create 2L in
        eq_i64 "+2" (live ()) (Int64.add before 2L);
        K.close a;
        eq_i64 "-1" (live ()) (Int64.add before 1L);
        K.close b;
        eq_i64 "back" (live ()) before;
        (* An object nobody closes is released by its GC finaliser. *)
        let () = ignore (Sys.opaque_identity (K.create 3L)) in
        full_gc ();
        eq_i64 "finalised" (live ()) before );
    ( "drop.forked",
      fun () ->
        full_gc ();
        let before = live () in
        let c = K.create 1L in
        let f = K.fork c and m = C.make_counter 2L in
        eq_i64 "three" (live ()) (Int64.add before 3L);
        K.close c;
        eq_i64 "fork lives" (K.get f) 1L;
        eq_i64 "two" (live ()) (Int64.add before 2L);
        K.close f;
        K.close m;
        eq_i64 "back" (live ()) before );
    ( "drop.failed_constructor",
      fun () ->
        full_gc ();
        let before = live () in
        raises "parse x" (fun () -> K.parse "x") (function C.Parse_error _ -> true | _ -> false);
        panic "from_sum" (fun () -> K.from_sum [| Int64.max_int; 1L |]);
        eq_i64 "unchanged" (live ()) before );
    ( "handles.use_after_free",
      fun () ->
        let c = K.create 1L in
        K.close c;
        invalid_handle "get" (fun () -> K.get c) );
    ( "handles.double_free",
      fun () ->
        full_gc ();
        let c = K.create 1L in
        let before = live () in
        K.close c;
        let after = live () in
        eq_i64 "released" after (Int64.sub before 1L);
        invalid_handle "close again" (fun () -> K.close c);
        eq_i64 "unchanged" (live ()) after );
    ( "handles.null_and_forged",
      fun () ->
        List.iter
          (fun h ->
            let ghost = K.of_raw_handle h in
            invalid_handle "get" (fun () -> K.get ghost);
            invalid_handle "release" (fun () -> K.close (K.of_raw_handle h)))
          [ 0L; -1L; 0x1234L ] );
    ( "handles.wrong_type",
      fun () ->
        let src = C.EventSource.create () in
        let ghost = K.of_raw_handle (C.EventSource.raw_handle src) in
        invalid_handle "get" (fun () -> K.get ghost);
        eq_int "still works" (C.EventSource.listener_count src) 0;
        C.EventSource.close src );
    ( "handles.reused_slot",
      fun () ->
        let c1 = K.create 1L in
        let raw = K.raw_handle c1 in
        K.close c1;
        let c2 = K.create 2L in
        (* The old handle itself (its slot is reused, its generation is not), not the closed
           object, whose handle the binding zeroed. *)
        let c1 = K.of_raw_handle raw in
        invalid_handle "c1" (fun () -> K.get c1);
        eq_i64 "c2" (K.get c2) 2L;
        invalid_handle "total" (fun () -> C.total c2 c1);
        invalid_handle "sum_with" (fun () -> K.sum_with c2 c1);
        K.close c2 ) ]
