# SPDX-License-Identifier: Apache-2.0
"""The examples a new user runs first, run the way a user would: as separate processes."""

import datetime
import json
import os
import pathlib
import subprocess
import sys

import pytest

import miljoplan


def run(argv, **kwargs):
    # The child must find the same miljoplan and print UTF-8 whatever the test's locale is.
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(argv, capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, **kwargs)


@pytest.fixture(scope="module")
def tour(source_dir):
    return source_dir / "examples" / "python" / "tour.py"


def test_tour_on_the_embedded_plan(tour):
    result = run([sys.executable, str(tour)])
    assert result.stderr == ""
    assert result.returncode == 1  # the reference plan's cost total is an error
    out = result.stdout
    assert out.startswith("Verksamhetsplan för Miljösamverkan Jönköpings län 2024\n")
    assert "26 aktiviteter" in out
    for heading in ("Tillsynsprojekt (2)", "Handläggarträffar (4)", "Styrning av miljösamverkan (5)",
                    "Övriga träffar (6)", "Kommunikation (3)"):
        assert f"\n{heading}\n" in out
    assert "  - Uppströmsarbete – utsläpp till vatten | 2024 (tillsynskampanj sommar 2024-höst 2024) |" in out
    assert "    1 196 tkr  Summa inbetalningar från kommuner" in out
    lines = out.splitlines()
    assert "  Intäkter        1 266      1 266" in lines
    assert "  Kostnader       1 211      1 206  <- skiljer" in lines
    assert "  Resultat           55         55" in lines
    assert "5 anmärkningar" in lines
    assert any(line.startswith("  error budget.costs_total ($.budget.printed_totals.costs): Tryckt summa kostnader")
               for line in lines)
    assert any(line.startswith("  warning budget.result_printed_totals") for line in lines)
    assert any(line.startswith("  warning budget.catering_meetings ($.budget.costs): Förtäringen (15 tkr) räknar med ca 20")
               for line in lines)
    assert any(line.startswith("  info plan.dates_partly_outside_years ($.activities[0].timing)") for line in lines)
    assert any(line.startswith("  info plan.adoption_date_missing ($.adoption.date)") and line.endswith("2023-06-30")
               for line in lines)


def test_tour_on_a_plan_file(tour, tmp_path):
    plan = miljoplan.example_plan()
    plan.budget.printed_costs = miljoplan.PrintedTotal("SUMMA KOSTNADER", 1_211_000)
    path = tmp_path / "rättad.json"
    plan.save(path)
    result = run([sys.executable, str(tour), str(path)])
    assert result.returncode == 0, result.stderr  # no error left; the warning and the notes remain
    assert "  Kostnader       1 211      1 211" in result.stdout.splitlines()
    assert "3 anmärkningar" in result.stdout.splitlines()
    assert "budget.costs_total" not in result.stdout
    assert "budget.result_printed_totals" not in result.stdout
    assert "  warning budget.catering_meetings ($.budget.costs)" in result.stdout


def test_tour_reports_an_unreadable_file(tour, tmp_path):
    path = tmp_path / "trasig.json"
    path.write_text("{", encoding="utf-8")
    result = run([sys.executable, str(tour), str(path)])
    assert result.returncode != 0
    assert "ParseError" in result.stderr


@pytest.fixture(scope="module")
def cli():
    path = os.environ.get("MILJOPLAN_CLI")
    if not path or not pathlib.Path(path).exists():
        pytest.skip("MILJOPLAN_CLI does not name a built CLI")
    return path


def test_cli_validate_json(cli):
    result = run([cli, "validate", "--json"])
    assert result.returncode == 1
    findings = json.loads(result.stdout)["findings"]
    assert [f["code"] for f in findings] == ["budget.costs_total", "budget.result_printed_totals",
                                             "budget.catering_meetings", "plan.dates_partly_outside_years",
                                             "plan.adoption_date_missing"]
    assert [f["severity"] for f in findings] == ["error", "warning", "warning", "info", "info"]
    assert [f["path"] for f in findings] == ["$.budget.printed_totals.costs", "$.budget.printed_totals.result",
                                             "$.budget.costs", "$.activities[0].timing", "$.adoption.date"]
    # The CLI and the Python API run the same checks with the same words.
    assert [f["message"] for f in findings] == [f.message for f in miljoplan.validate(miljoplan.example_plan())]


def test_cli_validate_a_fixed_file(cli, tmp_path):
    # The reference plan with the causes of its five findings removed.
    plan = miljoplan.example_plan()
    plan.budget.printed_costs = miljoplan.PrintedTotal("SUMMA KOSTNADER", 1_211_000)
    plan.adoption = miljoplan.Adoption(body="styrgrupp", date=datetime.date(2023, 6, 12))
    plan.budget.costs = [miljoplan.BudgetLine("Förtäring vid alla fysiska möten (ca 45 per år)", line.amount, line.id,
                                              line.tags) if line.id == "fortaring" else line for line in plan.budget.costs]
    plan.activities[0].timing_text = "2024 (tillsynsbesök våren 2024)"
    path = tmp_path / "plan.json"
    plan.save(path)
    result = run([cli, "validate", "--json", "--lang", "en", str(path)])
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"findings": []}


def test_cli_unreadable_file_exit_code(cli, tmp_path):
    path = tmp_path / "trasig.json"
    path.write_text('{"schema": "Plan.1",', encoding="utf-8")
    result = run([cli, "validate", str(path)])
    assert result.returncode == 2
    assert "trasig.json" in result.stderr


@pytest.fixture(scope="module")
def budget_check():
    # ctest does not pass this one; beside the CLI's build tree is where CMake puts it.
    path = os.environ.get("MILJOPLAN_EXAMPLE_BUDGET_CHECK")
    if not path and os.environ.get("MILJOPLAN_CLI"):
        path = str(pathlib.Path(os.environ["MILJOPLAN_CLI"]).parents[2] / "examples" / "example_budget_check")
    if not path or not pathlib.Path(path).exists():
        pytest.skip("the C++ example budget_check is not built")
    return path


def test_cpp_budget_check_example(budget_check):
    result = run([budget_check])
    assert result.returncode == 1
    assert "income 1 266 tkr, costs 1 211 tkr, result 55 tkr" in result.stdout
    assert "error budget.costs_total: Printed cost total 1 206 tkr" in result.stdout
