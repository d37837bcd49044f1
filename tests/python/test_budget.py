# SPDX-License-Identifier: Apache-2.0
"""Budget, budget lines and printed totals as Python sees them: int kronor, value types, snapshots."""

import pytest

import miljoplan
from miljoplan import Budget, BudgetLine, PrintedTotal


def test_line_construction_and_values():
    line = BudgetLine("Miljöbarometern", 24_000, id="miljobarometern", tags=["web"])
    assert (line.label, line.amount, line.id, line.tags) == ("Miljöbarometern", 24_000, "miljobarometern", ["web"])
    assert line.extra_fields == {}
    assert line == BudgetLine("Miljöbarometern", 24_000, id="miljobarometern", tags=["web"])
    assert line != BudgetLine("Miljöbarometern", 24_001, id="miljobarometern", tags=["web"])


def test_line_amount_is_exact_beyond_float_precision():
    # 2**53 + 1 is the first integer a double cannot hold; kronor must stay exact.
    line = BudgetLine("stor", 2**53 + 1)
    assert line.amount == 2**53 + 1


def test_line_amount_must_be_int():
    with pytest.raises(TypeError):
        BudgetLine("x", 1.5)
    with pytest.raises(TypeError):
        BudgetLine("x", "1000")
    with pytest.raises(TypeError):
        BudgetLine("x", None)


def test_new_budget_is_empty():
    b = Budget(2025)
    assert b.year == 2025
    assert (b.income, b.costs) == ([], [])
    assert (b.income_total, b.costs_total, b.result) == (0, 0, 0)
    assert b.printed_income is None and b.printed_costs is None and b.printed_result is None
    assert (b.printed_totals.income, b.printed_totals.costs, b.printed_totals.result) == (None, None, None)


def test_totals_follow_the_lines():
    b = Budget(2025)
    b.add_income(BudgetLine("Inbetalningar", 1_000_000))
    b.add_income(BudgetLine("Kurser", 50_500))
    b.add_cost(BudgetLine("Lön", 900_000))
    assert b.income_total == 1_050_500
    assert b.costs_total == 900_000
    assert b.result == 150_500
    b.costs = b.costs + [BudgetLine("Resor", 200_000)]
    assert b.result == -49_500


def test_lists_are_snapshots(plan):
    b = plan.budget
    lines = b.costs
    lines.append(BudgetLine("Tillagd", 1))
    # Mutating the returned list does not reach the budget; assigning the property does.
    assert len(b.costs) == 7
    b.costs = lines
    assert len(b.costs) == 8 and b.costs_total == 1_211_001


def test_plan_budget_is_shared_not_copied(plan):
    plan.budget.add_cost(BudgetLine("Extra", 5_000))
    assert plan.budget.costs_total == 1_216_000


def test_printed_totals(plan):
    b = plan.budget
    assert b.printed_costs == PrintedTotal("SUMMA KOSTNADER", 1_206_000)
    b.printed_costs = PrintedTotal("SUMMA KOSTNADER", 1_211_000)
    assert b.printed_totals.costs == 1_211_000
    b.printed_result = None
    assert b.printed_totals.result is None
    assert repr(b.printed_totals) == "PrintedTotals(income=1266000, costs=1211000, result=None)"


def test_budget_can_be_removed_and_restored(plan):
    budget = plan.budget
    plan.budget = None
    assert plan.budget is None
    # Only the plan's own two notes remain, no budget finding.
    assert [f.code for f in plan.validate()] == ["plan.dates_partly_outside_years", "plan.adoption_date_missing"]
    plan.budget = budget
    assert plan.budget.costs_total == 1_211_000


def test_format_helpers():
    assert miljoplan.format_tkr(1_196_000) == "1 196"
    assert miljoplan.format_tkr(1_196_500) == "1 196,5"
    assert miljoplan.format_tkr(-5_000) == "-5"
    assert miljoplan.format_kronor(1_196_000) == "1 196 000 kr"
