// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/model/budget.h"

#include <algorithm>

#include "detail/enum_names.h"
#include "miljoplan/error.h"

namespace miljoplan {

namespace {

const detail::EnumName<BudgetVersion> kVersions[] = {
    {BudgetVersion::Adopted, "fastställd", "adopted"},
    {BudgetVersion::Revised, "reviderad", "revised"},
    {BudgetVersion::Outcome, "bokslut", "outcome"},
};

bool has_tag(const BudgetLine& line, const std::string& tag)
{
    return std::find(line.tags.begin(), line.tags.end(), tag) != line.tags.end();
}

Money sum_tagged(const std::vector<BudgetLine>& lines, const std::string& tag)
{
    Money total;
    for (const auto& line : lines)
        if (has_tag(line, tag)) total += line.amount;
    return total;
}

Money sum(const std::vector<BudgetLine>& lines)
{
    Money total;
    for (const auto& line : lines) total += line.amount;
    return total;
}

}  // namespace

std::string to_string(BudgetVersion version) { return detail::token_of(kVersions, version); }
std::optional<BudgetVersion> parse_budget_version(std::string_view text) { return detail::parse_enum(kVersions, text); }

Budget::Budget(int year) : year_(year) {}

std::vector<BudgetLine> Budget::lines_tagged(const std::string& tag) const
{
    std::vector<BudgetLine> out;
    for (const auto& line : income_)
        if (has_tag(line, tag)) out.push_back(line);
    for (const auto& line : costs_)
        if (has_tag(line, tag)) out.push_back(line);
    return out;
}

Money Budget::income_tagged(const std::string& tag) const { return sum_tagged(income_, tag); }
Money Budget::costs_tagged(const std::string& tag) const { return sum_tagged(costs_, tag); }

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
    return a.year_ == b.year_ && a.version_ == b.version_ && a.decided_by_ == b.decided_by_ &&
           a.decided_on_ == b.decided_on_ && a.covers_ == b.covers_ && a.deficit_decision_ == b.deficit_decision_ &&
           a.title_ == b.title_ && a.display_unit_ == b.display_unit_ &&
           a.income_heading_ == b.income_heading_ && a.costs_heading_ == b.costs_heading_ &&
           a.income_ == b.income_ && a.costs_ == b.costs_ && a.printed_income_ == b.printed_income_ &&
           a.printed_costs_ == b.printed_costs_ && a.printed_result_ == b.printed_result_ &&
           a.notes_ == b.notes_ && a.extra_ == b.extra_;
}

}  // namespace miljoplan
