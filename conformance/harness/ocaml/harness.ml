(* The runner's helpers: checks that fail a case with a message saying what differed. *)

exception Check_failed of string

let fail fmt = Printf.ksprintf (fun s -> raise (Check_failed s)) fmt
let check cond what = if not cond then fail "%s" what

let eq_int what got expected =
  if got <> expected then fail "%s: got %d, expected %d" what got expected

let eq_i64 what got expected =
  if not (Int64.equal got expected) then fail "%s: got %Ld, expected %Ld" what got expected

let eq_nat what got expected =
  if not (Nativeint.equal got expected) then fail "%s: got %nd, expected %nd" what got expected

let eq_str what got expected =
  if not (String.equal got expected) then fail "%s: got %S, expected %S" what got expected

let eq_bool what got expected =
  if got <> expected then fail "%s: got %b, expected %b" what got expected

(* Floats compare bit for bit: NaN payloads and the sign of zero count. *)
let eq_float what got expected =
  if not (Int64.equal (Int64.bits_of_float got) (Int64.bits_of_float expected)) then
    fail "%s: got %h, expected %h" what got expected

let eq what got expected = if got <> expected then fail "%s: not the expected value" what

let contains s sub =
  let n = String.length s and m = String.length sub in
  let rec go i = i + m <= n && (String.sub s i m = sub || go (i + 1)) in
  go 0

(* [raises what f pred]: [f ()] raises an exception [pred] accepts. *)
let raises what f pred =
  match f () with
  | _ -> fail "%s: returned instead of raising" what
  | exception (Check_failed _ as e) -> raise e
  | exception e -> if not (pred e) then fail "%s: unexpected exception %s" what (Printexc.to_string e)

let panic what f = raises what f (function Conformance.Panic m -> m <> "" | _ -> false)

let invalid_handle what f =
  raises what f (function Conformance.Invalid_handle m -> m <> "" | _ -> false)

let invalid_argument what f =
  raises what f (function Conformance.Invalid_argument m -> m <> "" | _ -> false)

let callback_failed what f =
  raises what f (function Conformance.Callback_failed m -> m <> "" | _ -> false)

(* The binding's own checks (a value OCaml can express but the ABI type cannot hold). *)
let binding_rejects what f = raises what f (function Stdlib.Invalid_argument _ -> true | _ -> false)

(* Closures and interfaces the library holds: back to [before] once it released them. *)
let roots_back what before = eq_int (what ^ ": live callbacks") (Conformance.Polybind.live_callbacks ()) before

(* A counter of calls, and the values a closure saw. *)
let recorder () =
  let seen = ref [] in
  ((fun v -> seen := v :: !seen), fun () -> List.rev !seen)

let full_gc () = Gc.full_major (); Gc.full_major ()
