(** The OCaml counterpart of the conformance library: every construct the OCaml frontend binds. *)

(** {1 Types} *)

(** A point in the plane (an all-float record: OCaml stores it flat). *)
type point = { x : float; (** abscissa *) y : float (** ordinate *) }

(** A segment between two points. *)
type line = { a : point; b : point }

(** A person: a record holding owned data. *)
type person = { name : string; age : int; tags : string list; nick : string option }

(** Primary colours (a constant variant). *)
type color = Red | Green | Blue

(** Shapes (a variant carrying data). *)
type shape =
  | Circle of float  (** a circle of this radius *)
  | Rect of { w : float; h : float }
  | Labelled of string * int
  | Nothing

(** A mutable counter behind a handle (an abstract type). *)
type counter

(** An alias: expanded where it is used. *)
type scores = int list

(** {1 Exceptions} *)

(** The argument was negative. *)
exception Negative of int

(** The input was empty. *)
exception Empty_input

(** A name was refused. *)
exception Bad_name of { name : string; reason : string }

(** {1 Numbers} *)

val echo_int : int -> int

(** Adds two integers.
    @param left the first
    @param right the second *)
val add : int -> int -> int

val max_int_value : unit -> int
val min_int_value : unit -> int
val echo_float : float -> float
val is_nan : float -> bool
val negate : bool -> bool
val mix : int -> float -> bool -> string -> int -> string

(** {1 Strings and bytes} *)

val greet : string -> string
val length_in_bytes : string -> int
val echo_string : string -> string
val repeat : string -> int -> string
val bytes_of_string : string -> bytes
val bytes_length : bytes -> int
val reverse_bytes : bytes -> bytes
val invalid_utf8 : unit -> string

(** {1 Unit, plain values, labels} *)

val ping : unit -> unit
val ping_count : unit -> int
val version : string
val answer : int
val scale : factor:float -> point -> point
val sub : from:int -> int -> int

(** {1 Options, lists, arrays, tuples} *)

val maybe_double : int option -> int option
val maybe_name : bool -> string option
val sum_list : int list -> int
val sum_array : int array -> int
val sum_floats : float array -> float
val range : int -> int array
val halves : int -> float array
val float_list : int -> float list
val words : string -> string list
val join : string list -> string
val total : scores -> int
val divmod : int -> int -> int * int
val swap : int * string -> string * int
val enumerate : string list -> (int * string) list
val nested : int -> int list list

(** {1 Records and variants} *)

val origin : unit -> point
val midpoint : line -> point
val flip : line -> line
val birthday : person -> person
val describe : person -> string
val points : int -> point array
val next_color : color -> color
val all_colors : unit -> color list
val area : shape -> float
val shapes : unit -> shape list
val grow : shape -> shape
val label_of : shape -> string option

(** {1 Objects} *)

(** Makes a counter starting at [n]. *)
val make_counter : int -> counter

val incr : counter -> unit
val get : counter -> int
val merge : counter -> counter -> counter

(** {1 Errors} *)

(** The square root of a non-negative number.
    @raise Negative when the argument is negative *)
val safe_sqrt : float -> float

(** The first character.
    @raise Empty_input on "" *)
val first_char : string -> string

(** @raise Bad_name when the name is empty or too long *)
val check_name : string -> string

(** @raise Negative when [n] is negative (and [Not_found] when it is 13, which is not
    declared) *)
val checked : int -> int

(** Raises [Failure msg]: not declared, so it is a panic. *)
val fail_with : string -> unit

(** {1 The runtime} *)

(** Runs a full major collection and compaction (objects move). *)
val compact : unit -> unit

val allocate : int -> string list
