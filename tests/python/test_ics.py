# SPDX-License-Identifier: Apache-2.0
"""to_ics(): the year wheel as RFC 5545, read back with python3-icalendar and its recurrences expanded
with python-dateutil: event counts, stable UIDs, all-day dates, RRULE/EXDATE/RDATE equal to the wheel's
dates, escaped text, tentative suggestions, and `miljoplan calendar --ics`.

Mirrors tests/cpp/io/test_ics.cpp.
"""

import datetime
import os
import pathlib
import subprocess

import icalendar
import pytest
from dateutil.rrule import rrulestr, rruleset

import miljoplan
from miljoplan import ExpandOptions, OccurrenceKind, WheelOptions

STAMP = "20240101T000000Z"
D = datetime.date


def ics_for(plan, year=None, options=None, **kwargs):
    wheel = miljoplan.build_year_wheel(plan, year, options or WheelOptions())
    return wheel, miljoplan.to_ics(plan, wheel, stamp=STAMP, **kwargs)


def events(text):
    return icalendar.Calendar.from_ical(text).walk("VEVENT")


def by_uid(text):
    return {str(e["UID"]): e for e in events(text)}


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def listed_dates(event, name):
    """The dates of every EXDATE or RDATE line of an event."""
    return [x.dt for prop in as_list(event.get(name)) for x in prop.dts]


def expected_events(wheel, include_suggestions=True):
    """One event per window, one per regular cadence with occurrences, one per other occurrence."""
    total = 0
    for a in wheel.activities:
        total += len(a.expansion.windows)
        for index, cadence in enumerate(a.timing.cadences):
            if cadence.is_regular and any(o.cadence == index for o in a.expansion.occurrences):
                total += 1
        for o in a.expansion.occurrences:
            if o.kind == OccurrenceKind.Monthly:
                continue
            if o.kind == OccurrenceKind.Suggested and not include_suggestions:
                continue
            total += 1
    for m in wheel.milestones:
        total += sum(include_suggestions or o.kind != OccurrenceKind.Suggested for o in m.expansion.occurrences)
    return total


def expand_rule(event):
    """All dates of a recurring event: its RRULE from DTSTART, minus EXDATE, plus RDATE."""
    start = event["DTSTART"].dt
    rule = event["RRULE"].to_ical().decode()
    dates = rruleset()
    dates.rrule(rrulestr(rule, dtstart=datetime.datetime(start.year, start.month, start.day)))
    for day in listed_dates(event, "EXDATE"):
        dates.exdate(datetime.datetime(day.year, day.month, day.day))
    for day in listed_dates(event, "RDATE"):
        dates.rdate(datetime.datetime(day.year, day.month, day.day))
    return [x.date() for x in dates]


def check_recurrences(plan, wheel, text):
    """Every RRULE event gives exactly the wheel's dates of its cadence; returns how many were checked."""
    found = by_uid(text)
    checked = 0
    for a in wheel.activities:
        for index, cadence in enumerate(a.timing.cadences):
            planned = [o.date for o in a.expansion.occurrences if o.cadence == index]
            if not cadence.is_regular or not planned:
                continue
            event = found[f"{plan.id}.{a.id}.c{index}@miljoplan"]
            if "RRULE" in event:
                assert expand_rule(event) == planned, (a.id, wheel.year)
            else:
                # Listed date by date (weekly with exclusions): DTSTART and the RDATEs.
                assert [event["DTSTART"].dt] + listed_dates(event, "RDATE") == planned, a.id
            checked += 1
    return checked


def test_event_count_follows_the_wheel(plan):
    wheel, text = ics_for(plan)
    # 58 from the activities and 6 planning-process milestones of the Jönköping profile.
    assert len(events(text)) == expected_events(wheel) == 58 + 6
    _, fewer = ics_for(plan, include_suggestions=False)
    assert len(events(fewer)) == expected_events(wheel, include_suggestions=False) == 64 - 34 - 4
    assert all("STATUS" not in e for e in events(fewer))


def test_uids_are_unique_and_stable(plan):
    wheel, first = ics_for(plan)
    assert miljoplan.to_ics(plan, wheel, stamp=STAMP) == first
    uids = [str(e["UID"]) for e in events(first)]
    assert len(set(uids)) == len(uids)
    assert all(uid.startswith("jonkoping-2024.") and uid.endswith("@miljoplan") for uid in uids)
    # Another stamp changes DTSTAMP only.
    other = miljoplan.to_ics(plan, wheel, stamp="20250101T120000Z")
    assert other.replace("20250101T120000Z", STAMP) == first
    assert all(e["DTSTAMP"].dt == datetime.datetime(2024, 1, 1, tzinfo=e["DTSTAMP"].dt.tzinfo) for e in events(first))


def test_windows_are_all_day_with_exclusive_end(plan):
    _, text = ics_for(plan)
    found = by_uid(text)
    spring = found["jonkoping-2024.oljeavskiljare.w0@miljoplan"]
    assert (spring["DTSTART"].dt, spring["DTEND"].dt) == (D(2024, 1, 1), D(2024, 7, 1))
    assert str(spring["SUMMARY"]) == "Oljeavskiljare (Våren 2024)"
    phase = found["jonkoping-2024.framtidens-miljobalkstillsyn.w1@miljoplan"]
    assert str(phase["SUMMARY"]) == "Framtidens miljöbalkstillsyn – Fas 2 (Höst 2024)"
    assert (phase["DTSTART"].dt, phase["DTEND"].dt) == (D(2024, 8, 1), D(2025, 1, 1))
    detail = found["jonkoping-2024.avfallsbrottslighet.w1@miljoplan"]  # clipped to 2024
    assert (detail["DTSTART"].dt, detail["DTEND"].dt) == (D(2024, 1, 1), D(2024, 9, 1))
    assert found["jonkoping-2024.verksamhetsberattelse-med-bokslut.w0@miljoplan"]["DTEND"].dt == D(2024, 3, 1)
    for e in events(text):
        # All-day: dates, not datetimes.
        for name in ("DTSTART", "DTEND"):
            assert type(e[name].dt) is D, (e["UID"], name)
        assert e["DTSTART"].dt < e["DTEND"].dt


def test_monthly_rules_expand_to_the_wheels_dates(plan):
    wheel, text = ics_for(plan)
    assert check_recurrences(plan, wheel, text) == 2
    visits = by_uid(text)["jonkoping-2024.besok-kommuner-och-lansstyrelsen.c0@miljoplan"]
    assert expand_rule(visits) == [D(2024, m, d) for m, d in ((1, 15), (2, 15), (3, 15), (4, 15), (5, 15), (6, 17),
                                                             (8, 15), (9, 16), (10, 15), (11, 15), (12, 16))]


def test_a_holiday_moves_the_occurrence_with_exdate_and_rdate(plan):
    wheel, text = ics_for(plan, 2028)
    event = by_uid(text)["jonkoping-2024.beredningsgruppsmoten.c1@miljoplan"]
    assert listed_dates(event, "EXDATE") == [D(2028, 4, 17)]  # annandag påsk
    assert listed_dates(event, "RDATE") == [D(2028, 4, 18)]
    assert D(2028, 4, 18) in expand_rule(event) and D(2028, 4, 17) not in expand_rule(event)
    assert check_recurrences(plan, wheel, text) == 1
    wheel6, text6 = ics_for(plan, 2025, WheelOptions(expand=ExpandOptions(suggested_day=6)))
    event6 = by_uid(text6)["jonkoping-2024.beredningsgruppsmoten.c1@miljoplan"]
    assert listed_dates(event6, "EXDATE") == [D(2025, 1, 6), D(2025, 6, 6)]
    assert listed_dates(event6, "RDATE") == [D(2025, 1, 7), D(2025, 6, 9)]
    assert check_recurrences(plan, wheel6, text6) == 1


@pytest.mark.parametrize("day", [1, 6, 15, 20, 22])
def test_rules_match_the_wheel_every_year(plan, day):
    options = WheelOptions(expand=ExpandOptions(suggested_day=day))
    for year in range(2020, 2031):
        wheel, text = ics_for(plan, year, options)
        assert check_recurrences(plan, wheel, text) == (2 if year == 2024 else 1), year
        assert len(events(text)) == expected_events(wheel), year


def test_rules_match_the_wheel_late_in_the_month(plan):
    # The latest suggested day, the 22nd, gives BYMONTHDAY=22..28: days every month has, so each month has
    # a rule instance and the rule's dates are the wheel's.
    options = WheelOptions(expand=ExpandOptions(suggested_day=22))
    for year in range(2020, 2031):
        wheel, text = ics_for(plan, year, options)
        rules = [e["RRULE"] for e in events(text) if "RRULE" in e and "BYMONTHDAY" in e["RRULE"]]
        assert rules, year
        for rule in rules:
            assert sorted(rule["BYMONTHDAY"]) == list(range(22, 29)), (year, rule)
        check_recurrences(plan, wheel, text)


@pytest.mark.parametrize("day", [0, 23, 26, 28, 31])
def test_a_suggested_day_outside_1_to_22_is_rejected(plan, day):
    # From the 23rd a month could end before a working day comes (and the monthly rule would need days
    # past the 28th, which February lacks), so building the wheel refuses the option.
    with pytest.raises(miljoplan.InvalidArgumentError, match=f"suggested_day must be 1-22, got {day}"):
        miljoplan.build_year_wheel(plan, 2024, WheelOptions(expand=ExpandOptions(suggested_day=day)))


@pytest.mark.parametrize("stamp", ["2024", "20240101T000000", "20240101X000000Z", "2024010aT000000Z",
                                   "20240101T000000Z\r\nX-INJECTED:1"])
def test_a_malformed_stamp_is_rejected(plan, stamp):
    wheel = miljoplan.build_year_wheel(plan)
    with pytest.raises(miljoplan.InvalidArgumentError, match="stamp must look like 20240101T000000Z"):
        miljoplan.to_ics(plan, wheel, stamp=stamp)


def test_other_cadences_round_trip_through_rules():
    # Monthly with intervals, exclusions and scopes; weekly with intervals, holidays, scopes starting
    # mid-week and exclusions (listed date by date): every year's file gives the wheel's dates.
    phrases = ["varannan månad, utom juli", "var tredje månad", "Hösten {y}, 1 gång per månad",
               "1 gång per vecka under mars {y}", "veckovis under april {y}", "1 gång varannan vecka under hösten {y}",
               "veckovis, utom juli och augusti, under {y}", "1 gång per månad utom juli och augusti", "veckovis",
               "var tredje vecka, förutom i december", "varannan månad under hösten {y}",
               "veckovis under vecka 50 {y} – vecka 2 {z}", "1 gång per månad, undantaget sommaren",
               "varje månad under {y}-{z}", "var fjärde månad"]
    for year in range(2020, 2031):
        plan = miljoplan.example_plan()
        for activity, phrase in zip(plan.activities, phrases):
            activity.timing_text = phrase.format(y=year, z=year + 1)
        wheel, text = ics_for(plan, year)
        assert all(a.error == "" and a.timing.unparsed == "" for a in wheel.activities), year
        assert len(events(text)) == expected_events(wheel), year
        # The phrases replace the first activities; the coordinator's visits stay, limited to 2024.
        assert check_recurrences(plan, wheel, text) == len(phrases) + (year == 2024), year


def test_text_round_trips(plan):
    activity = plan.activities[4]  # oljeavskiljare, "Våren 2024"
    activity.title = "Möte; plan, del\\2 – åäö ÅÄÖ"
    activity.implementation = "Rad ett\nrad två; sista, rad"
    wheel, text = ics_for(plan)
    assert "Möte\\; plan\\, del\\\\2" in text  # escaped on the wire
    window = by_uid(text)["jonkoping-2024.oljeavskiljare.w0@miljoplan"]
    assert str(window["SUMMARY"]) == "Möte; plan, del\\2 – åäö ÅÄÖ (Våren 2024)"
    assert str(window["DESCRIPTION"]) == ("Tid för genomförande: Våren 2024\nAnsvar: Länssamordnaren ihop med en "
                                          "referensgrupp.\nGenomförande: Rad ett\nrad två; sista, rad")
    # Long Swedish text is folded on the wire and comes back whole.
    activity.title = "Samråd om miljöövervakning " * 8
    _, long_text = ics_for(plan)
    assert any(line.startswith(" ") for line in long_text.split("\r\n"))
    assert str(by_uid(long_text)["jonkoping-2024.oljeavskiljare.w0@miljoplan"]["SUMMARY"]) == \
        activity.title + " (Våren 2024)"


def test_framing(plan):
    _, text = ics_for(plan)
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and text.endswith("END:VCALENDAR\r\n")
    lines = text.split("\r\n")[:-1]
    assert all("\n" not in line and "\r" not in line for line in lines)
    assert all(len(line.encode()) <= 75 for line in lines)
    calendar = icalendar.Calendar.from_ical(text)
    assert str(calendar["VERSION"]) == "2.0"


def test_suggestions_are_tentative(plan):
    wheel, text = ics_for(plan)
    suggested = sum(o.kind == OccurrenceKind.Suggested for a in wheel.activities for o in a.expansion.occurrences)
    suggested += sum(o.kind == OccurrenceKind.Suggested for m in wheel.milestones for o in m.expansion.occurrences)
    tentative = 0
    for e in events(text):
        is_suggestion = str(e["SUMMARY"]).endswith("(förslag)")
        assert (str(e.get("STATUS", "")) == "TENTATIVE") == is_suggestion, e["UID"]
        tentative += is_suggestion
    assert tentative == suggested == 34 + 4
    meeting = by_uid(text)["jonkoping-2024.styrgruppsmoten.o1@miljoplan"]
    assert (str(meeting["SUMMARY"]), meeting["DTSTART"].dt, meeting["DTEND"].dt) == \
        ("Styrgruppsmöten (förslag)", D(2024, 6, 17), D(2024, 6, 18))


def test_cli_writes_a_file_icalendar_reads(plan, tmp_path):
    cli = os.environ.get("MILJOPLAN_CLI")
    if not cli or not pathlib.Path(cli).exists():
        pytest.skip("MILJOPLAN_CLI does not name the command-line program")
    target = tmp_path / "årshjul.ics"
    done = subprocess.run([cli, "calendar", "--ics", str(target)], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    text = target.read_bytes().decode("utf-8")
    wheel = miljoplan.build_year_wheel(plan)
    found = events(text)
    assert len(found) == expected_events(wheel) == 64
    assert check_recurrences(plan, wheel, text) == 2
    # Apart from DTSTAMP (the current time) the file is what to_ics gives.
    library = {str(e["UID"]): str(e["SUMMARY"]) for e in events(miljoplan.to_ics(plan, wheel, stamp=STAMP))}
    assert {str(e["UID"]): str(e["SUMMARY"]) for e in found} == library
    # An existing file is not overwritten without --force.
    again = subprocess.run([cli, "calendar", "--ics", str(target)], capture_output=True, timeout=60)
    assert again.returncode != 0
    assert subprocess.run([cli, "calendar", "--ics", str(target), "--force"], capture_output=True,
                          timeout=60).returncode == 0
