// SPDX-License-Identifier: Apache-2.0
// The file format of the rule engine's inputs: the organisation's "funding" and "rules", a budget's
// "version", "decided_by", "decided_on", "covers" and "deficit_decision", and a plan's "budget_versions".
// Each round-trips exactly; bad values are errors naming their JSON path.
#include <functional>
#include <tuple>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "miljoplan/io/embedded.h"
#include "miljoplan/io/json.h"
#include "test_support.h"

using miljoplan::testing::classify;
using Json = nlohmann::ordered_json;

namespace miljoplan {

namespace {

Funding shared_office_funding()
{
    Funding f;
    f.key = FeeKey::BasePlusPerInhabitant;
    f.unit_fee = Money::from_kronor(20'000);
    f.per_inhabitant_ore = 325;
    f.units.push_back(PayingUnit{"aneby-gnosjo", "Aneby och Gnosjö", {ActorId("kommun-0604"), ActorId("kommun-0617")}, {}});
    f.units.push_back(PayingUnit{"jonkoping", "", {ActorId("kommun-0680")}, Money::from_kronor(475'023)});
    f.text = "Grundavgift 20 000 kr och 3,25 kr per invånare";
    return f;
}

RuleSettings some_settings()
{
    RuleSettings s;
    s["budget.catering_meetings"] = RuleSetting{true, Severity::Info, {{"assumed_meetings", 20}, {"tolerance_percent", 25}}};
    s["plan.adoption_date_missing"] = RuleSetting{false, std::nullopt, {}};
    s["budget.costs_total"] = RuleSetting{true, std::nullopt, {{"tolerance_kronor", 1000}}};
    return s;
}

std::shared_ptr<Organisation> profile()
{
    auto org = example_plan()->organisation();
    org->set_funding(shared_office_funding());
    org->set_rule_settings(some_settings());
    return org;
}

// The profile's JSON with @p edit applied, read back: what went wrong, and where.
testing::LoadOutcome load_edited(const std::function<void(Json&)>& edit)
{
    Json doc = Json::parse(organisation_to_json(*profile()));
    edit(doc);
    return classify([&] { organisation_from_json(doc.dump()); });
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST(JsonRules, FundingAndRulesRoundTrip)
{
    const auto org = profile();
    const std::string text = organisation_to_json(*org);
    const auto again = organisation_from_json(text);
    EXPECT_EQ(again->funding(), org->funding());
    EXPECT_EQ(again->rule_settings(), org->rule_settings());
    EXPECT_EQ(organisation_to_json(*again), text);
    const Json doc = Json::parse(text);
    EXPECT_EQ(doc["funding"]["key"], "grund plus per invånare");
    EXPECT_EQ(doc["funding"]["unit_fee"], 20'000);
    EXPECT_EQ(doc["funding"]["per_inhabitant_ore"], 325);
    EXPECT_EQ(doc["funding"]["units"][0]["parties"], (Json{"kommun-0604", "kommun-0617"}));
    EXPECT_EQ(doc["funding"]["units"][1]["fixed_amount"], 475'023);
    EXPECT_FALSE(doc["funding"]["units"][1].contains("name"));
    EXPECT_EQ(doc["rules"]["budget.catering_meetings"],
              (Json{{"enabled", true}, {"severity", "info"}, {"parameters", {{"assumed_meetings", 20}, {"tolerance_percent", 25}}}}));
    EXPECT_EQ(doc["rules"]["plan.adoption_date_missing"], (Json{{"enabled", false}}));
}

TEST(JsonRules, TheDocumentedExampleReads)
{
    // docs/rules.md, "Choosing rules in the organisation's profile".
    const auto outcome = load_edited([](Json& doc) {
        doc["rules"] = Json::parse(R"({
          "budget.catering_meetings": {"enabled": true, "severity": "info",
                                       "parameters": {"assumed_meetings": 20, "tolerance_percent": 25}},
          "plan.adoption_date_missing": {"enabled": false},
          "budget.costs_total": {"parameters": {"tolerance_kronor": 1000}}
        })");
    });
    EXPECT_EQ(outcome.kind, "ok") << outcome.message;
    Json doc = Json::parse(organisation_to_json(*profile()));
    const auto org = organisation_from_json(doc.dump());
    EXPECT_EQ(org->rule_settings(), some_settings());
    // A profile without funding or rules has none: no key, no units, no settings.
    doc.erase("funding");
    doc.erase("rules");
    const auto bare = organisation_from_json(doc.dump());
    EXPECT_EQ(bare->funding(), Funding{});
    EXPECT_TRUE(bare->rule_settings().empty());
    EXPECT_FALSE(Json::parse(organisation_to_json(*bare)).contains("funding"));
    EXPECT_FALSE(Json::parse(organisation_to_json(*bare)).contains("rules"));
}

TEST(JsonRules, BadFundingAndRulesNameTheirPath)
{
    struct Case {
        std::function<void(Json&)> edit;
        std::string path;
        std::string detail;
    };
    const std::vector<Case> cases{
        {[](Json& d) { d["funding"]["key"] = "per hushåll"; }, "$.funding.key", "per hushåll"},
        {[](Json& d) { d["funding"]["per_inhabitant_ore"] = -1; }, "$.funding.per_inhabitant_ore", "between 0 and"},
        {[](Json& d) { d["funding"]["units"][1]["id"] = "aneby-gnosjo"; }, "$.funding.units[1].id",
         "duplicate paying unit id 'aneby-gnosjo'"},
        {[](Json& d) { d["funding"]["units"][0]["parties"] = Json::array(); }, "$.funding.units[0].parties",
         "at least one party"},
        {[](Json& d) { d["funding"]["units"][0]["share"] = 1; }, "$.funding.units[0].share", "unknown field"},
        {[](Json& d) { d["rules"]["budget.costs_total"]["severity"] = "kritisk"; },
         "$.rules[\"budget.costs_total\"].severity", "unknown severity \"kritisk\""},
        {[](Json& d) { d["rules"]["budget.costs_total"]["parameters"]["tolerance_kronor"] = 2.5; },
         "$.rules[\"budget.costs_total\"].parameters.tolerance_kronor", ""},
        {[](Json& d) { d["rules"]["budget.costs_total"]["enabled"] = "ja"; }, "$.rules[\"budget.costs_total\"].enabled", ""},
    };
    for (const auto& c : cases) {
        const auto outcome = load_edited(c.edit);
        EXPECT_EQ(outcome.kind, "schema") << c.path << ": " << outcome.message;
        EXPECT_EQ(outcome.location.path, c.path) << outcome.message;
        EXPECT_TRUE(contains(outcome.message, c.detail)) << outcome.message;
    }
    // A setting for a rule that does not exist loads: validate() reports it (profile.unknown_rule).
    const auto unknown = load_edited([](Json& d) { d["rules"]["budget.costs_totals"] = Json::object(); });
    EXPECT_EQ(unknown.kind, "ok") << unknown.message;
}

TEST(JsonRules, BudgetVersionsRoundTrip)
{
    auto plan = example_plan();
    plan->budget()->set_decided_by(ActorId("styrgrupp"));
    plan->budget()->set_decided_on(make_date(2023, 6, 12));
    auto revised = std::make_shared<Budget>(*plan->budget());
    revised->set_version(BudgetVersion::Revised);
    revised->set_decided_on(make_date(2024, 2, 12));
    revised->set_covers("endast intäktssidan");
    revised->set_deficit_decision("Styrgruppen täcker underskottet med eget kapital");
    plan->add_budget_version(revised);
    auto outcome = std::make_shared<Budget>(2023);
    outcome->set_version(BudgetVersion::Outcome);
    outcome->add_income(BudgetLine{"in", "Inbetalningar", Money::from_kronor(1'196'000), {"member_payments"}, {}});
    plan->add_budget_version(outcome);

    const std::string text = plan_to_json(*plan);
    const auto again = plan_from_json(text);
    EXPECT_EQ(*again, *plan);
    ASSERT_EQ(again->budget_versions().size(), 2u);
    EXPECT_EQ(again->budget_versions()[0]->covers(), "endast intäktssidan");
    EXPECT_EQ(again->find_budget(2023, BudgetVersion::Outcome)->income_total(), Money::from_kronor(1'196'000));
    EXPECT_EQ(again->budget_in_force(2024)->version(), BudgetVersion::Revised);
    const Json doc = Json::parse(text);
    EXPECT_EQ(doc["budget"]["version"], "fastställd");
    EXPECT_EQ(doc["budget"]["decided_by"], "styrgrupp");
    EXPECT_EQ(doc["budget"]["decided_on"], "2023-06-12");
    EXPECT_FALSE(doc["budget"].contains("covers"));
    EXPECT_EQ(doc["budget_versions"][0]["version"], "reviderad");
    EXPECT_EQ(doc["budget_versions"][0]["deficit_decision"], "Styrgruppen täcker underskottet med eget kapital");
    EXPECT_EQ(doc["budget_versions"][1]["version"], "bokslut");
    EXPECT_EQ(doc["budget_versions"][1]["schema"], "Budget.1");
    // No versions, no key.
    EXPECT_FALSE(Json::parse(plan_to_json(*example_plan())).contains("budget_versions"));
}

TEST(JsonRules, BadBudgetVersionsNameTheirPath)
{
    Json doc = Json::parse(plan_to_json(*example_plan()));
    Json outcome = doc["budget"];
    outcome["version"] = "bokslut";
    outcome["year"] = 2023;
    const std::vector<std::tuple<std::function<void(Json&)>, std::string, std::string>> cases{
        {[](Json& d) { d["budget"]["version"] = "preliminär"; }, "$.budget.version", "preliminär"},
        {[](Json& d) { d["budget"]["decided_on"] = "2024-13-01"; }, "$.budget.decided_on", "2024-13-01"},
        {[](Json& d) { d["budget"]["decided_by"] = 7; }, "$.budget.decided_by", ""},
        {[&](Json& d) { d["budget_versions"] = Json::array({outcome, outcome}); }, "$.budget_versions[1]", ""},
        {[](Json& d) { d["budget_versions"] = Json::array({Json{{"year", 2023}, {"version", "avslut"}}}); },
         "$.budget_versions[0].version", "avslut"},
    };
    for (const auto& [edit, path, detail] : cases) {
        Json edited = doc;
        edit(edited);
        const auto result = classify([&] { plan_from_json(edited.dump()); });
        EXPECT_EQ(result.kind, "schema") << path << ": " << result.message;
        EXPECT_EQ(result.location.path, path) << result.message;
        EXPECT_TRUE(contains(result.message, detail)) << result.message;
    }
}

}  // namespace miljoplan
