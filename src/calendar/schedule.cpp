// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/calendar/schedule.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "miljoplan/calendar/swedish_calendar.h"
#include "miljoplan/error.h"

namespace miljoplan {

namespace {

using boost::gregorian::days;

// A set of months of one year as bits 1-12: expansion runs per activity and year, and month sets in small
// vectors (with the 12 month ranges built to find them) were most of its cost.
using Months = std::uint16_t;

constexpr Months month_bit(int month) { return static_cast<Months>(1U << month); }

bool contains(Months months, int month) { return (months & month_bit(month)) != 0; }

Months months_from(const std::vector<int>& list)
{
    Months out = 0;
    for (int m : list)
        if (m >= 1 && m <= 12) out = static_cast<Months>(out | month_bit(m));
    return out;
}

// The months of [range) inside @p year: those a month of the year overlaps.
Months months_of(const DateRange& range, int year)
{
    if (!(range.first < range.end)) return 0;
    if (range.first.is_special() || range.end.is_special()) {
        Months out = 0;
        for (int m = 1; m <= 12; ++m)
            if (DateRange::month(year, m).overlaps(range)) out = static_cast<Months>(out | month_bit(m));
        return out;
    }
    const Date last = range.end - days(1);
    if (static_cast<int>(last.year()) < year || static_cast<int>(range.first.year()) > year) return 0;
    const int first_month = static_cast<int>(range.first.year()) < year ? 1 : static_cast<int>(range.first.month());
    const int last_month = static_cast<int>(last.year()) > year ? 12 : static_cast<int>(last.month());
    Months out = 0;
    for (int m = first_month; m <= last_month; ++m) out = static_cast<Months>(out | month_bit(m));
    return out;
}

// The months of a set in calendar order, for range-for.
std::vector<int> in_order(Months months)
{
    std::vector<int> out;
    out.reserve(12);
    for (int m = 1; m <= 12; ++m)
        if (contains(months, m)) out.push_back(m);
    return out;
}

// The first working day on or after the suggested day of @p month; falls back to earlier days of
// the month so a suggestion never leaves its month.
Date suggested_date(int year, int month, int day_of_month)
{
    // Day arithmetic on numbers: Boost derives year, month and day from a date each time they are asked for.
    const int length = static_cast<int>(boost::gregorian::gregorian_calendar::end_of_month_day(
        static_cast<unsigned short>(year), static_cast<unsigned short>(month)));
    const int wanted = std::min(std::max(day_of_month, 1), length);
    const Date day = make_date(year, month, wanted);
    for (int k = 0; wanted + k <= length; ++k)
        if (const Date d = day + days(k); is_working_day(d)) return d;
    for (int k = 1; wanted - k >= 1; ++k)
        if (const Date d = day - days(k); is_working_day(d)) return d;
    return day;
}

// The periods a cadence counts in, as ranges inside the year.
std::vector<DateRange> periods(CadencePeriod per, int year)
{
    std::vector<DateRange> out;
    auto months = [&](int first, int count) {
        const int end = first + count;
        return DateRange{make_date(year, first, 1), end > 12 ? make_date(year + 1, 1, 1) : make_date(year, end, 1)};
    };
    switch (per) {
    case CadencePeriod::Year: out.push_back(DateRange::year(year)); break;
    case CadencePeriod::HalfYear: out = {months(1, 6), months(7, 6)}; break;
    case CadencePeriod::Term: out = {months(1, 6), months(8, 5)}; break;
    case CadencePeriod::Tertial: out = {months(1, 4), months(5, 4), months(9, 4)}; break;
    case CadencePeriod::Quarter: out = {months(1, 3), months(4, 3), months(7, 3), months(10, 3)}; break;
    case CadencePeriod::Month:
        for (int m = 1; m <= 12; ++m) out.push_back(DateRange::month(year, m));
        break;
    case CadencePeriod::Week: {
        Date monday = iso_week_monday(iso_week(make_date(year, 1, 1)).year, iso_week(make_date(year, 1, 1)).week);
        for (; monday.year() <= year; monday += days(7))
            out.push_back(DateRange{monday, monday + days(7)}.intersect(DateRange::year(year)));
        break;
    }
    }
    return out;
}

}  // namespace

std::string to_string(OccurrenceKind kind)
{
    switch (kind) {
    case OccurrenceKind::Dated: return "datum";
    case OccurrenceKind::Monthly: return "månad";
    case OccurrenceKind::Suggested: return "förslag";
    case OccurrenceKind::Deadline: return "senast";
    }
    return "?";
}

Date next_working_day(Date day)
{
    while (!is_working_day(day)) {
        if (day == Date(9999, 12, 31)) throw InvalidArgument("no working day after 9999-12-31");
        day += days(1);
    }
    return day;
}

std::vector<int> cadence_months(const Cadence& cadence, int year)
{
    if (!cadence.is_regular()) return {};
    const DateRange scope = cadence.within ? cadence.within->intersect(DateRange::year(year)) : DateRange::year(year);
    std::vector<int> out;
    int step = 0;
    const Months excluded = months_from(cadence.excluded_months);
    for (int m : in_order(months_of(scope, year))) {
        // The interval counts calendar months: "varannan månad, utom juli" keeps its rhythm (January,
        // March, May, September, November) instead of shifting to August after the excluded July.
        if (cadence.per == CadencePeriod::Month && step++ % cadence.interval != 0) continue;
        if (contains(excluded, m)) continue;
        out.push_back(m);
    }
    return out;
}

Expansion expand(const Timing& timing, int year, const ExpandOptions& options)
{
    // Suggested days stay within 1-22 so that "the first weekday from day d" (d..d+6) exists in
    // every month, February included; the iCalendar rule relies on it.
    if (options.suggested_day < 1 || options.suggested_day > 22)
        throw InvalidArgument("suggested_day must be 1-22, got " + std::to_string(options.suggested_day));
    for (int m : options.avoid_months)
        if (m < 1 || m > 12) throw InvalidArgument("avoid_months holds " + std::to_string(m) + ", not a month 1-12");
    if (year < 1583 || year > 9998) throw InvalidArgument("cannot expand over the year " + std::to_string(year));
    const Months avoid = months_from(options.avoid_months);
    Expansion out;
    out.year = year;
    out.occurrences.reserve(timing.dates.size() + 16);
    const DateRange whole = DateRange::year(year);
    for (const auto& w : timing.windows) {
        if (!w.range.overlaps(whole)) continue;
        TimeWindow clipped = w;
        clipped.range = w.range.intersect(whole);
        out.windows.push_back(clipped);
    }
    for (const Date& d : timing.dates)
        if (whole.contains(d)) out.occurrences.push_back(Occurrence{d, OccurrenceKind::Dated, {}, -1});
    if (timing.deadline && whole.contains(timing.deadline->date))
        out.occurrences.push_back(Occurrence{timing.deadline->date, OccurrenceKind::Deadline, {}, -1});

    // Where cadences may fall: their own scope, else the phrase's main windows, else the whole year.
    // The windows are taken unclipped: a phrase whose period lies wholly in another year ("Hösten 2024,
    // 3 gånger per år" in 2025) must give nothing, not fall back to the whole year.
    std::vector<DateRange> main_windows;
    for (const auto& w : timing.windows)
        if (w.kind == WindowKind::Period || w.kind == WindowKind::Phase || w.kind == WindowKind::Scope)
            main_windows.push_back(w.range);

    for (std::size_t ci = 0; ci < timing.cadences.size(); ++ci) {
        const Cadence& c = timing.cadences[ci];
        const int index = static_cast<int>(ci);
        const Months excluded = months_from(c.excluded_months);
        DateRange scope = c.within ? c.within->intersect(whole) : whole;
        if (!c.within && !main_windows.empty()) {
            DateRange joined = main_windows.front();
            for (const auto& r : main_windows) {
                if (r.first < joined.first) joined.first = r.first;
                if (joined.end < r.end) joined.end = r.end;
            }
            scope = joined.intersect(whole);
        }
        if (scope.empty()) continue;
        if (c.is_regular()) {
            if (c.per == CadencePeriod::Month) {
                int step = 0;
                const Months in_scope = months_of(scope, year);
                for (int m = 1; m <= 12; ++m) {
                    if (!contains(in_scope, m)) continue;
                    // Calendar months keep the rhythm; an excluded month only drops its own occurrence.
                    if (step++ % c.interval != 0) continue;
                    if (contains(excluded, m)) continue;
                    out.occurrences.push_back(Occurrence{suggested_date(year, m, options.suggested_day),
                                                         OccurrenceKind::Monthly, c.label, index});
                }
            } else {
                int step = 0;
                for (const auto& week : periods(CadencePeriod::Week, year)) {
                    if (!week.overlaps(scope)) continue;
                    if (step++ % c.interval != 0) continue;
                    // The week's first working day inside the scope and in an allowed month: a week that
                    // starts before the scope (or in an excluded month) must not put its day outside it.
                    const DateRange part = week.intersect(scope);
                    for (Date day = part.first; day < part.end; day += days(1)) {
                        if (!is_working_day(day) || contains(excluded, static_cast<int>(day.month()))) continue;
                        out.occurrences.push_back(Occurrence{day, OccurrenceKind::Monthly, c.label, index});
                        break;
                    }
                }
            }
            continue;
        }
        // A count without dates: spread it evenly over the allowed months of each period.
        out.has_suggestions = true;
        const int count = options.plan_for_max ? c.max : c.min;
        int period_index = 0;
        for (const auto& period : periods(c.per, year)) {
            if (period_index++ % c.interval != 0) continue;
            const DateRange inside = period.intersect(scope);
            if (inside.empty()) continue;
            std::array<int, 12> allowed{};
            std::array<int, 12> fallback{};
            int n = 0;
            int fallbacks = 0;
            const Months months = months_of(inside, year);
            for (int m = 1; m <= 12; ++m) {
                if (!contains(months, m) || contains(excluded, m)) continue;
                fallback[static_cast<std::size_t>(fallbacks++)] = m;
                if (!contains(avoid, m)) allowed[static_cast<std::size_t>(n++)] = m;
            }
            if (n == 0) {
                allowed = fallback;
                n = fallbacks;
            }
            if (n == 0) continue;
            for (int k = 0; k < count; ++k) {
                // Centre each of the count's shares of the allowed months: 3 in 11 months -> 2nd, 6th, 10th.
                const int slot = std::min(n - 1, ((2 * k + 1) * n) / (2 * count));
                const int month = allowed[static_cast<std::size_t>(slot)];
                int day = options.suggested_day;
                if (count > n) day = 1 + ((2 * k + 1) * 28) / (2 * count);  // several in one month: spread the days
                Date date = suggested_date(year, month, day);
                if (!inside.contains(date)) date = next_working_day(inside.first);
                out.occurrences.push_back(Occurrence{date, OccurrenceKind::Suggested, c.label, index});
            }
        }
    }

    if (options.one_in_window && timing.cadences.empty() && timing.dates.empty() && !timing.deadline &&
        !timing.ongoing) {
        // A one-off event in a window ("Våren 2024"): suggest its middle month.
        for (const auto& w : out.windows) {
            if (w.kind != WindowKind::Period && w.kind != WindowKind::Phase) continue;
            std::vector<int> months;
            const Months excluded_here = months_from(timing.excluded_months);
            for (int m : in_order(months_of(w.range, year)))
                if (!contains(avoid, m) && !contains(excluded_here, m)) months.push_back(m);
            if (months.empty()) continue;
            const int month = months[months.size() / 2];
            Date date = suggested_date(year, month, options.suggested_day);
            if (!w.range.contains(date)) date = next_working_day(w.range.first);
            out.occurrences.push_back(Occurrence{date, OccurrenceKind::Suggested, w.label, -1});
            out.has_suggestions = true;
        }
    }
    // Mostly in order already (one cadence appends in date order); the stable sort's buffer is then spared.
    const auto by_date = [](const Occurrence& a, const Occurrence& b) { return a.date < b.date; };
    if (!std::is_sorted(out.occurrences.begin(), out.occurrences.end(), by_date))
        std::stable_sort(out.occurrences.begin(), out.occurrences.end(), by_date);
    return out;
}

}  // namespace miljoplan
