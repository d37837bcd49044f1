// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "miljoplan/rules/finding.h"

using miljoplan::Finding;
using miljoplan::Severity;

TEST(Severity, PrintsEnglishTokensAndSwedishLabels)
{
    EXPECT_EQ(miljoplan::to_string(Severity::Error), "error");
    EXPECT_EQ(miljoplan::to_string(Severity::Warning), "warning");
    EXPECT_EQ(miljoplan::to_string(Severity::Info), "info");
    EXPECT_EQ(miljoplan::swedish_label(Severity::Error), "FEL");
    EXPECT_EQ(miljoplan::swedish_label(Severity::Warning), "VARNING");
    EXPECT_EQ(miljoplan::swedish_label(Severity::Info), "INFO");
}

TEST(Severity, ParsesEnglishTokensAndSwedishLabels)
{
    EXPECT_EQ(miljoplan::parse_severity("error"), Severity::Error);
    EXPECT_EQ(miljoplan::parse_severity("FEL"), Severity::Error);
    EXPECT_EQ(miljoplan::parse_severity("Warning"), Severity::Warning);
    EXPECT_EQ(miljoplan::parse_severity("varning"), Severity::Warning);
    EXPECT_EQ(miljoplan::parse_severity("info"), Severity::Info);
    EXPECT_EQ(miljoplan::parse_severity("information"), Severity::Info);
    EXPECT_FALSE(miljoplan::parse_severity("fatal"));
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        EXPECT_EQ(miljoplan::parse_severity(miljoplan::to_string(s)), s);
        EXPECT_EQ(miljoplan::parse_severity(miljoplan::swedish_label(s)), s);
    }
}

TEST(Finding, CountCountsOneSeverity)
{
    const std::vector<Finding> findings{{"a", Severity::Error, "", ""},
                                        {"b", Severity::Warning, "", ""},
                                        {"c", Severity::Error, "", ""}};
    EXPECT_EQ(miljoplan::count(findings, Severity::Error), 2u);
    EXPECT_EQ(miljoplan::count(findings, Severity::Warning), 1u);
    EXPECT_EQ(miljoplan::count(findings, Severity::Info), 0u);
    EXPECT_EQ(miljoplan::count({}, Severity::Error), 0u);
}

TEST(Finding, EqualityComparesEveryField)
{
    const Finding a{"budget.result", Severity::Error, "m", "$.budget"};
    EXPECT_EQ(a, (Finding{"budget.result", Severity::Error, "m", "$.budget"}));
    EXPECT_NE(a, (Finding{"budget.result", Severity::Warning, "m", "$.budget"}));
    EXPECT_NE(a, (Finding{"budget.result", Severity::Error, "m", "$.budget.year"}));
}
