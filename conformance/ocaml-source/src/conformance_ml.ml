type point = { x : float; y : float }
type line = { a : point; b : point }
type person = { name : string; age : int; tags : string list; nick : string option }
type color = Red | Green | Blue
type shape = Circle of float | Rect of { w : float; h : float } | Labelled of string * int | Nothing
type counter = { mutable n : int }
type scores = int list

exception Negative of int
exception Empty_input
exception Bad_name of { name : string; reason : string }

let echo_int x = x
let add a b = a + b
let max_int_value () = max_int
let min_int_value () = min_int
let echo_float x = x
let is_nan x = Float.is_nan x
let negate b = not b
let mix i f b s j = Printf.sprintf "%d %g %b %s %d" i f b s j

let greet name = "Hello, " ^ name ^ "!"
let length_in_bytes s = String.length s
let echo_string s = s
let repeat s n = String.concat "" (List.init n (fun _ -> s))
let bytes_of_string s = Bytes.of_string s
let bytes_length b = Bytes.length b
let reverse_bytes b = let n = Bytes.length b in Bytes.init n (fun i -> Bytes.get b (n - 1 - i))
let invalid_utf8 () = "\xff\xfe"

let pings = ref 0
let ping () = incr pings
let ping_count () = !pings
let version = "1.0.0"
let answer = 42
let scale ~factor p = { x = p.x *. factor; y = p.y *. factor }
let sub ~from n = from - n

let maybe_double = Option.map (fun x -> 2 * x)
let maybe_name b = if b then Some "name" else None
let sum_list = List.fold_left ( + ) 0
let sum_array = Array.fold_left ( + ) 0
let sum_floats = Array.fold_left ( +. ) 0.
let range n = Array.init n (fun i -> i)
let halves n = Array.init n (fun i -> float_of_int i /. 2.)
let float_list n = List.init n (fun i -> float_of_int i +. 0.5)
let words s = String.split_on_char ' ' s |> List.filter (fun w -> w <> "")
let join = String.concat ","
let total = sum_list
let divmod a b = (a / b, a mod b)
let swap (i, s) = (s, i)
let enumerate l = List.mapi (fun i s -> (i, s)) l
let nested n = List.init n (fun i -> List.init i (fun j -> j))

let origin () = { x = 0.; y = 0. }
let midpoint l = { x = (l.a.x +. l.b.x) /. 2.; y = (l.a.y +. l.b.y) /. 2. }
let flip l = { a = l.b; b = l.a }
let birthday p = { p with age = p.age + 1; tags = "older" :: p.tags }
let describe p =
  Printf.sprintf "%s (%d) [%s]%s" p.name p.age (String.concat "," p.tags)
    (match p.nick with Some n -> " aka " ^ n | None -> "")
let points n = Array.init n (fun i -> { x = float_of_int i; y = float_of_int (i * i) })
let next_color = function Red -> Green | Green -> Blue | Blue -> Red
let all_colors () = [ Red; Green; Blue ]
let area = function
  | Circle r -> Float.pi *. r *. r
  | Rect { w; h } -> w *. h
  | Labelled (_, n) -> float_of_int n
  | Nothing -> 0.
let shapes () = [ Circle 1.; Rect { w = 2.; h = 3. }; Labelled ("tag", 7); Nothing ]
let grow = function
  | Circle r -> Circle (r *. 2.)
  | Rect { w; h } -> Rect { w = w *. 2.; h = h *. 2. }
  | Labelled (s, n) -> Labelled (s ^ s, n * 2)
  | Nothing -> Nothing
let label_of = function Labelled (s, _) -> Some s | _ -> None

let make_counter n = { n }
let incr c = c.n <- c.n + 1
let get c = c.n
let merge a b = { n = a.n + b.n }

let safe_sqrt x = if x < 0. then raise (Negative (int_of_float x)) else sqrt x
let first_char s = if s = "" then raise Empty_input else String.sub s 0 1
let check_name name =
  if name = "" then raise (Bad_name { name; reason = "empty" })
  else if String.length name > 8 then raise (Bad_name { name; reason = "too long" })
  else name
let checked n = if n = 13 then raise Not_found else if n < 0 then raise (Negative n) else n
let fail_with msg = failwith msg

let compact () = Gc.compact ()
let allocate n = List.init n (fun i -> String.make (i mod 50) 'x')
