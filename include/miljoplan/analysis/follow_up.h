// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/model/follow_up.h"
#include "miljoplan/model/plan.h"

namespace miljoplan {

/// @brief How an activity's cadence was kept in a year: occurrences held against those planned.
struct MILJOPLAN_API CadenceCompliance {
    /// @brief The fewest occurrences the timing asks for in the year (summed over its cadences).
    int expected_min = 0;
    /// @brief The most occurrences the timing asks for in the year.
    int expected_max = 0;
    /// @brief Distinct days of the year recorded as held, by any entry (a December meeting may be
    /// recorded in January).
    int held = 0;
    /// @brief held >= expected_min.
    bool fulfilled = false;
    /// @brief The timing phrase the expectation comes from.
    std::string timing;
};

/// @brief One activity's follow-up in a year.
struct MILJOPLAN_API ActivityFollowUp {
    /// @brief The activity's id.
    ActivityId id;
    /// @brief Its title.
    std::string title;
    /// @brief Its category heading.
    std::string category;
    /// @brief The latest status recorded on or before the report's day, if any.
    std::optional<ActivityStatus> status;
    /// @brief The day of that status.
    std::optional<Date> status_date;
    /// @brief The latest note recorded on or before the report's day.
    std::string note;
    /// @brief The activity's entries dated in the year, and later ones that record days held in it, in date order.
    std::vector<FollowUpEntry> entries;
    /// @brief Cadence compliance, when the timing has a cadence.
    std::optional<CadenceCompliance> compliance;
};

/// @brief The plan's follow-up for a year as of a day.
struct MILJOPLAN_API FollowUpReport {
    /// @brief The year.
    int year = 0;
    /// @brief The day the report looks from: the one asked for (entries dated after it are ignored), or
    /// the end of the year when none was (then every entry counts, a January one recording December too).
    Date as_of;
    /// @brief The organisation's follow-up points in the year (the last day of each follow-up month).
    std::vector<Date> points;
    /// @brief The activities of the year (those without a year, those of this year, and any other with
    /// an entry this year), in plan order.
    std::vector<ActivityFollowUp> activities;
    /// @brief Activities per latest status (token), "ingen uppgift" for those without any.
    std::map<std::string, int> by_status;
    /// @brief Follow-up entries naming an activity the plan does not have.
    std::vector<FollowUpEntry> unknown;
};

/// @brief The follow-up points of @p year: the last day of each of the organisation's follow-up months
/// (tertials by default: 30 April, 31 August, 31 December).
MILJOPLAN_API std::vector<Date> follow_up_points(const Organisation& organisation, int year);

/// @brief The plan's follow-up for @p year as of @p as_of (the end of the year by default): each
/// activity's latest status and note and, for activities with a cadence ("3 gånger per år"), the days
/// held against the occurrences planned.
MILJOPLAN_API FollowUpReport follow_up_report(const Plan& plan, int year, std::optional<Date> as_of = std::nullopt);

}  // namespace miljoplan
