// SPDX-License-Identifier: Apache-2.0
#include <algorithm>

#include <gtest/gtest.h>

#include "detail/text.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/io/text_report.h"
#include "miljoplan/rules/validate.h"

using miljoplan::Language;

namespace {

std::string report_of(const miljoplan::Plan& plan, Language language)
{
    return miljoplan::text_report(plan, miljoplan::validate(plan, miljoplan::builtin_goal_catalog(), language), language);
}

const std::string& swedish()
{
    static const std::string text = report_of(*miljoplan::example_plan(), Language::Swedish);
    return text;
}

const std::string& english()
{
    static const std::string text = report_of(*miljoplan::example_plan(), Language::English);
    return text;
}

std::vector<std::string> lines_of(const std::string& text) { return miljoplan::detail::split(text, "\n"); }

// The one line that starts with @p label.
std::string line_starting(const std::string& text, const std::string& label)
{
    std::string found;
    for (const auto& line : lines_of(text)) {
        if (line.rfind(label, 0) != 0) continue;
        EXPECT_TRUE(found.empty()) << "two lines start with " << label;
        found = line;
    }
    return found;
}

bool has_line(const std::string& text, const std::string& line)
{
    const auto all = lines_of(text);
    return std::find(all.begin(), all.end(), line) != all.end();
}

}  // namespace

TEST(TextReport, OpensWithTheUnderlinedTitle)
{
    const auto lines = lines_of(swedish());
    ASSERT_GE(lines.size(), 2u);
    EXPECT_EQ(lines[0], "Verksamhetsplan för Miljösamverkan Jönköpings län 2024");
    EXPECT_EQ(lines[1], std::string(54, '='));  // one '=' per character, not per byte
}

TEST(TextReport, ListsActivitiesUnderEachHeadingWithItsCount)
{
    EXPECT_TRUE(has_line(swedish(), "Aktiviteter 2024 (26)"));
    const std::vector<std::string> headings{"Tillsynsprojekt (2)", "Handläggarstöd (2)", "Utbildning/workshops (2)",
                                            "Övrigt utvecklingsarbete (2)", "Handläggarträffar (4)",
                                            "Styrning av miljösamverkan (5)", "Övriga träffar (6)", "Kommunikation (3)"};
    std::size_t previous = 0;
    for (const auto& heading : headings) {
        const std::size_t at = swedish().find("\n" + heading + "\n");
        ASSERT_NE(at, std::string::npos) << heading;
        EXPECT_GT(at, previous) << heading << " is out of order";
        previous = at;
    }
    EXPECT_TRUE(has_line(swedish(), "  1. Avfallsbrottslighet"));
    EXPECT_TRUE(has_line(swedish(), "  26. À jourhålla den externa webbplatsen och Ping Pong"));
    EXPECT_TRUE(has_line(swedish(), "     Tid: Fas 1: Vår 2024 Fas 2: Höst 2024"));
}

TEST(TextReport, BudgetRowsShowComputedPrintedAndDifference)
{
    const std::string costs = line_starting(swedish(), "SUMMA KOSTNADER");
    const std::size_t computed = costs.find(" 1 211");
    const std::size_t printed = costs.find(" 1 206");
    const std::size_t difference = costs.find(" -5");
    ASSERT_NE(computed, std::string::npos) << costs;
    ASSERT_NE(printed, std::string::npos) << costs;
    ASSERT_NE(difference, std::string::npos) << costs;
    EXPECT_LT(computed, printed);
    EXPECT_LT(printed, difference);
    EXPECT_EQ(costs, "SUMMA KOSTNADER" + std::string(29, ' ') + "      1 211      1 206         -5");
    EXPECT_EQ(line_starting(swedish(), "SUMMA INTÄKTER"), "SUMMA INTÄKTER" + std::string(30, ' ') + "      1 266      1 266          0");
    // The printed result has no label in the source; the report supplies one.
    EXPECT_EQ(line_starting(swedish(), "Resultat"), "Resultat" + std::string(36, ' ') + "         55         55          0");
    EXPECT_NE(line_starting(swedish(), std::string(44, ' ') + "   Beräknat"), "");
    EXPECT_TRUE(has_line(swedish(), "  Miljöbarometern" + std::string(27, ' ') + "         24"));
}

TEST(TextReport, EndsWithTheCountedFindings)
{
    EXPECT_TRUE(has_line(swedish(), "Kontroller: 1 fel, 2 varningar, 2 info"));
    EXPECT_TRUE(has_line(swedish(), "FEL     budget.costs_total  $.budget.printed_totals.costs"));
    EXPECT_TRUE(has_line(swedish(), "VARNING budget.result_printed_totals  $.budget.printed_totals.result"));
    EXPECT_TRUE(has_line(swedish(), "VARNING budget.catering_meetings  $.budget.costs"));
    EXPECT_TRUE(has_line(swedish(), "INFO    plan.dates_partly_outside_years  $.activities[0].timing"));
    EXPECT_TRUE(has_line(swedish(), "INFO    plan.adoption_date_missing  $.adoption.date"));
    // In the order validate() reports them.
    EXPECT_LT(swedish().find("budget.result_printed_totals"), swedish().find("budget.catering_meetings"));
    EXPECT_LT(swedish().find("budget.catering_meetings"), swedish().find("plan.dates_partly_outside_years"));
    EXPECT_LT(swedish().find("Kontroller:"), swedish().find("FEL     budget.costs_total"));
}

TEST(TextReport, ShowsYearsGovernanceAndTheProposalBank)
{
    EXPECT_TRUE(has_line(swedish(), "Planens år: 2024 (fastställd)"));
    EXPECT_TRUE(has_line(swedish(), "Planperiod: 1 år (normalt 3 år)"));
    EXPECT_TRUE(has_line(swedish(), "Fastställs av: Styrgruppen, senast 2023-06-30 (beslutsdatum anges inte)"));
    EXPECT_TRUE(has_line(swedish(), "  Styrgruppen (styrgrupp)"));
    EXPECT_FALSE(has_line(swedish(), "  Projektgruppen (projektgrupp)")) << "per-activity bodies are not listed";
    EXPECT_TRUE(has_line(swedish(), "Förslagsbank (12 förslag)"));
    EXPECT_TRUE(has_line(swedish(), "  - Digital tillsyn (år anges inte)"));
    EXPECT_TRUE(has_line(swedish(), "Handläggarstöd hälsoskydd")) << "an empty area is still shown";
}

TEST(TextReport, EnglishVariantTranslatesTheHeadings)
{
    EXPECT_EQ(lines_of(english())[0], "Verksamhetsplan för Miljösamverkan Jönköpings län 2024");
    EXPECT_TRUE(has_line(english(), "Activities 2024 (26)"));
    EXPECT_TRUE(has_line(english(), "Checks: 1 error, 2 warnings, 2 info"));
    EXPECT_TRUE(has_line(english(), "Plan years: 2024 (adopted)"));
    EXPECT_TRUE(has_line(english(), "Horizon: 1 year (normally 3 years)"));
    EXPECT_TRUE(has_line(english(), "Adopted by: Styrgruppen, by 2023-06-30 (decision date not given)"));
    EXPECT_TRUE(has_line(english(), "Proposal bank (12 proposals)"));
    EXPECT_TRUE(has_line(english(), "error   budget.costs_total  $.budget.printed_totals.costs"));
    EXPECT_NE(line_starting(english(), std::string(44, ' ') + "   Computed"), "");
    EXPECT_NE(line_starting(english(), "Result"), "");
    EXPECT_EQ(english().find("Kontroller"), std::string::npos);
    EXPECT_EQ(english().find("Aktiviteter"), std::string::npos);
}

TEST(TextReport, SaysSoWhenThereIsNothingToReport)
{
    // The reference plan with the causes of its five findings removed.
    auto plan = miljoplan::example_plan();
    plan->budget()->set_printed_costs(miljoplan::PrintedTotal{"SUMMA KOSTNADER", miljoplan::Money::from_tkr(1211)});
    auto adoption = plan->adoption();
    adoption.date = miljoplan::make_date(2023, 6, 12);
    plan->set_adoption(adoption);
    auto costs = plan->budget()->costs();
    for (auto& line : costs)
        if (line.id == "fortaring") line.label = "Förtäring vid alla fysiska möten (ca 45 per år)";
    plan->budget()->set_costs(costs);
    plan->activities()[0]->set_timing_text("2024 (tillsynsbesök våren 2024)");
    const std::string clean = report_of(*plan, Language::Swedish);
    EXPECT_TRUE(has_line(clean, "Kontroller: 0 fel, 0 varningar, 0 info"));
    EXPECT_TRUE(has_line(clean, "Inga anmärkningar."));
    plan->set_budget(nullptr);
    EXPECT_TRUE(has_line(report_of(*plan, Language::Swedish), "Planen har ingen budget."));
    EXPECT_TRUE(has_line(report_of(*plan, Language::English), "The plan has no budget."));
}

TEST(TextReport, TheProfileLabelsAndRecordedMembersAppear)
{
    auto plan = miljoplan::example_plan();
    auto& org = *plan->organisation();
    org.set_labels({{"activities", "Insatser"}, {"bank", "Idébank"}});
    org.set_opt_in_members({miljoplan::ActorId("region-jonkopings-lan")});
    org.find_body(miljoplan::ActorId("beredningsgrupp"))
        ->set_members({{miljoplan::ActorId("kommun-0680"), "miljöchef", "", {}},
                       {miljoplan::ActorId("lansstyrelsen"), "chefen för miljöskyddsenheten", "", {}}});
    const std::string sv = miljoplan::text_report(*plan, {});
    EXPECT_TRUE(has_line(sv, "Insatser 2024 (26)")) << sv;
    EXPECT_EQ(sv.find("Aktiviteter 2024"), std::string::npos);
    EXPECT_NE(sv.find("\nIdébank"), std::string::npos) << sv;
    EXPECT_TRUE(has_line(sv, "Deltar frivilligt: Region Jönköpings län")) << sv;
    EXPECT_NE(sv.find("    - chefen för Kommunal utveckling\n    2 förda ledamöter: Jönköpings kommun (miljöchef),"),
              std::string::npos)
        << sv;
    // English reports keep the library's words.
    const std::string en = miljoplan::text_report(*plan, {}, miljoplan::Language::English);
    EXPECT_TRUE(has_line(en, "Activities 2024 (26)")) << en;
}
