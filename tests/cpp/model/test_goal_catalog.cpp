// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "miljoplan/error.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/model/goal_catalog.h"

using miljoplan::EffectGoal;
using miljoplan::GoalCatalog;
using miljoplan::GoalId;
using miljoplan::GoalKind;
using miljoplan::GoalRef;
using miljoplan::OpenGoals;

namespace {

const GoalCatalog& catalog() { return miljoplan::builtin_goal_catalog(); }

std::string id_named(std::string_view name)
{
    const EffectGoal* goal = catalog().find_by_name(name);
    return goal ? goal->id.value() : "<none>";
}

std::vector<std::string> goal_ids(const miljoplan::GoalPhrase& phrase)
{
    std::vector<std::string> out;
    for (const auto& ref : phrase.refs) out.push_back(ref.goal.value());
    return out;
}

}  // namespace

TEST(GoalCatalog, BuiltinHoldsGenerationalGoalSixteenQualityGoalsAndSeventeenGlobalGoals)
{
    const auto& goals = catalog().goals();
    ASSERT_EQ(goals.size(), 34u);
    EXPECT_EQ(goals[0].id, GoalId("generationsmalet"));
    EXPECT_EQ(goals[0].kind, GoalKind::Generational);
    EXPECT_EQ(goals[0].number, 0);
    for (int n = 1; n <= 16; ++n) {
        const EffectGoal& goal = goals[static_cast<std::size_t>(n)];
        EXPECT_EQ(goal.id, GoalId("mkm-" + std::to_string(n)));
        EXPECT_EQ(goal.kind, GoalKind::EnvironmentalQuality);
        EXPECT_EQ(goal.number, n);
    }
    for (int n = 1; n <= 17; ++n) {
        const EffectGoal& goal = goals[static_cast<std::size_t>(16 + n)];
        EXPECT_EQ(goal.id, GoalId("sdg-" + std::to_string(n)));
        EXPECT_EQ(goal.kind, GoalKind::SustainableDevelopment);
        EXPECT_EQ(goal.number, n);
    }
}

TEST(GoalCatalog, BuiltinCarriesTheOfficialNamesThePlanUses)
{
    const std::vector<std::pair<std::string, std::string>> names{
        {"mkm-4", "Giftfri miljö"},       {"mkm-7", "Ingen övergödning"},
        {"mkm-8", "Levande sjöar och vattendrag"}, {"mkm-15", "God bebyggd miljö"},
        {"mkm-16", "Ett rikt växt- och djurliv"},  {"sdg-3", "Hälsa och välbefinnande"},
        {"sdg-9", "Hållbar industri, innovationer och infrastruktur"},
        {"sdg-11", "Hållbara städer och samhällen"},
    };
    for (const auto& [id, name] : names) {
        const EffectGoal* goal = catalog().find(GoalId(id));
        ASSERT_NE(goal, nullptr) << id;
        EXPECT_EQ(goal->name_sv, name);
    }
    EXPECT_EQ(catalog().find(GoalId("mkm-17")), nullptr);
    EXPECT_EQ(catalog().find(GoalId("sdg-0")), nullptr);
}

TEST(GoalCatalog, FindByNameIgnoresCaseIncludingSwedishLetters)
{
    EXPECT_EQ(id_named("GIFTFRI MILJÖ"), "mkm-4");
    EXPECT_EQ(id_named("giftfri miljö"), "mkm-4");
    EXPECT_EQ(id_named("  Ingen   ÖVERGÖDNING "), "mkm-7");
    EXPECT_EQ(id_named("HÄLSA OCH VÄLBEFINNANDE"), "sdg-3");
    EXPECT_EQ(id_named("A Non-Toxic Environment"), "mkm-4");  // English name
    EXPECT_EQ(id_named("God hälsa och välbefinnande"), "sdg-3");  // a variant
    EXPECT_EQ(id_named("MKM-15"), "mkm-15");  // the id itself
    EXPECT_EQ(id_named("giftfri miljo"), "<none>");  // no accent folding: ö is not o
    EXPECT_EQ(id_named(""), "<none>");
}

TEST(GoalCatalog, SuggestsTheClosestIdOrName)
{
    EXPECT_EQ(catalog().suggest("mkm-44"), std::optional<std::string>("mkm-4"));
    EXPECT_EQ(catalog().suggest("giftfri miljo"), std::optional<std::string>("Giftfri miljö"));
    EXPECT_EQ(catalog().suggest("Levande sjöar och vatendrag"), std::optional<std::string>("Levande sjöar och vattendrag"));
    EXPECT_FALSE(catalog().suggest("kompetensförsörjning"));
}

TEST(GoalCatalog, AddRejectsEmptyAndDuplicateIds)
{
    GoalCatalog own;
    own.add(EffectGoal{GoalId("x-1"), GoalKind::EnvironmentalQuality, 1, "Ett", "", {}, "", "", ""});
    EXPECT_THROW(own.add(EffectGoal{GoalId("x-1"), GoalKind::EnvironmentalQuality, 2, "Två", "", {}, "", "", ""}),
                 miljoplan::DuplicateId);
    EXPECT_THROW(own.add(EffectGoal{}), miljoplan::InvalidArgument);
    EXPECT_EQ(own.goals().size(), 1u);
    const EffectGoal g{GoalId("y"), GoalKind::Generational, 0, "Y", "", {}, "", "", ""};
    EXPECT_THROW(GoalCatalog({g, g}), miljoplan::DuplicateId);
}

TEST(GoalCatalogResolve, ReadsGoalsAndTheOpenMarker)
{
    const auto r = catalog().resolve("God bebyggd miljö, giftfri miljö, m.fl.");
    EXPECT_EQ(r.phrase.text, "God bebyggd miljö, giftfri miljö, m.fl.");
    EXPECT_EQ(goal_ids(r.phrase), (std::vector<std::string>{"mkm-15", "mkm-4"}));
    EXPECT_EQ(r.phrase.open, OpenGoals::AndOthers);
    EXPECT_TRUE(r.unresolved.empty());
}

TEST(GoalCatalogResolve, FlertaletMeansMostGoals)
{
    const auto r = catalog().resolve("Flertalet");
    EXPECT_EQ(r.phrase.open, OpenGoals::Most);
    EXPECT_TRUE(r.phrase.refs.empty());
    EXPECT_TRUE(r.unresolved.empty());
}

TEST(GoalCatalogResolve, KeepsOchInsideGoalNamesAndSplitsItBetweenGoals)
{
    auto r = catalog().resolve("Giftfri miljö, god bebyggd miljö, levande sjöar och vattendrag");
    EXPECT_EQ(goal_ids(r.phrase), (std::vector<std::string>{"mkm-4", "mkm-15", "mkm-8"}));
    r = catalog().resolve("Giftfri miljö och god bebyggd miljö");
    EXPECT_EQ(goal_ids(r.phrase), (std::vector<std::string>{"mkm-4", "mkm-15"}));
    EXPECT_TRUE(r.unresolved.empty());
}

TEST(GoalCatalogResolve, ReadsAProgrammeMeasureAndTheGoalOfItsSection)
{
    const auto r = catalog().resolve(
        "Åtgärd nr 6 i avsnittet ”Ingen övergödning” i åtgärdsprogrammet ”Vattnets miljömål 2017-2021”");
    ASSERT_EQ(r.phrase.refs.size(), 1u);
    const GoalRef& ref = r.phrase.refs[0];
    EXPECT_EQ(ref.goal, GoalId("mkm-7"));
    ASSERT_TRUE(ref.measure);
    EXPECT_EQ(ref.measure->number, "6");
    EXPECT_EQ(ref.measure->section, "Ingen övergödning");
    EXPECT_EQ(ref.measure->programme, "Vattnets miljömål 2017-2021");
    EXPECT_TRUE(r.unresolved.empty());
}

TEST(GoalCatalogResolve, AMeasureWhoseSectionIsNoGoalHasNoGoal)
{
    const auto r = catalog().resolve("Åtgärd nr 4 i avsnittet ”Klimatanpassning” i åtgärdsprogrammet ”Länets program”");
    ASSERT_EQ(r.phrase.refs.size(), 1u);
    EXPECT_TRUE(r.phrase.refs[0].goal.empty());
    ASSERT_TRUE(r.phrase.refs[0].measure);
    EXPECT_EQ(r.phrase.refs[0].measure->number, "4");
    EXPECT_EQ(r.phrase.refs[0].measure->section, "Klimatanpassning");
}

TEST(GoalCatalogResolve, UnknownNamesEndUpUnresolved)
{
    const auto r = catalog().resolve("Giftfri miljö, Ren luft i städerna, m.fl.");
    EXPECT_EQ(goal_ids(r.phrase), (std::vector<std::string>{"mkm-4"}));
    EXPECT_EQ(r.unresolved, (std::vector<std::string>{"Ren luft i städerna"}));
    EXPECT_EQ(r.phrase.open, OpenGoals::AndOthers);
    EXPECT_TRUE(catalog().resolve("").phrase.empty());
}

// sdg-9's own name holds a comma, which is also the separator between goals in a cell.
TEST(GoalCatalogResolve, ReadsAGoalNameThatContainsAComma)
{
    auto r = catalog().resolve("Hållbar industri, innovationer och infrastruktur");
    EXPECT_EQ(goal_ids(r.phrase), (std::vector<std::string>{"sdg-9"}));
    EXPECT_TRUE(r.unresolved.empty()) << r.unresolved.front();
    r = catalog().resolve("Giftfri miljö, hållbar industri, innovationer och infrastruktur, m.fl.");
    EXPECT_EQ(goal_ids(r.phrase), (std::vector<std::string>{"mkm-4", "sdg-9"}));
    EXPECT_EQ(r.phrase.open, OpenGoals::AndOthers);
    EXPECT_TRUE(r.unresolved.empty());
    r = catalog().resolve("A Balanced Marine Environment, Flourishing Coastal Areas and Archipelagos, Giftfri miljö");
    EXPECT_EQ(goal_ids(r.phrase), (std::vector<std::string>{"mkm-10", "mkm-4"}));
    EXPECT_TRUE(r.unresolved.empty());
}

TEST(GoalCatalogResolve, EveryEffectGoalCellOfTheReferencePlanGivesTheStoredRefs)
{
    const auto plan = miljoplan::example_plan();
    std::size_t cells_with_goals = 0;
    for (const auto& activity : plan->activities()) {
        const auto& stored = activity->effect_goals();
        const auto r = catalog().resolve(stored.text);
        EXPECT_EQ(r.phrase, stored) << activity->id().value() << ": " << stored.text;
        EXPECT_TRUE(r.unresolved.empty()) << activity->id().value() << ": " << r.unresolved.front();
        if (!stored.refs.empty()) ++cells_with_goals;
    }
    EXPECT_EQ(cells_with_goals, 7u);
}
