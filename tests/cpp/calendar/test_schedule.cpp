// SPDX-License-Identifier: Apache-2.0
// expand(): a phrase's windows clipped to a year and its occurrences on exact days (docs/timing.md,
// "Expansion and the year wheel"). Dates were worked out by hand from the 2024-2030 calendar.
#include <algorithm>
#include <utility>

// gregorian.hpp brings operator<< for dates, so failure messages can show them.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <gtest/gtest.h>

#include "miljoplan/calendar/schedule.h"
#include "miljoplan/calendar/swedish_calendar.h"
#include "miljoplan/calendar/timing.h"
#include "miljoplan/error.h"

using miljoplan::Expansion;
using miljoplan::ExpandOptions;
using miljoplan::make_date;
using miljoplan::OccurrenceKind;
using miljoplan::parse_timing;
using miljoplan::SeasonReading;
using miljoplan::Timing;
using miljoplan::TimingContext;

namespace {

Expansion expand_phrase(const std::string& phrase, int year, const ExpandOptions& options = {},
                        SeasonReading seasons = SeasonReading::Term)
{
    return miljoplan::expand(parse_timing(phrase, TimingContext{year, seasons}), year, options);
}

// "2024-01-15 månad" for each occurrence, in order.
std::vector<std::string> days(const Expansion& e)
{
    std::vector<std::string> out;
    for (const auto& o : e.occurrences) out.push_back(miljoplan::to_iso_string(o.date) + " " + to_string(o.kind));
    return out;
}

std::vector<std::string> all(const std::vector<std::string>& dates, const std::string& kind)
{
    std::vector<std::string> out;
    for (const auto& d : dates) out.push_back(d + " " + kind);
    return out;
}

TEST(Schedule, MonthlyExceptJulyGivesElevenWorkingDaysFromTheFifteenth)
{
    const Expansion e = expand_phrase("1 gång per månad, bortsett från juli månad, under 2024", 2024);
    EXPECT_EQ(e.year, 2024);
    EXPECT_FALSE(e.has_suggestions);
    EXPECT_TRUE(e.windows.empty());
    // 15 June 2024 is a Saturday (-> Monday 17), 15 September and 15 December Sundays (-> Monday 16).
    EXPECT_EQ(days(e), all({"2024-01-15", "2024-02-15", "2024-03-15", "2024-04-15", "2024-05-15", "2024-06-17",
                            "2024-08-15", "2024-09-16", "2024-10-15", "2024-11-15", "2024-12-16"},
                           "månad"));
    for (const auto& o : e.occurrences) {
        EXPECT_EQ(o.cadence, 0);
        EXPECT_EQ(o.label, "");
        EXPECT_NE(o.date.month().as_number(), 7);
    }
}

TEST(Schedule, AMonthlyDayOnAHolidayMovesToTheNextWorkingDay)
{
    // 2028: 15 April is a Saturday and Monday 17 April is annandag påsk, so April's meeting is Tuesday 18.
    const Expansion e = expand_phrase("varje månad", 2028);
    ASSERT_EQ(e.occurrences.size(), 12u);
    EXPECT_EQ(e.occurrences[3].date, make_date(2028, 4, 18));
    // From the 6th in 2025: trettondedag jul (Monday 6 January) and nationaldagen (Friday 6 June) move on.
    ExpandOptions sixth;
    sixth.suggested_day = 6;
    const Expansion from6 = expand_phrase("1 gång per månad", 2025, sixth);
    ASSERT_EQ(from6.occurrences.size(), 12u);
    EXPECT_EQ(from6.occurrences[0].date, make_date(2025, 1, 7));
    EXPECT_EQ(from6.occurrences[5].date, make_date(2025, 6, 9));
    // From the 20th: midsommarafton 2025 is Friday 20 June -> Monday 23 June.
    ExpandOptions twentieth;
    twentieth.suggested_day = 20;
    EXPECT_EQ(expand_phrase("1 gång per månad", 2025, twentieth).occurrences[5].date, make_date(2025, 6, 23));
}

TEST(Schedule, In2024To2030OnlyApril2028MovesOffAWeekdayHoliday)
{
    // No 15th of 2024-2030 is a weekday holiday (svenska-helgdagar.md, section 3); the one month where the
    // first weekday on or after the 15th is a day off is April 2028 (annandag påsk, Monday 17 April).
    std::vector<std::string> moved;
    for (int year = 2024; year <= 2030; ++year) {
        for (int month = 1; month <= 12; ++month) {
            auto day = make_date(year, month, 15);
            EXPECT_FALSE(day.day_of_week().as_number() % 6 != 0 && miljoplan::is_day_off(day)) << day;
            while (day.day_of_week().as_number() % 6 == 0) day += boost::gregorian::days(1);
            if (miljoplan::is_day_off(day)) moved.push_back(miljoplan::to_iso_string(day));
        }
    }
    EXPECT_EQ(moved, (std::vector<std::string>{"2028-04-17"}));
}

TEST(Schedule, ASuggestionNeverLeavesItsMonth)
{
    // From the 22nd, the latest day allowed: a working day always follows within the month. December 2024:
    // Sunday the 22nd moves to Monday 23 December; February 2024: Thursday the 22nd stays.
    ExpandOptions last;
    last.suggested_day = 22;
    const Expansion e = expand_phrase("varje månad", 2024, last);
    ASSERT_EQ(e.occurrences.size(), 12u);
    EXPECT_EQ(e.occurrences[1].date, make_date(2024, 2, 22));
    EXPECT_EQ(e.occurrences[11].date, make_date(2024, 12, 23));
    for (std::size_t m = 0; m < 12; ++m) {
        EXPECT_TRUE(miljoplan::is_working_day(e.occurrences[m].date)) << e.occurrences[m].date;
        EXPECT_EQ(e.occurrences[m].date.month().as_number(), static_cast<int>(m + 1)) << e.occurrences[m].date;
    }
    // A later day could run out of working days (31 December 2024 is nyårsafton), so expand() refuses it,
    // and likewise a day before the 1st and an avoided month that is no month.
    const Timing monthly = parse_timing("varje månad", TimingContext{2024});
    for (int day : {0, 23, 29, 31}) {
        ExpandOptions bad;
        bad.suggested_day = day;
        EXPECT_THROW(miljoplan::expand(monthly, 2024, bad), miljoplan::InvalidArgument) << day;
    }
    for (int month : {0, 13}) {
        ExpandOptions bad;
        bad.avoid_months = {7, month};
        EXPECT_THROW(miljoplan::expand(monthly, 2024, bad), miljoplan::InvalidArgument) << month;
    }
    ExpandOptions first;
    first.suggested_day = 1;
    EXPECT_EQ(miljoplan::expand(monthly, 2024, first).occurrences[0].date, make_date(2024, 1, 2));  // 1 January is a holiday
}

TEST(Schedule, ThreeTimesAYearIsSpreadOverFebruaryJuneAndNovember)
{
    const Expansion e = expand_phrase("3 gånger per år", 2024);
    EXPECT_TRUE(e.has_suggestions);
    EXPECT_EQ(days(e), all({"2024-02-15", "2024-06-17", "2024-11-15"}, "förslag"));
    for (const auto& o : e.occurrences) EXPECT_TRUE(miljoplan::is_working_day(o.date));
    // 2025: 15 February is a Saturday, 15 June a Sunday.
    EXPECT_EQ(days(expand_phrase("3 gånger per år", 2025)), all({"2025-02-17", "2025-06-16", "2025-11-17"}, "förslag"));
}

TEST(Schedule, ACountRangeSuggestsItsMaximumOrMinimum)
{
    EXPECT_EQ(days(expand_phrase("2-3 gånger per år", 2024)), all({"2024-02-15", "2024-06-17", "2024-11-15"}, "förslag"));
    ExpandOptions minimum;
    minimum.plan_for_max = false;
    // Two in the eleven months other than July: the 3rd and the 9th allowed month, March and October.
    EXPECT_EQ(days(expand_phrase("2-3 gånger per år", 2024, minimum)), all({"2024-03-15", "2024-10-15"}, "förslag"));
    EXPECT_EQ(days(expand_phrase("2 gånger per år", 2024)), all({"2024-03-15", "2024-10-15"}, "förslag"));
}

TEST(Schedule, EveryOtherMonthKeepsJulyUnlessExcluded)
{
    // A regular cadence fixes its months: July is avoided only by suggestions (docs/timing.md).
    EXPECT_EQ(days(expand_phrase("varannan månad", 2024)),
              all({"2024-01-15", "2024-03-15", "2024-05-15", "2024-07-15", "2024-09-16", "2024-11-15"}, "månad"));
    // Excluding July drops July's meeting; the rhythm stays every other calendar month.
    EXPECT_EQ(days(expand_phrase("varannan månad, utom juli", 2024)),
              all({"2024-01-15", "2024-03-15", "2024-05-15", "2024-09-16", "2024-11-15"}, "månad"));
    EXPECT_EQ(days(expand_phrase("var tredje månad", 2024)),
              all({"2024-01-15", "2024-04-15", "2024-07-15", "2024-10-15"}, "månad"));
    EXPECT_EQ(miljoplan::cadence_months(parse_timing("varannan månad, utom juli").cadences.at(0), 2024),
              (std::vector<int>{1, 3, 5, 9, 11}));
}

TEST(Schedule, OncePerQuarterIsOneSuggestionInEachQuarter)
{
    // The middle allowed month of each quarter; in the third July is avoided, leaving August and September.
    EXPECT_EQ(days(expand_phrase("en gång per kvartal", 2024)),
              all({"2024-02-15", "2024-05-15", "2024-09-16", "2024-11-15"}, "förslag"));
    EXPECT_EQ(days(expand_phrase("2 gånger per termin", 2024)),
              all({"2024-02-15", "2024-05-15", "2024-09-16", "2024-11-15"}, "förslag"));
}

TEST(Schedule, WeeklyCadenceGivesTheFirstWorkingDayOfEachWeek)
{
    const Expansion e = expand_phrase("1 gång per vecka under mars 2024", 2024);
    // ISO weeks touching March 2024 start on 26 February, 4, 11, 18 and 25 March. The first week's day is
    // its first working day inside March (Friday 1 March), not Monday 26 February outside the scope.
    EXPECT_EQ(days(e), all({"2024-03-01", "2024-03-04", "2024-03-11", "2024-03-18", "2024-03-25"}, "månad"));
    // The week of 1 April starts with annandag påsk: Tuesday 2 April.
    const Expansion april = expand_phrase("veckovis under april 2024", 2024);
    ASSERT_FALSE(april.occurrences.empty());
    EXPECT_EQ(april.occurrences.front().date, make_date(2024, 4, 2));
}

TEST(Schedule, WindowsAreClippedToTheYear)
{
    const Expansion e = expand_phrase("2023-2024 (tillsynsbesök höst 2023-sommar 2024)", 2024);
    ASSERT_EQ(e.windows.size(), 2u);
    EXPECT_EQ(e.windows[0].range, miljoplan::DateRange::year(2024));
    EXPECT_EQ(e.windows[1].range.to_string(), "2024-01-01\xE2\x80\x93" "2024-08-31");
    EXPECT_EQ(e.windows[1].label, "tillsynsbesök");
    // The one-off suggestion goes to the middle allowed month of the main period: June (July avoided).
    EXPECT_EQ(days(e), all({"2024-06-17"}, "förslag"));
    const Expansion y2023 = expand_phrase("2023-2024 (tillsynsbesök höst 2023-sommar 2024)", 2023);
    ASSERT_EQ(y2023.windows.size(), 2u);
    EXPECT_EQ(y2023.windows[1].range.to_string(), "2023-08-01\xE2\x80\x93" "2023-12-31");
}

TEST(Schedule, APhraseOutsideTheYearExpandsToNothing)
{
    const std::pair<const char*, int> rows[] = {{"Våren 2023", 2024},         {"3 mars 2025", 2024},
                                                {"senast den 1 april 2023", 2024}, {"1 gång per månad under 2025", 2024},
                                                {"vecka 1 2025", 2023},       {"Hösten 2024, 3 gånger per år", 2025}};
    for (const auto& [phrase, year] : rows) {
        const Expansion e = expand_phrase(phrase, year);
        EXPECT_TRUE(e.windows.empty()) << phrase;
        EXPECT_TRUE(e.occurrences.empty()) << phrase;
        EXPECT_FALSE(e.has_suggestions) << phrase;
    }
    // "vecka 1 2025" starts on 30 December 2024: it belongs to both years.
    EXPECT_EQ(expand_phrase("vecka 1 2025", 2024).windows.at(0).range.to_string(), "2024-12-30\xE2\x80\x93" "2024-12-31");
}

TEST(Schedule, AWindowAloneSuggestsItsMiddleMonth)
{
    EXPECT_EQ(days(expand_phrase("Våren 2024", 2024)), all({"2024-04-15"}, "förslag"));
    EXPECT_EQ(days(expand_phrase("Hösten 2024", 2024)), all({"2024-10-15"}, "förslag"));
    EXPECT_EQ(days(expand_phrase("Februari 2024", 2024)), all({"2024-02-15"}, "förslag"));
    EXPECT_EQ(days(expand_phrase("Sommaren 2024", 2024)), all({"2024-08-15"}, "förslag"));
    // Under the calendar reading spring is March-May: April again; autumn September-November: October.
    EXPECT_EQ(days(expand_phrase("Våren 2025", 2025, {}, SeasonReading::Calendar)), all({"2025-04-15"}, "förslag"));
    // Two phases: one suggestion each.
    EXPECT_EQ(days(expand_phrase("Fas 1: Vår 2024 Fas 2: Höst 2024", 2024)),
              all({"2024-04-15", "2024-10-15"}, "förslag"));
    ExpandOptions no_one_off;
    no_one_off.one_in_window = false;
    EXPECT_TRUE(expand_phrase("Våren 2024", 2024, no_one_off).occurrences.empty());
    // "Löpande" runs without occurrences.
    const Expansion running = expand_phrase("Löpande", 2024);
    EXPECT_TRUE(running.occurrences.empty());
    ASSERT_EQ(running.windows.size(), 1u);
    EXPECT_EQ(running.windows[0].kind, miljoplan::WindowKind::Scope);
}

TEST(Schedule, NamedDaysAndDeadlinesKeepTheirDays)
{
    // Named days keep their day even when it is a day off: the checks warn about that instead.
    EXPECT_EQ(days(expand_phrase("3 mars och 9 november 2015", 2015)), (std::vector<std::string>{"2015-03-03 datum", "2015-11-09 datum"}));
    EXPECT_EQ(days(expand_phrase("6 juni 2024", 2024)), (std::vector<std::string>{"2024-06-06 datum"}));
    EXPECT_EQ(days(expand_phrase("senast den 1 april", 2024)), (std::vector<std::string>{"2024-04-01 senast"}));
    EXPECT_EQ(days(expand_phrase("före 1 april", 2024)), (std::vector<std::string>{"2024-03-31 senast"}));
}

TEST(Schedule, CadencesFallInsideThePhrasesWindows)
{
    // Without its own scope a cadence stays inside the phrase's period: autumn 2024 is August-December.
    EXPECT_EQ(days(expand_phrase("Hösten 2024, 1 gång per månad", 2024)),
              all({"2024-08-15", "2024-09-16", "2024-10-15", "2024-11-15", "2024-12-16"}, "månad"));
    // Three suggestions over August-December: the 1st, 3rd and 5th month.
    EXPECT_EQ(days(expand_phrase("Hösten 2024, 3 gånger per år", 2024)),
              all({"2024-08-15", "2024-10-15", "2024-12-16"}, "förslag"));
    // A scope over two years repeats in both.
    EXPECT_EQ(expand_phrase("1 gång per månad under 2024-2025", 2025).occurrences.size(), 12u);
    EXPECT_TRUE(expand_phrase("1 gång per månad under 2024-2025", 2026).occurrences.empty());
    // Only July left: a suggestion may then fall in July.
    EXPECT_EQ(days(expand_phrase("2 gånger per år under juli 2024", 2024)),
              all({"2024-07-08", "2024-07-22"}, "förslag"));
}

TEST(Schedule, LabelsAndCadenceIndexesFollowTheParts)
{
    const Expansion e = expand_phrase(
        "3 gånger per år inför styrgruppsmötena, samt en kortare avstämning en gång per månad, förutom i juli månad.",
        2024);
    ASSERT_EQ(e.occurrences.size(), 14u);
    int suggested = 0;
    for (const auto& o : e.occurrences) {
        if (o.kind == OccurrenceKind::Suggested) {
            ++suggested;
            EXPECT_EQ(o.cadence, 0);
            EXPECT_EQ(o.label, "");
        } else {
            EXPECT_EQ(o.kind, OccurrenceKind::Monthly);
            EXPECT_EQ(o.cadence, 1);
            EXPECT_EQ(o.label, "en kortare avstämning");
        }
    }
    EXPECT_EQ(suggested, 3);
    EXPECT_TRUE(std::is_sorted(e.occurrences.begin(), e.occurrences.end(),
                               [](const auto& a, const auto& b) { return a.date < b.date; }));
}

TEST(Schedule, NextWorkingDaySkipsWeekendsAndHolidays)
{
    EXPECT_EQ(miljoplan::next_working_day(make_date(2024, 12, 24)), make_date(2024, 12, 27));
    EXPECT_EQ(miljoplan::next_working_day(make_date(2024, 3, 29)), make_date(2024, 4, 2));
    EXPECT_EQ(miljoplan::next_working_day(make_date(2024, 3, 28)), make_date(2024, 3, 28));
    EXPECT_EQ(miljoplan::next_working_day(make_date(2024, 12, 31)), make_date(2025, 1, 2));
}

TEST(Schedule, OccurrenceKindNames)
{
    EXPECT_EQ(to_string(OccurrenceKind::Dated), "datum");
    EXPECT_EQ(to_string(OccurrenceKind::Monthly), "månad");
    EXPECT_EQ(to_string(OccurrenceKind::Suggested), "förslag");
    EXPECT_EQ(to_string(OccurrenceKind::Deadline), "senast");
}

}  // namespace
