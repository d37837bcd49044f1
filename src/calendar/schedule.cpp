// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/calendar/schedule.h"

#include <algorithm>

#include "miljoplan/calendar/swedish_calendar.h"
#include "miljoplan/error.h"

namespace miljoplan {

namespace {

using boost::gregorian::days;

bool contains(const std::vector<int>& months, int month)
{
    return std::find(months.begin(), months.end(), month) != months.end();
}

// The months of [range) inside @p year, in order.
std::vector<int> months_of(const DateRange& range, int year)
{
    std::vector<int> out;
    for (int m = 1; m <= 12; ++m)
        if (DateRange::month(year, m).overlaps(range)) out.push_back(m);
    return out;
}

// The first working day on or after the suggested day of @p month; falls back to earlier days of
// the month so a suggestion never leaves its month.
Date suggested_date(int year, int month, int day_of_month)
{
    const Date first = make_date(year, month, 1);
    const Date last = first.end_of_month();
    Date day = first + days(std::min(std::max(day_of_month, 1), static_cast<int>(last.day())) - 1);
    for (Date d = day; !(last < d); d += days(1))
        if (is_working_day(d)) return d;
    for (Date d = day; !(d < first); d -= days(1))
        if (is_working_day(d)) return d;
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
    for (int m : months_of(scope, year)) {
        // The interval counts calendar months: "varannan månad, utom juli" keeps its rhythm (January,
        // March, May, September, November) instead of shifting to August after the excluded July.
        if (cadence.per == CadencePeriod::Month && step++ % cadence.interval != 0) continue;
        if (contains(cadence.excluded_months, m)) continue;
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
    Expansion out;
    out.year = year;
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
                for (int m : months_of(scope, year)) {
                    // Calendar months keep the rhythm; an excluded month only drops its own occurrence.
                    if (step++ % c.interval != 0) continue;
                    if (contains(c.excluded_months, m)) continue;
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
                        if (!is_working_day(day) || contains(c.excluded_months, static_cast<int>(day.month()))) continue;
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
            std::vector<int> allowed;
            std::vector<int> fallback;
            for (int m : months_of(inside, year)) {
                if (contains(c.excluded_months, m)) continue;
                fallback.push_back(m);
                if (!contains(options.avoid_months, m)) allowed.push_back(m);
            }
            if (allowed.empty()) allowed = fallback;
            if (allowed.empty()) continue;
            const int n = static_cast<int>(allowed.size());
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
            for (int m : months_of(w.range, year))
                if (!contains(options.avoid_months, m) && !contains(timing.excluded_months, m)) months.push_back(m);
            if (months.empty()) continue;
            const int month = months[months.size() / 2];
            Date date = suggested_date(year, month, options.suggested_day);
            if (!w.range.contains(date)) date = next_working_day(w.range.first);
            out.occurrences.push_back(Occurrence{date, OccurrenceKind::Suggested, w.label, -1});
            out.has_suggestions = true;
        }
    }
    std::stable_sort(out.occurrences.begin(), out.occurrences.end(),
                     [](const Occurrence& a, const Occurrence& b) { return a.date < b.date; });
    return out;
}

}  // namespace miljoplan
