// SPDX-License-Identifier: Apache-2.0
// Follow-up: the organisation's follow-up points, each activity's latest status and note, and cadence
// compliance, on the example cooperation's 2026 follow-up and on the reference plan.
#include <gtest/gtest.h>

#include "miljoplan/analysis/follow_up.h"
#include "miljoplan/error.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/io/json.h"
#include "test_support.h"

namespace {

using miljoplan::ActivityId;
using miljoplan::ActivityStatus;
using miljoplan::make_date;

std::shared_ptr<miljoplan::Plan> example_cooperation()
{
    return miljoplan::load_plan(miljoplan::testing::source_dir() + "/examples/new_cooperation/plan-2026.json");
}

const miljoplan::ActivityFollowUp& by_id(const miljoplan::FollowUpReport& report, const std::string& id)
{
    for (const auto& a : report.activities)
        if (a.id.value() == id) return a;
    throw std::logic_error("no activity " + id + " in the report");
}

}  // namespace

TEST(FollowUp, PointsAreTheLastDaysOfTheFollowUpMonths)
{
    // Tertials by default (the Jönköping profile records none), half-years in the example profile.
    const auto reference = miljoplan::example_plan();
    EXPECT_EQ(miljoplan::follow_up_points(*reference->organisation(), 2024),
              (std::vector<miljoplan::Date>{make_date(2024, 4, 30), make_date(2024, 8, 31), make_date(2024, 12, 31)}));
    const auto example = example_cooperation();
    EXPECT_EQ(miljoplan::follow_up_points(*example->organisation(), 2026),
              (std::vector<miljoplan::Date>{make_date(2026, 6, 30), make_date(2026, 12, 31)}));
    // February's last day follows the leap year.
    auto org = reference->organisation()->clone();
    org->set_follow_up_months({2});
    EXPECT_EQ(miljoplan::follow_up_points(*org, 2028), (std::vector<miljoplan::Date>{make_date(2028, 2, 29)}));
    EXPECT_THROW(org->set_follow_up_months({0}), miljoplan::InvalidArgument);
    EXPECT_THROW(org->set_follow_up_months({13}), miljoplan::InvalidArgument);
}

TEST(FollowUp, TheExampleYearAsOfItsEnd)
{
    const auto plan = example_cooperation();
    const auto report = miljoplan::follow_up_report(*plan, 2026);
    EXPECT_EQ(report.as_of, make_date(2026, 12, 31));
    // Tillsyn av skolors ventilation is planned for 2027 and is not part of 2026.
    ASSERT_EQ(report.activities.size(), 4u);
    EXPECT_EQ(report.activities[0].id.value(), "tillsyn-tandvard");
    EXPECT_FALSE(report.activities[0].status);
    EXPECT_EQ(report.by_status, (std::map<std::string, int>{{"genomförd", 2}, {"ingen uppgift", 1}, {"pågår", 1}}));

    const auto& course = by_id(report, "kurs-avlopp");
    EXPECT_EQ(course.status, ActivityStatus::Done);
    EXPECT_EQ(course.status_date, make_date(2026, 6, 30));
    EXPECT_EQ(course.note, "40 deltagare.");
    EXPECT_FALSE(course.compliance);  // "mars 2026" has no cadence

    // Styrgruppsmöten, "3 gånger per år": two meetings in the first half, one in the second.
    const auto& board = by_id(report, "styrgruppsmoten");
    ASSERT_TRUE(board.compliance);
    EXPECT_EQ(board.compliance->held, 3);
    EXPECT_EQ(board.compliance->expected_min, 3);
    EXPECT_EQ(board.compliance->expected_max, 3);
    EXPECT_TRUE(board.compliance->fulfilled);
    EXPECT_EQ(board.entries.size(), 2u);
    EXPECT_EQ(board.status, ActivityStatus::Done);

    // The health-protection network, "2 gånger per år": held once, the autumn meeting cancelled.
    const auto& network = by_id(report, "natverk-halsoskydd");
    ASSERT_TRUE(network.compliance);
    EXPECT_EQ(network.compliance->held, 1);
    EXPECT_EQ(network.compliance->expected_min, 2);
    EXPECT_FALSE(network.compliance->fulfilled);
    EXPECT_EQ(network.compliance->timing, "2 gånger per år");
    EXPECT_EQ(network.note, "Höstträffen ställdes in.");
    EXPECT_TRUE(report.unknown.empty());
}

TEST(FollowUp, AsOfADayIgnoresWhatCameLater)
{
    const auto plan = example_cooperation();
    const auto report = miljoplan::follow_up_report(*plan, 2026, make_date(2026, 6, 30));
    const auto& board = by_id(report, "styrgruppsmoten");
    EXPECT_EQ(board.status, ActivityStatus::Ongoing);
    EXPECT_EQ(board.compliance->held, 2);
    EXPECT_FALSE(board.compliance->fulfilled);
    EXPECT_FALSE(by_id(report, "natverk-halsoskydd").status);
    EXPECT_EQ(report.by_status, (std::map<std::string, int>{{"genomförd", 1}, {"ingen uppgift", 2}, {"pågår", 1}}));
}

TEST(FollowUp, ReferencePlanCadencesCountDistinctDaysInTheYear)
{
    auto plan = miljoplan::example_plan();
    // Besök hos kommunerna, "1 gång per månad, bortsett från juli månad, under 2024": 11 expected.
    // A day recorded twice counts once; a 2023 day does not count for 2024.
    plan->set_follow_up({{ActivityId("besok-kommuner-och-lansstyrelsen"), make_date(2024, 4, 30), ActivityStatus::Ongoing, "",
                          {make_date(2024, 1, 17), make_date(2024, 2, 14), make_date(2024, 2, 14), make_date(2023, 12, 6)}},
                         {ActivityId("okand-aktivitet"), make_date(2024, 4, 30), ActivityStatus::Done, "", {}}});
    const auto report = miljoplan::follow_up_report(*plan, 2024);
    ASSERT_EQ(report.activities.size(), 26u);
    const auto& visits = by_id(report, "besok-kommuner-och-lansstyrelsen");
    EXPECT_EQ(visits.compliance->expected_min, 11);
    EXPECT_EQ(visits.compliance->expected_max, 11);
    EXPECT_EQ(visits.compliance->held, 2);
    // "2-3 gånger per år" keeps its range.
    const auto& letters = by_id(report, "nyhetsbrev");
    EXPECT_EQ(letters.compliance->expected_min, 2);
    EXPECT_EQ(letters.compliance->expected_max, 3);
    EXPECT_EQ(letters.compliance->held, 0);
    ASSERT_EQ(report.unknown.size(), 1u);
    EXPECT_EQ(report.unknown[0].activity.value(), "okand-aktivitet");
    EXPECT_EQ(report.by_status.at("ingen uppgift"), 25);
    EXPECT_EQ(report.by_status.at("pågår"), 1);
}

TEST(FollowUp, StatusTokensReadBothLanguages)
{
    for (auto s : {ActivityStatus::Planned, ActivityStatus::Ongoing, ActivityStatus::Done, ActivityStatus::Postponed,
                   ActivityStatus::Cancelled})
        EXPECT_EQ(miljoplan::parse_activity_status(miljoplan::to_string(s)), s);
    EXPECT_EQ(miljoplan::parse_activity_status("genomförd"), ActivityStatus::Done);
    EXPECT_EQ(miljoplan::parse_activity_status("Done"), ActivityStatus::Done);
    EXPECT_EQ(miljoplan::parse_activity_status("klar"), std::nullopt);
}

TEST(FollowUp, AYearOutsideTheCalendarIsRefused)
{
    const auto plan = miljoplan::example_plan();
    EXPECT_THROW(miljoplan::follow_up_report(*plan, 1200), miljoplan::InvalidArgument);
    EXPECT_THROW(miljoplan::follow_up_report(*plan, 9999), miljoplan::InvalidArgument);
}

TEST(FollowUp, ADecemberMeetingRecordedInJanuaryCountsForItsYear)
{
    auto plan = example_cooperation();
    // The autumn meeting of 3 November is recorded at the follow-up of 15 January the year after.
    auto entries = plan->follow_up();
    entries[2].held.clear();
    entries.push_back({ActivityId("styrgruppsmoten"), make_date(2027, 1, 15), ActivityStatus::Done, "Sent förd",
                       {make_date(2026, 11, 3)}});
    plan->set_follow_up(entries);
    const auto report = miljoplan::follow_up_report(*plan, 2026);
    const auto& board = by_id(report, "styrgruppsmoten");
    EXPECT_EQ(board.compliance->held, 3);
    EXPECT_TRUE(board.compliance->fulfilled);
    // The status is the year's own (31 December), not January's.
    EXPECT_EQ(board.status_date, make_date(2026, 12, 31));
    EXPECT_EQ(board.entries.size(), 3u);
    // As of 1 November the day had not yet come.
    EXPECT_EQ(by_id(miljoplan::follow_up_report(*plan, 2026, make_date(2026, 11, 1)), "styrgruppsmoten").compliance->held, 2);
}
