"""The C reference library (conformance/c-source) through its generated Python package."""

from __future__ import annotations

import os
import sys
from typing import Any

import pytest

# The case registry (`harness.case`) is the Python harness's; CONFORMANCE_CASES names this
# suite's list (conformance/c-source/cases.toml), as `cargo xtask conformance` sets it.
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "python"))
os.environ.setdefault(
    "CONFORMANCE_CASES",
    os.path.join(os.path.dirname(__file__), "..", "..", "c-source", "cases.toml"),
)


@pytest.fixture
def m() -> Any:
    import cref_pb

    return cref_pb


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The `N passed, N failed` line `cargo xtask conformance` reads (errors count as failed)."""
    stats = terminalreporter.stats
    passed = len(stats.get("passed", []))
    failed = len(stats.get("failed", [])) + len(stats.get("error", []))
    terminalreporter.write_line(f"{passed} passed, {failed} failed")
