"""Every test runs once per flavour of the generated package (`native`, `ctypes`)."""

from __future__ import annotations

import importlib
import sys
import os
from typing import Any

import pytest

sys.path.insert(0, os.path.dirname(__file__))

FLAVOURS = ["native", "ctypes"]


@pytest.fixture(params=FLAVOURS)
def m(request: pytest.FixtureRequest) -> Any:
    """The generated `conformance` package in one flavour."""
    return importlib.import_module(f"conformance_{request.param}")
