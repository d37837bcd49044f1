# SPDX-License-Identifier: Apache-2.0
"""expand(): a phrase's windows clipped to a year and its occurrences on exact days, cross-checked
against python-dateutil's rrule, plus properties over generated phrases.

Mirrors tests/cpp/calendar/test_schedule.cpp and test_schedule_properties.cpp.
"""

import datetime

import pytest
from dateutil.rrule import FR, MO, MONTHLY, TH, TU, WE, rrule

import miljoplan
from miljoplan import CadencePeriod, DateRange, ExpandOptions, OccurrenceKind, SeasonReading

D = datetime.date
ONE_DAY = datetime.timedelta(days=1)
YEARS = range(2020, 2031)
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]


def expand(phrase, year, options=None, seasons=SeasonReading.Term):
    timing = miljoplan.parse_timing(phrase, year=year, seasons=seasons)
    return miljoplan.expand(timing, year) if options is None else miljoplan.expand(timing, year, options)


def days(expansion):
    return [(o.date.isoformat(), o.kind.name) for o in expansion.occurrences]


def all_of(kind, *dates):
    return [(x, kind) for x in dates]


def next_working(day):
    while not miljoplan.is_working_day(day):
        day += ONE_DAY
    return day


# ---- cross-check against dateutil ----------------------------------------------------------------

# (phrase with {year}, interval in months, excluded months): regular monthly cadences.
REGULAR = [
    ("1 gång per månad, bortsett från juli månad, under {year}", 1, {7}),
    ("varannan månad", 2, set()),
    ("varje månad", 1, set()),
    ("1 gång per månad utom juli och augusti", 1, {7, 8}),
    ("var tredje månad, förutom i juli", 3, {7}),
    ("varannan månad, utom juli", 2, {7}),
]


@pytest.mark.parametrize("template,interval,excluded", REGULAR, ids=[r[0] for r in REGULAR])
def test_regular_cadences_match_dateutil(template, interval, excluded):
    moved = 0
    for year in YEARS:
        phrase = template.format(year=year)
        allowed = [m for m in range(1, 13) if m not in excluded]
        start, until = datetime.datetime(year, 1, 1), datetime.datetime(year, 12, 31)
        months = [x.month for x in rrule(MONTHLY, interval=interval, bymonth=allowed, dtstart=start, until=until)]
        rule_days = [x.date() for x in rrule(MONTHLY, interval=interval, byweekday=(MO, TU, WE, TH, FR),
                                             bymonthday=range(15, 22), bysetpos=1, bymonth=allowed,
                                             dtstart=start, until=until)]
        e = expand(phrase, year)
        assert [o.date.month for o in e.occurrences] == months, (phrase, year)
        assert miljoplan.cadence_months(miljoplan.parse_timing(phrase, year=year).cadence, year) == months
        assert all(o.kind == OccurrenceKind.Monthly and o.cadence == 0 for o in e.occurrences)
        assert not e.has_suggestions
        for ours, theirs in zip(e.dates, rule_days):
            if miljoplan.is_working_day(theirs):
                assert ours == theirs, (phrase, year)
            else:
                # A Swedish holiday: the next working day, still in the same month.
                moved += 1
                assert ours == next_working(theirs) and ours.month == theirs.month, (phrase, year, theirs)
    # Over eleven years some rule day fell on a holiday (annandag påsk, Monday 17 April 2028, at least).
    if interval == 1:
        assert moved > 0


def test_monthly_except_july_gives_eleven_working_days_from_the_fifteenth():
    e = expand("1 gång per månad, bortsett från juli månad, under 2024", 2024)
    assert e.year == 2024 and not e.has_suggestions and e.windows == []
    # 15 June 2024 is a Saturday (-> Monday 17), 15 September and 15 December Sundays (-> Monday 16).
    assert days(e) == all_of("Monthly", "2024-01-15", "2024-02-15", "2024-03-15", "2024-04-15", "2024-05-15",
                             "2024-06-17", "2024-08-15", "2024-09-16", "2024-10-15", "2024-11-15", "2024-12-16")
    assert all(o.label == "" for o in e.occurrences)


def test_a_monthly_day_on_a_holiday_moves_to_the_next_working_day():
    # 2028: 15 April is a Saturday and Monday 17 April is annandag påsk.
    assert expand("varje månad", 2028).dates[3] == D(2028, 4, 18)
    sixth = expand("1 gång per månad", 2025, ExpandOptions(suggested_day=6))
    assert (sixth.dates[0], sixth.dates[5]) == (D(2025, 1, 7), D(2025, 6, 9))
    assert expand("1 gång per månad", 2025, ExpandOptions(suggested_day=20)).dates[5] == D(2025, 6, 23)


def test_three_times_a_year_is_spread_over_february_june_and_november():
    e = expand("3 gånger per år", 2024)
    assert e.has_suggestions
    assert days(e) == all_of("Suggested", "2024-02-15", "2024-06-17", "2024-11-15")
    assert days(expand("3 gånger per år", 2025)) == all_of("Suggested", "2025-02-17", "2025-06-16", "2025-11-17")


def test_expand_options_change_results_as_documented():
    # Defaults: July avoided, a count range planned for its maximum.
    default = ExpandOptions()
    assert (default.avoid_months, default.suggested_day, default.plan_for_max, default.one_in_window) == \
        ([7], 15, True, True)
    assert days(expand("2-3 gånger per år", 2024)) == all_of("Suggested", "2024-02-15", "2024-06-17", "2024-11-15")
    # plan_for_max=False: the minimum, two, in the 3rd and 9th of the eleven months other than July.
    assert days(expand("2-3 gånger per år", 2024, ExpandOptions(plan_for_max=False))) == \
        all_of("Suggested", "2024-03-15", "2024-10-15")
    # avoid_months=[] lets July in: twelve months, so two fall in April and October, three in March,
    # July and November.
    both = ExpandOptions(avoid_months=[], plan_for_max=False)
    assert days(expand("2-3 gånger per år", 2024, both)) == all_of("Suggested", "2024-04-15", "2024-10-15")
    assert days(expand("3 gånger per år", 2024, ExpandOptions(avoid_months=[]))) == \
        all_of("Suggested", "2024-03-15", "2024-07-15", "2024-11-15")
    assert days(expand("Sommaren 2024", 2024, ExpandOptions(avoid_months=[]))) == all_of("Suggested", "2024-07-15")
    # A regular cadence fixes its months whatever is avoided.
    assert expand("varje månad", 2024, ExpandOptions(avoid_months=[1, 7])).dates[:1] == [D(2024, 1, 15)]
    assert expand("Våren 2024", 2024, ExpandOptions(one_in_window=False)).occurrences == []
    # suggested_day is 1-22 (from the 22nd a working day always follows within the month) and avoid_months
    # holds months: the options are plain values, and expand() refuses bad ones.
    for bad in (ExpandOptions(suggested_day=29), ExpandOptions(suggested_day=23), ExpandOptions(suggested_day=0),
                ExpandOptions(avoid_months=[7, 13]), ExpandOptions(avoid_months=[0])):
        with pytest.raises(miljoplan.InvalidArgumentError):
            expand("varje månad", 2024, bad)
    assert expand("varje månad", 2024, ExpandOptions(suggested_day=22)).dates[11] == D(2024, 12, 23)


def test_every_other_month_keeps_july_unless_excluded():
    assert days(expand("varannan månad", 2024)) == all_of(
        "Monthly", "2024-01-15", "2024-03-15", "2024-05-15", "2024-07-15", "2024-09-16", "2024-11-15")
    assert days(expand("varannan månad, utom juli", 2024)) == all_of(
        "Monthly", "2024-01-15", "2024-03-15", "2024-05-15", "2024-09-16", "2024-11-15")


def test_once_per_quarter_is_one_suggestion_in_each_quarter():
    assert days(expand("en gång per kvartal", 2024)) == all_of(
        "Suggested", "2024-02-15", "2024-05-15", "2024-09-16", "2024-11-15")


def test_weekly_cadence_gives_the_first_working_day_of_each_week():
    assert days(expand("1 gång per vecka under mars 2024", 2024)) == all_of(
        "Monthly", "2024-03-01", "2024-03-04", "2024-03-11", "2024-03-18", "2024-03-25")
    assert expand("veckovis under april 2024", 2024).dates[0] == D(2024, 4, 2)  # 1 April: annandag påsk


def test_windows_are_clipped_to_the_year():
    e = expand("2023-2024 (tillsynsbesök höst 2023-sommar 2024)", 2024)
    assert [(w.range, w.label) for w in e.windows] == [
        (DateRange.year(2024), ""), (DateRange.inclusive(D(2024, 1, 1), D(2024, 8, 31)), "tillsynsbesök")]
    assert days(e) == all_of("Suggested", "2024-06-17")


def test_a_phrase_outside_the_year_expands_to_nothing():
    for phrase, year in (("Våren 2023", 2024), ("3 mars 2025", 2024), ("senast den 1 april 2023", 2024),
                         ("1 gång per månad under 2025", 2024), ("vecka 1 2025", 2023),
                         ("Hösten 2024, 3 gånger per år", 2025)):
        e = expand(phrase, year)
        assert (e.windows, e.occurrences, e.has_suggestions) == ([], [], False), phrase


def test_a_window_alone_suggests_its_middle_month():
    assert days(expand("Våren 2024", 2024)) == all_of("Suggested", "2024-04-15")
    assert days(expand("Hösten 2024", 2024)) == all_of("Suggested", "2024-10-15")
    assert days(expand("Sommaren 2024", 2024)) == all_of("Suggested", "2024-08-15")
    assert days(expand("Fas 1: Vår 2024 Fas 2: Höst 2024", 2024)) == all_of("Suggested", "2024-04-15", "2024-10-15")
    running = expand("Löpande", 2024)
    assert running.occurrences == [] and [w.kind for w in running.windows] == [miljoplan.WindowKind.Scope]


def test_named_days_and_deadlines_keep_their_days():
    assert days(expand("3 mars och 9 november 2015", 2015)) == all_of("Dated", "2015-03-03", "2015-11-09")
    assert days(expand("6 juni 2024", 2024)) == all_of("Dated", "2024-06-06")  # a holiday, kept: a named day
    assert days(expand("senast den 1 april", 2024)) == all_of("Deadline", "2024-04-01")
    assert days(expand("före 1 april", 2024)) == all_of("Deadline", "2024-03-31")


def test_labels_and_cadence_indexes_follow_the_parts():
    e = expand("3 gånger per år inför styrgruppsmötena, samt en kortare avstämning en gång per månad, "
               "förutom i juli månad.", 2024)
    assert len(e.occurrences) == 14
    suggested = [o for o in e.occurrences if o.kind == OccurrenceKind.Suggested]
    assert [(o.cadence, o.label) for o in suggested] == [(0, "")] * 3
    monthly = [o for o in e.occurrences if o.kind == OccurrenceKind.Monthly]
    assert {(o.cadence, o.label) for o in monthly} == {(1, "en kortare avstämning")}
    assert e.dates == sorted(e.dates)


# ---- properties over generated phrases -----------------------------------------------------------

CADENCES = ["1 gång per månad", "varannan månad", "var tredje månad", "3 gånger per år", "2-3 gånger per år",
            "en gång per kvartal", "2 gånger per termin", "1-2 ggr per halvår", "4 gånger per tertial", "veckovis"]

PERIOD_MONTHS = {
    CadencePeriod.Year: [range(1, 13)],
    CadencePeriod.HalfYear: [range(1, 7), range(7, 13)],
    CadencePeriod.Term: [range(1, 7), range(8, 13)],
    CadencePeriod.Tertial: [range(1, 5), range(5, 9), range(9, 13)],
    CadencePeriod.Quarter: [range(1, 4), range(4, 7), range(7, 10), range(10, 13)],
}


def exclusions(rotating):
    name = MONTHS[rotating - 1]
    return [("", set()), (", förutom i juli", {7}), (" utom juli och augusti", {7, 8}),
            (", undantaget sommaren", {6, 7, 8}), (f", bortsett från {name} månad", {rotating}),
            (f" med undantag för januari, {name} och december", {1, rotating, 12})]


def scopes(year):
    return [f"{m} {year}" for m in MONTHS] + \
        [f"{s} {year}" for s in ("våren", "sommaren", "hösten", "vårterminen", "höstterminen")] + [str(year)]


def expected_suggestions(cadence, scope, year, plan_for_max):
    """Its count in every period that keeps a month inside the scope that is not excluded."""
    total = 0
    for months in PERIOD_MONTHS[cadence.per]:
        if any(m not in cadence.excluded_months and DateRange.month(year, m).overlaps(scope) for m in months):
            total += cadence.max if plan_for_max else cadence.min
    return total


def test_generated_phrases_keep_every_rule():
    phrases = monthly = suggested = 0
    for year in YEARS:
        whole = DateRange.year(year)
        for reading in (SeasonReading.Term, SeasonReading.Calendar):
            for s, scope_words in enumerate(scopes(year)):
                rotating = (s + year) % 12 + 1
                for words, excluded in exclusions(rotating):
                    for cadence_words in CADENCES:
                        phrase = f"{cadence_words}{words}, under {scope_words}"
                        plan_for_max = (s + year) % 2 == 0
                        t = miljoplan.parse_timing(phrase, year=year, seasons=reading)
                        assert t.unparsed == "", phrase
                        c = t.cadence
                        assert len(t.cadences) == 1 and set(c.excluded_months) == excluded, phrase
                        scope = c.within.intersect(whole)
                        e = miljoplan.expand(t, year, ExpandOptions(plan_for_max=plan_for_max))
                        phrases += 1
                        for o in e.occurrences:
                            assert o.date.month not in excluded, (phrase, year, o)
                            assert o.date in whole and o.date in scope, (phrase, year, o)
                            assert o.kind in (OccurrenceKind.Monthly, OccurrenceKind.Suggested), (phrase, o)
                            assert miljoplan.is_working_day(o.date), (phrase, year, o)
                            monthly += o.kind == OccurrenceKind.Monthly
                            suggested += o.kind == OccurrenceKind.Suggested
                        if c.is_regular and c.per == CadencePeriod.Month:
                            months = miljoplan.cadence_months(c, year)
                            assert len(e.occurrences) == len(months), (phrase, year)
                            assert [o.date.month for o in e.occurrences] == months, (phrase, year)
                            assert not e.has_suggestions
                        elif not c.is_regular:
                            assert len(e.occurrences) == expected_suggestions(c, scope, year, plan_for_max), \
                                (phrase, year, reading)
                        assert e.dates == sorted(e.dates), phrase
    assert phrases == 11 * 2 * 18 * 6 * 10
    assert monthly > 10000 and suggested > 10000


def test_suggestions_avoid_july_whenever_another_month_is_left():
    for year in YEARS:
        for phrase in ("3 gånger per år", "2 gånger per halvår", "en gång per kvartal", "1 gång per tertial"):
            assert all(x.month != 7 for x in expand(phrase, year).dates), (phrase, year)


def test_occurrence_reprs_and_values():
    e = expand("1 gång per månad, bortsett från juli månad, under 2024", 2024)
    first = e.occurrences[0]
    assert repr(first) == "<Occurrence 2024-01-15 månad>"
    assert first == expand("1 gång per månad, bortsett från juli månad, under 2024", 2024).occurrences[0]
    assert hash(first) == hash(expand("varje månad", 2024).occurrences[0])
    with pytest.raises(AttributeError):
        first.date = D(2024, 1, 16)
    assert repr(e) == "<Expansion 2024: 0 windows, 11 occurrences>"
