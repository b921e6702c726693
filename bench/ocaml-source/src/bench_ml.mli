(** The call shapes of the OCaml-source benchmark. *)

(** primitive_void *)
val noop : unit -> unit

(** primitive_u32 (an OCaml int) *)
val add1 : int -> int

(** string_in *)
val str_len : string -> int

(** string_out: a string of [n] bytes *)
val make_str : int -> string
