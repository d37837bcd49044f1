# SPDX-License-Identifier: Apache-2.0
"""Shared fixtures: the embedded reference plan and the source tree.

The tests run against the extension in the build tree (PYTHONPATH), and read repository files
through MILJOPLAN_SOURCE_DIR so that they do not depend on the working directory ctest uses.
"""

import os
import pathlib

import pytest

import miljoplan


@pytest.fixture(scope="session")
def source_dir() -> pathlib.Path:
    value = os.environ.get("MILJOPLAN_SOURCE_DIR")
    if value:
        return pathlib.Path(value)
    # Running pytest by hand from a checkout: this file sits at <root>/tests/python/conftest.py.
    return pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def plan_file(source_dir: pathlib.Path) -> pathlib.Path:
    return source_dir / "data" / "jonkoping-2024.json"


@pytest.fixture
def plan() -> miljoplan.Plan:
    # A fresh plan per test: several tests mutate it.
    return miljoplan.example_plan()


@pytest.fixture(scope="session")
def plan_text() -> str:
    return miljoplan.example_plan_json()
