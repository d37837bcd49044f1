// SPDX-License-Identifier: Apache-2.0
// The miljoplan executable, run as a user runs it: arguments in, stdout, stderr and exit code out.
#include <gtest/gtest.h>

#include <sstream>
#include <nlohmann/json.hpp>

#include "miljoplan/io/embedded.h"
#include "miljoplan/io/json.h"
#include "test_support.h"

#ifdef MILJOPLAN_CLI

using miljoplan::testing::run;
using miljoplan::testing::TempDir;

namespace {

miljoplan::testing::CommandResult cli(const std::vector<std::string>& args) { return run(MILJOPLAN_CLI, args); }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The reference plan with its printed cost total corrected, so that every figure agrees, and with the
// causes of its other findings removed (adoption date, catering's assumed meetings, a 2024-only timing).
std::string write_fixed_plan(const TempDir& dir)
{
    auto plan = miljoplan::example_plan();
    plan->budget()->set_printed_costs(miljoplan::PrintedTotal{"SUMMA KOSTNADER", miljoplan::Money::from_kronor(1'211'000)});
    auto adoption = plan->adoption();
    adoption.date = miljoplan::make_date(2023, 6, 12);
    plan->set_adoption(adoption);
    auto costs = plan->budget()->costs();
    for (auto& line : costs)
        if (line.id == "fortaring") line.label = "Förtäring vid alla fysiska möten (ca 45 per år)";
    plan->budget()->set_costs(costs);
    plan->activities()[0]->set_timing_text("2024 (tillsynsbesök våren 2024)");
    const std::string path = dir.file("fixed.json");
    miljoplan::save_plan(*plan, path);
    return path;
}

}  // namespace

TEST(Cli, VersionPrintsNameAndVersion)
{
    const auto r = cli({"--version"});
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_EQ(r.out, "miljoplan 0.1.0\n");
}

TEST(Cli, ReportOfTheEmbeddedPlanPrintsTheTitle)
{
    const auto r = cli({"report"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("Verksamhetsplan för Miljösamverkan Jönköpings län 2024\n", 0), 0u);
    EXPECT_TRUE(contains(r.out, "\nAktiviteter 2024 (26)\n"));
    EXPECT_TRUE(contains(r.out, "\nKontroller: 1 fel, 2 varningar, 2 info\n")) << r.out;
    EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST(Cli, ValidateExitsOneOnTheEmbeddedPlan)
{
    const auto r = cli({"validate"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.out, "FEL budget.costs_total $.budget.printed_totals.costs: ")) << r.out;
    EXPECT_TRUE(contains(r.out, "VARNING budget.result_printed_totals ")) << r.out;
    EXPECT_TRUE(contains(r.out, "VARNING budget.catering_meetings $.budget.costs: ")) << r.out;
    EXPECT_TRUE(contains(r.out, "INFO plan.dates_partly_outside_years $.activities[0].timing: ")) << r.out;
    EXPECT_TRUE(contains(r.out, "INFO plan.adoption_date_missing $.adoption.date: ")) << r.out;
    EXPECT_TRUE(contains(r.out, "\n1 fel, 2 varningar\n")) << r.out;
}

TEST(Cli, ValidateJsonListsExactlyTheFiveFindings)
{
    const auto r = cli({"validate", "--json"});
    EXPECT_EQ(r.exit_code, 1);
    const auto doc = nlohmann::json::parse(r.out);  // throws, failing the test, unless valid JSON
    ASSERT_TRUE(doc.contains("findings"));
    const auto& findings = doc["findings"];
    ASSERT_EQ(findings.size(), 5u);
    EXPECT_EQ(findings[0]["code"], "budget.costs_total");
    EXPECT_EQ(findings[0]["severity"], "error");
    EXPECT_EQ(findings[0]["path"], "$.budget.printed_totals.costs");
    EXPECT_TRUE(contains(findings[0]["message"].get<std::string>(), "1 211 tkr"));
    EXPECT_EQ(findings[1]["code"], "budget.result_printed_totals");
    EXPECT_EQ(findings[1]["severity"], "warning");
    EXPECT_EQ(findings[1]["path"], "$.budget.printed_totals.result");
    EXPECT_TRUE(contains(findings[1]["message"].get<std::string>(), "= 60 tkr"));
    EXPECT_EQ(findings[2]["code"], "budget.catering_meetings");
    EXPECT_EQ(findings[2]["severity"], "warning");
    EXPECT_EQ(findings[2]["path"], "$.budget.costs");
    EXPECT_TRUE(contains(findings[2]["message"].get<std::string>(), "(333,33 kr per möte)"));
    EXPECT_EQ(findings[3]["code"], "plan.dates_partly_outside_years");
    EXPECT_EQ(findings[3]["severity"], "info");
    EXPECT_EQ(findings[3]["path"], "$.activities[0].timing");
    EXPECT_TRUE(contains(findings[3]["message"].get<std::string>(), "2023-01-01–2024-12-31"));
    EXPECT_EQ(findings[4]["code"], "plan.adoption_date_missing");
    EXPECT_EQ(findings[4]["severity"], "info");
    EXPECT_EQ(findings[4]["path"], "$.adoption.date");
    EXPECT_TRUE(contains(findings[4]["message"].get<std::string>(), "2023-06-30"));
    for (const auto& f : findings) EXPECT_EQ(f.size(), 4u) << f.dump();
}

TEST(Cli, ValidateOfAConsistentPlanFileExitsZero)
{
    const TempDir dir;
    const auto r = cli({"validate", write_fixed_plan(dir)});
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(r.out, "0 fel, 0 varningar\n");
    const auto json = cli({"validate", "--json", write_fixed_plan(dir)});
    EXPECT_EQ(json.exit_code, 0);
    EXPECT_TRUE(nlohmann::json::parse(json.out)["findings"].empty());
}

TEST(Cli, MissingPlanFileExitsTwoNamingTheFile)
{
    const TempDir dir;
    const std::string missing = dir.file("no-such-plan.json");
    const auto r = cli({"validate", missing});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(contains(r.err, missing)) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_EQ(cli({"report", missing}).exit_code, 2);
}

TEST(Cli, BrokenJsonExitsTwoWithLineAndColumn)
{
    const TempDir dir;
    const std::string path = dir.file("broken.json");
    miljoplan::testing::write_file(path, "{\n  \"schema\": \"Plan.1\",\n  \"id\": \"p\",\n  \"title\": }\n");
    const auto r = cli({"validate", path});
    EXPECT_EQ(r.exit_code, 2);
    // line 4 is `  "title": }`: the '}' stands in column 12
    EXPECT_TRUE(contains(r.err, path + ":4:12: invalid JSON")) << r.err;
}

TEST(Cli, UnrepresentableNumberIsAReadErrorNotACrash)
{
    const TempDir dir;
    const std::string path = dir.file("huge.json");
    miljoplan::testing::write_file(path, R"({"schema": "Plan.1", "id": "p", "title": "T", "x": 1e400})");
    const auto r = cli({"validate", path});
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_TRUE(contains(r.err, "1e400")) << r.err;
}

TEST(Cli, SchemaErrorNamesThePath)
{
    const TempDir dir;
    const std::string path = dir.file("wrong.json");
    miljoplan::testing::write_file(path, R"({"schema": "Plan.1", "id": "p", "title": 7})");
    const auto r = cli({"report", path});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(contains(r.err, "at $.title")) << r.err;
}

TEST(Cli, WrongUsageExits64)
{
    EXPECT_EQ(cli({"frobnicate"}).exit_code, 64);
    EXPECT_EQ(cli({}).exit_code, 64);
    EXPECT_EQ(cli({"validate", "--lang", "de"}).exit_code, 64);
    EXPECT_EQ(cli({"validate", "--no-such-flag"}).exit_code, 64);
}

TEST(Cli, EveryCommandsHelpShowsExamplesAndExitCodes)
{
    // The commands are taken from the top-level help, so a new command without examples fails here.
    const auto top = cli({"--help"});
    ASSERT_EQ(top.exit_code, 0);
    const auto start = top.out.find("Subcommands:\n");
    ASSERT_NE(start, std::string::npos) << top.out;
    std::vector<std::string> commands;
    std::istringstream lines(top.out.substr(start + 13));
    for (std::string line; std::getline(lines, line) && line.rfind("  ", 0) == 0;)
        commands.push_back(line.substr(2, line.find(' ', 2) - 2));
    ASSERT_EQ(commands.size(), 10u) << top.out;
    for (const auto& command : commands) {
        const auto help = cli({command, "--help"});
        EXPECT_EQ(help.exit_code, 0) << command;
        EXPECT_TRUE(contains(help.out, "Examples:\n  miljoplan " + command + " ")) << help.out;
        EXPECT_TRUE(contains(help.out, "Exit codes: 0 ")) << help.out;
    }
}

TEST(Cli, LangEnSwitchesTheOutputToEnglish)
{
    const auto validate = cli({"validate", "--lang", "en"});
    EXPECT_EQ(validate.exit_code, 1);
    EXPECT_TRUE(contains(validate.out, "error budget.costs_total $.budget.printed_totals.costs: Printed cost total"))
        << validate.out;
    EXPECT_TRUE(contains(validate.out, "\n1 error, 2 warnings\n")) << validate.out;
    const auto report = cli({"report", "--lang", "en"});
    EXPECT_EQ(report.exit_code, 0);
    EXPECT_TRUE(contains(report.out, "\nActivities 2024 (26)\n"));
    EXPECT_TRUE(contains(report.out, "\nChecks: 1 error, 2 warnings, 2 info\n")) << report.out;
    EXPECT_FALSE(contains(report.out, "Kontroller"));
}

#else

TEST(Cli, NotBuilt)
{
    GTEST_SKIP() << "the miljoplan executable is not part of this build (MILJOPLAN_BUILD_CLI=OFF)";
}

#endif
