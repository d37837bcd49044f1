// SPDX-License-Identifier: Apache-2.0
// Facts of the embedded reference plan, Miljösamverkan Jönköpings län 2024. Texts are compared
// byte for byte; escapes spell out the characters that have look-alikes (À, –, ”).
#include <set>

#include <gtest/gtest.h>

#include "miljoplan/io/embedded.h"

using miljoplan::ActivityId;
using miljoplan::ActorId;
using miljoplan::Money;
using miljoplan::PartyKind;
using miljoplan::SeatFunction;
using miljoplan::YearStatus;

namespace {

const miljoplan::Plan& plan()
{
    static const auto reference = miljoplan::example_plan();
    return *reference;
}

const miljoplan::Activity& activity(const std::string& id)
{
    const auto found = plan().find_activity(ActivityId(id));
    if (!found) throw std::logic_error("no activity " + id);
    return *found;
}

std::vector<std::int64_t> kronor_of(const std::vector<miljoplan::BudgetLine>& lines)
{
    std::vector<std::int64_t> out;
    for (const auto& line : lines) out.push_back(line.amount.kronor());
    return out;
}

}  // namespace

TEST(ReferencePlan, IdentityAndYears)
{
    EXPECT_EQ(plan().id().value(), "jonkoping-2024");
    EXPECT_EQ(plan().title(), "Verksamhetsplan för Miljösamverkan Jönköpings län 2024");
    ASSERT_EQ(plan().years().size(), 1u);
    EXPECT_EQ(plan().years()[0], (miljoplan::PlanYear{2024, YearStatus::Adopted}));
    EXPECT_EQ(plan().horizon_exception(),
              "För 2024 är planen ettårig för att framåt bättre synka med den nationella tillsynstrategin och "
              "åtgärderna i de regionala miljömålsprogrammen.");
    EXPECT_EQ(plan().adoption().body, ActorId("styrgrupp"));
    EXPECT_FALSE(plan().adoption().date) << "the plan does not give its adoption date";
    EXPECT_EQ(plan().adoption_deadline(), miljoplan::make_date(2023, 6, 30));
}

TEST(ReferencePlan, TwentySixActivitiesUnderEightHeadingsInPrintedOrder)
{
    const std::vector<std::pair<std::string, std::size_t>> expected{
        {"Tillsynsprojekt", 2},  {"Handläggarstöd", 2},    {"Utbildning/workshops", 2},
        {"Övrigt utvecklingsarbete", 2}, {"Handläggarträffar", 4}, {"Styrning av miljösamverkan", 5},
        {"Övriga träffar", 6},   {"Kommunikation", 3}};
    ASSERT_EQ(plan().activities().size(), 26u);
    ASSERT_EQ(plan().categories().size(), expected.size());
    std::size_t next = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(plan().categories()[i], expected[i].first);
        EXPECT_EQ(plan().activities_in(expected[i].first).size(), expected[i].second) << expected[i].first;
        // Printed order: the activities of one heading follow each other.
        for (std::size_t k = 0; k < expected[i].second; ++k, ++next)
            EXPECT_EQ(plan().activities()[next]->category(), expected[i].first) << next;
    }
    for (const auto& a : plan().activities()) EXPECT_EQ(a->year(), 2024) << a->id().value();
    EXPECT_EQ(plan().activities().front()->title(), "Avfallsbrottslighet");
    EXPECT_EQ(plan().activities().back()->title(), "\xC3\x80 jourhålla den externa webbplatsen och Ping Pong");
}

TEST(ReferencePlan, PhrasesAreByteExact)
{
    EXPECT_EQ(activity("beredningsgruppsmoten").timing_text(),
              "3 gånger per år inför styrgruppsmötena, samt en kortare avstämning en gång per månad, förutom i juli månad.");
    EXPECT_EQ(activity("framtidens-miljobalkstillsyn").timing_text(), "Fas 1: Vår 2024 Fas 2: Höst 2024");
    EXPECT_EQ(activity("uppstromsarbete-utslapp-till-vatten").title(),
              "Uppstr\xC3\xB6msarbete \xE2\x80\x93 utsl\xC3\xA4pp till vatten");  // U+2013 EN DASH
    EXPECT_EQ(activity("webbplats-och-ping-pong").title(), "\xC3\x80 jourhålla den externa webbplatsen och Ping Pong");
    EXPECT_EQ(activity("uppdatera-telefonboken").implementation(),
              "\xC3\x80 jourhålla telefonboken årligen genom utskick till berörda.");
    EXPECT_EQ(activity("handlaggartraff-sma-avlopp").effect_goals().text,
              "Åtgärd nr 6 i avsnittet \xE2\x80\x9DIngen övergödning\xE2\x80\x9D i åtgärdsprogrammet "
              "\xE2\x80\x9DVattnets miljömål 2017-2021\xE2\x80\x9D");  // U+201D on both sides, as printed
    EXPECT_EQ(activity("avfallsbrottslighet").timing_text(), "2023-2024 (tillsynsbesök höst 2023-sommar 2024)");
    EXPECT_EQ(activity("jamfora-nyckeltal").implementation(),
              "Nyckeltalen läggs in i Miljöbarometern av kommunerna årligen (senast den1 april). Därefter sker en diskussion.");
    EXPECT_EQ(activity("miljobrottsamverkan").partners().text,
              "Länsstyrelsen, åklagare, polis miljösamverkan och Jönköpings kommun");
}

TEST(ReferencePlan, ReferencesInterpretTheCells)
{
    const auto& partners = activity("framtidens-miljobalkstillsyn").partners().refs;
    ASSERT_EQ(partners.size(), 3u);
    EXPECT_EQ(partners[2].id, ActorId("miljosamverkan-vast"));
    EXPECT_TRUE(partners[2].tentative) << "'eventuellt även' makes Miljösamverkan Väst tentative";
    EXPECT_FALSE(partners[0].tentative);
    const auto& measure = activity("handlaggartraff-lantbrukstillsyn").effect_goals().refs;
    ASSERT_EQ(measure.size(), 1u);
    ASSERT_TRUE(measure[0].measure);
    EXPECT_EQ(measure[0].measure->number, "5");
    EXPECT_EQ(measure[0].goal.value(), "mkm-7");
    EXPECT_EQ(activity("oljeavskiljare").effect_goals().open, miljoplan::OpenGoals::Most);
    EXPECT_TRUE(activity("clp-och-markning").partners().empty());
}

TEST(ReferencePlan, BudgetLinesAndPrintedTotals)
{
    const auto& budget = *plan().budget();
    EXPECT_EQ(budget.year(), 2024);
    EXPECT_EQ(budget.title(), "Budget 2024 (tkr)");
    EXPECT_EQ(budget.display_unit(), "tkr");
    EXPECT_EQ(kronor_of(budget.income()), (std::vector<std::int64_t>{0, 1'196'000, 70'000}));
    EXPECT_EQ(kronor_of(budget.costs()),
              (std::vector<std::int64_t>{985'000, 100'000, 7'000, 70'000, 15'000, 10'000, 24'000}));
    EXPECT_EQ(budget.income()[1].label, "Summa inbetalningar från kommuner, Länsstyrelsen och Region Jönköpings län");
    EXPECT_EQ(budget.costs()[6].label, "Miljöbarometern");
    ASSERT_TRUE(budget.printed_income() && budget.printed_costs() && budget.printed_result());
    EXPECT_EQ(*budget.printed_income(), (miljoplan::PrintedTotal{"SUMMA INTÄKTER", Money::from_tkr(1266)}));
    EXPECT_EQ(*budget.printed_costs(), (miljoplan::PrintedTotal{"SUMMA KOSTNADER", Money::from_tkr(1206)}));
    EXPECT_EQ(*budget.printed_result(), (miljoplan::PrintedTotal{"", Money::from_tkr(55)}));
    EXPECT_EQ(budget.income_total(), Money::from_tkr(1266));
    EXPECT_EQ(budget.costs_total(), Money::from_tkr(1211));
    EXPECT_EQ(budget.result(), Money::from_tkr(55));
}

TEST(ReferencePlan, ProposalBankOfTwelveForTheYears2025To2027)
{
    const auto& bank = plan().proposal_bank();
    EXPECT_EQ(bank.title(), "Aktivitetsförslag till Miljösamverkan Jönköpings läns verksamhetsplan 2025-2027");
    EXPECT_EQ(bank.first_year(), 2025);
    EXPECT_EQ(bank.last_year(), 2027);
    EXPECT_EQ(bank.areas(), (std::vector<std::string>{"Tillsyn hälsoskydd", "Tillsyn miljöskydd", "Handläggarstöd miljöskydd",
                                                      "Handläggarstöd hälsoskydd", "Utbildning/föreläsning/workshop"}));
    const std::vector<std::optional<int>> years{2021, 2023, 2022, 2022, 2020, 2020, std::nullopt, 2021, 2021, 2021, 2021, 2023};
    ASSERT_EQ(bank.proposals().size(), years.size());
    std::set<std::string> used_areas;
    for (std::size_t i = 0; i < years.size(); ++i) {
        EXPECT_EQ(bank.proposals()[i]->submitted_year(), years[i]) << i;
        EXPECT_FALSE(bank.proposals()[i]->marked_new()) << "the yellow marking did not survive extraction";
        used_areas.insert(bank.proposals()[i]->area());
    }
    EXPECT_EQ(used_areas.count("Handläggarstöd hälsoskydd"), 0u) << "this heading stands empty";
    EXPECT_EQ(used_areas.size(), 4u);
    EXPECT_EQ(bank.proposals()[6]->title(), "Digital tillsyn");
    EXPECT_EQ(bank.proposals()[6]->area(), "Handläggarstöd miljöskydd");
    EXPECT_EQ(bank.proposals()[4]->title(), "Små avlopp \xE2\x80\x93 handläggarstöd och uppdaterad broschyr");
}

TEST(ReferencePlan, ThirteenMunicipalitiesWithTheirKommunkod)
{
    const auto& org = *plan().organisation();
    EXPECT_EQ(org.name(), "Miljösamverkan Jönköpings län");
    ASSERT_EQ(org.counties().size(), 1u);
    EXPECT_EQ(org.counties()[0], (miljoplan::County{"Jönköpings län", "06", "F"}));
    EXPECT_EQ(org.founded(), 2005);
    const std::vector<std::string> codes{"0604", "0617", "0642", "0643", "0662", "0665", "0680",
                                         "0682", "0683", "0684", "0685", "0686", "0687"};
    std::vector<std::string> found;
    for (const auto& party : org.parties())
        if (party->kind() == PartyKind::Municipality) {
            found.push_back(party->municipality_code().value_or("?"));
            EXPECT_EQ(party->id().value(), "kommun-" + found.back());
        }
    EXPECT_EQ(found, codes);
    std::vector<std::string> expanded;
    for (const auto& party : org.expand(ActorId("lanets-kommuner"))) expanded.push_back(party->municipality_code().value_or("?"));
    EXPECT_EQ(expanded, codes);
    EXPECT_EQ(org.find_party(ActorId("kommun-0680"))->name(), "Jönköpings kommun");
}

TEST(ReferencePlan, MembersAreTheMunicipalitiesTheCountyBoardAndTheRegion)
{
    const auto& members = plan().organisation()->members();
    ASSERT_EQ(members.size(), 15u);
    EXPECT_EQ(members[0], ActorId("kommun-0604"));
    EXPECT_EQ(members[12], ActorId("kommun-0687"));
    EXPECT_EQ(members[13], ActorId("lansstyrelsen"));
    EXPECT_EQ(members[14], ActorId("region-jonkopings-lan"));
}

TEST(ReferencePlan, SteeringGroupSeatsWithTheCoordinatorAsSecretaryAndRapporteur)
{
    const auto& org = *plan().organisation();
    const auto styrgrupp = org.find_body(ActorId("styrgrupp"));
    ASSERT_NE(styrgrupp, nullptr);
    EXPECT_EQ(styrgrupp->kind(), miljoplan::BodyKind::SteeringGroup);
    const auto& seats = styrgrupp->seats();
    ASSERT_EQ(seats.size(), 4u);
    EXPECT_EQ(seats[0].from, ActorId("lanets-kommuner"));
    EXPECT_EQ(seats[0].position, "miljöchef");
    EXPECT_FALSE(seats[0].count) << "one for each municipality";
    EXPECT_EQ(seats[1].from, ActorId("pks"));
    EXPECT_EQ(seats[2].from, ActorId("lansstyrelsen"));
    EXPECT_EQ(seats[3].from, ActorId("lanssamordnare"));
    EXPECT_EQ(seats[3].count, 1);
    EXPECT_EQ(seats[3].functions, (std::vector<SeatFunction>{SeatFunction::Secretary, SeatFunction::Rapporteur}));
    EXPECT_EQ(seats[3].text, "Länssamordnaren för miljösamverkan ingår i styrgruppen som sekreterare och föredragande.");
    const auto beredning = org.find_body(ActorId("beredningsgrupp"));
    ASSERT_NE(beredning, nullptr);
    EXPECT_EQ(beredning->seats()[0].count, 3);
    EXPECT_EQ(beredning->seats()[0].text, "tre miljöchefer");
}

TEST(ReferencePlan, PlanningCycleOfThreeYearsAdoptedByTheSteeringGroupInJune)
{
    const auto& cycle = plan().organisation()->cycle();
    EXPECT_EQ(cycle.horizon_years, 3);
    EXPECT_EQ(cycle.year_statuses,
              (std::vector<YearStatus>{YearStatus::Adopted, YearStatus::Preliminary, YearStatus::ProposalBank}));
    EXPECT_EQ(cycle.adopted_by, ActorId("styrgrupp"));
    EXPECT_EQ(cycle.adoption_deadline_month, 6);
    EXPECT_EQ(cycle.adoption_years_before, 1);
}

TEST(ReferencePlan, EachCallReturnsAFreshPlan)
{
    const auto a = miljoplan::example_plan();
    a->set_title("Ändrad");
    EXPECT_EQ(miljoplan::example_plan()->title(), "Verksamhetsplan för Miljösamverkan Jönköpings län 2024");
}
