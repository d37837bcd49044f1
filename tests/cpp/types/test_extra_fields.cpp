// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "miljoplan/types/extra_fields.h"

using miljoplan::ExtraFields;

TEST(ExtraFields, StartsEmpty)
{
    const ExtraFields extra;
    EXPECT_TRUE(extra.empty());
    EXPECT_EQ(extra.size(), 0u);
    EXPECT_FALSE(extra.get("x"));
}

TEST(ExtraFields, KeepsInsertionOrderAndReplacesInPlace)
{
    ExtraFields extra;
    extra.set("b", "1");
    extra.set("a", "[true]");
    extra.set("b", "\"two\"");
    ASSERT_EQ(extra.size(), 2u);
    EXPECT_EQ(extra.entries()[0], (ExtraFields::Entry{"b", "\"two\""}));
    EXPECT_EQ(extra.entries()[1], (ExtraFields::Entry{"a", "[true]"}));
    EXPECT_EQ(extra.get("a"), std::optional<std::string>("[true]"));
}

TEST(ExtraFields, EraseReportsWhetherTheKeyWasThere)
{
    ExtraFields extra;
    extra.set("a", "1");
    extra.set("b", "2");
    EXPECT_TRUE(extra.erase("a"));
    EXPECT_FALSE(extra.erase("a"));
    ASSERT_EQ(extra.size(), 1u);
    EXPECT_EQ(extra.entries()[0].first, "b");
}

TEST(ExtraFields, EqualityDependsOnOrderAndValues)
{
    ExtraFields ab;
    ab.set("a", "1");
    ab.set("b", "2");
    ExtraFields ba;
    ba.set("b", "2");
    ba.set("a", "1");
    ExtraFields ab_other;
    ab_other.set("a", "1");
    ab_other.set("b", "3");
    ExtraFields ab_copy = ab;
    EXPECT_EQ(ab, ab_copy);
    EXPECT_NE(ab, ba);
    EXPECT_NE(ab, ab_other);
}
