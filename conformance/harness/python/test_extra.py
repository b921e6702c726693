"""Beyond the cases: threads, reference leaks, GIL handling."""

from __future__ import annotations

import gc
import threading
import time
from typing import Any

import pytest


def test_eight_threads_call_concurrently(m: Any) -> None:
    errors: list[BaseException] = []
    shared = m.Counter(0)
    barrier = threading.Barrier(8)

    def work(k: int) -> None:
        try:
            barrier.wait()
            with m.Counter(k) as own:
                for i in range(2000):
                    assert m.echo_u32(i) == i
                    assert m.greet(f"t{k}") == f"Hello, t{k}!"
                    assert m.apply(i, lambda x: x + k) == i + k
                    assert own.get() == k
                    assert shared.sum_with(own) == k
        except BaseException as e:  # reported below, on the main thread
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    shared.close()
    assert not errors, errors


def test_callbacks_from_other_threads_take_the_gil(m: Any) -> None:
    got: list[int] = []
    with m.EventSource() as src:
        src.subscribe(got.append)
        for i in range(200):
            assert src.emit_from_thread(i) == 1
    assert got == list(range(200))


def live_objects() -> int:
    gc.collect()
    return len(gc.get_objects())


def test_blocking_calls_release_the_gil(m: Any) -> None:
    # `sleep_ms` and `Counter.wait_get` are `#[polybind(blocking)]`: while one thread waits in
    # them, another Python thread keeps running.
    ticks = 0
    stop = threading.Event()

    def spin() -> None:
        nonlocal ticks
        while not stop.is_set():
            ticks += 1

    spinner = threading.Thread(target=spin)
    spinner.start()
    try:
        time.sleep(0.02)
        before = ticks
        assert m.sleep_ms(150) == 150
        with m.Counter(4) as c:
            assert c.wait_get(150) == 4
        during = ticks - before
    finally:
        stop.set()
        spinner.join()
    assert during > 1000, f"the other thread ran only {during} times during 300 ms of calls"


def test_no_reference_leaks_over_100k_calls(m: Any) -> None:
    def f(x: int) -> int:
        return x + 1

    def round_() -> None:
        for i in range(100_000 // 4):
            m.echo_u32(i)
            m.greet("x")
            m.apply(i, f)
            m.points_on_diagonal(2)
        with m.Counter(1) as c:
            c.get()
        try:
            m.checked_div(1, 0)
        except m.MathError:
            pass

    round_()  # warm every cache first
    before = live_objects()
    callbacks = m._rt.live_callbacks()
    round_()
    after = live_objects()
    assert after - before < 50, f"{after - before} objects survived 10^5 calls"
    assert m._rt.live_callbacks() == callbacks


def test_panic_becomes_exception_and_library_stays_usable(m: Any) -> None:
    for _ in range(3):
        with pytest.raises(m.PanicError, match="boom"):
            m.always_panics("boom")
    assert m.echo_u32(1) == 1


def test_stale_object_raises_everywhere(m: Any) -> None:
    c = m.Counter(1)
    c.close()
    for call in (c.get, c.describe, c.fork, lambda: c.add(1), lambda: m.total(c, c)):
        with pytest.raises(m.InvalidHandleError):
            call()


def test_read_only_buffers_are_not_copied(m: Any) -> None:
    import tracemalloc

    view = memoryview(b"\xff" * 4_000_000)  # read-only, and not `bytes` itself
    assert m.sum_u8(view) == 255 * 4_000_000  # warm every cache first
    tracemalloc.start()
    try:
        assert m.sum_u8(view) == 255 * 4_000_000
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 100_000, f"{peak} bytes allocated: the buffer was copied"


# Run in a fresh interpreter (this one has ctypes loaded by the ctypes flavour and the tests):
# import the native package, exercise every kind of call, then report the modules loaded.
_NATIVE_WITHOUT_CTYPES = r"""
import sys
import conformance_native as m

class Log(m.Logger):
    def __init__(self) -> None:
        self.lines: list[str] = []
    def log(self, message: str) -> None:
        self.lines.append(message)
    def level(self) -> int:
        return 1

class Pen(m.Canvas):
    def draw(self, shape, color, at) -> bool:
        return True
    def tint(self, color):
        return color
    def scale(self) -> float:
        return 2.0

assert m.echo_u32(7) == 7 and m.greet("a") == "Hello, a!"
assert m.apply(1, lambda x: x + 1) == 2
assert m.map_u32([1, 2], lambda x: x * 3) == [3, 6]
assert m.checked_div(7, 2) == 3
try:
    m.checked_div(1, 0)
except m.MathError:
    pass
assert m.parse_list("1,2") == [1, 2] and m.nth_item("4,5", 2) is None
assert m.parse_point("1.5,2") == m.Point(1.5, 2)
assert isinstance(m.make_circle(1.0), m.ShapeCircle) and len(m.shapes()) > 0
assert m.area(m.ShapeRect(2, 3)) == 6
assert m.parse_color("GREEN") is m.Color.GREEN
try:
    m.apply(1, lambda x: 1 // 0)
except ZeroDivisionError:
    pass
with m.Counter(2) as c:
    assert c.get() == 2 and c.fork().get() == 2
assert m.Counter.version() == 3 and m.Counter.parse("12").get() == 12
src = m.EventSource()
got: list[int] = []
src.subscribe(got.append)
src.emit(5)
src.close()
assert got == [5]
log = Log()
assert m.call_logger(log, "hi") == 1
j = m.Journal(log)
j.write("x")
j.close()
assert m.render(Pen(), [m.ShapeCircle(1)], m.Color.RED) > 0
try:
    m.always_panics("boom")
except m.PanicError:
    pass
print(sorted(k for k in sys.modules if k in ("ctypes", "_ctypes") or k.startswith("ctypes.")))
"""


def test_native_never_uses_ctypes() -> None:
    import os
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", _NATIVE_WITHOUT_CTYPES],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]", f"the native package loaded {out.stdout.strip()}"
