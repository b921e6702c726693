"""Every case of cases.toml has a Python test (a listed case without one FAILS), and every test
names a listed case."""

from __future__ import annotations

import pytest

import test_cases_data  # noqa: F401  (registers its cases)
import test_cases_calls  # noqa: F401
import test_cases_misc  # noqa: F401
from harness import REGISTERED, listed_cases


@pytest.mark.parametrize("case_id", listed_cases())
def test_case_has_python_test(case_id: str) -> None:
    assert case_id in REGISTERED, f"case {case_id} of cases.toml has no Python test"


def test_no_unlisted_case() -> None:
    unknown = sorted(set(REGISTERED) - set(listed_cases()))
    assert not unknown, f"tests name cases that cases.toml does not list: {unknown}"
