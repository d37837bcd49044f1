// SPDX-License-Identifier: Apache-2.0
// DateRange: half-open [first, end), so that March and April meet without a gap or an overlap.
#include <gtest/gtest.h>

#include "miljoplan/error.h"
#include "miljoplan/types/date_range.h"

using miljoplan::DateRange;
using miljoplan::InvalidArgument;
using miljoplan::make_date;

TEST(DateRange, HalfOpenEndIsNotIncluded)
{
    const DateRange march = DateRange::month(2024, 3);
    EXPECT_EQ(march.first, make_date(2024, 3, 1));
    EXPECT_EQ(march.end, make_date(2024, 4, 1));
    EXPECT_EQ(march.last(), make_date(2024, 3, 31));
    EXPECT_EQ(march.days(), 31);
    EXPECT_TRUE(march.contains(make_date(2024, 3, 1)));
    EXPECT_TRUE(march.contains(make_date(2024, 3, 31)));
    EXPECT_FALSE(march.contains(make_date(2024, 4, 1)));
    EXPECT_FALSE(march.contains(make_date(2024, 2, 29)));
    // Consecutive months meet: neither overlaps the other, and nothing lies between them.
    const DateRange april = DateRange::month(2024, 4);
    EXPECT_EQ(march.end, april.first);
    EXPECT_FALSE(march.overlaps(april));
    EXPECT_FALSE(april.overlaps(march));
}

TEST(DateRange, MonthKnowsLeapYearsAndRejectsBadMonths)
{
    EXPECT_EQ(DateRange::month(2024, 2).days(), 29);
    EXPECT_EQ(DateRange::month(2023, 2).days(), 28);
    EXPECT_EQ(DateRange::month(2100, 2).days(), 28);
    EXPECT_EQ(DateRange::month(2024, 12).end, make_date(2025, 1, 1));
    EXPECT_THROW(DateRange::month(2024, 0), InvalidArgument);
    EXPECT_THROW(DateRange::month(2024, 13), InvalidArgument);
}

TEST(DateRange, YearIsTheWholeCalendarYear)
{
    const DateRange y = DateRange::year(2024);
    EXPECT_EQ(y.first, make_date(2024, 1, 1));
    EXPECT_EQ(y.end, make_date(2025, 1, 1));
    EXPECT_EQ(y.days(), 366);
    EXPECT_EQ(DateRange::year(2025).days(), 365);
    EXPECT_EQ(y.last(), make_date(2024, 12, 31));
}

TEST(DateRange, InclusiveTakesTheLastDay)
{
    const DateRange spring = DateRange::inclusive(make_date(2024, 1, 1), make_date(2024, 6, 30));
    EXPECT_EQ(spring.end, make_date(2024, 7, 1));
    EXPECT_EQ(spring.days(), 182);
    const DateRange one = DateRange::inclusive(make_date(2024, 6, 6), make_date(2024, 6, 6));
    EXPECT_EQ(one.days(), 1);
    EXPECT_FALSE(one.empty());
    EXPECT_THROW(DateRange::inclusive(make_date(2024, 6, 6), make_date(2024, 6, 4)), InvalidArgument);
    // The last day before the first gives an empty range, which is allowed.
    EXPECT_TRUE(DateRange::inclusive(make_date(2024, 6, 6), make_date(2024, 6, 5)).empty());
}

TEST(DateRange, BetweenRejectsReversedAndSpecialDates)
{
    EXPECT_THROW(DateRange::between(make_date(2024, 7, 1), make_date(2024, 6, 30)), InvalidArgument);
    try {
        DateRange::between(make_date(2024, 7, 1), make_date(2024, 6, 30));
    } catch (const InvalidArgument& e) {
        // The message names both days so the reversed input can be found.
        EXPECT_NE(std::string(e.what()).find("2024-06-30"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("2024-07-01"), std::string::npos) << e.what();
    }
    EXPECT_THROW(DateRange::between(miljoplan::Date(), make_date(2024, 6, 30)), InvalidArgument);
    EXPECT_THROW(DateRange::between(make_date(2024, 6, 30), miljoplan::Date(boost::date_time::pos_infin)),
                 InvalidArgument);
    const DateRange empty = DateRange::between(make_date(2024, 6, 30), make_date(2024, 6, 30));
    EXPECT_TRUE(empty.empty());
    EXPECT_EQ(empty.days(), 0);
    EXPECT_TRUE(empty.is_valid());
    EXPECT_FALSE((DateRange{make_date(2024, 7, 1), make_date(2024, 6, 1)}).is_valid());
    EXPECT_FALSE((DateRange{miljoplan::Date(), make_date(2024, 6, 1)}).is_valid());
}

TEST(DateRange, IntersectAndOverlap)
{
    const DateRange spring = DateRange::inclusive(make_date(2024, 1, 1), make_date(2024, 6, 30));
    const DateRange summer = DateRange::inclusive(make_date(2024, 6, 1), make_date(2024, 8, 31));
    EXPECT_TRUE(spring.overlaps(summer));
    EXPECT_EQ(spring.intersect(summer), DateRange::month(2024, 6));
    EXPECT_EQ(summer.intersect(spring), DateRange::month(2024, 6));
    EXPECT_EQ(spring.intersect(DateRange::year(2024)), spring);
    // Ranges that do not overlap give an empty range at the later start.
    const DateRange autumn = DateRange::inclusive(make_date(2024, 8, 1), make_date(2024, 12, 31));
    EXPECT_FALSE(spring.overlaps(autumn));
    const DateRange none = spring.intersect(autumn);
    EXPECT_TRUE(none.empty());
    EXPECT_EQ(none.first, make_date(2024, 8, 1));
    EXPECT_EQ(none.end, make_date(2024, 8, 1));
    // A range sharing a single day overlaps.
    EXPECT_TRUE(DateRange::month(2024, 3).overlaps(DateRange::inclusive(make_date(2024, 3, 31), make_date(2024, 4, 2))));
}

TEST(DateRange, ToStringShowsTheInclusiveLastDay)
{
    EXPECT_EQ(DateRange::month(2024, 2).to_string(), "2024-02-01\xE2\x80\x93" "2024-02-29");
    EXPECT_EQ(DateRange::inclusive(make_date(2024, 6, 6), make_date(2024, 6, 6)).to_string(), "2024-06-06");
    EXPECT_EQ(DateRange::year(2023).to_string(), "2023-01-01\xE2\x80\x93" "2023-12-31");
}

TEST(DateRange, OrderingIsByStartThenEnd)
{
    const DateRange a = DateRange::month(2024, 1);
    const DateRange b = DateRange::inclusive(make_date(2024, 1, 1), make_date(2024, 2, 29));
    const DateRange c = DateRange::month(2024, 2);
    EXPECT_TRUE(a < b);
    EXPECT_TRUE(b < c);
    EXPECT_FALSE(c < a);
    EXPECT_NE(a, b);
    EXPECT_EQ(a, DateRange::month(2024, 1));
}
