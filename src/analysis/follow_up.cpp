// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/analysis/follow_up.h"

#include <algorithm>
#include <set>

#include "miljoplan/analysis/year_wheel.h"
#include "miljoplan/calendar/schedule.h"
#include "miljoplan/error.h"

namespace miljoplan {

namespace {

// How many occurrences a cadence asks for in a year: its count times the periods it runs in.
std::pair<int, int> expected(const Cadence& c, int year, const std::optional<DateRange>& main_window)
{
    if (c.is_regular()) {
        int n = 0;
        if (c.per == CadencePeriod::Month) {
            for (int m : cadence_months(c, year)) {
                const DateRange month = DateRange::month(year, m);
                if (!main_window || main_window->overlaps(month)) ++n;
            }
        } else {
            Timing t;
            t.cadences.push_back(c);
            if (main_window) t.windows.push_back(TimeWindow{*main_window, WindowKind::Period, {}, {}});
            ExpandOptions options;
            options.one_in_window = false;
            n = static_cast<int>(expand(t, year, options).occurrences.size());
        }
        return {n, n};
    }
    int periods = 1;
    switch (c.per) {
    case CadencePeriod::Year: periods = 1; break;
    case CadencePeriod::HalfYear:
    case CadencePeriod::Term: periods = 2; break;
    case CadencePeriod::Tertial: periods = 3; break;
    case CadencePeriod::Quarter: periods = 4; break;
    case CadencePeriod::Month: periods = 12 - static_cast<int>(c.excluded_months.size()); break;
    case CadencePeriod::Week: periods = 52; break;
    }
    periods = (periods + c.interval - 1) / c.interval;
    return {c.min * periods, c.max * periods};
}

}  // namespace

std::vector<Date> follow_up_points(const Organisation& organisation, int year)
{
    std::vector<Date> out;
    for (int m : organisation.follow_up_months()) out.push_back(DateRange::month(year, m).last());
    std::sort(out.begin(), out.end());
    return out;
}

FollowUpReport follow_up_report(const Plan& plan, int year, std::optional<Date> as_of)
{
    if (year < 1583 || year > 9998) throw InvalidArgument("no follow-up for the year " + std::to_string(year));
    FollowUpReport report;
    report.year = year;
    report.as_of = as_of ? *as_of : make_date(year, 12, 31);
    report.points = follow_up_points(*plan.organisation(), year);
    const DateRange in_year = DateRange::year(year);
    const TimingContext context = timing_context(plan, year);
    for (const auto& a : plan.activities()) {
        ActivityFollowUp f;
        f.id = a->id();
        f.title = a->title();
        f.category = a->category();
        std::set<Date> held;
        // A meeting of late December is often recorded at January's follow-up: held days count for
        // the year they fall in, whenever they were recorded. The status is the year's own.
        const FollowUpEntry* latest = nullptr;
        for (const auto& e : plan.follow_up()) {
            if (e.activity != a->id() || (as_of && *as_of < e.date)) continue;
            const bool dated_in_year = in_year.contains(e.date);
            bool holds_in_year = false;
            for (const auto& d : e.held) {
                if (!in_year.contains(d)) continue;
                held.insert(d);
                holds_in_year = true;
            }
            if (!dated_in_year && !holds_in_year) continue;
            f.entries.push_back(e);
            if (dated_in_year && (!latest || !(e.date < latest->date))) latest = &e;
        }
        // An activity planned for another year of a multi-year plan is not part of this year's follow-up,
        // unless something was recorded for it this year.
        if (a->year() && *a->year() != year && f.entries.empty()) continue;
        std::stable_sort(f.entries.begin(), f.entries.end(),
                         [](const FollowUpEntry& x, const FollowUpEntry& y) { return x.date < y.date; });
        if (latest) {
            f.status = latest->status;
            f.status_date = latest->date;
            f.note = latest->note;
        }
        try {
            const Timing t = parse_timing(a->timing_text(), context);
            if (!t.cadences.empty()) {
                std::optional<DateRange> main;
                for (const auto& w : t.windows)
                    if (w.kind == WindowKind::Period && w.range.overlaps(in_year)) main = w.range.intersect(in_year);
                CadenceCompliance c;
                for (const auto& cadence : t.cadences) {
                    const auto [lo, hi] = expected(cadence, year, cadence.within ? cadence.within : main);
                    c.expected_min += lo;
                    c.expected_max += hi;
                }
                c.held = static_cast<int>(held.size());
                c.fulfilled = c.held >= c.expected_min;
                c.timing = t.text;
                f.compliance = c;
            }
        } catch (const ParseError&) {
            // An unreadable phrase has no expectation to comply with; validate() reports it.
        }
        report.by_status[f.status ? to_string(*f.status) : "ingen uppgift"] += 1;
        report.activities.push_back(std::move(f));
    }
    for (const auto& e : plan.follow_up())
        if (!plan.find_activity(e.activity)) report.unknown.push_back(e);
    return report;
}

}  // namespace miljoplan
