// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/types/date.h"
#include "miljoplan/types/ids.h"

namespace miljoplan {

/// @brief Where an activity stands at a follow-up point.
enum class ActivityStatus {
    Planned,    ///< planerad
    Ongoing,    ///< pågår
    Done,       ///< genomförd
    Postponed,  ///< uppskjuten
    Cancelled,  ///< inställd
};

/// @brief "planerad", "pågår", "genomförd", "uppskjuten" or "inställd".
MILJOPLAN_API std::string to_string(ActivityStatus status);
/// @brief Reads a status from its Swedish token or English name; nullopt if unknown.
MILJOPLAN_API std::optional<ActivityStatus> parse_activity_status(std::string_view text);

/// @brief One follow-up note on one activity: its status on a day, what was said, the dates it was held.
struct MILJOPLAN_API FollowUpEntry {
    /// @brief The activity followed up.
    ActivityId activity;
    /// @brief The follow-up day (usually the end of a tertial).
    Date date;
    /// @brief The activity's status on that day.
    ActivityStatus status = ActivityStatus::Planned;
    /// @brief What was reported, verbatim.
    std::string note;
    /// @brief Days the activity was held (met, ran) since the previous entry: for cadence compliance.
    std::vector<Date> held;

    /// @brief Member-wise equality.
    friend bool operator==(const FollowUpEntry& a, const FollowUpEntry& b)
    {
        return a.activity == b.activity && a.date == b.date && a.status == b.status && a.note == b.note &&
               a.held == b.held;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const FollowUpEntry& a, const FollowUpEntry& b) { return !(a == b); }
};

}  // namespace miljoplan
