// SPDX-License-Identifier: Apache-2.0
// `miljoplan keyfigures`, run as a user runs it: the "Nyckeltal" section from a saved key-figure set, a
// Miljöbarometern export and a Kolada response; broken input is exit 2 naming file and place, wrong
// usage 64, and an existing output file is replaced only with --force.
#include <gtest/gtest.h>

#include "keyfigures/keyfigure_fixture.h"
#include "miljoplan/keyfigures/key_figure_io.h"
#include "test_support.h"

#ifdef MILJOPLAN_CLI

using miljoplan::testing::keyfigure_data;
using miljoplan::testing::run;
using miljoplan::testing::TempDir;

namespace {

miljoplan::testing::CommandResult cli(const std::vector<std::string>& args) { return run(MILJOPLAN_CLI, args); }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The illustrative county set (directions included) saved as a snapshot file.
std::string saved_set(const TempDir& dir)
{
    const std::string path = dir.file("nyckeltal.json");
    miljoplan::save_key_figures(miljoplan::testing::county_set(), path);
    return path;
}

}  // namespace

TEST(CliKeyFigures, SavedSetGivesTheSwedishSectionForTheChosenYear)
{
    const TempDir dir;
    const auto r = cli({"keyfigures", saved_set(dir), "--year", "2023"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("## Nyckeltal\n", 0), 0U) << r.out;
    EXPECT_TRUE(contains(r.out, "| Mullsjö kommun | 38,5 | +8,25 | 1 | −1,75 | −1,2500 (sämre) |")) << r.out;
    EXPECT_TRUE(contains(r.out, "- Median: 30,25; Spridning: 16,5 (22,0–38,5); Rapporterat: 11 av 13."));
    EXPECT_TRUE(contains(r.out, "- Ej rapporterat senast 1 april 2024: Gislaveds kommun, Sävsjö kommun, Tranås kommun."));
    EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST(CliKeyFigures, HtmlPageInEnglishWrittenToAFileOnlyReplacedWithForce)
{
    const TempDir dir;
    const std::string set = saved_set(dir);
    const std::string out = dir.file("nyckeltal.html");
    auto r = cli({"keyfigures", set, "--to", "html", "--lang", "en", "-o", out});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(r.out.empty());
    const std::string page = miljoplan::testing::read_file(out);
    EXPECT_EQ(page.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0U) << page;
    EXPECT_TRUE(contains(page, "<h2>Key figures</h2>"));
    EXPECT_TRUE(contains(page, "<li>Median: 421.5; Spread: 56.5 (398.5–455); Reported: 4 of 13.</li>")) << page;

    r = cli({"keyfigures", set, "-o", out});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(contains(r.err, "--force")) << r.err;
    EXPECT_EQ(miljoplan::testing::read_file(out), page);  // untouched
    EXPECT_EQ(cli({"keyfigures", set, "-o", out, "--force"}).exit_code, 0);
    EXPECT_EQ(miljoplan::testing::read_file(out).rfind("## Nyckeltal\n", 0), 0U);
}

TEST(CliKeyFigures, ReadsAMiljobarometernExportAndAKoladaResponse)
{
    auto r = cli({"keyfigures", keyfigure_data("miljobarometern.csv"), "--profile", "jonkoping", "--better",
                  "eko-livsmedel=högre", "--better", "hushallsavfall=lägre", "--year", "2023"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "| Mullsjö kommun | 38,5 | +8,25 | 1 |")) << r.out;
    EXPECT_TRUE(contains(r.out, "| Gnosjö kommun | 398,5 | −23,0 | 1 |")) << r.out;

    r = cli({"keyfigures", keyfigure_data("kolada/data-page-1.json"), "--lang", "en"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    // Without a profile the municipalities are their kommunkoder; the median of 63.05 and 57.4 is exact.
    EXPECT_TRUE(contains(r.out, "### N85001, 2023")) << r.out;
    EXPECT_TRUE(contains(r.out, "- Median: 60.225;")) << r.out;
    EXPECT_TRUE(contains(r.out, "- Source: kolada N85001.")) << r.out;
}

TEST(CliKeyFigures, RetrievedNamesTheDayInTheSourceLine)
{
    auto r = cli({"keyfigures", keyfigure_data("kolada/data-page-1.json"), "--lang", "en", "--retrieved", "2024-04-15"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "- Source: kolada N85001, retrieved 2024-04-15.")) << r.out;

    r = cli({"keyfigures", keyfigure_data("miljobarometern.csv"), "--profile", "jonkoping", "--retrieved", "2024-04-02"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "hämtad 2024-04-02")) << r.out;

    // A saved set keeps each value's own day: a second day would falsify it.
    const TempDir dir;
    r = cli({"keyfigures", saved_set(dir), "--retrieved", "2024-04-15"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(contains(r.err, "keeps the day each value was retrieved")) << r.err;
    EXPECT_EQ(cli({"keyfigures", saved_set(dir), "--retrieved", "15 april"}).exit_code, 64);
    EXPECT_EQ(cli({"keyfigures", saved_set(dir), "--retrieved", "2024-02-30"}).exit_code, 64);
}

TEST(CliKeyFigures, ColumnMapsAnExportsOwnNames)
{
    const TempDir dir;
    const std::string csv = dir.file("egen.csv");
    miljoplan::testing::write_file(csv, "Nyckeltal;Kommun;År;Mätvärde\neko;0680;2023;12,5\neko;0604;2023;10\n");
    auto r = cli({"keyfigures", csv, "--column", "Nyckeltal=indikator", "--column", "mätvärde=värde"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "### eko, 2023")) << r.out;
    EXPECT_TRUE(contains(r.out, "- Median: 11,25;")) << r.out;

    r = cli({"keyfigures", csv});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(contains(r.err, "egen.csv:1:1: missing column \"indikator\"")) << r.err;
    EXPECT_EQ(cli({"keyfigures", csv, "--column", "Mätvärde"}).exit_code, 64);
    r = cli({"keyfigures", csv, "--column", "Mätvärde=mätvärde"});
    EXPECT_EQ(r.exit_code, 64);
    EXPECT_TRUE(contains(r.err, "not a column the reader knows")) << r.err;
    r = cli({"keyfigures", keyfigure_data("kolada/data-page-1.json"), "--column", "Mätvärde=värde"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(contains(r.err, "--column applies to a Miljöbarometern export")) << r.err;
}

TEST(CliKeyFigures, AnExcelWorkbookIsNamedAsSuch)
{
    const TempDir dir;
    const std::string xlsx = dir.file("export.xlsx");
    miljoplan::testing::write_file(xlsx, std::string("PK\x03\x04", 4));
    const auto r = cli({"keyfigures", xlsx});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(contains(r.err, "export.xlsx: an Excel workbook")) << r.err;
    EXPECT_TRUE(contains(r.err, "import_miljobarometern_xlsx")) << r.err;
}

TEST(CliKeyFigures, BrokenInputIsExit2NamingFileAndPlace)
{
    const TempDir dir;
    const std::string csv = dir.file("export.csv");
    miljoplan::testing::write_file(csv, "indikator;kommun;år;värde\neko;0680;2023;12,3x\n");
    auto r = cli({"keyfigures", csv});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(contains(r.err, "export.csv:2:")) << r.err;
    EXPECT_TRUE(contains(r.err, "'12,3x' is not a decimal number")) << r.err;

    const std::string json = dir.file("svar.json");
    miljoplan::testing::write_file(json, R"({"count": 1})");
    r = cli({"keyfigures", json});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(contains(r.err, "svar.json at $.values")) << r.err;

    r = cli({"keyfigures", dir.file("saknas.json")});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(contains(r.err, "saknas.json")) << r.err;

    r = cli({"keyfigures", saved_set(dir), "--better", "okänd=högre"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(contains(r.err, "'okänd'")) << r.err;
}

TEST(CliKeyFigures, WrongUsageIsExit64)
{
    const TempDir dir;
    const std::string set = saved_set(dir);
    EXPECT_EQ(cli({"keyfigures"}).exit_code, 64);
    EXPECT_EQ(cli({"keyfigures", set, "--to", "pdf"}).exit_code, 64);
    EXPECT_EQ(cli({"keyfigures", set, "--lang", "de"}).exit_code, 64);
    EXPECT_EQ(cli({"keyfigures", set, "--year", "tjugo"}).exit_code, 64);
    EXPECT_EQ(cli({"keyfigures", set, "--better", "eko-livsmedel"}).exit_code, 64);
    EXPECT_EQ(cli({"keyfigures", set, "--profile", "gotland"}).exit_code, 64);
    EXPECT_EQ(cli({"keyfigures", set, "--trend", "snabb"}).exit_code, 64);
}

#endif  // MILJOPLAN_CLI
