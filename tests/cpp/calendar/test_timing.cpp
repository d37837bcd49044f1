// SPDX-License-Identifier: Apache-2.0
// The 26 timing phrases of the reference plan (Jönköping 2024), each read in full: windows with kind,
// label, days and words; dates; cadences; deadline; "löpande"; ambiguity; nothing left unread.
// The phrases are taken from the embedded plan so that a change to the data shows up here.
#include <gtest/gtest.h>

#include "calendar/timing_expect.h"
#include "miljoplan/calendar/timing.h"
#include "miljoplan/io/embedded.h"

using miljoplan::parse_timing;
using miljoplan::SeasonReading;
using miljoplan::Timing;
using miljoplan::TimingContext;
using miljoplan::testing::Expect;
using miljoplan::testing::expect_reading;

namespace {

const char* const kSpring = "2024-01-01";
const char* const kSpringEnd = "2024-06-30";
const char* const kAutumn = "2024-08-01";
const char* const kAutumnEnd = "2024-12-31";

// Every activity's phrase, in plan order, with its reading in 2024 under the term reading (the
// organisation's choice). A season has one note giving both readings; "Löpande" one note on its year.
std::vector<Expect> reference_rows()
{
    const std::string month_12 = "2024-01-01..2024-12-31";
    return {
        Expect("2023-2024 (tillsynsbesök höst 2023-sommar 2024)")
            .period("2023-01-01", "2024-12-31", "2023-2024")
            .w("detalj", "tillsynsbesök", "2023-08-01", "2024-08-31", "höst 2023-sommar 2024")
            .vague()
            .n_notes(1),
        Expect("2024 (tillsynskampanj sommar 2024-höst 2024)")
            .period("2024-01-01", "2024-12-31", "2024")
            .w("detalj", "tillsynskampanj", "2024-06-01", "2024-12-31", "sommar 2024-höst 2024")
            .vague()
            .n_notes(1),
        Expect("Vår 2024").period(kSpring, kSpringEnd, "Vår 2024").vague().n_notes(1),
        Expect("Höst 2024").period(kAutumn, kAutumnEnd, "Höst 2024").vague().n_notes(1),
        Expect("Våren 2024").period(kSpring, kSpringEnd, "Våren 2024").vague().n_notes(1),
        Expect("Hösten 2024").period(kAutumn, kAutumnEnd, "Hösten 2024").vague().n_notes(1),
        Expect("Fas 1: Vår 2024 Fas 2: Höst 2024")
            .w("fas", "Fas 1", kSpring, kSpringEnd, "Vår 2024")
            .w("fas", "Fas 2", kAutumn, kAutumnEnd, "Höst 2024")
            .vague()
            .n_notes(2),
        Expect("Vår 2024").period(kSpring, kSpringEnd, "Vår 2024").vague().n_notes(1),
        Expect("Våren 2024").period(kSpring, kSpringEnd, "Våren 2024").vague().n_notes(1),
        Expect("Våren 2024").period(kSpring, kSpringEnd, "Våren 2024").vague().n_notes(1),
        Expect("Hösten 2024").period(kAutumn, kAutumnEnd, "Hösten 2024").vague().n_notes(1),
        Expect("Hösten 2024").period(kAutumn, kAutumnEnd, "Hösten 2024").vague().n_notes(1),
        Expect("3 gånger per år").c(3, 3, "year").n_notes(0),
        Expect("3 gånger per år inför styrgruppsmötena, samt en kortare avstämning en gång per månad, förutom i "
               "juli månad.")
            .c(3, 3, "year", 1, {}, "-", "", "inför styrgruppsmötena")
            .c(1, 1, "month", 1, {7}, "-", "en kortare avstämning")
            .n_notes(0),
        Expect("Våren 2024").period(kSpring, kSpringEnd, "Våren 2024").vague().n_notes(1),
        Expect("Våren 2024").period(kSpring, kSpringEnd, "Våren 2024").vague().n_notes(1),
        Expect("Februari 2024").period("2024-02-01", "2024-02-29", "Februari 2024").n_notes(0),
        Expect("1 gång per månad, bortsett från juli månad, under 2024").c(1, 1, "month", 1, {7}, month_12).n_notes(0),
        Expect("Hösten 2024").period(kAutumn, kAutumnEnd, "Hösten 2024").vague().n_notes(1),
        Expect("Hösten 2024").period(kAutumn, kAutumnEnd, "Hösten 2024").vague().n_notes(1),
        Expect("2 gånger per år").c(2, 2, "year").n_notes(0),
        Expect("2 gånger per år").c(2, 2, "year").n_notes(0),
        Expect("2 gånger per år").c(2, 2, "year").n_notes(0),
        Expect("2-3 gånger per år").c(2, 3, "year").n_notes(0),
        Expect("November 2024").period("2024-11-01", "2024-11-30", "November 2024").n_notes(0),
        Expect("Löpande").w("omfattning", "", "2024-01-01", "2024-12-31", "Löpande").running().n_notes(1),
    };
}

class ReferencePhrase : public ::testing::TestWithParam<std::size_t> {};

TEST_P(ReferencePhrase, IsReadExactly)
{
    static const auto plan = miljoplan::example_plan();
    static const auto rows = reference_rows();
    const std::size_t i = GetParam();
    ASSERT_EQ(plan->activities().size(), rows.size());
    const auto& activity = *plan->activities()[i];
    SCOPED_TRACE(activity.id().value());
    ASSERT_EQ(activity.timing_text(), rows[i].phrase);
    expect_reading(parse_timing(activity.timing_text(), TimingContext{2024, SeasonReading::Term}), rows[i]);
}

INSTANTIATE_TEST_SUITE_P(Jonkoping2024, ReferencePhrase, ::testing::Range<std::size_t>(0, 26));

TEST(ReferencePhrases, TheSeasonNoteGivesBothReadings)
{
    const Timing t = parse_timing("Vår 2024", TimingContext{2024, SeasonReading::Term});
    ASSERT_EQ(t.notes.size(), 1u);
    EXPECT_EQ(t.notes[0], "\"Vår 2024\" beror på hur årstider läses: termin 2024-01-01\xE2\x80\x93" "2024-06-30, "
                          "kalender 2024-03-01\xE2\x80\x93" "2024-05-31; vald: termin");
}

TEST(ReferencePhrases, LopandeTakesTheContextYearWithANote)
{
    const Timing t = parse_timing("Löpande", TimingContext{2025, SeasonReading::Term});
    ASSERT_EQ(t.windows.size(), 1u);
    EXPECT_EQ(t.windows[0].range, miljoplan::DateRange::year(2025));
    ASSERT_EQ(t.notes.size(), 1u);
    EXPECT_EQ(t.notes[0], "\"Löpande\": löpande under hela 2025 (året från sammanhanget)");
    // Without a year "Löpande" is still ongoing: it just has no scope to show.
    const Timing bare = parse_timing("Löpande");
    EXPECT_TRUE(bare.ongoing);
    EXPECT_TRUE(bare.windows.empty());
    EXPECT_EQ(bare.unparsed, "");
}

TEST(ReferencePhrases, CalendarReadingMovesOnlyTheSeasons)
{
    const TimingContext calendar{2024, SeasonReading::Calendar};
    const Timing spring = parse_timing("Våren 2024", calendar);
    ASSERT_EQ(spring.windows.size(), 1u);
    EXPECT_EQ(spring.windows[0].range.first, miljoplan::make_date(2024, 3, 1));
    EXPECT_EQ(spring.windows[0].range.last(), miljoplan::make_date(2024, 5, 31));
    const Timing phases = parse_timing("Fas 1: Vår 2024 Fas 2: Höst 2024", calendar);
    ASSERT_EQ(phases.phases().size(), 2u);
    EXPECT_EQ(phases.phases()[1].range.first, miljoplan::make_date(2024, 9, 1));
    EXPECT_EQ(phases.phases()[1].range.last(), miljoplan::make_date(2024, 11, 30));
    // The summer and the month do not depend on the reading.
    EXPECT_EQ(parse_timing("November 2024", calendar), parse_timing("November 2024", TimingContext{2024, SeasonReading::Term}));
    const Timing detail = parse_timing("2023-2024 (tillsynsbesök höst 2023-sommar 2024)", calendar);
    ASSERT_EQ(detail.windows.size(), 2u);
    EXPECT_EQ(detail.windows[1].range.to_string(), "2023-09-01\xE2\x80\x93" "2024-08-31");
}

TEST(ReferencePhrases, SpanCoversEveryPart)
{
    const Timing t = parse_timing("2023-2024 (tillsynsbesök höst 2023-sommar 2024)", TimingContext{2024, SeasonReading::Term});
    ASSERT_TRUE(t.span().has_value());
    EXPECT_EQ(*t.span(), miljoplan::DateRange::inclusive(miljoplan::make_date(2023, 1, 1), miljoplan::make_date(2024, 12, 31)));
    EXPECT_FALSE(parse_timing("3 gånger per år").span().has_value());
    const Timing dated = parse_timing("3 mars och 9 november 2015, senast den 1 december 2015");
    ASSERT_TRUE(dated.span().has_value());
    EXPECT_EQ(dated.span()->to_string(), "2015-03-03\xE2\x80\x93" "2015-12-01");
}

}  // namespace
