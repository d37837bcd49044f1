// SPDX-License-Identifier: Apache-2.0
// Table support for the timing-parser tests: an expected reading of one phrase, built fluently, and a
// comparison that renders every part as a short string so a failing row shows exactly what differs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "miljoplan/calendar/timing.h"

namespace miljoplan::testing {

/// "kind|label|first..last|«text»": one window with its inclusive last day, as people read it.
inline std::string show(const TimeWindow& w)
{
    return to_string(w.kind) + "|" + w.label + "|" + to_iso_string(w.range.first) + ".." +
           to_iso_string(w.range.last()) + "|\xC2\xAB" + w.text + "\xC2\xBB";
}

/// "min-max/per every N except [..] within first..last label 'x' anchor 'y'".
inline std::string show(const Cadence& c)
{
    std::string out = std::to_string(c.min) + "-" + std::to_string(c.max) + "/" + to_string(c.per) + " every " +
                      std::to_string(c.interval) + " except [";
    for (std::size_t i = 0; i < c.excluded_months.size(); ++i)
        out += (i ? "," : "") + std::to_string(c.excluded_months[i]);
    out += "] within ";
    out += c.within ? to_iso_string(c.within->first) + ".." + to_iso_string(c.within->last()) : std::string("-");
    return out + " label '" + c.label + "' anchor '" + c.anchor + "'";
}

/// What a phrase must be read as. Unset parts must be empty (false, nullopt): every row checks all parts.
struct Expect {
    std::string phrase;
    std::optional<int> year = 2024;
    SeasonReading seasons = SeasonReading::Term;
    std::vector<std::string> windows;
    std::vector<std::string> dates;
    std::vector<std::string> cadences;
    std::string deadline;  // ISO date or ""
    bool ongoing = false;
    bool ambiguous = false;
    std::vector<int> excluded;
    std::string unparsed;
    int notes = -1;  // number of notes; -1 leaves them unchecked

    explicit Expect(std::string p) : phrase(std::move(p)) {}
    Expect& in(std::optional<int> y) { year = y; return *this; }
    Expect& calendar() { seasons = SeasonReading::Calendar; return *this; }
    Expect& w(const std::string& kind, const std::string& label, const std::string& first, const std::string& last,
              const std::string& text)
    {
        windows.push_back(kind + "|" + label + "|" + first + ".." + last + "|\xC2\xAB" + text + "\xC2\xBB");
        return *this;
    }
    // A main period without label: the most common window.
    Expect& period(const std::string& first, const std::string& last, const std::string& text)
    {
        return w("period", "", first, last, text);
    }
    Expect& date(const std::string& d) { dates.push_back(d); return *this; }
    Expect& c(int min, int max, const std::string& per, int interval = 1, std::vector<int> except = {},
              const std::string& within = "-", const std::string& label = "", const std::string& anchor = "")
    {
        std::string out = std::to_string(min) + "-" + std::to_string(max) + "/" + per + " every " +
                          std::to_string(interval) + " except [";
        for (std::size_t i = 0; i < except.size(); ++i) out += (i ? "," : "") + std::to_string(except[i]);
        cadences.push_back(out + "] within " + within + " label '" + label + "' anchor '" + anchor + "'");
        return *this;
    }
    Expect& by(const std::string& d) { deadline = d; return *this; }
    Expect& running() { ongoing = true; return *this; }
    Expect& vague() { ambiguous = true; return *this; }
    Expect& except(std::vector<int> months) { excluded = std::move(months); return *this; }
    Expect& rest(const std::string& words) { unparsed = words; return *this; }
    Expect& n_notes(int n) { notes = n; return *this; }

    TimingContext context() const { return TimingContext{year, seasons}; }
};

/// gtest prints the phrase (and reading) for a failing parameterised row.
inline void PrintTo(const Expect& e, std::ostream* os)
{
    *os << '"' << e.phrase << '"' << (e.seasons == SeasonReading::Calendar ? " [kalender]" : "")
        << (e.year ? " year " + std::to_string(*e.year) : std::string(" no year"));
}

/// Checks every part of @p t against @p e.
inline void expect_reading(const Timing& t, const Expect& e)
{
    EXPECT_EQ(t.text, e.phrase);
    std::vector<std::string> windows, dates, cadences;
    for (const auto& w : t.windows) windows.push_back(show(w));
    for (const auto& d : t.dates) dates.push_back(to_iso_string(d));
    for (const auto& c : t.cadences) cadences.push_back(show(c));
    EXPECT_EQ(windows, e.windows);
    EXPECT_EQ(dates, e.dates);
    EXPECT_EQ(cadences, e.cadences);
    EXPECT_EQ(t.deadline ? to_iso_string(t.deadline->date) : std::string(), e.deadline);
    EXPECT_EQ(t.ongoing, e.ongoing);
    EXPECT_EQ(t.ambiguous, e.ambiguous);
    EXPECT_EQ(t.excluded_months, e.excluded);
    EXPECT_EQ(t.unparsed, e.unparsed);
    if (e.notes >= 0) {
        EXPECT_EQ(t.notes.size(), static_cast<std::size_t>(e.notes)) << ::testing::PrintToString(t.notes);
    }
    // Every part keeps the words it came from: they are words of the phrase itself.
    for (const auto& w : t.windows) EXPECT_NE(t.text.find(w.text), std::string::npos) << w.text;
    for (const auto& c : t.cadences) EXPECT_NE(t.text.find(c.text), std::string::npos) << c.text;
    if (t.deadline) {
        EXPECT_NE(t.text.find(t.deadline->text), std::string::npos) << t.deadline->text;
    }
}

/// A name gtest accepts for a parameterised row: the row number and the phrase's ASCII letters and digits.
inline std::string row_name(std::size_t index, const std::string& phrase)
{
    std::string out = "r" + std::to_string(index) + "_";
    for (char c : phrase)
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) out += c;
    return out;
}

}  // namespace miljoplan::testing
