# SPDX-License-Identifier: Apache-2.0
"""Activities, proposals and the plan's collections of them: construction, setters, ownership."""

import copy
import gc
import pickle

import pytest

import miljoplan
from miljoplan import Activity, ActorPhrase, ActorRef, GoalPhrase, GoalRef, Proposal


def make_activity(**overrides):
    fields = dict(
        category="Kommunikation",
        year=2024,
        goal="Hålla inspektörerna informerade.",
        implementation="Skicka ut ett nyhetsbrev.",
        timing_text="2-3 gånger per år",
        responsible=ActorPhrase("Länssamordnaren", [ActorRef("lanssamordnare")]),
        partners="Länets kommuner",
        effect_goals=GoalPhrase("God bebyggd miljö", [GoalRef("mkm-15")]),
    )
    fields.update(overrides)
    return Activity("nyhetsbrev-2", "Nyhetsbrev, extra", **fields)


def test_keyword_construction():
    a = make_activity()
    assert (a.id, a.title, a.category, a.year) == ("nyhetsbrev-2", "Nyhetsbrev, extra", "Kommunikation", 2024)
    assert a.timing_text == "2-3 gånger per år"
    assert a.responsible.ids == ["lanssamordnare"]
    # A plain str becomes a phrase with text only.
    assert a.partners == ActorPhrase("Länets kommuner", [])
    assert a.effect_goals.goal_ids == ["mkm-15"]
    assert a.extra_fields == {}


def test_defaults_and_keyword_only():
    a = Activity("x", "X")
    assert (a.category, a.year, a.goal, a.implementation, a.timing_text) == ("", None, "", "", "")
    assert not a.responsible and not a.partners and not a.effect_goals
    with pytest.raises(TypeError):
        Activity("x", "X", "Kommunikation")  # category is keyword-only


def test_setters(plan):
    a = plan.find_activity("nyhetsbrev")
    a.title = "Nyhetsbrev"
    a.timing_text = "Varje månad"
    a.year = None
    a.responsible = "Kommunal utveckling"
    a.effect_goals = GoalPhrase("Giftfri miljö", [GoalRef("mkm-4")])
    # The plan holds the same object, so the changes are the plan's.
    again = plan.find_activity("nyhetsbrev")
    assert again.timing_text == "Varje månad" and again.year is None
    assert again.responsible == "Kommunal utveckling" and again.responsible.refs == []
    assert again.effect_goals.goal_ids == ["mkm-4"]
    assert miljoplan.loads(plan.to_json()).find_activity("nyhetsbrev").timing_text == "Varje månad"
    with pytest.raises(miljoplan.InvalidArgumentError):
        a.title = ""


def test_wrong_types_raise_type_error(plan):
    a = plan.activities[0]
    with pytest.raises(TypeError):
        a.title = None
    with pytest.raises(TypeError):
        a.year = "2024"
    with pytest.raises(TypeError):
        a.responsible = 3
    with pytest.raises(TypeError):
        a.effect_goals = ["mkm-4"]
    with pytest.raises(TypeError):
        Activity(None, "X")
    with pytest.raises(TypeError):
        Activity("x", "X", responsible=[ActorRef("lanssamordnare")])
    with pytest.raises(TypeError):
        plan.find_activity(3)
    assert a.title == "Avfallsbrottslighet"


def test_add_find_remove(plan):
    new = make_activity()
    plan.add_activity(new)
    assert len(plan.activities) == 27
    assert plan.activities[-1] is not None and plan.activities[-1].id == "nyhetsbrev-2"
    assert plan.find_activity("nyhetsbrev-2") == new
    assert len(plan.activities_in("Kommunikation")) == 4
    assert plan.remove_activity("nyhetsbrev-2") is True
    assert plan.remove_activity("nyhetsbrev-2") is False
    assert plan.find_activity("nyhetsbrev-2") is None
    assert len(plan.activities) == 26
    assert plan == miljoplan.example_plan()


def test_duplicate_activity_id(plan):
    with pytest.raises(miljoplan.DuplicateIdError) as info:
        plan.add_activity(Activity("avfallsbrottslighet", "Avfallsbrottslighet igen"))
    error = info.value
    assert error.id == "avfallsbrottslighet"
    assert isinstance(error, miljoplan.InvalidArgumentError)
    assert isinstance(error, ValueError) and isinstance(error, miljoplan.Error)
    assert "avfallsbrottslighet" in str(error)
    assert len(plan.activities) == 26


def test_none_is_not_an_activity(plan):
    with pytest.raises(TypeError):
        plan.add_activity(None)
    with pytest.raises(TypeError):
        plan.proposal_bank.add_proposal(None)
    with pytest.raises(TypeError):
        plan.organisation = None
    with pytest.raises(TypeError):
        miljoplan.Plan("p", "P", None)
    with pytest.raises(TypeError):
        miljoplan.validate(None)
    with pytest.raises(TypeError):
        miljoplan.dumps(None)
    assert len(plan.activities) == 26


def test_activities_list_is_a_snapshot(plan):
    activities = plan.activities
    activities.clear()
    assert len(plan.activities) == 26


def test_proposals(plan):
    bank = plan.proposal_bank
    p = Proposal("ny-idé", "Tillsyn av solarier", area="Tillsyn hälsoskydd", submitted_year=2024,
                 submitted_by="kommun-0680", marked_new=True)
    bank.add_proposal(p)
    assert len(plan.proposals) == 13
    assert bank.find_proposal("ny-idé").submitted_by == "kommun-0680"
    with pytest.raises(miljoplan.DuplicateIdError) as info:
        bank.add_proposal(Proposal("ny-idé", "Annat"))
    assert info.value.id == "ny-idé"
    p.submitted_year = None
    assert plan.proposals[-1].submitted_year is None
    assert bank.remove_proposal("ny-idé") and len(bank) == 12
    with pytest.raises(miljoplan.InvalidArgumentError):
        bank.set_years(2027, 2025)
    bank.set_years(2026, 2028)
    assert (plan.proposal_bank.first_year, plan.proposal_bank.last_year) == (2026, 2028)


def test_objects_outlive_their_plan():
    plan = miljoplan.example_plan()
    bank = plan.proposal_bank
    activity = plan.activities[0]
    budget = plan.budget
    del plan
    gc.collect()
    # The bank keeps its plan alive; activities and budgets are shared objects.
    assert len(bank) == 12
    assert bank.proposals[-1].title == "Utbildning om hot och våld"
    bank.add_proposal(Proposal("efter", "Efter planen"))
    assert len(bank.proposals) == 13
    assert activity.title == "Avfallsbrottslighet"
    activity.title = "Fortfarande användbar"
    assert activity.title == "Fortfarande användbar"
    assert budget.costs_total == 1_211_000


def test_pickle_and_copy_give_equal_independent_plans(plan):
    plan.extra_fields = {"x_note": "med i kopian"}
    for other in (pickle.loads(pickle.dumps(plan)), copy.deepcopy(plan), copy.copy(plan), plan.clone()):
        assert other == plan and other is not plan
        assert other.extra_fields == {"x_note": "med i kopian"}
        other.activities[0].title = "Ändrad i kopian"
        other.proposal_bank.remove_proposal("biocidprodukter")
        assert plan.activities[0].title == "Avfallsbrottslighet"
        assert len(plan.proposal_bank) == 12
        assert other != plan


def test_deepcopy_inside_a_container(plan):
    box = {"plan": plan, "again": plan}
    copied = copy.deepcopy(box)
    assert copied["plan"] == plan and copied["plan"] is not plan
    # copy.deepcopy memoises the result of __deepcopy__, so shared references stay shared.
    assert copied["again"] is copied["plan"]
