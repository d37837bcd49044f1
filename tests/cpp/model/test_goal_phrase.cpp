// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "miljoplan/model/goal_phrase.h"

using miljoplan::GoalId;
using miljoplan::GoalPhrase;
using miljoplan::GoalRef;
using miljoplan::Measure;
using miljoplan::OpenGoals;

TEST(OpenGoals, PrintsFileTokensAndParsesAliases)
{
    EXPECT_EQ(miljoplan::to_string(OpenGoals::None), "");
    EXPECT_EQ(miljoplan::to_string(OpenGoals::AndOthers), "m.fl.");
    EXPECT_EQ(miljoplan::to_string(OpenGoals::Most), "flertalet");
    for (const char* text : {"m.fl.", "M.FL.", "mfl", "m fl", "and others", "and_others"})
        EXPECT_EQ(miljoplan::parse_open_goals(text), OpenGoals::AndOthers) << text;
    for (const char* text : {"flertalet", "Flertalet", "most"})
        EXPECT_EQ(miljoplan::parse_open_goals(text), OpenGoals::Most) << text;
    EXPECT_EQ(miljoplan::parse_open_goals(""), OpenGoals::None);
    EXPECT_EQ(miljoplan::parse_open_goals("none"), OpenGoals::None);
    EXPECT_FALSE(miljoplan::parse_open_goals("med flera m.m."));
    EXPECT_FALSE(miljoplan::parse_open_goals("alla"));
}

TEST(GoalPhrase, EmptyOnlyWithoutTextRefsOrMarker)
{
    EXPECT_TRUE(GoalPhrase{}.empty());
    EXPECT_FALSE((GoalPhrase{"", {}, OpenGoals::Most}).empty());
    EXPECT_FALSE((GoalPhrase{"", {GoalRef{GoalId("mkm-4"), std::nullopt}}, OpenGoals::None}).empty());
}

TEST(GoalRef, MeasureIsPartOfTheIdentity)
{
    const GoalRef plain{GoalId("mkm-7"), std::nullopt};
    const GoalRef six{GoalId("mkm-7"), Measure{"6", "Ingen övergödning", "Vattnets miljömål 2017-2021"}};
    const GoalRef five{GoalId("mkm-7"), Measure{"5", "Ingen övergödning", "Vattnets miljömål 2017-2021"}};
    EXPECT_NE(plain, six);
    EXPECT_NE(six, five);
    EXPECT_EQ(six, (GoalRef{GoalId("mkm-7"), Measure{"6", "Ingen övergödning", "Vattnets miljömål 2017-2021"}}));
}
