// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/analysis/year_wheel.h"

#include "detail/text.h"
#include "miljoplan/error.h"

namespace miljoplan {

namespace {

bool is_meeting(const Activity& a, const std::vector<std::string>& words)
{
    const std::string haystack = detail::fold(a.title() + " " + a.implementation());
    for (const auto& w : words)
        if (haystack.find(detail::fold(w)) != std::string::npos) return true;
    return false;
}

}  // namespace

int YearWheel::meetings() const
{
    int total = 0;
    for (const auto& m : months) total += m.meetings;
    return total;
}

std::map<std::size_t, int> YearWheel::meetings_per_activity() const
{
    std::map<std::size_t, int> out;
    for (const auto& m : months)
        for (const auto& o : m.occurrences)
            if (activities[o.activity].meeting && o.occurrence.kind != OccurrenceKind::Deadline) ++out[o.activity];
    return out;
}

TimingContext timing_context(const Plan& plan, std::optional<int> year)
{
    TimingContext context;
    context.year = year ? year : plan.first_year();
    context.seasons = plan.organisation()->season_reading();
    return context;
}

YearWheel build_year_wheel(const Plan& plan, std::optional<int> year, const WheelOptions& options)
{
    if (year && (*year < 1583 || *year > 9998))
        throw InvalidArgument("cannot build a year wheel for the year " + std::to_string(*year));
    YearWheel wheel;
    const TimingContext context = timing_context(plan, year);
    wheel.year = context.year.value_or(0);
    wheel.suggested_day = options.expand.suggested_day;
    for (int m = 0; m < 12; ++m) wheel.months[static_cast<std::size_t>(m)].month = m + 1;
    if (wheel.year == 0) return wheel;
    for (const auto& a : plan.activities()) {
        ScheduledActivity s;
        s.id = a->id();
        s.title = a->title();
        s.category = a->category();
        s.meeting = is_meeting(*a, options.meeting_words);
        for (const auto& ref : a->responsible().refs) s.responsible.push_back(ref.id);
        try {
            s.timing = parse_timing(a->timing_text(), context);
            s.expansion = expand(s.timing, wheel.year, options.expand);
        } catch (const ParseError& e) {
            s.error = e.what();
        }
        const std::size_t index = wheel.activities.size();
        for (auto& month : wheel.months) {
            const DateRange range = DateRange::month(wheel.year, month.month);
            for (const auto& w : s.expansion.windows) {
                if (w.range.overlaps(range)) {
                    month.running.push_back(index);
                    break;
                }
            }
        }
        for (const auto& o : s.expansion.occurrences) {
            WheelMonth& month = wheel.months[static_cast<std::size_t>(o.date.month().as_number() - 1)];
            month.occurrences.push_back(WheelOccurrence{index, o});
            if (s.meeting && o.kind != OccurrenceKind::Deadline) {
                ++month.meetings;
                for (const auto& id : s.responsible) ++month.load[id.value()];
            }
        }
        wheel.activities.push_back(std::move(s));
    }
    for (const auto& step : plan.organisation()->process()) {
        ScheduledMilestone m;
        m.id = step.id;
        m.concerns_year = wheel.year + step.concerns;
        m.title = step.title + " (" + std::to_string(m.concerns_year) + ")";
        for (const auto& ref : step.responsible.refs) m.responsible.push_back(ref.id);
        TimingContext in_year = context;
        in_year.year = wheel.year;
        try {
            m.timing = parse_timing(step.timing, in_year);
            ExpandOptions one = options.expand;
            one.one_in_window = true;
            m.expansion = expand(m.timing, wheel.year, one);
        } catch (const ParseError& e) {
            m.error = e.what();
        }
        const std::size_t index = wheel.milestones.size();
        for (const auto& o : m.expansion.occurrences)
            wheel.months[static_cast<std::size_t>(o.date.month().as_number() - 1)].milestones.emplace_back(index, o);
        wheel.milestones.push_back(std::move(m));
    }
    for (auto& month : wheel.months)
        std::stable_sort(month.milestones.begin(), month.milestones.end(),
                         [](const auto& x, const auto& y) { return x.second.date < y.second.date; });
    for (auto& month : wheel.months)
        std::stable_sort(month.occurrences.begin(), month.occurrences.end(),
                         [](const WheelOccurrence& x, const WheelOccurrence& y) { return x.occurrence.date < y.occurrence.date; });
    return wheel;
}

}  // namespace miljoplan
