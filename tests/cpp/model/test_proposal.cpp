// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "miljoplan/error.h"
#include "miljoplan/model/proposal.h"

using miljoplan::Proposal;
using miljoplan::ProposalId;

TEST(Proposal, ConstructorRejectsEmptyIdOrTitle)
{
    EXPECT_THROW(Proposal(ProposalId(""), "Biocidprodukter"), miljoplan::InvalidArgument);
    EXPECT_THROW(Proposal(ProposalId("biocidprodukter"), ""), miljoplan::InvalidArgument);
    Proposal p(ProposalId("biocidprodukter"), "Biocidprodukter");
    EXPECT_THROW(p.set_title(""), miljoplan::InvalidArgument);
    EXPECT_EQ(p.title(), "Biocidprodukter");
}

TEST(Proposal, UnknownMarksAreDistinctFromFalse)
{
    Proposal a(ProposalId("p"), "P");
    Proposal b = a;
    EXPECT_FALSE(a.marked_new().has_value());
    b.set_marked_new(false);
    EXPECT_NE(a, b);
    b.set_marked_new(std::nullopt);
    b.set_submitted_year(2022);
    EXPECT_NE(a, b);
}
