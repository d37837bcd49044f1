// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <vector>

#include "miljoplan/calendar/timing.h"
#include "miljoplan/export.h"
#include "miljoplan/types/date.h"
#include "miljoplan/types/date_range.h"

namespace miljoplan {

/// @brief How sure an occurrence's date is.
enum class OccurrenceKind {
    Dated,      ///< the phrase names the day ("3 mars 2025")
    Monthly,    ///< a regular cadence fixes the month; the day is a suggestion ("1 gång per månad")
    Suggested,  ///< a count without dates ("3 gånger per år"): month and day are a suggested spread
    Deadline,   ///< the last day of a deadline ("senast den 1 april")
};

/// @brief "datum", "månad", "förslag" or "senast".
MILJOPLAN_API std::string to_string(OccurrenceKind kind);

/// @brief One dated (or suggested) occurrence of an activity.
struct MILJOPLAN_API Occurrence {
    /// @brief The day: exact for Dated and Deadline, a suggested working day otherwise.
    Date date;
    /// @brief How sure the date is.
    OccurrenceKind kind = OccurrenceKind::Dated;
    /// @brief What occurs ("en kortare avstämning"), from the phrase; empty when the phrase names nothing.
    std::string label;
    /// @brief Index of the cadence in Timing::cadences it comes from, or -1.
    int cadence = -1;

    /// @brief Member-wise equality.
    friend bool operator==(const Occurrence& a, const Occurrence& b)
    {
        return a.date == b.date && a.kind == b.kind && a.label == b.label && a.cadence == b.cadence;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const Occurrence& a, const Occurrence& b) { return !(a == b); }
};

/// @brief Options for spreading occurrences over a year.
struct MILJOPLAN_API ExpandOptions {
    /// @brief Months (1-12) suggestions avoid unless the phrase leaves no other; July by default.
    std::vector<int> avoid_months{7};
    /// @brief Day of the month (1-22) a suggestion starts looking for a working day from.
    int suggested_day = 15;
    /// @brief Give a count range ("2-3 gånger") its maximum (true) or its minimum (false) of suggestions.
    bool plan_for_max = true;
    /// @brief Suggest one occurrence for a phrase that names only a window (a one-off event "Våren 2024").
    bool one_in_window = true;
};

/// @brief What a timing phrase means within one year: its windows clipped to the year and its occurrences.
struct MILJOPLAN_API Expansion {
    /// @brief The year expanded.
    int year = 0;
    /// @brief The phrase's windows that overlap the year, clipped to it.
    std::vector<TimeWindow> windows;
    /// @brief Occurrences in the year, in date order.
    std::vector<Occurrence> occurrences;
    /// @brief True when the occurrences come from a count the phrase gives without dates.
    bool has_suggestions = false;
};

/// @brief Expands a parsed phrase over @p year.
///
/// Regular cadences ("1 gång per månad, förutom i juli") give one occurrence in every month they allow,
/// stepping by the cadence's interval; counts without dates ("3 gånger per år") are spread evenly over
/// the months allowed (not excluded, not avoided, inside the cadence's scope and the phrase's windows),
/// each on the first working day on or after ExpandOptions::suggested_day. Suggested and monthly
/// dates are never on a weekend, public holiday or de facto day off.
/// @throws InvalidArgument for a suggested day outside 1-22, a month outside 1-12 in avoid_months, or a
/// year outside 1583-9998.
MILJOPLAN_API Expansion expand(const Timing& timing, int year, const ExpandOptions& options = {});

/// @brief The months (1-12) of @p year in which a regular cadence has an occurrence, or empty when the
/// cadence fixes no months (a count per year without dates).
MILJOPLAN_API std::vector<int> cadence_months(const Cadence& cadence, int year);

/// @brief The first working day on or after @p day. @throws InvalidArgument past the calendar's end.
MILJOPLAN_API Date next_working_day(Date day);

}  // namespace miljoplan
