// SPDX-License-Identifier: Apache-2.0
// The process commands (diff, followup, annual-report) and the new-cooperation example run through
// validate, report and calendar as its README says.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.h"

#ifdef MILJOPLAN_CLI

using miljoplan::testing::run;
using miljoplan::testing::source_dir;

namespace {

miljoplan::testing::CommandResult cli(const std::vector<std::string>& args) { return run(MILJOPLAN_CLI, args); }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string example_plan() { return source_dir() + "/examples/new_cooperation/plan-2026.json"; }

}  // namespace

TEST(CliProcess, TheExampleCooperationValidatesWithItsOneWarning)
{
    const auto r = cli({"validate", example_plan()});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "VARNING followup.cadence $.activities[2]: \"Nätverk för hälsoskydd\" hölls 1 gång 2026 men "
                     "\"2 gånger per år\" kräver minst 2\n0 fel, 1 varning\n");
    const auto report = cli({"report", example_plan()});
    EXPECT_EQ(report.exit_code, 0) << report.err;
    EXPECT_TRUE(contains(report.out, "Organisation: Miljösamverkan Exempellän")) << report.out;
    const auto calendar = cli({"calendar", example_plan(), "--year", "2026"});
    EXPECT_EQ(calendar.exit_code, 0) << calendar.err;
    EXPECT_TRUE(contains(calendar.out, "Årshjul 2026")) << calendar.out;
}

TEST(CliProcess, FollowupAndAnnualReport)
{
    const auto f = cli({"followup", example_plan(), "--year", "2026"});
    EXPECT_EQ(f.exit_code, 0) << f.err;
    EXPECT_TRUE(contains(f.out, "Styrgruppsmöten: genomförd (2026-12-31)\n      3 av 3 tillfällen (uppfyllt)\n")) << f.out;
    const auto mid = cli({"followup", example_plan(), "--year", "2026", "--as-of", "2026-06-30"});
    EXPECT_EQ(mid.exit_code, 0) << mid.err;
    EXPECT_TRUE(contains(mid.out, "Styrgruppsmöten: pågår (2026-06-30)\n      2 av 3 tillfällen (ej uppfyllt)\n")) << mid.out;
    const auto bad = cli({"followup", example_plan(), "--as-of", "2026-02-30"});
    EXPECT_EQ(bad.exit_code, 64) << bad.out;
    EXPECT_TRUE(contains(bad.err, "2026-02-30")) << bad.err;

    const auto a = cli({"annual-report", example_plan(), "--year", "2026"});
    EXPECT_EQ(a.exit_code, 0) << a.err;
    EXPECT_TRUE(contains(a.out, "| **Resultat** | 22 500 | 21 500 | -1 000 |")) << a.out;
}

TEST(CliProcess, DiffOfTwoCountiesAndOfAPlanWithItself)
{
    const auto same = cli({"diff", "jonkoping-2024", "jonkoping-2024", "--json"});
    EXPECT_EQ(same.exit_code, 0) << same.err;
    const auto doc = nlohmann::json::parse(same.out);
    ASSERT_EQ(doc.at("activities").size(), 26u);
    for (const auto& a : doc["activities"]) EXPECT_EQ(a.at("change"), "fortsätter") << a;

    const auto counties = cli({"diff", "jonkoping-2024", "skane-2022", "--json"});
    EXPECT_EQ(counties.exit_code, 0) << counties.err;
    const auto c = nlohmann::json::parse(counties.out);
    EXPECT_EQ(c.at("years_added"), nlohmann::json::array({2022}));
    EXPECT_EQ(c.at("years_removed"), nlohmann::json::array({2024}));
    int removed = 0, added = 0;
    for (const auto& a : c["activities"]) {
        removed += a.at("change") == "borttagen";
        added += a.at("change") == "ny";
    }
    EXPECT_EQ(removed, 26);
    EXPECT_EQ(added, 10);

    const auto text = cli({"diff", "jonkoping-2024", "skane-2022"});
    EXPECT_EQ(text.exit_code, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "Tillsyn av tatueringsfärger")) << text.out;

    const auto missing = cli({"diff", "jonkoping-2024", "finns-inte.json"});
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_TRUE(contains(missing.err, "finns-inte.json")) << missing.err;
}

#endif

#ifdef MILJOPLAN_CLI

TEST(CliExport, EveryFormatAndTheFileRules)
{
    miljoplan::testing::TempDir dir;
    const auto html = cli({"export", "--to", "html", "-o", dir.file("plan.html")});
    EXPECT_EQ(html.exit_code, 0) << html.err;
    EXPECT_EQ(miljoplan::testing::read_file(dir.file("plan.html")).rfind("<!DOCTYPE html>", 0), 0u);
    // An existing file is kept unless --force.
    const auto again = cli({"export", "--to", "md", "-o", dir.file("plan.html")});
    EXPECT_EQ(again.exit_code, 2);
    EXPECT_TRUE(contains(again.err, "--force")) << again.err;
    EXPECT_EQ(miljoplan::testing::read_file(dir.file("plan.html")).rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_EQ(cli({"export", "--to", "md", "-o", dir.file("plan.html"), "--force"}).exit_code, 0);
    EXPECT_EQ(miljoplan::testing::read_file(dir.file("plan.html")).rfind("# Verksamhetsplan", 0), 0u);

    const auto csv = cli({"export", "--to", "csv", "--table", "budget", "--separator", ";"});
    EXPECT_EQ(csv.exit_code, 0) << csv.err;
    // A format that cannot hold the whole plan says what it leaves out.
    EXPECT_TRUE(contains(csv.err, "note: CSV holds the budget table's cells as written")) << csv.err;
    EXPECT_TRUE(contains(csv.err, "use --to json or toml for a lossless copy")) << csv.err;
    EXPECT_EQ(csv.out.rfind("# personuppgifter: nej\r\nsection;id;label;amount;tags\r\n", 0), 0u) << csv.out;
    const auto english = cli({"export", "--to", "csv", "--table", "proposals", "--lang", "en"});
    EXPECT_EQ(english.out.rfind("# personal data: no\r\nid,area,title,submitted_year,submitted_by,marked_new\r\n", 0), 0u)
        << english.out;
    const auto plain = cli({"export", "--to", "csv", "--no-privacy-line"});
    EXPECT_EQ(plain.out.rfind("id,category,year,title", 0), 0u) << plain.out;
    EXPECT_TRUE(contains(csv.out, "costs;lon-lanssamordnare;Lön och ersättningar för Länssamordnare;985000;salary\r\n")) << csv.out;
    const auto json = cli({"export", "skane-2022", "--to", "json"});
    EXPECT_EQ(json.exit_code, 0);
    EXPECT_EQ(json.err, "");
    EXPECT_TRUE(contains(json.out, "\"profile\": \"skane\"")) << json.out.substr(0, 400);
    EXPECT_EQ(cli({"export", "--to", "pdf"}).exit_code, 64);
    EXPECT_EQ(cli({"export", "--to", "csv", "--separator", "|"}).exit_code, 64);
}

TEST(CliExport, ConvertPicksTheFormatFromTheName)
{
    miljoplan::testing::TempDir dir;
    const auto r = cli({"convert", "jonkoping-2024", dir.file("plan.md"), "--lang", "en"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(contains(miljoplan::testing::read_file(dir.file("plan.md")), "| ACTIVITY | ACTIVITY GOAL |"));
    EXPECT_EQ(cli({"convert", "jonkoping-2024", dir.file("plan.json")}).exit_code, 0);
    EXPECT_EQ(cli({"convert", dir.file("plan.json"), dir.file("plan.csv")}).exit_code, 0);
    EXPECT_EQ(miljoplan::testing::read_file(dir.file("plan.csv")).rfind("# personuppgifter: nej\r\nid,category,year,title", 0), 0u);
    const auto unknown = cli({"convert", "jonkoping-2024", dir.file("plan.docx")});
    EXPECT_EQ(unknown.exit_code, 64);
    EXPECT_TRUE(contains(unknown.err, ".json, .csv, .md or .html")) << unknown.err;
    const auto missing = cli({"convert", dir.file("saknas.json"), dir.file("x.md")});
    EXPECT_EQ(missing.exit_code, 2);
}

#endif
