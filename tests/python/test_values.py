# SPDX-License-Identifier: Apache-2.0
"""Small value types: immutable, hashable, compared by value, with reprs that evaluate back."""

import datetime
import os
import pathlib
import pickle

import pytest

import miljoplan
from miljoplan import (
    ActorPhrase,
    ActorRef,
    Adoption,
    BudgetLine,
    County,
    EffectGoal,
    Finding,
    GoalPhrase,
    GoalRef,
    Measure,
    OpenGoals,
    PlanningCycle,
    PlanYear,
    Population,
    PrintedTotal,
    Seat,
    Severity,
    SourceDocument,
    TextSection,
)

# Everything a repr may name, as a user would have imported it.
NAMESPACE = {name: getattr(miljoplan, name) for name in miljoplan.__all__}
NAMESPACE["datetime"] = datetime

MEASURE = Measure("6", "Ingen övergödning", "Vattnets miljömål 2017-2021")

# (value, an attribute, an equal value built independently, a different value)
VALUES = [
    (PlanYear(2024, "fastställd"), "year", PlanYear(2024), PlanYear(2025, "preliminär")),
    (ActorRef("lanssamordnare"), "id", ActorRef("lanssamordnare", tentative=False),
     ActorRef("lanssamordnare", tentative=True)),
    (Seat("lanssamordnare", "länssamordnare", 1, ["sekreterare", "föredragande"], "som sekreterare"), "count",
     Seat("lanssamordnare", "länssamordnare", 1, [miljoplan.SeatFunction.Secretary,
                                                  miljoplan.SeatFunction.Rapporteur], "som sekreterare"),
     Seat("lanssamordnare", "länssamordnare", 2, ["sekreterare"], "som sekreterare")),
    (BudgetLine("Miljöbarometern", 24_000, id="miljobarometern"), "amount",
     BudgetLine("Miljöbarometern", 24_000, "miljobarometern", []),
     BudgetLine("Miljöbarometern", 24_000, id="annan")),
    (PrintedTotal("SUMMA KOSTNADER", 1_206_000), "amount", PrintedTotal("SUMMA KOSTNADER", 1_206_000),
     PrintedTotal("SUMMA KOSTNADER", 1_211_000)),
    (Finding("budget.costs_total", "error", "Tryckt ”summa” – fel", "$.budget"), "message",
     Finding("budget.costs_total", Severity.Error, "Tryckt ”summa” – fel", "$.budget"),
     Finding("budget.costs_total", "warning", "Tryckt ”summa” – fel", "$.budget")),
    (County("Jönköpings län", "06", "F"), "code", County("Jönköpings län", code="06", letter="F"),
     County("Kronobergs län", "07", "G")),
    (Population(6852, "2023-12-31", "SCB", True), "count", Population(6852, "2023-12-31", "SCB", uncertain=True),
     Population(6852, "2023-12-31", "SCB", False)),
    (MEASURE, "number", Measure("6", "Ingen övergödning", "Vattnets miljömål 2017-2021"),
     Measure("5", "Ingen övergödning", "Vattnets miljömål 2017-2021")),
    (GoalRef("mkm-7", MEASURE), "goal", GoalRef(goal="mkm-7", measure=MEASURE), GoalRef("mkm-7")),
    (GoalPhrase("Giftfri miljö, m.fl.", [GoalRef("mkm-4")], "m.fl."), "open",
     GoalPhrase("Giftfri miljö, m.fl.", [GoalRef("mkm-4")], OpenGoals.AndOthers),
     GoalPhrase("Giftfri miljö, m.fl.", [GoalRef("mkm-4")])),
    (ActorPhrase("Länssamordnaren", [ActorRef("lanssamordnare")]), "text",
     ActorPhrase("Länssamordnaren", refs=[ActorRef("lanssamordnare")]), ActorPhrase("Länssamordnaren")),
    (PlanningCycle(3, ["fastställd", "preliminär", "förslagsbank"], "styrgrupp", 6, 1, "senast i juni"),
     "horizon_years", PlanningCycle(text="senast i juni", adopted_by="styrgrupp"),
     PlanningCycle(text="senast i juni", adopted_by="styrgrupp", adoption_deadline_month=5)),
    (Adoption("styrgrupp", datetime.date(2023, 6, 15), "protokoll"), "date",
     Adoption(body="styrgrupp", date=datetime.date(2023, 6, 15), note="protokoll"), Adoption("styrgrupp")),
    (TextSection("Styrning", "Miljösamverkan leds övergripande av det politiska organet."), "heading",
     TextSection("Styrning", "Miljösamverkan leds övergripande av det politiska organet."),
     TextSection("Budget", "Miljösamverkan leds övergripande av det politiska organet.")),
    (SourceDocument("VP 2024", "https://example.org/vp.pdf", ["transkriberad"]), "url",
     SourceDocument(title="VP 2024", url="https://example.org/vp.pdf", notes=["transkriberad"]),
     SourceDocument("VP 2024")),
    (EffectGoal("mkm-4", "miljökvalitetsmål", 4, "Giftfri miljö", "A non-toxic environment", ["giftfri"]), "name_sv",
     EffectGoal("mkm-4", miljoplan.GoalKind.EnvironmentalQuality, 4, "Giftfri miljö", "A non-toxic environment",
                ["giftfri"]),
     EffectGoal("mkm-4", "miljökvalitetsmål", 4, "Giftfri miljö")),
]
IDS = [type(v[0]).__name__ for v in VALUES]


@pytest.mark.parametrize(("value", "attribute", "same", "other"), VALUES, ids=IDS)
def test_compares_by_value(value, attribute, same, other):
    assert value == same and not (value != same)
    assert value != other and not (value == other)
    assert value is not same


@pytest.mark.parametrize(("value", "attribute", "same", "other"), VALUES, ids=IDS)
def test_is_immutable(value, attribute, same, other):
    before = getattr(value, attribute)
    with pytest.raises(AttributeError):
        setattr(value, attribute, before)
    with pytest.raises(AttributeError):
        value.no_such_attribute = 1
    assert value == same


@pytest.mark.parametrize(("value", "attribute", "same", "other"), VALUES, ids=IDS)
def test_is_hashable_consistently(value, attribute, same, other):
    assert hash(value) == hash(same)
    assert len({value, same, other}) == 2
    assert {value: "x"}[same] == "x"


@pytest.mark.parametrize(("value", "attribute", "same", "other"), VALUES, ids=IDS)
def test_repr_evaluates_back(value, attribute, same, other):
    text = repr(value)
    assert text.startswith(type(value).__name__ + "(")
    assert eval(text, dict(NAMESPACE)) == value  # noqa: S307 - the point of the test
    assert eval(repr(other), dict(NAMESPACE)) == other  # noqa: S307


def test_repr_escapes_quotes_and_keeps_swedish():
    section = TextSection("Rubrik 'citat'", 'Han sa "hej" och gick.\nNy rad')
    assert eval(repr(section), dict(NAMESPACE)) == section  # noqa: S307
    assert "Jönköpings" in repr(County("Jönköpings län"))


def test_comparing_with_other_types_is_false_not_an_error():
    assert PlanYear(2024) != 2024
    assert not (BudgetLine("a", 1) == "a")
    assert Finding("c", "info", "m") != None  # noqa: E711 - comparing with None must not raise


def test_phrases_compare_equal_to_their_text():
    phrase = ActorPhrase("Länssamordnaren", [ActorRef("lanssamordnare")])
    assert phrase == "Länssamordnaren"
    assert phrase != "Länssamordnare"
    assert str(phrase) == "Länssamordnaren"
    # Equal objects must hash equal, or sets and dicts mixing phrases and str break.
    assert hash(phrase) == hash("Länssamordnaren")
    assert "Länssamordnaren" in {phrase}
    goals = GoalPhrase("Flertalet", [], "flertalet")
    assert goals == "Flertalet"
    assert hash(goals) == hash("Flertalet")
    assert "lanssamordnare" in phrase and "ordnaren" in phrase and "lansstyrelsen" not in phrase
    assert not ActorPhrase() and not GoalPhrase()


def test_value_constructors_check_their_arguments():
    with pytest.raises(ValueError):
        ActorRef("")
    with pytest.raises(ValueError):
        Seat("lanssamordnare", count=0)
    with pytest.raises(ValueError):
        Population(-1)
    with pytest.raises(ValueError):
        GoalRef()
    with pytest.raises(ValueError):
        PlanningCycle(horizon_years=0)
    with pytest.raises(ValueError):
        PlanningCycle(adoption_deadline_month=13)


def test_wrong_types_raise_type_error():
    with pytest.raises(TypeError):
        PlanYear("2024")
    with pytest.raises(TypeError):
        ActorRef(None)
    with pytest.raises(TypeError):
        ActorRef(42)
    with pytest.raises(TypeError):
        Adoption(date=datetime.datetime(2023, 6, 15, 12, 0))  # a datetime would silently lose its time
    with pytest.raises(TypeError):
        Adoption(date="2023-06-15")
    with pytest.raises(TypeError):
        Seat(None)


def test_pickle_where_supported():
    finding = Finding("budget.costs_total", "error", "Tryckt summa", "$.budget.printed_totals.costs")
    assert pickle.loads(pickle.dumps(finding)) == finding
    population = Population(146161, "2023-12-31", "SCB", True)
    assert pickle.loads(pickle.dumps(population)) == population


def test_plan_findings_are_values(plan):
    first = plan.validate()
    second = plan.validate()
    assert first == second
    assert {hash(f) for f in first} == {hash(f) for f in second}
    assert eval(repr(first[0]), dict(NAMESPACE)) == first[0]  # noqa: S307


def test_values_read_from_a_container_outlive_its_replacement():
    # Lists and optionals handed out by properties are copies: replacing the container in C++ must not
    # leave Python holding freed memory.
    plan = miljoplan.example_plan()
    line = plan.budget.income[1]
    plan.budget.income = []
    assert (line.id, line.amount) == ("inbetalningar", 1196000)
    seats = plan.organisation.find_body("styrgrupp").seats
    plan.organisation.find_body("styrgrupp").seats = []
    assert seats[0].position == "miljöchef"
    example = miljoplan.load(pathlib.Path(os.environ["MILJOPLAN_SOURCE_DIR"]) / "examples/new_cooperation/plan-2026.json")
    entry = example.follow_up[0]
    example.follow_up = []
    assert [str(d) for d in entry.held] == ["2026-02-10", "2026-05-12"]
