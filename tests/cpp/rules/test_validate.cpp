// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <limits>

#include <gtest/gtest.h>

#include "miljoplan/io/embedded.h"
#include "miljoplan/rules/validate.h"

using miljoplan::ActorId;
using miljoplan::ActorPhrase;
using miljoplan::ActorRef;
using miljoplan::Finding;
using miljoplan::GoalId;
using miljoplan::GoalRef;
using miljoplan::Language;
using miljoplan::Money;
using miljoplan::Plan;
using miljoplan::PrintedTotal;
using miljoplan::Severity;

namespace {

std::vector<Finding> check(const Plan& plan, Language language = Language::Swedish)
{
    return miljoplan::validate(plan, miljoplan::builtin_goal_catalog(), language);
}

std::vector<Finding> with_code(const std::vector<Finding>& findings, const std::string& code)
{
    std::vector<Finding> out;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(out), [&](const Finding& f) { return f.code == code; });
    return out;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The reference plan with the printed cost total corrected (every printed figure then agrees), the
// adoption date recorded, the catering line assuming the 45 scheduled meetings and Avfallsbrottslighet
// inside 2024: no rule has anything to report.
std::shared_ptr<Plan> consistent_plan()
{
    auto plan = miljoplan::example_plan();
    plan->budget()->set_printed_costs(PrintedTotal{"SUMMA KOSTNADER", Money::from_tkr(1211)});
    auto adoption = plan->adoption();
    adoption.date = miljoplan::make_date(2023, 6, 12);
    plan->set_adoption(adoption);
    auto costs = plan->budget()->costs();
    for (auto& line : costs)
        if (line.id == "fortaring") line.label = "Förtäring vid alla fysiska möten (ca 45 per år)";
    plan->budget()->set_costs(costs);
    plan->activities()[0]->set_timing_text("2024 (tillsynsbesök våren 2024)");
    return plan;
}

std::vector<std::string> codes(const std::vector<Finding>& findings)
{
    std::vector<std::string> out;
    for (const auto& f : findings) out.push_back(f.code);
    return out;
}

template <class T>
std::size_t index_of(const std::vector<std::shared_ptr<T>>& items, const std::string& id)
{
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i]->id().value() == id) return i;
    throw std::logic_error("no " + id + " in the reference plan");
}

}  // namespace

TEST(Validate, ReferencePlanHasExactlyItsFiveFindings)
{
    const auto findings = check(*miljoplan::example_plan());
    ASSERT_EQ(findings.size(), 5u);
    const Finding& costs = findings[0];
    EXPECT_EQ(costs.code, "budget.costs_total");
    EXPECT_EQ(costs.severity, Severity::Error);
    EXPECT_EQ(costs.path, "$.budget.printed_totals.costs");
    EXPECT_TRUE(contains(costs.message, "1 206 tkr")) << costs.message;
    EXPECT_TRUE(contains(costs.message, "1 211 tkr")) << costs.message;
    EXPECT_TRUE(contains(costs.message, "-5 tkr")) << costs.message;
    EXPECT_TRUE(contains(costs.message, "summa kostnader")) << costs.message;
    const Finding& result = findings[1];
    EXPECT_EQ(result.code, "budget.result_printed_totals");
    EXPECT_EQ(result.severity, Severity::Warning);
    EXPECT_EQ(result.path, "$.budget.printed_totals.result");
    EXPECT_TRUE(contains(result.message, "55 tkr")) << result.message;
    EXPECT_TRUE(contains(result.message, "1 266 tkr - 1 206 tkr = 60 tkr")) << result.message;
    // 15 tkr for about 20 meetings is 750 kr each; the plan schedules 45, 333,33 kr each.
    const Finding& catering = findings[2];
    EXPECT_EQ(catering.code, "budget.catering_meetings");
    EXPECT_EQ(catering.severity, Severity::Warning);
    EXPECT_EQ(catering.path, "$.budget.costs");
    EXPECT_TRUE(contains(catering.message, "ca 20 fysiska möten (750 kr per möte)")) << catering.message;
    EXPECT_TRUE(contains(catering.message, "schemalägger 45 mötestillfällen 2024 (333,33 kr per möte)")) << catering.message;
    const Finding& partly = findings[3];
    EXPECT_EQ(partly.code, "plan.dates_partly_outside_years");
    EXPECT_EQ(partly.severity, Severity::Info);
    EXPECT_EQ(partly.path, "$.activities[0].timing");
    EXPECT_TRUE(contains(partly.message, "\"Avfallsbrottslighet\"")) << partly.message;
    EXPECT_TRUE(contains(partly.message, "(2023-01-01–2024-12-31)")) << partly.message;
    const Finding& adoption = findings[4];
    EXPECT_EQ(adoption.code, "plan.adoption_date_missing");
    EXPECT_EQ(adoption.severity, Severity::Info);
    EXPECT_EQ(adoption.path, "$.adoption.date");
    EXPECT_TRUE(contains(adoption.message, "senast 2023-06-30")) << adoption.message;
}

TEST(Validate, EnglishMessagesCarryTheSameFigures)
{
    const auto findings = check(*miljoplan::example_plan(), Language::English);
    ASSERT_EQ(findings.size(), 5u);
    EXPECT_EQ(findings[0].message,
              "Printed cost total 1 206 tkr but the lines add up to 1 211 tkr (difference -5 tkr)");
    EXPECT_TRUE(contains(findings[1].message, "does not follow from the printed totals")) << findings[1].message;
    EXPECT_TRUE(contains(findings[1].message, "60 tkr")) << findings[1].message;
    EXPECT_TRUE(contains(findings[2].message, "about 20 physical meetings (750 kr each)")) << findings[2].message;
    EXPECT_TRUE(contains(findings[2].message, "45 meeting occurrences in 2024 (333,33 kr each)")) << findings[2].message;
    EXPECT_TRUE(contains(findings[3].message, "reaches outside the plan's years 2024")) << findings[3].message;
    EXPECT_TRUE(contains(findings[4].message, "adopts it by 2023-06-30")) << findings[4].message;
    const auto swedish = check(*miljoplan::example_plan());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        EXPECT_EQ(findings[i].code, swedish[i].code);
        EXPECT_EQ(findings[i].severity, swedish[i].severity);
        EXPECT_EQ(findings[i].path, swedish[i].path);
        EXPECT_NE(findings[i].message, swedish[i].message);
    }
}

TEST(Validate, ConsistentPlanPassesEveryCheck)
{
    EXPECT_TRUE(check(*consistent_plan()).empty());
    // Correcting the printed cost total alone leaves the reference plan's three other findings.
    auto plan = miljoplan::example_plan();
    plan->budget()->set_printed_costs(PrintedTotal{"SUMMA KOSTNADER", Money::from_tkr(1211)});
    EXPECT_EQ(codes(check(*plan)), (std::vector<std::string>{"budget.catering_meetings", "plan.dates_partly_outside_years",
                                                             "plan.adoption_date_missing"}));
}

TEST(Validate, IncomeTotalMismatchIsAnError)
{
    auto plan = consistent_plan();
    plan->budget()->set_printed_income(PrintedTotal{"SUMMA INTÄKTER", Money::from_tkr(1000)});
    const auto found = with_code(check(*plan), "budget.income_total");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Error);
    EXPECT_EQ(found[0].path, "$.budget.printed_totals.income");
    EXPECT_TRUE(contains(found[0].message, "1 000 tkr men raderna summerar till 1 266 tkr (skillnad -266 tkr)"))
        << found[0].message;
}

TEST(Validate, ResultMismatchWithTheLinesIsAnError)
{
    auto plan = consistent_plan();
    plan->budget()->set_printed_result(PrintedTotal{"", Money::from_tkr(60)});
    const auto findings = check(*plan);
    const auto found = with_code(findings, "budget.result");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Error);
    EXPECT_EQ(found[0].path, "$.budget.printed_totals.result");
    EXPECT_TRUE(contains(found[0].message, "1 266 tkr - 1 211 tkr = 55 tkr (skillnad +5 tkr)")) << found[0].message;
    EXPECT_EQ(with_code(findings, "budget.result_printed_totals").size(), 1u);
}

TEST(Validate, MessagesUseWholeKronorWhenTheBudgetPrintsKronor)
{
    auto plan = miljoplan::example_plan();
    plan->budget()->set_display_unit("kr");
    const auto found = with_code(check(*plan), "budget.costs_total");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_TRUE(contains(found[0].message, "1 206 000 kr")) << found[0].message;
    EXPECT_TRUE(contains(found[0].message, "-5 000 kr")) << found[0].message;
}

TEST(Validate, BudgetForAYearOutsideThePlanIsAWarning)
{
    auto plan = consistent_plan();
    plan->budget()->set_year(2025);
    const auto found = check(*plan);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].code, "budget.year");
    EXPECT_EQ(found[0].severity, Severity::Warning);
    EXPECT_EQ(found[0].path, "$.budget.year");
    EXPECT_TRUE(contains(found[0].message, "2025")) << found[0].message;
    EXPECT_TRUE(contains(found[0].message, "2024–2024")) << found[0].message;
}

TEST(Validate, OverflowingLinesAreReportedNotThrown)
{
    auto plan = consistent_plan();
    plan->budget()->set_costs({{"a", "A", Money::from_kronor(std::numeric_limits<std::int64_t>::max()), {}, {}},
                               {"b", "B", Money::from_kronor(1), {}, {}}});
    const auto found = check(*plan);
    // The overflow once, and the course income's pass-through partner is gone with the old cost lines.
    ASSERT_EQ(codes(found), (std::vector<std::string>{"budget.overflow", "budget.pass_through"}));
    EXPECT_EQ(found[0].code, "budget.overflow");
    EXPECT_EQ(found[0].severity, Severity::Error);
    EXPECT_EQ(found[0].path, "$.budget");
    EXPECT_TRUE(with_code(check(*consistent_plan()), "budget.overflow").empty());
}

// The sums fit in int64, but printed minus computed does not: validate must still not throw.
TEST(Validate, OverflowingDifferencesAreReportedNotThrown)
{
    auto plan = consistent_plan();
    plan->budget()->set_income({});
    plan->budget()->set_costs({{"a", "A", Money::from_kronor(std::numeric_limits<std::int64_t>::max()), {}, {}}});
    plan->budget()->set_printed_costs(PrintedTotal{"SUMMA KOSTNADER", Money::from_kronor(-2)});
    std::vector<Finding> found;
    ASSERT_NO_THROW(found = check(*plan));
    EXPECT_FALSE(with_code(found, "budget.overflow").empty());
}

TEST(Validate, PlanWithoutBudgetHasNoBudgetFindings)
{
    auto plan = miljoplan::example_plan();
    plan->set_budget(nullptr);
    EXPECT_EQ(codes(check(*plan)), (std::vector<std::string>{"plan.dates_partly_outside_years", "plan.adoption_date_missing"}));
}

TEST(ValidateReferences, TypoInResponsibleActorIsAnErrorWithASuggestion)
{
    auto plan = consistent_plan();
    auto activity = plan->activities()[0];
    activity->set_responsible(ActorPhrase{"Länssamordnaren", {ActorRef{ActorId("lanssamordnar"), false}}});
    auto found = check(*plan);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].code, "ref.unknown_actor");
    EXPECT_EQ(found[0].severity, Severity::Error);
    EXPECT_EQ(found[0].path, "$.activities[0].responsible.refs[0]");
    EXPECT_TRUE(contains(found[0].message, "Okänd aktör \"lanssamordnar\"")) << found[0].message;
    EXPECT_TRUE(contains(found[0].message, "menade du \"lanssamordnare\"?")) << found[0].message;
    found = check(*plan, Language::English);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_TRUE(contains(found[0].message, "did you mean \"lanssamordnare\"?")) << found[0].message;
}

TEST(ValidateReferences, UnknownActorWithNothingCloseHasNoSuggestion)
{
    auto plan = consistent_plan();
    plan->activities()[2]->set_partners(ActorPhrase{"Tullverket", {ActorRef{ActorId("tullverket"), false}}});
    const auto found = check(*plan);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].path, "$.activities[2].partners.refs[0]");
    EXPECT_FALSE(contains(found[0].message, "menade du")) << found[0].message;
}

TEST(ValidateReferences, EveryPlaceAnActorIsNamedIsChecked)
{
    auto plan = consistent_plan();
    auto& org = *plan->organisation();
    const std::size_t kommuner = index_of(org.groups(), "lanets-kommuner");
    const std::size_t styrgrupp = index_of(org.bodies(), "styrgrupp");
    const std::size_t samordnare = index_of(org.roles(), "lanssamordnare");
    const std::size_t pks = index_of(org.parties(), "pks");

    auto members = org.find_group(ActorId("lanets-kommuner"))->members();
    members.emplace_back("kommun-0699");
    org.find_group(ActorId("lanets-kommuner"))->set_members(members);
    auto seats = org.find_body(ActorId("styrgrupp"))->seats();
    seats.back().from = ActorId("lanssamordnar");
    org.find_body(ActorId("styrgrupp"))->set_seats(seats);
    org.find_role(ActorId("lanssamordnare"))->set_employer(ActorId("kommunal-utvekling"));
    org.find_party(ActorId("pks"))->set_parent(ActorId("region-jonkoping-lan"));
    auto org_members = org.members();
    org_members.emplace_back("kommun-9999");
    org.set_members(org_members);
    auto cycle = org.cycle();
    cycle.adopted_by = ActorId("styrgruppen");
    org.set_cycle(cycle);
    auto adoption = plan->adoption();
    adoption.body = ActorId("styrgrup");
    plan->set_adoption(adoption);
    plan->proposal_bank().proposals()[0]->set_submitted_by(ActorId("kommun-680"));

    const std::string o = "$.organisation";
    const std::vector<std::pair<std::string, std::string>> expected{
        {o + ".members[15]", ""},
        {o + ".parties[" + std::to_string(pks) + "].parent", "region-jonkopings-lan"},
        {o + ".groups[" + std::to_string(kommuner) + "].members[13]", ""},
        {o + ".roles[" + std::to_string(samordnare) + "].employer", "kommunal-utveckling"},
        {o + ".bodies[" + std::to_string(styrgrupp) + "].seats[" + std::to_string(seats.size() - 1) + "].from",
         "lanssamordnare"},
        {o + ".cycle.adopted_by", "styrgrupp"},
        {"$.adoption.body", "styrgrupp"},
        {"$.proposal_bank.proposals[0].submitted_by", "kommun-0680"},
    };
    const auto found = check(*plan);
    ASSERT_EQ(found.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(found[i].code, "ref.unknown_actor");
        EXPECT_EQ(found[i].path, expected[i].first);
        if (!expected[i].second.empty()) {
            EXPECT_TRUE(contains(found[i].message, "menade du \"" + expected[i].second + "\"?")) << found[i].message;
        }
    }
}

TEST(ValidateReferences, UnknownGoalIsAnErrorWithASuggestion)
{
    auto plan = consistent_plan();
    auto phrase = plan->activities()[0]->effect_goals();
    phrase.refs[1].goal = GoalId("mkm-44");
    phrase.refs.push_back(GoalRef{GoalId("generationsmalt"), std::nullopt});
    phrase.refs.push_back(GoalRef{GoalId("xyz"), std::nullopt});
    plan->activities()[0]->set_effect_goals(phrase);
    auto found = check(*plan);
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0].code, "ref.unknown_goal");
    EXPECT_EQ(found[0].severity, Severity::Error);
    EXPECT_EQ(found[0].path, "$.activities[0].effect_goals.goals[1]");
    EXPECT_TRUE(contains(found[0].message, "Okänt effektmål \"mkm-44\"")) << found[0].message;
    EXPECT_TRUE(contains(found[0].message, "menade du \"mkm-4\"?")) << found[0].message;
    EXPECT_EQ(found[1].path, "$.activities[0].effect_goals.goals[2]");
    EXPECT_TRUE(contains(found[1].message, "menade du \"generationsmalet\"?")) << found[1].message;
    EXPECT_FALSE(contains(found[2].message, "menade du")) << found[2].message;
    found = check(*plan, Language::English);
    EXPECT_TRUE(contains(found[0].message, "did you mean \"mkm-4\"?")) << found[0].message;
}

TEST(ValidateReferences, MeasureWithoutGoalIsAcceptedButAMeasureWithABadGoalIsNot)
{
    auto plan = consistent_plan();
    const miljoplan::Measure measure{"4", "Klimatanpassning", "Länets program"};
    plan->activities()[0]->set_effect_goals({"Åtgärd nr 4", {GoalRef{GoalId(), measure}}, miljoplan::OpenGoals::None});
    EXPECT_TRUE(check(*plan).empty());
    plan->activities()[0]->set_effect_goals({"Åtgärd nr 4", {GoalRef{GoalId("mkm-77"), measure}}, miljoplan::OpenGoals::None});
    const auto found = check(*plan);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].code, "ref.unknown_goal");
}
