# SPDX-License-Identifier: Apache-2.0
"""The Swedish calendar: Easter against python-dateutil, every named day off, the 2004/2005 change of
the law (SFS 2004:1320), working days, and ISO 8601 weeks against datetime.date.isocalendar().

Mirrors tests/cpp/calendar/test_swedish_calendar.cpp.
"""

import datetime

import dateutil.easter
import pytest

import miljoplan
from miljoplan import DayOffKind, Holiday, InvalidArgumentError, IsoWeek

D = datetime.date
ONE_DAY = datetime.timedelta(days=1)

# Reference table: the movable days as MM-DD and the ISO weeks of the year.
#       year  långfredag påskdag annandag kristi   pingst midsommarafton midsommardag alla helgon weeks
ROWS = [
    (2023, "04-07", "04-09", "04-10", "05-18", "05-28", "06-23", "06-24", "11-04", 52),
    (2024, "03-29", "03-31", "04-01", "05-09", "05-19", "06-21", "06-22", "11-02", 52),
    (2025, "04-18", "04-20", "04-21", "05-29", "06-08", "06-20", "06-21", "11-01", 52),
    (2026, "04-03", "04-05", "04-06", "05-14", "05-24", "06-19", "06-20", "10-31", 53),
    (2027, "03-26", "03-28", "03-29", "05-06", "05-16", "06-25", "06-26", "11-06", 52),
    (2028, "04-14", "04-16", "04-17", "05-25", "06-04", "06-23", "06-24", "11-04", 52),
    (2029, "03-30", "04-01", "04-02", "05-10", "05-20", "06-22", "06-23", "11-03", 52),
    (2030, "04-19", "04-21", "04-22", "05-30", "06-09", "06-21", "06-22", "11-02", 52),
]


def days(first, end):
    """Every day of [first, end)."""
    day = first
    while day < end:
        yield day
        day += ONE_DAY


def by_name(year):
    return {h.name: (h.date, h.kind) for h in miljoplan.swedish_holidays(year)}


def test_easter_sunday_matches_dateutil():
    for year in range(1900, 2101):
        assert miljoplan.easter_sunday(year) == dateutil.easter.easter(year, dateutil.easter.EASTER_WESTERN), year


def test_easter_outside_the_gregorian_range_is_rejected():
    with pytest.raises(InvalidArgumentError):
        miljoplan.easter_sunday(1582)
    assert miljoplan.easter_sunday(1583) == D(1583, 4, 10)
    assert miljoplan.easter_sunday(2000) == D(2000, 4, 23)


def test_holidays_2024_by_name_and_date():
    public, de_facto = DayOffKind.PublicHoliday, DayOffKind.DeFacto
    assert by_name(2024) == {
        "Nyårsdagen": (D(2024, 1, 1), public),
        "Trettondedag jul": (D(2024, 1, 6), public),
        "Långfredagen": (D(2024, 3, 29), public),
        "Påskdagen": (D(2024, 3, 31), public),
        "Annandag påsk": (D(2024, 4, 1), public),
        "Första maj": (D(2024, 5, 1), public),
        "Kristi himmelsfärdsdag": (D(2024, 5, 9), public),
        "Pingstdagen": (D(2024, 5, 19), public),
        "Nationaldagen": (D(2024, 6, 6), public),
        "Midsommarafton": (D(2024, 6, 21), de_facto),
        "Midsommardagen": (D(2024, 6, 22), public),
        "Alla helgons dag": (D(2024, 11, 2), public),
        "Julafton": (D(2024, 12, 24), de_facto),
        "Juldagen": (D(2024, 12, 25), public),
        "Annandag jul": (D(2024, 12, 26), public),
        "Nyårsafton": (D(2024, 12, 31), de_facto),
    }
    listed = miljoplan.swedish_holidays(2024)
    assert [h.date for h in listed] == sorted(h.date for h in listed)
    # Holidays are values: equal when listed twice, hashable, immutable, with a readable repr.
    assert listed == miljoplan.swedish_holidays(2024)
    assert len(set(listed)) == 16
    assert all(isinstance(h, Holiday) for h in listed)
    with pytest.raises(AttributeError):
        listed[0].name = "Annandag nyår"
    assert repr(listed[-1]) == "<Holiday 2024-12-31 'Nyårsafton' (de facto)>"


@pytest.mark.parametrize("row", ROWS, ids=[str(r[0]) for r in ROWS])
def test_holiday_year_matches_the_reference_table(row):
    year, good_friday, easter, easter_monday, ascension, whitsun, eve, midsummer, all_saints, weeks = row

    def on(month_day):
        return D.fromisoformat(f"{year}-{month_day}")

    public, de_facto = DayOffKind.PublicHoliday, DayOffKind.DeFacto
    assert miljoplan.easter_sunday(year) == on(easter)
    assert by_name(year) == {
        "Nyårsdagen": (on("01-01"), public),
        "Trettondedag jul": (on("01-06"), public),
        "Långfredagen": (on(good_friday), public),
        "Påskdagen": (on(easter), public),
        "Annandag påsk": (on(easter_monday), public),
        "Första maj": (on("05-01"), public),
        "Kristi himmelsfärdsdag": (on(ascension), public),
        "Pingstdagen": (on(whitsun), public),
        "Nationaldagen": (on("06-06"), public),
        "Midsommarafton": (on(eve), de_facto),
        "Midsommardagen": (on(midsummer), public),
        "Alla helgons dag": (on(all_saints), public),
        "Julafton": (on("12-24"), de_facto),
        "Juldagen": (on("12-25"), public),
        "Annandag jul": (on("12-26"), public),
        "Nyårsafton": (on("12-31"), de_facto),
    }
    listed = miljoplan.swedish_holidays(year)
    assert len(listed) == 16
    assert [h.date for h in listed] == sorted(h.date for h in listed)
    assert miljoplan.iso_weeks_in_year(year) == weeks


def test_movable_days_keep_their_weekdays():
    for year in range(1990, 2101):
        d = {name: day for name, (day, _) in by_name(year).items()}
        easter = dateutil.easter.easter(year)
        # Offsets from Easter as the almanac gives them, Easter itself from dateutil.
        assert d["Långfredagen"] == easter - 2 * ONE_DAY, year
        assert d["Annandag påsk"] == easter + ONE_DAY, year
        assert d["Kristi himmelsfärdsdag"] == easter + 39 * ONE_DAY, year
        assert d["Pingstdagen"] == easter + 49 * ONE_DAY, year
        # Midsommarafton is the Friday 19-25 June; midsommardagen and alla helgons dag are Saturdays.
        assert d["Midsommarafton"].weekday() == 4 and D(year, 6, 19) <= d["Midsommarafton"] <= D(year, 6, 25)
        assert d["Midsommardagen"] == d["Midsommarafton"] + ONE_DAY
        assert d["Alla helgons dag"].weekday() == 5
        assert D(year, 10, 31) <= d["Alla helgons dag"] <= D(year, 11, 6)


def test_national_day_replaced_whit_monday_in_2005():
    y2004 = by_name(2004)
    assert y2004["Annandag pingst"] == (D(2004, 5, 31), DayOffKind.PublicHoliday)  # påskdagen 2004-04-11 + 50
    assert "Nationaldagen" not in y2004
    assert not miljoplan.is_public_holiday(D(2004, 6, 7))  # a Monday that was not yet a holiday
    assert not miljoplan.is_day_off(D(2004, 6, 7))
    assert miljoplan.is_public_holiday(D(2004, 5, 31))
    y2005 = by_name(2005)
    assert "Annandag pingst" not in y2005
    assert y2005["Nationaldagen"] == (D(2005, 6, 6), DayOffKind.PublicHoliday)
    assert miljoplan.is_public_holiday(D(2005, 6, 6))
    assert not miljoplan.is_public_holiday(D(2005, 5, 16))  # annandag pingst 2005, a working day
    assert miljoplan.is_working_day(D(2005, 5, 16))


def test_every_sunday_is_a_public_holiday_and_no_ordinary_saturday_is():
    for day in days(D(2023, 1, 1), D(2031, 1, 1)):
        if day.weekday() == 6:
            assert miljoplan.is_public_holiday(day), day
        if day.weekday() == 5:
            named = any(h.date == day and h.kind == DayOffKind.PublicHoliday for h in miljoplan.swedish_holidays(day.year))
            assert miljoplan.is_public_holiday(day) == named, day
        if day.weekday() >= 5:
            assert miljoplan.is_day_off(day), day
        assert miljoplan.is_working_day(day) == (not miljoplan.is_day_off(day)), day


def test_de_facto_days_are_days_off_but_not_public_holidays():
    for day in (D(2024, 6, 21), D(2025, 12, 24), D(2024, 12, 31)):
        assert not miljoplan.is_public_holiday(day), day
        assert miljoplan.is_day_off(day), day
        assert not miljoplan.is_working_day(day), day
    for day in (D(2024, 6, 6), D(2024, 5, 9), D(2025, 1, 6), D(2024, 4, 1)):
        assert miljoplan.is_public_holiday(day), day
        assert not miljoplan.is_working_day(day), day
    # Eves that are ordinary working days: trettondedagsafton, valborg, skärtorsdagen 2024.
    for day in (D(2024, 1, 5), D(2024, 4, 30), D(2024, 3, 28), D(2024, 6, 17)):
        assert miljoplan.is_working_day(day), day


def test_working_days_of_2024():
    # 366 days, 104 weekend days, 11 weekday days off (6 January 2024 is a Saturday).
    weekday_off = [h.date for h in miljoplan.swedish_holidays(2024) if h.date.weekday() < 5]
    assert len(weekday_off) == 11
    assert sum(miljoplan.is_working_day(day) for day in days(D(2024, 1, 1), D(2025, 1, 1))) == 366 - 104 - 11


def test_next_working_day_skips_weekends_and_holidays():
    assert miljoplan.next_working_day(D(2024, 12, 24)) == D(2024, 12, 27)
    assert miljoplan.next_working_day(D(2024, 3, 29)) == D(2024, 4, 2)
    assert miljoplan.next_working_day(D(2024, 3, 28)) == D(2024, 3, 28)
    assert miljoplan.next_working_day(D(2024, 12, 31)) == D(2025, 1, 2)


def test_iso_week_matches_isocalendar():
    for day in days(D(2020, 1, 1), D(2031, 1, 1)):
        year, week, _ = day.isocalendar()
        assert miljoplan.iso_week(day) == IsoWeek(year, week), day
    w = miljoplan.iso_week(D(2027, 1, 1))
    assert (w.year, w.week) == (2026, 53)
    assert repr(w) == "IsoWeek(year=2026, week=53)"
    assert eval(repr(w), {"IsoWeek": IsoWeek}) == w
    assert hash(w) == hash(IsoWeek(year=2026, week=53))


def test_iso_weeks_in_year():
    # 28 December always lies in the last ISO week of its year.
    for year in range(1990, 2101):
        assert miljoplan.iso_weeks_in_year(year) == D(year, 12, 28).isocalendar()[1], year
    assert [y for y in range(2015, 2033) if miljoplan.iso_weeks_in_year(y) == 53] == [2015, 2020, 2026, 2032]


def test_iso_week_monday_round_trips_and_rejects_missing_weeks():
    for year in range(2000, 2041):
        for week in range(1, miljoplan.iso_weeks_in_year(year) + 1):
            assert miljoplan.iso_week_monday(year, week) == D.fromisocalendar(year, week, 1), (year, week)
    assert miljoplan.iso_week_monday(2025, 1) == D(2024, 12, 30)
    assert miljoplan.iso_week_monday(2026, 53) == D(2026, 12, 28)
    with pytest.raises(InvalidArgumentError) as info:
        miljoplan.iso_week_monday(2025, 53)
    assert isinstance(info.value, ValueError)
    assert "52" in str(info.value)  # 2025 has 52 weeks: the message says so
    for year, week in ((2024, 0), (2026, 54)):
        with pytest.raises(InvalidArgumentError):
            miljoplan.iso_week_monday(year, week)
