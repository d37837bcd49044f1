// SPDX-License-Identifier: Apache-2.0
// Properties of expand() over many generated phrases: every scope (each month name, the seasons, the
// year) x exclusion sets x cadence forms x the years 2020-2030 x both season readings. Whatever the phrase,
// no occurrence may fall in an excluded month, outside the year or outside the cadence's scope; monthly and
// suggested days are working days; regular cadences give one occurrence per cadence month; and counts give
// exactly their minimum or maximum per period that has a month left.
#include <algorithm>
#include <set>

// gregorian.hpp brings operator<< for dates, so failure messages can show them.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <gtest/gtest.h>

#include "calendar/timing_vocabulary.h"
#include "miljoplan/calendar/schedule.h"
#include "miljoplan/calendar/swedish_calendar.h"
#include "miljoplan/calendar/timing.h"

using miljoplan::Cadence;
using miljoplan::CadencePeriod;
using miljoplan::DateRange;
using miljoplan::ExpandOptions;
using miljoplan::OccurrenceKind;
using miljoplan::SeasonReading;

namespace {

struct Exclusion {
    std::string words;  // appended to the cadence
    std::set<int> months;
};

std::vector<Exclusion> exclusions(int rotating)
{
    const std::string name = miljoplan::detail::month_name(rotating);
    return {
        {"", {}},
        {", förutom i juli", {7}},
        {" utom juli och augusti", {7, 8}},
        {", undantaget sommaren", {6, 7, 8}},
        {", bortsett från " + name + " månad", {rotating}},
        {" med undantag för januari, " + name + " och december", {1, rotating, 12}},
    };
}

// The months (1-12) of each period a count is spread over.
std::vector<std::vector<int>> period_months(CadencePeriod per)
{
    switch (per) {
    case CadencePeriod::Year: return {{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}};
    case CadencePeriod::HalfYear: return {{1, 2, 3, 4, 5, 6}, {7, 8, 9, 10, 11, 12}};
    case CadencePeriod::Term: return {{1, 2, 3, 4, 5, 6}, {8, 9, 10, 11, 12}};
    case CadencePeriod::Tertial: return {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}};
    case CadencePeriod::Quarter: return {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {10, 11, 12}};
    case CadencePeriod::Month: return {{1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11}, {12}};
    case CadencePeriod::Week: return {};
    }
    return {};
}

// How many suggestions a count must give in @p year: its count in every period that keeps a month inside
// the scope that is not excluded (July is only avoided, so it still counts as a month left).
int expected_suggestions(const Cadence& c, const DateRange& scope, int year, bool plan_for_max)
{
    int total = 0;
    for (const auto& months : period_months(c.per)) {
        bool any = false;
        for (int m : months) {
            const bool excluded = std::count(c.excluded_months.begin(), c.excluded_months.end(), m) > 0;
            any = any || (!excluded && DateRange::month(year, m).overlaps(scope));
        }
        if (any) total += plan_for_max ? c.max : c.min;
    }
    return total;
}

struct Tally {
    long phrases = 0;
    long occurrences = 0;
    long suggested = 0;
    long monthly = 0;
};

void check_phrase(const std::string& phrase, int year, SeasonReading seasons, bool plan_for_max, Tally& tally)
{
    SCOPED_TRACE(phrase + " / " + std::to_string(year) + (seasons == SeasonReading::Calendar ? " kalender" : ""));
    const auto timing = miljoplan::parse_timing(phrase, miljoplan::TimingContext{year, seasons});
    ASSERT_EQ(timing.unparsed, "");
    ASSERT_EQ(timing.cadences.size(), 1u);
    const Cadence& c = timing.cadences[0];
    ASSERT_TRUE(c.within.has_value());
    ExpandOptions options;
    options.plan_for_max = plan_for_max;
    const auto e = miljoplan::expand(timing, year, options);
    const DateRange whole = DateRange::year(year);
    const DateRange scope = c.within->intersect(whole);
    ++tally.phrases;
    for (const auto& o : e.occurrences) {
        ++tally.occurrences;
        const int month = o.date.month().as_number();
        EXPECT_EQ(std::count(c.excluded_months.begin(), c.excluded_months.end(), month), 0) << o.date;
        EXPECT_TRUE(whole.contains(o.date)) << o.date;
        EXPECT_TRUE(scope.contains(o.date)) << o.date << " outside " << scope.to_string();
        EXPECT_EQ(o.cadence, 0);
        ASSERT_TRUE(o.kind == OccurrenceKind::Monthly || o.kind == OccurrenceKind::Suggested);
        EXPECT_TRUE(miljoplan::is_working_day(o.date)) << o.date;
        tally.suggested += o.kind == OccurrenceKind::Suggested;
        tally.monthly += o.kind == OccurrenceKind::Monthly;
    }
    if (c.is_regular() && c.per == CadencePeriod::Month) {
        const auto months = miljoplan::cadence_months(c, year);
        ASSERT_EQ(e.occurrences.size(), months.size());
        for (std::size_t i = 0; i < months.size(); ++i) {
            EXPECT_EQ(e.occurrences[i].date.month().as_number(), months[i]);
            // The first working day on or after the 15th: every day before it from the 15th is a day off.
            const auto& d = e.occurrences[i].date;
            EXPECT_GE(d.day().as_number(), 15) << d;
            for (auto k = miljoplan::make_date(year, months[i], 15); k < d; k += boost::gregorian::days(1))
                EXPECT_FALSE(miljoplan::is_working_day(k)) << k;
        }
        EXPECT_FALSE(e.has_suggestions);
    } else if (!c.is_regular()) {
        EXPECT_EQ(static_cast<int>(e.occurrences.size()), expected_suggestions(c, scope, year, plan_for_max));
        EXPECT_EQ(e.has_suggestions, true);
    }
    EXPECT_TRUE(std::is_sorted(e.occurrences.begin(), e.occurrences.end(),
                               [](const auto& a, const auto& b) { return a.date < b.date; }));
}

const char* const kCadences[] = {
    "1 gång per månad", "varannan månad", "var tredje månad", "3 gånger per år", "2-3 gånger per år",
    "en gång per kvartal", "2 gånger per termin", "1-2 ggr per halvår", "4 gånger per tertial", "veckovis",
};

// The scopes of a year: every month name, the seasons (which depend on the reading), the year.
std::vector<std::string> scopes(int year)
{
    std::vector<std::string> out;
    const std::string y = " " + std::to_string(year);
    for (int m = 1; m <= 12; ++m) out.push_back(std::string(miljoplan::detail::month_name(m)) + y);
    for (const char* s : {"våren", "sommaren", "hösten", "vårterminen", "höstterminen"}) out.push_back(s + y);
    out.push_back(std::to_string(year));
    return out;
}

TEST(ScheduleProperties, GeneratedPhrasesKeepEveryRule)
{
    Tally tally;
    for (int year = 2020; year <= 2030; ++year) {
        for (const auto reading : {SeasonReading::Term, SeasonReading::Calendar}) {
            const auto all_scopes = scopes(year);
            for (std::size_t s = 0; s < all_scopes.size(); ++s) {
                // The rotating exclusion walks through the months so every month gets excluded somewhere.
                const int rotating = static_cast<int>((s + static_cast<std::size_t>(year)) % 12) + 1;
                for (const auto& ex : exclusions(rotating)) {
                    for (const char* cadence : kCadences) {
                        const std::string phrase = std::string(cadence) + ex.words + ", under " + all_scopes[s];
                        check_phrase(phrase, year, reading, (s + year) % 2 == 0, tally);
                        if (::testing::Test::HasFatalFailure()) return;
                    }
                }
            }
        }
    }
    // The loops really ran and produced both kinds of occurrence.
    EXPECT_EQ(tally.phrases, 11L * 2 * 18 * 6 * 10);
    EXPECT_GT(tally.monthly, 10000);
    EXPECT_GT(tally.suggested, 10000);
}

TEST(ScheduleProperties, ExclusionsParseToTheirMonths)
{
    // The generator's exclusion words mean what the generator claims; otherwise the test above proves little.
    for (int rotating = 1; rotating <= 12; ++rotating) {
        for (const auto& ex : exclusions(rotating)) {
            const auto t = miljoplan::parse_timing("1 gång per månad" + ex.words + ", under 2024");
            ASSERT_EQ(t.cadences.size(), 1u) << ex.words;
            const std::set<int> got(t.cadences[0].excluded_months.begin(), t.cadences[0].excluded_months.end());
            EXPECT_EQ(got, ex.months) << ex.words;
            EXPECT_EQ(t.unparsed, "") << ex.words;
        }
    }
}

TEST(ScheduleProperties, SuggestionsAvoidJulyWheneverAnotherMonthIsLeft)
{
    for (int year = 2020; year <= 2030; ++year) {
        for (const char* cadence : {"3 gånger per år", "2 gånger per halvår", "en gång per kvartal", "1 gång per tertial"}) {
            const auto e = miljoplan::expand(miljoplan::parse_timing(cadence, {year, SeasonReading::Term}), year);
            for (const auto& o : e.occurrences) EXPECT_NE(o.date.month().as_number(), 7) << cadence << " " << o.date;
        }
    }
}

}  // namespace
