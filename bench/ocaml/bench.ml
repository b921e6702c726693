(* The call shapes of DESIGN §3, each through three implementations in the same run:
   - generated: the polybind binding (`Pbbench`);
   - handwritten: stubs an expert writes by hand (handwritten.c);
   - ctypes-foreign: ocaml-ctypes' `Foreign.foreign`, which calls through libffi.
   Prints "shape impl ns_per_call words_per_call" lines (words allocated on the OCaml heap). *)

module P = Pbbench

(* Handwritten stubs. *)
external hw_failed : unit -> bool = "hw_failed_get"
external hw_primitive_void : unit -> (int [@untagged]) = "hw_primitive_void_byte" "hw_primitive_void" [@@noalloc]
external hw_primitive_u32 : (int [@untagged]) -> (int [@untagged]) = "hw_primitive_u32_byte" "hw_primitive_u32" [@@noalloc]

external hw_many_args_5 :
  (int [@untagged]) -> (int64 [@unboxed]) -> (float [@unboxed]) -> (int [@untagged]) -> (int [@untagged]) -> (float [@unboxed])
  = "hw_many_args_5_byte" "hw_many_args_5" [@@noalloc]

external hw_callback : (int -> int) -> int -> int = "hw_callback"
external hw_string_in : string -> (int [@untagged]) = "hw_string_in_byte" "hw_string_in" [@@noalloc]
external hw_string_out : unit -> string = "hw_string_out"
external hw_slice_sum_1000 : float array -> (float [@unboxed]) = "hw_slice_sum_1000_byte" "hw_slice_sum_1000" [@@noalloc]
external hw_record_by_value : P.point -> P.point = "hw_record_by_value"

type hw_counter

external hw_counter_new : unit -> hw_counter = "hw_counter_new"
external hw_counter_free : hw_counter -> unit = "hw_counter_free"
external hw_method_call : hw_counter -> (int64 [@unboxed]) = "hw_method_call_byte" "hw_method_call" [@@noalloc]

let hw_check () = if hw_failed () then failwith "call failed"

(* ctypes-foreign: the same functions through libffi. *)
open Ctypes

let lib = Dl.dlopen ~filename:"libpbbench.so" ~flags:[ Dl.RTLD_NOW ]
let fn name t = Foreign.foreign ~from:lib name t
let ok st = if st <> 0l then failwith "call failed"
let c_void = fn "pbbench_primitive_void" (void @-> returning int32_t)
let c_u32 = fn "pbbench_primitive_u32" (uint32_t @-> ptr uint32_t @-> returning int32_t)

let c_many =
  fn "pbbench_many_args_5" (uint32_t @-> uint64_t @-> double @-> int32_t @-> uint8_t @-> ptr double @-> returning int32_t)

let fn_t : [ `Fn ] structure typ = structure "PbbenchFnU32ToU32"
let fn_call = field fn_t "call" (Foreign.funptr (ptr void @-> uint32_t @-> ptr uint32_t @-> returning int32_t))
let fn_ud = field fn_t "user_data" (ptr void)
let fn_release = field fn_t "release" (ptr void)
let () = seal fn_t
let c_callback = fn "pbbench_callback" (fn_t @-> uint32_t @-> ptr uint32_t @-> returning int32_t)
let str_t : [ `Str ] structure typ = structure "PbbenchStr"
let str_ptr = field str_t "ptr" (ptr char)
let str_len = field str_t "len" size_t
let () = seal str_t
let c_string_in = fn "pbbench_string_in" (str_t @-> ptr size_t @-> returning int32_t)
let string_t : [ `String ] structure typ = structure "PbbenchString"
let string_ptr = field string_t "ptr" (ptr char)
let string_len = field string_t "len" size_t
let string_cap = field string_t "cap" size_t
let () = seal string_t
let c_string_out = fn "pbbench_string_out" (ptr string_t @-> returning int32_t)
let c_dealloc = fn "pbbench_rt_dealloc" (ptr void @-> size_t @-> size_t @-> returning void)
let slice_t : [ `Slice ] structure typ = structure "PbbenchSliceF64"
let slice_ptr = field slice_t "ptr" (ptr double)
let slice_len = field slice_t "len" size_t
let () = seal slice_t
let c_slice = fn "pbbench_slice_sum_1000" (slice_t @-> ptr double @-> returning int32_t)
let point_t : [ `Point ] structure typ = structure "PbbenchPoint"
let point_x = field point_t "x" double
let point_y = field point_t "y" double
let () = seal point_t
let c_record = fn "pbbench_record_by_value" (point_t @-> ptr point_t @-> returning int32_t)
let counter_t : [ `Counter ] structure typ = structure "PbbenchCounter"
let counter_handle = field counter_t "handle" uint64_t
let () = seal counter_t
let c_counter_new = fn "pbbench_counter_new" (ptr counter_t @-> returning int32_t)
let c_method = fn "pbbench_counter_method_call" (counter_t @-> ptr uint64_t @-> returning int32_t)
let c_counter_free = fn "pbbench_counter_free" (counter_t @-> returning int32_t)

(* Timing: each measurement runs [n] calls, [n] calibrated to ~2 ms; the best of 100 rounds,
   the implementations of a shape interleaved round by round (many short rounds: on a shared
   machine the best one is the least disturbed). *)
let now () = Unix.gettimeofday ()

let calibrate f =
  let rec go n =
    let t0 = now () in
    f n;
    let dt = now () -. t0 in
    if dt > 0.002 || n > 1 lsl 30 then n else go (n * 2)
  in
  go 1000

let shape name impls =
  let ns = List.map (fun (impl, f) -> (impl, f, calibrate f)) impls in
  let best = Hashtbl.create 3 and words = Hashtbl.create 3 in
  for _ = 1 to 100 do
    List.iter
      (fun (impl, f, n) ->
        let w0 = Gc.minor_words () in
        let t0 = now () in
        f n;
        let dt = now () -. t0 in
        let w = (Gc.minor_words () -. w0) /. float_of_int n in
        let per = dt *. 1e9 /. float_of_int n in
        (match Hashtbl.find_opt best impl with
        | Some b when b <= per -> ()
        | _ -> Hashtbl.replace best impl per);
        Hashtbl.replace words impl w)
      ns
  done;
  List.iter
    (fun (impl, _) -> Printf.printf "%s %s %.2f %.1f\n%!" name impl (Hashtbl.find best impl) (Hashtbl.find words impl))
    impls

let o = Sys.opaque_identity

let () =
  let u32 = Unsigned.UInt32.of_int in
  shape "primitive_void"
    [ ("generated", fun n -> for _ = 1 to n do P.primitive_void () done);
      ("handwritten", fun n -> for _ = 1 to n do if hw_primitive_void () <> 0 then failwith "call failed" done);
      ("ctypes-foreign", fun n -> for _ = 1 to n do ok (c_void ()) done) ];
  let out_u32 = allocate uint32_t (u32 0) in
  shape "primitive_u32"
    [ ("generated", fun n -> for i = 1 to n do ignore (o (P.primitive_u32 (i land 1023))) done);
      ( "handwritten",
        fun n ->
          for i = 1 to n do
            let r = hw_primitive_u32 (i land 1023) in
            if r < 0 then failwith "call failed";
            ignore (o r)
          done );
      ( "ctypes-foreign",
        fun n ->
          for i = 1 to n do
            ok (c_u32 (u32 (i land 1023)) out_u32);
            ignore (o (Unsigned.UInt32.to_int !@out_u32))
          done ) ];
  let out_f = allocate double 0.0 in
  shape "many_args_5"
    [ ("generated", fun n -> for i = 1 to n do ignore (o (P.many_args_5 (i land 1023) 2L 3.0 (-4) 5)) done);
      ( "handwritten",
        fun n ->
          for i = 1 to n do
            let r = hw_many_args_5 (i land 1023) 2L 3.0 (-4) 5 in
            hw_check ();
            ignore (o r)
          done );
      ( "ctypes-foreign",
        fun n ->
          for i = 1 to n do
            ok (c_many (u32 (i land 1023)) (Unsigned.UInt64.of_int 2) 3.0 (-4l) (Unsigned.UInt8.of_int 5) out_f);
            ignore (o !@out_f)
          done ) ];
  let cb = make fn_t in
  setf cb fn_call (fun _ x out ->
      out <-@ Unsigned.UInt32.add x Unsigned.UInt32.one;
      0l);
  setf cb fn_ud null;
  setf cb fn_release null;
  shape "callback"
    [ ("generated", fun n -> for i = 1 to n do ignore (o (P.callback (fun x -> x + 1) (i land 1023))) done);
      ("handwritten", fun n -> for i = 1 to n do ignore (o (hw_callback (fun x -> x + 1) (i land 1023))) done);
      ( "ctypes-foreign",
        fun n ->
          for i = 1 to n do
            ok (c_callback cb (u32 (i land 1023)) out_u32);
            ignore (o !@out_u32)
          done ) ];
  let s = o "hello, polybind" in
  let out_size = allocate size_t Unsigned.Size_t.zero in
  shape "string_in"
    [ (* The length is wanted as an [int]: the binding's [nativeint] (a [usize]) is converted,
         unboxed, as a caller would. *)
      ("generated", fun n -> for _ = 1 to n do ignore (o (Nativeint.to_int (P.string_in s))) done);
      ("handwritten", fun n -> for _ = 1 to n do ignore (o (hw_string_in s)) done);
      ( "ctypes-foreign",
        fun n ->
          for _ = 1 to n do
            let a = CArray.of_string s in
            let v = make str_t in
            setf v str_ptr (CArray.start a);
            setf v str_len (Unsigned.Size_t.of_int (String.length s));
            ok (c_string_in v out_size);
            (* The array must outlive the call: [v] holds only a raw pointer into it. *)
            ignore (o a);
            ignore (o !@out_size)
          done ) ];
  shape "string_out"
    [ ("generated", fun n -> for _ = 1 to n do ignore (o (P.string_out ())) done);
      ("handwritten", fun n -> for _ = 1 to n do ignore (o (hw_string_out ())) done);
      ( "ctypes-foreign",
        fun n ->
          for _ = 1 to n do
            let v = make string_t in
            ok (c_string_out (addr v));
            let p = getf v string_ptr in
            let r = string_from_ptr p ~length:(Unsigned.Size_t.to_int (getf v string_len)) in
            c_dealloc (to_voidp p) (getf v string_cap) Unsigned.Size_t.one;
            ignore (o r)
          done ) ];
  let values = Array.init 1000 (fun i -> float_of_int i) in
  (* ctypes gets its data already in C memory (filled once): the most favourable setup. *)
  let c_values = CArray.of_list double (Array.to_list values) in
  let sl = make slice_t in
  setf sl slice_ptr (CArray.start c_values);
  setf sl slice_len (Unsigned.Size_t.of_int 1000);
  shape "slice_sum_1000"
    [ ("generated", fun n -> for _ = 1 to n do ignore (o (P.slice_sum_1000 values)) done);
      ( "handwritten",
        fun n ->
          for _ = 1 to n do
            let r = hw_slice_sum_1000 values in
            hw_check ();
            ignore (o r)
          done );
      ( "ctypes-foreign",
        fun n ->
          for _ = 1 to n do
            ok (c_slice sl out_f);
            ignore (o !@out_f)
          done ) ];
  let p = o ({ x = 1.0; y = 2.0 } : P.point) in
  let out_p = make point_t in
  shape "record_by_value"
    [ ("generated", fun n -> for _ = 1 to n do ignore (o (P.record_by_value p)) done);
      ("handwritten", fun n -> for _ = 1 to n do ignore (o (hw_record_by_value p)) done);
      ( "ctypes-foreign",
        fun n ->
          for _ = 1 to n do
            let v = make point_t in
            setf v point_x p.P.x;
            setf v point_y p.P.y;
            ok (c_record v (addr out_p));
            ignore (o ({ x = getf out_p point_x; y = getf out_p point_y } : P.point))
          done ) ];
  let g = P.Counter.create () and h = hw_counter_new () in
  let c = make counter_t in
  ok (c_counter_new (addr c));
  let out_u64 = allocate uint64_t Unsigned.UInt64.zero in
  shape "method_call"
    [ ("generated", fun n -> for _ = 1 to n do ignore (o (P.Counter.method_call g)) done);
      ( "handwritten",
        fun n ->
          for _ = 1 to n do
            let r = hw_method_call h in
            hw_check ();
            ignore (o r)
          done );
      ( "ctypes-foreign",
        fun n ->
          for _ = 1 to n do
            ok (c_method c out_u64);
            ignore (o !@out_u64)
          done ) ];
  (* The three did the same work. *)
  assert (P.primitive_u32 41 = 42 && hw_primitive_u32 41 = 42);
  assert (P.callback (fun x -> x * 2) 21 = 42 && hw_callback (fun x -> x * 2) 21 = 42);
  assert (P.string_in "abc" = 3n && hw_string_in "abc" = 3);
  assert (P.string_out () = hw_string_out ());
  assert (P.slice_sum_1000 values = 499500.0 && hw_slice_sum_1000 values = 499500.0);
  assert (P.record_by_value { x = 1.0; y = 2.0 } = ({ x = 2.0; y = 1.0 } : P.point));
  P.Counter.close g;
  hw_counter_free h;
  ok (c_counter_free c)
