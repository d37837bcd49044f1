// SPDX-License-Identifier: Apache-2.0
// The reference plan's year wheel for 2024. The meeting count is derived activity by activity:
// an activity is a meeting when its title or implementation holds one of WheelOptions::meeting_words, and
// each of its occurrences in 2024 counts (docs/timing.md, "Expansion and the year wheel").
#include <algorithm>
#include <map>

#include <gtest/gtest.h>

#include "miljoplan/analysis/year_wheel.h"
#include "miljoplan/io/embedded.h"

using miljoplan::build_year_wheel;
using miljoplan::OccurrenceKind;
using miljoplan::SeasonReading;
using miljoplan::WheelOptions;
using miljoplan::YearWheel;

namespace {

const YearWheel& wheel2024()
{
    static const YearWheel wheel = build_year_wheel(*miljoplan::example_plan());
    return wheel;
}

std::map<std::string, int> meetings_by_id(const YearWheel& wheel)
{
    std::map<std::string, int> out;
    for (const auto& [index, n] : wheel.meetings_per_activity()) out[wheel.activities[index].id.value()] = n;
    return out;
}

// Ids of the activities running in month @p m (1-12).
std::vector<std::string> running(const YearWheel& wheel, int m)
{
    std::vector<std::string> out;
    for (auto i : wheel.months[static_cast<std::size_t>(m - 1)].running) out.push_back(wheel.activities[i].id.value());
    return out;
}

TEST(YearWheel, ReferencePlanReadsEveryPhrase)
{
    const YearWheel& w = wheel2024();
    EXPECT_EQ(w.year, 2024);
    EXPECT_EQ(w.suggested_day, 15);
    ASSERT_EQ(w.activities.size(), 26u);
    for (const auto& a : w.activities) {
        EXPECT_EQ(a.error, "") << a.id.value();
        EXPECT_EQ(a.timing.unparsed, "") << a.id.value();
    }
    for (int m = 1; m <= 12; ++m) EXPECT_EQ(w.months[static_cast<std::size_t>(m - 1)].month, m);
}

TEST(YearWheel, FortyFiveMeetingsActivityByActivity)
{
    // Why each counts:
    //  - one-off events in a season (one suggestion each): the utbildning/workshop/kurs activities
    //    (uppdaterade-miljobalkstillstand, oljeavskiljare, clp-och-markning), the four handläggarträffar
    //    ("träff" in the implementation), kontaktpersonsträff, presidieträff, informationsträff and
    //    verksamhetsplan-och-budget ("handläggarträffen" in its implementation);
    //  - styrgruppsmöten 3 per year; beredningsgruppsmöten 3 per year + 11 monthly check-ins (July excluded);
    //  - besök kommuner 11 (monthly except July); miljöbrottsamverkan ("mötena") and the two
    //    träffar activities 2 per year each.
    const std::map<std::string, int> expected{
        {"uppdaterade-miljobalkstillstand", 1}, {"oljeavskiljare", 1},
        {"clp-och-markning", 1},                {"handlaggartraff-miljo-och-halsoskydd", 1},
        {"handlaggartraff-sma-avlopp", 1},      {"handlaggartraff-lantbrukstillsyn", 1},
        {"handlaggartraff-halsoskydd", 1},      {"styrgruppsmoten", 3},
        {"beredningsgruppsmoten", 14},          {"kontaktpersonstraff", 1},
        {"verksamhetsplan-och-budget", 1},      {"besok-kommuner-och-lansstyrelsen", 11},
        {"presidietraff", 1},                   {"informationstraff-nya", 1},
        {"miljobrottsamverkan", 2},             {"projektledartraffar", 2},
        {"miljosamordnartraffar", 2},
    };
    EXPECT_EQ(meetings_by_id(wheel2024()), expected);
    EXPECT_EQ(wheel2024().meetings(), 45);
    // The classification itself: exactly these seventeen activities are meetings.
    int meeting_activities = 0;
    for (const auto& a : wheel2024().activities) {
        EXPECT_EQ(a.meeting, expected.count(a.id.value()) == 1) << a.id.value();
        meeting_activities += a.meeting;
    }
    EXPECT_EQ(meeting_activities, 17);
}

TEST(YearWheel, MeetingsPerMonth)
{
    // Seasons suggest their middle month: spring (January-June) April, autumn (August-December) October;
    // 3 per year fall in February, June, November; 2 per year in March and October; monthly cadences
    // in every month but July.
    const int expected[12] = {2, 4, 5, 7, 2, 4, 0, 2, 2, 11, 4, 2};
    for (std::size_t m = 0; m < 12; ++m) EXPECT_EQ(wheel2024().months[m].meetings, expected[m]) << "month " << m + 1;
}

TEST(YearWheel, JulyHasNoOccurrences)
{
    const auto& july = wheel2024().months[6];
    EXPECT_TRUE(july.occurrences.empty());
    EXPECT_EQ(july.meetings, 0);
    EXPECT_TRUE(july.load.empty());
    // The monthly cadences give eleven occurrences each, none in July.
    for (const auto& a : wheel2024().activities) {
        int monthly = 0;
        for (const auto& o : a.expansion.occurrences) {
            if (o.kind != OccurrenceKind::Monthly) continue;
            ++monthly;
            EXPECT_NE(o.date.month().as_number(), 7);
        }
        const bool monthly_cadence =
            a.id.value() == "besok-kommuner-och-lansstyrelsen" || a.id.value() == "beredningsgruppsmoten";
        EXPECT_EQ(monthly, monthly_cadence ? 11 : 0) << a.id.value();
    }
}

TEST(YearWheel, CoordinatorLoadPerMonth)
{
    // The coordinator (lanssamordnare) is responsible for every meeting activity except
    // miljöbrottsamverkan, miljösamordnarträffar (länsstyrelsen) and projektledarträffar: 45 - 6 = 39.
    const int expected[12] = {2, 4, 2, 7, 2, 4, 0, 2, 2, 8, 4, 2};
    int total = 0;
    for (std::size_t m = 0; m < 12; ++m) {
        const auto& load = wheel2024().months[m].load;
        const auto it = load.find("lanssamordnare");
        const int n = it == load.end() ? 0 : it->second;
        EXPECT_EQ(n, expected[m]) << "month " << m + 1;
        total += n;
    }
    EXPECT_EQ(total, 39);
    // Länsstyrelsen convenes miljöbrottsamverkan and miljösamordnarträffar (March, October) and shares
    // three träffar: two in April (spring), two in October (autumn) with presidieträffen.
    EXPECT_EQ(wheel2024().months[2].load.at("lansstyrelsen"), 2);
    EXPECT_EQ(wheel2024().months[3].load.at("lansstyrelsen"), 2);
    EXPECT_EQ(wheel2024().months[9].load.at("lansstyrelsen"), 4);
}

TEST(YearWheel, RunningActivitiesPerMonth)
{
    const YearWheel& w = wheel2024();
    const std::vector<std::string> spring{
        "avfallsbrottslighet", "uppstromsarbete-utslapp-till-vatten", "bullerklagomal", "oljeavskiljare",
        "framtidens-miljobalkstillsyn", "jamfora-nyckeltal", "handlaggartraff-miljo-och-halsoskydd",
        "handlaggartraff-sma-avlopp", "kontaktpersonstraff", "verksamhetsplan-och-budget", "webbplats-och-ping-pong"};
    const std::vector<std::string> autumn{
        "avfallsbrottslighet", "uppstromsarbete-utslapp-till-vatten", "uppdaterade-miljobalkstillstand",
        "clp-och-markning", "framtidens-miljobalkstillsyn", "handlaggartraff-lantbrukstillsyn",
        "handlaggartraff-halsoskydd", "presidietraff", "informationstraff-nya", "webbplats-och-ping-pong"};
    for (int m : {1, 3, 4, 5, 6}) EXPECT_EQ(running(w, m), spring) << m;
    auto february = spring;
    february.insert(february.begin() + 10, "verksamhetsberattelse-med-bokslut");
    EXPECT_EQ(running(w, 2), february);
    // July: the two multi-year projects and "Löpande"; the phases leave July out.
    EXPECT_EQ(running(w, 7), (std::vector<std::string>{"avfallsbrottslighet", "uppstromsarbete-utslapp-till-vatten",
                                                       "webbplats-och-ping-pong"}));
    for (int m : {8, 9, 10, 12}) EXPECT_EQ(running(w, m), autumn) << m;
    auto november = autumn;
    november.insert(november.begin() + 9, "uppdatera-telefonboken");
    EXPECT_EQ(running(w, 11), november);
}

TEST(YearWheel, OtherMeetingWordsChangeTheCount)
{
    WheelOptions only_mote;
    only_mote.meeting_words = {"MÖTE"};  // any case
    // "möte" is in styrgruppsmöten (3), beredningsgruppsmöten (14), kontaktpersonsträff ("mötet", 1),
    // presidieträff ("styrgruppsmötet", 1) and miljöbrottsamverkan ("mötena", 2).
    const YearWheel w = build_year_wheel(*miljoplan::example_plan(), std::nullopt, only_mote);
    EXPECT_EQ(w.meetings(), 21);
    const std::map<std::string, int> expected{{"styrgruppsmoten", 3}, {"beredningsgruppsmoten", 14},
                                              {"kontaktpersonstraff", 1}, {"presidietraff", 1},
                                              {"miljobrottsamverkan", 2}};
    EXPECT_EQ(meetings_by_id(w), expected);
    WheelOptions none;
    none.meeting_words.clear();
    const YearWheel empty = build_year_wheel(*miljoplan::example_plan(), 2024, none);
    EXPECT_EQ(empty.meetings(), 0);
    EXPECT_TRUE(empty.meetings_per_activity().empty());
    for (const auto& m : empty.months) EXPECT_TRUE(m.load.empty());
}

TEST(YearWheel, AYearOutsideThePlanStillBuilds)
{
    const YearWheel w = build_year_wheel(*miljoplan::example_plan(), 2030);
    EXPECT_EQ(w.year, 2030);
    ASSERT_EQ(w.activities.size(), 26u);
    for (const auto& a : w.activities) EXPECT_EQ(a.error, "") << a.id.value();
    // Only the cadences without a year repeat in 2030: styrgruppsmöten 3, beredningsgruppsmöten 3 + 11,
    // the three twice-yearly träffar 6. The visits are limited to "under 2024"; the seasons name 2024.
    EXPECT_EQ(w.meetings(), 23);
    const auto by_id = meetings_by_id(w);
    EXPECT_EQ(by_id.count("besok-kommuner-och-lansstyrelsen"), 0u);
    EXPECT_EQ(by_id.count("oljeavskiljare"), 0u);
    // "Löpande" takes the wheel's year: it runs in every month of 2030, and nothing else does.
    for (int m = 1; m <= 12; ++m) EXPECT_EQ(running(w, m), (std::vector<std::string>{"webbplats-och-ping-pong"})) << m;
}

TEST(YearWheel, TheOrganisationsSeasonReadingIsUsed)
{
    auto plan = miljoplan::example_plan();
    plan->organisation()->set_season_reading(SeasonReading::Calendar);
    const auto context = miljoplan::timing_context(*plan);
    EXPECT_EQ(context.year, 2024);
    EXPECT_EQ(context.seasons, SeasonReading::Calendar);
    const YearWheel w = build_year_wheel(*plan);
    // Spring is March-May: "Våren 2024" activities no longer run in January or June.
    const auto january = running(w, 1);
    EXPECT_EQ(std::count(january.begin(), january.end(), "oljeavskiljare"), 0);
    const auto march = running(w, 3);
    EXPECT_EQ(std::count(march.begin(), march.end(), "oljeavskiljare"), 1);
    EXPECT_EQ(w.meetings(), 45);  // the middle months stay April and October
    EXPECT_EQ(miljoplan::timing_context(*plan, 2027).year, 2027);
}

}  // namespace
