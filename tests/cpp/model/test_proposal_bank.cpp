// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "miljoplan/error.h"
#include "miljoplan/model/proposal_bank.h"

using miljoplan::Proposal;
using miljoplan::ProposalBank;
using miljoplan::ProposalId;

TEST(ProposalBank, YearsMustNotEndBeforeTheyStart)
{
    ProposalBank bank;
    bank.set_years(2025, 2027);
    EXPECT_EQ(bank.first_year(), 2025);
    EXPECT_EQ(bank.last_year(), 2027);
    EXPECT_THROW(bank.set_years(2027, 2025), miljoplan::InvalidArgument);
    EXPECT_EQ(bank.first_year(), 2025);
    bank.set_years(2025, 2025);
    bank.set_years(std::nullopt, 2024);
    EXPECT_FALSE(bank.first_year());
}

TEST(ProposalBank, ProposalsAreAddedFoundAndRemovedById)
{
    ProposalBank bank;
    bank.add_proposal(std::make_shared<Proposal>(ProposalId("a"), "A"));
    bank.add_proposal(std::make_shared<Proposal>(ProposalId("b"), "B"));
    EXPECT_THROW(bank.add_proposal(std::make_shared<Proposal>(ProposalId("a"), "Annan")), miljoplan::DuplicateId);
    EXPECT_THROW(bank.add_proposal(nullptr), miljoplan::InvalidArgument);
    ASSERT_NE(bank.find_proposal(ProposalId("b")), nullptr);
    EXPECT_EQ(bank.find_proposal(ProposalId("b"))->title(), "B");
    EXPECT_TRUE(bank.remove_proposal(ProposalId("a")));
    EXPECT_FALSE(bank.remove_proposal(ProposalId("a")));
    EXPECT_EQ(bank.proposals().size(), 1u);
}

TEST(ProposalBank, CloneCopiesTheProposals)
{
    ProposalBank bank;
    bank.set_areas({"Tillsyn miljöskydd"});
    bank.add_proposal(std::make_shared<Proposal>(ProposalId("a"), "A"));
    ProposalBank copy = bank.clone();
    EXPECT_EQ(copy, bank);
    copy.find_proposal(ProposalId("a"))->set_title("Ändrad");
    EXPECT_EQ(bank.find_proposal(ProposalId("a"))->title(), "A");
    EXPECT_NE(copy, bank);
}
