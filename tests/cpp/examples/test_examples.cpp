// SPDX-License-Identifier: Apache-2.0
#include <algorithm>

#include <gtest/gtest.h>

#include "test_support.h"

#ifdef MILJOPLAN_EXAMPLE_BUDGET_CHECK

TEST(ExampleBudgetCheck, ReportsTheReferenceBudgetAndExitsOneForItsError)
{
    const auto r = miljoplan::testing::run(MILJOPLAN_EXAMPLE_BUDGET_CHECK, {});
    EXPECT_EQ(r.exit_code, 1) << r.err;
    const auto lines = [&] {
        std::vector<std::string> out;
        std::string line;
        for (char c : r.out) {
            if (c == '\n') {
                out.push_back(line);
                line.clear();
            } else {
                line += c;
            }
        }
        return out;
    }();
    ASSERT_FALSE(lines.empty());
    EXPECT_EQ(lines[0], "Verksamhetsplan för Miljösamverkan Jönköpings län 2024");
    EXPECT_NE(std::find(lines.begin(), lines.end(), "income 1 266 tkr, costs 1 211 tkr, result 55 tkr"), lines.end())
        << r.out;
    EXPECT_NE(std::find(lines.begin(), lines.end(), "  - 985 tkr  Lön och ersättningar för Länssamordnare"), lines.end())
        << r.out;
    EXPECT_NE(r.out.find("error budget.costs_total: Printed cost total 1 206 tkr"), std::string::npos) << r.out;
}

TEST(ExampleBudgetCheck, AConsistentPlanFileExitsZero)
{
    const miljoplan::testing::TempDir dir;
    const std::string path = dir.file("consistent.json");
    std::string text = miljoplan::testing::read_file(miljoplan::testing::reference_plan_path());
    const std::string printed = "\"label\": \"SUMMA KOSTNADER\",\n        \"amount\": 1206000";
    const auto at = text.find(printed);
    ASSERT_NE(at, std::string::npos);
    text.replace(at, printed.size(), "\"label\": \"SUMMA KOSTNADER\",\n        \"amount\": 1211000");
    miljoplan::testing::write_file(path, text);
    const auto r = miljoplan::testing::run(MILJOPLAN_EXAMPLE_BUDGET_CHECK, {path});
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(r.out.find("error"), std::string::npos) << r.out;
}

TEST(ExampleBudgetCheck, UnreadableFileExitsTwo)
{
    const auto r = miljoplan::testing::run(MILJOPLAN_EXAMPLE_BUDGET_CHECK, {"/nonexistent/plan.json"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("/nonexistent/plan.json"), std::string::npos) << r.err;
}

#else

TEST(ExampleBudgetCheck, NotBuilt)
{
    GTEST_SKIP() << "the examples are not part of this build (MILJOPLAN_BUILD_EXAMPLES=OFF)";
}

#endif
