# SPDX-License-Identifier: Apache-2.0
"""Follow-up from Python: the follow-up model (ActivityStatus, FollowUpEntry, Plan.follow_up), the
follow-up points, follow_up_report with cadence compliance, its text, the annual report
(verksamhetsberättelse), the rules followup.unknown_activity and followup.cadence, and the
`miljoplan followup` / `miljoplan annual-report` commands.

Facts are checked against examples/new_cooperation/ (its recorded follow-up and bokslut), the reference
plan's timing phrases and docs/process.md. Mirrors the C++ tests of the follow-up feature in tests/cpp.
"""

import datetime
import json
import os
import pathlib
import subprocess

import pytest

import miljoplan
from miljoplan import ActivityStatus, BudgetLine, BudgetVersion, FollowUpEntry, Severity

D = datetime.date


# ---- helpers -------------------------------------------------------------------------------------------

def read_json(path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def example_data(example_dir):
    return read_json(example_dir / "plan-2026.json")


@pytest.fixture
def example(example_dir):
    """A fresh copy of the example cooperation's 2026 plan with its recorded follow-up."""
    return miljoplan.load(example_dir / "plan-2026.json")


def load_edited(example_dir, edit):
    data = read_json(example_dir / "plan-2026.json")
    edit(data)
    return miljoplan.loads(json.dumps(data, ensure_ascii=False), "plan.json", base_dir=example_dir)


def by_id(report):
    return {a.id: a for a in report.activities}


def added(before, after):
    for f in before:
        assert f in after, f
    return [f for f in after if f not in before]


def own(findings, code):
    return [f for f in findings if f.code == code]


def kr(amount):
    """Whole kronor grouped by thousands with a space, as the kr tables print them."""
    return f"{amount:,}".replace(",", " ")


# ---- the model -----------------------------------------------------------------------------------------

def test_activity_status_tokens():
    # docs/format.md: planerad, pågår, genomförd, uppskjuten or inställd.
    tokens = {"planerad": ActivityStatus.Planned, "pågår": ActivityStatus.Ongoing, "genomförd": ActivityStatus.Done,
              "uppskjuten": ActivityStatus.Postponed, "inställd": ActivityStatus.Cancelled}
    assert set(tokens.values()) == set(ActivityStatus.__members__.values())
    for token, status in tokens.items():
        assert ActivityStatus(token) == status and str(status) == token and status.token == token
        assert ActivityStatus(status.name.lower()) == status
    with pytest.raises(ValueError, match="unknown ActivityStatus"):
        ActivityStatus("klar")


def test_follow_up_entry_values():
    entry = FollowUpEntry("styrgruppsmoten", D(2024, 4, 30), "pågår", "Ett möte hållet", [D(2024, 2, 12)])
    assert (entry.activity, entry.date, entry.status, entry.note, entry.held) == (
        "styrgruppsmoten", D(2024, 4, 30), ActivityStatus.Ongoing, "Ett möte hållet", [D(2024, 2, 12)])
    assert entry == FollowUpEntry("styrgruppsmoten", D(2024, 4, 30), ActivityStatus.Ongoing, "Ett möte hållet",
                                  held=[D(2024, 2, 12)])
    assert entry != FollowUpEntry("styrgruppsmoten", D(2024, 4, 30), ActivityStatus.Ongoing, "Ett möte hållet")
    assert FollowUpEntry("x", D(2024, 4, 30), "planerad").held == []
    assert repr(entry) == "<FollowUpEntry 'styrgruppsmoten' 2024-04-30 pågår>"
    with pytest.raises(ValueError, match="needs an activity id"):
        FollowUpEntry("", D(2024, 4, 30), "pågår")
    # An unknown token passed for the enum fails the implicit conversion (pybind11 reports a TypeError that
    # shows the arguments).
    with pytest.raises(TypeError, match="'klar'"):
        FollowUpEntry("x", D(2024, 4, 30), "klar")


def test_example_follow_up_as_recorded(example, example_data):
    entries = example.follow_up
    assert len(entries) == len(example_data["follow_up"]) == 4
    for e, d in zip(entries, example_data["follow_up"]):
        assert (e.activity, e.date.isoformat(), str(e.status), e.note) == (
            d["activity"], d["date"], d["status"], d.get("note", ""))
        assert [x.isoformat() for x in e.held] == d.get("held", [])


def test_follow_up_is_added_and_round_trips(plan):
    assert plan.follow_up == []  # the reference plan records none
    assert "follow_up" not in json.loads(plan.to_json())
    plan.add_follow_up(FollowUpEntry("styrgruppsmoten", D(2024, 4, 30), "pågår", "", [D(2024, 2, 12)]))
    plan.add_follow_up(FollowUpEntry("oljeavskiljare", D(2024, 4, 30), "genomförd", "35 deltagare"))
    written = json.loads(plan.to_json())["follow_up"]
    assert written == [
        {"activity": "styrgruppsmoten", "date": "2024-04-30", "status": "pågår", "held": ["2024-02-12"]},
        {"activity": "oljeavskiljare", "date": "2024-04-30", "status": "genomförd", "note": "35 deltagare"}]
    back = miljoplan.loads(plan.to_json())
    assert back.follow_up == plan.follow_up
    assert back == plan


def test_follow_up_can_be_replaced(example):
    kept = [e for e in example.follow_up if e.activity != "natverk-halsoskydd"]
    example.follow_up = kept
    assert example.follow_up == kept


@pytest.mark.parametrize("edit,path,words", [
    (lambda d: d["follow_up"][0].update(status="klar"), "$.follow_up[0].status", 'unknown value "klar"'),
    (lambda d: d["follow_up"][1].update(date="2026-02-30"), "$.follow_up[1].date", "not a date"),
    (lambda d: d["follow_up"][0]["held"].append("igår"), "$.follow_up[0].held[2]", "not a date"),
    (lambda d: d["follow_up"][2].pop("activity"), "$.follow_up[2]", 'missing required field "activity"'),
    (lambda d: d["follow_up"][3].update(activity=""), "$.follow_up[3].activity", "must not be empty"),
    (lambda d: d["follow_up"][3].update(deltagare=40), "$.follow_up[3].deltagare", "unknown field"),
])
def test_bad_follow_up_names_the_path(example_dir, edit, path, words):
    with pytest.raises(miljoplan.SchemaError) as error:
        load_edited(example_dir, edit)
    assert error.value.path == path
    assert str(error.value).startswith(f"plan.json at {path}: ")
    assert words in str(error.value)


# ---- follow-up points ----------------------------------------------------------------------------------

def test_follow_up_points(plan, example):
    # Tertials by default (the Jönköping profile records none): 30 April, 31 August, 31 December.
    assert plan.organisation.follow_up_months == [4, 8, 12]
    assert miljoplan.follow_up_points(plan.organisation, 2024) == [D(2024, 4, 30), D(2024, 8, 31), D(2024, 12, 31)]
    # The example profile follows up in June and December.
    assert example.organisation.follow_up_months == [6, 12]
    assert miljoplan.follow_up_points(example.organisation, 2026) == [D(2026, 6, 30), D(2026, 12, 31)]
    # The last day of the month, leap years included; the points come out in date order.
    org = plan.organisation
    org.follow_up_months = [12, 2]
    assert miljoplan.follow_up_points(org, 2024) == [D(2024, 2, 29), D(2024, 12, 31)]
    assert miljoplan.follow_up_points(org, 2023) == [D(2023, 2, 28), D(2023, 12, 31)]
    for bad in ([0], [13], [6, -1]):
        with pytest.raises(miljoplan.InvalidArgumentError, match="is not 1-12"):
            org.follow_up_months = bad
    assert org.follow_up_months == [12, 2]


# ---- follow_up_report ----------------------------------------------------------------------------------

def test_example_follow_up_report_at_the_end_of_the_year(example):
    report = miljoplan.follow_up_report(example, 2026)
    assert (report.year, report.as_of, report.points) == (2026, D(2026, 12, 31), [D(2026, 6, 30), D(2026, 12, 31)])
    # The year's activities in plan order: the 2027 activity (nothing recorded for it) is not among them.
    assert [a.id for a in report.activities] == [a.id for a in example.activities if a.year == 2026] == [
        "tillsyn-tandvard", "kurs-avlopp", "natverk-halsoskydd", "styrgruppsmoten"]
    a = by_id(report)
    # styrgruppsmoten: pågår at midsummer (2 held), genomförd at the end (1 more): "3 gånger per år" kept.
    s = a["styrgruppsmoten"]
    assert (s.status, s.status_date, s.note) == (ActivityStatus.Done, D(2026, 12, 31), "")
    assert [(e.date, e.status) for e in s.entries] == [(D(2026, 6, 30), ActivityStatus.Ongoing),
                                                        (D(2026, 12, 31), ActivityStatus.Done)]
    c = s.compliance
    assert (c.expected_min, c.expected_max, c.held, c.fulfilled, c.timing) == (3, 3, 3, True, "3 gånger per år")
    # natverk-halsoskydd: held once, "2 gånger per år" asks for two.
    n = a["natverk-halsoskydd"]
    assert (n.status, n.note) == (ActivityStatus.Ongoing, "Höstträffen ställdes in.")
    assert (n.compliance.expected_min, n.compliance.held, n.compliance.fulfilled) == (2, 1, False)
    assert repr(n.compliance) == "<CadenceCompliance held 1 of 2-2>"
    k = a["kurs-avlopp"]
    assert (k.status, k.note, k.compliance) == (ActivityStatus.Done, "40 deltagare.", None)  # "mars 2026": no cadence
    t = a["tillsyn-tandvard"]
    assert (t.status, t.status_date, t.note, t.entries, t.compliance) == (None, None, "", [], None)
    assert repr(t) == "<ActivityFollowUp 'tillsyn-tandvard' ->"
    assert report.by_status == {"genomförd": 2, "pågår": 1, "ingen uppgift": 1}
    assert sum(report.by_status.values()) == len(report.activities)
    assert report.unknown == []
    assert repr(report) == "<FollowUpReport 2026 as of 2026-12-31>"


def test_example_follow_up_report_at_midsummer(example):
    report = miljoplan.follow_up_report(example, 2026, D(2026, 6, 30))
    a = by_id(report)
    assert (a["styrgruppsmoten"].status, a["styrgruppsmoten"].compliance.held) == (ActivityStatus.Ongoing, 2)
    assert not a["styrgruppsmoten"].compliance.fulfilled
    # The December entry lies after the report's day: the network has no status and nothing held yet.
    assert (a["natverk-halsoskydd"].status, a["natverk-halsoskydd"].compliance.held) == (None, 0)
    assert a["natverk-halsoskydd"].entries == []
    assert report.by_status == {"genomförd": 1, "pågår": 1, "ingen uppgift": 2}
    # 2027 has one activity and nothing recorded.
    other = miljoplan.follow_up_report(example, 2027)
    assert [(x.id, x.status, x.entries) for x in other.activities] == [("tillsyn-skolor", None, [])]
    assert other.by_status == {"ingen uppgift": 1}


def test_an_activity_of_another_year_joins_the_report_when_recorded(example):
    # Something recorded in 2026 for the 2027 activity (started early) brings it into the 2026 report.
    example.add_follow_up(FollowUpEntry("tillsyn-skolor", D(2026, 12, 31), "pågår", "Förberedelser påbörjade"))
    report = miljoplan.follow_up_report(example, 2026)
    assert [a.id for a in report.activities][-1] == "tillsyn-skolor"
    assert by_id(report)["tillsyn-skolor"].note == "Förberedelser påbörjade"
    assert report.by_status == {"genomförd": 2, "pågår": 2, "ingen uppgift": 1}


def test_cadence_expectations_of_the_reference_plan(plan):
    report = miljoplan.follow_up_report(plan, 2024)
    expected = {a.id: (c.expected_min, c.expected_max) for a in report.activities if (c := a.compliance)}
    timing = {a.id: a.timing_text for a in plan.activities}
    # docs/process.md: "3 gånger per år" expects 3; "1 gång per månad, bortsett från juli" 11; "2-3 gånger per
    # år" 2 to 3. The preparation group's phrase holds both: 3 per year and 1 per month except July.
    assert timing["styrgruppsmoten"] == "3 gånger per år" and expected["styrgruppsmoten"] == (3, 3)
    assert timing["besok-kommuner-och-lansstyrelsen"].startswith("1 gång per månad, bortsett från juli")
    assert expected["besok-kommuner-och-lansstyrelsen"] == (11, 11)
    assert timing["nyhetsbrev"] == "2-3 gånger per år" and expected["nyhetsbrev"] == (2, 3)
    assert expected["beredningsgruppsmoten"] == (3 + 11, 3 + 11)
    for two in ("miljobrottsamverkan", "projektledartraffar", "miljosamordnartraffar"):
        assert timing[two] == "2 gånger per år" and expected[two] == (2, 2)
    assert len(expected) == 7  # every other phrase names windows or dates, not a cadence
    assert all(a.compliance.held == 0 and not a.compliance.fulfilled for a in report.activities if a.compliance)
    assert report.by_status == {"ingen uppgift": 26}
    assert report.points == [D(2024, 4, 30), D(2024, 8, 31), D(2024, 12, 31)]


def test_held_days_are_counted_once_within_the_year(plan):
    plan.add_follow_up(FollowUpEntry("styrgruppsmoten", D(2024, 8, 31), "pågår", "två möten",
                                     [D(2024, 2, 12), D(2024, 5, 20)]))
    # Entered out of order, with a day recorded twice and one from the year before.
    plan.add_follow_up(FollowUpEntry("styrgruppsmoten", D(2024, 4, 30), "pågår", "ett möte",
                                     [D(2024, 2, 12), D(2023, 11, 20)]))
    s = by_id(miljoplan.follow_up_report(plan, 2024))["styrgruppsmoten"]
    assert [e.date for e in s.entries] == [D(2024, 4, 30), D(2024, 8, 31)]  # date order
    assert (s.status, s.note) == (ActivityStatus.Ongoing, "två möten")  # the latest
    assert s.compliance.held == 2  # 12 February once, 20 November 2023 not in 2024
    # As of 30 April only the April entry counts.
    early = by_id(miljoplan.follow_up_report(plan, 2024, D(2024, 4, 30)))["styrgruppsmoten"]
    assert (early.note, early.compliance.held) == ("ett möte", 1)


def test_days_held_late_in_the_year_count_when_recorded_after_it(plan):
    plan.add_follow_up(FollowUpEntry("styrgruppsmoten", D(2024, 8, 31), "pågår", "",
                                     [D(2024, 2, 12), D(2024, 5, 20)]))
    plan.add_follow_up(FollowUpEntry("styrgruppsmoten", D(2025, 1, 15), "genomförd", "", [D(2024, 11, 4)]))
    s = by_id(miljoplan.follow_up_report(plan, 2024))["styrgruppsmoten"]
    assert s.compliance.held == 3


def test_follow_up_report_refuses_impossible_years(plan):
    for year in (1582, 9999):
        with pytest.raises(miljoplan.InvalidArgumentError, match=f"no follow-up for the year {year}"):
            miljoplan.follow_up_report(plan, year)


def test_follow_up_text(example):
    text = miljoplan.follow_up_report(example, 2026).to_text()
    lines = text.splitlines()
    assert lines[:3] == ["Uppföljning 2026 per 2026-12-31", "=" * len("Uppföljning 2026 per 2026-12-31"),
                         "Uppföljningstillfällen: 2026-06-30, 2026-12-31"]
    assert "  Kurs om små avlopp: genomförd (2026-06-30)" in lines
    assert "      40 deltagare." in lines
    assert "  Nätverk för hälsoskydd: pågår (2026-12-31)" in lines
    assert "      1 av 2 tillfällen (ej uppfyllt)" in lines
    assert "      3 av 3 tillfällen (uppfyllt)" in lines
    assert "  Tillsyn av tandvårdsmottagningar: ingen uppföljning" in lines
    assert lines[-3:] == ["genomförd: 2", "ingen uppgift: 1", "pågår: 1"]
    assert "Tillsyn av skolors ventilation" not in text  # a 2027 activity
    english = miljoplan.follow_up_report(example, 2026, D(2026, 6, 30)).to_text("en")
    assert english.startswith("Follow-up 2026 as of 2026-06-30\n")
    assert "  Styrgruppsmöten: pågår (2026-06-30)\n      2 of 3 occurrences (not met)\n" in english
    assert "  Tillsyn av tandvårdsmottagningar: not followed up\n" in english


def test_unknown_activities_are_listed(example):
    example.add_follow_up(FollowUpEntry("natverk-halsoskyd", D(2026, 12, 31), "genomförd"))
    report = miljoplan.follow_up_report(example, 2026)
    assert report.unknown == [FollowUpEntry("natverk-halsoskyd", D(2026, 12, 31), ActivityStatus.Done)]
    assert by_id(report)["natverk-halsoskydd"].status == ActivityStatus.Ongoing  # not mistaken for the network
    assert report.to_text().endswith("Okänd aktivitet i uppföljningen: natverk-halsoskyd (2026-12-31)\n")
    assert report.to_text("en").endswith("Unknown activity in the follow-up: natverk-halsoskyd (2026-12-31)\n")


# ---- the annual report ---------------------------------------------------------------------------------

def test_annual_report_of_the_example(example, example_data):
    text = miljoplan.annual_report(example, 2026)
    lines = text.splitlines()
    assert lines[0] == "# Verksamhetsberättelse 2026 – Miljösamverkan Exempellän"
    assert f"Sammanställd från {example.title}, dess uppföljning och bokslutet." in lines
    assert "## Aktiviteter" in lines and "## Ekonomi" in lines
    assert "| Kurs om små avlopp | genomförd (2026-06-30) | – | 40 deltagare. |" in lines
    assert ("| Nätverk för hälsoskydd | pågår (2026-12-31) | 1 av 2 tillfällen (ej uppfyllt) | "
            "Höstträffen ställdes in. |") in lines
    assert "| Styrgruppsmöten | genomförd (2026-12-31) | 3 av 3 tillfällen (uppfyllt) |  |" in lines
    # The outcome (bokslut) against the budget in force, line by line, in the budget's unit (kr).
    budget = example_data["budget"]
    outcome = example_data["budget_versions"][0]
    assert outcome["version"] == "bokslut" and outcome["year"] == 2026
    for section in ("income", "costs"):
        for planned, actual in zip(budget[section], outcome[section]):
            assert planned["id"] == actual["id"]
            diff = actual["amount"] - planned["amount"]
            assert (f"| {actual['label']} | {kr(planned['amount'])} | {kr(actual['amount'])} | {kr(diff)} |"
                    in lines), planned["id"]
    planned_result = sum(x["amount"] for x in budget["income"]) - sum(x["amount"] for x in budget["costs"])
    actual_result = sum(x["amount"] for x in outcome["income"]) - sum(x["amount"] for x in outcome["costs"])
    assert (planned_result, actual_result) == (22_500, 21_500)
    assert (f"| **Resultat** | {kr(planned_result)} | {kr(actual_result)} | {kr(actual_result - planned_result)} |"
            in lines)
    assert lines[-1] == "Belopp i kr."
    english = miljoplan.annual_report(example, 2026, "en")
    assert english.startswith("# Annual report 2026 – Miljösamverkan Exempellän\n")
    assert "| **Result** | 22 500 | 21 500 | -1 000 |" in english


def test_annual_report_covers_the_years_activities_only(example):
    assert [a.id for a in example.activities if a.year == 2026] == [
        "tillsyn-tandvard", "kurs-avlopp", "natverk-halsoskydd", "styrgruppsmoten"]
    text = miljoplan.annual_report(example, 2026)
    assert "Genomförda aktiviteter: 2 av 4." in text.splitlines()
    assert "Tillsyn av skolors ventilation" not in text
    assert text.count("### Tillsynsprojekt") == 1


def test_annual_report_without_accounts_says_so(plan):
    text = miljoplan.annual_report(plan, 2024)
    assert text.startswith("# Verksamhetsberättelse 2024 – Miljösamverkan Jönköpings län\n")
    assert "Genomförda aktiviteter: 0 av 26." in text.splitlines()
    assert text.endswith("Bokslut saknas för 2024; jämförelsen med budgeten görs när bokslutet förts in i planen.\n")
    assert "| Nyhetsbrev miljösamverkan | ingen uppföljning | 0 av 2–3 tillfällen (ej uppfyllt) |  |" in text
    assert "No accounts (bokslut) for 2024" in miljoplan.annual_report(plan, 2024, "en")


def test_annual_report_uses_the_budget_in_force(example):
    revised = miljoplan.Budget(2026)
    revised.version = BudgetVersion.Revised
    revised.display_unit = "kr"
    revised.income = example.budget.income
    revised.costs = [BudgetLine(l.label, 185_000 if l.id == "samordnare" else l.amount, l.id, l.tags)
                     for l in example.budget.costs]
    example.add_budget_version(revised)
    assert example.budget_in_force(2026) == revised
    lines = miljoplan.annual_report(example, 2026).splitlines()
    assert "| Samordnarens lön (del) | 185 000 | 188 000 | 3 000 |" in lines
    assert "| **Resultat** | 27 500 | 21 500 | -6 000 |" in lines


# ---- followup.unknown_activity -------------------------------------------------------------------------

def test_followup_unknown_activity_passes(clean_plan, example):
    assert own(example.validate(), "followup.unknown_activity") == []  # every entry names an activity
    clean_plan.add_follow_up(FollowUpEntry("oljeavskiljare", D(2024, 4, 30), "genomförd"))
    assert clean_plan.validate() == []


def test_followup_unknown_activity_fails(example, clean_plan):
    before = example.validate()
    example.add_follow_up(FollowUpEntry("natverk-halsoskyd", D(2026, 12, 31), "genomförd"))
    (f,) = added(before, example.validate())
    assert (f.code, f.severity, f.path) == ("followup.unknown_activity", Severity.Error, "$.follow_up[4].activity")
    assert f.message == 'Uppföljningen 2026-12-31 gäller "natverk-halsoskyd", som inte är en aktivitet i planen'
    (en,) = own(example.validate(language="en"), "followup.unknown_activity")
    assert en.message == ('The follow-up of 2026-12-31 concerns "natverk-halsoskyd", which is not an activity of '
                          'the plan')
    # In the reference plan, at the first entry.
    clean_plan.add_follow_up(FollowUpEntry("oljeavskiljarna", D(2024, 4, 30), "genomförd"))
    (g,) = clean_plan.validate()
    assert (g.code, g.path) == ("followup.unknown_activity", "$.follow_up[0].activity")
    assert miljoplan.find_rule("followup.unknown_activity").severity == Severity.Error


# ---- followup.cadence ----------------------------------------------------------------------------------

# Enough held days in 2024 for each activity of the reference plan that has a cadence.
HELD_2024 = {
    "styrgruppsmoten": [D(2024, 2, 12), D(2024, 5, 20), D(2024, 10, 14)],
    "beredningsgruppsmoten": [D(2024, m, 16) for m in (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12)] +
                             [D(2024, 2, 5), D(2024, 5, 6), D(2024, 10, 7)],
    "besok-kommuner-och-lansstyrelsen": [D(2024, m, 20) for m in (2, 3, 5, 6, 8, 9, 11, 12)] +
                                        [D(2024, 1, 22), D(2024, 4, 22), D(2024, 10, 21)],
    "miljobrottsamverkan": [D(2024, 3, 5), D(2024, 10, 8)],
    "projektledartraffar": [D(2024, 4, 9), D(2024, 11, 12)],
    "miljosamordnartraffar": [D(2024, 3, 19), D(2024, 9, 17)],
    "nyhetsbrev": [D(2024, 3, 1), D(2024, 9, 2)],
}


def close_2024(plan, held=HELD_2024):
    for activity, days in held.items():
        plan.add_follow_up(FollowUpEntry(activity, D(2024, 12, 31), "genomförd", "", days))


def test_followup_cadence_passes_and_fails_as_documented(clean_plan, make_clean_plan):
    # docs/rules.md: Styrgruppsmöten ("3 gånger per år") followed up on 31 December 2024 with three held days
    # passes; with two it fails. The other activities have no entry and are not judged.
    clean_plan.add_follow_up(FollowUpEntry("styrgruppsmoten", D(2024, 12, 31), "genomförd", "",
                                           [D(2024, 2, 12), D(2024, 5, 20), D(2024, 10, 14)]))
    assert clean_plan.validate() == []
    failing = make_clean_plan()
    failing.add_follow_up(FollowUpEntry("styrgruppsmoten", D(2024, 12, 31), "genomförd", "",
                                        [D(2024, 2, 12), D(2024, 5, 20)]))
    (f,) = failing.validate()
    assert (f.code, f.severity, f.path) == ("followup.cadence", Severity.Warning, "$.activities[12]")
    assert f.message == '"Styrgruppsmöten" hölls 2 gånger 2024 men "3 gånger per år" kräver minst 3'


def test_followup_cadence_passes(clean_plan, example_dir):
    # No follow-up recorded: nothing is judged.
    assert own(clean_plan.validate(), "followup.cadence") == []
    # Every cadence kept ("2-3 gånger per år" needs at least 2).
    close_2024(clean_plan)
    assert {a.id: a.compliance.held for a in miljoplan.follow_up_report(clean_plan, 2024).activities
            if a.compliance} == {k: len(set(v)) for k, v in HELD_2024.items()}
    assert clean_plan.validate() == []
    # The example with the autumn meeting recorded as held.
    kept = load_edited(example_dir, lambda d: d["follow_up"][3].update(held=["2026-04-22", "2026-10-07"]))
    assert own(kept.validate(), "followup.cadence") == []


def test_followup_cadence_waits_for_the_years_last_follow_up_point(example_dir, clean_plan):
    # Only the midsummer follow-up is recorded: the network has met 0 times, but the year is not over.
    midsummer = load_edited(example_dir, lambda d: d.update(follow_up=[e for e in d["follow_up"]
                                                                         if e["date"] == "2026-06-30"]))
    assert [e.date for e in midsummer.follow_up] == [D(2026, 6, 30), D(2026, 6, 30)]
    assert by_id(miljoplan.follow_up_report(midsummer, 2026))["natverk-halsoskydd"].compliance.held == 0
    assert own(midsummer.validate(), "followup.cadence") == []
    # Once any entry reaches the last point (31 December) the year is judged: the steering group (two held
    # days recorded) falls short; the network, with no entry at all, is not judged (nothing is known).
    midsummer.add_follow_up(FollowUpEntry("kurs-avlopp", D(2026, 12, 31), "genomförd"))
    assert [(f.path, f.message) for f in own(midsummer.validate(), "followup.cadence")] == [
        ("$.activities[3]", '"Styrgruppsmöten" hölls 2 gånger 2026 men "3 gånger per år" kräver minst 3')]
    # The Jönköping plan's last point is 31 December too: 31 August does not close 2024.
    clean_plan.add_follow_up(FollowUpEntry("styrgruppsmoten", D(2024, 8, 31), "pågår", "", [D(2024, 2, 12)]))
    assert clean_plan.validate() == []


@pytest.mark.parametrize("status", ["inställd", "uppskjuten"])
def test_followup_cadence_exempts_cancelled_and_postponed(example, status):
    example.add_follow_up(FollowUpEntry("natverk-halsoskydd", D(2026, 12, 31), status, "Flyttas till 2027"))
    assert own(example.validate(), "followup.cadence") == []


def test_followup_cadence_fails_for_the_example(example):
    # examples/new_cooperation/README.md: validate reports one warning, the health-protection network.
    (f,) = example.validate()
    assert (f.code, f.severity, f.path) == ("followup.cadence", Severity.Warning, "$.activities[2]")
    assert example.activities[2].id == "natverk-halsoskydd"
    assert f.message == '"Nätverk för hälsoskydd" hölls 1 gång 2026 men "2 gånger per år" kräver minst 2'
    assert miljoplan.find_rule("followup.cadence").severity == Severity.Warning


def test_followup_cadence_fails_in_the_reference_plan(clean_plan):
    held = dict(HELD_2024, styrgruppsmoten=HELD_2024["styrgruppsmoten"][:2])
    close_2024(clean_plan, held)
    (f,) = clean_plan.validate()
    assert (f.code, f.severity, f.path) == ("followup.cadence", Severity.Warning, "$.activities[12]")
    assert clean_plan.activities[12].id == "styrgruppsmoten"
    assert f.message == '"Styrgruppsmöten" hölls 2 gånger 2024 men "3 gånger per år" kräver minst 3'
    # "2-3 gånger per år" held once: below its minimum.
    held = dict(HELD_2024, nyhetsbrev=HELD_2024["nyhetsbrev"][:1])
    other = miljoplan.example_plan()
    other.budget.printed_costs = clean_plan.budget.printed_costs
    other.budget.costs = clean_plan.budget.costs
    other.adoption = clean_plan.adoption
    other.activities[0].timing_text = clean_plan.activities[0].timing_text
    close_2024(other, held)
    (g,) = other.validate()
    assert (g.path, g.message) == (
        "$.activities[23]", '"Nyhetsbrev miljösamverkan" hölls 1 gång 2024 men "2-3 gånger per år" kräver minst 2')


def test_followup_cadence_judges_only_the_years_activities(example):
    skolor = example.find_activity("tillsyn-skolor")
    assert skolor.year == 2027
    skolor.timing_text = "2 gånger per år"
    assert [f.path for f in own(example.validate(), "followup.cadence")] == ["$.activities[2]"]


def test_followup_cadence_path_is_the_plans_position(example_dir):
    # The 2027 activity listed first: the network is the plan's fourth activity, though the 2026 report (which
    # leaves the 2027 activity out) lists it third.
    def first_2027(d):
        d["activities"].insert(0, d["activities"].pop(4))
    plan = load_edited(example_dir, first_2027)
    assert [a.id for a in plan.activities][:4] == ["tillsyn-skolor", "tillsyn-tandvard", "kurs-avlopp",
                                                   "natverk-halsoskydd"]
    assert [a.id for a in miljoplan.follow_up_report(plan, 2026).activities].index("natverk-halsoskydd") == 2
    (f,) = plan.validate()
    assert (f.code, f.path) == ("followup.cadence", "$.activities[3]")


def test_followup_cadence_english_message(example):
    (f,) = own(example.validate(language="en"), "followup.cadence")
    assert f.path == "$.activities[2]"
    assert f.message == '"Nätverk för hälsoskydd" was held 1 time in 2026 but "2 gånger per år" asks for at least 2'
    example.add_follow_up(FollowUpEntry("natverk-halsoskydd", D(2027, 6, 30), "pågår"))  # no change to 2026
    example.add_follow_up(FollowUpEntry("styrgruppsmoten", D(2026, 12, 31), "genomförd", "", []))
    assert own(example.validate(language="en"), "followup.cadence") == [f]


# ---- the command line ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def cli():
    path = os.environ.get("MILJOPLAN_CLI")
    if not path or not pathlib.Path(path).exists():
        pytest.skip("MILJOPLAN_CLI does not name a built CLI")
    return path


def run(argv):
    return subprocess.run(argv, capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_cli_followup_prints_the_report(cli, example_dir, example):
    plan = str(example_dir / "plan-2026.json")
    result = run([cli, "followup", plan, "--year", "2026", "--as-of", "2026-06-30"])
    assert result.returncode == 0, result.stderr
    assert result.stdout == miljoplan.follow_up_report(example, 2026, D(2026, 6, 30)).to_text()
    result = run([cli, "followup", plan, "--year", "2026"])
    assert result.stdout == miljoplan.follow_up_report(example, 2026).to_text()


def test_cli_annual_report(cli, example_dir, example, tmp_path):
    plan = str(example_dir / "plan-2026.json")
    result = run([cli, "annual-report", plan, "--year", "2026"])
    assert result.returncode == 0, result.stderr
    assert result.stdout == miljoplan.annual_report(example, 2026)
    target = tmp_path / "verksamhetsberattelse-2026.md"
    assert run([cli, "annual-report", plan, "--year", "2026", "-o", str(target)]).returncode == 0
    assert target.read_text(encoding="utf-8") == miljoplan.annual_report(example, 2026)
    again = run([cli, "annual-report", plan, "--year", "2026", "-o", str(target)])
    assert again.returncode != 0 and str(target) in again.stderr
    assert run([cli, "annual-report", plan, "--year", "2026", "-o", str(target), "--force"]).returncode == 0


def test_cli_validate_reports_the_cadence_warning(cli, example_dir):
    result = run([cli, "validate", str(example_dir / "plan-2026.json"), "--json"])
    assert result.returncode == 0, result.stderr  # a warning is not an error
    assert json.loads(result.stdout) == {"findings": [
        {"code": "followup.cadence", "severity": "warning",
         "message": '"Nätverk för hälsoskydd" hölls 1 gång 2026 men "2 gånger per år" kräver minst 2',
         "path": "$.activities[2]"}]}
