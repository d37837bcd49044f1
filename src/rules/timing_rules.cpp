// SPDX-License-Identifier: Apache-2.0
#include <algorithm>

#include "miljoplan/calendar/swedish_calendar.h"
#include "miljoplan/error.h"
#include "rules/engine.h"

namespace miljoplan::detail {

namespace {

std::string timing_path(std::size_t i) { return "$.activities[" + std::to_string(i) + "].timing"; }

bool excluded(const Timing& t, int month)
{
    auto in = [month](const std::vector<int>& months) {
        return std::find(months.begin(), months.end(), month) != months.end();
    };
    if (in(t.excluded_months)) return true;
    for (const auto& c : t.cadences)
        if (in(c.excluded_months)) return true;
    return false;
}

std::string day_off_reason(const Date& day)
{
    for (const auto& h : swedish_holidays(day.year()))
        if (h.date == day) return h.name;
    return day.day_of_week() == boost::date_time::Saturday ? "lördag" : "söndag";
}

void unreadable_process(RuleContext& c);

void unreadable(RuleContext& c)
{
    const auto& timings = c.timings();
    for (std::size_t i = 0; i < timings.size(); ++i) {
        if (timings[i].first) continue;
        const Activity& a = *c.plan.activities()[i];
        c.report(c.say("Tidsangivelsen för " + quoted(a.title()) + " går inte att tolka: ",
                       "The timing of " + quoted(a.title()) + " cannot be read: ") +
                     timings[i].second,
                 timing_path(i));
    }
    unreadable_process(c);
}

// The planning-process steps of the profile are timed in the same language; the wheel of the plan's
// first year has read them, one scheduled milestone per step, in the profile's order.
std::string process_path(std::size_t i) { return "$.organisation.process[" + std::to_string(i) + "].timing"; }

// The wheel's milestones, or none when the plan's year is one the calendar cannot expand (a plan rule
// reports that year; the process timings are then not judged).
const std::vector<ScheduledMilestone>* process_milestones(RuleContext& c)
{
    if (!c.plan.first_year() || c.plan.organisation()->process().empty()) return nullptr;
    try {
        return &c.wheel().milestones;
    } catch (const InvalidArgument&) {
        return nullptr;
    }
}

void unreadable_process(RuleContext& c)
{
    const auto* found = process_milestones(c);
    if (!found) return;
    const auto& milestones = *found;
    for (std::size_t i = 0; i < milestones.size(); ++i) {
        if (milestones[i].error.empty()) continue;
        const Milestone& step = c.plan.organisation()->process()[i];
        c.report(c.say("Tidsangivelsen för processteget " + quoted(step.title) + " går inte att tolka: ",
                       "The timing of the process step " + quoted(step.title) + " cannot be read: ") +
                     milestones[i].error,
                 process_path(i));
    }
}

void unparsed(RuleContext& c)
{
    const auto& timings = c.timings();
    for (std::size_t i = 0; i < timings.size(); ++i) {
        if (!timings[i].first || timings[i].first->unparsed.empty()) continue;
        const Activity& a = *c.plan.activities()[i];
        const Timing& t = *timings[i].first;
        c.report(c.say("I tidsangivelsen " + quoted(t.text) + " för " + quoted(a.title()) + " förstås inte: " +
                           quoted(t.unparsed),
                       "In the timing " + quoted(t.text) + " of " + quoted(a.title()) +
                           " these words are not understood: " + quoted(t.unparsed)),
                 timing_path(i));
    }
    const auto* found = process_milestones(c);
    if (!found) return;
    const auto& milestones = *found;
    for (std::size_t i = 0; i < milestones.size(); ++i) {
        if (!milestones[i].error.empty() || milestones[i].timing.unparsed.empty()) continue;
        const Timing& t = milestones[i].timing;
        const Milestone& step = c.plan.organisation()->process()[i];
        c.report(c.say("I tidsangivelsen " + quoted(t.text) + " för processteget " + quoted(step.title) +
                           " förstås inte: " + quoted(t.unparsed),
                       "In the timing " + quoted(t.text) + " of the process step " + quoted(step.title) +
                           " these words are not understood: " + quoted(t.unparsed)),
                 process_path(i));
    }
}

void day_off(RuleContext& c)
{
    const auto& timings = c.timings();
    for (std::size_t i = 0; i < timings.size(); ++i) {
        if (!timings[i].first) continue;
        const Activity& a = *c.plan.activities()[i];
        for (const Date& day : timings[i].first->dates) {
            if (!is_day_off(day)) continue;
            c.report(c.say(quoted(a.title()) + " är satt till " + to_iso_string(day) + ", en ledig dag (" +
                               day_off_reason(day) + ")",
                           quoted(a.title()) + " is set on " + to_iso_string(day) + ", a day off (" + day_off_reason(day) +
                               ")"),
                     timing_path(i));
        }
    }
}

void excluded_month(RuleContext& c)
{
    const auto& timings = c.timings();
    for (std::size_t i = 0; i < timings.size(); ++i) {
        if (!timings[i].first) continue;
        const Activity& a = *c.plan.activities()[i];
        for (const Date& day : timings[i].first->dates) {
            if (!excluded(*timings[i].first, day.month().as_number())) continue;
            c.report(c.say(quoted(a.title()) + " är satt till " + to_iso_string(day) +
                               ", i en månad som tidsangivelsen själv undantar",
                           quoted(a.title()) + " is set on " + to_iso_string(day) +
                               ", in a month its own timing excludes"),
                     timing_path(i));
        }
    }
}

}  // namespace

void add_timing_rules(std::vector<Rule>& rules)
{
    rules.push_back({{"timing.unreadable", "timing", Severity::Error,
                      "Varje tidsangivelse ska gå att tolka (inga omöjliga datum, veckor eller intervall).",
                      "Every timing phrase can be read (no impossible dates, weeks or ranges).", {}},
                     unreadable});
    rules.push_back({{"timing.unparsed", "timing", Severity::Warning,
                      "Varje ord i en tidsangivelse ska förstås.", "Every word of a timing phrase is understood.", {}},
                     unparsed});
    rules.push_back({{"calendar.day_off", "calendar", Severity::Warning,
                      "Ett utsatt datum ska vara en arbetsdag (inte helg, röd dag eller midsommar-, jul- eller nyårsafton).",
                      "A named day is a working day (not a weekend, public holiday or de facto day off).", {}},
                     day_off});
    rules.push_back({{"calendar.excluded_month", "calendar", Severity::Warning,
                      "Ett utsatt datum ska inte ligga i en månad som tidsangivelsen undantar.",
                      "A named day does not fall in a month its timing excludes.", {}},
                     excluded_month});
}

}  // namespace miljoplan::detail
