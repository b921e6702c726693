"""The hand-written ctypes baseline of `cargo xtask bench python`: pbbench called through ctypes
the way its documentation teaches (argtypes, restype, byref out-parameters, a Structure for
Point, CFUNCTYPE for the callback), with the status checked on every call."""

from __future__ import annotations

import ctypes
import dataclasses
import os
from typing import Any, Callable

_lib = ctypes.CDLL(os.path.join(os.environ["POLYBIND_LIB_DIR"], "libpbbench.so"))


class _Str(ctypes.Structure):
    _fields_ = [("ptr", ctypes.c_char_p), ("len", ctypes.c_size_t)]


class _String(ctypes.Structure):
    _fields_ = [("ptr", ctypes.c_void_p), ("len", ctypes.c_size_t), ("cap", ctypes.c_size_t)]


class _Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double)]


class _Slice(ctypes.Structure):
    _fields_ = [("ptr", ctypes.c_void_p), ("len", ctypes.c_size_t)]


_CALL = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_uint32, ctypes.POINTER(ctypes.c_uint32))
_RELEASE = ctypes.CFUNCTYPE(None, ctypes.c_void_p)


class _Fn(ctypes.Structure):
    _fields_ = [("call", _CALL), ("user_data", ctypes.c_void_p), ("release", _RELEASE)]


def _fn(name: str, argtypes: list[Any]) -> Any:
    f = _lib[name]
    f.argtypes = argtypes
    f.restype = ctypes.c_int32
    return f


_void = _fn("pbbench_primitive_void", [])
_u32 = _fn("pbbench_primitive_u32", [ctypes.c_uint32, ctypes.POINTER(ctypes.c_uint32)])
_many = _fn("pbbench_many_args_5", [ctypes.c_uint32, ctypes.c_uint64, ctypes.c_double, ctypes.c_int32, ctypes.c_uint8, ctypes.POINTER(ctypes.c_double)])
_cb = _fn("pbbench_callback", [_Fn, ctypes.c_uint32, ctypes.POINTER(ctypes.c_uint32)])
_sin = _fn("pbbench_string_in", [_Str, ctypes.POINTER(ctypes.c_size_t)])
_sout = _fn("pbbench_string_out", [ctypes.POINTER(_String)])
_slice = _fn("pbbench_slice_sum_1000", [_Slice, ctypes.POINTER(ctypes.c_double)])
_rec = _fn("pbbench_record_by_value", [_Point, ctypes.POINTER(_Point)])
_cnew = _fn("pbbench_counter_new", [ctypes.POINTER(ctypes.c_uint64)])
_ccall = _fn("pbbench_counter_method_call", [ctypes.c_uint64, ctypes.POINTER(ctypes.c_uint64)])
_cfree = _fn("pbbench_counter_free", [ctypes.c_uint64])
_dealloc = _lib.pbbench_rt_dealloc
_dealloc.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t]
_dealloc.restype = None


def _check(st: int) -> None:
    if st:
        raise RuntimeError(f"pbbench call failed with status {st}")


def primitive_void() -> None:
    _check(_void())


def primitive_u32(x: int) -> int:
    out = ctypes.c_uint32()
    _check(_u32(x, ctypes.byref(out)))
    return out.value


def many_args_5(a: int, b: int, c: float, d: int, e: int) -> float:
    out = ctypes.c_double()
    _check(_many(a, b, c, d, e, ctypes.byref(out)))
    return out.value


_callables: dict[int, Callable[[int], int]] = {}


@_CALL
def _call(user_data: int, x: int, out: Any) -> int:
    try:
        out[0] = _callables[user_data](x)
        return 0
    except Exception:
        return 1


@_RELEASE
def _release(user_data: int) -> None:
    _callables.pop(user_data, None)


def callback(f: Callable[[int], int], x: int) -> int:
    key = id(f)
    _callables[key] = f
    out = ctypes.c_uint32()
    _check(_cb(_Fn(_call, key, _release), x, ctypes.byref(out)))
    return out.value


def string_in(s: str) -> int:
    b = s.encode()
    out = ctypes.c_size_t()
    _check(_sin(_Str(b, len(b)), ctypes.byref(out)))
    return out.value


def string_out() -> str:
    s = _String()
    _check(_sout(ctypes.byref(s)))
    try:
        return ctypes.string_at(s.ptr, s.len).decode()
    finally:
        if s.cap:
            _dealloc(s.ptr, s.cap, 1)


def slice_sum_1000(values: Any) -> float:
    arr = (ctypes.c_double * len(values)).from_buffer(values)
    out = ctypes.c_double()
    _check(_slice(_Slice(ctypes.addressof(arr), len(values)), ctypes.byref(out)))
    return out.value


@dataclasses.dataclass
class Point:
    x: float
    y: float


def record_by_value(p: Point) -> Point:
    out = _Point()
    _check(_rec(_Point(p.x, p.y), ctypes.byref(out)))
    return Point(out.x, out.y)


class Counter:
    def __init__(self) -> None:
        h = ctypes.c_uint64()
        _check(_cnew(ctypes.byref(h)))
        self._h = h.value

    def method_call(self) -> int:
        out = ctypes.c_uint64()
        _check(_ccall(self._h, ctypes.byref(out)))
        return out.value

    def close(self) -> None:
        if self._h:
            _cfree(self._h)
            self._h = 0
