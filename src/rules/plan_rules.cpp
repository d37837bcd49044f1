// SPDX-License-Identifier: Apache-2.0
#include "rules/engine.h"

namespace miljoplan::detail {

namespace {

void responsible_missing(RuleContext& c)
{
    for (std::size_t i = 0; i < c.plan.activities().size(); ++i) {
        const Activity& a = *c.plan.activities()[i];
        if (!a.responsible().empty()) continue;
        c.report(c.say("Aktiviteten " + quoted(a.title()) + " har ingen ansvarig",
                       "The activity " + quoted(a.title()) + " has no one responsible"),
                 "$.activities[" + std::to_string(i) + "].responsible");
    }
}

// Where an activity's timing lies against the plan's years: inside, partly outside, outside.
enum class Placement { Inside, Partly, Outside, Unknown };

Placement placement(const Timing& t, const DateRange& years, DateRange& span_out)
{
    std::optional<DateRange> span;
    auto add = [&](const DateRange& r) {
        if (!span) span = r;
        if (r.first < span->first) span->first = r.first;
        if (span->end < r.end) span->end = r.end;
    };
    // Scopes come from the context year when the phrase gives none, so they say nothing here.
    for (const auto& w : t.windows)
        if (w.kind != WindowKind::Scope) add(w.range);
    for (const auto& d : t.dates) add(DateRange{d, d + boost::gregorian::days(1)});
    if (t.deadline) add(DateRange{t.deadline->date, t.deadline->date + boost::gregorian::days(1)});
    for (const auto& cad : t.cadences)
        if (cad.within) add(*cad.within);
    if (!span) return Placement::Unknown;
    span_out = *span;
    if (!span->overlaps(years)) return Placement::Outside;
    if (span->first < years.first || years.end < span->end) return Placement::Partly;
    return Placement::Inside;
}

void check_placement(RuleContext& c, Placement wanted)
{
    const auto first = c.plan.first_year();
    const auto last = c.plan.last_year();
    if (!first || !last) return;
    const DateRange years{make_date(*first, 1, 1), make_date(*last + 1, 1, 1)};
    const std::string plan_years = *first == *last ? std::to_string(*first) : std::to_string(*first) + "–" + std::to_string(*last);
    const auto& timings = c.timings();
    for (std::size_t i = 0; i < timings.size(); ++i) {
        if (!timings[i].first) continue;
        DateRange span{};
        if (placement(*timings[i].first, years, span) != wanted) continue;
        const Activity& a = *c.plan.activities()[i];
        const std::string when = quoted(a.timing_text()) + " (" + span.to_string() + ")";
        if (wanted == Placement::Outside)
            c.report(c.say(quoted(a.title()) + " ligger helt utanför planens år " + plan_years + ": " + when,
                           quoted(a.title()) + " lies wholly outside the plan's years " + plan_years + ": " + when),
                     "$.activities[" + std::to_string(i) + "].timing");
        else
            c.report(c.say(quoted(a.title()) + " sträcker sig utanför planens år " + plan_years + ": " + when,
                           quoted(a.title()) + " reaches outside the plan's years " + plan_years + ": " + when),
                     "$.activities[" + std::to_string(i) + "].timing");
    }
}

void dates_outside(RuleContext& c) { check_placement(c, Placement::Outside); }
void dates_partly_outside(RuleContext& c) { check_placement(c, Placement::Partly); }

std::string body_name(const Plan& plan, const std::optional<ActorId>& body)
{
    if (!body) return "-";
    return plan.organisation()->actor_name(*body).value_or(body->value());
}

void adoption_deadline(RuleContext& c)
{
    const auto deadline = c.plan.adoption_deadline();
    const auto& date = c.plan.adoption().date;
    if (!deadline || !date || !(*deadline < *date)) return;
    const long late = static_cast<long>((*date - *deadline).days());
    c.report(c.say("Planen fastställdes " + to_iso_string(*date) + ", " + std::to_string(late) +
                       " dagar efter sista dag enligt planeringscykeln (" + to_iso_string(*deadline) + ")",
                   "The plan was adopted on " + to_iso_string(*date) + ", " + std::to_string(late) +
                       " days after the cycle's deadline (" + to_iso_string(*deadline) + ")"),
             "$.adoption.date");
}

void adoption_date_missing(RuleContext& c)
{
    if (c.plan.adoption().date || c.plan.years().empty()) return;
    const auto deadline = c.plan.adoption_deadline();
    const auto& body = c.plan.adoption().body ? c.plan.adoption().body : c.plan.organisation()->cycle().adopted_by;
    c.report(c.say("Planen anger inte när den fastställdes" +
                       (deadline ? "; enligt planeringscykeln ska " + body_name(c.plan, body) + " fastställa den senast " +
                                       to_iso_string(*deadline)
                                 : std::string()),
                   "The plan does not say when it was adopted" +
                       (deadline ? "; under the cycle " + body_name(c.plan, body) + " adopts it by " + to_iso_string(*deadline)
                                 : std::string())),
             "$.adoption.date");
}

void year_statuses(RuleContext& c)
{
    const auto& expected = c.plan.organisation()->cycle().year_statuses;
    const auto& years = c.plan.years();
    for (std::size_t i = 0; i < years.size() && i < expected.size(); ++i) {
        if (years[i].status == expected[i]) continue;
        c.report(c.say("År " + std::to_string(i + 1) + " i planen (" + std::to_string(years[i].year) + ") är " +
                           to_string(years[i].status) + " men planeringscykeln säger " + to_string(expected[i]),
                       "Year " + std::to_string(i + 1) + " of the plan (" + std::to_string(years[i].year) + ") is " +
                           to_string(years[i].status) + " but the cycle says " + to_string(expected[i])),
                 "$.years[" + std::to_string(i) + "].status");
    }
}

void horizon(RuleContext& c)
{
    const int normal = c.plan.organisation()->cycle().horizon_years;
    const int actual = static_cast<int>(c.plan.years().size());
    if (actual == normal || !c.plan.horizon_exception().empty()) return;
    c.report(c.say("Planen omfattar " + std::to_string(actual) + " år men är normalt " + std::to_string(normal) +
                       "-årig, och inget undantag är angivet",
                   "The plan covers " + std::to_string(actual) + " years but normally covers " + std::to_string(normal) +
                       ", and no exception is recorded"),
             "$.years");
}

}  // namespace

void add_plan_rules(std::vector<Rule>& rules)
{
    rules.push_back({{"plan.responsible_missing", "plan", Severity::Error, "Varje aktivitet ska ha en ansvarig.",
                      "Every activity has someone responsible.", {}},
                     responsible_missing});
    rules.push_back({{"plan.dates_outside_years", "plan", Severity::Warning,
                      "En aktivitets tid ska ligga inom planens år.", "An activity's timing lies within the plan's years.", {}},
                     dates_outside});
    rules.push_back({{"plan.dates_partly_outside_years", "plan", Severity::Info,
                      "En aktivitet som sträcker sig utanför planens år noteras.",
                      "An activity that reaches outside the plan's years is noted.", {}},
                     dates_partly_outside});
    rules.push_back({{"plan.adoption_deadline", "plan", Severity::Error,
                      "Planen ska fastställas senast enligt planeringscykeln (t.ex. i juni året innan).",
                      "The plan is adopted by the cycle's deadline (for example June of the year before).", {}},
                     adoption_deadline});
    rules.push_back({{"plan.adoption_date_missing", "plan", Severity::Info,
                      "Planen bör ange när den fastställdes.", "The plan should say when it was adopted.", {}},
                     adoption_date_missing});
    rules.push_back({{"plan.year_statuses", "plan", Severity::Error,
                      "Årens status ska följa planeringscykeln (fastställd, preliminär, förslagsbank).",
                      "The years' statuses follow the cycle (adopted, preliminary, proposal bank).", {}},
                     year_statuses});
    rules.push_back({{"plan.horizon", "plan", Severity::Warning,
                      "Planen ska omfatta så många år som cykeln säger, eller ange varför inte.",
                      "The plan covers as many years as the cycle says, or says why not.", {}},
                     horizon});
}

}  // namespace miljoplan::detail
