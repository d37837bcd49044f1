// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "miljoplan/error.h"
#include "miljoplan/types/date.h"

using miljoplan::Date;
using miljoplan::InvalidArgument;
using miljoplan::make_date;

TEST(Date, MakeDateAcceptsRealDaysIncludingLeapDay)
{
    const Date leap = make_date(2024, 2, 29);
    EXPECT_EQ(leap.year(), 2024);
    EXPECT_EQ(leap.month().as_number(), 2);
    EXPECT_EQ(leap.day().as_number(), 29);
    EXPECT_EQ(make_date(2000, 2, 29).day_of_year(), 60);
}

TEST(Date, MakeDateRejectsDaysThatDoNotExist)
{
    EXPECT_THROW(make_date(2025, 2, 30), InvalidArgument);
    EXPECT_THROW(make_date(2023, 2, 29), InvalidArgument);
    EXPECT_THROW(make_date(1900, 2, 29), InvalidArgument);  // a century that is not a leap year
    EXPECT_THROW(make_date(2024, 4, 31), InvalidArgument);
    EXPECT_THROW(make_date(2024, 13, 1), InvalidArgument);
    EXPECT_THROW(make_date(2024, 0, 1), InvalidArgument);
    EXPECT_THROW(make_date(2024, 1, 0), InvalidArgument);
}

TEST(Date, MakeDateMessageNamesTheImpossibleDate)
{
    try {
        make_date(2025, 2, 30);
        FAIL() << "2025-02-30 was accepted";
    } catch (const InvalidArgument& e) {
        EXPECT_NE(std::string(e.what()).find("2025-02-30"), std::string::npos) << e.what();
    }
}

TEST(Date, TryParseIsoDateReadsOnlyWellFormedRealDates)
{
    const auto date = miljoplan::try_parse_iso_date("2023-06-30");
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(*date, make_date(2023, 6, 30));
    EXPECT_EQ(miljoplan::try_parse_iso_date("2024-02-29"), make_date(2024, 2, 29));
    EXPECT_FALSE(miljoplan::try_parse_iso_date("2023-02-29"));
    EXPECT_FALSE(miljoplan::try_parse_iso_date("2023-6-30"));
    EXPECT_FALSE(miljoplan::try_parse_iso_date("2023-06-30 "));
    EXPECT_FALSE(miljoplan::try_parse_iso_date("2023/06/30"));
    EXPECT_FALSE(miljoplan::try_parse_iso_date("20230630"));
    EXPECT_FALSE(miljoplan::try_parse_iso_date("2023-0a-30"));
    EXPECT_FALSE(miljoplan::try_parse_iso_date(""));
}

TEST(Date, ParseIsoDateThrowsNamingTheText)
{
    EXPECT_EQ(miljoplan::parse_iso_date("2024-12-31"), make_date(2024, 12, 31));
    try {
        miljoplan::parse_iso_date("31/12/2024");
        FAIL() << "a non-ISO date was accepted";
    } catch (const InvalidArgument& e) {
        EXPECT_NE(std::string(e.what()).find("31/12/2024"), std::string::npos) << e.what();
    }
    EXPECT_THROW(miljoplan::parse_iso_date("2025-02-30"), InvalidArgument);
}

TEST(Date, ToIsoStringPadsAndRejectsSpecialValues)
{
    EXPECT_EQ(miljoplan::to_iso_string(make_date(2024, 1, 5)), "2024-01-05");
    EXPECT_EQ(miljoplan::to_iso_string(make_date(1400, 1, 1)), "1400-01-01");
    EXPECT_THROW(miljoplan::to_iso_string(Date(boost::date_time::not_a_date_time)), InvalidArgument);
    EXPECT_THROW(miljoplan::to_iso_string(Date(boost::date_time::pos_infin)), InvalidArgument);
}

TEST(Date, IsoTextRoundTripsForEveryDayOfALeapYear)
{
    for (Date day = make_date(2024, 1, 1); day <= make_date(2024, 12, 31); day += boost::gregorian::days(1))
        EXPECT_EQ(miljoplan::parse_iso_date(miljoplan::to_iso_string(day)), day);
}
