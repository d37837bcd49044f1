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
    EXPECT_EQ(text.rfind("\xEF\xBB\xBF# personuppgifter: nej\r\n"
                         "id;category;year;title;goal;implementation;timing;responsible;partners;effect_goals\r\n",
                         0),
              0u)
        << text.substr(0, 120);
    // "Fas 1: Vår 2024 Fas 2: Höst 2024" has no separator and stays bare; a cell with ';' is quoted.
    EXPECT_TRUE(contains(text, ";Fas 1: Vår 2024 Fas 2: Höst 2024;")) << text;
    const std::string budget = miljoplan::budget_to_csv(*plan);
    EXPECT_TRUE(contains(budget, "section,id,label,amount,tags\r\n"));
    EXPECT_TRUE(contains(budget, "income,inbetalningar,\"Summa inbetalningar från kommuner, Länsstyrelsen och Region Jönköpings län\",1196000,"))
        << budget;
    EXPECT_TRUE(contains(budget, "costs,fortaring,Förtäring vid alla fysiska möten (ca 20 per år),15000,")) << budget;
    const std::string proposals = miljoplan::proposals_to_csv(*plan);
    EXPECT_TRUE(contains(proposals, "id,area,title,submitted_year,submitted_by,marked_new\r\n")) << proposals;
    EXPECT_TRUE(contains(proposals, "digital-tillsyn,Handläggarstöd miljöskydd,Digital tillsyn,,,\r\n")) << proposals;
    EXPECT_TRUE(contains(proposals, "hot-och-vald,Utbildning/föreläsning/workshop,Utbildning om hot och våld,2023,,\r\n"));
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
    EXPECT_TRUE(contains(e.what(), "the cell is not valid UTF-8")) << e.what();
    EXPECT_EQ(e.location().line, 2u);
    EXPECT_EQ(e.location().column, 2u);
    e = read_error("");
    EXPECT_TRUE(contains(e.what(), "header row is required")) << e.what();
}

TEST(Csv, PrivacyLineSaysWhetherTheFileHoldsPersonalDataAndReadersSkipIt)
{
    const auto plan = miljoplan::example_plan();
    miljoplan::CsvOptions english;
    english.language = miljoplan::Language::English;
    EXPECT_EQ(miljoplan::budget_to_csv(*plan, english).rfind("# personal data: no\r\nsection,id,", 0), 0u);
    miljoplan::CsvOptions plain;
    plain.privacy_line = false;
    const std::string bare = miljoplan::activities_to_csv(*plan, plain);
    EXPECT_EQ(bare.rfind("id,category,", 0), 0u);
    // With or without the line, the same activities come back; errors keep the file's row numbers.
    EXPECT_EQ(miljoplan::activities_from_csv(bare).size(), 26u);
    EXPECT_EQ(miljoplan::activities_from_csv(miljoplan::activities_to_csv(*plan)).size(), 26u);
    auto e = read_error("# personuppgifter: nej\r\nid,title,year\r\na,A,tjugo\r\n");
    EXPECT_EQ(e.location().line, 3u);
    EXPECT_EQ(e.location().column, 3u);
    e = read_error("# personuppgifter: nej\r\n");
    EXPECT_EQ(e.location().line, 2u);
    EXPECT_TRUE(contains(e.what(), "a header row is required")) << e.what();
}

TEST(Csv, ProposalsAndBudgetLinesReadBackAsWritten)
{
    const auto plan = miljoplan::example_plan();
    for (char separator : {',', ';'}) {
        const std::string proposals = miljoplan::proposals_to_csv(*plan, {separator, true});
        const auto back = miljoplan::proposals_from_csv(proposals);
        const auto& original = plan->proposal_bank().proposals();
        ASSERT_EQ(back.size(), 12u);
        for (std::size_t i = 0; i < back.size(); ++i) {
            EXPECT_EQ(back[i]->id(), original[i]->id());
            EXPECT_EQ(back[i]->title(), original[i]->title());
            EXPECT_EQ(back[i]->area(), original[i]->area());
            EXPECT_EQ(back[i]->submitted_year(), original[i]->submitted_year());
        }
        EXPECT_EQ(back[6]->title(), "Digital tillsyn");
        EXPECT_EQ(back[6]->submitted_year(), std::nullopt);

        const auto lines = miljoplan::budget_lines_from_csv(miljoplan::budget_to_csv(*plan, {separator, false}));
        EXPECT_EQ(lines.income, plan->budget()->income());
        EXPECT_EQ(lines.costs, plan->budget()->costs());
        ASSERT_EQ(lines.costs.size(), 7u);
        EXPECT_EQ(lines.income[1].amount.kronor(), 1196000);
        EXPECT_EQ(lines.costs[4].label, "Förtäring vid alla fysiska möten (ca 20 per år)");
    }
}

TEST(Csv, BudgetAmountsAsSwedishExcelShowsThem)
{
    const auto lines = miljoplan::budget_lines_from_csv(
        "section;id;label;amount;tags\r\n"
        "intäkter;a;Inbetalningar;1 196 000;member_payments\r\n"
        "kostnader;b;Underskott;\xE2\x88\x92" "5\xC2\xA0" "000;\r\n"
        "costs;c;Resor;'-70000;travel meetings\r\n");
    ASSERT_EQ(lines.income.size(), 1u);
    EXPECT_EQ(lines.income[0].amount.kronor(), 1196000);
    EXPECT_EQ(lines.income[0].tags, std::vector<std::string>{"member_payments"});
    ASSERT_EQ(lines.costs.size(), 2u);
    EXPECT_EQ(lines.costs[0].amount.kronor(), -5000);
    EXPECT_EQ(lines.costs[1].amount.kronor(), -70000);
    EXPECT_EQ(lines.costs[1].tags, (std::vector<std::string>{"travel", "meetings"}));
}

TEST(Csv, ProposalAndBudgetErrorsNameRowAndColumn)
{
    auto budget_error = [](const std::string& text) {
        try {
            miljoplan::budget_lines_from_csv(text, "budget.csv");
        } catch (const miljoplan::ParseError& e) {
            return e;
        }
        throw std::logic_error("no error for: " + text);
    };
    const std::string header = "section,id,label,amount\r\n";
    auto e = budget_error(header + "income,a,Avgifter,\"1 196,5\"\r\n");
    EXPECT_EQ(e.location().line, 2u);
    EXPECT_EQ(e.location().column, 4u);
    EXPECT_TRUE(contains(e.what(), "the amount \"1 196,5\" is not whole kronor")) << e.what();
    e = budget_error(header + "income,a,Avgifter,5\r\nutgifter,b,Resor,7\r\n");
    EXPECT_EQ(e.location().line, 3u);
    EXPECT_EQ(e.location().column, 1u);
    EXPECT_TRUE(contains(e.what(), "the section \"utgifter\" is neither income nor costs")) << e.what();
    e = budget_error(header + "income,a,Avgifter,5\r\ncosts,a,Resor,7\r\n");
    EXPECT_EQ(e.location().line, 3u);
    EXPECT_EQ(e.location().column, 2u);
    EXPECT_TRUE(contains(e.what(), "duplicate id 'a'")) << e.what();
    e = budget_error(header + "income,a,Avgifter,99999999999999999999\r\n");
    EXPECT_TRUE(contains(e.what(), "is not whole kronor")) << e.what();
    e = budget_error("section,id,label\r\nincome,a,Avgifter\r\n");
    EXPECT_TRUE(contains(e.what(), "missing the required column \"amount\"")) << e.what();

    try {
        miljoplan::proposals_from_csv("id,title,marked_new,submitted_year\r\np,Förslag,kanske,2023\r\n", "förslag.csv");
        ADD_FAILURE() << "marked_new 'kanske' was accepted";
    } catch (const miljoplan::ParseError& error) {
        EXPECT_EQ(error.location().line, 2u);
        EXPECT_EQ(error.location().column, 3u);
        EXPECT_TRUE(contains(error.what(), "marked_new is \"kanske\"")) << error.what();
    }
    const auto proposals = miljoplan::proposals_from_csv("id,title,marked_new,submitted_by\r\np,Förslag,ja,vaggeryd\r\n");
    ASSERT_EQ(proposals.size(), 1u);
    EXPECT_EQ(proposals[0]->marked_new(), true);
    EXPECT_EQ(proposals[0]->submitted_by()->value(), "vaggeryd");
}

TEST(Csv, BytesThatAreNotUtf8AreReportedAtTheirCell)
{
    auto e = read_error(std::string("id,title,goal\r\na,A,ok\r\nb,B,m\xF6te\r\n"));
    EXPECT_EQ(e.location().line, 3u);
    EXPECT_EQ(e.location().column, 3u);
    EXPECT_TRUE(contains(e.what(), "not valid UTF-8")) << e.what();
    e = read_error(std::string("\xFF\xFEi\0d\0", 6));
    EXPECT_TRUE(contains(e.what(), "the file is UTF-16")) << e.what();
    e = read_error(std::string("i\0d\0,\0t\0", 8));
    EXPECT_EQ(e.location().column, 1u);
    EXPECT_TRUE(contains(e.what(), "a NUL byte in the cell")) << e.what();
}
