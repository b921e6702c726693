"""Cases about calls: results and errors, objects and handles, callbacks and interfaces."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from harness import case, refs

I64_MAX = 2**63 - 1
I64_MIN = -(2**63)


class Boom(Exception):
    """Raised inside callbacks: it must reach the caller unchanged."""


@case("results.ok_and_err")
def test_ok_and_err(m: Any) -> None:
    assert m.checked_div(7, 2) == 3
    with pytest.raises(m.MathErrorDivideByZero):
        m.checked_div(1, 0)


@case("results.unit")
def test_result_unit(m: Any) -> None:
    assert m.check_age(30) is None
    with pytest.raises(m.AgeErrorTooYoung):
        m.check_age(10)
    with pytest.raises(m.AgeErrorTooOld):
        m.check_age(200)


@case("results.string")
def test_result_string(m: Any) -> None:
    assert m.greet_adult("Bo", 40) == "Welcome, Bo."
    with pytest.raises(m.AgeErrorTooYoung):
        m.greet_adult("Bo", 3)


@case("results.typed_values")
def test_result_typed_values(m: Any) -> None:
    assert m.parse_color("GREEN") is m.Color.GREEN
    assert m.parse_point("1.5,2") == m.Point(1.5, 2)
    assert m.parse_list("1,2,3") == [1, 2, 3]


@case("results.option_and_object")
def test_result_option_and_object(m: Any) -> None:
    assert m.nth_item("4,5", 1) == 5
    assert m.nth_item("4,5", 2) is None
    with pytest.raises(m.ParseErrorEmpty):
        m.nth_item("", 0)
    with m.counter_from_str("42") as c:
        assert c.get() == 42
    with pytest.raises(m.ParseErrorInvalidNumber):
        m.counter_from_str("x")


@case("errors.unit_variant")
def test_error_unit_variant(m: Any) -> None:
    with pytest.raises(m.MathError) as e:
        m.checked_div(1, 0)
    assert type(e.value) is m.MathErrorDivideByZero
    assert str(e.value) == "division by zero"


@case("errors.struct_variant")
def test_error_struct_variant(m: Any) -> None:
    with pytest.raises(m.MathErrorOverflow) as e:
        m.checked_add(I64_MAX, 1)
    assert e.value.value == I64_MAX
    assert str(e.value) == f"overflow at {I64_MAX}"


@case("errors.tuple_variants")
def test_error_tuple_variants(m: Any) -> None:
    with pytest.raises(m.MathErrorNotExact) as e:
        m.divide_exact(7, 2)
    assert e.value.f0 == 1 and str(e.value) == "not exact: remainder 1"
    with pytest.raises(m.ParseErrorInvalidNumber) as p:
        m.parse_list("1,x,3")
    assert (p.value.f0, p.value.f1) == ("x", 1)
    assert str(p.value) == "invalid number 'x' at 1"
    match p.value:
        case m.ParseErrorInvalidNumber(text, index):
            assert (text, index) == ("x", 1)
        case _:
            pytest.fail("no match")


@case("errors.owned_payload")
def test_error_owned_payload(m: Any) -> None:
    with pytest.raises(m.ParseErrorUnknownName) as e:
        m.parse_color("purple")
    assert e.value.name == "purple" and str(e.value) == "unknown color: purple"


@case("errors.c_like")
def test_error_c_like(m: Any) -> None:
    with pytest.raises(m.AgeErrorTooOld, match="^too old$"):
        m.check_age(151)
    with pytest.raises(m.AgeErrorTooYoung, match="^too young$"):
        m.check_age(5)


@case("objects.methods")
def test_object_methods(m: Any) -> None:
    with m.Counter(5) as c:
        assert c.get() == 5
        c.add(10)
        c.add(-3)
        assert c.get() == 12
        assert c.describe() == "Counter(12)"
    with m.Counter(1) as c:
        c.add(I64_MAX)
        assert c.get() == I64_MIN
    assert m.Counter.version() == 3


@case("objects.fallible")
def test_object_fallible(m: Any) -> None:
    with m.Counter.parse("12") as c:
        assert c.get() == 12
    with pytest.raises(m.ParseErrorEmpty):
        m.Counter.parse("")
    with m.Counter(5) as c:
        with pytest.raises(m.MathErrorOverflow) as e:
            c.try_add(I64_MAX)
        assert e.value.value == 5 and c.get() == 5
        assert c.try_add(1) == 6


@case("objects.as_params")
def test_object_as_params(m: Any) -> None:
    with m.Counter(2) as a, m.Counter(40) as b:
        assert m.total(a, b) == 42
        assert m.total(a, a) == 4
        assert a.sum_with(b) == 42
        assert a.sum_with(a) == 4


@case("objects.returned")
def test_object_returned(m: Any) -> None:
    with m.Counter(3) as a, a.fork() as b:
        b.add(1)
        assert (a.get(), b.get()) == (3, 4)
    with m.make_counter(7) as c:
        assert c.get() == 7


@case("drop.live_count")
def test_live_count(m: Any) -> None:
    n = m.live_counters()
    c = m.Counter(1)
    assert m.live_counters() == n + 1
    c.close()
    assert m.live_counters() == n
    d = m.Counter(2)
    assert m.live_counters() == n + 1
    del d  # the finaliser releases it too
    assert m.live_counters() == n


@case("drop.forked")
def test_drop_forked(m: Any) -> None:
    n = m.live_counters()
    a = m.Counter(1)
    b = a.fork()
    c = m.make_counter(3)
    assert m.live_counters() == n + 3
    a.close()
    assert m.live_counters() == n + 2 and b.get() == 1
    b.close()
    c.close()
    assert m.live_counters() == n


@case("drop.failed_constructor")
def test_drop_failed_constructor(m: Any) -> None:
    n = m.live_counters()
    with pytest.raises(m.ParseErrorInvalidNumber):
        m.Counter.parse("x")
    with pytest.raises(m.PanicError):
        m.Counter.from_sum([I64_MAX, 1])
    assert m.live_counters() == n


@case("handles.use_after_free")
def test_use_after_free(m: Any) -> None:
    c = m.Counter(1)
    c.close()
    with pytest.raises(m.InvalidHandleError) as e:
        c.get()
    assert str(e.value)


@case("handles.double_free")
def test_double_free(m: Any) -> None:
    c = m.Counter(1)
    n = m.live_counters()
    c.close()
    c.close()  # idempotent in Python: the handle is forgotten after the first release
    assert m.live_counters() == n - 1
    forged = m.Counter(2)
    h = forged._handle
    forged.close()
    ghost = m.Counter.__new__(m.Counter)
    ghost._handle = h
    with pytest.raises(m.InvalidHandleError):
        ghost.get()
    ghost._handle = 0
    assert m.live_counters() == n - 1


@case("handles.null_and_forged")
def test_null_and_forged(m: Any) -> None:
    for h in (0, 2**64 - 1, 0x1234):
        ghost = m.Counter.__new__(m.Counter)
        ghost._handle = h
        with pytest.raises(m.InvalidHandleError):
            ghost.get()
        ghost._handle = 0


@case("handles.wrong_type")
def test_wrong_type(m: Any) -> None:
    with m.EventSource() as src:
        ghost = m.Counter.__new__(m.Counter)
        ghost._handle = src._handle
        with pytest.raises(m.InvalidHandleError):
            ghost.get()
        ghost._handle = 0
        assert src.listener_count() == 0


@case("handles.reused_slot")
def test_reused_slot(m: Any) -> None:
    c1 = m.Counter(1)
    c1.close()
    with m.Counter(2) as c2:
        stale = m.Counter.__new__(m.Counter)
        stale._handle = 0
        with pytest.raises(m.InvalidHandleError):
            c1.get()
        assert c2.get() == 2
        with pytest.raises(m.InvalidHandleError):
            m.total(c2, c1)
        with pytest.raises(m.InvalidHandleError):
            c2.sum_with(c1)


@case("callbacks.apply")
def test_apply(m: Any) -> None:
    seen: list[int] = []

    def f(x: int) -> int:
        seen.append(x)
        return x + 1

    r0 = refs(f)
    assert m.apply(41, f) == 42
    assert seen == [41]
    assert refs(f) == r0  # released exactly once


@case("callbacks.several_calls")
def test_several_calls(m: Any) -> None:
    assert m.apply_twice(2, lambda x: x * 10) == 200
    seen: list[int] = []

    def sq(x: int) -> int:
        seen.append(x)
        return x * x

    assert m.map_u32([1, 2, 3], sq) == [1, 4, 9] and seen == [1, 2, 3]
    pairs: list[tuple[int, int]] = []

    def sub(a: int, v: int) -> int:
        pairs.append((a, v))
        return a - v

    r0 = refs(sub)
    assert m.fold_i32([1, 2, 3], 10, sub) == 4
    assert pairs == [(10, 1), (9, 2), (7, 3)]
    assert refs(sub) == r0


@case("callbacks.str_arg")
def test_str_arg(m: Any) -> None:
    got: list[tuple[str, int]] = []
    assert m.for_each_word(" alpha  βeta ", lambda w, i: got.append((w, i))) == 2
    assert got == [("alpha", 0), ("βeta", 1)]


@case("callbacks.no_args")
def test_no_args(m: Any) -> None:
    calls: list[int] = []

    def f() -> None:
        calls.append(1)

    r0 = refs(f)
    m.call_n_times(4, f)
    m.call_n_times(0, f)
    assert len(calls) == 4 and refs(f) == r0


@case("callbacks.record_and_enum_args")
def test_record_and_enum_args(m: Any) -> None:
    assert m.measure([m.Point(1, 2), m.Point(3, 4)], lambda p: p.x * p.y) == 14
    seen: list[Any] = []

    def tint(c: Any) -> Any:
        seen.append(c)
        return m.Color.BLUE

    assert m.recolor(m.Color.RED, tint) is m.Color.BLUE and seen == [m.Color.RED]
    shapes: list[Any] = []

    def only_rect(s: Any) -> bool:
        shapes.append(s)
        return isinstance(s, m.ShapeRect)

    assert m.count_shapes(only_rect) == 1
    assert shapes == [m.ShapeCircle(1), m.ShapeRect(2, 3), m.ShapeEmpty()]


@case("callbacks.owned_record_arg")
def test_owned_record_arg(m: Any) -> None:
    seen: list[Any] = []

    def f(p: Any) -> int:
        seen.append(p)
        return int(p.age) + len(p.tags)

    person = m.Person("Ann", 33, ["a", "b"], m.Address("s", "Oslo", 1), None)
    assert m.inspect_person(person, f) == 35
    assert seen[0].name == "Ann" and seen[0].tags == ["a", "b"] and seen[0].address.city == "Oslo"


@case("callbacks.reentrant")
def test_reentrant(m: Any) -> None:
    assert m.apply(5, lambda x: m.echo_u32(x * 2)) == 10


@case("retained.subscribe_emit")
def test_subscribe_emit(m: Any) -> None:
    got: list[int] = []

    def listener(v: int) -> None:
        got.append(v)

    r0 = refs(listener)
    src = m.EventSource()
    src.subscribe(listener)
    assert refs(listener) > r0  # kept by the library
    assert src.emit(7) == 1 and got == [7]
    src.close()
    assert refs(listener) == r0


@case("retained.multiple")
def test_retained_multiple(m: Any) -> None:
    order: list[str] = []
    with m.EventSource() as src:
        assert src.subscribe(lambda v: order.append(f"a{v}")) == 1
        assert src.subscribe(lambda v: order.append(f"b{v}")) == 2
        src.emit(3)
        assert order == ["a3", "b3"]
        assert src.emitted() == 1


@case("retained.clear")
def test_retained_clear(m: Any) -> None:
    def f(v: int) -> None:
        pytest.fail("called after clear")

    r0 = refs(f)
    with m.EventSource() as src:
        src.subscribe(f)
        src.subscribe(f)
        assert src.clear() == 2
        assert refs(f) == r0
        assert src.listener_count() == 0
        assert src.emit(1) == 0


@case("retained.threads")
def test_retained_threads(m: Any) -> None:
    got: list[tuple[int, int]] = []

    def f(v: int) -> None:
        got.append((v, threading.get_ident()))

    r0 = refs(f)
    with m.EventSource() as src:
        src.subscribe(f)
        assert src.emit_from_thread(9) == 1
        assert got[0][0] == 9 and got[0][1] != threading.get_ident()
        src.clear_on_thread()
        assert refs(f) == r0


@case("retained.reentrant")
def test_retained_reentrant(m: Any) -> None:
    counts: list[int] = []
    with m.EventSource() as src:
        src.subscribe(lambda v: counts.append(src.listener_count()))
        src.emit(1)
        assert counts == [1]


@case("once.called_once")
def test_once_called(m: Any) -> None:
    calls: list[int] = []

    def f(x: int) -> int:
        calls.append(x)
        return x + 1

    r0 = refs(f)
    assert m.apply_once(4, f) == 5 and calls == [4] and refs(f) == r0


@case("once.not_called")
def test_once_not_called(m: Any) -> None:
    def never(x: int) -> int:
        pytest.fail("called")

    r0 = refs(never)
    assert m.maybe_apply_once(False, 4, never) == 4
    assert refs(never) == r0
    assert m.maybe_apply_once(True, 4, lambda x: x + 1) == 5


@case("once.on_drop")
def test_once_on_drop(m: Any) -> None:
    finals: list[int] = []

    def f1(v: int) -> None:
        pytest.fail("replaced callback called")

    def f2(v: int) -> None:
        finals.append(v)

    r1, r2 = refs(f1), refs(f2)
    c = m.Counter(3)
    c.set_on_drop(f1)
    c.set_on_drop(f2)
    assert refs(f1) == r1
    c.add(4)
    assert finals == []
    c.close()
    assert finals == [7] and refs(f2) == r2


@case("callback_failure.status")
def test_callback_failure_status(m: Any) -> None:
    def f(x: int) -> int:
        raise Boom("inside")

    r0 = refs(f)
    with pytest.raises(Boom, match="inside"):
        m.apply(1, f)
    assert refs(f) == r0
    with pytest.raises(TypeError):
        m.apply(1, lambda x: "not a number")


@case("callback_failure.partial_vec")
def test_callback_failure_partial_vec(m: Any) -> None:
    calls: list[int] = []

    def f(x: int) -> int:
        calls.append(x)
        if len(calls) == 3:
            raise Boom("third")
        return x

    with pytest.raises(Boom):
        m.map_u32([1, 2, 3, 4], f)
    assert calls == [1, 2, 3]


@case("callback_failure.once_and_no_return")
def test_callback_failure_once_and_no_return(m: Any) -> None:
    def once(x: int) -> int:
        raise Boom("once")

    with pytest.raises(Boom):
        m.apply_once(1, once)
    calls: list[int] = []

    def second() -> None:
        calls.append(1)
        if len(calls) == 2:
            raise Boom("second")

    with pytest.raises(Boom):
        m.call_n_times(5, second)
    assert len(calls) == 2


@case("callback_failure.retained")
def test_callback_failure_retained(m: Any) -> None:
    def f(v: int) -> None:
        raise Boom(f"listener {v}")

    r0 = refs(f)
    src = m.EventSource()
    src.subscribe(f)
    with pytest.raises(Boom, match="listener 1"):
        src.emit(1)
    with pytest.raises(Boom, match="listener 1"):
        src.emit_from_thread(1)
    assert src.listener_count() == 1
    src.close()
    assert refs(f) == r0


class Recorder:
    """A Logger implementation recording what it receives (made a subclass per flavour)."""

    def __init__(self, level: int = 3, fail: bool = False) -> None:
        self.lines: list[str] = []
        self.lvl = level
        self.fail = fail

    def log(self, message: str) -> None:
        if self.fail:
            raise Boom("log failed")
        self.lines.append(message)

    def level(self) -> int:
        return self.lvl


def logger(m: Any, level: int = 3, fail: bool = False) -> Any:
    cls = type("FlavourRecorder", (Recorder, m.Logger), {})
    return cls(level, fail)


@case("callback_failure.interface")
def test_callback_failure_interface(m: Any) -> None:
    lg = logger(m, fail=True)
    r0 = refs(lg)
    with pytest.raises(Boom, match="log failed"):
        m.call_logger(lg, "hi")
    assert refs(lg) == r0


@case("interfaces.borrowed")
def test_interface_borrowed(m: Any) -> None:
    lg = logger(m, 3)
    r0 = refs(lg)
    assert m.call_logger(lg, "hi") == 3
    assert lg.lines == ["hi"] and refs(lg) == r0
    with pytest.raises(TypeError, match="logger"):
        m.call_logger(object(), "hi")


@case("interfaces.retained")
def test_interface_retained(m: Any) -> None:
    lg = logger(m, 1)
    r0 = refs(lg)
    j = m.Journal(lg)
    assert j.write("a") == 1 and j.write("b") == 2
    assert lg.lines == ["#1 a", "#2 b"] and j.lines() == 2
    assert refs(lg) > r0
    j.close()
    assert refs(lg) == r0


@case("interfaces.silent")
def test_interface_silent(m: Any) -> None:
    lg = logger(m, 0)
    with m.Journal(lg) as j:
        assert j.write("a") == 0
    assert lg.lines == []


@case("interfaces.enums_records")
def test_interface_enums_records(m: Any) -> None:
    drawn: list[tuple[Any, Any, Any]] = []
    tinted: list[Any] = []

    class Picky(m.Canvas):  # type: ignore[misc]
        def draw(self, shape: Any, color: Any, at: Any) -> bool:
            drawn.append((shape, color, at))
            return not isinstance(shape, m.ShapeCircle)

        def tint(self, color: Any) -> Any:
            tinted.append(color)
            return m.Color.BLUE

        def scale(self) -> float:
            return 10.0

    shapes = [m.ShapeCircle(1), m.ShapeRect(2, 3), m.ShapeEmpty()]
    assert m.render(Picky(), shapes, m.Color.RED) == 60
    assert [d[1] for d in drawn] == [m.Color.BLUE] * 3
    assert [d[2] for d in drawn] == [m.Point(0, 0), m.Point(1, 0), m.Point(2, 0)]
    assert tinted and all(t is m.Color.RED for t in tinted)
