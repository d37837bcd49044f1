// SPDX-License-Identifier: Apache-2.0
#include <tuple>

#include <gtest/gtest.h>

#include "miljoplan/model/effect_goal.h"

using miljoplan::GoalKind;

TEST(GoalKind, PrintsSwedishTokensAndParsesBothLanguages)
{
    const std::vector<std::tuple<GoalKind, std::string, std::string>> table{
        {GoalKind::Generational, "generationsmål", "generational"},
        {GoalKind::EnvironmentalQuality, "miljökvalitetsmål", "environmental quality"},
        {GoalKind::SustainableDevelopment, "globalt mål", "sustainable development"},
    };
    for (const auto& [kind, swedish, english] : table) {
        EXPECT_EQ(miljoplan::to_string(kind), swedish);
        EXPECT_EQ(miljoplan::parse_goal_kind(swedish), kind) << swedish;
        EXPECT_EQ(miljoplan::parse_goal_kind(english), kind) << english;
    }
    EXPECT_EQ(miljoplan::parse_goal_kind("environmental_quality"), GoalKind::EnvironmentalQuality);
    EXPECT_EQ(miljoplan::parse_goal_kind("Globalt  mål"), GoalKind::SustainableDevelopment);
    EXPECT_FALSE(miljoplan::parse_goal_kind("globala mål"));
}

TEST(EffectGoal, EqualityIncludesVariantsAndNote)
{
    miljoplan::EffectGoal a{miljoplan::GoalId("mkm-4"), GoalKind::EnvironmentalQuality, 4, "Giftfri miljö",
                            "A Non-Toxic Environment", {}, "NM.4", "", ""};
    miljoplan::EffectGoal b = a;
    EXPECT_EQ(a, b);
    b.variants = {"giftfri"};
    EXPECT_NE(a, b);
    b = a;
    b.note = "osäker";
    EXPECT_NE(a, b);
}
