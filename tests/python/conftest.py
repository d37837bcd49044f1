# SPDX-License-Identifier: Apache-2.0
"""Shared fixtures: the embedded reference plan and the source tree.

The tests run against the extension in the build tree (PYTHONPATH), and read repository files
through MILJOPLAN_SOURCE_DIR so that they do not depend on the working directory ctest uses.
"""

import datetime
import os
import pathlib

import pytest

import miljoplan


def pytest_collection_modifyitems(config: pytest.Config, items: list) -> None:
    """MILJOPLAN_PYTEST_SHARD=I/N keeps every N-th test from the I-th on (ctest runs the shards side by
    side, see MILJOPLAN_PYTEST_SHARDS in tests/CMakeLists.txt); without it every test runs."""
    shard = os.environ.get("MILJOPLAN_PYTEST_SHARD")
    if not shard:
        return
    index, count = (int(part) for part in shard.split("/"))
    if not 0 <= index < count:
        raise pytest.UsageError(f"MILJOPLAN_PYTEST_SHARD={shard}: expected I/N with 0 <= I < N")
    config.hook.pytest_deselected(items=[item for i, item in enumerate(items) if i % count != index])
    items[:] = [item for i, item in enumerate(items) if i % count == index]


@pytest.fixture(scope="session")
def source_dir() -> pathlib.Path:
    value = os.environ.get("MILJOPLAN_SOURCE_DIR")
    if value:
        return pathlib.Path(value)
    # Running pytest by hand from a checkout: this file sits at <root>/tests/python/conftest.py.
    return pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def example_dir(source_dir: pathlib.Path) -> pathlib.Path:
    """The example new cooperation (profile.json, plan-2026.json)."""
    return source_dir / "examples" / "new_cooperation"


@pytest.fixture(scope="session")
def plan_file(source_dir: pathlib.Path) -> pathlib.Path:
    return source_dir / "data" / "jonkoping-2024.json"


@pytest.fixture
def plan() -> miljoplan.Plan:
    # A fresh plan per test: several tests mutate it.
    return miljoplan.example_plan()


def _clean(plan: miljoplan.Plan) -> miljoplan.Plan:
    # The reference plan's five findings have four causes: the printed cost total (1 206 tkr, the lines
    # give 1 211), no adoption date, catering for "ca 20" meetings where 45 are scheduled, and
    # Avfallsbrottslighet reaching into 2023. Remove them and every rule passes.
    plan.budget.printed_costs = miljoplan.PrintedTotal("SUMMA KOSTNADER", 1_211_000)
    plan.adoption = miljoplan.Adoption(body="styrgrupp", date=datetime.date(2023, 6, 30))
    plan.budget.costs = [
        miljoplan.BudgetLine("Förtäring vid alla fysiska möten (ca 45 per år)", line.amount, line.id, line.tags)
        if line.id == "fortaring" else line for line in plan.budget.costs]
    plan.activities[0].timing_text = "2024 (tillsynsbesök våren 2024)"
    return plan


@pytest.fixture
def make_clean_plan():
    """Makes fresh reference plans that every rule passes (see _clean), for tests that need several."""
    return lambda: _clean(miljoplan.example_plan())


@pytest.fixture
def clean_plan(make_clean_plan) -> miljoplan.Plan:
    """A fresh reference plan that every rule passes (see _clean)."""
    return make_clean_plan()


REFERENCE_CODES = ["budget.costs_total", "budget.result_printed_totals", "budget.catering_meetings",
                   "plan.dates_partly_outside_years", "plan.adoption_date_missing"]


@pytest.fixture(scope="session")
def reference_codes() -> list:
    """The codes of the reference plan's five findings, in the order validate() reports them."""
    return list(REFERENCE_CODES)


@pytest.fixture(scope="session")
def plan_text() -> str:
    return miljoplan.example_plan_json()
