"""The registry of the Python harness: which case of cases.toml each test checks."""

from __future__ import annotations

import os
import sys
import tomllib
from typing import Any, Callable, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

#: case id -> the test functions checking it
REGISTERED: dict[str, list[str]] = {}


def case(case_id: str) -> Callable[[F], F]:
    """Mark a test as the check of one case of cases.toml."""

    def mark(fn: F) -> F:
        REGISTERED.setdefault(case_id, []).append(fn.__name__)
        return fn

    return mark


def listed_cases() -> list[str]:
    path = os.environ.get("CONFORMANCE_CASES") or os.path.join(
        os.path.dirname(__file__), "..", "..", "cases.toml"
    )
    with open(path, "rb") as f:
        return [c["id"] for c in tomllib.load(f)["case"]]


def refs(obj: object) -> int:
    """The reference count of `obj`, to check that the bindings released it exactly once."""
    return sys.getrefcount(obj)
