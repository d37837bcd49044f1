// SPDX-License-Identifier: Apache-2.0
#include <algorithm>

#include "miljoplan/analysis/year_wheel.h"
#include "miljoplan/calendar/schedule.h"
#include "miljoplan/calendar/swedish_calendar.h"
#include "miljoplan/error.h"
#include "rules/checks.h"

namespace miljoplan::detail {

namespace {

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

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

}  // namespace

void check_timing(const Plan& plan, FindingSink& sink)
{
    const TimingContext context = timing_context(plan);
    for (std::size_t i = 0; i < plan.activities().size(); ++i) {
        const Activity& a = *plan.activities()[i];
        const std::string path = "$.activities[" + std::to_string(i) + "].timing";
        if (a.timing_text().empty()) continue;
        Timing t;
        try {
            t = parse_timing(a.timing_text(), context);
        } catch (const ParseError& e) {
            sink.add("timing.unreadable", Severity::Error,
                     sink.say("Tidsangivelsen för " + quoted(a.title()) + " går inte att tolka: ",
                              "The timing of " + quoted(a.title()) + " cannot be read: ") + e.detail(),
                     path);
            continue;
        }
        if (!t.unparsed.empty()) {
            sink.add("timing.unparsed", Severity::Warning,
                     sink.say("I tidsangivelsen " + quoted(t.text) + " för " + quoted(a.title()) + " förstås inte: " +
                                  quoted(t.unparsed),
                              "In the timing " + quoted(t.text) + " of " + quoted(a.title()) + " these words are not understood: " +
                                  quoted(t.unparsed)),
                     path);
        }
        // A day the phrase names explicitly: it should be a working day in a month the phrase allows.
        std::vector<Date> named = t.dates;
        for (const Date& day : named) {
            if (is_day_off(day)) {
                std::string why = "helgdag eller helg";
                for (const auto& h : swedish_holidays(day.year()))
                    if (h.date == day) why = h.name;
                if (why == "helgdag eller helg")
                    why = day.day_of_week() == boost::date_time::Saturday ? "lördag" : day.day_of_week() == boost::date_time::Sunday ? "söndag" : why;
                sink.add("calendar.day_off", Severity::Warning,
                         sink.say(quoted(a.title()) + " är satt till " + to_iso_string(day) + ", en ledig dag (" + why + ")",
                                  quoted(a.title()) + " is set on " + to_iso_string(day) + ", a day off (" + why + ")"),
                         path);
            }
            if (excluded(t, day.month().as_number())) {
                sink.add("calendar.excluded_month", Severity::Warning,
                         sink.say(quoted(a.title()) + " är satt till " + to_iso_string(day) +
                                      ", i en månad som tidsangivelsen själv undantar",
                                  quoted(a.title()) + " is set on " + to_iso_string(day) +
                                      ", in a month its own timing excludes"),
                         path);
            }
        }
    }
}

}  // namespace miljoplan::detail
