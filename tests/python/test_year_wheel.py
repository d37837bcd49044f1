# SPDX-License-Identifier: Apache-2.0
"""The reference plan's year wheel (årshjul) for 2024: meetings per month and per actor, the monthly
cadences, the meeting words, JSON, text and a pandas frame.

Mirrors tests/cpp/analysis/test_year_wheel.cpp.
"""

import json

import pytest

import miljoplan
from miljoplan import OccurrenceKind, WheelOptions

MONTHLY_IDS = {"besok-kommuner-och-lansstyrelsen", "beredningsgruppsmoten"}


@pytest.fixture(scope="module")
def wheel():
    return miljoplan.build_year_wheel(miljoplan.example_plan())


def meetings_by_id(w):
    return {w.activities[index].id: n for index, n in w.meetings_per_activity().items()}


def running(w, month):
    return [w.activities[i].id for i in w.months[month - 1].running]


def test_reference_plan_reads_every_phrase(wheel):
    assert wheel.year == 2024
    assert len(wheel.activities) == 26
    for a in wheel.activities:
        assert a.error == "", a.id
        assert a.timing.unparsed == "", a.id
    assert [m.month for m in wheel.months] == list(range(1, 13))
    assert repr(wheel) == "<YearWheel 2024: 26 activities, 45 meetings>"


def test_forty_five_meetings_activity_by_activity(wheel):
    expected = {
        "uppdaterade-miljobalkstillstand": 1, "oljeavskiljare": 1, "clp-och-markning": 1,
        "handlaggartraff-miljo-och-halsoskydd": 1, "handlaggartraff-sma-avlopp": 1,
        "handlaggartraff-lantbrukstillsyn": 1, "handlaggartraff-halsoskydd": 1, "styrgruppsmoten": 3,
        "beredningsgruppsmoten": 14, "kontaktpersonstraff": 1, "verksamhetsplan-och-budget": 1,
        "besok-kommuner-och-lansstyrelsen": 11, "presidietraff": 1, "informationstraff-nya": 1,
        "miljobrottsamverkan": 2, "projektledartraffar": 2, "miljosamordnartraffar": 2,
    }
    assert meetings_by_id(wheel) == expected
    assert wheel.meetings == 45
    assert wheel.meetings == sum(m.meetings for m in wheel.months) == sum(wheel.meetings_per_activity().values())
    assert {a.id for a in wheel.activities if a.meeting} == set(expected)


def test_meetings_per_month(wheel):
    assert [m.meetings for m in wheel.months] == [2, 4, 5, 7, 2, 4, 0, 2, 2, 11, 4, 2]
    # A month's meetings are its meeting occurrences.
    for m in wheel.months:
        assert m.meetings == sum(wheel.activities[o.activity].meeting for o in m.occurrences)


def test_coordinator_load_per_month(wheel):
    load = [m.load.get("lanssamordnare", 0) for m in wheel.months]
    assert load == [2, 4, 2, 7, 2, 4, 0, 2, 2, 8, 4, 2]
    assert sum(load) == 39
    assert [wheel.months[k].load["lansstyrelsen"] for k in (2, 3, 9)] == [2, 2, 4]
    # Every meeting occurrence loads each of its activity's responsible actors once.
    for m in wheel.months:
        counted = {}
        for o in m.occurrences:
            activity = wheel.activities[o.activity]
            if activity.meeting:
                for actor in activity.responsible:
                    counted[actor] = counted.get(actor, 0) + 1
        assert m.load == counted, m.month


def test_july_has_no_occurrences(wheel):
    july = wheel.months[6]
    assert (july.occurrences, july.meetings, july.load) == ([], 0, {})
    for a in wheel.activities:
        monthly = [o.date for o in a.expansion.occurrences if o.kind == OccurrenceKind.Monthly]
        assert all(d.month != 7 for d in monthly), a.id
        assert len(monthly) == (11 if a.id in MONTHLY_IDS else 0), a.id


def test_running_activities_per_month(wheel):
    assert running(wheel, 7) == ["avfallsbrottslighet", "uppstromsarbete-utslapp-till-vatten",
                                 "webbplats-och-ping-pong"]
    assert "verksamhetsberattelse-med-bokslut" in running(wheel, 2)
    assert "verksamhetsberattelse-med-bokslut" not in running(wheel, 3)
    assert "uppdatera-telefonboken" in running(wheel, 11)
    assert "oljeavskiljare" in running(wheel, 1) and "oljeavskiljare" not in running(wheel, 8)


def test_other_meeting_words_change_the_count():
    w = miljoplan.build_year_wheel(miljoplan.example_plan(), options=WheelOptions(meeting_words=["MÖTE"]))
    assert w.meetings == 21
    assert meetings_by_id(w) == {"styrgruppsmoten": 3, "beredningsgruppsmoten": 14, "kontaktpersonstraff": 1,
                                 "presidietraff": 1, "miljobrottsamverkan": 2}
    none = miljoplan.build_year_wheel(miljoplan.example_plan(), 2024, WheelOptions(meeting_words=[]))
    assert none.meetings == 0 and none.meetings_per_activity() == {}
    assert all(m.load == {} for m in none.months)
    assert "besök" in WheelOptions().meeting_words


def test_a_year_outside_the_plan_still_builds():
    w = miljoplan.build_year_wheel(miljoplan.example_plan(), 2030)
    assert w.year == 2030 and len(w.activities) == 26
    assert all(a.error == "" for a in w.activities)
    assert w.meetings == 23
    assert "besok-kommuner-och-lansstyrelsen" not in meetings_by_id(w)
    for month in range(1, 13):
        assert running(w, month) == ["webbplats-och-ping-pong"]


def test_a_year_outside_the_calendar_is_rejected():
    # The Gregorian calendar (and Swedish holidays) from 1583; 9999 is refused since a year's expansion
    # looks into the next one.
    plan = miljoplan.example_plan()
    for year in (1582, 9999, -1):
        with pytest.raises(miljoplan.InvalidArgumentError, match=f"cannot build a year wheel for the year {year}"):
            miljoplan.build_year_wheel(plan, year)
    assert miljoplan.build_year_wheel(plan, 1583).year == 1583
    assert miljoplan.build_year_wheel(plan, 9998).meetings == 23


def test_the_organisations_season_reading_is_used():
    plan = miljoplan.example_plan()
    plan.organisation.season_reading = miljoplan.SeasonReading.Calendar
    context = miljoplan.timing_context(plan)
    assert (context.year, context.seasons) == (2024, miljoplan.SeasonReading.Calendar)
    w = miljoplan.build_year_wheel(plan)
    assert "oljeavskiljare" not in running(w, 1)
    assert "oljeavskiljare" in running(w, 3)
    assert w.meetings == 45
    assert miljoplan.timing_context(plan, 2027).year == 2027


def test_to_json_parses(wheel):
    data = json.loads(wheel.to_json())
    assert isinstance(data, dict)
    text = json.dumps(data, ensure_ascii=False)
    assert "2024" in text and "besok-kommuner-och-lansstyrelsen" in text


def test_to_text_names_the_year(wheel):
    text = wheel.to_text()
    assert "Årshjul 2024" in text
    assert "Besök kommuner och länsstyrelsen" in text


def test_a_dataframe_of_all_occurrences(wheel):
    pandas = pytest.importorskip("pandas")
    rows = [{"month": m.month, "activity": wheel.activities[o.activity].title, "date": o.occurrence.date,
             "kind": str(o.occurrence.kind.name)} for m in wheel.months for o in m.occurrences]
    frame = pandas.DataFrame(rows, columns=["month", "activity", "date", "kind"])
    assert len(frame) == sum(len(a.expansion.occurrences) for a in wheel.activities)
    assert frame["month"].nunique() <= 12
    assert set(frame["month"]) == set(range(1, 13)) - {7}
    assert all(frame["date"].map(lambda d: d.month) == frame["month"])
    per_kind = frame.groupby("kind").size().to_dict()
    assert per_kind["Monthly"] == 22
    per_month = frame[frame["kind"] == "Monthly"].groupby("month").size()
    assert per_month.to_dict() == {m: 2 for m in range(1, 13) if m != 7}
    # The meetings column sums to the wheel's count.
    frame["meeting"] = [wheel.activities[o.activity].meeting for m in wheel.months for o in m.occurrences]
    assert int(frame["meeting"].sum()) == wheel.meetings == 45
