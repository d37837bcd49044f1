// SPDX-License-Identifier: Apache-2.0
#include <string>
#include <type_traits>
#include <unordered_set>

#include <gtest/gtest.h>

#include "miljoplan/types/ids.h"

using miljoplan::ActivityId;
using miljoplan::ActorId;
using miljoplan::GoalId;
using miljoplan::PlanId;
using miljoplan::ProposalId;

static_assert(!std::is_convertible_v<std::string, ActorId>, "a string must not silently become an actor id");
static_assert(!std::is_convertible_v<const char*, ActivityId>, "a literal must not silently become an id");
static_assert(std::is_constructible_v<ActorId, std::string>, "ids are built explicitly from text");
static_assert(!std::is_same_v<ActivityId, ActorId>, "activity and actor ids are different kinds");
static_assert(!std::is_convertible_v<ActivityId, ActorId>);
static_assert(!std::is_convertible_v<ActorId, ActivityId>);
static_assert(!std::is_convertible_v<ProposalId, ActivityId>);
static_assert(!std::is_same_v<GoalId, PlanId>);
static_assert(!std::is_convertible_v<ActorId, std::string>, "an id must not silently become a string");

TEST(Id, DefaultIsEmptyAndValueKeepsTheText)
{
    EXPECT_TRUE(ActorId().empty());
    const ActorId id("länssamordnare");
    EXPECT_FALSE(id.empty());
    EXPECT_EQ(id.value(), "länssamordnare");
}

TEST(Id, ComparesByText)
{
    EXPECT_EQ(ActorId("a"), ActorId("a"));
    EXPECT_NE(ActorId("a"), ActorId("b"));
    EXPECT_TRUE(ActorId("a") < ActorId("b"));
    EXPECT_FALSE(ActorId("b") < ActorId("a"));
}

TEST(Id, HashesLikeItsTextSoIdsKeyUnorderedSets)
{
    EXPECT_EQ(std::hash<GoalId>{}(GoalId("mkm-4")), std::hash<std::string>{}("mkm-4"));
    std::unordered_set<ActivityId> ids{ActivityId("a"), ActivityId("b"), ActivityId("a")};
    EXPECT_EQ(ids.size(), 2u);
    EXPECT_EQ(ids.count(ActivityId("b")), 1u);
}
