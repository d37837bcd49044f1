// SPDX-License-Identifier: Apache-2.0
// compare_budgets(): the adopted 2024 budget against a revision and an outcome, line by line (matched
// by id, then by label), with totals and results.
#include <limits>

#include <gtest/gtest.h>

#include "miljoplan/analysis/budget_compare.h"
#include "miljoplan/error.h"
#include "miljoplan/io/embedded.h"

namespace miljoplan {

namespace {

Budget adopted() { return *example_plan()->budget(); }

// The revision decided on the steering group's first meeting 2024: the 2023 surplus of 55 tkr is
// carried over, the catering line grows to 20 tkr, Miljöbarometern is dropped and a conference added.
Budget revised()
{
    Budget b = adopted();
    b.set_version(BudgetVersion::Revised);
    auto income = b.income();
    income[0].amount = Money::from_tkr(55);
    b.set_income(income);
    std::vector<BudgetLine> costs;
    for (auto line : b.costs()) {
        if (line.id == "fortaring") line.amount = Money::from_tkr(20);
        if (line.id != "miljobarometern") costs.push_back(line);
    }
    costs.push_back(BudgetLine{"konferens", "Regional konferens", Money::from_tkr(30), {}, {}});
    b.set_costs(costs);
    return b;
}

const BudgetLineComparison& row(const BudgetComparison& c, const std::string& section, const std::string& label)
{
    for (const auto& r : c.lines)
        if (r.section == section && r.label == label) return r;
    throw std::logic_error("no line " + label);
}

}  // namespace

TEST(BudgetCompare, AdoptedAgainstRevised)
{
    const BudgetComparison c = compare_budgets(adopted(), revised());
    // 3 income lines, 7 cost lines of which one removed, and one added after them.
    ASSERT_EQ(c.lines.size(), 11u);
    EXPECT_EQ(c.lines[0].section, "income");
    EXPECT_EQ(c.lines[0].id, "overskott-foregaende-ar");
    EXPECT_EQ(c.lines[0].first, Money());
    EXPECT_EQ(c.lines[0].second, Money::from_tkr(55));
    EXPECT_EQ(c.lines[0].difference, Money::from_tkr(55));
    EXPECT_EQ(c.lines[0].change, LineChange::Changed);
    EXPECT_EQ(c.lines[1].change, LineChange::Same);
    EXPECT_EQ(c.lines[1].difference, Money());
    EXPECT_EQ(c.lines[3].section, "costs");
    const auto& catering = row(c, "costs", "Förtäring vid alla fysiska möten (ca 20 per år)");
    EXPECT_EQ(catering.change, LineChange::Changed);
    EXPECT_EQ(catering.difference, Money::from_tkr(5));
    const auto& barometer = row(c, "costs", "Miljöbarometern");
    EXPECT_EQ(barometer.change, LineChange::Removed);
    EXPECT_EQ(barometer.first, Money::from_tkr(24));
    EXPECT_FALSE(barometer.second.has_value());
    EXPECT_EQ(barometer.difference, Money::from_tkr(-24));
    EXPECT_EQ(c.lines.back().label, "Regional konferens");
    EXPECT_EQ(c.lines.back().change, LineChange::Added);
    EXPECT_FALSE(c.lines.back().first.has_value());
    EXPECT_EQ(c.lines.back().difference, Money::from_tkr(30));
    // Income 1 266 -> 1 321 tkr; costs 1 211 -> 1 211 + 5 - 24 + 30 = 1 222 tkr; result 55 -> 99 tkr.
    EXPECT_EQ(c.income_first, Money::from_tkr(1266));
    EXPECT_EQ(c.income_second, Money::from_tkr(1321));
    EXPECT_EQ(c.costs_first, Money::from_tkr(1211));
    EXPECT_EQ(c.costs_second, Money::from_tkr(1222));
    EXPECT_EQ(c.result_first, Money::from_tkr(55));
    EXPECT_EQ(c.result_second, Money::from_tkr(99));
}

TEST(BudgetCompare, RevisedAgainstOutcomeMatchedByLabel)
{
    // An outcome typed in from the accounts: no ids, labels in other case and spacing.
    Budget outcome(2024);
    outcome.set_version(BudgetVersion::Outcome);
    const Budget before = revised();
    for (const auto& line : before.income())
        outcome.add_income(BudgetLine{"", line.label, line.amount, {}, {}});
    for (const auto& line : before.costs()) {
        std::string label = line.label;
        for (auto& ch : label)
            if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
        outcome.add_cost(BudgetLine{"", "  " + label, line.amount - Money::from_tkr(1), {}, {}});
    }
    const BudgetComparison c = compare_budgets(before, outcome);
    ASSERT_EQ(c.lines.size(), 10u);
    for (const auto& r : c.lines) {
        EXPECT_TRUE(r.first && r.second) << r.label;
        EXPECT_EQ(r.change, r.section == "income" ? LineChange::Same : LineChange::Changed) << r.label;
        if (r.section == "costs") {
            EXPECT_EQ(r.difference, Money::from_tkr(-1)) << r.label;
        }
    }
    // The label shown is the second budget's.
    EXPECT_EQ(c.lines[9].label, "  REGIONAL KONFERENS");
    EXPECT_EQ(c.costs_second, Money::from_tkr(1222 - 7));
    EXPECT_EQ(c.result_second, Money::from_tkr(99 + 7));
}

TEST(BudgetCompare, AnIdMatchComesBeforeALabelMatch)
{
    Budget first(2024), second(2024);
    first.add_cost(BudgetLine{"resor", "Resor", Money::from_kronor(100), {}, {}});
    // The second budget has an unrelated line without id under the same label, before the id twin.
    second.add_cost(BudgetLine{"", "Resor", Money::from_kronor(7), {}, {}});
    second.add_cost(BudgetLine{"resor", "Resor och konferenser", Money::from_kronor(150), {}, {}});
    const BudgetComparison c = compare_budgets(first, second);
    ASSERT_EQ(c.lines.size(), 2u);
    EXPECT_EQ(c.lines[0].id, "resor");
    EXPECT_EQ(c.lines[0].label, "Resor och konferenser");
    EXPECT_EQ(c.lines[0].difference, Money::from_kronor(50));
    EXPECT_EQ(c.lines[0].change, LineChange::Changed);
    EXPECT_EQ(c.lines[1].second, Money::from_kronor(7));
    EXPECT_EQ(c.lines[1].change, LineChange::Added);
    // Lines that both have ids are matched by id only: a shared label does not make them one line.
    Budget third(2024);
    third.add_cost(BudgetLine{"resor-2", "Resor", Money::from_kronor(100), {}, {}});
    const BudgetComparison d = compare_budgets(first, third);
    ASSERT_EQ(d.lines.size(), 2u);
    EXPECT_EQ(d.lines[0].change, LineChange::Removed);
    EXPECT_EQ(d.lines[1].change, LineChange::Added);
    EXPECT_EQ(d.costs_first, d.costs_second);
}

TEST(BudgetCompare, IdenticalBudgetsAndChangeNames)
{
    const BudgetComparison c = compare_budgets(adopted(), adopted());
    EXPECT_EQ(c.lines.size(), 10u);
    for (const auto& r : c.lines) EXPECT_EQ(r.change, LineChange::Same) << r.label;
    EXPECT_EQ(c.result_first, c.result_second);
    EXPECT_EQ(to_string(LineChange::Same), "oförändrad");
    EXPECT_EQ(to_string(LineChange::Changed), "ändrad");
    EXPECT_EQ(to_string(LineChange::Added), "ny");
    EXPECT_EQ(to_string(LineChange::Removed), "borttagen");
}

TEST(BudgetCompare, OverflowingSumsThrow)
{
    Budget huge(2024);
    huge.add_cost(BudgetLine{"a", "A", Money::from_kronor(std::numeric_limits<std::int64_t>::max()), {}, {}});
    huge.add_cost(BudgetLine{"b", "B", Money::from_kronor(1), {}, {}});
    EXPECT_THROW(compare_budgets(adopted(), huge), InvalidArgument);
}

}  // namespace miljoplan
