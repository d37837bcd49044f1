// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/calendar/swedish_calendar.h"

#include <algorithm>
#include <array>
#include <bitset>

#include "miljoplan/error.h"

namespace miljoplan {

namespace {

using boost::gregorian::days;

// The Saturday in [first, first + 6]: midsommardagen falls 20-26 June, alla helgons dag 31 Oct-6 Nov.
Date saturday_from(const Date& first)
{
    Date day = first;
    while (day.day_of_week() != boost::date_time::Saturday) day += days(1);
    return day;
}

}  // namespace

Date easter_sunday(int year)
{
    if (year < 1583 || year > 9999) throw InvalidArgument("easter is computed for 1583-9999, not " + std::to_string(year));
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return make_date(year, month, day);
}

std::vector<Holiday> swedish_holidays(int year)
{
    const Date easter = easter_sunday(year);
    const Date midsummer_day = saturday_from(make_date(year, 6, 20));
    std::vector<Holiday> out{
        {make_date(year, 1, 1), "Nyårsdagen", DayOffKind::PublicHoliday},
        {make_date(year, 1, 6), "Trettondedag jul", DayOffKind::PublicHoliday},
        {easter - days(2), "Långfredagen", DayOffKind::PublicHoliday},
        {easter, "Påskdagen", DayOffKind::PublicHoliday},
        {easter + days(1), "Annandag påsk", DayOffKind::PublicHoliday},
        {make_date(year, 5, 1), "Första maj", DayOffKind::PublicHoliday},
        {easter + days(39), "Kristi himmelsfärdsdag", DayOffKind::PublicHoliday},
        {easter + days(49), "Pingstdagen", DayOffKind::PublicHoliday},
        {midsummer_day - days(1), "Midsommarafton", DayOffKind::DeFacto},
        {midsummer_day, "Midsommardagen", DayOffKind::PublicHoliday},
        {saturday_from(make_date(year, 10, 31)), "Alla helgons dag", DayOffKind::PublicHoliday},
        {make_date(year, 12, 24), "Julafton", DayOffKind::DeFacto},
        {make_date(year, 12, 25), "Juldagen", DayOffKind::PublicHoliday},
        {make_date(year, 12, 26), "Annandag jul", DayOffKind::PublicHoliday},
        {make_date(year, 12, 31), "Nyårsafton", DayOffKind::DeFacto},
    };
    // SFS 2004:1320 made 6 June a holiday and removed annandag pingst, from 2005.
    if (year >= 2005) out.push_back({make_date(year, 6, 6), "Nationaldagen", DayOffKind::PublicHoliday});
    else out.push_back({easter + days(50), "Annandag pingst", DayOffKind::PublicHoliday});
    std::stable_sort(out.begin(), out.end(), [](const Holiday& x, const Holiday& y) { return x.date < y.date; });
    return out;
}

namespace {

// One year's days off without their names. Schedules ask about every day they place, and building the
// named list (with its strings and sort) each time made expansion spend most of its time here.
struct YearDaysOff {
    int year = 0;
    std::array<Date, 16> dates;
    std::array<bool, 16> is_public{};
    // Every day off of the year, weekends included, by its offset from 1 January: a schedule asks about
    // each day it places, and a bit test is far cheaper than the weekday and a search of the list.
    long first_day = 0;  // Boost's day number of 1 January
    long length = 0;
    std::bitset<366> off;
};

const YearDaysOff& days_off(int year)
{
    // A small direct-mapped cache per thread: no locking, bounded memory, and a schedule over twenty
    // years keeps every year it touches.
    thread_local std::array<YearDaysOff, 64> cache;
    YearDaysOff& slot = cache[static_cast<std::size_t>(year) % cache.size()];
    if (slot.year != year) {
        const auto holidays = swedish_holidays(year);
        static_assert(std::tuple_size<decltype(slot.dates)>::value == 16, "sixteen days off a year");
        const Date first = make_date(year, 1, 1);
        slot.first_day = static_cast<long>(first.day_number());
        slot.length = static_cast<long>(make_date(year, 12, 31).day_number()) - slot.first_day + 1;
        slot.off.reset();
        for (long i = 0; i < slot.length; ++i) {
            const auto weekday = (first + days(i)).day_of_week();
            if (weekday == boost::date_time::Saturday || weekday == boost::date_time::Sunday)
                slot.off.set(static_cast<std::size_t>(i));
        }
        for (std::size_t i = 0; i < slot.dates.size(); ++i) {
            slot.dates[i] = holidays.at(i).date;
            slot.is_public[i] = holidays.at(i).kind == DayOffKind::PublicHoliday;
            slot.off.set(static_cast<std::size_t>(slot.dates[i].day_number() - first.day_number()));
        }
        slot.year = year;
    }
    return slot;
}

}  // namespace

bool is_public_holiday(const Date& day)
{
    if (day.day_of_week() == boost::date_time::Sunday) return true;
    const YearDaysOff& off = days_off(day.year());
    for (std::size_t i = 0; i < off.dates.size(); ++i)
        if (off.dates[i] == day && off.is_public[i]) return true;
    return false;
}

bool is_day_off(const Date& day)
{
    if (day.is_special()) {
        // Keeps Boost's behaviour for not-a-date and the infinities (the weekday throws).
        const auto weekday = day.day_of_week();
        return weekday == boost::date_time::Saturday || weekday == boost::date_time::Sunday;
    }
    // The year last asked about, found by day number alone: taking the year out of a date costs more than
    // the look-up itself. The slot may since hold another year; the range check then misses and reloads.
    thread_local const YearDaysOff* last = nullptr;
    const long number = static_cast<long>(day.day_number());
    if (last == nullptr || number < last->first_day || number >= last->first_day + last->length)
        last = &days_off(day.year());
    return last->off[static_cast<std::size_t>(number - last->first_day)];
}

bool is_working_day(const Date& day) { return !is_day_off(day); }

IsoWeek iso_week(const Date& day)
{
    // The Thursday of a day's week decides the week-numbering year (ISO 8601).
    const int weekday = (day.day_of_week().as_number() + 6) % 7;  // Monday = 0
    const Date thursday = day + days(3 - weekday);
    const int year = thursday.year();
    const int week = static_cast<int>((thursday.day_of_year() - 1) / 7) + 1;
    return IsoWeek{year, week};
}

int iso_weeks_in_year(int year)
{
    // 28 December always lies in the last week of its week-numbering year.
    return iso_week(make_date(year, 12, 28)).week;
}

Date iso_week_monday(int year, int week)
{
    if (week < 1 || week > iso_weeks_in_year(year))
        throw InvalidArgument("vecka " + std::to_string(week) + " " + std::to_string(year) + " does not exist: " +
                              std::to_string(year) + " has " + std::to_string(iso_weeks_in_year(year)) + " ISO weeks");
    // 4 January is always in week 1.
    const Date jan4 = make_date(year, 1, 4);
    const int weekday = (jan4.day_of_week().as_number() + 6) % 7;
    return jan4 - days(weekday) + days(7 * (week - 1));
}

}  // namespace miljoplan
