# SPDX-License-Identifier: Apache-2.0
"""compare_budgets() from Python: the adopted 2024 budget against a revision and an outcome, lines matched
by id, then by label, with totals and results. Mirrors tests/cpp/analysis/test_budget_compare.cpp."""

import pandas as pd

import miljoplan
from miljoplan import Budget, BudgetLine, BudgetVersion, LineChange


def revised(plan):
    """The 2023 surplus of 55 tkr carried over, catering up to 20 tkr, Miljöbarometern dropped, a conference added."""
    b = Budget(2024)
    b.version = BudgetVersion.Revised
    b.income = [BudgetLine(l.label, 55_000 if l.id == "overskott-foregaende-ar" else l.amount, l.id, l.tags)
                for l in plan.budget.income]
    b.costs = [BudgetLine(l.label, 20_000 if l.id == "fortaring" else l.amount, l.id, l.tags)
               for l in plan.budget.costs if l.id != "miljobarometern"] + \
        [BudgetLine("Regional konferens", 30_000, "konferens")]
    return b


def test_adopted_against_revised(plan):
    c = miljoplan.compare_budgets(plan.budget, revised(plan))
    assert len(c.lines) == 11
    carry = c.lines[0]
    assert (carry.section, carry.id, carry.first, carry.second, carry.difference, carry.change) == \
        ("income", "overskott-foregaende-ar", 0, 55_000, 55_000, LineChange.Changed)
    by_label = {l.label: l for l in c.lines}
    assert by_label["Miljöbarometern"].change == LineChange.Removed
    assert (by_label["Miljöbarometern"].second, by_label["Miljöbarometern"].difference) == (None, -24_000)
    assert by_label["Förtäring vid alla fysiska möten (ca 20 per år)"].difference == 5_000
    assert c.lines[-1].label == "Regional konferens" and c.lines[-1].change == LineChange.Added
    assert c.lines[-1].first is None
    assert [l.change for l in c.lines].count(LineChange.Same) == 7
    # 1 266 -> 1 321 tkr income; 1 211 -> 1 222 tkr costs; result 55 -> 99 tkr.
    assert (c.income_first, c.income_second, c.costs_first, c.costs_second, c.result_first, c.result_second) == \
        (1_266_000, 1_321_000, 1_211_000, 1_222_000, 55_000, 99_000)
    frame = pd.DataFrame([{"label": l.label, "change": str(l.change), "difference": l.difference} for l in c.lines])
    assert frame["difference"].sum() == (c.income_second - c.income_first) + (c.costs_second - c.costs_first)


def test_outcome_matched_by_label(plan):
    before = revised(plan)
    outcome = Budget(2024)
    outcome.version = BudgetVersion.Outcome
    outcome.income = [BudgetLine(l.label, l.amount) for l in before.income]
    outcome.costs = [BudgetLine("  " + l.label.upper(), l.amount - 1_000) for l in before.costs]
    c = miljoplan.compare_budgets(before, outcome)
    assert len(c.lines) == 10
    assert all(l.first is not None and l.second is not None for l in c.lines)
    assert [l.difference for l in c.lines if l.section == "costs"] == [-1_000] * 7
    assert c.lines[-1].label == "  REGIONAL KONFERENS"
    assert (c.costs_second, c.result_second) == (1_215_000, 106_000)


def test_an_id_match_comes_before_a_label_match():
    first, second = Budget(2024), Budget(2024)
    first.add_cost(BudgetLine("Resor", 100, "resor"))
    second.add_cost(BudgetLine("Resor", 7))
    second.add_cost(BudgetLine("Resor och konferenser", 150, "resor"))
    c = miljoplan.compare_budgets(first, second)
    assert [(l.id, l.label, l.first, l.second, l.change) for l in c.lines] == [
        ("resor", "Resor och konferenser", 100, 150, LineChange.Changed),
        ("", "Resor", None, 7, LineChange.Added)]


def test_identical_budgets(plan):
    c = miljoplan.compare_budgets(plan.budget, plan.budget)
    assert {l.change for l in c.lines} == {LineChange.Same}
    assert c.result_first == c.result_second == 55_000
    assert repr(c) == "<BudgetComparison 10 lines>"
