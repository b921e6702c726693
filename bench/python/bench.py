"""One implementation's timings for `cargo xtask bench python` (run once per implementation and
round, interleaved, by the xtask): prints one JSON object, shape -> ns per call, with the cost of
an empty loop iteration subtracted."""

from __future__ import annotations

import array
import dataclasses
import importlib
import json
import sys
import timeit
from typing import Any, Callable


@dataclasses.dataclass
class Point:
    x: float
    y: float


def load(impl: str) -> Any:
    if impl == "generated":
        return importlib.import_module("pbbench_native")
    if impl == "generated-ctypes":
        return importlib.import_module("pbbench_ctypes")
    if impl == "handwritten":
        m = importlib.import_module("pbbench_hand")
        m.set_point_class(Point)
        m.Point = Point
        return m
    if impl == "ctypes":
        return importlib.import_module("hand_ctypes")
    raise SystemExit(f"unknown implementation {impl}")


def shapes(m: Any) -> dict[str, tuple[str, dict[str, Any]]]:
    values = array.array("d", [0.5] * 1000)
    counter = m.Counter()
    p = m.Point(1.0, 2.0)
    return {
        "primitive_void": ("f()", {"f": m.primitive_void}),
        "primitive_u32": ("f(7)", {"f": m.primitive_u32}),
        "many_args_5": ("f(1, 2, 3.0, 4, 5)", {"f": m.many_args_5}),
        "callback": ("f(g, 7)", {"f": m.callback, "g": lambda x: x + 1}),
        "string_in": ("f(s)", {"f": m.string_in, "s": "hello, polybind"}),
        "string_out": ("f()", {"f": m.string_out}),
        "slice_sum_1000": ("f(v)", {"f": m.slice_sum_1000, "v": values}),
        "record_by_value": ("f(p)", {"f": m.record_by_value, "p": p}),
        "method_call": ("c.method_call()", {"c": counter}),
    }


def per_call(stmt: str, env: dict[str, Any], number: int) -> float:
    t = timeit.Timer(stmt, globals=env)
    return min(t.repeat(repeat=3, number=number)) / number * 1e9


def main() -> None:
    impl, number = sys.argv[1], int(sys.argv[2])
    m = load(impl)
    empty = per_call("pass", {}, number)
    out: dict[str, float] = {}
    for shape, (stmt, env) in shapes(m).items():
        per_call(stmt, env, number // 10)  # warm up
        out[shape] = max(per_call(stmt, env, number) - empty, 0.0)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
