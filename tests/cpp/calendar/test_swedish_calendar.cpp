// SPDX-License-Identifier: Apache-2.0
// The Swedish calendar against the project's reference table of Swedish days off (svenska-helgdagar.md, which
// cites its sources): Easter and every named day off 2023-2030, the 2004/2005 change of the law
// (SFS 2004:1320), working days, and ISO 8601 weeks.
#include <algorithm>
#include <map>
#include <vector>

// gregorian.hpp brings operator<< for dates, so failure messages can show them.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <gtest/gtest.h>

#include "miljoplan/calendar/swedish_calendar.h"
#include "miljoplan/error.h"

using miljoplan::DayOffKind;
using miljoplan::Holiday;
using miljoplan::InvalidArgument;
using miljoplan::IsoWeek;
using miljoplan::make_date;
using miljoplan::swedish_holidays;
using boost::gregorian::days;

namespace {

// One row of the reference table (section 3): the movable days as MM-DD, and the ISO weeks of the year.
struct YearRow {
    int year;
    const char* good_friday;
    const char* easter;
    const char* easter_monday;
    const char* ascension;
    const char* whitsun;
    const char* midsummer_eve;
    const char* midsummer_day;
    const char* all_saints;
    int iso_weeks;
};

const YearRow kRows[] = {
    {2023, "04-07", "04-09", "04-10", "05-18", "05-28", "06-23", "06-24", "11-04", 52},
    {2024, "03-29", "03-31", "04-01", "05-09", "05-19", "06-21", "06-22", "11-02", 52},
    {2025, "04-18", "04-20", "04-21", "05-29", "06-08", "06-20", "06-21", "11-01", 52},
    {2026, "04-03", "04-05", "04-06", "05-14", "05-24", "06-19", "06-20", "10-31", 53},
    {2027, "03-26", "03-28", "03-29", "05-06", "05-16", "06-25", "06-26", "11-06", 52},
    {2028, "04-14", "04-16", "04-17", "05-25", "06-04", "06-23", "06-24", "11-04", 52},
    {2029, "03-30", "04-01", "04-02", "05-10", "05-20", "06-22", "06-23", "11-03", 52},
    {2030, "04-19", "04-21", "04-22", "05-30", "06-09", "06-21", "06-22", "11-02", 52},
};

std::string iso(int year, const char* month_day) { return std::to_string(year) + "-" + month_day; }

// name -> (ISO date, kind) of the year's listed days off.
std::map<std::string, std::pair<std::string, DayOffKind>> by_name(int year)
{
    std::map<std::string, std::pair<std::string, DayOffKind>> out;
    for (const Holiday& h : swedish_holidays(year)) out[h.name] = {miljoplan::to_iso_string(h.date), h.kind};
    return out;
}

class HolidayYear : public ::testing::TestWithParam<YearRow> {};

TEST_P(HolidayYear, MatchesTheReferenceTable)
{
    const YearRow& r = GetParam();
    EXPECT_EQ(miljoplan::to_iso_string(miljoplan::easter_sunday(r.year)), iso(r.year, r.easter));
    const auto days_off = by_name(r.year);
    const std::map<std::string, std::pair<std::string, DayOffKind>> expected{
        {"Nyårsdagen", {iso(r.year, "01-01"), DayOffKind::PublicHoliday}},
        {"Trettondedag jul", {iso(r.year, "01-06"), DayOffKind::PublicHoliday}},
        {"Långfredagen", {iso(r.year, r.good_friday), DayOffKind::PublicHoliday}},
        {"Påskdagen", {iso(r.year, r.easter), DayOffKind::PublicHoliday}},
        {"Annandag påsk", {iso(r.year, r.easter_monday), DayOffKind::PublicHoliday}},
        {"Första maj", {iso(r.year, "05-01"), DayOffKind::PublicHoliday}},
        {"Kristi himmelsfärdsdag", {iso(r.year, r.ascension), DayOffKind::PublicHoliday}},
        {"Pingstdagen", {iso(r.year, r.whitsun), DayOffKind::PublicHoliday}},
        {"Nationaldagen", {iso(r.year, "06-06"), DayOffKind::PublicHoliday}},
        {"Midsommarafton", {iso(r.year, r.midsummer_eve), DayOffKind::DeFacto}},
        {"Midsommardagen", {iso(r.year, r.midsummer_day), DayOffKind::PublicHoliday}},
        {"Alla helgons dag", {iso(r.year, r.all_saints), DayOffKind::PublicHoliday}},
        {"Julafton", {iso(r.year, "12-24"), DayOffKind::DeFacto}},
        {"Juldagen", {iso(r.year, "12-25"), DayOffKind::PublicHoliday}},
        {"Annandag jul", {iso(r.year, "12-26"), DayOffKind::PublicHoliday}},
        {"Nyårsafton", {iso(r.year, "12-31"), DayOffKind::DeFacto}},
    };
    EXPECT_EQ(days_off, expected);
    // The law's thirteen named holidays (påskdagen and pingstdagen among them, though Sundays) and the
    // three de facto days off: sixteen listed days, in date order.
    const auto list = swedish_holidays(r.year);
    EXPECT_EQ(list.size(), 16u);
    EXPECT_TRUE(std::is_sorted(list.begin(), list.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; }));
    EXPECT_EQ(miljoplan::iso_weeks_in_year(r.year), r.iso_weeks);
}

INSTANTIATE_TEST_SUITE_P(Reference, HolidayYear, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<YearRow>& row) { return "y" + std::to_string(row.param.year); });

TEST(SwedishCalendar, MovableDaysKeepTheirWeekdays)
{
    for (int year = 1990; year <= 2100; ++year) {
        SCOPED_TRACE(year);
        const auto d = by_name(year);
        const auto weekday = [&](const std::string& name) {
            return miljoplan::parse_iso_date(d.at(name).first).day_of_week().as_number();
        };
        EXPECT_EQ(weekday("Påskdagen"), 0);
        EXPECT_EQ(weekday("Pingstdagen"), 0);
        EXPECT_EQ(weekday("Långfredagen"), 5);
        EXPECT_EQ(weekday("Kristi himmelsfärdsdag"), 4);
        EXPECT_EQ(weekday("Midsommardagen"), 6);
        EXPECT_EQ(weekday("Alla helgons dag"), 6);
        // Midsommarafton is always a Friday, 19-25 June.
        const auto eve = miljoplan::parse_iso_date(d.at("Midsommarafton").first);
        EXPECT_EQ(eve.day_of_week().as_number(), 5);
        EXPECT_EQ(eve.month().as_number(), 6);
        EXPECT_GE(eve.day().as_number(), 19);
        EXPECT_LE(eve.day().as_number(), 25);
        // Easter falls 22 March-25 April.
        const auto easter = miljoplan::easter_sunday(year);
        EXPECT_FALSE(easter < make_date(year, 3, 22));
        EXPECT_FALSE(make_date(year, 4, 25) < easter);
    }
}

TEST(SwedishCalendar, NationalDayReplacedWhitMondayIn2005)
{
    const auto y2004 = by_name(2004);
    ASSERT_EQ(y2004.count("Annandag pingst"), 1u);
    EXPECT_EQ(y2004.at("Annandag pingst").first, "2004-05-31");  // påskdagen 2004-04-11 + 50 days
    EXPECT_EQ(y2004.count("Nationaldagen"), 0u);
    EXPECT_FALSE(miljoplan::is_public_holiday(make_date(2004, 6, 7)));  // a Monday that was not yet a holiday
    EXPECT_FALSE(miljoplan::is_day_off(make_date(2004, 6, 7)));
    EXPECT_TRUE(miljoplan::is_public_holiday(make_date(2004, 5, 31)));
    const auto y2005 = by_name(2005);
    EXPECT_EQ(y2005.count("Annandag pingst"), 0u);
    ASSERT_EQ(y2005.count("Nationaldagen"), 1u);
    EXPECT_EQ(y2005.at("Nationaldagen").first, "2005-06-06");
    EXPECT_TRUE(miljoplan::is_public_holiday(make_date(2005, 6, 6)));
    EXPECT_FALSE(miljoplan::is_public_holiday(make_date(2005, 5, 16)));  // annandag pingst 2005, a working day
    EXPECT_TRUE(miljoplan::is_working_day(make_date(2005, 5, 16)));
}

TEST(SwedishCalendar, EverySundayIsAPublicHolidayAndNoSaturdayIs)
{
    for (auto d = make_date(2023, 1, 1); d < make_date(2031, 1, 1); d += days(1)) {
        const int weekday = d.day_of_week().as_number();
        if (weekday == 0) {
            EXPECT_TRUE(miljoplan::is_public_holiday(d)) << d;
            EXPECT_TRUE(miljoplan::is_day_off(d)) << d;
        }
        if (weekday == 6) {
            // Midsommardagen and alla helgons dag are Saturdays and public holidays; other Saturdays are not.
            bool named = false;
            for (const auto& h : swedish_holidays(d.year())) named = named || (h.date == d && h.kind == DayOffKind::PublicHoliday);
            EXPECT_EQ(miljoplan::is_public_holiday(d), named) << d;
            EXPECT_TRUE(miljoplan::is_day_off(d)) << d;
        }
        EXPECT_EQ(miljoplan::is_working_day(d), !miljoplan::is_day_off(d));
    }
}

TEST(SwedishCalendar, DeFactoDaysAreDaysOffButNotPublicHolidays)
{
    // Midsommarafton 2024 (Friday 21 June), julafton 2025 (Wednesday), nyårsafton 2024 (Tuesday).
    for (const auto& d : {make_date(2024, 6, 21), make_date(2025, 12, 24), make_date(2024, 12, 31)}) {
        EXPECT_FALSE(miljoplan::is_public_holiday(d)) << d;
        EXPECT_TRUE(miljoplan::is_day_off(d)) << d;
        EXPECT_FALSE(miljoplan::is_working_day(d)) << d;
    }
    // Weekday public holidays.
    for (const auto& d : {make_date(2024, 6, 6), make_date(2024, 5, 9), make_date(2025, 1, 6), make_date(2024, 4, 1)}) {
        EXPECT_TRUE(miljoplan::is_public_holiday(d)) << d;
        EXPECT_FALSE(miljoplan::is_working_day(d)) << d;
    }
    // Half days and eves that are ordinary working days: trettondedagsafton, valborg, skärtorsdagen 2024.
    for (const auto& d : {make_date(2024, 1, 5), make_date(2024, 4, 30), make_date(2024, 3, 28), make_date(2024, 6, 17)}) {
        EXPECT_FALSE(miljoplan::is_day_off(d)) << d;
        EXPECT_TRUE(miljoplan::is_working_day(d)) << d;
    }
    // The working days of 2024: 366 days, 104 weekend days, 11 weekday days off
    // (1/1, 6/1 is a Saturday, 29/3, 1/4, 1/5, 9/5, 6/6, 21/6, 24/12, 25/12, 26/12, 31/12 -> 11 on weekdays).
    int working = 0;
    for (auto d = make_date(2024, 1, 1); d < make_date(2025, 1, 1); d += days(1)) working += miljoplan::is_working_day(d);
    EXPECT_EQ(working, 366 - 104 - 11);
}

TEST(SwedishCalendar, DayOffAnswersMatchTheListedDaysInAnyOrder)
{
    // is_day_off keeps a per-year table and remembers the year it was last asked about; asking about days
    // out of order, across year ends and in years that share a cache slot must give the list's answers.
    std::vector<boost::gregorian::date> order;
    for (auto d = make_date(2023, 12, 20); d <= make_date(2027, 1, 10); d += days(1)) order.push_back(d);
    for (auto d = make_date(1960, 12, 25); d <= make_date(1961, 1, 8); d += days(1)) order.push_back(d);
    // 2088 = 2024 + 64: the same slot of the per-year cache as 2024.
    for (auto d = make_date(2088, 12, 25); d <= make_date(2089, 1, 8); d += days(1)) order.push_back(d);
    std::reverse(order.begin() + 200, order.begin() + 600);
    int days_off = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        // Alternate with a far year, so that consecutive questions never hit the remembered year.
        const auto d = i % 2 == 0 ? order[i] : order[order.size() - 1 - i];
        const auto listed = swedish_holidays(static_cast<int>(d.year()));
        const bool weekend = d.day_of_week() == boost::date_time::Saturday || d.day_of_week() == boost::date_time::Sunday;
        const bool holiday = std::any_of(listed.begin(), listed.end(), [&](const Holiday& h) { return h.date == d; });
        EXPECT_EQ(miljoplan::is_day_off(d), weekend || holiday) << d;
        EXPECT_EQ(miljoplan::is_working_day(d), !(weekend || holiday)) << d;
        days_off += weekend || holiday;
    }
    EXPECT_GT(days_off, 300);  // the walk met hundreds of weekends and holidays, not a handful
}

TEST(SwedishCalendar, IsoWeeksAcrossYearEnds)
{
    EXPECT_EQ(miljoplan::iso_week(make_date(2024, 12, 30)), (IsoWeek{2025, 1}));
    EXPECT_EQ(miljoplan::iso_week(make_date(2024, 12, 29)), (IsoWeek{2024, 52}));
    EXPECT_EQ(miljoplan::iso_week(make_date(2027, 1, 1)), (IsoWeek{2026, 53}));
    EXPECT_EQ(miljoplan::iso_week(make_date(2027, 1, 3)), (IsoWeek{2026, 53}));
    EXPECT_EQ(miljoplan::iso_week(make_date(2027, 1, 4)), (IsoWeek{2027, 1}));
    EXPECT_EQ(miljoplan::iso_week(make_date(2021, 1, 1)), (IsoWeek{2020, 53}));
    EXPECT_EQ(miljoplan::iso_week(make_date(2024, 1, 1)), (IsoWeek{2024, 1}));
    EXPECT_EQ(miljoplan::iso_week(make_date(2024, 3, 18)), (IsoWeek{2024, 12}));
    EXPECT_EQ(miljoplan::iso_week(make_date(2024, 3, 24)), (IsoWeek{2024, 12}));
    EXPECT_EQ(miljoplan::iso_weeks_in_year(2020), 53);  // a leap year starting on a Wednesday
    EXPECT_EQ(miljoplan::iso_weeks_in_year(2015), 53);  // starts on a Thursday
    EXPECT_EQ(miljoplan::iso_weeks_in_year(2025), 52);
    EXPECT_EQ(miljoplan::iso_weeks_in_year(2026), 53);
    EXPECT_EQ(miljoplan::iso_week_monday(2025, 1), make_date(2024, 12, 30));
    EXPECT_EQ(miljoplan::iso_week_monday(2026, 53), make_date(2026, 12, 28));
    EXPECT_EQ(miljoplan::iso_week_monday(2024, 12), make_date(2024, 3, 18));
}

TEST(SwedishCalendar, IsoWeekMondayRoundTripsAndRejectsMissingWeeks)
{
    for (int year = 2000; year <= 2040; ++year) {
        for (int week = 1; week <= miljoplan::iso_weeks_in_year(year); ++week) {
            const auto monday = miljoplan::iso_week_monday(year, week);
            ASSERT_EQ(monday.day_of_week().as_number(), 1) << year << " " << week;
            ASSERT_EQ(miljoplan::iso_week(monday), (IsoWeek{year, week}));
            ASSERT_EQ(miljoplan::iso_week(monday + days(6)), (IsoWeek{year, week}));
        }
    }
    EXPECT_THROW(miljoplan::iso_week_monday(2025, 53), InvalidArgument);
    EXPECT_THROW(miljoplan::iso_week_monday(2024, 0), InvalidArgument);
    EXPECT_THROW(miljoplan::iso_week_monday(2026, 54), InvalidArgument);
    try {
        miljoplan::iso_week_monday(2025, 53);
    } catch (const InvalidArgument& e) {
        EXPECT_NE(std::string(e.what()).find("52"), std::string::npos) << e.what();
    }
}

TEST(SwedishCalendar, EasterOutsideTheGregorianRangeIsRejected)
{
    EXPECT_THROW(miljoplan::easter_sunday(1582), InvalidArgument);
    EXPECT_EQ(miljoplan::easter_sunday(1583), make_date(1583, 4, 10));
    EXPECT_EQ(miljoplan::easter_sunday(2000), make_date(2000, 4, 23));
}

}  // namespace
