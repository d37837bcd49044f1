// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/model/budget.h"

#include "miljoplan/error.h"

namespace miljoplan {

namespace {

Money sum(const std::vector<BudgetLine>& lines)
{
    Money total;
    for (const auto& line : lines) total += line.amount;
    return total;
}

}  // namespace

Budget::Budget(int year) : year_(year) {}

void Budget::set_display_unit(std::string unit)
{
    if (unit != "tkr" && unit != "kr") throw InvalidArgument("display unit must be 'tkr' or 'kr', got '" + unit + "'");
    display_unit_ = std::move(unit);
}

void Budget::set_headings(std::string income, std::string costs)
{
    income_heading_ = std::move(income);
    costs_heading_ = std::move(costs);
}

Money Budget::income_total() const { return sum(income_); }
Money Budget::costs_total() const { return sum(costs_); }
Money Budget::result() const { return income_total() - costs_total(); }

bool operator==(const Budget& a, const Budget& b)
{
    return a.year_ == b.year_ && a.title_ == b.title_ && a.display_unit_ == b.display_unit_ &&
           a.income_heading_ == b.income_heading_ && a.costs_heading_ == b.costs_heading_ &&
           a.income_ == b.income_ && a.costs_ == b.costs_ && a.printed_income_ == b.printed_income_ &&
           a.printed_costs_ == b.printed_costs_ && a.printed_result_ == b.printed_result_ &&
           a.notes_ == b.notes_ && a.extra_ == b.extra_;
}

}  // namespace miljoplan
