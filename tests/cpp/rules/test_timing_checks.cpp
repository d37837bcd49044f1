// SPDX-License-Identifier: Apache-2.0
// validate()'s timing checks: timing.unreadable, timing.unparsed, calendar.day_off and
// calendar.excluded_month, each on the reference plan with one activity's phrase changed.
#include <algorithm>

#include <gtest/gtest.h>

#include "miljoplan/io/embedded.h"
#include "miljoplan/rules/validate.h"

using miljoplan::Finding;
using miljoplan::Language;
using miljoplan::Severity;

namespace {

// Findings whose code starts with "timing." or "calendar.", for the reference plan with activity
// @p index's phrase replaced by @p phrase.
std::vector<Finding> timing_findings(std::size_t index, const std::string& phrase, Language language = Language::Swedish)
{
    auto plan = miljoplan::example_plan();
    plan->activities().at(index)->set_timing_text(phrase);
    std::vector<Finding> out;
    for (auto& f : miljoplan::validate(*plan, miljoplan::builtin_goal_catalog(), language))
        if (f.code.rfind("timing.", 0) == 0 || f.code.rfind("calendar.", 0) == 0) out.push_back(f);
    return out;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(TimingChecks, ReferencePlanHasNoTimingFindingsAndKeepsItsBudgetFindings)
{
    // All 26 phrases of the reference plan are readable, fully understood, and name no day off.
    EXPECT_TRUE(timing_findings(4, "Våren 2024").empty());
    // The reference plan's five findings come from budget and plan rules, none from the timing checks.
    const auto findings = miljoplan::validate(*miljoplan::example_plan(), miljoplan::builtin_goal_catalog());
    std::vector<std::string> codes;
    for (const auto& f : findings) codes.push_back(f.code);
    EXPECT_EQ(codes, (std::vector<std::string>{"budget.costs_total", "budget.result_printed_totals",
                                               "budget.catering_meetings", "plan.dates_partly_outside_years",
                                               "plan.adoption_date_missing"}));
    for (const auto& code : codes) {
        EXPECT_NE(code.rfind("timing.", 0), 0u) << code;
        EXPECT_NE(code.rfind("calendar.", 0), 0u) << code;
    }
}

TEST(TimingChecks, AnImpossiblePhraseIsAnError)
{
    const auto f = timing_findings(4, "30 februari 2025");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].code, "timing.unreadable");
    EXPECT_EQ(f[0].severity, Severity::Error);
    EXPECT_EQ(f[0].path, "$.activities[4].timing");
    EXPECT_TRUE(contains(f[0].message, "\"Oljeavskiljare\"")) << f[0].message;
    EXPECT_TRUE(contains(f[0].message, "30 februari 2025")) << f[0].message;
    EXPECT_TRUE(contains(f[0].message, "går inte att tolka")) << f[0].message;
    const auto english = timing_findings(4, "vecka 53 2025", Language::English);
    ASSERT_EQ(english.size(), 1u);
    EXPECT_TRUE(contains(english[0].message, "cannot be read")) << english[0].message;
    EXPECT_TRUE(contains(english[0].message, "vecka 53 2025")) << english[0].message;
}

TEST(TimingChecks, UnparsedWordsAreAWarning)
{
    const auto f = timing_findings(4, "Våren 2024 ungefär");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].code, "timing.unparsed");
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_EQ(f[0].path, "$.activities[4].timing");
    EXPECT_TRUE(contains(f[0].message, "\"ungefär\"")) << f[0].message;
    EXPECT_TRUE(contains(f[0].message, "\"Våren 2024 ungefär\"")) << f[0].message;
}

TEST(TimingChecks, ANamedDayOffIsAWarning)
{
    // Nationaldagen 2024 is a Thursday: a weekday, but a public holiday.
    auto f = timing_findings(16, "6 juni 2024");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].code, "calendar.day_off");
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_EQ(f[0].path, "$.activities[16].timing");
    EXPECT_TRUE(contains(f[0].message, "2024-06-06")) << f[0].message;
    EXPECT_TRUE(contains(f[0].message, "Nationaldagen")) << f[0].message;
    // 16 March 2024 is a Saturday, 17 March a Sunday, 21 June midsommarafton.
    f = timing_findings(16, "16 mars 2024");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].code, "calendar.day_off");
    EXPECT_TRUE(contains(f[0].message, "lördag")) << f[0].message;
    f = timing_findings(16, "2024-03-17");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_TRUE(contains(f[0].message, "söndag")) << f[0].message;
    f = timing_findings(16, "21 juni 2024");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_TRUE(contains(f[0].message, "Midsommarafton")) << f[0].message;
    // Each named day is checked: 3 March 2024 is a Sunday, so two warnings; two working days give none.
    f = timing_findings(16, "3 mars och 6 juni 2024");
    ASSERT_EQ(f.size(), 2u);
    EXPECT_TRUE(contains(f[0].message, "2024-03-03")) << f[0].message;
    EXPECT_TRUE(contains(f[1].message, "2024-06-06")) << f[1].message;
    EXPECT_TRUE(timing_findings(16, "4 mars och 7 juni 2024").empty());
    // A deadline is not a meeting day: no warning for "senast den 6 juni".
    EXPECT_TRUE(timing_findings(16, "senast den 6 juni 2024").empty());
}

TEST(TimingChecks, ANamedDayInAnExcludedMonthIsAWarning)
{
    // The parser reads this as a monthly cadence except July and a named day, 15 July 2024 (a Monday).
    const auto f = timing_findings(17, "1 gång per månad utom juli, 15 juli 2024");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].code, "calendar.excluded_month");
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_EQ(f[0].path, "$.activities[17].timing");
    EXPECT_TRUE(contains(f[0].message, "2024-07-15")) << f[0].message;
    // An exclusion outside a cadence counts as well.
    const auto running = timing_findings(17, "Löpande, utom juli, 15 juli 2024");
    ASSERT_EQ(running.size(), 1u);
    EXPECT_EQ(running[0].code, "calendar.excluded_month");
    // A day in July that is also a Sunday gets both warnings.
    const auto both = timing_findings(17, "1 gång per månad utom juli, 14 juli 2024");
    ASSERT_EQ(both.size(), 2u);
    EXPECT_EQ(both[0].code, "calendar.day_off");
    EXPECT_EQ(both[1].code, "calendar.excluded_month");
}

TEST(TimingChecks, AnEmptyPhraseIsNotChecked)
{
    EXPECT_TRUE(timing_findings(4, "").empty());
}

}  // namespace
