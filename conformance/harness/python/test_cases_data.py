"""Cases about values: numbers, strings, slices, vectors, options, records, enums."""

from __future__ import annotations

import array
import math
import struct
from typing import Any

import pytest

from harness import case

U64_MAX = 2**64 - 1
I64_MIN = -(2**63)
I64_MAX = 2**63 - 1


def f32(x: float) -> float:
    return float(struct.unpack("<f", struct.pack("<f", x))[0])


def bits64(x: float) -> int:
    return int(struct.unpack("<Q", struct.pack("<d", x))[0])


@case("primitives.unsigned_extremes")
def test_unsigned_extremes(m: Any) -> None:
    for fn, top in [(m.echo_u8, 255), (m.echo_u16, 65535), (m.echo_u32, 4294967295), (m.echo_u64, U64_MAX)]:
        assert fn(0) == 0
        assert fn(top) == top
        with pytest.raises(OverflowError):
            fn(top + 1)
        with pytest.raises(OverflowError):
            fn(-1)


@case("primitives.signed_extremes")
def test_signed_extremes(m: Any) -> None:
    for fn, bits in [(m.echo_i8, 8), (m.echo_i16, 16), (m.echo_i32, 32), (m.echo_i64, 64)]:
        lo, hi = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
        for v in (lo, -1, hi):
            assert fn(v) == v
        with pytest.raises(OverflowError):
            fn(hi + 1)
        with pytest.raises(OverflowError):
            fn(lo - 1)


@case("primitives.pointer_sized")
def test_pointer_sized(m: Any) -> None:
    assert m.usize_max() == U64_MAX
    assert m.isize_min() == I64_MIN
    assert m.echo_usize(U64_MAX) == U64_MAX
    assert m.echo_isize(I64_MIN) == I64_MIN
    assert m.echo_isize(I64_MAX) == I64_MAX


@case("primitives.arithmetic")
def test_arithmetic(m: Any) -> None:
    assert m.wrapping_add_u64(U64_MAX, 2) == 1
    assert m.wrapping_neg_i8(-128) == -128
    assert m.wrapping_neg_i8(5) == -5
    assert m.mix(200, -300, 4000000000, -5000000000, 0.5, 0.25, True, 65535, -128, 1099511627776) == 1098511693084.75


@case("primitives.float_extremes")
def test_float_extremes(m: Any) -> None:
    f32_max = f32(3.4028234663852886e38)
    for v in (1.5, f32_max, -f32_max, 2.0**-126, 2.0**-149):
        assert m.echo_f32(v) == v
    for v in (1.7976931348623157e308, 2.2250738585072014e-308, 5e-324):
        assert bits64(m.echo_f64(v)) == bits64(v)


@case("primitives.nan")
def test_nan(m: Any) -> None:
    assert math.isnan(m.echo_f64(math.nan))
    assert math.isnan(m.echo_f32(math.nan))
    assert m.is_nan(math.nan) is True
    assert m.is_nan(1.0) is False
    x = m.f64_from_bits(0x7FF8000000000001)
    assert math.isnan(x)
    assert bits64(x) == 0x7FF8000000000001
    assert m.f64_to_bits(x) == 0x7FF8000000000001
    assert m.f32_to_bits(1.0) == 0x3F800000


@case("primitives.infinity")
def test_infinity(m: Any) -> None:
    for fn in (m.echo_f64, m.echo_f32):
        assert fn(math.inf) == math.inf
        assert fn(-math.inf) == -math.inf
    assert m.infinity_f32() == math.inf


@case("primitives.negative_zero")
def test_negative_zero(m: Any) -> None:
    assert math.copysign(1.0, m.echo_f64(-0.0)) == -1.0
    assert math.copysign(1.0, m.echo_f32(-0.0)) == -1.0
    assert m.is_negative_zero(-0.0) is True
    assert m.is_negative_zero(0.0) is False
    assert m.f64_to_bits(-2.0) == 0xC000000000000000


@case("primitives.bool_values")
def test_bool_values(m: Any) -> None:
    assert m.echo_bool(True) is True
    assert m.echo_bool(False) is False
    assert m.invert(True) is False
    assert m.invert(False) is True
    with pytest.raises(TypeError, match="x"):
        m.echo_bool(1)


@case("primitives.bool_slice")
def test_bool_slice(m: Any) -> None:
    assert m.all_true([True, True]) is True
    assert m.all_true([True, False, True]) is False
    assert m.all_true([]) is True


@case("strings.char_counts")
def test_char_counts(m: Any) -> None:
    for s, chars, size in [("hello", 5, 5), ("héllo", 5, 6), ("👋🌍", 2, 8)]:
        assert m.count_chars(s) == chars
        assert m.byte_len(s) == size
    assert m.count_chars("x" * (1 << 20)) == 1048576


@case("strings.not_nul_terminated")
def test_not_nul_terminated(m: Any) -> None:
    s = "hello world"[:5]
    assert m.count_chars(s) == 5
    assert m.greet(s) == "Hello, hello!"


@case("strings.interior_nul_in")
def test_interior_nul_in(m: Any) -> None:
    assert m.byte_len("a\0b") == 3
    assert m.count_chars("a\0b") == 3


@case("strings.empty_in")
def test_empty_in(m: Any) -> None:
    assert m.count_chars("") == 0
    assert m.greet("") == "Hello, !"


@case("strings.owned_param")
def test_owned_param(m: Any) -> None:
    a, b = "foo", "bar"
    assert m.to_upper("straße") == "STRASSE"
    assert m.concat(a, b) == "foobar"
    assert (a, b) == ("foo", "bar")


@case("strings.greet_and_free")
def test_greet_and_free(m: Any) -> None:
    s = m.greet("Zoë")
    assert s == "Hello, Zoë!"
    assert len(s.encode()) == 12


@case("strings.empty_out")
def test_empty_out(m: Any) -> None:
    assert m.empty_string() == ""


@case("strings.large_out")
def test_large_out(m: Any) -> None:
    assert m.repeat_str("ab", 100000) == "ab" * 100000


@case("strings.bytes_out")
def test_bytes_out(m: Any) -> None:
    assert m.echo_string("a\0b") == "a\0b"
    assert m.reverse("añb") == "bña"


@case("slices.sum_f64")
def test_sum_f64(m: Any) -> None:
    values = [1.5, 2.25, -0.75]
    assert m.sum_f64(values) == 3.0
    assert m.sum_f64(array.array("d", values)) == 3.0
    ints = [-5, I64_MAX, 0]
    assert m.max_i64(ints) == I64_MAX
    assert values == [1.5, 2.25, -0.75] and ints == [-5, I64_MAX, 0]


@case("slices.empty")
def test_slices_empty(m: Any) -> None:
    assert m.sum_f64([]) == 0
    assert m.max_i64([]) == I64_MIN
    m.fill([], 9)


@case("slices.large")
def test_slices_large(m: Any) -> None:
    data = b"\xff" * 1000000
    assert m.sum_u8(data) == 255000000
    assert m.sum_u8(bytearray(data)) == 255000000
    assert m.sum_u8(memoryview(data)) == 255000000


@case("slices.records")
def test_slices_records(m: Any) -> None:
    assert m.sum_x([m.Point(1, 9), m.Point(2, 9), m.Point(3.5, 9)]) == 6.5
    a = m.Address("s", "c", 1)
    people = [m.Person("A", 30, [], a, None), m.Person("B", 12, ["x"], a, "e")]
    assert m.total_age(people) == 42


@case("mut_slices.fill_subrange")
def test_fill_subrange(m: Any) -> None:
    v = [1, 2, 3, 4]
    m.fill(v, 7)
    assert v == [7, 7, 7, 7]
    buf = array.array("I", [0, 1, 2, 3, 4, 5])
    m.fill(memoryview(buf)[2:5], 9)
    assert list(buf) == [0, 1, 9, 9, 9, 5]


@case("mut_slices.reverse_i64")
def test_reverse_i64(m: Any) -> None:
    v = [I64_MIN, 0, I64_MAX]
    m.reverse_i64(v)
    assert v == [I64_MAX, 0, I64_MIN]
    a = array.array("q", [1, 2, 3])
    m.reverse_i64(a)
    assert list(a) == [3, 2, 1]


@case("mut_slices.records_and_f32")
def test_records_and_f32(m: Any) -> None:
    pts = [m.Point(1, -2), m.Point(0.5, 4)]
    m.scale_points(pts, 3)
    assert pts == [m.Point(3, -6), m.Point(1.5, 12)]
    v = [1.5, -0.25]
    m.double_f32(v)
    assert v == [3, -0.5]


@case("mut_slices.pixels")
def test_pixels(m: Any) -> None:
    px = [m.Pixel(250, 0, 10, 7), m.Pixel(1, 2, 3, 4)]
    m.brighten(px, 10)
    assert px == [m.Pixel(255, 10, 20, 7), m.Pixel(11, 12, 13, 4)]
    raw = bytearray([250, 0, 10, 7, 1, 2, 3, 4])
    m.brighten(raw, 10)
    assert list(raw) == [255, 10, 20, 7, 11, 12, 13, 4]


@case("vecs.u32_and_free")
def test_vec_u32(m: Any) -> None:
    assert m.make_vec_u32(5) == [0, 1, 2, 3, 4]


@case("vecs.empty_and_large")
def test_vec_empty_and_large(m: Any) -> None:
    assert m.make_vec_u32(0) == []
    big = m.make_vec_u32(1000000)
    assert big == list(range(1000000))


@case("vecs.strings")
def test_vec_strings(m: Any) -> None:
    assert m.split_words(" a bb  ccc ") == ["a", "bb", "ccc"]


@case("vecs.records")
def test_vec_records(m: Any) -> None:
    assert m.points_on_diagonal(3) == [m.Point(0, 0), m.Point(1, 1), m.Point(2, 2)]
    people = m.make_people(3)
    assert len(people) == 3
    p = people[2]
    assert (p.name, p.age, p.tags, p.address.city) == ("p2", 2, ["t0", "t1"], "Springfield")


@case("vecs.bools_bytes_enums")
def test_vec_bools_bytes_enums(m: Any) -> None:
    assert m.parity([1, 2, 3, 4]) == [False, True, False, True]
    assert m.bytes_of("hé") == b"\x68\xc3\xa9"
    assert m.all_colors() == [m.Color.RED, m.Color.GREEN, m.Color.BLUE]


@case("vecs.params")
def test_vec_params(m: Any) -> None:
    v = [3, -1, 2]
    assert m.sorted_i32(v) == [-1, 2, 3]
    assert v == [3, -1, 2]
    assert m.sum_y([m.Point(0, 1.5), m.Point(0, 2)]) == 3.5
    assert m.count_blue([m.Color.BLUE, m.Color.RED, m.Color.BLUE]) == 2


@case("vecs.string_param")
def test_vec_string_param(m: Any) -> None:
    assert m.join(["a", "b", "c"], "-") == "a-b-c"
    assert m.join([], "-") == ""


@case("options.number")
def test_option_number(m: Any) -> None:
    assert m.maybe_half(-8) == -4
    assert m.maybe_half(7) is None


@case("options.string")
def test_option_string(m: Any) -> None:
    assert m.first_word("  hello world") == "hello"
    assert m.first_word("   ") is None


@case("options.params")
def test_option_params(m: Any) -> None:
    assert m.unwrap_or(3, 9) == 3
    assert m.unwrap_or(None, 9) == 9
    assert m.greet_opt("Bo") == "Hello, Bo!"
    assert m.greet_opt(None) == "Hello, stranger!"


@case("options.vec")
def test_option_vec(m: Any) -> None:
    assert m.digits("907") == [9, 0, 7]
    assert m.digits("9a") is None
    assert m.digits("") == []


@case("options.enum_and_float")
def test_option_enum_and_float(m: Any) -> None:
    assert m.color_from_index(1) is m.Color.GREEN
    assert m.color_from_index(3) is None
    assert m.parse_f64(" 2.5 ") == 2.5
    assert m.parse_f64("x") is None


@case("options.record")
def test_option_record(m: Any) -> None:
    assert m.centroid([m.Point(0, 0), m.Point(2, 4)]) == m.Point(1, 2)
    assert m.centroid([]) is None
    assert m.negate_point(m.Point(1, -2)) == m.Point(-1, 2)
    assert m.negate_point(None) is None


@case("records.point")
def test_record_point(m: Any) -> None:
    assert m.echo_point(m.Point(1.5, -2)) == m.Point(1.5, -2)
    assert m.distance(m.Point(0, 0), m.Point(3, 4)) == 5


@case("records.padded")
def test_record_padded(m: Any) -> None:
    p = m.Packet(True, U64_MAX, 255, -32768, 0.25, U64_MAX, I64_MIN)
    assert m.echo_packet(p) == p
    q = m.bump_packet(m.Packet(False, U64_MAX, 200, -2, 0.5, 7, -7))
    assert q == m.Packet(True, 0, 144, -2, 0.5, 7, -7)


@case("records.enum_fields")
def test_record_enum_fields(m: Any) -> None:
    s = m.Styled(m.Color.BLUE, m.Level.LOW, m.ShapeRect(2, 3))
    assert m.echo_styled(s) == s


@case("records.string_field")
def test_record_string_field(m: Any) -> None:
    mk = m.make_marker("home", m.Point(1.5, -2))
    assert mk == m.Marker("home", m.Point(1.5, -2))
    assert m.describe_marker(mk) == "home at (1.5, -2)"
    assert m.describe_marker(m.Marker("lost", None)) == "lost nowhere"


@case("nested.line")
def test_nested_line(m: Any) -> None:
    line = m.Line(m.Point(1, 1), m.Point(4, 5))
    assert m.line_length(line) == 5
    assert m.reverse_line(line) == m.Line(m.Point(4, 5), m.Point(1, 1))


@case("nested.person_out")
def test_person_out(m: Any) -> None:
    p = m.make_person("Ann", 33)
    assert p == m.Person("Ann", 33, ["new"], m.Address("1 Main St", "Springfield", 12345), None)


@case("nested.person_in")
def test_person_in(m: Any) -> None:
    p = m.Person("Zoë", 41, ["a", "b"], m.Address("2 High St", "Paris", 75001), "z@x.org")
    assert m.describe_person(p) == "Zoë (41) from Paris, tags: a,b, email: z@x.org"


@case("nested.round_trip")
def test_person_round_trip(m: Any) -> None:
    p = m.Person("Ann", 33, ["x"], m.Address("s", "Lyon", 1), None)
    q = m.birthday(p)
    assert q.age == 34 and q.tags == ["x", "birthday"]
    assert (q.name, q.address, q.email) == (p.name, p.address, p.email)
    assert p.age == 33 and p.tags == ["x"]


@case("nested.deep")
def test_nested_deep(m: Any) -> None:
    sq = m.make_square("sq", 2.5)
    assert sq.name == "sq"
    assert sq.points == [m.Point(0, 0), m.Point(2.5, 0), m.Point(2.5, 2.5), m.Point(0, 2.5)]
    assert m.perimeter(sq) == 10
    team = m.make_team("red", 3)
    assert [p.name for p in team.members] == ["red-1", "red-2", "red-3"]
    assert [p.age for p in team.members] == [20, 21, 22]
    assert team.lead is not None and team.lead.name == "red-1"
    assert m.oldest_member(team) == "red-3"
    empty = m.make_team("none", 0)
    assert empty.members == [] and empty.lead is None


@case("c_enums.values")
def test_c_enum_values(m: Any) -> None:
    assert (int(m.Color.RED), int(m.Color.GREEN), int(m.Color.BLUE)) == (0, 5, 6)


@case("c_enums.round_trip")
def test_c_enum_round_trip(m: Any) -> None:
    for c in m.Color:
        assert m.echo_color(c) is c
    assert m.next_color(m.Color.RED) is m.Color.GREEN
    assert m.next_color(m.Color.GREEN) is m.Color.BLUE
    assert m.next_color(m.Color.BLUE) is m.Color.RED
    assert m.color_name(m.Color.GREEN) == "green"


@case("c_enums.negative")
def test_c_enum_negative(m: Any) -> None:
    assert (int(m.Level.LOW), int(m.Level.MID), int(m.Level.HIGH)) == (-1, 0, 100)
    assert m.echo_level(m.Level.LOW) is m.Level.LOW
    assert m.level_value(m.Level.LOW) == -1
    assert m.level_value(m.Level.HIGH) == 100


@case("data_enums.tags_and_area")
def test_data_enum_area(m: Any) -> None:
    assert m.area(m.ShapeCircle(2)) == pytest.approx(4 * math.pi)
    assert m.area(m.ShapeRect(2, 3)) == 6
    assert m.area(m.ShapeEmpty()) == 0
    match m.make_circle(2.0):
        case m.ShapeCircle(radius=r):
            assert r == 2.0
        case _:
            pytest.fail("not a circle")


@case("data_enums.returned")
def test_data_enum_returned(m: Any) -> None:
    assert m.make_circle(1.5) == m.ShapeCircle(1.5)
    assert m.scale_shape(m.ShapeRect(2, 3), 2) == m.ShapeRect(4, 6)
    assert m.scale_shape(m.ShapeEmpty(), 2) == m.ShapeEmpty()
    assert m.shapes() == [m.ShapeCircle(1), m.ShapeRect(2, 3), m.ShapeEmpty()]


@case("data_enums.owned_payload")
def test_data_enum_owned(m: Any) -> None:
    assert m.make_text_message("hi") == m.MessageText("hi")
    assert m.make_batch(4) == m.MessageBatch([0, 1, 2, 3])


@case("data_enums.param")
def test_data_enum_param(m: Any) -> None:
    assert m.describe_message(m.MessageText("yo")) == "text: yo"
    assert m.describe_message(m.MessageMove(-1, 2)) == "move: -1,2"
    assert m.describe_message(m.MessageBatch([1, 2])) == "batch: 2 items"
    assert m.describe_message(m.MessageQuit()) == "quit"
