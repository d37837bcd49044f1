// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "miljoplan/types/language.h"

using miljoplan::Language;

TEST(Language, PrintsItsCode)
{
    EXPECT_EQ(miljoplan::to_string(Language::Swedish), "sv");
    EXPECT_EQ(miljoplan::to_string(Language::English), "en");
}

TEST(Language, ParsesCodesAndNamesInBothLanguages)
{
    for (const char* text : {"sv", "svenska", "swedish", "SV", " Svenska "})
        EXPECT_EQ(miljoplan::parse_language(text), Language::Swedish) << text;
    for (const char* text : {"en", "engelska", "english", "EN", "English"})
        EXPECT_EQ(miljoplan::parse_language(text), Language::English) << text;
    for (const char* text : {"", "de", "sve", "englsh"}) EXPECT_FALSE(miljoplan::parse_language(text)) << text;
}

TEST(Language, PrintedCodeParsesBack)
{
    for (Language language : {Language::Swedish, Language::English})
        EXPECT_EQ(miljoplan::parse_language(miljoplan::to_string(language)), language);
}
