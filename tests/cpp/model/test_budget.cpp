// SPDX-License-Identifier: Apache-2.0
#include <limits>

#include <gtest/gtest.h>

#include "miljoplan/error.h"
#include "miljoplan/model/budget.h"

using miljoplan::Budget;
using miljoplan::BudgetLine;
using miljoplan::Money;

namespace {

BudgetLine line(const std::string& id, std::int64_t kronor)
{
    return BudgetLine{id, "Rad " + id, Money::from_kronor(kronor), {}, {}};
}

}  // namespace

TEST(Budget, DefaultsToTkrAndSwedishHeadings)
{
    const Budget budget(2024);
    EXPECT_EQ(budget.year(), 2024);
    EXPECT_EQ(budget.display_unit(), "tkr");
    EXPECT_EQ(budget.income_heading(), "Intäkter");
    EXPECT_EQ(budget.costs_heading(), "Kostnader");
    EXPECT_EQ(budget.income_total(), Money());
    EXPECT_EQ(budget.result(), Money());
}

TEST(Budget, TotalsAreExactSumsOfTheLines)
{
    Budget budget(2024);
    budget.set_income({line("a", 0), line("b", 1'196'000), line("c", 70'000)});
    for (std::int64_t kronor : {985'000, 100'000, 7'000, 70'000, 15'000, 10'000, 24'000})
        budget.add_cost(line(std::to_string(kronor), kronor));
    EXPECT_EQ(budget.income_total().kronor(), 1'266'000);
    EXPECT_EQ(budget.costs_total().kronor(), 1'211'000);
    EXPECT_EQ(budget.result().kronor(), 55'000);
    budget.add_cost(line("deficit", 100'000));
    EXPECT_EQ(budget.result().kronor(), -45'000);
}

TEST(Budget, OverflowingSumsThrowInsteadOfWrapping)
{
    Budget budget(2024);
    budget.set_costs({line("a", std::numeric_limits<std::int64_t>::max()), line("b", 1)});
    EXPECT_THROW(budget.costs_total(), miljoplan::InvalidArgument);
    Budget negative(2024);
    negative.set_income({line("a", std::numeric_limits<std::int64_t>::min())});
    negative.set_costs({line("b", 1)});
    EXPECT_THROW(negative.result(), miljoplan::InvalidArgument);
}

TEST(Budget, DisplayUnitIsTkrOrKr)
{
    Budget budget(2024);
    budget.set_display_unit("kr");
    EXPECT_EQ(budget.display_unit(), "kr");
    EXPECT_THROW(budget.set_display_unit("SEK"), miljoplan::InvalidArgument);
    EXPECT_THROW(budget.set_display_unit("TKR"), miljoplan::InvalidArgument);
    EXPECT_EQ(budget.display_unit(), "kr");
}

TEST(Budget, EqualityIncludesPrintedTotalsAndLineExtras)
{
    Budget a(2024);
    a.add_income(line("a", 1));
    Budget b = a;
    EXPECT_EQ(a, b);
    b.set_printed_income(miljoplan::PrintedTotal{"SUMMA INTÄKTER", Money::from_kronor(1)});
    EXPECT_NE(a, b);
    Budget c = a;
    auto lines = c.income();
    lines[0].extra.set("x_kommentar", "\"ny\"");
    c.set_income(lines);
    EXPECT_NE(a, c);
}
