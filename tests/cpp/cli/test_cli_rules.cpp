// SPDX-License-Identifier: Apache-2.0
// `miljoplan validate` and the rule engine: the catalogue (--rules), switching a rule off (--disable)
// and linking the previous year's plan (--previous).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "miljoplan/io/embedded.h"
#include "miljoplan/io/json.h"
#include "miljoplan/rules/rule_catalog.h"
#include "test_support.h"

#ifdef MILJOPLAN_CLI

using miljoplan::testing::run;
using miljoplan::testing::TempDir;

namespace {

miljoplan::testing::CommandResult cli(const std::vector<std::string>& args) { return run(MILJOPLAN_CLI, args); }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::vector<std::string> codes_of(const std::string& json_out)
{
    std::vector<std::string> out;
    const auto doc = nlohmann::json::parse(json_out);
    for (const auto& f : doc.at("findings")) out.push_back(f.at("code").get<std::string>());
    return out;
}

}  // namespace

TEST(CliRules, RulesListsEveryCode)
{
    const auto r = cli({"validate", "--rules"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    for (const auto& rule : miljoplan::rule_catalog())
        EXPECT_TRUE(contains(r.out, rule.code + " (")) << rule.code << "\n" << r.out;
    EXPECT_TRUE(contains(r.out, "budget.costs_total (FEL): Tryckt summa kostnader ska vara summan av kostnadsraderna.\n"))
        << r.out;
    EXPECT_TRUE(contains(r.out, "    tolerance_percent = 50  ")) << r.out;
    const auto en = cli({"validate", "--rules", "--lang", "en"});
    EXPECT_TRUE(contains(en.out, "budget.costs_total (error): The printed cost total equals the sum of the cost lines.\n"))
        << en.out;
}

TEST(CliRules, RulesAsJsonParsesAndMatchesTheCatalogue)
{
    const auto r = cli({"validate", "--rules", "--json"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);  // throws, failing the test, unless valid JSON
    const auto& rules = doc.at("rules");
    const auto& catalog = miljoplan::rule_catalog();
    ASSERT_EQ(rules.size(), catalog.size());
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        EXPECT_EQ(rules[i]["code"], catalog[i].code);
        EXPECT_EQ(rules[i]["area"], catalog[i].area);
        EXPECT_EQ(rules[i]["severity"], miljoplan::to_string(catalog[i].severity));
        EXPECT_EQ(rules[i]["purpose"], catalog[i].purpose_sv);
        ASSERT_EQ(rules[i]["parameters"].size(), catalog[i].parameters.size()) << catalog[i].code;
        for (std::size_t k = 0; k < catalog[i].parameters.size(); ++k) {
            EXPECT_EQ(rules[i]["parameters"][k]["name"], catalog[i].parameters[k].name);
            EXPECT_EQ(rules[i]["parameters"][k]["default"], catalog[i].parameters[k].default_value);
        }
    }
}

TEST(CliRules, DisableRemovesThatFindingOnly)
{
    const auto all = cli({"validate", "--json"});
    EXPECT_EQ(codes_of(all.out),
              (std::vector<std::string>{"budget.costs_total", "budget.result_printed_totals", "budget.catering_meetings",
                                        "plan.dates_partly_outside_years", "plan.adoption_date_missing"}));
    const auto r = cli({"validate", "--json", "--disable", "budget.catering_meetings"});
    EXPECT_EQ(r.exit_code, 1) << r.err;  // the cost total error remains
    EXPECT_EQ(codes_of(r.out), (std::vector<std::string>{"budget.costs_total", "budget.result_printed_totals",
                                                          "plan.dates_partly_outside_years", "plan.adoption_date_missing"}));
    // Repeatable; with the only error switched off the exit code is 0.
    const auto two = cli({"validate", "--disable", "budget.catering_meetings", "--disable", "budget.costs_total"});
    EXPECT_EQ(two.exit_code, 0) << two.out << two.err;
    EXPECT_FALSE(contains(two.out, "budget.catering_meetings")) << two.out;
    EXPECT_TRUE(contains(two.out, "\n0 fel, 1 varning\n")) << two.out;
}

TEST(CliRules, DisablingAnUnknownRuleIsWrongUsage)
{
    const auto r = cli({"validate", "--disable", "nosuchrule"});
    EXPECT_EQ(r.exit_code, 64);
    EXPECT_TRUE(contains(r.err, "nosuchrule")) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
}

TEST(CliRules, PreviousPlanLinksTheCarriedOverSurplus)
{
    const TempDir dir;
    // Last year's plan holds the 2023 outcome: 55 tkr surplus. This year's budget carries over 0 tkr.
    auto previous = miljoplan::example_plan();
    auto outcome = std::make_shared<miljoplan::Budget>(2023);
    outcome->set_version(miljoplan::BudgetVersion::Outcome);
    outcome->add_income(miljoplan::BudgetLine{"in", "Inbetalningar", miljoplan::Money::from_tkr(1266), {}, {}});
    outcome->add_cost(miljoplan::BudgetLine{"ut", "Kostnader", miljoplan::Money::from_tkr(1211), {}, {}});
    previous->add_budget_version(outcome);
    const std::string prev_path = dir.file("previous.json");
    miljoplan::save_plan(*previous, prev_path);
    const std::string plan_path = dir.file("plan.json");
    miljoplan::save_plan(*miljoplan::example_plan(), plan_path);

    const auto without = cli({"validate", "--json", plan_path});
    EXPECT_EQ(without.exit_code, 1) << without.err;
    EXPECT_EQ(codes_of(without.out).size(), 5u);
    const auto with = cli({"validate", "--json", plan_path, "--previous", prev_path});
    EXPECT_EQ(with.exit_code, 1) << with.err;
    const auto doc = nlohmann::json::parse(with.out);
    ASSERT_EQ(doc["findings"].size(), 6u) << with.out;
    const auto& carry = doc["findings"][2];
    EXPECT_EQ(carry["code"], "budget.carry_over");
    EXPECT_EQ(carry["severity"], "error");
    EXPECT_EQ(carry["path"], "$.budget");
    EXPECT_EQ(carry["message"],
              "Överskott från föregående år är 0 tkr men bokslutet 2023 gav resultatet 55 tkr (skillnad -55 tkr)");
    // A previous plan that cannot be read is a read error.
    const auto missing = cli({"validate", plan_path, "--previous", dir.file("none.json")});
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_TRUE(contains(missing.err, "none.json")) << missing.err;
}

#endif
