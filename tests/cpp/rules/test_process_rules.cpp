// SPDX-License-Identifier: Apache-2.0
// The process rules (governance.composition, proposals.scores, followup.*), one passing and one failing
// case each on the reference plan, plus the boundaries those rules are about.
#include <gtest/gtest.h>

#include "rule_fixture.h"

namespace miljoplan::rules_test {

namespace {

// The preparation group of the Jönköping profile: three environment heads from the municipalities, the
// head of the county board's environment unit and the head of Kommunal utveckling.
std::vector<BodyMember> preparation_group()
{
    return {
        {ActorId("kommun-0680"), "miljöchef", "", {}},
        {ActorId("kommun-0683"), "miljöchef", "", {}},
        {ActorId("kommun-0686"), "miljöchef", "", {}},
        {ActorId("lansstyrelsen"), "chefen för miljöskyddsenheten", "", {}},
        {ActorId("kommunal-utveckling"), "chefen för Kommunal utveckling", "", {}},
    };
}

void record_preparation_group(Plan& plan, std::vector<BodyMember> members)
{
    plan.organisation()->find_body(ActorId("beredningsgrupp"))->set_members(std::move(members));
}

// A 0-3 survey across the parties, as cooperations run it.
void add_criteria(Plan& plan)
{
    plan.organisation()->set_criteria({{"behov", "Behov i flera kommuner", "", 0, 3},
                                       {"effekt", "Effekt på miljön", "", 0, 3}});
}

void score_first_proposal(Plan& plan, std::string criterion, int score)
{
    auto& proposal = *plan.proposal_bank().proposals().at(0);
    proposal.set_assessments({{"behov", 2, ActorId("kommun-0604"), ""}, {std::move(criterion), score, ActorId("kommun-0617"), ""}});
}

// Styrgruppsmöten, "3 gånger per år": the year is closed by the entry of 31 December.
void follow_up_meetings(Plan& plan, std::vector<Date> held)
{
    plan.set_follow_up({{ActivityId("styrgruppsmoten"), make_date(2024, 12, 31), ActivityStatus::Done,
                         "Styrgruppen har träffats", std::move(held)}});
}

}  // namespace

std::vector<RuleCase> process_rule_cases()
{
    return {
        {"governance.composition",
         [](Plan& p) {
             auto members = preparation_group();
             members.pop_back();  // nobody from Kommunal utveckling
             record_preparation_group(p, members);
         },
         {"governance.composition"},
         Severity::Warning,
         "$.organisation.bodies[2].seats[2]",
         {"Beredningsgruppen: regeln säger 1 chefen för Kommunal utveckling från Kommunal utveckling men 0 är förda"},
         [](Plan& p) { record_preparation_group(p, preparation_group()); }},
        {"proposals.scores",
         [](Plan& p) {
             add_criteria(p);
             score_first_proposal(p, "effekt", 4);
         },
         {"proposals.scores"},
         Severity::Error,
         "$.proposal_bank.proposals[0].assessments[1]",
         {"\"Förorenade områdens påverkan på skolor och förskolor\" har poängen 4 på \"Effekt på miljön\", utanför "
          "skalan 0–3"},
         [](Plan& p) {
             add_criteria(p);
             score_first_proposal(p, "effekt", 3);
         }},
        {"followup.unknown_activity",
         [](Plan& p) {
             p.set_follow_up({{ActivityId("styrgruppsmoten"), make_date(2024, 4, 30), ActivityStatus::Ongoing, "", {}},
                              {ActivityId("styrgruppsmote"), make_date(2024, 4, 30), ActivityStatus::Ongoing, "", {}}});
         },
         {"followup.unknown_activity"},
         Severity::Error,
         "$.follow_up[1].activity",
         {"Uppföljningen 2024-04-30 gäller \"styrgruppsmote\", som inte är en aktivitet i planen"},
         [](Plan& p) {
             p.set_follow_up({{ActivityId("styrgruppsmoten"), make_date(2024, 4, 30), ActivityStatus::Ongoing, "", {}}});
         }},
        {"followup.cadence",
         [](Plan& p) { follow_up_meetings(p, {make_date(2024, 2, 8), make_date(2024, 5, 16)}); },
         {"followup.cadence"},
         Severity::Warning,
         "$.activities[12]",
         {"\"Styrgruppsmöten\" hölls 2 gånger 2024 men \"3 gånger per år\" kräver minst 3"},
         [](Plan& p) { follow_up_meetings(p, {make_date(2024, 2, 8), make_date(2024, 5, 16), make_date(2024, 10, 3)}); }},
    };
}

class ProcessRuleCase : public RuleCaseTest {};
TEST_P(ProcessRuleCase, PassesAndFails) { expect_case(GetParam()); }
INSTANTIATE_TEST_SUITE_P(Rules, ProcessRuleCase, ::testing::ValuesIn(process_rule_cases()), case_name);

TEST(ProcessRules, ASeatForAGroupWantsOneMemberPerParty)
{
    // Kontaktpersonerna: one contact person per municipality (13) and one from the county board.
    auto plan = clean_plan();
    std::vector<BodyMember> contacts;
    for (const auto& party : plan->organisation()->expand(ActorId("lanets-kommuner")))
        contacts.push_back({party->id(), "kontaktperson", "", {}});
    ASSERT_EQ(contacts.size(), 13u);
    contacts.push_back({ActorId("lansstyrelsen"), "kontaktperson", "", {}});
    plan->organisation()->find_body(ActorId("kontaktpersoner"))->set_members(contacts);
    EXPECT_TRUE(check(*plan).empty());

    contacts.erase(contacts.begin() + 4);  // Gislaved has named nobody
    contacts.push_back({ActorId("polisen"), "kontaktperson", "", {}});
    plan->organisation()->find_body(ActorId("kontaktpersoner"))->set_members(contacts);
    const auto found = with_code(check(*plan), "governance.composition");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].path, "$.organisation.bodies[3].seats[0]");
    EXPECT_TRUE(contains(found[0].message, "regeln säger 13 kontaktperson")) << found[0].message;
    EXPECT_TRUE(contains(found[0].message, "men 12 är förda")) << found[0].message;
    EXPECT_EQ(found[1].path, "$.organisation.bodies[3].members[13]");
    EXPECT_TRUE(contains(found[1].message, "ledamoten från Polismyndigheten (kontaktperson) har inget säte")) << found[1].message;
}

TEST(ProcessRules, PositionsCompareWithoutCaseOrSpacing)
{
    auto plan = clean_plan();
    auto members = preparation_group();
    members[4].position = "Chefen för  kommunal utveckling";
    record_preparation_group(*plan, members);
    EXPECT_TRUE(with_code(check(*plan), "governance.composition").empty());
}

TEST(ProcessRules, AnUnknownCriterionSuggestsTheClosest)
{
    auto plan = clean_plan();
    add_criteria(*plan);
    score_first_proposal(*plan, "efekt", 1);
    const auto found = with_code(check(*plan), "proposals.scores");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].path, "$.proposal_bank.proposals[0].assessments[1]");
    EXPECT_TRUE(contains(found[0].message, "bedöms mot \"efekt\", som inte är ett av organisationens kriterier; menade du \"effekt\"?"))
        << found[0].message;
}

TEST(ProcessRules, AnOpenYearIsNotJudgedAndAStoppedActivityIsExcused)
{
    auto plan = clean_plan();
    // Only the August point is recorded: the last third of the year can still bring the meetings.
    plan->set_follow_up({{ActivityId("styrgruppsmoten"), make_date(2024, 8, 31), ActivityStatus::Ongoing, "",
                          {make_date(2024, 2, 8)}}});
    EXPECT_TRUE(check(*plan).empty());
    // Cancelled at year end: the cadence no longer applies.
    plan->add_follow_up({ActivityId("styrgruppsmoten"), make_date(2024, 12, 31), ActivityStatus::Cancelled, "Ställdes in", {}});
    EXPECT_TRUE(check(*plan).empty());
    // Done with one meeting: "hölls 1 gång".
    plan->set_follow_up({{ActivityId("styrgruppsmoten"), make_date(2024, 12, 31), ActivityStatus::Done, "", {make_date(2024, 2, 8)}}});
    const auto found = with_code(check(*plan), "followup.cadence");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_TRUE(contains(found[0].message, "hölls 1 gång 2024")) << found[0].message;
}

}  // namespace miljoplan::rules_test

namespace miljoplan::rules_test {

TEST(ProcessRules, AMemberFillsOneSeatOnlyAndNamedPartiesGoFirst)
{
    // Skåne's styrgrupp: Malmö's fixed seat, three more municipalities, three from Länsstyrelsen Skåne
    // (two seats), one from AMM Syd and the two co-opted coordinators. Recorded faithfully, it passes.
    auto plan = builtin_plan("skane-2022")->clone();
    std::vector<BodyMember> members{
        {ActorId("kommun-1280"), "ledamot", "", {}},  // Malmö
        {ActorId("kommun-1283"), "ledamot", "", {}},  // Helsingborg
        {ActorId("kommun-1282"), "ledamot", "", {}},
        {ActorId("kommun-1290"), "ledamot", "", {}},
        {ActorId("lansstyrelsen-skane"), "ledamot", "", {SeatFunction::Chair}},
        {ActorId("lansstyrelsen-skane"), "ledamot", "", {}},
        {ActorId("lansstyrelsen-skane"), "ledamot", "", {}},
        {ActorId("amm-syd"), "ledamot", "", {}},
        {ActorId("verksamhetsledare-lansstyrelsen"), "adjungerad verksamhetsledare", "", {}},
        {ActorId("verksamhetsledare-skanes-kommuner"), "adjungerad verksamhetsledare", "", {}},
    };
    plan->organisation()->find_body(ActorId("styrgrupp"))->set_members(members);
    EXPECT_TRUE(with_code(check(*plan), "governance.composition").empty());

    // Without Malmö the fixed seat is empty, and the other three municipal seats are still full.
    members.erase(members.begin());
    plan->organisation()->find_body(ActorId("styrgrupp"))->set_members(members);
    const auto found = with_code(check(*plan), "governance.composition");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].path, "$.organisation.bodies[0].seats[0]");
    EXPECT_TRUE(contains(found[0].message, "regeln säger 1 ledamot från Malmö stad men 0")) << found[0].message;
}

TEST(ProcessRules, OnePerPartyMeansEachPartyNotTheHeadCount)
{
    // Jönköping's styrgrupp has a miljöchef from every municipality: two from Aneby and none from Gnosjö
    // is still thirteen, and still wrong.
    auto plan = clean_plan();
    std::vector<BodyMember> members;
    for (const auto& party : plan->organisation()->expand(ActorId("lanets-kommuner")))
        members.push_back({party->id() == ActorId("kommun-0617") ? ActorId("kommun-0604") : party->id(), "miljöchef", "", {}});
    auto body = plan->organisation()->find_body(ActorId("styrgrupp"));
    std::vector<BodyMember> all = members;
    for (const auto& seat : body->seats())
        if (seat.from != ActorId("lanets-kommuner")) all.push_back({seat.from, seat.position, "", seat.functions});
    body->set_members(all);
    const auto found = with_code(check(*plan), "governance.composition");
    ASSERT_EQ(found.size(), 1u) << found[0].message;
    EXPECT_EQ(found[0].path, "$.organisation.bodies[1].seats[0]");
    EXPECT_TRUE(contains(found[0].message, "regeln säger 13 miljöchef från Länets kommuner men 13 är förda som ledamöter; "
                                           "ingen från Gnosjö kommun; fler än en från Aneby kommun"))
        << found[0].message;
}

TEST(ProcessRules, ProcessTimingsAreRead)
{
    auto plan = clean_plan();
    auto steps = plan->organisation()->process();
    steps[3].timing = "senast 31 juni";
    plan->organisation()->set_process(steps);
    const auto found = check(*plan);
    ASSERT_EQ(codes(found), std::vector<std::string>{"timing.unreadable"});
    EXPECT_EQ(found[0].path, "$.organisation.process[3].timing");
    EXPECT_TRUE(contains(found[0].message, "processteget \"Styrgruppen fastställer verksamhetsplanen\"")) << found[0].message;
    EXPECT_TRUE(contains(found[0].message, "31 juni")) << found[0].message;

    steps[3].timing = "senast i juni ungefär";
    plan->organisation()->set_process(steps);
    const auto vague = check(*plan);
    ASSERT_EQ(codes(vague), std::vector<std::string>{"timing.unparsed"});
    EXPECT_EQ(vague[0].path, "$.organisation.process[3].timing");
}

TEST(ProcessRules, EveryActorReferenceOfTheProfileAndBudgetIsChecked)
{
    auto plan = clean_plan();
    plan->organisation()->set_opt_in_members({ActorId("region-jonkopings-lan"), ActorId("region-jonkoping")});
    plan->budget()->set_decided_by(ActorId("styrgrup"));
    auto steps = plan->organisation()->process();
    steps[0].responsible.refs.push_back({ActorId("samordnare"), false});
    plan->organisation()->set_process(steps);
    const auto found = with_code(check(*plan), "ref.unknown_actor");
    std::vector<std::string> paths;
    for (const auto& f : found) paths.push_back(f.path);
    EXPECT_EQ(paths, (std::vector<std::string>{"$.organisation.opt_in_members[1]", "$.organisation.process[0].responsible.refs[1]",
                                               "$.budget.decided_by"}));
}

}  // namespace miljoplan::rules_test
