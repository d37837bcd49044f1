// SPDX-License-Identifier: Apache-2.0
// The budget rules (docs/rules.md, "Budget"): each rule's passing and failing case on the clean
// reference plan, then tolerances, other budget versions at their own paths, the carry-over link
// between years and the deficit decision.
#include <limits>

#include "rule_fixture.h"

namespace miljoplan::rules_test {

namespace {

void set_printed_costs(Plan& plan, std::int64_t tkr)
{
    plan.budget()->set_printed_costs(PrintedTotal{"SUMMA KOSTNADER", Money::from_tkr(tkr)});
}

void set_catering_label(Plan& plan, const std::string& label)
{
    auto costs = plan.budget()->costs();
    for (auto& l : costs)
        if (l.id == "fortaring") l.label = label;
    plan.budget()->set_costs(costs);
}

void no_courses(Plan& plan, std::initializer_list<std::size_t> indices)
{
    for (std::size_t i : indices) {
        plan.activities().at(i)->set_category("Tillsynsprojekt");
        plan.activities().at(i)->set_implementation("");
    }
}

RuleSettings tolerance(const std::string& code, std::int64_t kronor)
{
    RuleSettings settings;
    settings[code].parameters["tolerance_kronor"] = kronor;
    return settings;
}

}  // namespace

std::vector<RuleCase> budget_rule_cases()
{
    const std::string rpt = "budget.result_printed_totals";
    return {
        {"budget.income_total",
         [](Plan& p) { p.budget()->set_printed_income(PrintedTotal{"SUMMA INTÄKTER", Money::from_tkr(1276)}); },
         {"budget.income_total", rpt}, Severity::Error, "$.budget.printed_totals.income",
         {"Tryckt summa intäkter 1 276 tkr men raderna summerar till 1 266 tkr (skillnad +10 tkr)"}, nullptr},
        {"budget.costs_total", [](Plan& p) { set_printed_costs(p, 1206); }, {"budget.costs_total", rpt}, Severity::Error,
         "$.budget.printed_totals.costs",
         {"Tryckt summa kostnader 1 206 tkr men raderna summerar till 1 211 tkr (skillnad -5 tkr)"}, nullptr},
        {"budget.result", [](Plan& p) { p.budget()->set_printed_result(PrintedTotal{"", Money::from_tkr(60)}); },
         {"budget.result", rpt}, Severity::Error, "$.budget.printed_totals.result",
         {"Tryckt resultat 60 tkr men intäkter minus kostnader är 1 266 tkr - 1 211 tkr = 55 tkr (skillnad +5 tkr)"},
         nullptr},
        // The reference plan's own case, with the cost total's 5 tkr accepted so this rule reports alone.
        {rpt,
         [](Plan& p) {
             set_printed_costs(p, 1206);
             p.organisation()->set_rule_settings(tolerance("budget.costs_total", 5000));
         },
         {rpt}, Severity::Warning, "$.budget.printed_totals.result",
         {"Tryckt resultat 55 tkr följer inte av de tryckta summorna: 1 266 tkr - 1 206 tkr = 60 tkr (skillnad -5 tkr)"},
         nullptr},
        {"budget.year", [](Plan& p) { p.budget()->set_year(2025); }, {"budget.year"}, Severity::Warning, "$.budget.year",
         {"Budgeten gäller 2025 men planen omfattar 2024–2024"}, nullptr},
        // 1 266 - (1 211 + 105) = -50 tkr.
        {"budget.deficit", [](Plan& p) { add_cost(*p.budget(), "extra", 105); }, {"budget.deficit"}, Severity::Error,
         "$.budget",
         {"Budgeten 2024 planerar ett underskott på 50 tkr (intäkter 1 266 tkr, varav överskott från föregående år 0 tkr, "
          "kostnader 1 316 tkr) utan ett beslut som täcker det"},
         [](Plan& p) {
             add_cost(*p.budget(), "extra", 105);
             p.budget()->set_deficit_decision(
                 "Styrgruppen beslutade 2024-02-12 att täcka underskottet med eget kapital");
         }},
        {"budget.pass_through",
         [](Plan& p) { set_amount(*p.budget(), "utbildningar-kostnader", Money::from_tkr(85)); }, {"budget.pass_through"},
         Severity::Warning, "$.budget",
         {"Genomströmningsposterna \"utbildningar\" går inte jämnt ut: intäkter 70 tkr, kostnader 85 tkr (skillnad -15 tkr)"},
         [](Plan& p) {
             set_amount(*p.budget(), "utbildningar-kostnader", Money::from_tkr(85));
             set_amount(*p.budget(), "utbildningar-intakter", Money::from_tkr(85));
         }},
        {"budget.carry_over", [](Plan& p) { p.add_budget_version(outcome_2023(55)); }, {"budget.carry_over"},
         Severity::Error, "$.budget",
         {"Överskott från föregående år är 0 tkr men bokslutet 2023 gav resultatet 55 tkr (skillnad -55 tkr)"},
         [](Plan& p) {
             p.add_budget_version(outcome_2023(55));
             set_amount(*p.budget(), "overskott-foregaende-ar", Money::from_tkr(55));
         }},
        // 15 tkr over 20 meetings is 750 kr each, over the 45 scheduled 333,33 kr; most meetings first.
        {"budget.catering_meetings", [](Plan& p) { set_catering_label(p, "Förtäring vid alla fysiska möten (ca 20 per år)"); },
         {"budget.catering_meetings"}, Severity::Warning, "$.budget.costs",
         {"Förtäringen (15 tkr) räknar med ca 20 fysiska möten (750 kr per möte) men planen schemalägger 45 "
          "mötestillfällen 2024 (333,33 kr per möte)",
          "flest: Beredningsgruppsmöten 14, Besök kommuner och länsstyrelsen 11, Styrgruppsmöten 3"},
         // 30 assumed, 45 scheduled: 15 is exactly 50 % of 30, the largest accepted gap.
         [](Plan& p) { set_catering_label(p, "Förtäring vid alla fysiska möten (ca 30 per år)"); }},
        // Three activities mention a course (utbildning, kurs, workshop): Uppdaterade miljöbalkstillstånd in
        // its implementation, Oljeavskiljare and CLP in category and implementation.
        {"budget.course_income", [](Plan& p) { no_courses(p, {3, 4, 5}); }, {"budget.course_income"},
         Severity::Warning, "$.budget.income",
         {"Budgeten räknar med 70 tkr i intäkter från utbildningar men planen har ingen utbildningsaktivitet"},
         // One course is enough.
         [](Plan& p) { no_courses(p, {3, 4}); }},
        {"budget.overflow",
         [](Plan& p) {
             p.budget()->add_cost(BudgetLine{"enorm", "Enorm", Money::from_kronor(std::numeric_limits<std::int64_t>::max()), {}, {}});
         },
         {"budget.overflow"}, Severity::Error, "$.budget", {"Budgetens belopp går inte att räkna ut exakt: "},
         [](Plan& p) { add_cost(*p.budget(), "stor", 900'000'000'000'000 / 1000); p.budget()->set_deficit_decision("Beslut"); }},
    };
}

// A fixture of its own, so that only this file's cases run under it.
class BudgetRuleCase : public RuleCaseTest {};
TEST_P(BudgetRuleCase, PassesAndFails) { expect_case(GetParam()); }
INSTANTIATE_TEST_SUITE_P(Rules, BudgetRuleCase, ::testing::ValuesIn(budget_rule_cases()), case_name);

TEST(BudgetRules, ToleranceAcceptsADifferenceUpToItsKronor)
{
    for (const std::string code : {"budget.income_total", "budget.costs_total", "budget.result"}) {
        SCOPED_TRACE(code);
        auto plan = clean_plan();
        // 5 tkr off in each printed figure.
        if (code == "budget.income_total") plan->budget()->set_printed_income(PrintedTotal{"", Money::from_tkr(1271)});
        if (code == "budget.costs_total") set_printed_costs(*plan, 1206);
        if (code == "budget.result") plan->budget()->set_printed_result(PrintedTotal{"", Money::from_tkr(50)});
        ValidationOptions options;
        options.overrides = tolerance(code, 5000);
        EXPECT_TRUE(with_code(check(*plan, options), code).empty());
        options.overrides = tolerance(code, 4999);
        const auto found = with_code(check(*plan, options), code);
        ASSERT_EQ(found.size(), 1u);
        EXPECT_TRUE(contains(found[0].message, "5 tkr)")) << found[0].message;
    }
}

TEST(BudgetRules, PassThroughAndCarryOverHaveTolerancesToo)
{
    auto plan = clean_plan();
    set_amount(*plan->budget(), "utbildningar-kostnader", Money::from_kronor(70'400));
    ValidationOptions options;
    options.overrides = tolerance("budget.pass_through", 400);
    EXPECT_TRUE(check(*plan, options).empty());
    options.overrides = tolerance("budget.pass_through", 399);
    const auto found = check(*plan, options);
    ASSERT_EQ(codes(found), std::vector<std::string>{"budget.pass_through"});
    EXPECT_TRUE(contains(found[0].message, "intäkter 70 tkr, kostnader 70,4 tkr (skillnad -0,4 tkr)")) << found[0].message;

    plan = clean_plan();
    plan->add_budget_version(outcome_2023(55));
    set_amount(*plan->budget(), "overskott-foregaende-ar", Money::from_tkr(50));
    options.overrides = tolerance("budget.carry_over", 5000);
    EXPECT_TRUE(check(*plan, options).empty());
    options.overrides = tolerance("budget.carry_over", 4999);
    EXPECT_EQ(codes(check(*plan, options)), std::vector<std::string>{"budget.carry_over"});
}

TEST(BudgetRules, CateringParametersSetTheAssumedNumberAndTheAcceptedGap)
{
    auto plan = clean_plan();
    ValidationOptions options;
    // The parameter overrides the label's "ca 45": 29 assumed is 16 off, more than 50 % of 29.
    options.overrides["budget.catering_meetings"].parameters["assumed_meetings"] = 29;
    auto found = check(*plan, options);
    ASSERT_EQ(codes(found), std::vector<std::string>{"budget.catering_meetings"});
    EXPECT_TRUE(contains(found[0].message, "ca 29 fysiska möten (517,24 kr per möte)")) << found[0].message;
    options.overrides["budget.catering_meetings"].parameters["tolerance_percent"] = 56;
    EXPECT_TRUE(check(*plan, options).empty());  // 16 * 100 <= 29 * 56 = 1 624
    options.overrides["budget.catering_meetings"].parameters["tolerance_percent"] = 55;
    EXPECT_EQ(check(*plan, options).size(), 1u);  // 1 600 > 1 595
    // assumed_meetings 0 means "read the label": the clean plan's "ca 45" passes.
    options.overrides["budget.catering_meetings"].parameters = {{"assumed_meetings", 0}};
    EXPECT_TRUE(check(*plan, options).empty());
    set_catering_label(*plan, "Förtäring vid alla fysiska möten (ca 20 per år)");
    EXPECT_EQ(codes(check(*plan, options)), std::vector<std::string>{"budget.catering_meetings"});
    // A label without "ca N" and no parameter: nothing to compare, no finding.
    set_catering_label(*plan, "Förtäring");
    EXPECT_TRUE(check(*plan).empty());
}

TEST(BudgetRules, OtherBudgetVersionsAreCheckedAtTheirOwnPaths)
{
    auto plan = clean_plan();
    auto revised = std::make_shared<Budget>(2024);
    revised->set_version(BudgetVersion::Revised);
    revised->set_income(plan->budget()->income());
    revised->set_costs(plan->budget()->costs());
    sync_printed(*revised);
    revised->set_printed_costs(PrintedTotal{"SUMMA KOSTNADER", Money::from_tkr(1206)});
    plan->add_budget_version(revised);
    auto found = check(*plan);
    ASSERT_EQ(codes(found), (std::vector<std::string>{"budget.costs_total", "budget.result_printed_totals"}));
    EXPECT_EQ(found[0].path, "$.budget_versions[0].printed_totals.costs");
    EXPECT_TRUE(contains(found[0].message, "1 206 tkr men raderna summerar till 1 211 tkr")) << found[0].message;
    EXPECT_EQ(found[1].path, "$.budget_versions[0].printed_totals.result");

    // A revised budget with a deficit and unbalanced pass-through lines, after a bokslut with one.
    plan = clean_plan();
    auto outcome = outcome_2023(-20);
    outcome->set_year(2022);            // not the year before 2024, so no carry-over to check
    plan->add_budget_version(outcome);  // an outcome reports what happened: its deficit is no finding
    revised = std::make_shared<Budget>(2024);
    revised->set_version(BudgetVersion::Revised);
    revised->set_income(plan->budget()->income());
    revised->set_costs(plan->budget()->costs());
    add_cost(*revised, "mer-kurs", 100, {"pass_through:utbildningar"});
    plan->add_budget_version(revised);
    found = check(*plan);
    ASSERT_EQ(codes(found), (std::vector<std::string>{"budget.deficit", "budget.pass_through"}));
    EXPECT_EQ(found[0].path, "$.budget_versions[1]");
    EXPECT_TRUE(contains(found[0].message, "underskott på 45 tkr")) << found[0].message;
    EXPECT_EQ(found[1].path, "$.budget_versions[1]");
    EXPECT_TRUE(contains(found[1].message, "intäkter 70 tkr, kostnader 170 tkr (skillnad -100 tkr)")) << found[1].message;
}

TEST(BudgetRules, CarryOverComesFromARelatedPlansOutcome)
{
    auto plan = clean_plan();
    set_amount(*plan->budget(), "overskott-foregaende-ar", Money::from_tkr(40));
    // Without the previous year's outcome there is nothing to compare with.
    EXPECT_TRUE(check(*plan).empty());
    auto previous = example_plan();
    previous->set_budget(outcome_2023(55));
    ValidationOptions options;
    options.related.push_back(previous);
    auto found = check(*plan, options);
    ASSERT_EQ(codes(found), std::vector<std::string>{"budget.carry_over"});
    EXPECT_EQ(found[0].severity, Severity::Error);
    EXPECT_EQ(found[0].path, "$.budget");
    EXPECT_TRUE(contains(found[0].message, "är 40 tkr men bokslutet 2023 gav resultatet 55 tkr (skillnad -15 tkr)"))
        << found[0].message;
    // The plan's own outcome comes first.
    plan->add_budget_version(outcome_2023(40));
    EXPECT_TRUE(check(*plan, options).empty());
    // An outcome two years back, or an adopted 2023 budget, says nothing about the surplus.
    plan = clean_plan();
    set_amount(*plan->budget(), "overskott-foregaende-ar", Money::from_tkr(40));
    auto older = outcome_2023(55);
    older->set_year(2022);
    auto adopted = outcome_2023(55);
    adopted->set_version(BudgetVersion::Adopted);
    previous = example_plan();
    previous->set_budget(adopted);
    previous->add_budget_version(older);
    options.related = {previous};
    EXPECT_TRUE(check(*plan, options).empty());
}

TEST(BudgetRules, ACarriedOverSurplusCoveringTheCostsIsNoDeficit)
{
    auto plan = clean_plan();
    add_cost(*plan->budget(), "extra", 105);  // result -50 tkr
    set_amount(*plan->budget(), "overskott-foregaende-ar", Money::from_tkr(50));
    EXPECT_EQ(plan->budget()->result(), Money());
    EXPECT_TRUE(check(*plan).empty());
    set_amount(*plan->budget(), "overskott-foregaende-ar", Money::from_tkr(20));
    const auto found = check(*plan);
    ASSERT_EQ(codes(found), std::vector<std::string>{"budget.deficit"});
    EXPECT_TRUE(contains(found[0].message, "underskott på 30 tkr (intäkter 1 286 tkr, varav överskott från föregående år "
                                           "20 tkr, kostnader 1 316 tkr)"))
        << found[0].message;
    ValidationOptions english;
    english.language = Language::English;
    EXPECT_TRUE(contains(check(*plan, english)[0].message, "plans a deficit of 30 tkr")) << check(*plan, english)[0].message;
}

TEST(BudgetRules, CateringWithoutAYearTheCalendarCoversIsNotAnOverflow)
{
    // No year wheel can be built for 1500 (or without years): the catering rule has nothing to compare,
    // and the budget's sums are fine, so there is no budget.overflow either.
    for (const std::vector<PlanYear>& years : {std::vector<PlanYear>{{1500, YearStatus::Adopted}}, std::vector<PlanYear>{}}) {
        auto plan = clean_plan();
        plan->set_years(years);
        const auto found = check(*plan);
        EXPECT_TRUE(with_code(found, "budget.overflow").empty()) << with_code(found, "budget.overflow")[0].message;
        EXPECT_TRUE(with_code(found, "budget.catering_meetings").empty());
    }
}

TEST(BudgetRules, BudgetRulesAreSilentWithoutABudget)
{
    auto plan = clean_plan();
    plan->set_budget(nullptr);
    EXPECT_TRUE(check(*plan).empty());
}

}  // namespace miljoplan::rules_test
