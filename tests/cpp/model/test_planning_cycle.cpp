// SPDX-License-Identifier: Apache-2.0
#include <tuple>

#include <gtest/gtest.h>

#include "miljoplan/model/planning_cycle.h"

using miljoplan::PlanningCycle;
using miljoplan::YearStatus;

TEST(PlanningCycle, DefaultIsJonkopingsThreeYearCycle)
{
    const PlanningCycle cycle;
    EXPECT_EQ(cycle.horizon_years, 3);
    EXPECT_EQ(cycle.year_statuses,
              (std::vector<YearStatus>{YearStatus::Adopted, YearStatus::Preliminary, YearStatus::ProposalBank}));
    EXPECT_EQ(cycle.adoption_deadline_month, 6);
    EXPECT_EQ(cycle.adoption_years_before, 1);
    EXPECT_FALSE(cycle.adopted_by);
}

TEST(YearStatus, PrintsSwedishTokensAndParsesBothLanguages)
{
    const std::vector<std::tuple<YearStatus, std::string, std::string>> table{
        {YearStatus::Adopted, "fastställd", "adopted"},
        {YearStatus::Preliminary, "preliminär", "preliminary"},
        {YearStatus::ProposalBank, "förslagsbank", "proposal bank"},
    };
    for (const auto& [status, swedish, english] : table) {
        EXPECT_EQ(miljoplan::to_string(status), swedish);
        EXPECT_EQ(miljoplan::parse_year_status(swedish), status) << swedish;
        EXPECT_EQ(miljoplan::parse_year_status(english), status) << english;
    }
    EXPECT_EQ(miljoplan::parse_year_status("FASTSTÄLLD"), YearStatus::Adopted);
    EXPECT_EQ(miljoplan::parse_year_status("proposal_bank"), YearStatus::ProposalBank);
    EXPECT_FALSE(miljoplan::parse_year_status("faststalld"));
    EXPECT_FALSE(miljoplan::parse_year_status("klar"));
}
