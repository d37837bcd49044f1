// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "miljoplan/error.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/model/plan.h"

using miljoplan::ActivityId;
using miljoplan::ActorId;
using miljoplan::Organisation;
using miljoplan::Plan;
using miljoplan::PlanId;
using miljoplan::PlanYear;
using miljoplan::YearStatus;

namespace {

Plan empty_plan()
{
    return Plan(PlanId("p"), "Plan", std::make_shared<Organisation>(ActorId("o"), "O"));
}

}  // namespace

TEST(Plan, ConstructorRejectsEmptyIdTitleOrMissingOrganisation)
{
    const auto org = std::make_shared<Organisation>(ActorId("o"), "O");
    EXPECT_THROW(Plan(PlanId(""), "T", org), miljoplan::InvalidArgument);
    EXPECT_THROW(Plan(PlanId("p"), "", org), miljoplan::InvalidArgument);
    EXPECT_THROW(Plan(PlanId("p"), "T", nullptr), miljoplan::InvalidArgument);
    Plan plan(PlanId("p"), "T", org);
    EXPECT_THROW(plan.set_title(""), miljoplan::InvalidArgument);
    EXPECT_THROW(plan.set_organisation(nullptr), miljoplan::InvalidArgument);
    EXPECT_EQ(plan.organisation(), org);
}

TEST(Plan, YearsMustBeConsecutiveAndAscending)
{
    Plan plan = empty_plan();
    EXPECT_FALSE(plan.first_year());
    plan.set_years({{2024, YearStatus::Adopted}, {2025, YearStatus::Preliminary}, {2026, YearStatus::ProposalBank}});
    EXPECT_EQ(plan.first_year(), 2024);
    EXPECT_EQ(plan.last_year(), 2026);
    EXPECT_THROW(plan.set_years({{2024, YearStatus::Adopted}, {2026, YearStatus::Preliminary}}), miljoplan::InvalidArgument);
    EXPECT_THROW(plan.set_years({{2025, YearStatus::Adopted}, {2024, YearStatus::Preliminary}}), miljoplan::InvalidArgument);
    EXPECT_THROW(plan.set_years({{2024, YearStatus::Adopted}, {2024, YearStatus::Preliminary}}), miljoplan::InvalidArgument);
    EXPECT_EQ(plan.years().size(), 3u) << "a rejected set_years must not change the plan";
    plan.set_years({});
    EXPECT_FALSE(plan.last_year());
}

TEST(Plan, AdoptionDeadlineIsTheEndOfTheCycleMonthBeforeTheFirstYear)
{
    Plan plan = empty_plan();
    EXPECT_FALSE(plan.adoption_deadline()) << "no years, no deadline";
    plan.set_years({{2024, YearStatus::Adopted}});
    EXPECT_EQ(plan.adoption_deadline(), miljoplan::make_date(2023, 6, 30));
    miljoplan::PlanningCycle cycle;
    cycle.adoption_deadline_month = 2;
    plan.organisation()->set_cycle(cycle);
    plan.set_years({{2025, YearStatus::Adopted}});
    EXPECT_EQ(plan.adoption_deadline(), miljoplan::make_date(2024, 2, 29));
    cycle.adoption_years_before = 0;
    cycle.adoption_deadline_month = 12;
    plan.organisation()->set_cycle(cycle);
    EXPECT_EQ(plan.adoption_deadline(), miljoplan::make_date(2025, 12, 31));
}

TEST(Plan, ActivitiesAreAddedFoundAndRemovedById)
{
    Plan plan = empty_plan();
    const auto a = plan.add_activity(ActivityId("a"), "Avfall");
    a->set_category("Tillsynsprojekt");
    plan.add_activity(ActivityId("b"), "Buller")->set_category("Handläggarstöd");
    plan.add_activity(ActivityId("c"), "Cement")->set_category("Tillsynsprojekt");
    EXPECT_EQ(plan.find_activity(ActivityId("a")), a);
    EXPECT_EQ(plan.find_activity(ActivityId("x")), nullptr);
    ASSERT_EQ(plan.activities_in("Tillsynsprojekt").size(), 2u);
    EXPECT_EQ(plan.activities_in("Tillsynsprojekt")[1]->title(), "Cement");
    EXPECT_TRUE(plan.remove_activity(ActivityId("a")));
    EXPECT_FALSE(plan.remove_activity(ActivityId("a")));
    EXPECT_EQ(plan.activities().size(), 2u);
    EXPECT_EQ(plan.activities()[0]->id(), ActivityId("b"));
}

TEST(Plan, AddingATakenActivityIdThrowsDuplicateId)
{
    Plan plan = empty_plan();
    plan.add_activity(ActivityId("a"), "Avfall");
    try {
        plan.add_activity(ActivityId("a"), "Annat");
        FAIL() << "a second activity with id 'a' was accepted";
    } catch (const miljoplan::DuplicateId& e) {
        EXPECT_EQ(e.id(), "a");
        EXPECT_NE(std::string(e.what()).find("'a'"), std::string::npos) << e.what();
    }
    EXPECT_THROW(plan.add_activity(std::shared_ptr<miljoplan::Activity>()), miljoplan::InvalidArgument);
    EXPECT_EQ(plan.activities().size(), 1u);
    EXPECT_EQ(plan.activities()[0]->title(), "Avfall");
}

TEST(Plan, CloneIsDeepAndEqual)
{
    const auto original = miljoplan::example_plan();
    const auto copy = original->clone();
    ASSERT_EQ(*copy, *original);
    EXPECT_NE(copy->organisation(), original->organisation());
    EXPECT_NE(copy->budget(), original->budget());

    copy->find_activity(ActivityId("bullerklagomal"))->set_title("Ändrad");
    copy->organisation()->find_party(ActorId("lansstyrelsen"))->set_name("Ändrad");
    copy->proposal_bank().proposals().front()->set_title("Ändrad");
    copy->budget()->set_costs({});
    copy->set_categories({});

    EXPECT_EQ(original->find_activity(ActivityId("bullerklagomal"))->title(), "Bullerklagomål");
    EXPECT_EQ(original->organisation()->find_party(ActorId("lansstyrelsen"))->name(), "Länsstyrelsen i Jönköpings län");
    EXPECT_EQ(original->proposal_bank().proposals().front()->title(), "Förorenade områdens påverkan på skolor och förskolor");
    EXPECT_EQ(original->budget()->costs().size(), 7u);
    EXPECT_EQ(original->categories().size(), 8u);
    EXPECT_NE(*copy, *original);
}

TEST(Plan, EqualityComparesContentNotPointers)
{
    const auto a = miljoplan::example_plan();
    const auto b = miljoplan::example_plan();
    EXPECT_EQ(*a, *b);
    b->find_activity(ActivityId("nyhetsbrev"))->extra_fields().set("x", "1");
    EXPECT_NE(*a, *b);
    const auto c = miljoplan::example_plan();
    c->set_budget(nullptr);
    EXPECT_NE(*a, *c);
}
