# SPDX-License-Identifier: Apache-2.0
"""The built-in goal catalog and reading effect-goal cells into goals."""

import json

import pytest

import miljoplan
from miljoplan import EffectGoal, GoalCatalog, GoalKind, OpenGoals


@pytest.fixture(scope="module")
def catalog() -> GoalCatalog:
    return miljoplan.builtin_goal_catalog()


def test_size_and_families(catalog):
    assert len(catalog) == 34
    kinds = [g.kind for g in catalog]
    assert kinds.count(GoalKind.Generational) == 1
    assert kinds.count(GoalKind.EnvironmentalQuality) == 16
    assert kinds.count(GoalKind.SustainableDevelopment) == 17
    ids = [g.id for g in catalog.goals]
    assert ids[:2] == ["generationsmalet", "mkm-1"]
    assert ids[-1] == "sdg-17"
    assert [g.number for g in catalog if g.kind == GoalKind.EnvironmentalQuality] == list(range(1, 17))


def test_find_by_name_ignores_case(catalog):
    assert catalog.find_by_name("GIFTFRI MILJÖ").id == "mkm-4"
    assert catalog.find_by_name("giftfri miljö").id == "mkm-4"
    assert catalog.find_by_name("a non-toxic environment").id == "mkm-4"
    assert catalog.find_by_name("Hållbara städer och samhällen").id == "sdg-11"
    assert catalog.find_by_name("Ingen sådan") is None


def test_find_and_contains(catalog):
    goal = catalog.find("mkm-15")
    assert goal.name_sv == "God bebyggd miljö"
    assert goal.kind == GoalKind.EnvironmentalQuality and goal.number == 15
    assert catalog.find("mkm-17") is None
    assert "sdg-3" in catalog and "sdg-18" not in catalog


def test_builtin_catalog_matches_data_file(catalog, source_dir):
    text = (source_dir / "data" / "goals.json").read_text(encoding="utf-8")
    assert miljoplan.goal_catalog_from_json(text) == catalog
    assert len(json.loads(text)["goals"]) == 34


def test_resolve_reproduces_every_stored_cell(plan, catalog):
    resolved = 0
    for activity in plan.activities:
        stored = activity.effect_goals
        result = catalog.resolve(stored.text)
        assert result.unresolved == [], activity.id
        assert result.phrase.text == stored.text
        assert result.phrase.refs == stored.refs, activity.id
        assert result.phrase.open == stored.open, activity.id
        assert result.phrase == stored
        resolved += len(stored.refs)
    # Thirteen goal and measure references across the plan, so the loop checked something.
    assert resolved == 13


def test_resolve_open_markers(catalog):
    assert catalog.resolve("Flertalet").phrase.open == OpenGoals.Most
    phrase = catalog.resolve("God bebyggd miljö, giftfri miljö, m.fl.").phrase
    assert phrase.goal_ids == ["mkm-15", "mkm-4"]
    assert phrase.open == OpenGoals.AndOthers


def test_resolve_measure(catalog):
    phrase = catalog.resolve(
        "Åtgärd nr 6 i avsnittet ”Ingen övergödning” i åtgärdsprogrammet ”Vattnets miljömål 2017-2021”").phrase
    assert len(phrase.refs) == 1
    measure = phrase.refs[0].measure
    assert (measure.number, measure.section, measure.programme) == ("6", "Ingen övergödning", "Vattnets miljömål 2017-2021")
    assert phrase.refs[0].goal == "mkm-7"


def test_resolve_goal_name_with_comma(catalog):
    phrase = catalog.resolve("Hållbar industri, innovationer och infrastruktur").phrase
    assert phrase.goal_ids == ["sdg-9"]


def test_resolve_reports_unknown_parts(catalog):
    result = catalog.resolve("Giftfri miljö, Påhittat mål")
    assert result.phrase.goal_ids == ["mkm-4"]
    assert result.unresolved == ["Påhittat mål"]


def test_suggest(catalog):
    assert catalog.suggest("mkm-44") == "mkm-4"
    assert catalog.suggest("Giftfri milj") == "Giftfri miljö"
    assert catalog.suggest("zzzzzzzz") is None


def test_custom_catalog():
    goal = EffectGoal("lokalt-1", GoalKind.EnvironmentalQuality, 1, "Rent vatten i Vättern")
    catalog = GoalCatalog([goal])
    assert len(catalog) == 1 and catalog.find_by_name("rent vatten i vättern") == goal
    with pytest.raises(miljoplan.DuplicateIdError) as info:
        catalog.add(goal)
    assert info.value.id == "lokalt-1"
    assert GoalCatalog() != catalog
    with pytest.raises(TypeError):
        catalog.add(None)


def test_validate_with_another_catalog(plan):
    # Against an empty catalog every goal the plan names is unknown.
    findings = plan.validate(GoalCatalog())
    unknown = [f for f in findings if f.code == "ref.unknown_goal"]
    # The two measures count too: each names the goal of its programme section.
    assert len(unknown) == sum(len(a.effect_goals.goal_ids) for a in plan.activities) == 13
    assert unknown[0].path == "$.activities[0].effect_goals.goals[0]"
    assert [f.code for f in findings if f.code.startswith("budget.")] == [
        "budget.costs_total", "budget.result_printed_totals", "budget.catering_meetings"]
