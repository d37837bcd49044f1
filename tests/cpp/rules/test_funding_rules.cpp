// SPDX-License-Identifier: Apache-2.0
// The funding rules (docs/rules.md, "Funding"): the budget's payments line against what the fee key
// gives, for every key, and the paying units' parties. The reference profile states no key, so each
// test gives the clean plan's organisation one; the figures are worked out by hand in the comments.
#include "rule_fixture.h"

namespace miljoplan::rules_test {

namespace {

// One paying unit per municipality of the profile (13, in profile order), optionally followed by
// Länsstyrelsen and Region Jönköpings län (15 units).
std::vector<PayingUnit> units(const Organisation& org, bool with_state_and_region = false)
{
    std::vector<PayingUnit> out;
    for (const auto& party : org.parties())
        if (party->kind() == PartyKind::Municipality) out.push_back(PayingUnit{party->id().value(), "", {party->id()}, {}});
    if (with_state_and_region) {
        out.push_back(PayingUnit{"lansstyrelsen", "", {ActorId("lansstyrelsen")}, {}});
        out.push_back(PayingUnit{"region", "", {ActorId("region-jonkopings-lan")}, {}});
    }
    return out;
}

void set_funding(Plan& plan, FeeKey key, std::vector<PayingUnit> paying, std::int64_t unit_fee = 0, std::int64_t ore = 0)
{
    plan.organisation()->set_funding(Funding{key, Money::from_kronor(unit_fee), ore, std::move(paying), ""});
}

void set_payments(Plan& plan, std::int64_t kronor) { set_amount(*plan.budget(), "inbetalningar", Money::from_kronor(kronor)); }

std::vector<Finding> payments_findings(const Plan& plan) { return with_code(check(plan), "funding.payments"); }

}  // namespace

std::vector<RuleCase> funding_rule_cases()
{
    return {
        // 15 units × 80 000 kr = 1 200 000 kr, but the budget has 1 196 000 kr.
        {"funding.payments",
         [](Plan& p) { set_funding(p, FeeKey::FlatPerUnit, units(*p.organisation(), true), 80'000); },
         {"funding.payments"}, Severity::Error, "$.budget.income",
         {"Inbetalningarna i budgeten är 1 196 tkr men nyckeln (per enhet, 15 betalande enheter) ger 1 200 tkr "
          "(skillnad -4 tkr)"},
         // 13 units × 92 000 kr = 1 196 000 kr.
         [](Plan& p) { set_funding(p, FeeKey::FlatPerUnit, units(*p.organisation()), 92'000); }},
        {"funding.units",
         [](Plan& p) {
             auto paying = units(*p.organisation());
             paying[2].parties.emplace_back("kommun-0699");
             set_funding(p, FeeKey::FlatPerUnit, paying, 92'000);
         },
         {"funding.units"}, Severity::Error, "$.organisation.funding.units[2].parties[1]",
         {"Den betalande enheten \"kommun-0642\" nämner \"kommun-0699\", som inte är en part"},
         // Aneby and Gnosjö sharing an office pay as one: 12 units × 99 666 kr = 1 195 992 kr.
         [](Plan& p) {
             auto paying = units(*p.organisation());
             paying[0] = PayingUnit{"aneby-gnosjo", "Aneby och Gnosjö", {ActorId("kommun-0604"), ActorId("kommun-0617")}, {}};
             paying.erase(paying.begin() + 1);
             set_funding(p, FeeKey::FlatPerUnit, paying, 99'666);
             set_payments(p, 1'195'992);
         }},
    };
}

// A fixture of its own, so that only this file's cases run under it.
class FundingRuleCase : public RuleCaseTest {};
TEST_P(FundingRuleCase, PassesAndFails) { expect_case(GetParam()); }
INSTANTIATE_TEST_SUITE_P(Rules, FundingRuleCase, ::testing::ValuesIn(funding_rule_cases()), case_name);

TEST(FundingRules, NoKeyMeansNoPayments)
{
    auto plan = clean_plan();
    set_funding(*plan, FeeKey::None, units(*plan->organisation()));
    const auto found = payments_findings(*plan);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_TRUE(contains(found[0].message, "är 1 196 tkr men nyckeln (ingen, 13 betalande enheter) ger 0 tkr "
                                           "(skillnad +1 196 tkr)"))
        << found[0].message;
    set_payments(*plan, 0);
    // Without the payments the budget plans a deficit: 70 - 1 211 tkr.
    EXPECT_EQ(codes(check(*plan)), std::vector<std::string>{"budget.deficit"});
    plan->budget()->set_deficit_decision("Styrgruppen beslutade att täcka underskottet med eget kapital");
    EXPECT_TRUE(check(*plan).empty());
}

TEST(FundingRules, PerInhabitantIsExactInOreAndRoundedHalfUpPerUnit)
{
    // 325 öre × each municipality's population, rounded half up per unit, sums to 1 198 784 kr
    // (for example Gnosjö 9 246 × 3,25 = 30 049,50 -> 30 050 kr). The populations are marked uncertain.
    auto plan = clean_plan();
    set_funding(*plan, FeeKey::PerInhabitant, units(*plan->organisation()), 0, 325);
    auto found = payments_findings(*plan);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message,
              "Inbetalningarna i budgeten är 1 196 tkr men nyckeln (per invånare, 13 betalande enheter) ger 1 198,784 tkr "
              "(skillnad -2,784 tkr) (räknat på osäkra befolkningssiffror)");
    ValidationOptions english;
    english.language = Language::English;
    EXPECT_TRUE(contains(with_code(check(*plan, english), "funding.payments")[0].message,
                         "(computed from uncertain population figures)"));
    set_payments(*plan, 1'198'784);
    EXPECT_TRUE(check(*plan).empty());
    // With confirmed figures the remark goes.
    set_payments(*plan, 1'196'000);
    for (const auto& party : plan->organisation()->parties()) {
        if (!party->population()) continue;
        auto population = *party->population();
        population.uncertain = false;
        party->set_population(population);
    }
    found = payments_findings(*plan);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_FALSE(contains(found[0].message, "osäkra")) << found[0].message;
    EXPECT_TRUE(contains(found[0].message, "(skillnad -2,784 tkr)")) << found[0].message;
}

TEST(FundingRules, BasePlusPerInhabitant)
{
    // 13 × 20 000 kr + 260 öre per inhabitant, rounded per unit: 1 219 027 kr.
    auto plan = clean_plan();
    set_funding(*plan, FeeKey::BasePlusPerInhabitant, units(*plan->organisation()), 20'000, 260);
    const auto found = payments_findings(*plan);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_TRUE(contains(found[0].message, "(grund plus per invånare, 13 betalande enheter) ger 1 219,027 tkr "
                                           "(skillnad -23,027 tkr) (räknat på osäkra befolkningssiffror)"))
        << found[0].message;
    set_payments(*plan, 1'219'027);
    EXPECT_TRUE(check(*plan).empty());
}

TEST(FundingRules, FixedAmountsAreSummed)
{
    auto plan = clean_plan();
    auto paying = units(*plan->organisation());
    for (auto& u : paying) u.fixed_amount = Money::from_kronor(92'000);
    paying.back().fixed_amount = Money::from_kronor(91'999);  // 1 195 999 kr in all
    set_funding(*plan, FeeKey::Fixed, paying);
    const auto found = payments_findings(*plan);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_TRUE(contains(found[0].message, "(fast, 13 betalande enheter) ger 1 195,999 tkr (skillnad +0,001 tkr)"))
        << found[0].message;
    EXPECT_FALSE(contains(found[0].message, "osäkra")) << found[0].message;  // no population is used
    set_payments(*plan, 1'195'999);
    EXPECT_TRUE(check(*plan).empty());
}

TEST(FundingRules, ToleranceKronor)
{
    auto plan = clean_plan();
    set_funding(*plan, FeeKey::PerInhabitant, units(*plan->organisation()), 0, 325);
    ValidationOptions options;
    options.overrides["funding.payments"].parameters["tolerance_kronor"] = 2784;
    EXPECT_TRUE(check(*plan, options).empty());
    options.overrides["funding.payments"].parameters["tolerance_kronor"] = 2783;
    EXPECT_EQ(codes(check(*plan, options)), std::vector<std::string>{"funding.payments"});
}

TEST(FundingRules, AKeyThatCannotBeComputedIsReportedAtTheFunding)
{
    auto plan = clean_plan();
    // Länsstyrelsen has no population figure.
    set_funding(*plan, FeeKey::PerInhabitant, units(*plan->organisation(), true), 0, 325);
    auto found = payments_findings(*plan);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].path, "$.organisation.funding");
    EXPECT_TRUE(contains(found[0].message, "Avgifterna går inte att räkna ut enligt nyckeln: ")) << found[0].message;
    EXPECT_TRUE(contains(found[0].message, "'lansstyrelsen'")) << found[0].message;
    // A fixed key with a unit that has no amount.
    set_funding(*plan, FeeKey::Fixed, units(*plan->organisation()));
    found = payments_findings(*plan);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].path, "$.organisation.funding");
    EXPECT_TRUE(contains(found[0].message, "'kommun-0604' has no fixed amount")) << found[0].message;
}

TEST(FundingRules, SilentWhenThereIsNothingToCompare)
{
    auto plan = clean_plan();
    // A key without amounts, or no paying units: the profile does not say what the payments should be.
    set_funding(*plan, FeeKey::FlatPerUnit, units(*plan->organisation()), 0);
    EXPECT_TRUE(check(*plan).empty());
    set_funding(*plan, FeeKey::PerInhabitant, units(*plan->organisation()), 0, 0);
    EXPECT_TRUE(check(*plan).empty());
    set_funding(*plan, FeeKey::FlatPerUnit, {}, 80'000);
    EXPECT_TRUE(check(*plan).empty());
    // No payments line.
    set_funding(*plan, FeeKey::FlatPerUnit, units(*plan->organisation()), 80'000);
    auto income = plan->budget()->income();
    income[1].tags.clear();
    plan->budget()->set_income(income);
    EXPECT_TRUE(check(*plan).empty());
}

TEST(FundingRules, APartyInTwoUnitsIsReportedAtTheSecond)
{
    auto plan = clean_plan();
    auto paying = units(*plan->organisation());
    paying[1].parties.push_back(ActorId("kommun-0604"));  // Aneby pays alone and with Gnosjö
    set_funding(*plan, FeeKey::FlatPerUnit, paying, 92'000);
    const auto found = check(*plan);
    ASSERT_EQ(codes(found), std::vector<std::string>{"funding.units"});
    EXPECT_EQ(found[0].path, "$.organisation.funding.units[1]");
    EXPECT_EQ(found[0].message, "\"kommun-0604\" ingår i två betalande enheter, \"kommun-0604\" och \"kommun-0617\"");
    EXPECT_EQ(found[0].severity, Severity::Error);
}

}  // namespace miljoplan::rules_test
