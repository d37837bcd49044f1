// SPDX-License-Identifier: Apache-2.0
// Cadences, exclusions, scopes, anchors, deadlines, "löpande", the unparsed remainder and the errors of
// the timing grammar (docs/timing.md). Context year 2024 and the term reading unless a row says otherwise.
#include <gtest/gtest.h>

#include "calendar/timing_expect.h"
#include "miljoplan/calendar/timing.h"
#include "miljoplan/error.h"

using miljoplan::parse_timing;
using miljoplan::ParseError;
using miljoplan::TimingContext;
using miljoplan::testing::Expect;
using miljoplan::testing::expect_reading;

namespace {

const std::string k2024 = "2024-01-01..2024-12-31";

std::vector<Expect> cadence_rows()
{
    return {
        Expect("3 gånger per år").c(3, 3, "year"),
        Expect("2 gånger per månad").c(2, 2, "month"),
        Expect("4 gånger per termin").c(4, 4, "term"),
        Expect("1 gång per halvår").c(1, 1, "half_year"),
        Expect("en gång per tertial").c(1, 1, "tertial"),
        Expect("2 ggr per vecka").c(2, 2, "week"),
        Expect("1-2 ggr per år").c(1, 2, "year"),
        Expect("2–3 ggr/år").c(2, 3, "year"),
        Expect("två till tre gånger per år").c(2, 3, "year"),
        Expect("fyra gånger om året").c(4, 4, "year"),
        Expect("tolv gånger per år").c(12, 12, "year"),
        Expect("varje månad").c(1, 1, "month"),
        Expect("varannan månad").c(1, 1, "month", 2),
        Expect("var tredje månad").c(1, 1, "month", 3),
        Expect("1 gång varannan vecka").c(1, 1, "week", 2),
        Expect("en gång per kvartal").c(1, 1, "quarter"),
        Expect("årligen").c(1, 1, "year"),
        Expect("varje år").c(1, 1, "year"),
        Expect("1 gång i månaden").c(1, 1, "month"),
        Expect("månadsvis").c(1, 1, "month"),
        Expect("kvartalsvis").c(1, 1, "quarter"),
        Expect("veckovis").c(1, 1, "week"),
        Expect("terminsvis").c(1, 1, "term"),
        // Exclusions, with and without a comma, "i", "månad" and lists.
        Expect("1 gång per månad, bortsett från juli").c(1, 1, "month", 1, {7}),
        Expect("1 gång per månad förutom i juli").c(1, 1, "month", 1, {7}),
        Expect("1 gång per månad utom juli och augusti").c(1, 1, "month", 1, {7, 8}),
        Expect("varje månad utom juli, augusti").c(1, 1, "month", 1, {7, 8}),
        Expect("1 gång per månad med undantag för juli").c(1, 1, "month", 1, {7}),
        Expect("1 gång per månad, undantaget sommaren").c(1, 1, "month", 1, {6, 7, 8}),
        Expect("varje månad med undantag för januari, juni och augusti").c(1, 1, "month", 1, {1, 6, 8}),
        Expect("1 gång per månad, förutom i juli månad").c(1, 1, "month", 1, {7}),
        // Scopes: "under" a point, "löpande under året".
        Expect("1 gång per månad under 2024").c(1, 1, "month", 1, {}, k2024).n_notes(0),
        Expect("1 gång per månad, bortsett från juli månad, under 2025")
            .c(1, 1, "month", 1, {7}, "2025-01-01..2025-12-31"),
        Expect("1 gång per månad under våren 2025").c(1, 1, "month", 1, {}, "2025-01-01..2025-06-30").vague(),
        Expect("1 gång per månad under våren 2025").calendar().c(1, 1, "month", 1, {}, "2025-03-01..2025-05-31").vague(),
        Expect("1 gång per månad, löpande under året").c(1, 1, "month", 1, {}, k2024).n_notes(1),
        Expect("1 gång per månad, förutom i juli, under 2024").c(1, 1, "month", 1, {7}, k2024),
        // A scope may be a range: the whole range, not its first year plus a stray window for the rest.
        Expect("1 gång per månad under 2024-2025").c(1, 1, "month", 1, {}, "2024-01-01..2025-12-31"),
        Expect("varje månad under mars–maj").c(1, 1, "month", 1, {}, "2024-03-01..2024-05-31").n_notes(1),
        // Anchors and labels keep their words.
        Expect("3 gånger per år inför styrgruppsmötena").c(3, 3, "year", 1, {}, "-", "", "inför styrgruppsmötena"),
        Expect("2 gånger per år i samband med styrgruppsmötena")
            .c(2, 2, "year", 1, {}, "-", "", "i samband med styrgruppsmötena"),
        Expect("1 gång per år i anslutning till årsmötet")
            .c(1, 1, "year", 1, {}, "-", "", "i anslutning till årsmötet"),
        // A word before a cadence labels it only before a colon; elsewhere it is reported, not swallowed.
        Expect("Uppföljning: 2 gånger per år").c(2, 2, "year", 1, {}, "-", "Uppföljning"),
        Expect("Uppföljning 2 gånger per år").c(2, 2, "year", 1, {}, "-").rest("Uppföljning"),
        // A cadence inside a window.
        Expect("Hösten 2024, 2 gånger per månad")
            .period("2024-08-01", "2024-12-31", "Hösten 2024")
            .c(2, 2, "month")
            .vague(),
    };
}

std::vector<Expect> other_rows()
{
    return {
        // Deadlines: "senast" gives the last day of its point, "före"/"innan" the day before it starts.
        Expect("senast den 1 april").by("2024-04-01").n_notes(1),
        Expect("senast i juni").by("2024-06-30"),
        Expect("senast den1 april").by("2024-04-01"),
        Expect("senast den 1 april 2025").by("2025-04-01").n_notes(0),
        Expect("före 1 april").by("2024-03-31"),
        Expect("innan hösten 2025").by("2025-07-31").vague(),
        Expect("senast 2025-03-15").by("2025-03-15"),
        Expect("senast vecka 12 2024").by("2024-03-24"),
        Expect("före 1 januari 2025").by("2024-12-31"),
        // Ongoing.
        Expect("Löpande").w("omfattning", "", "2024-01-01", "2024-12-31", "Löpande").running().n_notes(1),
        Expect("Löpande, utom juli").w("omfattning", "", "2024-01-01", "2024-12-31", "Löpande").running().except({7}),
        Expect("löpande under 2025").w("omfattning", "", "2025-01-01", "2025-12-31", "löpande under 2025").running().n_notes(0),
        Expect("Löpande under 2024–2026")
            .w("omfattning", "", "2024-01-01", "2026-12-31", "Löpande under 2024–2026")
            .running()
            .n_notes(0),
        Expect("Fortlöpande").w("omfattning", "", "2024-01-01", "2024-12-31", "Fortlöpande").running(),
        Expect("kontinuerligt under hösten 2024")
            .w("omfattning", "", "2024-08-01", "2024-12-31", "kontinuerligt under hösten 2024")
            .running()
            .vague(),
        // Words not understood are kept, in order; the rest is still read.
        Expect("Våren 2024 ungefär").period("2024-01-01", "2024-06-30", "Våren 2024").vague().rest("ungefär"),
        Expect("i våras").rest("i våras").n_notes(0),
        Expect("i höstas").rest("i höstas"),
        Expect("nästa år").rest("nästa år"),
        Expect("måndagar kl. 9–15").rest("måndagar kl 9 15"),
        Expect("Vår 2024, vid behov").period("2024-01-01", "2024-06-30", "Vår 2024").vague().rest("vid behov"),
        Expect("").n_notes(0),
    };
}

class TimingCadence : public ::testing::TestWithParam<Expect> {};
class TimingOther : public ::testing::TestWithParam<Expect> {};

TEST_P(TimingCadence, IsReadExactly) { expect_reading(parse_timing(GetParam().phrase, GetParam().context()), GetParam()); }
TEST_P(TimingOther, IsReadExactly) { expect_reading(parse_timing(GetParam().phrase, GetParam().context()), GetParam()); }

std::string name(const ::testing::TestParamInfo<Expect>& info)
{
    return miljoplan::testing::row_name(info.index, info.param.phrase) +
           (info.param.seasons == miljoplan::SeasonReading::Calendar ? "_kalender" : "");
}

INSTANTIATE_TEST_SUITE_P(Grammar, TimingCadence, ::testing::ValuesIn(cadence_rows()), name);
INSTANTIATE_TEST_SUITE_P(Grammar, TimingOther, ::testing::ValuesIn(other_rows()), name);

TEST(TimingCadences, RegularMeansOnePerMonthOrWeek)
{
    const auto regular = [](const std::string& phrase) { return parse_timing(phrase).cadences.at(0).is_regular(); };
    EXPECT_TRUE(regular("varje månad"));
    EXPECT_TRUE(regular("varannan månad"));
    EXPECT_TRUE(regular("veckovis"));
    EXPECT_FALSE(regular("2 gånger per månad"));
    EXPECT_FALSE(regular("1-2 gånger per månad"));
    EXPECT_FALSE(regular("en gång per kvartal"));
    EXPECT_FALSE(regular("årligen"));
}

TEST(TimingCadences, EachPartKeepsItsOwnWords)
{
    const auto t = parse_timing(
        "3 gånger per år inför styrgruppsmötena, samt en kortare avstämning en gång per månad, förutom i juli månad.");
    ASSERT_EQ(t.cadences.size(), 2u);
    EXPECT_EQ(t.cadences[0].text, "3 gånger per år inför styrgruppsmötena");
    EXPECT_EQ(t.cadences[1].text, "en gång per månad, förutom i juli månad");
    const auto deadline = parse_timing("Våren 2025, senast den 1 april 2025");
    ASSERT_TRUE(deadline.deadline.has_value());
    EXPECT_EQ(deadline.deadline->text, "senast den 1 april 2025");
}

// ---- errors -----------------------------------------------------------------------------------

struct Failure {
    std::string phrase;
    std::optional<int> year;
    std::size_t column;    // 1-based, in characters
    std::string offending; // the words the message must quote
};

class TimingError : public ::testing::TestWithParam<Failure> {};

TEST_P(TimingError, NamesThePhraseThePartAndTheColumn)
{
    const Failure& f = GetParam();
    try {
        const auto t = parse_timing(f.phrase, TimingContext{f.year, miljoplan::SeasonReading::Term});
        FAIL() << "read without error: \"" << f.phrase << "\", unparsed '" << t.unparsed << "'";
    } catch (const ParseError& e) {
        EXPECT_EQ(e.location().column, f.column) << e.what();
        EXPECT_EQ(e.location().line, 1u);
        EXPECT_EQ(e.location().source, "\"" + f.phrase + "\"");
        EXPECT_NE(std::string(e.what()).find(f.phrase), std::string::npos) << e.what();
        EXPECT_NE(e.detail().find(f.offending), std::string::npos) << e.detail();
    }
}

INSTANTIATE_TEST_SUITE_P(
    Grammar, TimingError,
    ::testing::Values(Failure{"30 februari 2025", 2024, 1, "30 februari 2025"},
                      Failure{"29 februari 2025", 2024, 1, "29 februari 2025"},
                      Failure{"vecka 53 2025", 2024, 1, "vecka 53 2025"},
                      Failure{"vecka 0 2024", 2024, 1, "vecka 0 2024"},
                      Failure{"v 42-40", 2024, 1, "v 42-40"},
                      Failure{"juni 2022 – april 2021", 2024, 1, "juni 2022 – april 2021"},
                      Failure{"kvartal 5 2024", 2024, 1, "kvartal 5"},
                      Failure{"Q0 2024", 2024, 1, "Q0"},
                      Failure{"T4 2025", 2024, 1, "T4"},
                      Failure{"2025-13-01", 2024, 1, "2025-13-01"},
                      Failure{"3 mars", std::nullopt, 1, "3 mars"},
                      Failure{"Våren", std::nullopt, 1, "Våren"},
                      Failure{"0 gånger per år", 2024, 1, "0 gånger per år"},
                      Failure{"3-2 gånger per år", 2024, 1, "3-2 gånger per år"},
                      // Columns count characters, not bytes: "å" and "ö" are one column each.
                      Failure{"Våren 2024 och 31 april 2024", 2024, 16, "31 april 2024"},
                      Failure{"Hösten 2024 (besök 30 februari)", 2024, 20, "30 februari"},
                      Failure{"Fas 1: våren 2024 Fas 2: vecka 53 2025", 2024, 26, "vecka 53 2025"},
                      Failure{"löpande under 2026-2024", 2024, 15, "2026-2024"}),
    [](const ::testing::TestParamInfo<Failure>& row) { return miljoplan::testing::row_name(row.index, row.param.phrase); });

TEST(TimingErrors, TheMessageExplainsAMissingWeek)
{
    try {
        parse_timing("vecka 53 2025");
        FAIL();
    } catch (const ParseError& e) {
        // 2025 has 52 ISO weeks: the message says so.
        EXPECT_NE(e.detail().find("52"), std::string::npos) << e.detail();
    }
}

}  // namespace
