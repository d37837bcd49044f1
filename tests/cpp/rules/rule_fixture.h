// SPDX-License-Identifier: Apache-2.0
// Shared by the rule tests: a copy of the reference plan that every rule passes, budget helpers that
// keep the printed totals consistent, and the table of rule cases each area file contributes (one
// passing and one failing case per rule; test_rule_catalog.cpp checks the tables cover the catalogue).
#pragma once

#include <algorithm>
#include <functional>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "miljoplan/io/embedded.h"
#include "miljoplan/rules/rule_catalog.h"
#include "miljoplan/rules/validate.h"

namespace miljoplan::rules_test {

inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

inline std::vector<Finding> check(const Plan& plan, const ValidationOptions& options = {})
{
    return validate(plan, builtin_goal_catalog(), options);
}

inline std::vector<Finding> with_code(const std::vector<Finding>& findings, const std::string& code)
{
    std::vector<Finding> out;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(out), [&](const Finding& f) { return f.code == code; });
    return out;
}

inline std::vector<std::string> codes(const std::vector<Finding>& findings)
{
    std::vector<std::string> out;
    for (const auto& f : findings) out.push_back(f.code);
    return out;
}

/// Printed totals equal to the computed sums, so a test changes one thing without tripping the total rules.
inline void sync_printed(Budget& budget)
{
    budget.set_printed_income(PrintedTotal{"SUMMA INTÄKTER", budget.income_total()});
    budget.set_printed_costs(PrintedTotal{"SUMMA KOSTNADER", budget.costs_total()});
    budget.set_printed_result(PrintedTotal{"", budget.result()});
}

/// Sets a line's amount and keeps the printed totals consistent with it.
inline void set_amount(Budget& budget, const std::string& id, Money amount)
{
    auto income = budget.income();
    auto costs = budget.costs();
    bool found = false;
    for (auto* section : {&income, &costs})
        for (auto& l : *section)
            if (l.id == id) {
                l.amount = amount;
                found = true;
            }
    if (!found) throw std::logic_error("no budget line " + id);
    budget.set_income(income);
    budget.set_costs(costs);
    sync_printed(budget);
}

/// Adds a cost line of @p tkr and keeps the printed totals consistent: the result drops by as much.
inline void add_cost(Budget& budget, const std::string& id, std::int64_t tkr, std::vector<std::string> tags = {})
{
    budget.add_cost(BudgetLine{id, id, Money::from_tkr(tkr), std::move(tags), {}});
    sync_printed(budget);
}

/// A 2023 outcome (bokslut) with the reference budget's lines: result 1 266 - 1 211 = 55 tkr, no printed
/// totals, so it only feeds budget.carry_over.
inline std::shared_ptr<Budget> outcome_2023(std::int64_t result_tkr = 55)
{
    auto outcome = std::make_shared<Budget>(2023);
    outcome->set_version(BudgetVersion::Outcome);
    outcome->add_income(BudgetLine{"inbetalningar", "Inbetalningar", Money::from_tkr(1211 + result_tkr), {"member_payments"}, {}});
    outcome->add_cost(BudgetLine{"kostnader", "Kostnader", Money::from_tkr(1211), {}, {}});
    return outcome;
}

/// The reference plan with the causes of its five findings removed: the printed cost total corrected
/// to the lines' 1 211 tkr, the adoption date recorded (on the deadline), the catering line assuming the
/// 45 meetings the plan schedules, and Avfallsbrottslighet kept inside 2024. Every rule passes it.
inline std::shared_ptr<Plan> clean_plan()
{
    auto plan = example_plan();
    plan->budget()->set_printed_costs(PrintedTotal{"SUMMA KOSTNADER", Money::from_tkr(1211)});
    auto adoption = plan->adoption();
    adoption.date = make_date(2023, 6, 30);
    plan->set_adoption(adoption);
    auto costs = plan->budget()->costs();
    for (auto& l : costs)
        if (l.id == "fortaring") l.label = "Förtäring vid alla fysiska möten (ca 45 per år)";
    plan->budget()->set_costs(costs);
    plan->activities().at(0)->set_timing_text("2024 (tillsynsbesök våren 2024)");
    return plan;
}

/// One rule's passing and failing case, on clean_plan().
struct RuleCase {
    /// The rule.
    std::string code;
    /// Makes the clean plan break the rule.
    std::function<void(Plan&)> fail;
    /// Every code validate() then reports, in order (the rule's own among them, once).
    std::vector<std::string> expected_codes;
    /// The rule's finding: severity, path and figures of its Swedish message.
    Severity severity = Severity::Error;
    std::string path;
    std::vector<std::string> figures;
    /// A change close to the failing one that still passes (the rule's boundary); null when the clean
    /// plan itself is the passing case. The plan it makes must have no findings at all.
    std::function<void(Plan&)> pass;
};

/// Checks one case: the passing variant has no findings, the failing one exactly the expected findings.
inline void expect_case(const RuleCase& c)
{
    SCOPED_TRACE(c.code);
    if (c.pass) {
        auto plan = clean_plan();
        c.pass(*plan);
        const auto found = check(*plan);
        EXPECT_TRUE(found.empty()) << "passing variant: " << (found.empty() ? "" : found[0].code + " " + found[0].message);
    }
    auto plan = clean_plan();
    c.fail(*plan);
    const auto found = check(*plan);
    EXPECT_EQ(codes(found), c.expected_codes);
    const auto own = with_code(found, c.code);
    ASSERT_EQ(own.size(), 1u);
    EXPECT_EQ(own[0].severity, c.severity);
    EXPECT_EQ(own[0].path, c.path);
    for (const auto& figure : c.figures) EXPECT_TRUE(contains(own[0].message, figure)) << figure << "\n" << own[0].message;
    // The English message is about the same thing at the same place.
    ValidationOptions english;
    english.language = Language::English;
    const auto en = with_code(check(*plan, english), c.code);
    ASSERT_EQ(en.size(), 1u);
    EXPECT_EQ(en[0].path, own[0].path);
    EXPECT_NE(en[0].message, own[0].message);
}

std::vector<RuleCase> budget_rule_cases();
std::vector<RuleCase> funding_rule_cases();
std::vector<RuleCase> plan_rule_cases();
std::vector<RuleCase> settings_rule_cases();
std::vector<RuleCase> process_rule_cases();

/// GoogleTest prints a case by its code.
inline void PrintTo(const RuleCase& c, std::ostream* os) { *os << c.code; }

class RuleCaseTest : public ::testing::TestWithParam<RuleCase> {};

/// "budget.costs_total" -> "budget_costs_total", for GoogleTest's parameter names.
inline std::string case_name(const ::testing::TestParamInfo<RuleCase>& info)
{
    std::string name = info.param.code;
    std::replace(name.begin(), name.end(), '.', '_');
    return name;
}

}  // namespace miljoplan::rules_test
