// SPDX-License-Identifier: Apache-2.0
// compare_plans(): the reference plan against a re-adopted rolling version of itself, with the changes a
// steering group makes (an activity dropped, one added, one moved to the next year, one re-timed, a
// proposal planned, a budget line changed).
#include <gtest/gtest.h>

#include "miljoplan/analysis/plan_compare.h"
#include "miljoplan/io/embedded.h"

namespace {

using miljoplan::ActivityChange;
using miljoplan::ActivityId;
using miljoplan::YearStatus;

const miljoplan::ActivityComparison& row(const miljoplan::PlanComparison& c, const std::string& id)
{
    for (const auto& r : c.activities)
        if (r.id.value() == id) return r;
    throw std::logic_error("no row " + id);
}

// The reference plan re-adopted as a two-year plan with the usual kinds of change.
std::shared_ptr<miljoplan::Plan> rolled(const miljoplan::Plan& first)
{
    auto second = first.clone();
    second->set_years({{2024, YearStatus::Adopted}, {2025, YearStatus::Preliminary}});
    second->remove_activity(ActivityId("oljeavskiljare"));
    second->find_activity(ActivityId("clp-och-markning"))->set_year(2025);
    second->find_activity(ActivityId("bullerklagomal"))->set_timing_text("Hösten 2024");
    auto added = second->add_activity(ActivityId("pfas-i-dricksvatten"), "PFAS i dricksvatten");
    added->set_category(first.activities()[0]->category());
    added->set_year(2025);
    second->plan_proposal(miljoplan::ProposalId("biocidprodukter"), ActivityId("biocidprodukter"), 2025,
                          first.activities()[0]->category());
    auto costs = second->budget()->costs();
    for (auto& line : costs)
        if (line.id == "fortaring") line.amount = miljoplan::Money::from_kronor(20000);
    second->budget()->set_costs(costs);
    return second;
}

}  // namespace

TEST(PlanCompare, APlanAgainstItselfIsAllContinued)
{
    const auto plan = miljoplan::example_plan();
    const auto c = miljoplan::compare_plans(*plan, *plan->clone());
    EXPECT_EQ(c.activities.size(), 26u);
    EXPECT_EQ(c.count(ActivityChange::Continued), 26u);
    EXPECT_TRUE(c.years_added.empty());
    EXPECT_TRUE(c.years_removed.empty());
    EXPECT_TRUE(c.status_changes.empty());
    EXPECT_TRUE(c.proposals_added.empty());
    EXPECT_TRUE(c.proposals_removed.empty());
    ASSERT_TRUE(c.budget);
    EXPECT_EQ(c.budget->lines.size(), 10u);  // 3 income and 7 cost lines
    EXPECT_EQ(c.budget->result_first, c.budget->result_second);
}

TEST(PlanCompare, ARolledPlanShowsEveryKindOfChange)
{
    const auto first = miljoplan::example_plan();
    const auto second = rolled(*first);
    const auto c = miljoplan::compare_plans(*first, *second);

    EXPECT_EQ(c.years_added, std::vector<int>{2025});
    EXPECT_TRUE(c.years_removed.empty());
    EXPECT_EQ(c.count(ActivityChange::Removed), 1u);
    EXPECT_EQ(c.count(ActivityChange::Added), 2u);
    EXPECT_EQ(c.count(ActivityChange::Moved), 1u);
    EXPECT_EQ(c.count(ActivityChange::Changed), 1u);
    EXPECT_EQ(c.count(ActivityChange::Continued), 23u);
    ASSERT_EQ(c.activities.size(), 26u + 2u);

    const auto& dropped = row(c, "oljeavskiljare");
    EXPECT_EQ(dropped.change, ActivityChange::Removed);
    EXPECT_EQ(dropped.first_year, 2024);
    EXPECT_EQ(dropped.second_year, std::nullopt);

    const auto& moved = row(c, "clp-och-markning");
    EXPECT_EQ(moved.change, ActivityChange::Moved);
    EXPECT_EQ(moved.first_year, 2024);
    EXPECT_EQ(moved.second_year, 2025);

    const auto& retimed = row(c, "bullerklagomal");
    EXPECT_EQ(retimed.change, ActivityChange::Changed);
    EXPECT_EQ(retimed.changed_fields, std::vector<std::string>{"timing"});

    // Added activities come after the first plan's, in the second plan's order.
    EXPECT_EQ(c.activities[26].id.value(), "pfas-i-dricksvatten");
    EXPECT_EQ(c.activities[26].change, ActivityChange::Added);
    EXPECT_EQ(c.activities[27].id.value(), "biocidprodukter");
    EXPECT_EQ(c.activities[27].second_year, 2025);
    // The planned proposal has left the bank.
    EXPECT_EQ(c.proposals_removed, std::vector<std::string>{"biocidprodukter"});
    EXPECT_TRUE(c.proposals_added.empty());

    ASSERT_TRUE(c.budget);
    int changed = 0;
    for (const auto& line : c.budget->lines) {
        if (line.change == miljoplan::LineChange::Same) continue;
        ++changed;
        EXPECT_EQ(line.id, "fortaring");
        EXPECT_EQ(line.section, "costs");
        EXPECT_EQ(line.first, miljoplan::Money::from_kronor(15000));
        EXPECT_EQ(line.second, miljoplan::Money::from_kronor(20000));
        EXPECT_EQ(line.difference, miljoplan::Money::from_kronor(5000));
    }
    EXPECT_EQ(changed, 1);
    EXPECT_EQ(c.budget->costs_second - c.budget->costs_first, miljoplan::Money::from_kronor(5000));
    EXPECT_EQ(c.budget->result_second - c.budget->result_first, miljoplan::Money::from_kronor(-5000));
}

TEST(PlanCompare, ActivitiesWithoutTheSameIdMatchByTitle)
{
    const auto first = miljoplan::example_plan();
    auto second = first->clone();
    // Re-keyed in the second plan, the title differing only in case and spacing.
    const auto original = second->find_activity(ActivityId("nyhetsbrev"));
    second->remove_activity(ActivityId("nyhetsbrev"));
    auto renamed = second->add_activity(ActivityId("nyhetsbrev-2024"), "  NYHETSBREV   MILJÖSAMVERKAN ");
    renamed->set_category(original->category());
    renamed->set_year(original->year());
    renamed->set_timing_text(original->timing_text());
    renamed->set_responsible(original->responsible());
    renamed->set_partners(original->partners());
    renamed->set_goal(original->goal());
    renamed->set_implementation(original->implementation());
    renamed->set_effect_goals(original->effect_goals());
    const auto c = miljoplan::compare_plans(*first, *second);
    EXPECT_EQ(c.count(ActivityChange::Added), 0u);
    EXPECT_EQ(c.count(ActivityChange::Removed), 0u);
    const auto& matched = row(c, "nyhetsbrev-2024");
    EXPECT_EQ(matched.change, ActivityChange::Changed);
    EXPECT_EQ(matched.changed_fields, std::vector<std::string>{"title"});
}

TEST(PlanCompare, YearStatusChangesOfARollingPlan)
{
    // Next year's re-adoption: 2025 goes from preliminär to fastställd, 2024 drops out, 2026 comes in.
    const auto first = miljoplan::example_plan();
    auto a = first->clone();
    a->set_years({{2024, YearStatus::Adopted}, {2025, YearStatus::Preliminary}, {2026, YearStatus::ProposalBank}});
    auto b = first->clone();
    b->set_years({{2025, YearStatus::Adopted}, {2026, YearStatus::Preliminary}, {2027, YearStatus::ProposalBank}});
    const auto c = miljoplan::compare_plans(*a, *b);
    EXPECT_EQ(c.years_added, std::vector<int>{2027});
    EXPECT_EQ(c.years_removed, std::vector<int>{2024});
    ASSERT_EQ(c.status_changes.size(), 2u);
    EXPECT_EQ(c.status_changes[0], std::make_tuple(2025, YearStatus::Preliminary, YearStatus::Adopted));
    EXPECT_EQ(c.status_changes[1], std::make_tuple(2026, YearStatus::ProposalBank, YearStatus::Preliminary));
    EXPECT_EQ(miljoplan::to_string(ActivityChange::Moved), "flyttad");
    EXPECT_EQ(miljoplan::to_string(ActivityChange::Added), "ny");
}
