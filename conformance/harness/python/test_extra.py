"""Beyond the cases: threads, reference leaks, GIL handling."""

from __future__ import annotations

import gc
import threading
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
