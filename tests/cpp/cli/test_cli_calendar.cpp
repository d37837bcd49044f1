// SPDX-License-Identifier: Apache-2.0
// `miljoplan timing` and `miljoplan calendar`, run as a user runs them.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.h"

#ifdef MILJOPLAN_CLI

using miljoplan::testing::read_file;
using miljoplan::testing::run;
using miljoplan::testing::TempDir;
using nlohmann::json;

namespace {

miljoplan::testing::CommandResult cli(const std::vector<std::string>& args) { return run(MILJOPLAN_CLI, args); }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(CliTiming, ReadsASeason)
{
    const auto r = cli({"timing", "Våren 2024"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("Våren 2024\n", 0), 0u) << r.out;
    EXPECT_TRUE(contains(r.out, "  period: 2024-01-01\xE2\x80\x93" "2024-06-30  \xC2\xABVåren 2024\xC2\xBB\n")) << r.out;
    EXPECT_TRUE(contains(r.out, "  obs: \"Våren 2024\" beror på hur årstider läses")) << r.out;
    EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST(CliTiming, JsonParsesAndFollowsTheContract)
{
    const auto r = cli({"timing", "1 gång per månad, bortsett från juli månad", "--year", "2024", "--json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j["text"], "1 gång per månad, bortsett från juli månad");
    EXPECT_EQ(j["months"], (json{1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12}));
    EXPECT_EQ(j["cadence"]["excluded_months"], json{7});
    // Without --year the phrase's own year is used for the months.
    const json spring = json::parse(cli({"timing", "Våren 2024", "--json"}).out);
    EXPECT_EQ(spring["windows"][0]["end"], "2024-06-30");
}

TEST(CliTiming, CalendarSeasons)
{
    const auto text = cli({"timing", "Våren 2024", "--seasons", "kalender"});
    EXPECT_EQ(text.exit_code, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "period: 2024-03-01\xE2\x80\x93" "2024-05-31")) << text.out;
    const auto r = cli({"timing", "Våren 2024", "--seasons", "kalender", "--json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j["windows"][0]["start"], "2024-03-01");
    EXPECT_EQ(j["windows"][0]["end"], "2024-05-31");
    EXPECT_EQ(j["ambiguous"], true);
    // An unknown reading is refused by the option check.
    EXPECT_NE(cli({"timing", "Våren 2024", "--seasons", "meteorologisk"}).exit_code, 0);
}

TEST(CliTiming, ImpossiblePhraseExitsTwoAndQuotesIt)
{
    const auto r = cli({"timing", "30 februari 2025"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_TRUE(contains(r.err, "30 februari 2025")) << r.err;
    EXPECT_TRUE(contains(r.err, ":1:1:")) << r.err;
    const auto week = cli({"timing", "vecka 53 2025", "--json"});
    EXPECT_EQ(week.exit_code, 2);
    EXPECT_TRUE(contains(week.err, "vecka 53 2025")) << week.err;
    // A day without a year and no --year has no year to take.
    const auto bare = cli({"timing", "3 mars"});
    EXPECT_EQ(bare.exit_code, 2);
    EXPECT_TRUE(contains(bare.err, "3 mars")) << bare.err;
    const auto with_year = cli({"timing", "3 mars", "--year", "2025"});
    EXPECT_EQ(with_year.exit_code, 0) << with_year.err;
    EXPECT_TRUE(contains(with_year.out, "  datum: 2025-03-03\n")) << with_year.out;
}

TEST(CliTiming, UnparsedWordsAreReportedNotAnError)
{
    const auto r = cli({"timing", "Våren 2024 ungefär"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "  ej tolkat: ungefär\n")) << r.out;
}

TEST(CliCalendar, TextWheelOfTheEmbeddedPlan)
{
    const auto r = cli({"calendar"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("Årshjul 2024\n", 0), 0u) << r.out.substr(0, 80);
    EXPECT_TRUE(contains(r.out, "\nMöten under året: 45\n")) << r.out;
    EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST(CliCalendar, Json)
{
    const auto r = cli({"calendar", "--json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j["year"], 2024);
    EXPECT_EQ(j["meetings"], 45);
    EXPECT_EQ(j["activities"].size(), 26u);
}

TEST(CliCalendar, OtherYear)
{
    const auto r = cli({"calendar", "--year", "2025", "--json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j["year"], 2025);
    // Only the cadences without a year repeat: styrgruppsmöten 3, beredningsgruppsmöten 14, träffar 6.
    EXPECT_EQ(j["meetings"], 23);
    const auto text = cli({"calendar", "--year", "2025"});
    EXPECT_EQ(text.out.rfind("Årshjul 2025\n", 0), 0u);
}

TEST(CliCalendar, IcsFileAndOverwriteProtection)
{
    const TempDir dir;
    const std::string path = dir.file("arshjul.ics");
    const auto r = cli({"calendar", "--ics", path});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, path + ": 26 activities, year 2024\n");
    const std::string written = read_file(path);
    EXPECT_EQ(written.rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
    EXPECT_TRUE(contains(written, "UID:jonkoping-2024.besok-kommuner-och-lansstyrelsen.c0@miljoplan\r\n"));
    // An existing file is left alone without --force.
    miljoplan::testing::write_file(path, "keep me");
    const auto refused = cli({"calendar", "--ics", path});
    EXPECT_EQ(refused.exit_code, 2);
    EXPECT_TRUE(contains(refused.err, path)) << refused.err;
    EXPECT_EQ(read_file(path), "keep me");
    const auto forced = cli({"calendar", "--ics", path, "--force", "--year", "2025"});
    EXPECT_EQ(forced.exit_code, 0) << forced.err;
    EXPECT_EQ(forced.out, path + ": 26 activities, year 2025\n");
    EXPECT_EQ(read_file(path).rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
    // No temporary files are left next to it.
    EXPECT_EQ(dir.entries(), (std::vector<std::string>{"arshjul.ics"}));
}

TEST(CliCalendar, IcsAndJsonExcludeEachOther)
{
    const TempDir dir;
    const auto r = cli({"calendar", "--ics", dir.file("x.ics"), "--json"});
    EXPECT_NE(r.exit_code, 0);
    EXPECT_TRUE(dir.entries().empty());
}

}  // namespace

#endif  // MILJOPLAN_CLI
