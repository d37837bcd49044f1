// SPDX-License-Identifier: Apache-2.0
// A proposal's life on the reference plan's proposal bank: its age and "new this year", its history and
// scores, and planning it as an activity that keeps them.
#include <gtest/gtest.h>

#include "miljoplan/error.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/io/json.h"

namespace {

using miljoplan::ActivityId;
using miljoplan::ProposalEvent;
using miljoplan::ProposalId;
using miljoplan::ProposalStatus;

}  // namespace

TEST(ProposalLifecycle, AgeAndNewThisYearFromTheSubmittedYear)
{
    const auto plan = miljoplan::example_plan();
    const auto& bank = plan->proposal_bank();
    // The 2024 plan's bank: proposals from 2020 to 2023, one without a year.
    const auto sewage = bank.find_proposal(ProposalId("sma-avlopp-handlaggarstod"));
    EXPECT_EQ(sewage->age(2024), 4);
    EXPECT_FALSE(plan->is_new_proposal(*sewage));
    const auto threats = bank.find_proposal(ProposalId("hot-och-vald"));
    EXPECT_EQ(threats->age(2024), 1);
    EXPECT_TRUE(plan->is_new_proposal(*threats));
    const auto digital = bank.find_proposal(ProposalId("digital-tillsyn"));
    EXPECT_EQ(digital->age(2024), std::nullopt);
    EXPECT_FALSE(plan->is_new_proposal(*digital));
    int fresh = 0;
    for (const auto& p : bank.proposals()) fresh += plan->is_new_proposal(*p);
    EXPECT_EQ(fresh, 2);  // the two 2023 proposals: hydrological conditions, threats and violence
    // A bank without recorded history keeps its proposals.
    EXPECT_EQ(sewage->status(), ProposalStatus::Kept);
}

TEST(ProposalLifecycle, TheStatusIsTheLastEvent)
{
    miljoplan::Proposal p(ProposalId("radon"), "Radon i flerbostadshus");
    p.set_submitted_year(2023);
    p.add_event({ProposalStatus::Received, 2023, miljoplan::make_date(2023, 3, 1), "Inkom från Aneby"});
    EXPECT_EQ(p.status(), ProposalStatus::Received);
    p.add_event({ProposalStatus::Assessed, 2023, std::nullopt, "Bedömd av beredningsgruppen"});
    p.add_event({ProposalStatus::Consulted, 2023, std::nullopt, "Skickat på remiss till kommunerna"});
    EXPECT_EQ(p.status(), ProposalStatus::Consulted);
    EXPECT_EQ(p.history().size(), 3u);
    for (auto s : {ProposalStatus::Received, ProposalStatus::Assessed, ProposalStatus::Consulted, ProposalStatus::Planned,
                   ProposalStatus::Kept, ProposalStatus::Rejected})
        EXPECT_EQ(miljoplan::parse_proposal_status(miljoplan::to_string(s)), s);
    EXPECT_EQ(miljoplan::to_string(ProposalStatus::Consulted), "remitterad");
    EXPECT_EQ(miljoplan::parse_proposal_status("Rejected"), ProposalStatus::Rejected);
    EXPECT_EQ(miljoplan::parse_proposal_status("godkänd"), std::nullopt);
}

TEST(ProposalLifecycle, PlanningAProposalKeepsItsHistoryAndScores)
{
    auto plan = miljoplan::example_plan();
    auto proposal = plan->proposal_bank().find_proposal(ProposalId("hot-och-vald"));
    proposal->set_submitted_by(miljoplan::ActorId("kommun-0604"));
    proposal->add_event({ProposalStatus::Received, 2023, std::nullopt, ""});
    proposal->set_assessments({{"behov", 3, miljoplan::ActorId("kommun-0680"), ""}});
    const std::string category = plan->categories().back();
    const auto activity = plan->plan_proposal(ProposalId("hot-och-vald"), ActivityId("utbildning-hot-och-vald"), 2024, category);

    EXPECT_EQ(activity->title(), "Utbildning om hot och våld");
    EXPECT_EQ(activity->category(), category);
    EXPECT_EQ(activity->year(), 2024);
    EXPECT_EQ(plan->activities().back(), activity);
    EXPECT_EQ(plan->proposal_bank().find_proposal(ProposalId("hot-och-vald")), nullptr);
    EXPECT_EQ(plan->proposal_bank().proposals().size(), 11u);
    ASSERT_TRUE(activity->origin());
    const auto& origin = *activity->origin();
    EXPECT_EQ(origin.proposal.value(), "hot-och-vald");
    EXPECT_EQ(origin.area, "Utbildning/föreläsning/workshop");
    EXPECT_EQ(origin.submitted_year, 2023);
    EXPECT_EQ(origin.submitted_by, miljoplan::ActorId("kommun-0604"));
    ASSERT_EQ(origin.history.size(), 2u);
    EXPECT_EQ(origin.history.back(), (ProposalEvent{ProposalStatus::Planned, 2023, std::nullopt, "Planerad som aktivitet 2024"}));
    EXPECT_EQ(origin.assessments.size(), 1u);

    // The origin survives the file format.
    const auto again = miljoplan::plan_from_json(miljoplan::plan_to_json(*plan));
    EXPECT_EQ(*again, *plan);
    EXPECT_EQ(again->find_activity(ActivityId("utbildning-hot-och-vald"))->origin(), activity->origin());
}

TEST(ProposalLifecycle, PlanningRefusesWhatCannotBePlanned)
{
    auto plan = miljoplan::example_plan();
    const std::string category = plan->categories().front();
    EXPECT_THROW(plan->plan_proposal(ProposalId("finns-inte"), ActivityId("x"), 2024, category), miljoplan::InvalidArgument);
    EXPECT_THROW(plan->plan_proposal(ProposalId("biocidprodukter"), ActivityId("x"), 2026, category), miljoplan::InvalidArgument);
    EXPECT_THROW(plan->plan_proposal(ProposalId("biocidprodukter"), ActivityId("oljeavskiljare"), 2024, category),
                 miljoplan::DuplicateId);
    // Nothing moved when refused.
    EXPECT_NE(plan->proposal_bank().find_proposal(ProposalId("biocidprodukter")), nullptr);
    EXPECT_EQ(plan->activities().size(), 26u);
}
