// SPDX-License-Identifier: Apache-2.0
// Choosing rules: the organisation's rule settings and a run's overrides switch rules off, change their
// severity and set their parameters; settings that name no rule or parameter are reported.
#include <limits>

#include "rule_fixture.h"

namespace miljoplan::rules_test {

namespace {

std::shared_ptr<Plan> reference() { return example_plan(); }

RuleSettings one(const std::string& code, RuleSetting setting)
{
    RuleSettings settings;
    settings[code] = std::move(setting);
    return settings;
}

RuleSetting off() { return RuleSetting{false, std::nullopt, {}}; }
RuleSetting as(Severity severity) { return RuleSetting{true, severity, {}}; }

const std::vector<std::string> kReferenceCodes{"budget.costs_total", "budget.result_printed_totals",
                                               "budget.catering_meetings", "plan.dates_partly_outside_years",
                                               "plan.adoption_date_missing"};

}  // namespace

std::vector<RuleCase> settings_rule_cases()
{
    return {
        {"profile.unknown_rule",
         [](Plan& p) { p.organisation()->set_rule_settings(one("budget.costs_totals", RuleSetting{})); },
         {"profile.unknown_rule"}, Severity::Warning, "$.organisation.rules[\"budget.costs_totals\"]",
         {"Regelinställningen \"budget.costs_totals\" gäller ingen känd regel; menade du \"budget.costs_total\"?"},
         [](Plan& p) {
             p.organisation()->set_rule_settings(one("budget.costs_total", RuleSetting{true, std::nullopt, {{"tolerance_kronor", 0}}}));
         }},
    };
}

// A fixture of its own, so that only this file's cases run under it.
class SettingsRuleCase : public RuleCaseTest {};
TEST_P(SettingsRuleCase, PassesAndFails) { expect_case(GetParam()); }
INSTANTIATE_TEST_SUITE_P(Rules, SettingsRuleCase, ::testing::ValuesIn(settings_rule_cases()), case_name);

TEST(RuleSettings, TheReferencePlanHasItsFiveFindingsInCatalogueOrder)
{
    const auto found = check(*reference());
    EXPECT_EQ(codes(found), kReferenceCodes);
    std::vector<std::string> catalogue;
    for (const auto& rule : rule_catalog()) catalogue.push_back(rule.code);
    std::size_t last = 0;
    for (const auto& f : found) {
        const auto at = static_cast<std::size_t>(std::find(catalogue.begin(), catalogue.end(), f.code) - catalogue.begin());
        ASSERT_LT(at, catalogue.size()) << f.code;
        EXPECT_LE(last, at) << f.code;
        last = at;
    }
}

TEST(RuleSettings, TheOrganisationSwitchesRulesOffAndChangesTheirSeverity)
{
    auto plan = reference();
    RuleSettings settings = one("plan.adoption_date_missing", off());
    settings["budget.costs_total"] = as(Severity::Warning);
    plan->organisation()->set_rule_settings(settings);
    const auto found = check(*plan);
    ASSERT_EQ(codes(found), (std::vector<std::string>{"budget.costs_total", "budget.result_printed_totals",
                                                       "budget.catering_meetings", "plan.dates_partly_outside_years"}));
    EXPECT_EQ(found[0].severity, Severity::Warning);
    EXPECT_EQ(found[0].message, check(*reference())[0].message);  // only the severity changes
    EXPECT_EQ(count(found, Severity::Error), 0u);
}

TEST(RuleSettings, OverridesApplyOverTheOrganisationsChoices)
{
    auto plan = reference();
    RuleSettings settings = one("budget.costs_total", as(Severity::Warning));
    settings["plan.adoption_date_missing"] = off();
    settings["budget.catering_meetings"] = RuleSetting{true, std::nullopt, {{"tolerance_percent", 125}}};
    plan->organisation()->set_rule_settings(settings);
    ValidationOptions options;
    options.overrides["budget.costs_total"] = as(Severity::Info);        // severity over severity
    options.overrides["plan.adoption_date_missing"] = RuleSetting{};     // switched on again for this run
    options.overrides["budget.catering_meetings"].parameters["assumed_meetings"] = 20;  // merged with the profile's
    options.overrides["plan.dates_partly_outside_years"] = off();
    const auto found = check(*plan, options);
    ASSERT_EQ(codes(found), (std::vector<std::string>{"budget.costs_total", "budget.result_printed_totals",
                                                       "plan.adoption_date_missing"}));
    EXPECT_EQ(found[0].severity, Severity::Info);
    // 45 scheduled against 20 assumed is 125 % off: accepted by the profile's tolerance.
    EXPECT_TRUE(with_code(found, "budget.catering_meetings").empty());
    // The organisation's own settings are unchanged by a run's overrides.
    EXPECT_EQ(plan->organisation()->rule_settings(), settings);
}

TEST(RuleSettings, EveryRuleCanBeSwitchedOff)
{
    // A plan breaking many rules at once, including the two reported outside the rule loop.
    auto plan = reference();
    plan->budget()->add_cost(BudgetLine{"enorm", "Enorm", Money::from_kronor(std::numeric_limits<std::int64_t>::max()), {}, {}});
    plan->activities()[3]->set_responsible(ActorPhrase{});
    plan->activities()[4]->set_timing_text("30 februari 2025");
    RuleSettings settings = one("budget.costs_totals", RuleSetting{});
    plan->organisation()->set_rule_settings(settings);
    const auto before = check(*plan);
    for (const std::string code : {"budget.overflow", "plan.responsible_missing", "timing.unreadable",
                                   "profile.unknown_rule", "budget.catering_meetings"})
        EXPECT_EQ(with_code(before, code).size(), 1u) << code;
    ValidationOptions options;
    for (const auto& rule : rule_catalog()) options.overrides[rule.code] = off();
    const auto after = check(*plan, options);
    EXPECT_TRUE(after.empty()) << after.size() << " findings, first " << (after.empty() ? "" : after[0].code);
}

TEST(RuleSettings, EveryRulesSeverityCanBeChosen)
{
    auto plan = reference();
    plan->budget()->add_cost(BudgetLine{"enorm", "Enorm", Money::from_kronor(std::numeric_limits<std::int64_t>::max()), {}, {}});
    plan->organisation()->set_rule_settings(one("budget.costs_totals", RuleSetting{}));
    ValidationOptions options;
    for (const auto& rule : rule_catalog()) options.overrides[rule.code] = as(Severity::Info);
    const auto found = check(*plan, options);
    EXPECT_EQ(with_code(found, "budget.overflow").size(), 1u);
    EXPECT_EQ(with_code(found, "profile.unknown_rule").size(), 1u);
    for (const auto& f : found) EXPECT_EQ(f.severity, Severity::Info) << f.code;
}

TEST(RuleSettings, UnknownParametersAreReported)
{
    auto plan = clean_plan();
    plan->organisation()->set_rule_settings(
        one("budget.costs_total", RuleSetting{true, std::nullopt, {{"tolerance", 5000}, {"tolerance_kronor", 0}}}));
    auto found = check(*plan);
    ASSERT_EQ(codes(found), std::vector<std::string>{"profile.unknown_rule"});
    EXPECT_EQ(found[0].severity, Severity::Warning);
    EXPECT_EQ(found[0].path, "$.organisation.rules[\"budget.costs_total\"]");
    EXPECT_EQ(found[0].message, "Regeln \"budget.costs_total\" har ingen parameter \"tolerance\"");
    ValidationOptions english;
    english.language = Language::English;
    EXPECT_EQ(check(*plan, english)[0].message, "The rule \"budget.costs_total\" has no parameter \"tolerance\"");
    // A rule without parameters takes none.
    plan->organisation()->set_rule_settings(one("budget.year", RuleSetting{true, std::nullopt, {{"tolerance_kronor", 1}}}));
    found = check(*plan);
    ASSERT_EQ(codes(found), std::vector<std::string>{"profile.unknown_rule"});
    EXPECT_TRUE(contains(found[0].message, "\"budget.year\" har ingen parameter \"tolerance_kronor\"")) << found[0].message;
}

TEST(RuleSettings, UnknownCodesAreReportedWithOrWithoutASuggestion)
{
    auto plan = clean_plan();
    ValidationOptions options;
    options.overrides["calendar.dayoff"] = off();
    options.overrides["helt.okand"] = off();
    auto found = check(*plan, options);
    ASSERT_EQ(codes(found), (std::vector<std::string>{"profile.unknown_rule", "profile.unknown_rule"}));
    EXPECT_EQ(found[0].path, "$.organisation.rules[\"calendar.dayoff\"]");
    EXPECT_TRUE(contains(found[0].message, "menade du \"calendar.day_off\"?")) << found[0].message;
    EXPECT_EQ(found[1].message, "Regelinställningen \"helt.okand\" gäller ingen känd regel");
    options.language = Language::English;
    found = check(*plan, options);
    EXPECT_TRUE(contains(found[0].message, "did you mean \"calendar.day_off\"?")) << found[0].message;
}

}  // namespace miljoplan::rules_test
