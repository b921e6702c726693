"""Time one call per shape from Python into OCaml: `python bench.py generated|handwritten`.

Prints one JSON object: shape -> best ns per call (loop included) over several repetitions."""

from __future__ import annotations

import importlib
import json
import sys
import time
from typing import Any, Callable

CALLS = 200_000
REPEATS = 9
TEXT = "x" * 16


def best(fn: Callable[[], Any]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter_ns()
        fn()
        times.append(time.perf_counter_ns() - start)
    return min(times) / CALLS


def main() -> None:
    m = importlib.import_module("bench_ml" if sys.argv[1] == "generated" else "bench_hand")
    noop, add1, str_len, make_str = m.noop, m.add1, m.str_len, m.make_str
    assert add1(41) == 42 and str_len(TEXT) == 16 and make_str(16) == TEXT
    r = range(CALLS)

    def primitive_void() -> None:
        for _ in r:
            noop()

    def primitive_u32() -> None:
        for _ in r:
            add1(7)

    def string_in() -> None:
        for _ in r:
            str_len(TEXT)

    def string_out() -> None:
        for _ in r:
            make_str(16)

    # The loop's own cost (~10 ns) stays in: subtracting a separately timed empty loop is
    # noise on a shared machine, and it is the same for both implementations.
    rows = {
        name: best(fn)
        for name, fn in [
            ("primitive_void", primitive_void),
            ("primitive_u32", primitive_u32),
            ("string_in", string_in),
            ("string_out", string_out),
        ]
    }
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
