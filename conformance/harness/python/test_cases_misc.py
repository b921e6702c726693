"""Cases about constants, panics, invalid input, documentation and the load-time checks."""

from __future__ import annotations

import ctypes
import inspect
import math
from typing import Any

import pytest

from harness import case, refs

I64_MAX = 2**63 - 1
BAD_STR = "\ud800"  # a lone surrogate: not encodable as UTF-8


@case("constants.integers")
def test_constants_integers(m: Any) -> None:
    assert m.MAX_ITEMS == 10 == m.max_items()
    assert m.MASK == 0xDEADBEEF
    assert m.PAGE_SIZE == 4096
    assert m.OFFSET == -4096


@case("constants.extremes")
def test_constants_extremes(m: Any) -> None:
    assert (m.SMALLEST_I8, m.SMALLEST_I16, m.SMALLEST_I32, m.SMALLEST_I64) == (-(2**7), -(2**15), -(2**31), -(2**63))
    assert (m.LARGEST_U8, m.LARGEST_U16, m.LARGEST_U32) == (255, 65535, 2**32 - 1)
    assert m.LARGEST_U64 == 18446744073709551615
    assert m.LARGEST_I64 == I64_MAX


@case("constants.floats_bools")
def test_constants_floats_bools(m: Any) -> None:
    assert m.GRAVITY == 9.80665
    assert m.ABSOLUTE_ZERO == -273.15
    assert m.TINY == 1e-300
    assert m.RATIO == 0.25
    assert m.ENABLED is True and m.DISABLED is False


@case("constants.strings")
def test_constants_strings(m: Any) -> None:
    assert m.GREETING == "Hello, polybind!"
    assert m.TRICKY == "tab\tquote\"backslash\\newline\nunicode é */ end"
    assert len(m.TRICKY.encode()) == 45
    assert m.tricky() == m.TRICKY


@case("panics.message")
def test_panic_message(m: Any) -> None:
    with pytest.raises(m.PanicError, match="boom"):
        m.always_panics("boom")
    with pytest.raises(m.PanicError, match="ünïcødé 💥"):
        m.always_panics("ünïcødé 💥")


@case("panics.non_string_payload")
def test_panic_non_string(m: Any) -> None:
    with pytest.raises(m.PanicError) as e:
        m.panic_with_code(7)
    assert str(e.value)


@case("panics.in_result_fn")
def test_panic_in_result_fn(m: Any) -> None:
    with pytest.raises(m.PanicError):
        m.divide_exact(1, 0)


@case("panics.in_object")
def test_panic_in_object(m: Any) -> None:
    n = m.live_counters()
    with m.Counter(6) as c:
        with pytest.raises(m.PanicError, match="divide by zero"):
            c.divide(0)
        assert c.divide(2) == 3
    with pytest.raises(m.PanicError, match="counter sum overflows"):
        m.Counter.from_sum([I64_MAX, 1])
    assert m.live_counters() == n


@case("panics.after_callback")
def test_panic_after_callback(m: Any) -> None:
    def zero(x: int) -> int:
        return 0

    r0 = refs(zero)
    with pytest.raises(m.PanicError, match="callback returned zero"):
        m.apply_nonzero(1, zero)
    assert refs(zero) == r0
    assert m.echo_u32(5) == 5
    with pytest.raises(m.PanicError, match="fresh"):
        m.always_panics("fresh")


@case("invalid.utf8_str")
def test_invalid_utf8_str(m: Any) -> None:
    # A Python str is always valid text except for lone surrogates: those are refused before
    # the call, as a ValueError (UnicodeEncodeError).
    with pytest.raises(ValueError):
        m.count_chars(BAD_STR)
    with pytest.raises(ValueError):
        m.greet("a" + BAD_STR)
    with pytest.raises(TypeError, match="name"):
        m.greet(b"bytes")


@case("invalid.utf8_owned")
def test_invalid_utf8_owned(m: Any) -> None:
    with pytest.raises(ValueError):
        m.to_upper(BAD_STR)
    with pytest.raises(ValueError):
        m.greet_opt(BAD_STR)
    with pytest.raises(ValueError):
        m.join(["a", BAD_STR], "-")


@case("invalid.utf8_record_field")
def test_invalid_utf8_record_field(m: Any) -> None:
    def person(name: str = "n", tag: str = "t", city: str = "c") -> Any:
        return m.Person(name, 1, [tag], m.Address("s", city, 1), None)

    for p in (person(name=BAD_STR), person(tag=BAD_STR), person(city=BAD_STR)):
        with pytest.raises(ValueError):
            m.describe_person(p)


@case("invalid.null_with_len")
def test_invalid_null_with_len(m: Any) -> None:
    # Python has no NULL pointers: None where a string or a sequence is expected is a TypeError
    # naming the parameter.
    with pytest.raises(TypeError, match="s"):
        m.count_chars(None)
    with pytest.raises(TypeError, match="values"):
        m.sum_f64(None)
    with pytest.raises(TypeError, match="values"):
        m.fill(None, 1)
    with pytest.raises(TypeError, match="values"):
        m.sorted_i32(None)


@case("invalid.unknown_c_enum")
def test_invalid_unknown_c_enum(m: Any) -> None:
    for v in (1, 7, -1):
        with pytest.raises(ValueError):
            m.Color(v)
        with pytest.raises(TypeError, match="color"):
            m.echo_color(v)
    with pytest.raises(TypeError, match="color"):
        m.echo_styled(m.Styled(3, m.Level.LOW, m.ShapeEmpty()))


@case("invalid.unknown_data_enum_tag")
def test_invalid_unknown_data_enum_tag(m: Any) -> None:
    with pytest.raises(TypeError, match="shape"):
        m.area(m.Shape())
    with pytest.raises(TypeError, match="shape"):
        m.area(3)


@case("invalid.null_out")
def test_invalid_null_out(m: Any) -> None:
    # The out-parameters are the binding's own; what a caller can get wrong is the arguments.
    with pytest.raises(TypeError):
        m.echo_u8()
    with pytest.raises(TypeError):
        m.echo_u8(1, 2)
    with pytest.raises(TypeError, match="x"):
        m.echo_u8("1")
    with pytest.raises(OverflowError, match="x"):
        m.echo_u8(256)


@case("invalid.released_on_early_failure")
def test_released_on_early_failure(m: Any) -> None:
    def f(x: int) -> int:
        pytest.fail("called")

    r0 = refs(f)
    with pytest.raises(TypeError, match="x"):
        m.apply("1", f)
    with pytest.raises(OverflowError):
        m.apply(-1, f)
    assert refs(f) == r0

    class Never(m.Logger):  # type: ignore[misc]
        def log(self, message: str) -> None:
            pytest.fail("called")

        def level(self) -> int:
            pytest.fail("called")

    lg = Never()
    r1 = refs(lg)
    with pytest.raises(ValueError):
        m.call_logger(lg, BAD_STR)
    assert refs(lg) == r1


@case("invalid.misaligned_slice")
def test_invalid_misaligned_slice(m: Any) -> None:
    raw = bytearray(8 * 3 + 1)
    with pytest.raises(m.InvalidArgumentError):
        m.sum_f64(memoryview(raw)[1:])
    with pytest.raises(TypeError, match="values"):
        m.sum_f64(memoryview(raw)[1:10])  # not a whole number of f64


@case("invalid.null_function_pointer")
def test_invalid_null_function_pointer(m: Any) -> None:
    with pytest.raises(TypeError, match="f"):
        m.apply(1, None)
    with pytest.raises(TypeError, match="logger"):
        m.call_logger(None, "x")


@case("docs.items")
def test_docs_items(m: Any) -> None:
    assert "Reference library for the polybind conformance suite" in (m.__doc__ or "")
    assert "Echoes an unsigned byte back to the caller" in (m.echo_u8.__doc__ or "")
    assert "The largest batch the library accepts" in inspect.getsource(m)
    assert "Receives log lines; implemented by the foreign side" in (m.Logger.__doc__ or "")


@case("docs.members")
def test_docs_members(m: Any) -> None:
    src = inspect.getsource(m)
    assert "Horizontal coordinate, in metres" in src
    assert "The colour of grass" in src
    assert "Reads the current value of the counter" in (m.Counter.get.__doc__ or "")


@case("docs.comment_terminator")
def test_docs_comment_terminator(m: Any) -> None:
    doc = m.Packet.__doc__ or ""
    assert "must not end the C comment early" in doc
    assert "Its fields have every alignment, so the C struct has padding" in doc


@case("layout.verify_interface")
def test_verify_interface(m: Any) -> None:
    # Importing ran the check; a differing checksum is refused with a clear ImportError. The
    # native flavour checks from C (`_native.verify`), the ctypes flavour from Python.
    verify = m._native.verify if hasattr(m, "_native") else m._lib.verify
    with pytest.raises(ImportError, match="function echo_u8 differs"):
        verify([("function echo_u8", "conformance_checksum_fn_echo_u8", 1)], [])
    with pytest.raises(ImportError, match="has no function nope"):
        verify([("function nope", "conformance_checksum_fn_nope", 1)], [])
    with pytest.raises(ImportError, match="point differs"):
        verify([], [("point", 1)] if hasattr(m, "_native") else [("point", ctypes.c_uint8)])


def library_fn(m: Any, symbol: str) -> int:
    """Call a `uint64_t (void)` function of the library (through ctypes, in the test only)."""
    path = m._native.library_path() if hasattr(m, "_native") else m._lib.dll._name
    f = ctypes.CDLL(path)[symbol]
    f.restype = ctypes.c_uint64
    return int(f())


def library_layout(m: Any, name: str) -> int:
    return library_fn(m, f"conformance_layout_{name}")


def bindings_layout(m: Any, name: str) -> int:
    """The layout the bindings were built with: the extension's C types, or the ctypes mirror."""
    if hasattr(m, "_native"):
        return int(m._native.layouts()[name])
    ctype = getattr(m, "_T_" + "".join(p.capitalize() for p in name.split("_"))).ctype
    return (ctypes.sizeof(ctype) << 16) | ctypes.alignment(ctype)


@case("layout.records")
def test_layout_records(m: Any) -> None:
    for name in ["point", "pixel", "packet", "styled", "marker", "line", "address", "person", "polygon", "team"]:
        assert library_layout(m, name) == bindings_layout(m, name), name


@case("layout.enums")
def test_layout_enums(m: Any) -> None:
    for name in ["shape", "message", "math_error", "parse_error", "age_error"]:
        assert library_layout(m, name) == bindings_layout(m, name), name
    if not hasattr(m, "_native"):
        assert ctypes.sizeof(m._T_Color.ctype) == 4 and ctypes.alignment(m._T_Level.ctype) == 4


@case("layout.checksums")
def test_layout_checksums(m: Any) -> None:
    def checksum(key: str) -> int:
        return library_fn(m, f"conformance_checksum_{key}")

    keys = ["fn_echo_u8", "fn_echo_u16", "method_counter_get", "type_point", "type_counter", "type_logger"]
    values = [checksum(k) for k in keys]
    assert all(values)
    assert values == [checksum(k) for k in keys]
    assert len(set(values)) == len(values)
    assert not math.isnan(float(values[0]))
    if hasattr(m, "_native"):
        expected = m._native.checksums()
        assert [expected[f"conformance_checksum_{k}"] for k in keys] == values
