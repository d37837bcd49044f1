# SPDX-License-Identifier: Apache-2.0
"""Round trips on generated plans from Python, mirroring tests/cpp/io/test_generated_round_trips.cpp:
awkward text (separators, quotes, line breaks, formula starts, å ä ö, emoji), years, amounts and unknown
fields survive JSON -> TOML -> JSON byte for byte and CSV -> model -> CSV cell for cell."""
import random

import pytest

import miljoplan

PIECES = ["a", "Z", " ", ",", ";", '"', "'", "=", "+", "-", "@", "\t", "\r", "\n", "#", "å", "Ä", "ö", "€", "😀",
          "\u2212", "\u00a0", "[", "]", "{", "}", "\\", "=1+1", "tkr", "\r\n", '""', "0"]
PREFIXES = ["", "=", "-", "'", "'=", "+", "@", "å"]


def text(rng, most):
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, most)))


def year(rng):
    return None if rng.random() < 0.25 else rng.randint(1000, 9999)


def extra_value(rng, depth=0):
    kind = rng.randrange(4 if depth > 2 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.randint(-10**6, 10**6)
    if kind == 2:
        return rng.random() < 0.5
    if kind == 3:
        return "x%d" % rng.randrange(100)
    if kind == 4:
        return [extra_value(rng, depth + 1), extra_value(rng, depth + 1)]
    return {"k": extra_value(rng, depth + 1), "x_v": []}


def generated_plan(rng):
    plan = miljoplan.example_plan()
    for activity in plan.activities:
        plan.remove_activity(activity.id)
    for i in range(rng.randrange(30)):
        activity = miljoplan.Activity(
            rng.choice(PREFIXES) + "akt-%d" % i, "T" + text(rng, 6), category=text(rng, 3), year=year(rng),
            goal=text(rng, 8), implementation=text(rng, 8), timing_text=text(rng, 4),
            responsible=miljoplan.ActorPhrase(text(rng, 4)), partners=miljoplan.ActorPhrase(text(rng, 4)),
            effect_goals=miljoplan.GoalPhrase(text(rng, 4)))
        if rng.random() < 0.3:
            activity.extra_fields = {"x_extra": extra_value(rng)}
        plan.add_activity(activity)
    bank = plan.proposal_bank
    for proposal in bank.proposals:
        bank.remove_proposal(proposal.id)
    for i in range(rng.randrange(15)):
        bank.add_proposal(miljoplan.Proposal(
            rng.choice(PREFIXES) + "forslag-%d" % i, "F" + text(rng, 6), area=text(rng, 4), submitted_year=year(rng),
            submitted_by="part-%d" % rng.randrange(5) if rng.random() < 0.5 else None,
            marked_new=rng.choice([None, True, False])))
    budget = plan.budget
    lines = [miljoplan.BudgetLine(text(rng, 6), rng.randint(-10**12, 10**12), id=rng.choice(PREFIXES) + "rad-%d" % i,
                                  tags=["tag%d" % rng.randrange(4) for _ in range(rng.randrange(3))])
             for i in range(rng.randrange(20))]
    budget.income = [line for k, line in enumerate(lines) if k % 2]
    budget.costs = [line for k, line in enumerate(lines) if not k % 2]
    plan.budget = budget
    return plan


@pytest.mark.parametrize("seed", range(10))
def test_json_to_toml_to_json_keeps_every_byte(seed):
    plan = generated_plan(random.Random(seed))
    again = miljoplan.plan_from_toml(plan.to_toml(), "<generated.toml>")
    assert again == plan
    assert again.to_json() == plan.to_json()


@pytest.mark.parametrize("seed", range(10))
def test_csv_to_model_to_csv_keeps_every_cell(seed):
    plan = generated_plan(random.Random(1000 + seed))
    options = {"separator": ";" if seed % 2 else ",", "byte_order_mark": seed % 3 == 0, "privacy_line": seed % 4 != 0}
    columns = lambda a: (a.id, a.category, a.year, a.title, a.goal, a.implementation, a.timing_text,
                         a.responsible.text, a.partners.text, a.effect_goals.text)

    written = miljoplan.activities_to_csv(plan, **options)
    read = miljoplan.activities_from_csv(written, "<generated.csv>")
    assert [columns(a) for a in read] == [columns(a) for a in plan.activities]
    copy = plan.clone()
    for activity in copy.activities:
        copy.remove_activity(activity.id)
    for activity in read:
        copy.add_activity(activity)
    assert miljoplan.activities_to_csv(copy, **options) == written

    proposal = lambda p: (p.id, p.title, p.area, p.submitted_year, p.submitted_by, p.marked_new)
    back = miljoplan.proposals_from_csv(miljoplan.proposals_to_csv(plan, **options))
    assert [proposal(p) for p in back] == [proposal(p) for p in plan.proposal_bank.proposals]

    lines = miljoplan.budget_lines_from_csv(miljoplan.budget_to_csv(plan, **options))
    assert (lines.income, lines.costs) == (plan.budget.income, plan.budget.costs)


def test_unknown_fields_set_from_python_equal_the_same_fields_read_from_a_file(plan):
    # Fields compare by their JSON text; Python's default ", " spacing once made these unequal.
    activity = plan.activities[0]
    activity.extra_fields = {"x_note": [None, 5, {"k": "å"}]}
    again = miljoplan.loads(plan.to_json())
    assert again.activities[0].extra_fields == {"x_note": [None, 5, {"k": "å"}]}
    assert again == plan
    with pytest.raises(ValueError):
        activity.extra_fields = {"x_bad": float("nan")}
