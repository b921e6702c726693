let () =
  Callback.register "hand.noop" Bench_ml.noop;
  Callback.register "hand.add1" Bench_ml.add1;
  Callback.register "hand.str_len" Bench_ml.str_len;
  Callback.register "hand.make_str" Bench_ml.make_str
