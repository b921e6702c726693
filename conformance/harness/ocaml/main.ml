(* Runs every case of cases.toml (its path is the first argument): a listed case the harness does
   not implement and an implemented case that is not listed both fail. One line per case, then
   "N passed, N failed". *)

let ids path =
  let ic = open_in path in
  let rec go acc =
    match input_line ic with
    | line -> (
        let l = String.trim line in
        let prefix = "id = \"" in
        let n = String.length prefix in
        if String.length l > n + 1 && String.sub l 0 n = prefix && l.[String.length l - 1] = '"'
        then go (String.sub l n (String.length l - n - 1) :: acc)
        else go acc)
    | exception End_of_file -> close_in ic; List.rev acc
  in
  go []

let all =
  List.concat
    [ Cases_values.cases; Cases_data.cases; Cases_objects.cases; Cases_callbacks.cases; Cases_misc.cases ]

let run f =
  match f () with
  | () -> Ok ()
  | exception Harness.Check_failed why -> Error why
  | exception e -> Error ("unexpected exception " ^ Printexc.to_string e)

let () =
  let path = if Array.length Sys.argv > 1 then Sys.argv.(1) else "cases.toml" in
  let listed = ids path in
  let passed = ref 0 and failed = ref 0 in
  let result id = function
    | Ok () -> incr passed; Printf.printf "ok   %s\n%!" id
    | Error why -> incr failed; Printf.printf "FAIL %s: %s\n%!" id why
  in
  let allocs0 = Conformance.Polybind.live_allocations () in
  List.iter
    (fun id ->
      match List.assoc_opt id all with
      | None -> result id (Error "listed in cases.toml but not implemented")
      | Some f -> result id (run f))
    listed;
  List.iter
    (fun (id, _) ->
      if not (List.mem id listed) then result id (Error "implemented but not listed in cases.toml"))
    all;
  List.iter (fun (id, f) -> result id (run f)) Cases_callbacks.ocaml_only;
  let dup = List.filter (fun (id, _) -> List.length (List.filter (fun (j, _) -> j = id) all) > 1) all in
  List.iter (fun (id, _) -> result id (Error "implemented twice")) dup;
  (* Everything the cases received was released: by the binding, or by the GC's finalisers. *)
  Harness.full_gc ();
  let leaked = Conformance.Polybind.live_allocations () - allocs0 in
  if leaked <> 0 then result "(no leaks)" (Error (Printf.sprintf "%d library buffers never released" leaked));
  Printf.printf "%d passed, %d failed\n%!" !passed !failed;
  exit (if !failed = 0 then 0 else 1)
