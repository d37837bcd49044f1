// SPDX-License-Identifier: Apache-2.0
// CSV for spreadsheets: the reference plan's activities, proposals and budget lines written and read
// back, Swedish Excel's separator and byte-order mark, formula cells neutralised, errors at row/column.
#include <gtest/gtest.h>

#include "miljoplan/error.h"
#include "miljoplan/io/csv.h"
#include "miljoplan/io/embedded.h"

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

miljoplan::ParseError read_error(const std::string& text)
{
    try {
        miljoplan::activities_from_csv(text, "aktiviteter.csv");
    } catch (const miljoplan::ParseError& e) {
        return e;
    }
    throw std::logic_error("no error for: " + text);
}

}  // namespace

TEST(Csv, ActivitiesRoundTripWithEveryCellByteExact)
{
    const auto plan = miljoplan::example_plan();
    for (char separator : {',', ';'}) {
        for (bool bom : {false, true}) {
            const std::string text = miljoplan::activities_to_csv(*plan, {separator, bom});
            EXPECT_EQ(text.rfind("\xEF\xBB\xBF", 0) == 0, bom);
            const auto back = miljoplan::activities_from_csv(text);
            ASSERT_EQ(back.size(), 26u);
            for (std::size_t i = 0; i < back.size(); ++i) {
                const auto& a = *plan->activities()[i];
                const auto& b = *back[i];
                EXPECT_EQ(b.id(), a.id());
                EXPECT_EQ(b.category(), a.category());
                EXPECT_EQ(b.year(), a.year());
                EXPECT_EQ(b.title(), a.title());
                EXPECT_EQ(b.goal(), a.goal());
                EXPECT_EQ(b.implementation(), a.implementation());
                EXPECT_EQ(b.timing_text(), a.timing_text());
                EXPECT_EQ(b.responsible().text, a.responsible().text);
                EXPECT_EQ(b.partners().text, a.partners().text);
                EXPECT_EQ(b.effect_goals().text, a.effect_goals().text);
            }
            // And the same CSV again from what was read.
            auto again = miljoplan::example_plan();
            for (const auto& a : plan->activities()) again->remove_activity(a->id());
            for (const auto& a : back) again->add_activity(a);
            EXPECT_EQ(miljoplan::activities_to_csv(*again, {separator, bom}), text);
        }
    }
}

TEST(Csv, SwedishExcelLayoutAndQuoting)
{
    const auto plan = miljoplan::example_plan();
    const std::string text = miljoplan::activities_to_csv(*plan, {';', true});
    EXPECT_TRUE(contains(text, "\xEF\xBB\xBFid;category;year;title;goal;implementation;timing;responsible;partners;effect_goals\r\n"));
    // "Fas 1: Vår 2024 Fas 2: Höst 2024" has no separator and stays bare; a cell with ';' is quoted.
    EXPECT_TRUE(contains(text, ";Fas 1: Vår 2024 Fas 2: Höst 2024;")) << text;
    const std::string budget = miljoplan::budget_to_csv(*plan);
    EXPECT_TRUE(contains(budget, "section,id,label,amount,tags\r\n"));
    EXPECT_TRUE(contains(budget, "income,inbetalningar,\"Summa inbetalningar från kommuner, Länsstyrelsen och Region Jönköpings län\",1196000,"))
        << budget;
    EXPECT_TRUE(contains(budget, "costs,fortaring,Förtäring vid alla fysiska möten (ca 20 per år),15000,")) << budget;
    const std::string proposals = miljoplan::proposals_to_csv(*plan);
    EXPECT_TRUE(contains(proposals, "digital-tillsyn,Handläggarstöd miljöskydd,Digital tillsyn,\r\n")) << proposals;
    EXPECT_TRUE(contains(proposals, "hot-och-vald,Utbildning/föreläsning/workshop,Utbildning om hot och våld,2023\r\n"));
    EXPECT_THROW(miljoplan::activities_to_csv(*plan, {'\t', false}), miljoplan::InvalidArgument);
}

TEST(Csv, FormulaCellsAreNeutralisedAndRestored)
{
    auto plan = miljoplan::example_plan();
    const std::vector<std::string> dangerous{"=HYPERLINK(\"http://x\")", "+46 36 10 00 00", "-5 tkr", "@SUM(A1)", "\tflik",
                                             "\rretur"};
    for (std::size_t i = 0; i < dangerous.size(); ++i) plan->activities()[i]->set_goal(dangerous[i]);
    const std::string text = miljoplan::activities_to_csv(*plan);
    EXPECT_TRUE(contains(text, ",\"'=HYPERLINK(\"\"http://x\"\")\",")) << text;
    EXPECT_TRUE(contains(text, ",'+46 36 10 00 00,"));
    EXPECT_TRUE(contains(text, ",'-5 tkr,"));
    EXPECT_TRUE(contains(text, ",'@SUM(A1),"));
    const auto back = miljoplan::activities_from_csv(text);
    for (std::size_t i = 0; i < dangerous.size(); ++i) EXPECT_EQ(back[i]->goal(), dangerous[i]);
    // An apostrophe the text itself starts with, before ordinary text, is kept.
    plan->activities()[0]->set_goal("'t är bra");
    EXPECT_EQ(miljoplan::activities_from_csv(miljoplan::activities_to_csv(*plan))[0]->goal(), "'t är bra");
}

TEST(Csv, ErrorsNameRowAndColumn)
{
    const std::string header = "id,title,year\r\n";
    auto e = read_error(header + "a,Första,2024\r\nb,Andra,tjugo\r\n");
    EXPECT_EQ(e.location().line, 3u);
    EXPECT_EQ(e.location().column, 3u);
    EXPECT_EQ(e.location().source, "aktiviteter.csv");
    EXPECT_TRUE(contains(e.what(), "\"tjugo\" is not a four-digit year")) << e.what();

    e = read_error(header + "a,Första,2024\r\na,Andra,2024\r\n");
    EXPECT_EQ(e.location().line, 3u);
    EXPECT_EQ(e.location().column, 1u);
    EXPECT_TRUE(contains(e.what(), "duplicate id 'a'")) << e.what();

    e = read_error("id,tittle\r\na,Första\r\n");
    EXPECT_EQ(e.location().line, 1u);
    EXPECT_EQ(e.location().column, 2u);
    EXPECT_TRUE(contains(e.what(), "unknown column \"tittle\"; did you mean \"title\"?")) << e.what();

    e = read_error("id,category\r\na,x\r\n");
    EXPECT_TRUE(contains(e.what(), "missing the required column \"title\"")) << e.what();

    // A quoted cell spanning lines is one row: the next record is row 3 although it is on line 4.
    e = read_error(header + "a,\"Två\nrader\",2024\r\nb,,2024\r\n");
    EXPECT_EQ(e.location().line, 3u);
    EXPECT_EQ(e.location().column, 2u);
    EXPECT_TRUE(contains(e.what(), "the title is empty")) << e.what();

    e = read_error(header + "a,Första\r\n");
    EXPECT_EQ(e.location().line, 2u);
    EXPECT_TRUE(contains(e.what(), "the row has 2 cells, the header 3")) << e.what();

    e = read_error(header + "a,\"ej stängd,2024\r\n");
    EXPECT_TRUE(contains(e.what(), "not closed")) << e.what();
    e = read_error(header + "a,fel\"citat,2024\r\n");
    EXPECT_EQ(e.location().column, 2u);
    e = read_error(std::string("id,title\r\na,\xC3\x28\r\n"));
    EXPECT_TRUE(contains(e.what(), "not valid UTF-8")) << e.what();
    e = read_error("");
    EXPECT_TRUE(contains(e.what(), "header row is required")) << e.what();
}
