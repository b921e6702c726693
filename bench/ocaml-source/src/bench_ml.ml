let noop () = ()
let add1 x = x + 1
let str_len s = String.length s
let make_str n = String.make n 'x'
