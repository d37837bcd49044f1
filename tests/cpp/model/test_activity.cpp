// SPDX-License-Identifier: Apache-2.0
#include <functional>

#include <gtest/gtest.h>

#include "miljoplan/error.h"
#include "miljoplan/model/activity.h"

using miljoplan::Activity;
using miljoplan::ActivityId;

TEST(Activity, ConstructorRejectsEmptyIdOrTitle)
{
    EXPECT_THROW(Activity(ActivityId(""), "Bullerklagomål"), miljoplan::InvalidArgument);
    EXPECT_THROW(Activity(ActivityId("bullerklagomal"), ""), miljoplan::InvalidArgument);
    Activity activity(ActivityId("bullerklagomal"), "Bullerklagomål");
    EXPECT_THROW(activity.set_title(""), miljoplan::InvalidArgument);
    EXPECT_EQ(activity.title(), "Bullerklagomål");
    EXPECT_FALSE(activity.year());
    EXPECT_TRUE(activity.responsible().empty());
    EXPECT_TRUE(activity.effect_goals().empty());
}

TEST(Activity, EqualityComparesEveryColumn)
{
    const Activity base(ActivityId("a"), "A");
    const std::vector<std::function<void(Activity&)>> changes{
        [](Activity& a) { a.set_category("Tillsynsprojekt"); },
        [](Activity& a) { a.set_year(2024); },
        [](Activity& a) { a.set_goal("Mål"); },
        [](Activity& a) { a.set_implementation("Gör"); },
        [](Activity& a) { a.set_timing_text("Våren 2024"); },
        [](Activity& a) { a.set_responsible({"Länssamordnaren", {}}); },
        [](Activity& a) { a.set_partners({"Länets kommuner", {}}); },
        [](Activity& a) { a.set_effect_goals({"Flertalet", {}, miljoplan::OpenGoals::Most}); },
        [](Activity& a) { a.extra_fields().set("x", "1"); },
        [](Activity& a) { a.set_title("B"); },
    };
    for (std::size_t i = 0; i < changes.size(); ++i) {
        Activity changed = base;
        changes[i](changed);
        EXPECT_NE(changed, base) << "change " << i << " went unnoticed";
    }
    EXPECT_EQ(Activity(ActivityId("a"), "A"), base);
}
