# SPDX-License-Identifier: Apache-2.0
"""Pickling: plans, organisations, goal catalogs, activities, proposals, budgets and date ranges survive a
round trip unchanged.

Plans, organisations, goal catalogs, activities, proposals and budgets are pickled as their canonical JSON,
so a round trip must give an equal object whose JSON is byte-identical; the tests run every pickle protocol
the interpreter has. Twin of tests/cpp/io/test_part_json.cpp for the single parts.
"""

import datetime
import os
import pickle

import pytest

import miljoplan

PROTOCOLS = range(2, pickle.HIGHEST_PROTOCOL + 1)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_reference_plan_round_trips(plan, protocol):
    copy = pickle.loads(pickle.dumps(plan, protocol=protocol))
    assert copy is not plan
    assert copy == plan
    assert copy.to_json() == plan.to_json()
    assert [f.code for f in copy.validate()] == [f.code for f in plan.validate()]


@pytest.mark.parametrize("plan_id", miljoplan.builtin_plan_ids())
def test_every_builtin_plan_round_trips(plan_id):
    original = miljoplan.builtin_plan(plan_id)
    assert pickle.loads(pickle.dumps(original)).to_json() == original.to_json()


def test_edits_survive_a_round_trip(plan):
    plan.title = "Ändrad titel ÅÄÖ"
    plan.budget.printed_costs = miljoplan.PrintedTotal("SUMMA KOSTNADER", 1_211_000)
    plan.activities[0].timing_text = "Hösten 2024"
    copy = pickle.loads(pickle.dumps(plan))
    assert copy.title == "Ändrad titel ÅÄÖ"
    assert copy.budget.printed_costs.amount == 1_211_000
    assert copy.activities[0].timing_text == "Hösten 2024"
    assert "budget.costs_total" not in [f.code for f in copy.validate()]


def test_the_state_is_the_canonical_json(plan):
    json_text, base_dir = plan.__getstate__()
    assert json_text == plan.to_json()
    # The embedded plan refers to a built-in profile, which needs no directory.
    assert base_dir == ""


def test_a_plan_referring_to_a_profile_file_unpickles_elsewhere(example_dir, tmp_path):
    original = miljoplan.load(example_dir / "plan-2026.json")
    data = pickle.dumps(original)
    old = os.getcwd()
    os.chdir(tmp_path)  # the profile file is not beside the working directory any more
    try:
        copy = pickle.loads(data)
    finally:
        os.chdir(old)
    assert copy == original
    assert copy.organisation == original.organisation


def test_a_state_that_is_not_a_plan_is_refused(plan):
    copy = miljoplan.Plan.__new__(miljoplan.Plan)
    with pytest.raises(miljoplan.ParseError):
        copy.__setstate__(("{not json", ""))
    with pytest.raises(ValueError):
        miljoplan.Plan.__new__(miljoplan.Plan).__setstate__((plan.to_json(),))


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_every_activity_and_proposal_of_the_reference_plan_round_trips(plan, protocol):
    for activity in plan.activities:
        copy = pickle.loads(pickle.dumps(activity, protocol=protocol))
        assert copy == activity, activity.id
        assert (copy.timing_text, copy.responsible.text, copy.effect_goals.text) == (
            activity.timing_text, activity.responsible.text, activity.effect_goals.text)
    for proposal in plan.proposal_bank.proposals:
        assert pickle.loads(pickle.dumps(proposal, protocol=protocol)) == proposal, proposal.id


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_the_budget_round_trips_with_its_printed_totals(plan, protocol):
    copy = pickle.loads(pickle.dumps(plan.budget, protocol=protocol))
    assert copy == plan.budget
    # Printed SUMMA KOSTNADER 1 206 000 against lines summing to 1 211 000: both as printed.
    assert copy.printed_costs.amount == 1_206_000
    assert copy.costs_total == 1_211_000
    assert [(line.label, line.amount) for line in copy.costs] == [(line.label, line.amount) for line in plan.budget.costs]
    lines = pickle.loads(pickle.dumps(list(plan.budget.income) + [plan.budget.printed_income], protocol=protocol))
    assert lines == list(plan.budget.income) + [plan.budget.printed_income]


def test_a_pickled_activity_keeps_unknown_fields_and_belongs_to_no_plan(plan):
    activity = plan.activities[0]
    activity.extra_fields = {"kommande_fält": {"nivå": 2}}
    copy = pickle.loads(pickle.dumps(activity))
    assert copy.extra_fields == {"kommande_fält": {"nivå": 2}}
    copy.title = "Ändrad i kopian"
    assert plan.activities[0].title != "Ändrad i kopian"
    line = miljoplan.BudgetLine("Överskott 2023", 55_000, id="overskott", tags=["carry_over"])
    assert pickle.loads(pickle.dumps(line)).tags == ["carry_over"]


def test_a_state_that_is_not_the_part_is_refused(plan):
    with pytest.raises(miljoplan.SchemaError, match=r"<pickle> at \$: missing required field \"title\""):
        miljoplan.Activity.__new__(miljoplan.Activity).__setstate__(('{"id": "A1"}',))
    with pytest.raises(ValueError, match="Budget: bad pickle state"):
        miljoplan.Budget.__new__(miljoplan.Budget).__setstate__(())


def test_organisation_round_trips(plan):
    organisation = plan.organisation
    copy = pickle.loads(pickle.dumps(organisation))
    assert copy == organisation
    assert miljoplan.organisation_to_json(copy) == miljoplan.organisation_to_json(organisation)


def test_goal_catalog_round_trips():
    catalog = miljoplan.builtin_goal_catalog()
    copy = pickle.loads(pickle.dumps(catalog))
    assert copy == catalog
    assert miljoplan.goal_catalog_to_json(copy) == miljoplan.goal_catalog_to_json(catalog)


def test_date_range_round_trips():
    week = miljoplan.DateRange(datetime.date(2024, 3, 4), datetime.date(2024, 3, 11))
    copy = pickle.loads(pickle.dumps(week))
    assert copy == week
    assert (copy.first, copy.end, copy.days) == (datetime.date(2024, 3, 4), datetime.date(2024, 3, 11), 7)


def test_a_reversed_date_range_state_is_refused():
    reversed_range = miljoplan.DateRange.__new__(miljoplan.DateRange)
    with pytest.raises(ValueError):
        reversed_range.__setstate__((datetime.date(2024, 3, 11), datetime.date(2024, 3, 4)))


def test_objects_pickled_together_stay_equal(plan):
    window = miljoplan.parse_timing("Våren 2024").windows[0].range
    things = [plan, plan.organisation, window]
    copies = pickle.loads(pickle.dumps(things))
    assert copies == things
