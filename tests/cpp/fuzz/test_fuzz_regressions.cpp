// SPDX-License-Identifier: Apache-2.0
// Inputs the fuzz targets (fuzz/) found crashing or hanging, kept as tests so that every build runs them.
// The files also seed the fuzz corpus (fuzz/corpus/<target>/regression_*).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "miljoplan/calendar/timing.h"
#include "miljoplan/error.h"
#include "miljoplan/io/toml.h"

namespace {

std::string corpus_file(const std::string& relative)
{
    std::ifstream in(std::string(MILJOPLAN_SOURCE_DIR) + "/fuzz/corpus/" + relative, std::ios::binary);
    EXPECT_TRUE(in) << relative;
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Read as the fuzz target does: success or a miljoplan::Error, nothing else.
template <typename Read>
void expect_read_or_refused(Read read)
{
    try {
        read();
    } catch (const miljoplan::Error&) {
        SUCCEED();
    }
}

miljoplan::TimingContext year_2024()
{
    miljoplan::TimingContext context;
    context.year = 2024;
    return context;
}

}  // namespace

// fuzz_timing: 0xC0 0xB9 decoded leniently is '9', which the ASCII digit scan could not consume, so the
// lexer made empty tokens forever (a hang that ate gigabytes). Overlong forms are now single bytes.
TEST(FuzzRegressions, TimingLexerAdvancesPastAnOverlongDigit)
{
    const miljoplan::Timing timing = miljoplan::parse_timing("\xC0\xB9 2024", year_2024());
    ASSERT_EQ(timing.windows.size(), 1u);
    EXPECT_EQ(timing.windows[0].range, miljoplan::DateRange::year(2024));
    expect_read_or_refused([] { (void)miljoplan::parse_timing(corpus_file("timing/regression_overlong_digit.txt"), year_2024()); });
}

// fuzz_plan_toml: toml++ 3.3 reached an unreachable branch of its Unicode tables for a non-ASCII letter
// where white space may stand (undefined behaviour; UBSan aborts on it in the sanitizer builds).
TEST(FuzzRegressions, TomlNonAsciiLetterOutsideAStringIsASyntaxError)
{
    EXPECT_THROW((void)miljoplan::plan_from_toml("\xC3\xA9 = 1\n"), miljoplan::ParseError);
    EXPECT_THROW((void)miljoplan::plan_from_toml("schema = \"Plan.1\" \xC3\xA9\n"), miljoplan::ParseError);
    expect_read_or_refused(
        [] { (void)miljoplan::plan_from_toml(corpus_file("plan_toml/regression_unicode_unreachable.toml")); });
}

// fuzz_plan_toml: toml++ 3.3 asserted (undefined behaviour in release builds) on a table header whose first
// key does not start with a name or a quote, such as "[[" followed by a line break.
TEST(FuzzRegressions, TomlTableHeaderWithoutANameIsASyntaxError)
{
    for (const char* text : {"a = 1\n[[\ntitle = \"x\"\n", "[\n", "[ #c\n", "[.a]\n", "[=]\n", "[\xC3\xA5]\n", "x = 1\n  [[\t\r\n"}) {
        try {
            (void)miljoplan::plan_from_toml(text, "plan.toml");
            ADD_FAILURE() << "accepted: " << text;
        } catch (const miljoplan::ParseError& e) {
            EXPECT_NE(std::string(e.what()).find("a table header must start with a name"), std::string::npos) << e.what();
        }
    }
    try {
        (void)miljoplan::plan_from_toml("a = 1\n[[\ntitle = \"x\"\n", "plan.toml");
    } catch (const miljoplan::ParseError& e) {
        EXPECT_EQ(e.location().line, 2u);
        EXPECT_EQ(e.location().column, 3u);
    }
    EXPECT_THROW((void)miljoplan::plan_from_toml(corpus_file("plan_toml/regression_nameless_header.toml")), miljoplan::ParseError);
    // Arrays that span lines, strings holding brackets and headers with quoted names are still TOML.
    for (const char* text : {"x = [\n[\n1\n]\n]\n", "x = \"\"\"\n[\n\"\"\"\n", "x = '''\n[=]\n'''\n", "[ \"a b\" ]\ny = 1\n",
                             "[a . b]\n", "# [\n"}) {
        try {
            (void)miljoplan::plan_from_toml(text, "plan.toml");
        } catch (const miljoplan::Error& e) {
            // Well-formed TOML that is not a plan is refused by the plan reader; only the header check matters.
            EXPECT_EQ(std::string(e.what()).find("a table header must start with a name"), std::string::npos) << text << ": " << e.what();
        }
    }
}
