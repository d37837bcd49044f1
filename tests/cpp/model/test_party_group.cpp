// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "miljoplan/error.h"
#include "miljoplan/model/party_group.h"

using miljoplan::ActorId;
using miljoplan::PartyGroup;

TEST(PartyGroup, ConstructorRejectsEmptyIdOrName)
{
    EXPECT_THROW(PartyGroup(ActorId(""), "Länets kommuner"), miljoplan::InvalidArgument);
    EXPECT_THROW(PartyGroup(ActorId("lanets-kommuner"), ""), miljoplan::InvalidArgument);
    PartyGroup group(ActorId("lanets-kommuner"), "Länets kommuner");
    EXPECT_THROW(group.set_name(""), miljoplan::InvalidArgument);
}

TEST(PartyGroup, EqualityDependsOnMemberOrder)
{
    PartyGroup a(ActorId("g"), "G");
    a.set_members({ActorId("x"), ActorId("y")});
    PartyGroup b(ActorId("g"), "G");
    b.set_members({ActorId("y"), ActorId("x")});
    EXPECT_NE(a, b);
    b.set_members(a.members());
    EXPECT_EQ(a, b);
}
