"""Numbers, strings, bytes, unit, plain values, labels, options, lists, arrays and tuples."""

from __future__ import annotations

import math
import struct
from typing import Any

import pytest

from harness import case

INT_MAX = 2**62 - 1
INT_MIN = -(2**62)


def bits(x: float) -> int:
    return int(struct.unpack("<Q", struct.pack("<d", x))[0])


@case("numbers.int_round_trip")
def test_int_round_trip(m: Any) -> None:
    for v in (0, -1, INT_MAX, INT_MIN):
        assert m.echo_int(v) == v
    assert m.max_int_value() == INT_MAX
    assert m.min_int_value() == INT_MIN
    assert m.add(40, 2) == 42


@case("numbers.int_range_checked")
def test_int_range_checked(m: Any) -> None:
    for v in (INT_MAX + 1, INT_MIN - 1):
        with pytest.raises(m.InvalidArgumentError, match="OCaml's int range"):
            m.echo_int(v)
    with pytest.raises(m.InvalidArgumentError, match="OCaml's int range"):
        m.sum_list([1, INT_MAX + 1])


@case("numbers.floats")
def test_floats(m: Any) -> None:
    for v in (1.5, -0.0, math.inf, -math.inf, 5e-324):
        assert bits(m.echo_float(v)) == bits(v)
    assert m.is_nan(math.nan) is True
    assert m.is_nan(1.0) is False


@case("numbers.bool")
def test_bool(m: Any) -> None:
    assert m.negate(True) is False
    assert m.negate(False) is True


@case("numbers.mixed_args")
def test_mixed_args(m: Any) -> None:
    assert m.mix(1, 2.5, True, "s", -3) == "1 2.5 true s -3"


@case("strings.in_out")
def test_strings(m: Any) -> None:
    assert m.greet("é") == "Hello, é!"
    for s in ("", "plain", "🦀 crab"):
        assert m.echo_string(s) == s
    assert m.length_in_bytes("hé") == 3
    assert m.repeat("ab", 3) == "ababab"


@case("strings.invalid_utf8_out")
def test_invalid_utf8_out(m: Any) -> None:
    with pytest.raises(m.PanicError, match="not valid UTF-8"):
        m.invalid_utf8()


@case("strings.bytes")
def test_bytes(m: Any) -> None:
    assert m.bytes_of_string("hé") == b"h\xc3\xa9"
    assert m.bytes_length(b"\x00\xff") == 2
    assert m.reverse_bytes(b"abc") == b"cba"
    assert m.reverse_bytes(b"") == b""
    assert m.bytes_of_string("") == b""


@case("values.unit")
def test_unit(m: Any) -> None:
    before = m.ping_count()
    assert m.ping() is None
    m.ping()
    assert m.ping_count() == before + 2


@case("values.plain")
def test_plain_values(m: Any) -> None:
    assert m.version() == "1.0.0"
    assert m.answer() == 42


@case("values.labels")
def test_labels(m: Any) -> None:
    assert m.scale(2.0, m.Point(1, 2)) == m.Point(2, 4)
    assert m.sub(10, 3) == 7


@case("options.in_out")
def test_options(m: Any) -> None:
    assert m.maybe_double(None) is None
    assert m.maybe_double(21) == 42
    assert m.maybe_name(True) == "name"
    assert m.maybe_name(False) is None


@case("vecs.lists_and_arrays")
def test_lists_and_arrays(m: Any) -> None:
    assert m.sum_list([1, 2, 3]) == 6
    assert m.sum_list([]) == 0
    assert m.sum_array([1, 2, 3]) == 6
    assert m.sum_array([]) == 0
    assert m.range(4) == [0, 1, 2, 3]
    assert m.range(0) == []
    assert m.words(" a b  c") == ["a", "b", "c"]
    assert m.join(["x", "y"]) == "x,y"
    assert m.total([4, 5]) == 9


@case("vecs.float_arrays")
def test_float_arrays(m: Any) -> None:
    assert m.halves(3) == [0.0, 0.5, 1.0]
    assert m.halves(0) == []
    assert m.sum_floats([1.5, 2.5]) == 4.0
    assert m.sum_floats([]) == 0.0
    assert m.float_list(2) == [0.5, 1.5]


@case("vecs.nested")
def test_nested(m: Any) -> None:
    assert m.nested(3) == [[], [0], [0, 1]]


@case("tuples.records")
def test_tuples(m: Any) -> None:
    assert m.divmod(7, 2) == m.TupleIntInt(3, 1)
    assert m.swap(m.TupleIntString(1, "a")) == m.TupleStringInt("a", 1)
    assert m.enumerate(["a", "b"]) == [m.TupleIntString(0, "a"), m.TupleIntString(1, "b")]
