(* Closures (borrowed, retained, once), failing callbacks and callback interfaces. A borrowed
   closure is passed as the stub's own GC root and needs no release; a retained closure or an
   interface is a generational global root the library releases: [Polybind.live_callbacks]
   counts those still held, so "released once" is "back to where it was" (a second release
   would make it drop below). *)

open Harness
module C = Conformance
module E = C.EventSource

exception Refused

let cases =
  [ ( "callbacks.apply",
      fun () ->
        let r0 = C.Polybind.live_callbacks () in
        let note, seen = recorder () in
        eq_int "apply" (C.apply 41 (fun x -> note x; x + 1)) 42;
        eq "called once with 41" (seen ()) [ 41 ];
        roots_back "apply" r0 );
    ( "callbacks.several_calls",
      fun () ->
        let note, seen = recorder () in
        eq_int "apply_twice" (C.apply_twice 2 (fun x -> note x; x * 10)) 200;
        eq "two calls" (seen ()) [ 2; 20 ];
        let note, seen = recorder () in
        eq "map_u32" (C.map_u32 [| 1; 2; 3 |] (fun x -> note x; x * x)) [| 1; 4; 9 |];
        eq "in order" (seen ()) [ 1; 2; 3 ];
        let note, seen = recorder () in
        eq_int "fold_i32" (C.fold_i32 [| 1; 2; 3 |] 10 (fun a v -> note (a, v); a - v)) 4;
        eq "fold calls" (seen ()) [ (10, 1); (9, 2); (7, 3) ] );
    ( "callbacks.str_arg",
      fun () ->
        let note, seen = recorder () in
        eq_int "for_each_word" (C.for_each_word " alpha  \xce\xb2eta " (fun w i -> note (w, i))) 2;
        eq "words" (seen ()) [ ("alpha", 0); ("\xce\xb2eta", 1) ] );
    ( "callbacks.no_args",
      fun () ->
        let n = ref 0 in
        C.call_n_times 4 (fun () -> incr n);
        eq_int "4 calls" !n 4;
        C.call_n_times 0 (fun () -> incr n);
        eq_int "no call" !n 4 );
    ( "callbacks.record_and_enum_args",
      fun () ->
        eq_float "measure"
          (C.measure [| { x = 1.0; y = 2.0 }; { x = 3.0; y = 4.0 } |] (fun (p : C.point) -> p.x *. p.y))
          14.0;
        let note, seen = recorder () in
        eq "recolor" (C.recolor C.Red (fun c -> note c; C.Blue)) C.Blue;
        eq "saw Red" (seen ()) [ C.Red ];
        let note, seen = recorder () in
        eq_int "count_shapes" (C.count_shapes (fun s -> note s; match s with C.Rect _ -> true | _ -> false)) 1;
        eq "shapes seen" (seen ()) [ C.Circle { radius = 1.0 }; C.Rect (2.0, 3.0); C.Empty ] );
    ( "callbacks.owned_record_arg",
      fun () ->
        let p : C.person =
          { name = "Ann"; age = 33; tags = [| "a"; "b" |]; address = { street = "s"; city = "Oslo"; zip = 1 }; email = None }
        in
        let note, seen = recorder () in
        let r = C.inspect_person p (fun (q : C.person) -> note (q.name, q.tags, q.address.city); q.age + Array.length q.tags) in
        eq_int "inspect_person" r 35;
        eq "saw" (seen ()) [ ("Ann", [| "a"; "b" |], "Oslo") ] );
    ( "callbacks.reentrant",
      fun () -> eq_int "apply echo" (C.apply 5 (fun x -> C.echo_u32 (x * 2))) 10 );
    ( "retained.subscribe_emit",
      fun () ->
        let r0 = C.Polybind.live_callbacks () in
        let src = E.create () in
        let note, seen = recorder () in
        eq_int "subscribe" (E.subscribe src note) 1;
        eq_int "kept" (C.Polybind.live_callbacks ()) (r0 + 1);
        eq_int "emit" (E.emit src 7L) 1;
        eq "received" (seen ()) [ 7L ];
        E.close src;
        roots_back "close" r0 );
    ( "retained.multiple",
      fun () ->
        let r0 = C.Polybind.live_callbacks () in
        let src = E.create () in
        let log = ref [] in
        eq_int "first" (E.subscribe src (fun v -> log := ("a", v) :: !log)) 1;
        eq_int "second" (E.subscribe src (fun v -> log := ("b", v) :: !log)) 2;
        eq_int "emit" (E.emit src 3L) 2;
        eq "order" (List.rev !log) [ ("a", 3L); ("b", 3L) ];
        ignore (E.emit src 4L);
        eq_i64 "emitted" (E.emitted src) 2L;
        E.close src;
        roots_back "close" r0 );
    ( "retained.clear",
      fun () ->
        let r0 = C.Polybind.live_callbacks () in
        let src = E.create () in
        let n = ref 0 in
        ignore (E.subscribe src (fun _ -> incr n));
        ignore (E.subscribe src (fun _ -> incr n));
        eq_int "clear" (E.clear src) 2;
        roots_back "cleared" r0;
        eq_int "count" (E.listener_count src) 0;
        eq_int "emit" (E.emit src 1L) 0;
        eq_int "nobody called" !n 0;
        E.close src );
    ( "retained.threads",
      fun () ->
        let r0 = C.Polybind.live_callbacks () in
        let src = E.create () in
        let got = ref [] and me = Thread.id (Thread.self ()) in
        let other = ref false in
        ignore (E.subscribe src (fun v -> got := v :: !got; other := Thread.id (Thread.self ()) <> me));
        eq_int "emit_from_thread" (E.emit_from_thread src 9L) 1;
        eq "received" !got [ 9L ];
        check !other "called from another thread";
        eq_int "clear_on_thread" (E.clear_on_thread src) 1;
        roots_back "released from a thread" r0;
        E.close src );
    ( "retained.reentrant",
      fun () ->
        let src = E.create () in
        let seen = ref (-1) in
        ignore (E.subscribe src (fun _ -> seen := E.listener_count src));
        ignore (E.emit src 1L);
        eq_int "listener_count inside" !seen 1;
        E.close src );
    ( "once.called_once",
      fun () ->
        let n = ref 0 in
        eq_int "apply_once" (C.apply_once 4 (fun x -> incr n; x + 1)) 5;
        eq_int "once" !n 1 );
    ( "once.not_called",
      fun () ->
        let n = ref 0 in
        eq_int "false" (C.maybe_apply_once false 4 (fun x -> incr n; x + 1)) 4;
        eq_int "never called" !n 0;
        eq_int "true" (C.maybe_apply_once true 4 (fun x -> x + 1)) 5 );
    ( "once.on_drop",
      fun () ->
        let r0 = C.Polybind.live_callbacks () in
        let c = C.Counter.create 1L in
        let f1 = ref [] and f2 = ref [] in
        C.Counter.set_on_drop c (fun v -> f1 := v :: !f1);
        eq_int "kept" (C.Polybind.live_callbacks ()) (r0 + 1);
        C.Counter.set_on_drop c (fun v -> f2 := v :: !f2);
        eq_int "f1 released" (C.Polybind.live_callbacks ()) (r0 + 1);
        eq "f1 never called" !f1 [];
        C.Counter.add c 6L;
        eq "nothing yet" !f2 [];
        C.Counter.close c;
        eq "f2 called once with the final value" !f2 [ 7L ];
        roots_back "released" r0 );
    ( "callback_failure.status",
      fun () ->
        (* Failing is raising: any exception the closure raises is a non-zero status. *)
        let n = ref 0 in
        callback_failed "apply" (fun () -> C.apply 1 (fun _ -> incr n; raise Refused));
        eq_int "called once" !n 1;
        callback_failed "apply failwith" (fun () -> C.apply 1 (fun _ -> failwith "-7")) );
    ( "callback_failure.partial_vec",
      fun () ->
        let before = C.Polybind.live_allocations () in
        let n = ref 0 in
        callback_failed "map_u32" (fun () ->
            C.map_u32 [| 1; 2; 3; 4 |] (fun x -> incr n; if !n = 3 then raise Refused else x));
        eq_int "3 calls" !n 3;
        eq_int "nothing leaked" (C.Polybind.live_allocations ()) before );
    ( "callback_failure.once_and_no_return",
      fun () ->
        callback_failed "apply_once" (fun () -> C.apply_once 1 (fun _ -> raise Refused));
        let n = ref 0 in
        callback_failed "call_n_times" (fun () -> C.call_n_times 5 (fun () -> incr n; if !n = 2 then raise Refused));
        eq_int "stopped at the second call" !n 2 );
    ( "callback_failure.retained",
      fun () ->
        let r0 = C.Polybind.live_callbacks () in
        let src = E.create () in
        ignore (E.subscribe src (fun _ -> raise Refused));
        callback_failed "emit" (fun () -> E.emit src 1L);
        callback_failed "emit_from_thread" (fun () -> E.emit_from_thread src 1L);
        eq_int "still usable" (E.listener_count src) 1;
        E.close src;
        roots_back "released" r0 );
    ( "callback_failure.interface",
      fun () ->
        let r0 = C.Polybind.live_callbacks () in
        let logger : C.logger = { log = (fun _ -> raise Refused); level = (fun () -> 1) } in
        callback_failed "call_logger" (fun () -> C.call_logger logger "x");
        roots_back "released" r0 );
    ( "interfaces.borrowed",
      fun () ->
        let r0 = C.Polybind.live_callbacks () in
        let note, seen = recorder () in
        let logger : C.logger = { log = note; level = (fun () -> 3) } in
        eq_int "call_logger" (C.call_logger logger "hi") 3;
        eq "logged" (seen ()) [ "hi" ];
        roots_back "released" r0 );
    ( "interfaces.retained",
      fun () ->
        let r0 = C.Polybind.live_callbacks () in
        let note, seen = recorder () in
        let j = C.Journal.create { log = note; level = (fun () -> 1) } in
        eq_int "write a" (C.Journal.write j "a") 1;
        eq_int "write b" (C.Journal.write j "b") 2;
        eq_int "lines" (C.Journal.lines j) 2;
        eq "logged" (seen ()) [ "#1 a"; "#2 b" ];
        eq_int "kept" (C.Polybind.live_callbacks ()) (r0 + 1);
        C.Journal.close j;
        roots_back "released with the journal" r0 );
    ( "interfaces.silent",
      fun () ->
        let n = ref 0 in
        let j = C.Journal.create { log = (fun _ -> incr n); level = (fun () -> 0) } in
        eq_int "write" (C.Journal.write j "a") 0;
        eq_int "never logged" !n 0;
        C.Journal.close j );
    ( "interfaces.enums_records",
      fun () ->
        let draws = ref [] and tints = ref [] in
        let canvas : C.canvas =
          { draw = (fun shape color at -> draws := (color, at) :: !draws; match shape with C.Circle _ -> false | _ -> true);
            tint = (fun c -> tints := c :: !tints; C.Blue);
            scale = (fun () -> 10.0) }
        in
        eq_float "render" (C.render canvas [| C.Circle { radius = 1.0 }; C.Rect (2.0, 3.0); C.Empty |] C.Red) 60.0;
        eq "draws" (List.rev !draws)
          [ (C.Blue, ({ x = 0.0; y = 0.0 } : C.point)); (C.Blue, { x = 1.0; y = 0.0 }); (C.Blue, { x = 2.0; y = 0.0 }) ];
        eq "tint saw Red" !tints [ C.Red ] ) ]

(* Checks of the OCaml binding itself, beyond the language-neutral cases: run after them. *)
let ocaml_only =
  [
    ( "ocaml.blocking_releases_the_lock",
      fun () ->
        (* Another OCaml thread can only run while the call waits if the stub released the
           runtime lock for it. *)
        let ticks = ref 0 and stop = ref false in
        let t = Thread.create (fun () -> while not !stop do incr ticks; Thread.yield () done) () in
        let before = !ticks in
        eq_int "sleep_ms" (C.sleep_ms 200) 200;
        let during = !ticks - before in
        stop := true;
        Thread.join t;
        check (during > 0) "another thread ran during sleep_ms" )
  ]
