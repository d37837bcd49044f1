// SPDX-License-Identifier: Apache-2.0
// The internal UTF-8 helpers behind tolerant matching, suggestions and report layout.
#include <gtest/gtest.h>

#include "detail/text.h"

namespace text = miljoplan::detail;

TEST(Utf8Lower, LowersAsciiAndSwedishLetters)
{
    EXPECT_EQ(text::utf8_lower("ÅÄÖ"), "åäö");
    EXPECT_EQ(text::utf8_lower("GIFTFRI MILJÖ"), "giftfri miljö");
    EXPECT_EQ(text::utf8_lower("ÉÜÆØ"), "éüæø");
    EXPECT_EQ(text::utf8_lower("åäö already"), "åäö already");
}

TEST(Utf8Lower, LeavesOtherCharactersAlone)
{
    EXPECT_EQ(text::utf8_lower("×"), "×");  // U+00D7 sits among the capitals but has no lower case
    EXPECT_EQ(text::utf8_lower("”–€"), "”–€");
    EXPECT_EQ(text::utf8_lower("ΣΩ"), "ΣΩ");  // outside Latin-1: passed through, not mangled
}

TEST(Fold, LowersTrimsAndCollapsesWhiteSpace)
{
    EXPECT_EQ(text::fold("  Giftfri \t MILJÖ \n"), "giftfri miljö");
    EXPECT_EQ(text::collapse_spaces("  Giftfri \t MILJÖ \n"), "Giftfri MILJÖ");
    EXPECT_EQ(text::trim(" \n x y \t"), "x y");
    EXPECT_EQ(text::trim("   "), "");
}

TEST(Utf8Length, CountsCodePointsNotBytes)
{
    EXPECT_EQ(text::utf8_length("Jönköping"), 9u);
    EXPECT_EQ(std::string("Jönköping").size(), 11u);
    EXPECT_EQ(text::utf8_length("”–"), 2u);
    EXPECT_EQ(text::utf8_length(""), 0u);
}

TEST(IsValidUtf8, AcceptsWellFormedText)
{
    EXPECT_TRUE(text::is_valid_utf8(""));
    EXPECT_TRUE(text::is_valid_utf8("Åtgärd nr 6 i avsnittet ”Ingen övergödning”"));
    EXPECT_TRUE(text::is_valid_utf8("\xE2\x82\xAC"));      // € (3 bytes)
    EXPECT_TRUE(text::is_valid_utf8("\xF0\x9F\x98\x80"));  // U+1F600 (4 bytes)
    EXPECT_TRUE(text::is_valid_utf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF, the last code point
}

TEST(IsValidUtf8, RejectsOverlongForms)
{
    EXPECT_FALSE(text::is_valid_utf8("\xC0\x80"));          // NUL in two bytes
    EXPECT_FALSE(text::is_valid_utf8("\xC1\xBF"));          // U+007F in two bytes
    EXPECT_FALSE(text::is_valid_utf8("\xE0\x80\x80"));      // NUL in three bytes
    EXPECT_FALSE(text::is_valid_utf8("\xF0\x80\x80\x80"));  // NUL in four bytes
}

TEST(IsValidUtf8, RejectsSurrogatesAndCodePointsBeyondUnicode)
{
    EXPECT_FALSE(text::is_valid_utf8("\xED\xA0\x80"));      // U+D800
    EXPECT_FALSE(text::is_valid_utf8("\xED\xBF\xBF"));      // U+DFFF
    EXPECT_FALSE(text::is_valid_utf8("\xF4\x90\x80\x80"));  // U+110000
    EXPECT_FALSE(text::is_valid_utf8("\xF8\x88\x80\x80\x80"));
}

TEST(IsValidUtf8, RejectsTruncatedAndStrayBytes)
{
    EXPECT_FALSE(text::is_valid_utf8("\xC3"));
    EXPECT_FALSE(text::is_valid_utf8("ab\xE2\x82"));
    EXPECT_FALSE(text::is_valid_utf8("\xF0\x9F\x98"));
    EXPECT_FALSE(text::is_valid_utf8("\x80"));
    EXPECT_FALSE(text::is_valid_utf8("\xC3\x28"));  // lead byte followed by ASCII
    EXPECT_FALSE(text::is_valid_utf8("\xFF"));
}

TEST(EditDistance, CountsCodePoints)
{
    EXPECT_EQ(text::edit_distance("", ""), 0u);
    EXPECT_EQ(text::edit_distance("kitten", "sitting"), 3u);
    EXPECT_EQ(text::edit_distance("å", "a"), 1u);  // two bytes against one, but one character
    EXPECT_EQ(text::edit_distance("miljö", "miljo"), 1u);
    EXPECT_EQ(text::edit_distance("Jönköping", "Jonkoping"), 2u);
    EXPECT_EQ(text::edit_distance("", "åäö"), 3u);
    EXPECT_EQ(text::edit_distance("lanssamordnar", "lanssamordnare"), 1u);
    EXPECT_EQ(text::edit_distance("abc", "cab"), text::edit_distance("cab", "abc"));
}

TEST(Closest, SuggestsThePlausibleTypo)
{
    const std::vector<std::string> candidates{"styrgrupp", "lanssamordnare", "lansstyrelsen"};
    const std::string* best = text::closest("lanssamordnar", candidates);
    ASSERT_NE(best, nullptr);
    EXPECT_EQ(*best, "lanssamordnare");
    best = text::closest("  LANSSTYRELSEN ", candidates);
    ASSERT_NE(best, nullptr);
    EXPECT_EQ(*best, "lansstyrelsen");
}

TEST(Closest, GivesNothingWhenNoCandidateIsClose)
{
    EXPECT_EQ(text::closest("polisen", {"styrgrupp", "lanssamordnare"}), nullptr);
    EXPECT_EQ(text::closest("x", {}), nullptr);
}

TEST(Closest, AllowsAtMostAThirdOfTheWordChanged)
{
    const std::vector<std::string> candidates{"abcdef"};
    EXPECT_NE(text::closest("abcdxy", candidates), nullptr);  // 2 of 6 changed
    EXPECT_EQ(text::closest("abcxyz", candidates), nullptr);  // 3 of 6 changed
}

TEST(Pad, PadsToCodePointWidth)
{
    EXPECT_EQ(text::pad("åä", 4), "åä  ");
    EXPECT_EQ(text::pad("-5", 5, true), "   -5");
    EXPECT_EQ(text::pad("lång text", 3), "lång text");
}

TEST(Split, KeepsEmptyPartsAndWholeSeparators)
{
    EXPECT_EQ(text::split("a,b,,c", ","), (std::vector<std::string>{"a", "b", "", "c"}));
    EXPECT_EQ(text::split("", ","), (std::vector<std::string>{""}));
    EXPECT_EQ(text::split("sjöar och vattendrag", " och "), (std::vector<std::string>{"sjöar", "vattendrag"}));
}
