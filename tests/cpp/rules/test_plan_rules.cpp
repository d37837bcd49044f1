// SPDX-License-Identifier: Apache-2.0
// The reference, plan, timing and calendar rules (docs/rules.md): each rule's passing and failing case
// on the clean reference plan, then the placement of timings against the plan's years.
#include "rule_fixture.h"

namespace miljoplan::rules_test {

namespace {

void set_timing(Plan& plan, std::size_t index, const std::string& phrase)
{
    plan.activities().at(index)->set_timing_text(phrase);
}

void set_adoption_date(Plan& plan, std::optional<Date> date)
{
    auto adoption = plan.adoption();
    adoption.date = date;
    plan.set_adoption(adoption);
}

std::vector<PlanYear> three_years(YearStatus second)
{
    return {{2024, YearStatus::Adopted}, {2025, second}, {2026, YearStatus::ProposalBank}};
}

}  // namespace

std::vector<RuleCase> plan_rule_cases()
{
    return {
        {"ref.unknown_actor",
         [](Plan& p) {
             p.activities()[0]->set_responsible(ActorPhrase{"Länssamordnaren", {ActorRef{ActorId("lanssamordnar"), false}}});
         },
         {"ref.unknown_actor"}, Severity::Error, "$.activities[0].responsible.refs[0]",
         {"Okänd aktör \"lanssamordnar\" i ansvar för \"Avfallsbrottslighet\"; menade du \"lanssamordnare\"?"},
         [](Plan& p) {
             p.activities()[0]->set_responsible(ActorPhrase{"Länssamordnaren", {ActorRef{ActorId("lanssamordnare"), true}}});
         }},
        {"ref.unknown_goal",
         [](Plan& p) {
             auto phrase = p.activities()[0]->effect_goals();
             phrase.refs[1].goal = GoalId("mkm-44");
             p.activities()[0]->set_effect_goals(phrase);
         },
         {"ref.unknown_goal"}, Severity::Error, "$.activities[0].effect_goals.goals[1]",
         {"Okänt effektmål \"mkm-44\" i effektmål för \"Avfallsbrottslighet\"; menade du \"mkm-4\"?"},
         // A measure of an action programme is a reference of its own, without a goal.
         [](Plan& p) {
             const Measure measure{"4", "Klimatanpassning", "Länets program"};
             p.activities()[0]->set_effect_goals({"Åtgärd nr 4", {GoalRef{GoalId(), measure}}, OpenGoals::None});
         }},
        {"plan.responsible_missing", [](Plan& p) { p.activities()[3]->set_responsible(ActorPhrase{}); },
         {"plan.responsible_missing"}, Severity::Error, "$.activities[3].responsible",
         {"Aktiviteten \"Uppdaterade miljöbalkstillstånd\" har ingen ansvarig"},
         // Text alone names someone, even without references.
         [](Plan& p) { p.activities()[3]->set_responsible(ActorPhrase{"Någon av kommunerna", {}}); }},
        {"plan.dates_outside_years", [](Plan& p) { set_timing(p, 4, "Våren 2022"); }, {"plan.dates_outside_years"},
         Severity::Warning, "$.activities[4].timing",
         {"\"Oljeavskiljare\" ligger helt utanför planens år 2024: \"Våren 2022\" (2022-01-01–2022-06-30)"},
         [](Plan& p) { set_timing(p, 4, "Våren 2024"); }},
        {"plan.dates_partly_outside_years",
         [](Plan& p) { set_timing(p, 0, "2023-2024 (tillsynsbesök höst 2023-sommar 2024)"); },
         {"plan.dates_partly_outside_years"}, Severity::Info, "$.activities[0].timing",
         {"\"Avfallsbrottslighet\" sträcker sig utanför planens år 2024: \"2023-2024 (tillsynsbesök höst 2023-sommar 2024)\" "
          "(2023-01-01–2024-12-31)"},
         [](Plan& p) { set_timing(p, 0, "2024 (tillsynsbesök höst 2024)"); }},
        {"plan.adoption_deadline", [](Plan& p) { set_adoption_date(p, make_date(2023, 9, 14)); },
         {"plan.adoption_deadline"}, Severity::Error, "$.adoption.date",
         {"Planen fastställdes 2023-09-14, 76 dagar efter sista dag enligt planeringscykeln (2023-06-30)"},
         [](Plan& p) { set_adoption_date(p, make_date(2023, 5, 2)); }},
        {"plan.adoption_date_missing", [](Plan& p) { set_adoption_date(p, std::nullopt); },
         {"plan.adoption_date_missing"}, Severity::Info, "$.adoption.date",
         {"Planen anger inte när den fastställdes; enligt planeringscykeln ska Styrgruppen fastställa den senast 2023-06-30"},
         nullptr},
        {"plan.year_statuses", [](Plan& p) { p.set_years(three_years(YearStatus::Adopted)); }, {"plan.year_statuses"},
         Severity::Error, "$.years[1].status",
         {"År 2 i planen (2025) är fastställd men planeringscykeln säger preliminär"},
         [](Plan& p) { p.set_years(three_years(YearStatus::Preliminary)); }},
        {"plan.horizon", [](Plan& p) { p.set_horizon_exception(""); }, {"plan.horizon"}, Severity::Warning, "$.years",
         {"Planen omfattar 1 år men är normalt 3-årig, och inget undantag är angivet"},
         // Three years need no exception.
         [](Plan& p) {
             p.set_horizon_exception("");
             p.set_years(three_years(YearStatus::Preliminary));
         }},
        {"timing.unreadable", [](Plan& p) { set_timing(p, 4, "30 februari 2025"); }, {"timing.unreadable"},
         Severity::Error, "$.activities[4].timing",
         {"Tidsangivelsen för \"Oljeavskiljare\" går inte att tolka: ", "30 februari 2025"},
         [](Plan& p) { set_timing(p, 4, "29 februari 2024"); }},  // a leap day, a Thursday
        {"timing.unparsed", [](Plan& p) { set_timing(p, 4, "Våren 2024 ungefär"); }, {"timing.unparsed"},
         Severity::Warning, "$.activities[4].timing",
         {"I tidsangivelsen \"Våren 2024 ungefär\" för \"Oljeavskiljare\" förstås inte: \"ungefär\""},
         // Before the point "ungefär" is understood (an approximate time).
         [](Plan& p) { set_timing(p, 4, "ungefär våren 2024"); }},
        {"calendar.day_off", [](Plan& p) { set_timing(p, 16, "6 juni 2024"); }, {"calendar.day_off"}, Severity::Warning,
         "$.activities[16].timing",
         {"\"Verksamhetsberättelse med bokslut\" är satt till 2024-06-06, en ledig dag (Nationaldagen)"},
         [](Plan& p) { set_timing(p, 16, "7 juni 2024"); }},
        {"calendar.excluded_month", [](Plan& p) { set_timing(p, 17, "1 gång per månad utom juli, 15 juli 2024"); },
         {"calendar.excluded_month"}, Severity::Warning, "$.activities[17].timing",
         {"\"Besök kommuner och länsstyrelsen\" är satt till 2024-07-15, i en månad som tidsangivelsen själv undantar"},
         [](Plan& p) { set_timing(p, 17, "1 gång per månad utom juli, 15 augusti 2024"); }},
    };
}

// A fixture of its own, so that only this file's cases run under it.
class PlanRuleCase : public RuleCaseTest {};
TEST_P(PlanRuleCase, PassesAndFails) { expect_case(GetParam()); }
INSTANTIATE_TEST_SUITE_P(Rules, PlanRuleCase, ::testing::ValuesIn(plan_rule_cases()), case_name);

TEST(PlanRules, APhraseReachingIntoTheNextYearIsPartlyOutside)
{
    auto plan = clean_plan();
    set_timing(*plan, 4, "vecka 50 2024 – vecka 2 2025");
    const auto found = check(*plan);
    ASSERT_EQ(codes(found), std::vector<std::string>{"plan.dates_partly_outside_years"});
    // ISO week 50 of 2024 starts on Monday 9 December; week 2 of 2025 ends on Sunday 12 January.
    EXPECT_TRUE(contains(found[0].message, "(2024-12-09–2025-01-12)")) << found[0].message;
    EXPECT_EQ(found[0].path, "$.activities[4].timing");
}

TEST(PlanRules, AThreeYearPlanContainsAPhraseInItsLastYear)
{
    auto plan = clean_plan();
    plan->set_years(three_years(YearStatus::Preliminary));
    set_timing(*plan, 4, "Våren 2026");
    EXPECT_TRUE(check(*plan).empty());
    set_timing(*plan, 4, "Våren 2027");
    const auto found = check(*plan);
    ASSERT_EQ(codes(found), std::vector<std::string>{"plan.dates_outside_years"});
    EXPECT_TRUE(contains(found[0].message, "planens år 2024–2026")) << found[0].message;
}

TEST(PlanRules, LateAdoptionCountsTheDaysAfterTheDeadline)
{
    auto plan = clean_plan();
    set_adoption_date(*plan, make_date(2023, 7, 1));
    const auto found = check(*plan);
    ASSERT_EQ(codes(found), std::vector<std::string>{"plan.adoption_deadline"});
    EXPECT_TRUE(contains(found[0].message, "2023-07-01, 1 dagar efter sista dag")) << found[0].message;
    ValidationOptions english;
    english.language = Language::English;
    EXPECT_EQ(check(*plan, english)[0].message,
              "The plan was adopted on 2023-07-01, 1 days after the cycle's deadline (2023-06-30)");
}

TEST(PlanRules, StatusesBeyondTheCyclesListAreNotChecked)
{
    auto plan = clean_plan();
    auto years = three_years(YearStatus::Preliminary);
    years.push_back({2027, YearStatus::Adopted});
    plan->set_years(years);
    plan->set_horizon_exception("Fyra år för att ta igen ett uppehåll");
    EXPECT_TRUE(check(*plan).empty());
}

TEST(PlanRules, EveryUnreadablePhraseAndEveryDayOffIsReportedSeparately)
{
    auto plan = clean_plan();
    set_timing(*plan, 4, "vecka 53 2025");
    set_timing(*plan, 5, "3 mars och 6 juni 2024");  // a Sunday and Nationaldagen
    const auto found = check(*plan);
    ASSERT_EQ(codes(found), (std::vector<std::string>{"timing.unreadable", "calendar.day_off", "calendar.day_off"}));
    EXPECT_EQ(found[0].path, "$.activities[4].timing");
    EXPECT_TRUE(contains(found[1].message, "2024-03-03, en ledig dag (söndag)")) << found[1].message;
    EXPECT_TRUE(contains(found[2].message, "2024-06-06, en ledig dag (Nationaldagen)")) << found[2].message;
    EXPECT_EQ(found[2].path, "$.activities[5].timing");
}

}  // namespace miljoplan::rules_test
