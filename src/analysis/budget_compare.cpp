// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/analysis/budget_compare.h"

#include "detail/text.h"

namespace miljoplan {

namespace {

// Two passes: every line first finds its partner by id (when both have one), and only then do the
// lines left over match by label. In one greedy pass a line could take another's label twin before
// its own id twin further down, and both would show up as removed and added.
bool same_id(const BudgetLine& a, const BudgetLine& b) { return !a.id.empty() && !b.id.empty() && a.id == b.id; }

bool same_label(const BudgetLine& a, const BudgetLine& b)
{
    // Lines that both have ids are different lines when the ids differ, whatever their labels.
    if (!a.id.empty() && !b.id.empty()) return false;
    return detail::fold(a.label) == detail::fold(b.label);
}

void compare_section(const std::string& name, const std::vector<BudgetLine>& first,
                     const std::vector<BudgetLine>& second, std::vector<BudgetLineComparison>& out)
{
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::vector<std::size_t> partner(first.size(), none);
    std::vector<bool> matched(second.size(), false);
    for (auto same : {same_id, same_label}) {
        for (std::size_t i = 0; i < first.size(); ++i) {
            if (partner[i] != none) continue;
            for (std::size_t k = 0; k < second.size(); ++k) {
                if (matched[k] || !same(first[i], second[k])) continue;
                matched[k] = true;
                partner[i] = k;
                break;
            }
        }
    }
    for (std::size_t i = 0; i < first.size(); ++i) {
        const BudgetLine& a = first[i];
        BudgetLineComparison row;
        row.section = name;
        row.id = a.id;
        row.label = a.label;
        row.first = a.amount;
        if (partner[i] != none) {
            row.second = second[partner[i]].amount;
            row.label = second[partner[i]].label;
        }
        row.difference = row.second.value_or(Money()) - a.amount;
        row.change = !row.second ? LineChange::Removed : row.difference == Money() ? LineChange::Same : LineChange::Changed;
        out.push_back(std::move(row));
    }
    for (std::size_t k = 0; k < second.size(); ++k) {
        if (matched[k]) continue;
        BudgetLineComparison row;
        row.section = name;
        row.id = second[k].id;
        row.label = second[k].label;
        row.second = second[k].amount;
        row.difference = second[k].amount;
        row.change = LineChange::Added;
        out.push_back(std::move(row));
    }
}

}  // namespace

std::string to_string(LineChange change)
{
    switch (change) {
    case LineChange::Same: return "oförändrad";
    case LineChange::Changed: return "ändrad";
    case LineChange::Added: return "ny";
    case LineChange::Removed: return "borttagen";
    }
    return "?";
}

BudgetComparison compare_budgets(const Budget& first, const Budget& second)
{
    BudgetComparison out;
    compare_section("income", first.income(), second.income(), out.lines);
    compare_section("costs", first.costs(), second.costs(), out.lines);
    out.income_first = first.income_total();
    out.income_second = second.income_total();
    out.costs_first = first.costs_total();
    out.costs_second = second.costs_total();
    out.result_first = out.income_first - out.costs_first;
    out.result_second = out.income_second - out.costs_second;
    return out;
}

}  // namespace miljoplan
