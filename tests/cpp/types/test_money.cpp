// SPDX-License-Identifier: Apache-2.0
#include <limits>
#include <type_traits>

#include <gtest/gtest.h>

#include "miljoplan/error.h"
#include "miljoplan/types/money.h"

using miljoplan::Money;

static_assert(std::is_nothrow_copy_constructible_v<Money>);
static_assert(std::is_trivially_copyable_v<Money>);
static_assert(!std::is_convertible_v<std::int64_t, Money>, "an integer must not silently become money");

TEST(Money, TkrAreThousandsOfWholeKronor)
{
    EXPECT_EQ(Money::from_tkr(1196).kronor(), 1'196'000);
    EXPECT_EQ(Money::from_tkr(-5).kronor(), -5'000);
}

TEST(Money, FormatsTkrExactlyWithSwedishGrouping)
{
    EXPECT_EQ(miljoplan::format_tkr(Money::from_tkr(1266)), "1 266");
    EXPECT_EQ(miljoplan::format_tkr(Money::from_kronor(1'196'500)), "1 196,5");
    EXPECT_EQ(miljoplan::format_tkr(Money::from_kronor(-5'000)), "-5");
    EXPECT_EQ(miljoplan::format_tkr(Money::from_kronor(-250)), "-0,25");
    EXPECT_EQ(miljoplan::format_kronor(Money::from_kronor(1'196'000)), "1 196 000 kr");
    EXPECT_EQ(miljoplan::group_digits(std::numeric_limits<std::int64_t>::min()), "-9 223 372 036 854 775 808");
}

TEST(Money, ArithmeticIsExactAndOverflowThrows)
{
    const Money max = Money::from_kronor(std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ((Money::from_tkr(1266) - Money::from_tkr(1211)).kronor(), 55'000);
    EXPECT_THROW(max + Money::from_kronor(1), miljoplan::InvalidArgument);
    EXPECT_THROW(-Money::from_kronor(std::numeric_limits<std::int64_t>::min()), miljoplan::InvalidArgument);
    EXPECT_THROW(Money::from_tkr(std::numeric_limits<std::int64_t>::max() / 100), miljoplan::InvalidArgument);
}
