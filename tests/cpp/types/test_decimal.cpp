// SPDX-License-Identifier: Apache-2.0
// Decimal: exact key-figure values. parse, to_string, compare, +, -, midpoint, rounded.
#include <type_traits>

#include <gtest/gtest.h>

#include "miljoplan/error.h"
#include "miljoplan/types/decimal.h"

using miljoplan::Decimal;
using miljoplan::InvalidArgument;

static_assert(std::is_nothrow_copy_constructible_v<Decimal>);
static_assert(!std::is_convertible_v<double, Decimal>);

TEST(Decimal, ParsesPointCommaAndDigitGroups)
{
    EXPECT_EQ(Decimal::parse("12,30").to_string(), "12.30");
    EXPECT_EQ(Decimal::parse("12.3").units(), 123);
    EXPECT_EQ(Decimal::parse("12.3").scale(), 1);
    EXPECT_EQ(Decimal::parse("-0,05").to_string(), "-0.05");
    EXPECT_EQ(Decimal::parse("1 234,5").to_string(), "1234.5");
    EXPECT_EQ(Decimal::parse("1\xC2\xA0" "234").to_string(), "1234");
    EXPECT_EQ(Decimal::parse("\xE2\x88\x92" "3,5").to_string(), "-3.5");
    EXPECT_EQ(Decimal::parse(" 7 ").to_string(), "7");
    EXPECT_EQ(Decimal::parse("12,30").to_string(','), "12,30");
}

TEST(Decimal, RefusesWhatIsNoNumber)
{
    for (const char* bad : {"", "abc", "1,2,3", "12,", ",5", "1e5", "12 ,5", "1234567890123", "0,1234567", "--1"})
        EXPECT_THROW(Decimal::parse(bad), InvalidArgument) << bad;
    try {
        Decimal::parse("12,3x");
        FAIL();
    } catch (const InvalidArgument& e) {
        EXPECT_STREQ(e.what(), "'12,3x' is not a decimal number: unexpected character at position 5");
    }
    EXPECT_THROW(Decimal(1, 13), InvalidArgument);
}

TEST(Decimal, ComparesByValueAndComputesExactly)
{
    EXPECT_EQ(Decimal::parse("12.3"), Decimal::parse("12.30"));
    EXPECT_LT(Decimal::parse("-1"), Decimal::parse("0.5"));
    EXPECT_EQ((Decimal::parse("0.1") + Decimal::parse("0.2")).to_string(), "0.3");
    EXPECT_EQ((Decimal::parse("38.5") - Decimal::parse("30.25")).to_string(), "8.25");
    EXPECT_EQ((-Decimal::parse("2.50")).to_string(), "-2.50");
    EXPECT_EQ(midpoint(Decimal::parse("412"), Decimal::parse("431")).to_string(), "421.5");
    EXPECT_EQ(midpoint(Decimal::parse("30.25"), Decimal::parse("33.0")).to_string(), "31.625");
    EXPECT_EQ(midpoint(Decimal::parse("2"), Decimal::parse("4")).to_string(), "3");
    EXPECT_THROW(Decimal(INT64_MAX, 0) + Decimal(1, 0), InvalidArgument);
}

TEST(Decimal, RoundsHalfAwayFromZeroAndNormalizes)
{
    EXPECT_EQ(Decimal::parse("2.345").rounded(2).to_string(), "2.35");
    EXPECT_EQ(Decimal::parse("-2.345").rounded(2).to_string(), "-2.35");
    EXPECT_EQ(Decimal::parse("2.344").rounded(2).to_string(), "2.34");
    EXPECT_EQ(Decimal::parse("2.5").rescaled(3).to_string(), "2.500");
    EXPECT_EQ(Decimal::parse("12.300").normalized().to_string(), "12.3");
    EXPECT_DOUBLE_EQ(Decimal::parse("0.25").to_double(), 0.25);
    EXPECT_THROW(Decimal::parse("2.5").rescaled(0), InvalidArgument);
}
