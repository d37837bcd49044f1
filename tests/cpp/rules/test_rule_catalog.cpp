// SPDX-License-Identifier: Apache-2.0
// The rule catalogue: stable, unique codes with both purposes, documented in docs/rules.md, and every
// rule covered by a passing and a failing case in the area tests (test_*_rules.cpp).
#include <fstream>
#include <set>
#include <sstream>

#include "rule_fixture.h"

namespace miljoplan::rules_test {

namespace {

std::string rules_doc()
{
    const std::string path = std::string(MILJOPLAN_SOURCE_DIR) + "/docs/rules.md";
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST(RuleCatalog, CodesAreUniqueAndNamedAfterTheirArea)
{
    const auto& catalog = rule_catalog();
    ASSERT_FALSE(catalog.empty());
    std::set<std::string> seen;
    // The areas of RuleInfo::area, and the three of docs/rules.md's "Governance, proposals and follow-up".
    const std::set<std::string> areas{"budget", "funding",    "plan",      "references", "timing",  "calendar",
                                      "profile", "governance", "proposals", "followup"};
    for (const auto& rule : catalog) {
        EXPECT_TRUE(seen.insert(rule.code).second) << "duplicate " << rule.code;
        EXPECT_EQ(areas.count(rule.area), 1u) << rule.code << " " << rule.area;
        // The code's prefix names the area ("ref." for references).
        const std::string prefix = rule.code.substr(0, rule.code.find('.'));
        EXPECT_EQ(prefix == "ref" ? "references" : prefix, rule.area) << rule.code;
        EXPECT_NE(rule.code.find('.'), std::string::npos) << rule.code;
    }
    // The budget, funding, reference, plan, timing, calendar and profile rules, in catalogue order.
    const std::vector<std::string> expected{
        "budget.income_total", "budget.costs_total", "budget.result", "budget.result_printed_totals", "budget.year",
        "budget.deficit", "budget.pass_through", "budget.carry_over", "budget.catering_meetings", "budget.course_income",
        "funding.payments", "funding.units", "ref.unknown_actor", "ref.unknown_goal", "plan.responsible_missing",
        "plan.dates_outside_years", "plan.dates_partly_outside_years", "plan.adoption_deadline",
        "plan.adoption_date_missing", "plan.year_statuses", "plan.horizon", "timing.unreadable", "timing.unparsed",
        "calendar.day_off", "calendar.excluded_month", "budget.overflow", "profile.unknown_rule"};
    std::vector<std::string> ours;
    for (const auto& rule : catalog)
        if (std::find(expected.begin(), expected.end(), rule.code) != expected.end()) ours.push_back(rule.code);
    EXPECT_EQ(ours, expected);
}

TEST(RuleCatalog, EveryRuleHasBothPurposesAndDescribedParameters)
{
    for (const auto& rule : rule_catalog()) {
        EXPECT_FALSE(rule.purpose_sv.empty()) << rule.code;
        EXPECT_FALSE(rule.purpose_en.empty()) << rule.code;
        EXPECT_NE(rule.purpose_sv, rule.purpose_en) << rule.code;
        std::set<std::string> names;
        for (const auto& p : rule.parameters) {
            EXPECT_TRUE(names.insert(p.name).second) << rule.code << " " << p.name;
            EXPECT_FALSE(p.description.empty()) << rule.code << " " << p.name;
            EXPECT_GE(p.default_value, 0) << rule.code << " " << p.name;
        }
    }
}

TEST(RuleCatalog, SeveritiesAndParametersAreThoseDocumented)
{
    const std::vector<std::pair<std::string, Severity>> some{
        {"budget.costs_total", Severity::Error},         {"budget.result_printed_totals", Severity::Warning},
        {"budget.catering_meetings", Severity::Warning}, {"plan.dates_partly_outside_years", Severity::Info},
        {"plan.adoption_date_missing", Severity::Info},  {"profile.unknown_rule", Severity::Warning},
        {"budget.overflow", Severity::Error},            {"funding.payments", Severity::Error}};
    for (const auto& [code, severity] : some) {
        const RuleInfo* rule = find_rule(code);
        ASSERT_NE(rule, nullptr) << code;
        EXPECT_EQ(rule->severity, severity) << code;
    }
    const RuleInfo* catering = find_rule("budget.catering_meetings");
    ASSERT_EQ(catering->parameters.size(), 2u);
    EXPECT_EQ(catering->parameters[0].name, "assumed_meetings");
    EXPECT_EQ(catering->parameters[0].default_value, 0);
    EXPECT_EQ(catering->parameters[1].name, "tolerance_percent");
    EXPECT_EQ(catering->parameters[1].default_value, 50);
    for (const std::string code : {"budget.income_total", "budget.costs_total", "budget.result", "budget.pass_through",
                                   "budget.carry_over", "funding.payments"}) {
        const RuleInfo* rule = find_rule(code);
        ASSERT_EQ(rule->parameters.size(), 1u) << code;
        EXPECT_EQ(rule->parameters[0].name, "tolerance_kronor") << code;
        EXPECT_EQ(rule->parameters[0].default_value, 0) << code;
    }
    EXPECT_TRUE(find_rule("budget.year")->parameters.empty());
}

TEST(RuleCatalog, DocsRulesMentionsEveryCodeWithItsSeverity)
{
    const std::string doc = rules_doc();
    for (const auto& rule : rule_catalog()) {
        const std::string heading = "### " + rule.code + " — " + to_string(rule.severity) + "\n";
        EXPECT_TRUE(contains(doc, heading)) << "docs/rules.md lacks the heading: " << heading;
        for (const auto& p : rule.parameters) EXPECT_TRUE(contains(doc, "`" + p.name + "`")) << rule.code << " " << p.name;
    }
}

TEST(RuleCatalog, FindRule)
{
    const RuleInfo* rule = find_rule("budget.costs_total");
    ASSERT_NE(rule, nullptr);
    EXPECT_EQ(rule->code, "budget.costs_total");
    EXPECT_EQ(rule->area, "budget");
    EXPECT_EQ(rule, &rule_catalog()[1]);  // a pointer into the catalogue, not a copy
    EXPECT_EQ(find_rule("budget.costs_totals"), nullptr);
    EXPECT_EQ(find_rule(""), nullptr);
    EXPECT_EQ(find_rule("BUDGET.COSTS_TOTAL"), nullptr);  // codes are exact
    for (const auto& r : rule_catalog()) EXPECT_EQ(find_rule(r.code), &r);
}

TEST(RuleCatalog, EveryRuleHasAPassingAndAFailingCase)
{
    std::multiset<std::string> covered;
    const std::vector<std::vector<RuleCase>> tables{budget_rule_cases(), funding_rule_cases(), plan_rule_cases(),
                                                    settings_rule_cases(), process_rule_cases()};
    for (const auto& cases : tables) {
        for (const auto& c : cases) {
            covered.insert(c.code);
            EXPECT_TRUE(c.fail) << c.code;
            EXPECT_FALSE(c.path.empty()) << c.code;
            EXPECT_FALSE(c.figures.empty()) << c.code;
            ASSERT_NE(find_rule(c.code), nullptr) << c.code;
            EXPECT_EQ(c.severity, find_rule(c.code)->severity) << c.code;
        }
    }
    for (const auto& rule : rule_catalog()) EXPECT_EQ(covered.count(rule.code), 1u) << rule.code;
    EXPECT_EQ(covered.size(), rule_catalog().size());
}

TEST(RuleCatalog, TheCleanPlanPassesEveryRule)
{
    const auto found = check(*clean_plan());
    EXPECT_TRUE(found.empty()) << found.size() << " findings, first " << (found.empty() ? "" : found[0].code + ": " + found[0].message);
}

}  // namespace miljoplan::rules_test
