// SPDX-License-Identifier: Apache-2.0
// The follow-up text and the annual report (verksamhetsberättelse) of the example cooperation's 2026,
// whose follow-up and accounts (bokslut) are recorded, and of the reference plan, whose are not.
#include <gtest/gtest.h>

#include "miljoplan/analysis/follow_up.h"
#include "miljoplan/io/annual_report.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/io/json.h"
#include "test_support.h"

namespace {

std::shared_ptr<miljoplan::Plan> example_cooperation()
{
    return miljoplan::load_plan(miljoplan::testing::source_dir() + "/examples/new_cooperation/plan-2026.json");
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST(AnnualReport, ActivitiesPerCategoryWithTheirCadence)
{
    const std::string md = miljoplan::annual_report(*example_cooperation(), 2026);
    EXPECT_EQ(md.rfind("# Verksamhetsberättelse 2026 – Miljösamverkan Exempellän\n", 0), 0u) << md;
    EXPECT_TRUE(contains(md, "Genomförda aktiviteter: 2 av 4.\n")) << md;
    EXPECT_TRUE(contains(md, "| Kurs om små avlopp | genomförd (2026-06-30) | – | 40 deltagare. |\n")) << md;
    EXPECT_TRUE(contains(md, "| Nätverk för hälsoskydd | pågår (2026-12-31) | 1 av 2 tillfällen (ej uppfyllt) | Höstträffen ställdes in. |\n"))
        << md;
    EXPECT_TRUE(contains(md, "| Styrgruppsmöten | genomförd (2026-12-31) | 3 av 3 tillfällen (uppfyllt) |  |\n")) << md;
    // Each heading once, in the plan's order; the 2027 activity is not in 2026's report.
    EXPECT_EQ(md.find("### Tillsynsprojekt"), md.rfind("### Tillsynsprojekt"));
    EXPECT_LT(md.find("### Tillsynsprojekt"), md.find("### Utbildning"));
    EXPECT_FALSE(contains(md, "Tillsyn av skolors ventilation")) << md;
}

TEST(AnnualReport, TheOutcomeAgainstTheBudgetLineByLine)
{
    const std::string md = miljoplan::annual_report(*example_cooperation(), 2026);
    // Budget 232 500 - 210 000 = 22 500 kr; outcome 230 500 - 209 000 = 21 500 kr.
    EXPECT_TRUE(contains(md, "| Kursavgifter | 20 000 | 18 000 | -2 000 |\n")) << md;
    EXPECT_TRUE(contains(md, "| Föreläsare och lokal | 20 000 | 21 000 | 1 000 |\n")) << md;
    EXPECT_TRUE(contains(md, "| **Resultat** | 22 500 | 21 500 | -1 000 |\n")) << md;
    EXPECT_TRUE(contains(md, "Belopp i kr.\n")) << md;
    const std::string en = miljoplan::annual_report(*example_cooperation(), 2026, miljoplan::Language::English);
    EXPECT_TRUE(contains(en, "# Annual report 2026 – Miljösamverkan Exempellän\n")) << en;
    EXPECT_TRUE(contains(en, "| **Result** | 22 500 | 21 500 | -1 000 |\n")) << en;
}

TEST(AnnualReport, WithoutAccountsTheReportSaysSo)
{
    const std::string md = miljoplan::annual_report(*miljoplan::example_plan(), 2024);
    EXPECT_TRUE(contains(md, "Genomförda aktiviteter: 0 av 26.\n")) << md;
    EXPECT_TRUE(contains(md, "Bokslut saknas för 2024")) << md;
}

TEST(AnnualReport, MarkdownCellsCannotBreakTheTable)
{
    auto plan = example_cooperation();
    plan->find_activity(miljoplan::ActivityId("kurs-avlopp"))->set_title("Kurs | avlopp\nnivå 2");
    const std::string md = miljoplan::annual_report(*plan, 2026);
    EXPECT_TRUE(contains(md, "| Kurs \\| avlopp nivå 2 | genomförd (2026-06-30) |")) << md;
}

TEST(FollowUpText, ReadableStatusPerCategory)
{
    const auto report = miljoplan::follow_up_report(*example_cooperation(), 2026);
    const std::string text = miljoplan::follow_up_text(report);
    EXPECT_EQ(text.rfind("Uppföljning 2026 per 2026-12-31\n===============================\n"
                         "Uppföljningstillfällen: 2026-06-30, 2026-12-31\n", 0),
              0u)
        << text;
    EXPECT_TRUE(contains(text, "\nNätverk\n  Nätverk för hälsoskydd: pågår (2026-12-31)\n      Höstträffen ställdes in.\n"
                               "      1 av 2 tillfällen (ej uppfyllt)\n"))
        << text;
    EXPECT_TRUE(contains(text, "\ngenomförd: 2\ningen uppgift: 1\npågår: 1\n")) << text;
    const std::string en = miljoplan::follow_up_text(report, miljoplan::Language::English);
    EXPECT_TRUE(contains(en, "Follow-up 2026 as of 2026-12-31")) << en;
    EXPECT_TRUE(contains(en, "1 of 2 occurrences (not met)")) << en;
}
