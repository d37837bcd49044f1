# SPDX-License-Identifier: Apache-2.0
"""The planning process from Python: the profile's process milestones and where the year wheel and the
iCalendar export put them, the proposal lifecycle (history, scores, age, "new this year", planning a
proposal into the plan), the proposal criteria and the rule proposals.scores, and governance (bodies,
seats, recorded members) with the rule governance.composition.

Facts are checked against data/profiles/jonkoping.json, data/jonkoping-2024.json, docs/process.md and
examples/new_cooperation/. Mirrors the C++ tests of the process feature in tests/cpp.
"""

import copy
import datetime
import json
import os
import pathlib
import subprocess

import icalendar
import pytest

import miljoplan
from miljoplan import (ActorPhrase, ActorRef, Assessment, BodyMember, Criterion, MeetingFrequency, Milestone,
                       OccurrenceKind, ProposalEvent, ProposalStatus, Seat, SeatFunction, Severity)

D = datetime.date
STAMP = "20240101T000000Z"
PROCESS_IDS = ["forslag", "beredning", "budget", "faststallelse", "nyckeltal", "verksamhetsberattelse"]


# ---- helpers -------------------------------------------------------------------------------------------

def read_json(path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def jonkoping_profile(source_dir):
    return read_json(source_dir / "data" / "profiles" / "jonkoping.json")


@pytest.fixture(scope="module")
def reference_data(source_dir):
    return read_json(source_dir / "data" / "jonkoping-2024.json")


@pytest.fixture(scope="module")
def example_data(example_dir):
    return read_json(example_dir / "plan-2026.json"), read_json(example_dir / "profile.json")


@pytest.fixture
def example(example_dir):
    """A fresh copy of the example cooperation's 2026 plan (examples/new_cooperation)."""
    return miljoplan.load(example_dir / "plan-2026.json")


def added(before, after):
    """The findings `after` has that `before` did not, checking that none of `before` went away."""
    for f in before:
        assert f in after, f
    return [f for f in after if f not in before]


def own(findings, code):
    return [f for f in findings if f.code == code]


def load_edited(example_dir, edit):
    """The example plan with its profile written into it, after `edit` changed the JSON."""
    plan = read_json(example_dir / "plan-2026.json")
    plan["organisation"] = read_json(example_dir / "profile.json")
    edit(plan)
    return miljoplan.loads(json.dumps(plan, ensure_ascii=False), "plan.json", base_dir=example_dir)


def ics_events(plan, year=None, **kwargs):
    wheel = miljoplan.build_year_wheel(plan, year)
    text = miljoplan.to_ics(plan, wheel, stamp=STAMP, **kwargs)
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(text).walk("VEVENT")}


# ---- the profile's process -----------------------------------------------------------------------------

def test_jonkoping_profile_has_six_process_steps(plan, jonkoping_profile):
    steps = plan.organisation.process
    assert [s.id for s in steps] == PROCESS_IDS
    for step, data in zip(steps, jonkoping_profile["process"]):
        assert (step.id, step.title, step.timing, step.concerns, step.text) == (
            data["id"], data["title"], data["timing"], data["concerns"], data["text"])
        assert step.responsible.text == data["responsible"]["text"]
        assert [r.id for r in step.responsible.refs] == data["responsible"]["refs"]
    # docs/process.md: next year's plan, this year's key figures, last year's report.
    assert [s.concerns for s in steps] == [1, 1, 1, 1, 0, -1]
    assert [s.timing for s in steps] == ["Våren", "Våren", "Våren", "senast i juni", "senast den 1 april",
                                         "Februari"]
    adoption = steps[3]
    assert adoption.title == "Styrgruppen fastställer verksamhetsplanen"
    assert adoption.responsible == ActorPhrase("Styrgruppen", [ActorRef("styrgrupp")])
    # The adoption step is the cycle's rule put in the calendar: the steering group, by June the year before.
    assert plan.organisation.cycle.adopted_by == "styrgrupp"
    assert plan.adoption_deadline == D(2023, 6, 30)
    assert repr(adoption) == "<Milestone 'faststallelse' 'senast i juni'>"


def test_milestone_and_criterion_values():
    m = Milestone("faststallelse", "Styrgruppen fastställer planen", "senast i maj", concerns=1,
                  responsible=ActorPhrase("Styrgruppen", [ActorRef("styrgrupp")]))
    assert (m.concerns, m.text) == (1, "")
    assert m == Milestone("faststallelse", "Styrgruppen fastställer planen", "senast i maj", 1,
                          ActorPhrase("Styrgruppen", [ActorRef("styrgrupp")]), "")
    assert m != Milestone("faststallelse", "Styrgruppen fastställer planen", "senast i juni", 1)
    assert Milestone("x", "X", "Våren").concerns == 0
    with pytest.raises(ValueError, match="needs an id"):
        Milestone("", "X", "Våren")
    c = Criterion("behov", "Behov i flera kommuner")
    assert (c.min, c.max, c.description) == (0, 3, "")  # a 0-3 survey by default
    assert repr(c) == "<Criterion 'behov' 0-3>"
    assert Criterion("effekt", "Effekt", min=1, max=1).max == 1
    with pytest.raises(ValueError, match="max must not be below min"):
        Criterion("effekt", "Effekt", min=3, max=2)


# ---- the process in the year wheel ---------------------------------------------------------------------

def test_year_wheel_places_the_process_steps(plan):
    wheel = miljoplan.build_year_wheel(plan)
    assert wheel.year == 2024
    steps = wheel.milestones
    assert [s.id for s in steps] == PROCESS_IDS
    assert all(s.error == "" for s in steps)
    # concerns: +1 -> the 2025 plan, 0 -> 2024, -1 -> the 2023 report; the title names the year.
    assert [s.concerns_year for s in steps] == [2025, 2025, 2025, 2025, 2024, 2023]
    for step, source in zip(steps, plan.organisation.process):
        assert step.title == f"{source.title} ({step.concerns_year})"
        assert step.responsible == [r.id for r in source.responsible.refs]
        assert step.timing.text == source.timing
        assert len(step.expansion.occurrences) == 1  # one date per step and year
    by_id = {s.id: s.expansion.occurrences[0] for s in steps}
    # "senast i juni": its last day, 2024-06-30, a deadline for the 2025 plan (the cycle's deadline).
    assert (by_id["faststallelse"].date, by_id["faststallelse"].kind) == (D(2024, 6, 30), OccurrenceKind.Deadline)
    assert (by_id["nyckeltal"].date, by_id["nyckeltal"].kind) == (D(2024, 4, 1), OccurrenceKind.Deadline)
    # "Våren" in the profile's term reading is 1 January-30 June; a window alone suggests one date in its
    # middle month (April), on the first working day on or after the 15th (Monday 15 April 2024).
    assert plan.organisation.season_reading == miljoplan.SeasonReading("termin")
    for step_id in ("forslag", "beredning", "budget"):
        step = steps[PROCESS_IDS.index(step_id)]
        (window,) = step.expansion.windows
        assert (window.range.first, window.range.last) == (D(2024, 1, 1), D(2024, 6, 30))
        assert (by_id[step_id].date, by_id[step_id].kind) == (D(2024, 4, 15), OccurrenceKind.Suggested)
    assert miljoplan.is_working_day(D(2024, 4, 15)) and D(2024, 4, 15).weekday() == 0
    # "Februari": a suggestion in February, Thursday the 15th.
    assert (by_id["verksamhetsberattelse"].date, by_id["verksamhetsberattelse"].kind) == (
        D(2024, 2, 15), OccurrenceKind.Suggested)


def test_wheel_months_list_the_steps_in_date_order(plan):
    wheel = miljoplan.build_year_wheel(plan)
    months = {m.month: [(index, o.date) for index, o in m.milestones] for m in wheel.months}
    f = PROCESS_IDS.index
    assert months[2] == [(f("verksamhetsberattelse"), D(2024, 2, 15))]
    assert months[4] == [(f("nyckeltal"), D(2024, 4, 1)), (f("forslag"), D(2024, 4, 15)),
                         (f("beredning"), D(2024, 4, 15)), (f("budget"), D(2024, 4, 15))]
    assert months[6] == [(f("faststallelse"), D(2024, 6, 30))]
    assert all(months[m] == [] for m in (1, 3, 5, 7, 8, 9, 10, 11, 12))
    for m in wheel.months:
        for index, occurrence in m.milestones:
            assert occurrence.date.month == m.month
            assert occurrence == wheel.milestones[index].expansion.occurrences[0]
    # The steps are not meetings: the 2024 wheel still counts the plan's 45 meeting occurrences.
    assert wheel.meetings == 45
    assert len(wheel.activities) == 26


def test_the_process_repeats_in_every_year(plan):
    wheel = miljoplan.build_year_wheel(plan, 2025)
    assert [s.concerns_year for s in wheel.milestones] == [2026, 2026, 2026, 2026, 2025, 2024]
    dates = {s.id: s.expansion.occurrences[0].date for s in wheel.milestones}
    assert dates["faststallelse"] == D(2025, 6, 30)
    assert wheel.milestones[3].title == "Styrgruppen fastställer verksamhetsplanen (2026)"
    # 15 February 2025 is a Saturday: the suggestion moves to Monday the 17th.
    assert not miljoplan.is_working_day(D(2025, 2, 15))
    assert dates["verksamhetsberattelse"] == D(2025, 2, 17)


def test_a_changed_process_moves_in_the_wheel(plan):
    steps = list(plan.organisation.process)
    steps[3] = Milestone("faststallelse", "Styrgruppen fastställer verksamhetsplanen", "senast i maj", 1,
                         steps[3].responsible, steps[3].text)
    plan.organisation.process = steps[3:4]
    wheel = miljoplan.build_year_wheel(plan)
    assert [s.id for s in wheel.milestones] == ["faststallelse"]
    assert wheel.milestones[0].expansion.occurrences[0].date == D(2024, 5, 31)
    assert [i for i, _ in wheel.months[4].milestones] == [0]
    plan.organisation.process = []
    assert miljoplan.build_year_wheel(plan).milestones == []


def test_example_cooperation_process_in_its_own_calendar(example, example_data):
    _, profile = example_data
    assert [s.id for s in example.organisation.process] == [p["id"] for p in profile["process"]]
    wheel = miljoplan.build_year_wheel(example)
    assert wheel.year == 2026
    by_id = {s.id: s for s in wheel.milestones}
    # "senast i februari" and "senast i maj": the months' last days, deadlines for the 2027 plan.
    assert [(o.date, o.kind) for o in by_id["forslag"].expansion.occurrences] == [
        (D(2026, 2, 28), OccurrenceKind.Deadline)]
    assert [(o.date, o.kind) for o in by_id["faststallelse"].expansion.occurrences] == [
        (D(2026, 5, 31), OccurrenceKind.Deadline)]
    assert by_id["faststallelse"].concerns_year == 2027 and by_id["verksamhetsberattelse"].concerns_year == 2025
    assert by_id["forslag"].responsible == []  # the profile names no one for this step
    # "mars": 15 March 2026 is a Sunday, so the suggestion is Monday the 16th.
    assert not miljoplan.is_working_day(D(2026, 3, 15))
    assert [(o.date, o.kind) for o in by_id["verksamhetsberattelse"].expansion.occurrences] == [
        (D(2026, 3, 16), OccurrenceKind.Suggested)]


def test_an_unreadable_step_is_reported_in_the_wheel(plan):
    steps = list(plan.organisation.process)
    steps[3] = Milestone("faststallelse", steps[3].title, "senast 31 juni", 1, steps[3].responsible)
    plan.organisation.process = steps
    wheel = miljoplan.build_year_wheel(plan)
    broken = wheel.milestones[3]
    assert "31 juni" in broken.error and "senast 31 juni" in broken.error
    assert broken.expansion.occurrences == []
    assert [s.error for i, s in enumerate(wheel.milestones) if i != 3] == [""] * 5
    assert wheel.months[5].milestones == []


def test_validate_reports_an_unreadable_process_timing(clean_plan):
    steps = list(clean_plan.organisation.process)
    steps[3] = Milestone("faststallelse", steps[3].title, "senast 31 juni", 1, steps[3].responsible)
    clean_plan.organisation.process = steps
    findings = clean_plan.validate()
    assert [f.code for f in findings] == ["timing.unreadable"]
    assert findings[0].path == "$.organisation.process[3].timing"


# ---- the process in the iCalendar export ---------------------------------------------------------------

def test_ics_exports_the_process_steps(plan):
    events = ics_events(plan)
    process = sorted(uid for uid in events if ".process." in uid)
    assert process == sorted(f"jonkoping-2024.process.{i}.2024.0@miljoplan" for i in PROCESS_IDS)
    adoption = events["jonkoping-2024.process.faststallelse.2024.0@miljoplan"]
    assert (adoption["DTSTART"].dt, adoption["DTEND"].dt) == (D(2024, 6, 30), D(2024, 7, 1))
    assert str(adoption["SUMMARY"]) == "Senast: Styrgruppen fastställer verksamhetsplanen (2025)"
    assert str(adoption["DESCRIPTION"]) == "Planeringsprocessen: senast i juni"
    assert "STATUS" not in adoption
    proposals = events["jonkoping-2024.process.forslag.2024.0@miljoplan"]
    assert proposals["DTSTART"].dt == D(2024, 4, 15)
    assert str(proposals["STATUS"]) == "TENTATIVE"
    assert str(proposals["SUMMARY"]).endswith("(2025) (förslag)")
    report = events["jonkoping-2024.process.verksamhetsberattelse.2024.0@miljoplan"]
    assert str(report["SUMMARY"]) == "Verksamhetsberättelse med bokslut för föregående år (2023) (förslag)"


def test_ics_process_uids_name_the_year_and_drop_suggestions_on_request(plan):
    events = ics_events(plan, 2025, include_suggestions=False)
    process = sorted(uid for uid in events if ".process." in uid)
    # Without suggestions only the two deadlines remain.
    assert process == ["jonkoping-2024.process.faststallelse.2025.0@miljoplan",
                       "jonkoping-2024.process.nyckeltal.2025.0@miljoplan"]
    assert events[process[0]]["DTSTART"].dt == D(2025, 6, 30)
    assert events[process[1]]["DTSTART"].dt == D(2025, 4, 1)


# ---- proposals -----------------------------------------------------------------------------------------

def test_reference_proposal_bank(plan, reference_data):
    bank = reference_data["proposal_bank"]
    proposals = plan.proposals
    assert [p.id for p in proposals] == [p["id"] for p in bank["proposals"]]
    assert len(proposals) == len(plan.proposal_bank) == 12
    assert (plan.proposal_bank.first_year, plan.proposal_bank.last_year) == (2025, 2027)
    for p, data in zip(proposals, bank["proposals"]):
        assert (p.title, p.area, p.submitted_year) == (data["title"], data["area"], data["submitted_year"])
        # The document shows no history, scores, proposer or mark: a proposal in the bank is kept.
        assert p.history == [] and p.assessments == []
        assert p.submitted_by is None and p.marked_new is None
        assert p.status == ProposalStatus.Kept
        if data["submitted_year"] is None:
            assert p.age(2025) is None
        else:
            assert p.age(2025) == 2025 - data["submitted_year"]
    # "Nya förslag är gulmarkerade": new means it came in the year before the plan (2023 for 2024).
    assert plan.first_year == 2024
    new = [p.id for p in proposals if plan.is_new_proposal(p)]
    assert new == [d["id"] for d in bank["proposals"] if d["submitted_year"] == 2023]
    assert new == ["hydrologiska-geologiska-forhallanden", "hot-och-vald"]
    digital = plan.proposal_bank.find_proposal("digital-tillsyn")
    assert digital.submitted_year is None and not plan.is_new_proposal(digital)
    assert repr(digital) == "<Proposal 'digital-tillsyn' 'Digital tillsyn' (year not given)>"


def test_proposal_status_tokens():
    # docs/format.md: inkommen, bedömd, remitterad, planerad, kvar or avslagen.
    tokens = {"inkommen": ProposalStatus.Received, "bedömd": ProposalStatus.Assessed,
              "remitterad": ProposalStatus.Consulted, "planerad": ProposalStatus.Planned,
              "kvar": ProposalStatus.Kept, "avslagen": ProposalStatus.Rejected}
    assert set(tokens.values()) == set(ProposalStatus.__members__.values())
    for token, status in tokens.items():
        assert ProposalStatus(token) == status and str(status) == token
        assert ProposalStatus(status.name.lower()) == status
    with pytest.raises(ValueError, match="unknown ProposalStatus"):
        ProposalStatus("granskad")


def test_proposal_lifecycle():
    p = miljoplan.Proposal("radon-skolor", "Radon i skolor", area="Tillsyn hälsoskydd", submitted_year=2023,
                           submitted_by="kommun-0680")
    assert p.status == ProposalStatus.Kept and p.history == []
    p.add_event(ProposalEvent("inkommen", 2023, D(2023, 3, 14), "Från Jönköpings kommun"))
    assert p.status == ProposalStatus.Received
    p.add_event(ProposalEvent(ProposalStatus.Assessed, 2023, note="Bedömd av beredningsgruppen"))
    p.add_event(ProposalEvent(ProposalStatus.Consulted, 2024))
    assert p.status == ProposalStatus.Consulted
    assert [(str(e.status), e.year, e.date) for e in p.history] == [
        ("inkommen", 2023, D(2023, 3, 14)), ("bedömd", 2023, None), ("remitterad", 2024, None)]
    assert p.history[1].note == "Bedömd av beredningsgruppen"
    p.history = p.history + [ProposalEvent("avslagen", 2024)]
    assert p.status == ProposalStatus.Rejected
    p.history = []
    assert p.status == ProposalStatus.Kept
    assert (p.age(2023), p.age(2026)) == (0, 3)
    p.assessments = [Assessment("behov", 3, "kommun-0680"), Assessment("effekt", 1, note="Svårt att mäta")]
    assert p.assessments[0] == Assessment("behov", 3, by="kommun-0680")
    assert p.assessments[1].by is None and p.assessments[1].note == "Svårt att mäta"
    assert repr(ProposalEvent("planerad", 2024)) == "<ProposalEvent planerad 2024>"
    assert repr(Assessment("behov", 2)) == "<Assessment 'behov' 2>"


def test_example_cooperation_proposals(example, example_data):
    plan_data, _ = example_data
    radon, buller = example.proposals
    data = plan_data["proposal_bank"]["proposals"][0]
    assert (radon.id, radon.submitted_year, radon.submitted_by) == ("radon", 2025, "kommun-a")
    assert [(str(e.status), e.year, e.note) for e in radon.history] == [
        (h["status"], h["year"], h.get("note", "")) for h in data["history"]]
    assert radon.status == ProposalStatus.Kept  # its last step is "kvar"
    assert [(a.criterion, a.score, a.by) for a in radon.assessments] == [
        (a["criterion"], a["score"], a.get("by")) for a in data["assessments"]]
    assert buller.history == [] and buller.status == ProposalStatus.Kept
    # The plan starts in 2026: radon (2025) is new, buller (2024) is not.
    assert example.is_new_proposal(radon) and not example.is_new_proposal(buller)
    assert (radon.age(2026), buller.age(2026)) == (1, 2)


def test_proposal_history_round_trips(plan):
    p = plan.proposal_bank.find_proposal("biocidprodukter")
    p.submitted_by = "kommun-0680"
    p.marked_new = False
    p.history = [ProposalEvent("inkommen", 2022, D(2022, 4, 2), "Från Jönköping"), ProposalEvent("kvar", 2023)]
    p.assessments = [Assessment("behov", 2, "kommun-0604", "viktigt")]
    written = json.loads(plan.to_json())["proposal_bank"]["proposals"][3]
    assert written["history"] == [{"status": "inkommen", "year": 2022, "date": "2022-04-02", "note": "Från Jönköping"},
                                  {"status": "kvar", "year": 2023}]
    assert written["assessments"] == [{"criterion": "behov", "score": 2, "by": "kommun-0604", "note": "viktigt"}]
    assert (written["submitted_by"], written["marked_new"]) == ("kommun-0680", False)
    back = miljoplan.loads(plan.to_json())
    assert back.proposal_bank.find_proposal("biocidprodukter") == p
    assert back == plan


# ---- planning a proposal -------------------------------------------------------------------------------

def test_plan_proposal_moves_it_into_the_plan(plan, reference_data):
    p = plan.proposal_bank.find_proposal("biocidprodukter")
    p.history = [ProposalEvent("inkommen", 2022), ProposalEvent("bedömd", 2022, note="Hög prioritet")]
    p.assessments = [Assessment("behov", 3, "kommun-0604")]
    history = p.history
    activity = plan.plan_proposal("biocidprodukter", "biocider", 2024, "Tillsynsprojekt")
    assert (activity.id, activity.title, activity.year, activity.category) == (
        "biocider", "Biocidprodukter", 2024, "Tillsynsprojekt")
    assert plan.activities[-1] == activity and len(plan.activities) == 27
    assert plan.find_activity("biocider") == activity
    # The proposal leaves the bank ...
    assert plan.proposal_bank.find_proposal("biocidprodukter") is None
    assert len(plan.proposals) == 11
    assert [q.id for q in plan.proposals] == [d["id"] for d in reference_data["proposal_bank"]["proposals"]
                                             if d["id"] != "biocidprodukter"]
    # ... and the activity keeps where it came from, its history with the planning step added, and its scores.
    origin = activity.origin
    assert (origin.proposal, origin.title, origin.area, origin.submitted_year, origin.submitted_by) == (
        "biocidprodukter", "Biocidprodukter", "Tillsyn miljöskydd", 2022, None)
    assert origin.history[:2] == history
    (planned,) = origin.history[2:]
    assert planned.status == ProposalStatus.Planned
    # Planned in the year the plan is adopted (the cycle adopts by June the year before).
    assert planned.year == plan.adoption_deadline.year == 2023
    assert "2024" in planned.note
    assert origin.assessments == [Assessment("behov", 3, "kommun-0604")]
    assert repr(origin) == "<ActivityOrigin 'biocidprodukter'>"
    # An activity of the table has no origin.
    assert plan.activities[0].origin is None


def test_an_origin_can_be_built_in_python(plan):
    origin = miljoplan.ActivityOrigin(proposal="biocidprodukter", title="Biocidprodukter", area="Tillsyn miljöskydd",
                                      submitted_year=2022)
    plan.activities[0].origin = origin
    assert plan.activities[0].origin == origin


def test_a_planned_proposal_round_trips_with_its_origin(plan):
    plan.plan_proposal("hot-och-vald", "hot-och-vald-utbildning", 2024, "Utbildning/workshops")
    written = json.loads(plan.to_json())["activities"][-1]
    assert written["origin"]["proposal"] == "hot-och-vald"
    assert written["origin"]["submitted_year"] == 2023
    assert [h["status"] for h in written["origin"]["history"]] == ["planerad"]
    assert set(written["origin"]) <= {"proposal", "title", "area", "submitted_year", "submitted_by", "history",
                                      "assessments"}
    back = miljoplan.loads(plan.to_json())
    assert back.find_activity("hot-och-vald-utbildning").origin == plan.find_activity("hot-och-vald-utbildning").origin
    assert back == plan


def test_plan_proposal_refuses_bad_requests(plan):
    with pytest.raises(miljoplan.InvalidArgumentError, match="no proposal 'biocider' in the proposal bank"):
        plan.plan_proposal("biocider", "biocider", 2024, "Tillsynsprojekt")
    with pytest.raises(miljoplan.InvalidArgumentError, match="2025 is not one of the plan's years"):
        plan.plan_proposal("biocidprodukter", "biocider", 2025, "Tillsynsprojekt")
    with pytest.raises(miljoplan.DuplicateIdError, match="avfallsbrottslighet"):
        plan.plan_proposal("biocidprodukter", "avfallsbrottslighet", 2024, "Tillsynsprojekt")
    # Nothing moved.
    assert len(plan.proposals) == 12 and len(plan.activities) == 26
    plan.plan_proposal("biocidprodukter", "biocider", 2024, "Tillsynsprojekt")
    with pytest.raises(miljoplan.InvalidArgumentError, match="no proposal 'biocidprodukter'"):
        plan.plan_proposal("biocidprodukter", "biocider-2", 2024, "Tillsynsprojekt")


def test_plan_a_proposal_into_a_later_plan_year(example):
    radon = example.proposal_bank.find_proposal("radon")
    activity = example.plan_proposal("radon", "tillsyn-radon", 2027, "Tillsynsprojekt")
    assert activity.year == 2027
    assert activity.origin.history[:3] == radon.history
    assert activity.origin.assessments == radon.assessments
    assert (activity.origin.submitted_by, activity.origin.area) == ("kommun-a", "Tillsyn")
    assert [p.id for p in example.proposals] == ["buller"]
    with pytest.raises(miljoplan.InvalidArgumentError, match="2029 is not one of the plan's years"):
        example.plan_proposal("buller", "buller", 2029, "Utbildning")


# ---- criteria and proposals.scores ---------------------------------------------------------------------

def test_criteria_of_the_profiles(plan, example, example_data):
    assert plan.organisation.criteria == []  # the Jönköping plan publishes no criteria
    _, profile = example_data
    assert [(c.id, c.name, c.min, c.max) for c in example.organisation.criteria] == [
        (c["id"], c["name"], c["min"], c["max"]) for c in profile["criteria"]]
    assert example.organisation.criteria[0] == Criterion("behov", "Behov i flera kommuner", "", 0, 3)
    back = miljoplan.organisation_from_json(miljoplan.organisation_to_json(example.organisation))
    assert back.criteria == example.organisation.criteria


def test_proposals_scores_passes_on_the_real_data(clean_plan, example):
    assert own(clean_plan.validate(), "proposals.scores") == []
    # The example's radon proposal is scored 3, 2 and 2 on 0-3 criteria.
    assert own(example.validate(), "proposals.scores") == []
    # A score on the edge of the scale passes.
    radon = example.proposal_bank.find_proposal("radon")
    radon.assessments = [Assessment("behov", 0), Assessment("effekt", 3)]
    assert own(example.validate(), "proposals.scores") == []


def test_proposals_scores_fails_for_a_score_outside_the_scale(example):
    before = example.validate()
    radon = example.proposal_bank.find_proposal("radon")
    radon.assessments = [Assessment("behov", 4, "kommun-a")] + radon.assessments[1:]
    (f,) = added(before, example.validate())
    assert (f.code, f.severity, f.path) == ("proposals.scores", Severity.Error,
                                            "$.proposal_bank.proposals[0].assessments[0]")
    assert f.message == '"Radon i flerbostadshus" har poängen 4 på "Behov i flera kommuner", utanför skalan 0–3'
    (en,) = own(example.validate(language="en"), "proposals.scores")
    assert en.message == '"Radon i flerbostadshus" scores 4 on "Behov i flera kommuner", outside the scale 0–3'
    # Below the scale, at the third score.
    radon.assessments = radon.assessments[:2] + [Assessment("effekt", -1)]
    assert [(f.path, f.message.split(" har poängen ")[1]) for f in own(example.validate(), "proposals.scores")] == [
        ("$.proposal_bank.proposals[0].assessments[0]", '4 på "Behov i flera kommuner", utanför skalan 0–3'),
        ("$.proposal_bank.proposals[0].assessments[2]", '-1 på "Effekt på miljön", utanför skalan 0–3')]
    assert miljoplan.find_rule("proposals.scores").severity == Severity.Error


def test_proposals_scores_fails_for_an_unknown_criterion(example, clean_plan):
    before = example.validate()
    buller = example.proposal_bank.find_proposal("buller")
    buller.assessments = [Assessment("behv", 2)]
    (f,) = added(before, example.validate())
    assert (f.code, f.severity, f.path) == ("proposals.scores", Severity.Error,
                                            "$.proposal_bank.proposals[1].assessments[0]")
    assert f.message == ('"Kurs om buller från fläktar" bedöms mot "behv", som inte är ett av organisationens '
                         'kriterier; menade du "behov"?')
    # The Jönköping profile has no criteria, so any score names an unknown one (and nothing to suggest).
    clean_plan.proposal_bank.find_proposal("biocidprodukter").assessments = [Assessment("behov", 2)]
    (g,) = clean_plan.validate()
    assert (g.code, g.path) == ("proposals.scores", "$.proposal_bank.proposals[3].assessments[0]")
    assert g.message == '"Biocidprodukter" bedöms mot "behov", som inte är ett av organisationens kriterier'


def test_a_planned_proposal_leaves_the_scores_check(example):
    example.proposal_bank.find_proposal("radon").assessments = [Assessment("behov", 9)]
    assert len(own(example.validate(), "proposals.scores")) == 1
    example.plan_proposal("radon", "tillsyn-radon", 2027, "Tillsynsprojekt")
    assert own(example.validate(), "proposals.scores") == []


# ---- governance ----------------------------------------------------------------------------------------

def test_jonkoping_bodies_and_seats(plan, jonkoping_profile):
    bodies = plan.organisation.bodies
    data = jonkoping_profile["bodies"]
    assert [b.id for b in bodies] == [d["id"] for d in data] == [
        "politiskt-organ", "styrgrupp", "beredningsgrupp", "kontaktpersoner", "projektgrupp", "referensgrupp",
        "presidier"]
    for body, d in zip(bodies, data):
        assert (str(body.kind), body.name, body.mandate, body.per_activity) == (
            d["kind"], d["name"], d.get("mandate", ""), d.get("per_activity", False))
        assert [(s.from_, s.position, s.count, [str(f) for f in s.functions], s.text) for s in body.seats] == [
            (s["from"], s["position"], s.get("count"), s.get("functions", []), s.get("text", "")) for s in
            d.get("seats", [])]
        # The profile records the rules only: no members, no meeting frequency.
        assert body.members == [] and body.meetings is None
    styrgrupp = plan.organisation.find_body("styrgrupp")
    # docs/process.md: all miljöchefer of the municipalities, the head of Kommunal utveckling for PKS, the head
    # of the environmental protection unit of the länsstyrelse, the coordinator as secretary and rapporteur.
    all_heads, pks, lst, coordinator = styrgrupp.seats
    assert (all_heads.from_, all_heads.position, all_heads.count) == ("lanets-kommuner", "miljöchef", None)
    assert len(plan.organisation.expand("lanets-kommuner")) == 13
    assert (pks.from_, pks.count) == ("pks", 1)
    assert lst.from_ == "lansstyrelsen"
    assert (coordinator.from_, coordinator.functions) == ("lanssamordnare", [SeatFunction.Secretary,
                                                                             SeatFunction.Rapporteur])
    # Contact persons: one per municipality and one for the länsstyrelse.
    contacts = plan.organisation.find_body("kontaktpersoner")
    assert [(s.from_, s.count) for s in contacts.seats] == [("lanets-kommuner", None), ("lansstyrelsen", 1)]
    assert str(contacts.kind) == "kontaktpersoner"
    assert [b.id for b in bodies if b.per_activity] == ["projektgrupp", "referensgrupp"]


def test_governance_value_objects():
    seat = Seat("lanets-kommuner", "miljöchef", text="samtliga miljöchefer")
    assert seat.count is None and seat.functions == []
    assert seat == Seat("lanets-kommuner", "miljöchef", None, [], "samtliga miljöchefer")
    assert Seat("lanssamordnare", "länssamordnare", 1, ["sekreterare", "föredragande"]).functions == [
        SeatFunction.Secretary, SeatFunction.Rapporteur]
    with pytest.raises(ValueError, match="needs the actor"):
        Seat("")
    with pytest.raises(ValueError, match="at least 1"):
        Seat("pks", count=0)
    member = BodyMember("kommun-0604", "miljöchef", functions=["ordförande"])
    assert member.person is None and member.functions == [SeatFunction.Chair]
    assert repr(member) == "<BodyMember 'kommun-0604' 'miljöchef'>"
    with pytest.raises(ValueError, match="needs the actor"):
        BodyMember("")
    assert MeetingFrequency(3, 4, "tre till fyra gånger om året").max == 4
    with pytest.raises(ValueError, match="min <= max"):
        MeetingFrequency(4, 3)
    with pytest.raises(ValueError, match="min <= max"):
        MeetingFrequency(-1, 3)


def test_example_cooperation_governance_round_trips(example, example_data):
    _, profile = example_data
    styrgrupp = example.organisation.find_body("styrgrupp")
    d = profile["bodies"][0]
    assert styrgrupp.meetings == MeetingFrequency(d["meetings"]["min"], d["meetings"]["max"], d["meetings"]["text"])
    assert [(m.from_, m.position, m.person, [str(f) for f in m.functions]) for m in styrgrupp.members] == [
        (m["from"], m["position"], m.get("person"), m.get("functions", [])) for m in d["members"]]
    styrgrupp.members = styrgrupp.members[:1] + [BodyMember("kommun-b", "miljöchef", "Eva Exempel")] + \
        styrgrupp.members[2:]
    back = miljoplan.organisation_from_json(miljoplan.organisation_to_json(example.organisation))
    assert back.find_body("styrgrupp").members[1].person == "Eva Exempel"
    assert back == example.organisation
    written = json.loads(miljoplan.organisation_to_json(example.organisation))["bodies"][0]
    assert written["members"][1] == {"from": "kommun-b", "position": "miljöchef", "person": "Eva Exempel"}
    assert written["meetings"] == {"min": 3, "max": 4, "text": "tre till fyra gånger om året"}


def jonkoping_steering_group(org):
    """The Jönköping styrgrupp as its rule describes it: 13 miljöchefer, PKS, the länsstyrelse, the coordinator."""
    return ([BodyMember(p.id, "miljöchef") for p in org.expand("lanets-kommuner")] +
            [BodyMember("pks", "chefen för Kommunal utveckling"),
             BodyMember("lansstyrelsen", "chefen för miljöskyddsenheten och förorenade områden-enheten"),
             BodyMember("lanssamordnare", "länssamordnare", functions=["sekreterare", "föredragande"])])


def test_governance_composition_passes(clean_plan, example):
    # Bodies without recorded members are not checked: the clean reference plan passes.
    assert clean_plan.validate() == []
    clean_plan.organisation.find_body("styrgrupp").members = jonkoping_steering_group(clean_plan.organisation)
    assert clean_plan.validate() == []
    # Positions are compared without regard to case.
    members = jonkoping_steering_group(clean_plan.organisation)
    members[0] = BodyMember(members[0].from_, "Miljöchef")
    clean_plan.organisation.find_body("styrgrupp").members = members
    assert clean_plan.validate() == []
    # docs/rules.md: the example cooperation's styrgrupp (four miljöchefer, one head of unit, the coordinator).
    assert own(example.validate(), "governance.composition") == []


def test_governance_composition_fails_for_a_missing_member(clean_plan, example):
    org = clean_plan.organisation
    org.find_body("styrgrupp").members = jonkoping_steering_group(org)[1:]  # Aneby's miljöchef left out
    (f,) = clean_plan.validate()
    assert (f.code, f.severity, f.path) == ("governance.composition", Severity.Warning,
                                            "$.organisation.bodies[1].seats[0]")
    assert f.message == ("Styrgruppen: regeln säger 13 miljöchef från Länets kommuner men 12 är förda som ledamöter; "
                         "ingen från Aneby kommun")
    (en,) = clean_plan.validate(language="en")
    assert en.message == ("Styrgruppen: the rule says 13 miljöchef from Länets kommuner but 12 are recorded as "
                          "members; none from Aneby kommun")
    # docs/rules.md: the example's styrgrupp with only three of four miljöchefer.
    before = example.validate()
    styrgrupp = example.organisation.find_body("styrgrupp")
    styrgrupp.members = [m for m in styrgrupp.members if m.from_ != "kommun-c"]
    (g,) = added(before, example.validate())
    assert (g.code, g.severity, g.path) == ("governance.composition", Severity.Warning,
                                            "$.organisation.bodies[0].seats[0]")
    assert g.message == ("Styrgruppen: regeln säger 4 miljöchef från Länets kommuner men 3 är förda som ledamöter; "
                         "ingen från Exempelkommun C")


def test_governance_composition_fails_for_a_member_without_a_seat(clean_plan):
    org = clean_plan.organisation
    org.find_body("styrgrupp").members = jonkoping_steering_group(org) + [BodyMember("polisen", "miljösamordnare")]
    (f,) = clean_plan.validate()
    assert (f.code, f.severity, f.path) == ("governance.composition", Severity.Warning,
                                            "$.organisation.bodies[1].members[16]")
    assert f.message == "Styrgruppen: ledamoten från Polismyndigheten (miljösamordnare) har inget säte enligt regeln"
    # A member in the wrong position leaves its seat empty and sits nowhere: two findings.
    members = jonkoping_steering_group(org)
    members[14] = BodyMember("lansstyrelsen", "miljöchef")
    org.find_body("styrgrupp").members = members
    findings = clean_plan.validate()
    assert [(f.code, f.path) for f in findings] == [
        ("governance.composition", "$.organisation.bodies[1].seats[2]"),
        ("governance.composition", "$.organisation.bodies[1].members[14]")]
    assert findings[0].message == ("Styrgruppen: regeln säger 1 chefen för miljöskyddsenheten och förorenade "
                                   "områden-enheten från Länsstyrelsen i Jönköpings län men 0 är förda som ledamöter")
    assert findings[1].message == ("Styrgruppen: ledamoten från Länsstyrelsen i Jönköpings län (miljöchef) har inget "
                                   "säte enligt regeln")


def skane_steering_group():
    """Skåne's styrgrupp as the profile's seat texts describe it: Malmö and three other municipalities, three
    from Länsstyrelsen Skåne (one of them the chair), one from Arbets- och miljömedicin Syd and the two
    co-opted verksamhetsledare. (Which three other municipalities sit is not recorded; any three will do.)"""
    return [BodyMember("kommun-1280", "ledamot"), BodyMember("kommun-1281", "ledamot"),
            BodyMember("kommun-1283", "ledamot"), BodyMember("kommun-1290", "ledamot"),
            BodyMember("lansstyrelsen-skane", "ledamot", functions=["ledamot", "ordförande"]),
            BodyMember("lansstyrelsen-skane", "ledamot"), BodyMember("lansstyrelsen-skane", "ledamot"),
            BodyMember("amm-syd", "ledamot"),
            BodyMember("verksamhetsledare-lansstyrelsen", "adjungerad verksamhetsledare"),
            BodyMember("verksamhetsledare-skanes-kommuner", "adjungerad verksamhetsledare")]


def test_governance_composition_with_overlapping_seats():
    plan = miljoplan.builtin_plan("skane-2022")
    plan.organisation.find_body("styrgrupp").members = skane_steering_group()
    assert own(plan.validate(), "governance.composition") == []


def test_governance_composition_one_per_member_of_the_group(clean_plan):
    org = clean_plan.organisation
    members = jonkoping_steering_group(org)
    assert members[1].from_ == "kommun-0617"  # Gnosjö
    members[1] = BodyMember("kommun-0604", "miljöchef")  # a second one from Aneby instead
    org.find_body("styrgrupp").members = members
    findings = own(clean_plan.validate(), "governance.composition")
    assert findings != []
    assert all(f.path.startswith("$.organisation.bodies[1]") for f in findings)


# ---- bad input -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("edit,path,words", [
    (lambda d: d["organisation"]["process"][0].pop("id"), "$.organisation.process[0]", 'missing required field "id"'),
    (lambda d: d["organisation"]["process"][1].update(concerns="nästa år"), "$.organisation.process[1].concerns",
     "expected an integer"),
    (lambda d: d["organisation"]["criteria"][0].update(min=3, max=0), "$.organisation.criteria[0].max",
     "below its min"),
    (lambda d: d["proposal_bank"]["proposals"][0]["history"][1].update(status="granskad"),
     "$.proposal_bank.proposals[0].history[1].status", 'unknown value "granskad"'),
    (lambda d: d["proposal_bank"]["proposals"][0]["assessments"][2].update(score=2.5),
     "$.proposal_bank.proposals[0].assessments[2].score", "whole number"),
    (lambda d: d["proposal_bank"]["proposals"][0]["assessments"][0].update(score="hög"),
     "$.proposal_bank.proposals[0].assessments[0].score", "expected an integer"),
    (lambda d: d["proposal_bank"]["proposals"][0]["history"][0].update(date="2025-02-30"),
     "$.proposal_bank.proposals[0].history[0].date", "not a date"),
    (lambda d: d["organisation"]["bodies"][0]["members"][0].update(functions=["kassör"]),
     "$.organisation.bodies[0].members[0].functions", 'unknown seat function "kassör"'),
    (lambda d: d["organisation"]["bodies"][0]["members"][0].update(age=52),
     "$.organisation.bodies[0].members[0].age", "unknown field in a body member"),
    (lambda d: d["organisation"]["bodies"][0]["seats"][1].update(count=0),
     "$.organisation.bodies[0].seats[1].count", "at least 1"),
])
def test_bad_process_input_names_the_path(example_dir, edit, path, words):
    with pytest.raises(miljoplan.SchemaError) as error:
        load_edited(example_dir, edit)
    assert error.value.path == path
    assert str(error.value).startswith(f"plan.json at {path}: ")
    assert words in str(error.value)


def test_the_unedited_example_loads(example_dir, example):
    assert load_edited(example_dir, lambda d: None) == example


def test_bad_meeting_frequency_names_its_path(example_dir):
    with pytest.raises(miljoplan.SchemaError) as error:
        load_edited(example_dir, lambda d: d["organisation"]["bodies"][0]["meetings"].update(min=5))
    assert error.value.path.startswith("$.organisation.bodies[0].meetings")


def test_a_bad_step_in_a_profile_file_names_the_path(example_dir, tmp_path):
    profile = read_json(example_dir / "profile.json")
    profile["process"][2] = dict(profile["process"][2], concerns="förra året")
    (tmp_path / "profile.json").write_text(json.dumps(profile, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(miljoplan.SchemaError) as error:
        miljoplan.load_profile(tmp_path / "profile.json")
    assert error.value.path == "$.process[2].concerns"
    assert "profile.json" in str(error.value)
    # The same profile, referred to from a plan, names the plan's path and the profile file.
    plan = copy.deepcopy(read_json(example_dir / "plan-2026.json"))
    (tmp_path / "plan.json").write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(miljoplan.Error) as error:
        miljoplan.load(tmp_path / "plan.json")
    assert "process[2].concerns" in str(error.value)


# ---- the command line ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def cli():
    path = os.environ.get("MILJOPLAN_CLI")
    if not path or not pathlib.Path(path).exists():
        pytest.skip("MILJOPLAN_CLI does not name a built CLI")
    return path


def test_cli_calendar_shows_the_process(cli, plan):
    result = subprocess.run([cli, "calendar"], capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "  2024-06-30  ▸ Styrgruppen fastställer verksamhetsplanen (2025) [senast]" in lines
    assert "  2024-02-15  ▸ Verksamhetsberättelse med bokslut för föregående år (2023) [förslag]" in lines
    assert sum("▸" in line for line in lines) == 6
    # --json lists them as the wheel does.
    out = json.loads(subprocess.run([cli, "calendar", "--json"], capture_output=True, text=True, encoding="utf-8",
                                    timeout=120).stdout)
    wheel = miljoplan.build_year_wheel(plan)
    assert [(m["id"], m["title"], m["concerns_year"]) for m in out["milestones"]] == [
        (m.id, m.title, m.concerns_year) for m in wheel.milestones]
    assert out["milestones"][3]["occurrences"] == [{"date": "2024-06-30", "kind": "senast"}]
