// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/types/date.h"
#include "miljoplan/types/date_range.h"
#include "miljoplan/types/season_reading.h"

namespace miljoplan {

/// @brief What a window of a timing phrase stands for.
enum class WindowKind {
    Period,     ///< the phrase's main period ("Våren 2024", "2023-2024")
    Phase,      ///< a labelled phase ("Fas 1: Vår 2024")
    Detail,     ///< a parenthesised detail inside the main period ("(tillsynsbesök höst 2023-sommar 2024)")
    Extension,  ///< an extension clause ("Förlängs t.o.m. maj 2023")
    Scope,      ///< the period a cadence or "löpande" applies to ("under 2024")
};

/// @brief "period", "fas", "detalj", "förlängning" or "omfattning".
MILJOPLAN_API std::string to_string(WindowKind kind);

/// @brief A date range a phrase names, with its label and the words it came from.
struct MILJOPLAN_API TimeWindow {
    /// @brief The days, half-open.
    DateRange range;
    /// @brief What kind of window it is.
    WindowKind kind = WindowKind::Period;
    /// @brief A label from the phrase ("Fas 1", "tillsynsbesök"); empty when none.
    std::string label;
    /// @brief The words of the phrase this window was read from.
    std::string text;

    /// @brief Member-wise equality.
    friend bool operator==(const TimeWindow& a, const TimeWindow& b)
    {
        return a.range == b.range && a.kind == b.kind && a.label == b.label && a.text == b.text;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const TimeWindow& a, const TimeWindow& b) { return !(a == b); }
};

/// @brief The period a cadence counts in.
enum class CadencePeriod {
    Week,      ///< vecka
    Month,     ///< månad
    Quarter,   ///< kvartal
    Tertial,   ///< tertial (four months)
    HalfYear,  ///< halvår
    Term,      ///< termin (a school term: January-June or August-December)
    Year,      ///< år
};

/// @brief "week", "month", "quarter", "tertial", "half_year", "term" or "year" (the JSON tokens).
MILJOPLAN_API std::string to_string(CadencePeriod period);

/// @brief How often something happens: a count (or range of counts) per period.
struct MILJOPLAN_API Cadence {
    /// @brief Fewest occurrences per period ("2-3 gånger" gives 2).
    int min = 1;
    /// @brief Most occurrences per period ("2-3 gånger" gives 3).
    int max = 1;
    /// @brief The period counted in.
    CadencePeriod per = CadencePeriod::Year;
    /// @brief Every how many periods ("varannan månad" gives 2).
    int interval = 1;
    /// @brief Months (1-12) excluded ("förutom i juli månad" gives {7}).
    std::vector<int> excluded_months;
    /// @brief The period the cadence is limited to ("under 2024"), if the phrase says.
    std::optional<DateRange> within;
    /// @brief Words naming the occurrences ("en kortare avstämning"); empty when none.
    std::string label;
    /// @brief Words tying the occurrences to something else ("inför styrgruppsmötena"); empty when none.
    std::string anchor;
    /// @brief The words of the phrase this cadence was read from.
    std::string text;

    /// @brief True when the cadence fixes which months it falls in (monthly or weekly, or every n-th month),
    /// so that it can be written as an RRULE.
    bool is_regular() const noexcept;

    /// @brief Member-wise equality.
    friend bool operator==(const Cadence& a, const Cadence& b)
    {
        return a.min == b.min && a.max == b.max && a.per == b.per && a.interval == b.interval &&
               a.excluded_months == b.excluded_months && a.within == b.within && a.label == b.label &&
               a.anchor == b.anchor && a.text == b.text;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const Cadence& a, const Cadence& b) { return !(a == b); }
};

/// @brief A deadline ("senast den 1 april"): the last day something may happen, that day included.
struct MILJOPLAN_API Deadline {
    /// @brief The last allowed day.
    Date date;
    /// @brief The words of the phrase this deadline was read from.
    std::string text;

    /// @brief Member-wise equality.
    friend bool operator==(const Deadline& a, const Deadline& b) { return a.date == b.date && a.text == b.text; }
    /// @brief Member-wise inequality.
    friend bool operator!=(const Deadline& a, const Deadline& b) { return !(a == b); }
};

/// @brief A timing phrase read into its parts, with the phrase itself kept verbatim.
struct MILJOPLAN_API Timing {
    /// @brief The phrase as written.
    std::string text;
    /// @brief Date ranges the phrase names: periods, phases, details, extensions, scopes.
    std::vector<TimeWindow> windows;
    /// @brief Single days the phrase names ("3 mars och 9 november 2015").
    std::vector<Date> dates;
    /// @brief How often ("3 gånger per år"); a phrase may hold several.
    std::vector<Cadence> cadences;
    /// @brief A deadline, if the phrase sets one.
    std::optional<Deadline> deadline;
    /// @brief True for "löpande": goes on through the period without discrete occurrences.
    bool ongoing = false;
    /// @brief Months (1-12) the phrase excludes outside any cadence ("Löpande, utom juli").
    std::vector<int> excluded_months;
    /// @brief True when the reading depends on a convention (the season reading, which winter).
    bool ambiguous = false;
    /// @brief Remarks for people: what was ambiguous, where a year came from.
    std::vector<std::string> notes;
    /// @brief Words the parser did not understand, in order; empty when the phrase was fully read.
    std::string unparsed;

    /// @brief The windows of kind Phase.
    std::vector<TimeWindow> phases() const;
    /// @brief The smallest range that holds every window, date and deadline, or nullopt if none.
    std::optional<DateRange> span() const;

    /// @brief Member-wise equality.
    friend bool operator==(const Timing& a, const Timing& b)
    {
        return a.text == b.text && a.windows == b.windows && a.dates == b.dates && a.cadences == b.cadences &&
               a.deadline == b.deadline && a.ongoing == b.ongoing && a.excluded_months == b.excluded_months &&
               a.ambiguous == b.ambiguous &&
               a.notes == b.notes && a.unparsed == b.unparsed;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const Timing& a, const Timing& b) { return !(a == b); }
};

/// @brief What a phrase is read against: the year it belongs to and the organisation's conventions.
struct MILJOPLAN_API TimingContext {
    /// @brief The year a phrase without a year means (usually the plan year); nullopt if unknown.
    std::optional<int> year;
    /// @brief How "våren" and "hösten" are read.
    SeasonReading seasons = SeasonReading::Term;
};

/// @brief Reads a Swedish timing phrase ("Våren 2024", "1 gång per månad, bortsett från juli månad").
///
/// The grammar and its conventions are in docs/timing.md. Words the parser does not understand end
/// up in Timing::unparsed, never dropped.
/// @throws ParseError naming the phrase and the offending part for impossible input: a day that does
/// not exist ("30 februari 2025"), a week the year does not have ("vecka 53 2025"), a range that ends
/// before it starts, or a date without a year when the context has none. The location's column is the
/// character position of the offending part in the phrase.
MILJOPLAN_API Timing parse_timing(const std::string& text, const TimingContext& context = {});

}  // namespace miljoplan
