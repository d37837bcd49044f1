// SPDX-License-Identifier: Apache-2.0
// Points, ranges, lists and clauses of the timing grammar (docs/timing.md), each with its exact days.
// Context year 2024 unless a row says otherwise; the term reading unless a row says kalender.
#include <gtest/gtest.h>

#include "calendar/timing_expect.h"
#include "miljoplan/calendar/timing.h"

using miljoplan::parse_timing;
using miljoplan::testing::Expect;
using miljoplan::testing::expect_reading;

namespace {

std::vector<Expect> point_rows()
{
    return {
        // Months and abbreviations; a month without a year takes the context year, with a note.
        Expect("feb.").period("2024-02-01", "2024-02-29", "feb.").n_notes(1),
        Expect("sept").period("2024-09-01", "2024-09-30", "sept").n_notes(1),
        Expect("okt 2025").period("2025-10-01", "2025-10-31", "okt 2025").n_notes(0),
        Expect("Februari 2023").period("2023-02-01", "2023-02-28", "Februari 2023"),
        Expect("dec. 2025").period("2025-12-01", "2025-12-31", "dec. 2025"),
        Expect("juli månad 2025").period("2025-07-01", "2025-07-31", "juli månad 2025"),
        // Seasons with and without the article, under both readings.
        Expect("våren 2025").period("2025-01-01", "2025-06-30", "våren 2025").vague().n_notes(1),
        Expect("vår 2025").calendar().period("2025-03-01", "2025-05-31", "vår 2025").vague(),
        Expect("våren 2025").calendar().period("2025-03-01", "2025-05-31", "våren 2025").vague(),
        Expect("hösten 2025").period("2025-08-01", "2025-12-31", "hösten 2025").vague(),
        Expect("höst 2025").calendar().period("2025-09-01", "2025-11-30", "höst 2025").vague(),
        Expect("sommaren 2025").period("2025-06-01", "2025-08-31", "sommaren 2025").n_notes(0),
        Expect("sommar 2025").calendar().period("2025-06-01", "2025-08-31", "sommar 2025").n_notes(0),
        Expect("vintern 2024").period("2023-12-01", "2024-02-29", "vintern 2024").vague().n_notes(1),
        Expect("vinter 2024").calendar().period("2023-12-01", "2024-02-29", "vinter 2024").vague(),
        Expect("vintern 2024/2025").period("2024-12-01", "2025-02-28", "vintern 2024/2025").n_notes(0),
        Expect("vintern 2024/25").period("2024-12-01", "2025-02-28", "vintern 2024/25"),
        Expect("vårterminen 2025").calendar().period("2025-01-01", "2025-06-30", "vårterminen 2025").n_notes(0),
        Expect("höstterminen 2025").calendar().period("2025-08-01", "2025-12-31", "höstterminen 2025"),
        // A season without a year: the year note and the reading note.
        Expect("hösten").period("2024-08-01", "2024-12-31", "hösten").vague().n_notes(2),
        // Half years, quarters, tertials.
        Expect("första halvåret 2025").period("2025-01-01", "2025-06-30", "första halvåret 2025"),
        Expect("halvår 2 2025").period("2025-07-01", "2025-12-31", "halvår 2 2025"),
        Expect("H1 2025").period("2025-01-01", "2025-06-30", "H1 2025"),
        Expect("andra halvåret").period("2024-07-01", "2024-12-31", "andra halvåret").n_notes(1),
        Expect("tredje kvartalet 2022").period("2022-07-01", "2022-09-30", "tredje kvartalet 2022"),
        Expect("Q3 2022").period("2022-07-01", "2022-09-30", "Q3 2022"),
        Expect("K3 2022").period("2022-07-01", "2022-09-30", "K3 2022"),
        Expect("kv. 3").period("2024-07-01", "2024-09-30", "kv. 3").n_notes(1),
        Expect("kvartal 4 2025").period("2025-10-01", "2025-12-31", "kvartal 4 2025"),
        Expect("sista kvartalet 2025").period("2025-10-01", "2025-12-31", "sista kvartalet 2025"),
        Expect("2023 kv. 1").period("2023-01-01", "2023-03-31", "2023 kv. 1"),
        Expect("T1 2025").period("2025-01-01", "2025-04-30", "T1 2025"),
        Expect("andra tertialet 2025").period("2025-05-01", "2025-08-31", "andra tertialet 2025"),
        Expect("tertial 3").period("2024-09-01", "2024-12-31", "tertial 3"),
        // ISO weeks: Monday to Sunday in the ISO week-numbering year.
        Expect("vecka 40 2025").period("2025-09-29", "2025-10-05", "vecka 40 2025"),
        Expect("v. 40").period("2024-09-30", "2024-10-06", "v. 40").n_notes(1),
        Expect("v40").period("2024-09-30", "2024-10-06", "v40"),
        Expect("v 40-42").period("2024-09-30", "2024-10-20", "v 40-42"),
        Expect("veckorna 40–42 2025").period("2025-09-29", "2025-10-19", "veckorna 40–42 2025"),
        Expect("vecka 1 2025").period("2024-12-30", "2025-01-05", "vecka 1 2025"),
        Expect("vecka 1 2024").period("2024-01-01", "2024-01-07", "vecka 1 2024"),
        Expect("vecka 12 2024").period("2024-03-18", "2024-03-24", "vecka 12 2024"),
        Expect("vecka 53 2026").period("2026-12-28", "2027-01-03", "vecka 53 2026"),
        Expect("vecka 53 2020").period("2020-12-28", "2021-01-03", "vecka 53 2020"),
        // School year and the whole year.
        Expect("2023/2024").period("2023-08-01", "2024-06-30", "2023/2024").vague().n_notes(1),
        Expect("2023/24").period("2023-08-01", "2024-06-30", "2023/24").vague(),
        Expect("hela året").period("2024-01-01", "2024-12-31", "hela året").n_notes(1),
        Expect("2026").period("2026-01-01", "2026-12-31", "2026").n_notes(0),
        Expect("Under hela 2024").period("2024-01-01", "2024-12-31", "Under hela 2024"),
        Expect("under våren").period("2024-01-01", "2024-06-30", "under våren").vague().n_notes(2),
        // Named days.
        Expect("3 mars").date("2024-03-03").n_notes(1),
        Expect("3 mars och 9 november 2015").date("2015-03-03").date("2015-11-09").n_notes(0),
        Expect("2025-03-15").date("2025-03-15").n_notes(0),
        Expect("den 3 mars 2025").date("2025-03-03"),
        Expect("3:e mars 2025").date("2025-03-03"),
        Expect("29 februari 2024").date("2024-02-29"),
        // A list of months: one window each, all keeping the list's words.
        Expect("mars, april och maj 2024")
            .period("2024-03-01", "2024-03-31", "mars, april och maj 2024")
            .period("2024-04-01", "2024-04-30", "mars, april och maj 2024")
            .period("2024-05-01", "2024-05-31", "mars, april och maj 2024")
            .n_notes(0),
    };
}

std::vector<Expect> range_rows()
{
    return {
        Expect("April 2021 – juni 2022").period("2021-04-01", "2022-06-30", "April 2021 – juni 2022"),
        Expect("mars till maj 2024").period("2024-03-01", "2024-05-31", "mars till maj 2024").n_notes(0),
        Expect("mars–maj 2024").period("2024-03-01", "2024-05-31", "mars–maj 2024").n_notes(0),
        Expect("mars - maj 2024").period("2024-03-01", "2024-05-31", "mars - maj 2024"),
        Expect("mars till och med maj 2024").period("2024-03-01", "2024-05-31", "mars till och med maj 2024"),
        Expect("mars t.o.m. maj 2025").period("2025-03-01", "2025-05-31", "mars t.o.m. maj 2025"),
        // The first month borrows the later year, one less when the range crosses New Year.
        Expect("december–februari 2025").period("2024-12-01", "2025-02-28", "december–februari 2025").n_notes(0),
        Expect("fr.o.m. mars 2025").period("2025-03-01", "2025-12-31", "fr.o.m. mars 2025").n_notes(1),
        Expect("från och med april 2025").period("2025-04-01", "2025-12-31", "från och med april 2025").n_notes(1),
        Expect("fr.o.m. mars 2025 t.o.m. juni 2025")
            .period("2025-03-01", "2025-06-30", "fr.o.m. mars 2025 t.o.m. juni 2025")
            .n_notes(0),
        Expect("från mars till maj 2025").period("2025-03-01", "2025-05-31", "från mars till maj 2025"),
        Expect("mellan april och juni 2025").period("2025-04-01", "2025-06-30", "mellan april och juni 2025"),
        Expect("2023-2024").period("2023-01-01", "2024-12-31", "2023-2024"),
        Expect("2023–2025").period("2023-01-01", "2025-12-31", "2023–2025"),
        Expect("1 januari–30 juni 2024").period("2024-01-01", "2024-06-30", "1 januari–30 juni 2024"),
        Expect("höst 2023-sommar 2024").period("2023-08-01", "2024-08-31", "höst 2023-sommar 2024").vague().n_notes(1),
        Expect("höst 2023-sommar 2024").calendar().period("2023-09-01", "2024-08-31", "höst 2023-sommar 2024").vague(),
        // Two windows side by side; the slash between them labels neither.
        Expect("Höst 2024/vår 2025")
            .period("2024-08-01", "2024-12-31", "Höst 2024")
            .period("2025-01-01", "2025-06-30", "vår 2025")
            .vague(),
        Expect("vecka 50 2024 – vecka 2 2025").period("2024-12-09", "2025-01-12", "vecka 50 2024 – vecka 2 2025"),
        // Clauses: an extension runs from the end of the main period to the end of its point.
        Expect("April 2021 – juni 2022. Förlängs t.o.m. maj 2023")
            .period("2021-04-01", "2022-06-30", "April 2021 – juni 2022")
            .w("förlängning", "", "2022-07-01", "2023-05-31", "Förlängs t.o.m. maj 2023")
            .n_notes(0),
        // A parenthesised detail is labelled by the words before its dates.
        Expect("Hösten 2024 (inventering september–oktober)")
            .period("2024-08-01", "2024-12-31", "Hösten 2024")
            .w("detalj", "inventering", "2024-09-01", "2024-10-31", "september–oktober")
            .vague()
            .n_notes(2),
        Expect("Fas 1: mars 2025 Fas 2: hösten 2025")
            .w("fas", "Fas 1", "2025-03-01", "2025-03-31", "mars 2025")
            .w("fas", "Fas 2", "2025-08-01", "2025-12-31", "hösten 2025")
            .vague(),
        // A leading "t.o.m." alone says only when it ends: a deadline.
        Expect("t.o.m. maj 2023").by("2023-05-31"),
    };
}

class TimingPoint : public ::testing::TestWithParam<Expect> {};
class TimingRange : public ::testing::TestWithParam<Expect> {};

TEST_P(TimingPoint, IsReadExactly) { expect_reading(parse_timing(GetParam().phrase, GetParam().context()), GetParam()); }
TEST_P(TimingRange, IsReadExactly) { expect_reading(parse_timing(GetParam().phrase, GetParam().context()), GetParam()); }

std::string name(const ::testing::TestParamInfo<Expect>& info)
{
    return miljoplan::testing::row_name(info.index, info.param.phrase) +
           (info.param.seasons == miljoplan::SeasonReading::Calendar ? "_kalender" : "");
}

INSTANTIATE_TEST_SUITE_P(Grammar, TimingPoint, ::testing::ValuesIn(point_rows()), name);
INSTANTIATE_TEST_SUITE_P(Grammar, TimingRange, ::testing::ValuesIn(range_rows()), name);

TEST(TimingPoints, CaseAndDashesDoNotMatter)
{
    const miljoplan::TimingContext context{2024, miljoplan::SeasonReading::Term};
    const auto days = [&](const std::string& phrase) {
        const auto t = parse_timing(phrase, context);
        return t.windows.empty() ? std::string("-") : t.windows.front().range.to_string();
    };
    EXPECT_EQ(days("MARS–MAJ 2024"), days("mars-maj 2024"));
    EXPECT_EQ(days("mars—maj 2024"), days("mars - maj 2024"));
    EXPECT_EQ(days("VECKA 40 2025"), "2025-09-29\xE2\x80\x93" "2025-10-05");
}

TEST(TimingPoints, AYearNoteNamesTheWordsAndTheYear)
{
    const auto t = parse_timing("3 mars", miljoplan::TimingContext{2026, miljoplan::SeasonReading::Term});
    ASSERT_EQ(t.notes.size(), 1u);
    EXPECT_EQ(t.notes[0], "\"3 mars\": året 2026 från sammanhanget");
    ASSERT_EQ(t.dates.size(), 1u);
    EXPECT_EQ(t.dates[0], miljoplan::make_date(2026, 3, 3));
}

TEST(TimingPoints, WinterNoteSaysHowToMeanTheNextWinter)
{
    const auto t = parse_timing("vintern 2024");
    ASSERT_EQ(t.notes.size(), 1u);
    EXPECT_EQ(t.notes[0], "\"vintern 2024\": vintern 2024 läses som december 2023–februari 2024; "
                          "skriv \"vintern 2024/2025\" om nästa vinter avses");
}

}  // namespace
