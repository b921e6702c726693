"""The C reference library's cases: numbers, strings, structs, enums, slices, objects, docs."""

from __future__ import annotations

import array
import ctypes
import math
import os
import struct
from typing import Any, Iterator

import pytest

from harness import REGISTERED, case, listed_cases


def bits(x: float) -> int:
    return int(struct.unpack("<Q", struct.pack("<d", x))[0])


def runtime() -> ctypes.CDLL:
    lib = ctypes.CDLL(os.path.join(os.environ["POLYBIND_LIB_DIR"], "libcref_pb.so"))
    lib.cref_pb_rt_live_allocations.restype = ctypes.c_uint64
    lib.cref_pb_rt_tracking.restype = ctypes.c_bool
    return lib


@pytest.fixture(autouse=True)
def no_leak() -> Iterator[None]:
    """Every test leaves no string or vector of the stubs unreleased."""
    yield
    lib = runtime()
    assert lib.cref_pb_rt_tracking(), "build the stubs with -DPB_TRACK_ALLOCATIONS"
    assert lib.cref_pb_rt_live_allocations() == 0


@case("numbers.widths")
def test_widths(m: Any) -> None:
    for bits_, fn in ((8, m.echo_i8), (16, m.echo_i16), (32, m.echo_i32), (64, m.echo_i64)):
        for v in (-(2 ** (bits_ - 1)), 2 ** (bits_ - 1) - 1, 0):
            assert fn(v) == v
    for bits_, fn in ((8, m.echo_u8), (16, m.echo_u16), (32, m.echo_u32), (64, m.echo_u64)):
        assert fn(2**bits_ - 1) == 2**bits_ - 1
    assert m.echo_long_long(-(2**63)) == -(2**63)
    assert m.echo_ushort(65535) == 65535
    assert m.echo_size(2**64 - 1) == 2**64 - 1
    assert m.echo_diff(-(2**63)) == -(2**63)
    assert m.add(40, 2) == 42
    with pytest.raises((OverflowError, ValueError)):
        m.echo_i8(128)


@case("numbers.floats_and_bool")
def test_floats_and_bool(m: Any) -> None:
    assert m.half(3.0) == 1.5
    for v in (-0.0, math.inf, -math.inf, 5e-324):
        assert bits(m.echo_double(v)) == bits(v)
    assert m.negate(True) is False
    assert m.negate(False) is True


@case("numbers.mixed_args")
def test_mixed_args(m: Any) -> None:
    assert m.mix(-3, 65535, 2.5, True, "s") == "-3 65535 2.5 true s"


@case("values.void")
def test_void(m: Any) -> None:
    before = m.ping_count()
    m.ping()
    m.ping()
    assert m.ping_count() == before + 2


@case("strings.in")
def test_strings_in(m: Any) -> None:
    assert m.length("hé") == 3
    assert m.length("") == 0
    assert m.length("x" * 1000) == 1000


@case("strings.nul_refused")
def test_nul_refused(m: Any) -> None:
    with pytest.raises(m.InvalidArgumentError, match="NUL byte"):
        m.length("a\0b")


@case("strings.out")
def test_strings_out(m: Any) -> None:
    assert m.greeting() == "Hello from C"
    assert m.greet("é") == "Hello, é!"
    assert m.greet("") == "Hello, !"


@case("strings.bad_returns")
def test_bad_returns(m: Any) -> None:
    with pytest.raises(m.PanicError, match="not valid UTF-8"):
        m.invalid_utf8()
    with pytest.raises(m.PanicError, match="returned NULL"):
        m.maybe_null(True)
    assert m.maybe_null(False) == "not null"


@case("records.by_value")
def test_records(m: Any) -> None:
    assert m.point_add(m.Point(1, 2), m.Point(3, 4)) == m.Point(4, 6)
    r = m.Rect(m.Point(0, 0), m.Point(2, 3), m.Color.BLUE, 1)
    assert m.rect_area(r) == 6.0
    made = m.rect_make(m.Point(1, 1), m.Point(2, 2), m.Color.GREEN)
    assert (made.color, made.id, made.max) == (m.Color.GREEN, 7, m.Point(2, 2))


@case("enums.declared_values")
def test_enums(m: Any) -> None:
    assert [(c.name, c.value) for c in m.Color] == [("RED", 1), ("GREEN", 2), ("BLUE", 4)]
    assert m.next_color(m.Color.RED) == m.Color.GREEN
    assert m.next_color(m.Color.GREEN) == m.Color.BLUE
    assert m.next_color(m.Color.BLUE) == m.Color.RED


@case("enums.undeclared_refused")
def test_undeclared_enum(m: Any) -> None:
    with pytest.raises(m.PanicError, match="Color"):
        m.bad_color()
    with pytest.raises((m.InvalidArgumentError, ValueError, TypeError)):
        m.next_color(3)


@case("slices.numbers")
def test_slices(m: Any) -> None:
    assert m.sum([1.5, 2.5]) == 4.0
    assert m.sum([]) == 0.0
    assert m.sum(array.array("d", [1.0, 2.0])) == 3.0
    assert m.sum_i64([2**40, -1]) == 2**40 - 1
    assert m.count_zero_bytes(b"a\0b\0") == 2


@case("slices.mutable")
def test_mutable_slice(m: Any) -> None:
    xs = array.array("d", [1.0, 2.0])
    m.scale(xs, 3.0)
    assert list(xs) == [3.0, 6.0]


@case("slices.records")
def test_record_slice(m: Any) -> None:
    assert m.total_x([m.Point(1, 0), m.Point(2.5, 9)]) == 3.5
    assert m.total_x([]) == 0.0


@case("objects.lifecycle")
def test_objects(m: Any) -> None:
    start = m.counters_live()
    c = m.Counter(5)
    n = m.Counter.new_named("n", 1)
    assert m.counters_live() == start + 2
    c.add(3)
    assert c.get() == 8
    assert (c.name(), n.name()) == ("counter", "n")
    assert c.total(n) == 9
    d = c.copy()
    assert (d.get(), d.name()) == (8, "counter")
    for o in (c, n, d):
        o.close()
    assert m.counters_live() == start
    with m.Counter(1) as e:
        assert e.get() == 1
    assert m.counters_live() == start


@case("objects.null_constructor")
def test_null_constructor(m: Any) -> None:
    start = m.counters_live()
    with pytest.raises(m.PanicError, match="returned NULL"):
        m.Counter.new_failing()
    assert m.counters_live() == start


@case("objects.stale")
def test_stale(m: Any) -> None:
    c = m.Counter(1)
    c.close()
    with pytest.raises(m.InvalidHandleError):
        c.get()
    ghost = m.Counter.__new__(m.Counter)
    ghost._handle = 0xDEAD00000001
    with pytest.raises(m.InvalidHandleError):
        ghost.get()
    d = m.Counter(2)
    stale = m.Counter.__new__(m.Counter)
    stale._handle = d._handle
    d.close()
    with pytest.raises(m.InvalidHandleError):
        stale.get()
    e = m.Counter(3)
    with pytest.raises(m.InvalidHandleError):
        stale.get()
    with pytest.raises(m.InvalidHandleError):
        e.total(stale)
    assert e.get() == 3
    e.close()
    # A handle copied but never issued by the library: setting it keeps the copy from
    # releasing anything when it is collected.
    for o in (ghost, stale):
        o._handle = 0


@case("errors.status_convention")
def test_status_convention(m: Any) -> None:
    assert m.parse("2.5") == 2.5
    with pytest.raises(m.StatusErrorBadNumber) as bad:
        m.parse("x")
    assert "not a number" in str(bad.value)
    assert isinstance(bad.value, m.StatusError)
    with pytest.raises(m.StatusErrorNegative):
        m.parse("-1")
    assert m.check(1) is None
    with pytest.raises(m.StatusErrorNegative, match="negative"):
        m.check(-1)
    assert m.origin() == m.Point(0, 0)


@case("errors.objects")
def test_fallible_objects(m: Any) -> None:
    start = m.counters_live()
    with m.Counter.create(4) as c:
        assert c.get() == 4
        assert c.half() == 2
        c.add(-1)
        with pytest.raises(m.StatusErrorBadNumber):
            c.half()
    with pytest.raises(m.StatusErrorOutOfRange, match="out of range"):
        m.Counter.create(-1)
    assert m.counters_live() == start


@case("errors.undeclared_status")
def test_undeclared_status(m: Any) -> None:
    with pytest.raises(m.PanicError, match="cref_status"):
        m.weird()


@case("callbacks.closures")
def test_callbacks(m: Any) -> None:
    assert m.apply(lambda x: x * 2, 1.5) == 3.0
    assert m.sum_with(lambda i: i * i, 4) == 14
    seen: list[tuple[int, bool]] = []
    m.each(lambda i, last: seen.append((i, last)), 3)
    assert seen == [(0, False), (1, False), (2, True)]


@case("callbacks.failure")
def test_callback_failure(m: Any) -> None:
    calls: list[int] = []

    def f(i: int) -> int:
        calls.append(i)
        if i == 1:
            raise KeyError("boom")
        return i

    with pytest.raises((KeyError, m.CallbackFailedError)):
        m.sum_with(f, 5)
    assert calls == [0, 1]
    assert m.apply(lambda x: x + 1, 1.0) == 2.0


@case("docs.carried")
def test_docs(m: Any) -> None:
    assert "Adds two ints." in (m.add.__doc__ or "")
    assert "A new counter with the same value." in (m.Counter.copy.__doc__ or "")


@case("runtime.no_live_allocations")
def test_no_live_allocations(m: Any) -> None:
    assert m.greet("x") == "Hello, x!"
    assert runtime().cref_pb_rt_live_allocations() == 0


def test_every_case_has_a_test() -> None:
    missing = [c for c in listed_cases() if c not in REGISTERED]
    assert missing == []
    unknown = [c for c in REGISTERED if c not in listed_cases()]
    assert unknown == []
