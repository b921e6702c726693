"""Records, variants, objects, errors, the runtime and the metadata."""

from __future__ import annotations

import inspect
import math
from typing import Any

import pytest

from harness import REGISTERED, case, listed_cases


@case("records.flat_float")
def test_flat_float_records(m: Any) -> None:
    assert m.origin() == m.Point(0, 0)
    assert m.scale(0.5, m.Point(3, -4)) == m.Point(1.5, -2)
    assert m.points(3) == [m.Point(0, 0), m.Point(1, 1), m.Point(2, 4)]


@case("records.nested")
def test_nested_records(m: Any) -> None:
    line = m.Line(m.Point(0, 0), m.Point(2, 4))
    assert m.midpoint(line) == m.Point(1, 2)
    assert m.flip(line) == m.Line(m.Point(2, 4), m.Point(0, 0))


@case("records.owned")
def test_owned_records(m: Any) -> None:
    bob = m.Person("bob", 3, ["x"], None)
    assert m.birthday(bob) == m.Person("bob", 4, ["older", "x"], None)
    assert m.describe(m.Person("al", 1, [], "A")) == "al (1) [] aka A"


@case("enums.constant")
def test_constant_variants(m: Any) -> None:
    assert m.next_color(m.Color.RED) is m.Color.GREEN
    assert m.next_color(m.Color.GREEN) is m.Color.BLUE
    assert m.next_color(m.Color.BLUE) is m.Color.RED
    assert m.all_colors() == [m.Color.RED, m.Color.GREEN, m.Color.BLUE]
    with pytest.raises((ValueError, TypeError)):
        m.next_color(7)


@case("enums.data")
def test_data_variants(m: Any) -> None:
    assert m.area(m.ShapeCircle(1)) == pytest.approx(math.pi)
    assert m.area(m.ShapeRect(2, 3)) == 6
    assert m.area(m.ShapeLabelled("t", 7)) == 7
    assert m.area(m.ShapeNothing()) == 0
    assert m.shapes() == [m.ShapeCircle(1), m.ShapeRect(2, 3), m.ShapeLabelled("tag", 7), m.ShapeNothing()]
    assert [m.grow(s) for s in m.shapes()] == [
        m.ShapeCircle(2),
        m.ShapeRect(4, 6),
        m.ShapeLabelled("tagtag", 14),
        m.ShapeNothing(),
    ]
    assert m.label_of(m.ShapeLabelled("t", 1)) == "t"
    assert m.label_of(m.ShapeNothing()) is None


@case("objects.handles")
def test_objects(m: Any) -> None:
    with m.make_counter(5) as c:
        m.incr(c)
        m.incr(c)
        assert m.get(c) == 7
        with m.make_counter(3) as d, m.merge(c, d) as e:
            assert m.get(e) == 10
            m.incr(e)
            assert (m.get(c), m.get(d), m.get(e)) == (7, 3, 11)


@case("objects.survive_gc")
def test_objects_survive_gc(m: Any) -> None:
    counters = [m.make_counter(i) for i in range(50)]
    m.allocate(500)
    m.compact()
    assert [m.get(c) for c in counters] == list(range(50))
    for c in counters:
        c.close()


@case("objects.stale")
def test_stale_handles(m: Any) -> None:
    c = m.make_counter(1)
    c.close()
    with pytest.raises(m.InvalidHandleError):
        m.get(c)
    # A handle copied before release, and one never issued.
    ghost = m.Counter.__new__(m.Counter)
    ghost._handle = 0xDEAD00000001
    with pytest.raises(m.InvalidHandleError):
        m.get(ghost)
    d = m.make_counter(2)
    stale = m.Counter.__new__(m.Counter)
    stale._handle = d._handle
    d.close()
    with pytest.raises(m.InvalidHandleError):
        m.get(stale)
    # A handle of another generation of the same slot is refused too.
    e = m.make_counter(3)
    assert m.get(e) == 3
    with pytest.raises(m.InvalidHandleError):
        m.get(stale)
    e.close()


@case("errors.declared")
def test_declared_errors(m: Any) -> None:
    assert m.safe_sqrt(4.0) == 2.0
    with pytest.raises(m.ErrorNegative) as neg:
        m.safe_sqrt(-4.0)
    assert neg.value.f0 == -4
    assert "Negative" in str(neg.value)
    assert m.first_char("abc") == "a"
    with pytest.raises(m.ErrorEmptyInput):
        m.first_char("")
    assert m.check_name("ok") == "ok"
    with pytest.raises(m.ErrorBadName) as bad:
        m.check_name("")
    assert (bad.value.name, bad.value.reason) == ("", "empty")
    with pytest.raises(m.Error):
        m.check_name("much too long")


@case("errors.undeclared")
def test_undeclared_errors(m: Any) -> None:
    with pytest.raises(m.PanicError, match="Not_found"):
        m.checked(13)
    with pytest.raises(m.ErrorNegative):
        m.checked(-1)
    with pytest.raises(m.PanicError, match="boom"):
        m.fail_with("boom")
    assert m.checked(5) == 5


@case("runtime.gc_pressure")
def test_gc_pressure(m: Any) -> None:
    for _ in range(3):
        got = m.allocate(2000)
        m.compact()
        assert len(got) == 2000
        assert all(len(s) == i % 50 for i, s in enumerate(got))


@case("meta.docs")
def test_docs(m: Any) -> None:
    assert "Adds two integers" in (m.add.__doc__ or "")
    # Native functions have no introspectable signature; the typed wrapper module names them.
    assert "def add(left: int, right: int) -> int" in inspect.getsource(m)


@case("meta.load_check")
def test_load_check(m: Any) -> None:
    assert m.add(1, 1) == 2


def test_every_case_has_a_test() -> None:
    missing = [c for c in listed_cases() if c not in REGISTERED]
    assert missing == []
    unknown = [c for c in REGISTERED if c not in listed_cases()]
    assert unknown == []
