# SPDX-License-Identifier: Apache-2.0
"""DateRange: half-open [first, end), so that March and April meet without a gap or an overlap.

Mirrors tests/cpp/types/test_date_range.cpp.
"""

import datetime
import pickle

import pytest

import miljoplan
from miljoplan import DateRange, InvalidArgumentError

D = datetime.date


def test_half_open_end_is_not_included():
    march = DateRange.month(2024, 3)
    assert march.first == D(2024, 3, 1)
    assert march.end == D(2024, 4, 1)
    assert march.last == D(2024, 3, 31)
    assert march.days == 31
    assert len(march) == 31
    assert D(2024, 3, 1) in march
    assert D(2024, 3, 31) in march
    assert D(2024, 4, 1) not in march
    assert D(2024, 2, 29) not in march
    # Consecutive months meet: neither overlaps the other, and nothing lies between them.
    april = DateRange.month(2024, 4)
    assert march.end == april.first
    assert not march.overlaps(april)
    assert not april.overlaps(march)


def test_constructor_takes_first_and_exclusive_end():
    r = DateRange(D(2024, 1, 1), D(2024, 7, 1))
    assert r == DateRange(first=D(2024, 1, 1), end=D(2024, 7, 1))
    assert r.last == D(2024, 6, 30)
    assert r.days == 182
    # Every day the range holds, by walking it.
    inside = [D(2024, 1, 1) + datetime.timedelta(days=k) for k in range(r.days)]
    assert all(day in r for day in inside)
    assert inside[-1] == r.last


def test_month_knows_leap_years_and_rejects_bad_months():
    assert DateRange.month(2024, 2).days == 29
    assert DateRange.month(2023, 2).days == 28
    assert DateRange.month(2100, 2).days == 28
    assert DateRange.month(2000, 2).days == 29
    assert DateRange.month(2024, 12).end == D(2025, 1, 1)
    for month in (0, 13):
        with pytest.raises(InvalidArgumentError):
            DateRange.month(2024, month)


def test_year_is_the_whole_calendar_year():
    y = DateRange.year(2024)
    assert (y.first, y.end, y.last) == (D(2024, 1, 1), D(2025, 1, 1), D(2024, 12, 31))
    assert y.days == 366
    assert DateRange.year(2025).days == 365


def test_inclusive_takes_the_last_day():
    spring = DateRange.inclusive(D(2024, 1, 1), D(2024, 6, 30))
    assert spring.end == D(2024, 7, 1)
    assert spring.days == 182
    assert spring == DateRange(D(2024, 1, 1), D(2024, 7, 1))
    one = DateRange.inclusive(D(2024, 6, 6), D(2024, 6, 6))
    assert one.days == 1
    assert len(one) == 1 and bool(one)
    with pytest.raises(InvalidArgumentError):
        DateRange.inclusive(D(2024, 6, 6), D(2024, 6, 4))
    # The last day before the first gives an empty range, which is allowed (and falsy, having no days).
    empty = DateRange.inclusive(D(2024, 6, 6), D(2024, 6, 5))
    assert empty.days == 0
    assert not empty


def test_reversed_range_raises():
    with pytest.raises(InvalidArgumentError) as info:
        DateRange(D(2024, 7, 1), D(2024, 6, 30))
    # Also a ValueError, and the message names both days so the reversed input can be found.
    assert isinstance(info.value, ValueError)
    assert "2024-06-30" in str(info.value) and "2024-07-01" in str(info.value)
    empty = DateRange(D(2024, 6, 30), D(2024, 6, 30))
    assert empty.days == 0
    assert D(2024, 6, 30) not in empty


def test_datetimes_are_not_dates():
    # A datetime would lose its time silently; the binding refuses it.
    with pytest.raises(TypeError):
        DateRange(datetime.datetime(2024, 1, 1), D(2024, 2, 1))
    with pytest.raises(TypeError):
        datetime.datetime(2024, 1, 1, 12) in DateRange.year(2024)


def test_intersect_and_overlap():
    spring = DateRange.inclusive(D(2024, 1, 1), D(2024, 6, 30))
    summer = DateRange.inclusive(D(2024, 6, 1), D(2024, 8, 31))
    assert spring.overlaps(summer)
    assert spring.intersect(summer) == DateRange.month(2024, 6)
    assert summer.intersect(spring) == DateRange.month(2024, 6)
    assert spring.intersect(DateRange.year(2024)) == spring
    # Ranges that do not overlap give an empty range at the later start.
    autumn = DateRange.inclusive(D(2024, 8, 1), D(2024, 12, 31))
    assert not spring.overlaps(autumn)
    none = spring.intersect(autumn)
    assert none.days == 0
    assert (none.first, none.end) == (D(2024, 8, 1), D(2024, 8, 1))
    # A range sharing a single day overlaps.
    assert DateRange.month(2024, 3).overlaps(DateRange.inclusive(D(2024, 3, 31), D(2024, 4, 2)))


def test_str_shows_the_inclusive_last_day():
    assert str(DateRange.month(2024, 2)) == "2024-02-01–2024-02-29"
    assert str(DateRange.inclusive(D(2024, 6, 6), D(2024, 6, 6))) == "2024-06-06"
    assert str(DateRange.year(2023)) == "2023-01-01–2023-12-31"


def test_ordering_is_by_start_then_end():
    a = DateRange.month(2024, 1)
    b = DateRange.inclusive(D(2024, 1, 1), D(2024, 2, 29))
    c = DateRange.month(2024, 2)
    assert a < b < c
    assert not c < a
    assert a <= DateRange.month(2024, 1) and c >= b and c > a
    assert a != b
    assert sorted([c, b, a]) == [a, b, c]
    with pytest.raises(TypeError):
        a < D(2024, 1, 1)


def test_out_of_range_years_raise_library_errors():
    # Boost's date range is 1400-9999; miljoplan reports dates outside it as InvalidArgumentError.
    for call in (lambda: DateRange.year(10000), lambda: DateRange.year(1399), lambda: DateRange.year(9999)):
        with pytest.raises(InvalidArgumentError):
            call()


def test_a_range_ending_after_9999_is_rejected_like_year_9999():
    # Its end, 10000-01-01, is past the calendar, as for DateRange.year(9999).
    with pytest.raises(InvalidArgumentError, match="must end by 9999-12-31"):
        DateRange.month(9999, 12)
    with pytest.raises(InvalidArgumentError, match="must end by 9999-12-31"):
        DateRange.inclusive(D(9999, 1, 1), D(9999, 12, 31))
    # The month before ends on 9999-12-01, inside the calendar.
    last = DateRange.month(9999, 11)
    assert (last.first, last.end) == (D(9999, 11, 1), D(9999, 12, 1))
    assert eval(repr(last), {"DateRange": DateRange, "datetime": datetime}) == last


def test_repr_evaluates_back():
    r = DateRange.inclusive(D(2024, 1, 1), D(2024, 6, 30))
    namespace = {"DateRange": DateRange, "datetime": datetime}
    assert eval(repr(r), namespace) == r


def test_values_are_immutable_and_hashable():
    r = DateRange.month(2024, 3)
    with pytest.raises(AttributeError):
        r.first = D(2024, 3, 2)
    with pytest.raises(AttributeError):
        r.end = D(2024, 4, 2)
    assert r == DateRange.month(2024, 3)
    assert r != DateRange.month(2024, 4)
    assert hash(r) == hash(DateRange(D(2024, 3, 1), D(2024, 4, 1)))
    assert len({r, DateRange.month(2024, 3), DateRange.month(2024, 4)}) == 2
    assert (r == "2024-03") is False


def test_pickling_round_trips():
    for r in (DateRange.month(2024, 2), DateRange.year(2025), DateRange(D(2024, 6, 30), D(2024, 6, 30))):
        copy = pickle.loads(pickle.dumps(r))
        assert copy == r
        assert (copy.first, copy.end, copy.days) == (r.first, r.end, r.days)


def test_windows_of_a_phrase_are_date_ranges():
    window = miljoplan.parse_timing("Våren 2024").windows[0]
    assert isinstance(window.range, DateRange)
    assert window.range == DateRange.inclusive(D(2024, 1, 1), D(2024, 6, 30))
    assert (window.start, window.last) == (window.range.first, window.range.last)
