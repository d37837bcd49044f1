// SPDX-License-Identifier: Apache-2.0
// The JSON contracts of `miljoplan timing --json` (timing_to_json) and `miljoplan calendar --json`
// (year_wheel_to_json), read back with nlohmann::json.
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "miljoplan/analysis/year_wheel.h"
#include "miljoplan/calendar/timing.h"
#include "miljoplan/io/calendar_json.h"
#include "miljoplan/io/embedded.h"

using miljoplan::parse_timing;
using miljoplan::timing_to_json;
using miljoplan::TimingContext;
using nlohmann::json;

namespace {

json read(const std::string& phrase, std::optional<int> year = 2024)
{
    return json::parse(timing_to_json(parse_timing(phrase, TimingContext{year, miljoplan::SeasonReading::Term}), year));
}

std::set<std::string> keys(const json& object)
{
    std::set<std::string> out;
    for (const auto& item : object.items()) out.insert(item.key());
    return out;
}

TEST(CalendarJson, MonthlyExceptJulyContract)
{
    const std::string phrase = "1 gång per månad, bortsett från juli månad, under 2024";
    const json j = read(phrase);
    EXPECT_EQ(keys(j), (std::set<std::string>{"text", "windows", "dates", "cadence", "cadences", "months", "deadline",
                                              "ongoing", "excluded_months", "ambiguous", "notes", "unparsed"}));
    EXPECT_EQ(j["text"], phrase);
    EXPECT_EQ(j["windows"], json::array());
    EXPECT_EQ(j["dates"], json::array());
    EXPECT_EQ(j["months"], (json{1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12}));
    EXPECT_TRUE(j["deadline"].is_null());
    EXPECT_EQ(j["ongoing"], false);
    EXPECT_EQ(j["excluded_months"], json::array());
    EXPECT_EQ(j["ambiguous"], false);
    EXPECT_EQ(j["notes"], json::array());
    EXPECT_EQ(j["unparsed"], "");
    const json expected_cadence = {
        {"min", 1},
        {"max", 1},
        {"per", "month"},
        {"interval", 1},
        {"excluded_months", {7}},
        {"within", {{"start", "2024-01-01"}, {"end", "2024-12-31"}}},
        {"label", ""},
        {"anchor", ""},
        {"regular", true},
        {"text", phrase},
    };
    EXPECT_EQ(j["cadence"], expected_cadence);
    ASSERT_EQ(j["cadences"].size(), 1u);
    EXPECT_EQ(j["cadences"][0], expected_cadence);
}

TEST(CalendarJson, WindowsShowTheInclusiveEnd)
{
    const json j = read("Våren 2024");
    ASSERT_EQ(j["windows"].size(), 1u);
    EXPECT_EQ(j["windows"][0],
              (json{{"start", "2024-01-01"}, {"end", "2024-06-30"}, {"label", ""}, {"kind", "period"}, {"text", "Våren 2024"}}));
    EXPECT_EQ(j["ambiguous"], true);
    EXPECT_EQ(j["notes"].size(), 1u);
    EXPECT_TRUE(j["cadence"].is_null());
    EXPECT_EQ(j["cadences"], json::array());
    EXPECT_EQ(j["months"], json::array());
    const json detail = read("2023-2024 (tillsynsbesök höst 2023-sommar 2024)");
    ASSERT_EQ(detail["windows"].size(), 2u);
    EXPECT_EQ(detail["windows"][1]["kind"], "detalj");
    EXPECT_EQ(detail["windows"][1]["label"], "tillsynsbesök");
    EXPECT_EQ(detail["windows"][1]["start"], "2023-08-01");
    EXPECT_EQ(detail["windows"][1]["end"], "2024-08-31");
}

TEST(CalendarJson, OtherParts)
{
    const json dates = read("3 mars och 9 november 2015", 2015);
    EXPECT_EQ(dates["dates"], (json{"2015-03-03", "2015-11-09"}));
    EXPECT_EQ(read("senast den 1 april")["deadline"], "2024-04-01");
    const json running = read("Löpande, utom juli");
    EXPECT_EQ(running["ongoing"], true);
    EXPECT_EQ(running["excluded_months"], json{7});
    EXPECT_EQ(running["windows"][0]["kind"], "omfattning");
    EXPECT_EQ(read("Våren 2024 ungefär")["unparsed"], "ungefär");
    const json two = read("3 gånger per år inför styrgruppsmötena, samt en kortare avstämning en gång per månad, "
                          "förutom i juli månad.");
    ASSERT_EQ(two["cadences"].size(), 2u);
    EXPECT_EQ(two["cadence"]["anchor"], "inför styrgruppsmötena");
    EXPECT_EQ(two["cadence"]["regular"], false);
    EXPECT_TRUE(two["cadence"]["within"].is_null());
    EXPECT_EQ(two["cadences"][1]["label"], "en kortare avstämning");
    EXPECT_EQ(two["months"], (json{1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12}));
}

TEST(CalendarJson, MonthsFollowTheExpansion)
{
    // Without a year there is no expansion, so no months.
    EXPECT_EQ(read("1 gång per månad", std::nullopt)["months"], json::array());
    EXPECT_EQ(read("varannan månad, utom juli")["months"], (json{1, 3, 5, 9, 11}));
    // A cadence inside the phrase's period stays there: autumn is August-December.
    EXPECT_EQ(read("Hösten 2024, 1 gång per månad")["months"], (json{8, 9, 10, 11, 12}));
    // Counts without dates fix no months.
    EXPECT_EQ(read("3 gånger per år")["months"], json::array());
}

TEST(CalendarJson, YearWheelStructure)
{
    const auto wheel = miljoplan::build_year_wheel(*miljoplan::example_plan());
    const json j = json::parse(miljoplan::year_wheel_to_json(wheel));
    EXPECT_EQ(keys(j), (std::set<std::string>{"year", "meetings", "activities", "milestones", "months"}));
    EXPECT_EQ(j["year"], 2024);
    EXPECT_EQ(j["meetings"], 45);
    ASSERT_EQ(j["activities"].size(), 26u);
    for (const auto& a : j["activities"]) {
        EXPECT_EQ(keys(a), (std::set<std::string>{"id", "title", "category", "meeting", "responsible", "timing", "error",
                                                  "occurrences"}));
        EXPECT_TRUE(a["error"].is_null()) << a["id"];
        EXPECT_TRUE(a["timing"].is_object()) << a["id"];
    }
    const json& visits = j["activities"][17];
    EXPECT_EQ(visits["id"], "besok-kommuner-och-lansstyrelsen");
    EXPECT_EQ(visits["meeting"], true);
    EXPECT_EQ(visits["responsible"], json{"lanssamordnare"});
    ASSERT_EQ(visits["occurrences"].size(), 11u);
    EXPECT_EQ(visits["occurrences"][5], (json{{"date", "2024-06-17"}, {"kind", "månad"}, {"label", ""}}));
    EXPECT_EQ(visits["timing"]["months"], (json{1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12}));
    EXPECT_EQ(j["activities"][25]["timing"]["ongoing"], true);
    ASSERT_EQ(j["months"].size(), 12u);
    int meetings = 0;
    for (std::size_t m = 0; m < 12; ++m) {
        const json& month = j["months"][m];
        EXPECT_EQ(keys(month), (std::set<std::string>{"month", "running", "occurrences", "milestones", "meetings", "load"}));
        EXPECT_EQ(month["month"], m + 1);
        meetings += month["meetings"].get<int>();
    }
    EXPECT_EQ(meetings, 45);
    EXPECT_EQ(j["months"][6]["occurrences"], json::array());
    EXPECT_EQ(j["months"][6]["running"], (json{"avfallsbrottslighet", "uppstromsarbete-utslapp-till-vatten",
                                               "webbplats-och-ping-pong"}));
    EXPECT_EQ(j["months"][9]["load"]["lanssamordnare"], 8);
    EXPECT_EQ(j["months"][9]["meetings"], 11);
    const json& first = j["months"][0]["occurrences"][0];
    EXPECT_EQ(keys(first), (std::set<std::string>{"activity", "date", "kind", "label"}));

    // The profile's plan cycle: the 2025 plan is adopted by the end of June 2024, the 2023 report is due early 2024.
    ASSERT_EQ(j["milestones"].size(), 6u);
    const json& adoption = j["milestones"][3];
    EXPECT_EQ(keys(adoption), (std::set<std::string>{"id", "title", "concerns_year", "occurrences", "error"}));
    EXPECT_EQ(adoption["id"], "faststallelse");
    EXPECT_EQ(adoption["concerns_year"], 2025);
    EXPECT_EQ(adoption["occurrences"], (json{{{"date", "2024-06-30"}, {"kind", "senast"}}}));
    EXPECT_EQ(j["milestones"][5]["concerns_year"], 2023);
    EXPECT_EQ(j["months"][5]["milestones"],
              (json{{{"milestone", "faststallelse"}, {"date", "2024-06-30"}, {"kind", "senast"}}}));
    EXPECT_EQ(j["months"][3]["milestones"].size(), 4u);
}

TEST(CalendarJson, YearWheelText)
{
    const std::string text = miljoplan::year_wheel_text(miljoplan::build_year_wheel(*miljoplan::example_plan()));
    EXPECT_EQ(text.rfind("Årshjul 2024\n============\n", 0), 0u) << text.substr(0, 40);
    EXPECT_NE(text.find("\nJuli (0 möten)\n"), std::string::npos);
    EXPECT_NE(text.find("\nOktober (11 möten)\n"), std::string::npos);
    EXPECT_NE(text.find("  2024-06-17  Besök kommuner och länsstyrelsen [månad]\n"), std::string::npos);
    EXPECT_NE(text.find("\nMöten under året: 45\n"), std::string::npos);
    EXPECT_NE(text.find("  14  Beredningsgruppsmöten\n"), std::string::npos);
    EXPECT_EQ(text.find("Kan inte läsa"), std::string::npos);
}

}  // namespace
