// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "miljoplan/calendar/schedule.h"
#include "miljoplan/calendar/timing.h"
#include "miljoplan/export.h"
#include "miljoplan/model/plan.h"

namespace miljoplan {

/// @brief Options for building a year wheel.
struct MILJOPLAN_API WheelOptions {
    /// @brief How occurrences are spread.
    ExpandOptions expand;
    /// @brief Words (any case, any position) in an activity's title or implementation that make it a
    /// meeting: occurrences of meetings are counted and loaded onto the responsible actors.
    std::vector<std::string> meeting_words{"möte", "träff", "utbildning", "workshop", "kurs", "seminari",
                                           "konferens", "besök"};
};

/// @brief One activity of a plan read for the calendar.
struct MILJOPLAN_API ScheduledActivity {
    /// @brief The activity's id.
    ActivityId id;
    /// @brief Its title.
    std::string title;
    /// @brief Its category heading.
    std::string category;
    /// @brief The parsed timing phrase (empty when it could not be read; see @ref error).
    Timing timing;
    /// @brief The phrase's meaning in the wheel's year.
    Expansion expansion;
    /// @brief True when the activity counts as a meeting (see WheelOptions::meeting_words).
    bool meeting = false;
    /// @brief The responsible actors' ids.
    std::vector<ActorId> responsible;
    /// @brief Why the phrase could not be read, or empty.
    std::string error;
};

/// @brief A step of the organisation's planning process placed in the wheel's year.
struct MILJOPLAN_API ScheduledMilestone {
    /// @brief The step's id.
    std::string id;
    /// @brief What happens, with the plan year it concerns ("Styrgruppen fastställer verksamhetsplanen 2025").
    std::string title;
    /// @brief The plan year the step concerns.
    int concerns_year = 0;
    /// @brief Who does it.
    std::vector<ActorId> responsible;
    /// @brief The parsed timing.
    Timing timing;
    /// @brief Its dates in the wheel's year.
    Expansion expansion;
    /// @brief Why the timing could not be read, or empty.
    std::string error;
};

/// @brief One occurrence placed in the wheel.
struct MILJOPLAN_API WheelOccurrence {
    /// @brief Index into YearWheel::activities.
    std::size_t activity = 0;
    /// @brief The occurrence.
    Occurrence occurrence;
};

/// @brief One month of the year wheel.
struct MILJOPLAN_API WheelMonth {
    /// @brief Month 1-12.
    int month = 0;
    /// @brief Indices of the activities whose windows cover (part of) the month.
    std::vector<std::size_t> running;
    /// @brief Occurrences in the month, in date order.
    std::vector<WheelOccurrence> occurrences;
    /// @brief Process steps in the month: (index into YearWheel::milestones, occurrence), in date order.
    std::vector<std::pair<std::size_t, Occurrence>> milestones;
    /// @brief How many meeting occurrences fall in the month.
    int meetings = 0;
    /// @brief Meeting occurrences per responsible actor id (the coordinator's load, for example).
    std::map<std::string, int> load;
};

/// @brief The plan's year wheel (årshjul): per month, what runs, what meets, and who carries it.
struct MILJOPLAN_API YearWheel {
    /// @brief The year.
    int year = 0;
    /// @brief The day of the month suggestions start from (ExpandOptions::suggested_day).
    int suggested_day = 15;
    /// @brief Every activity of the plan, in plan order.
    std::vector<ScheduledActivity> activities;
    /// @brief The planning process's steps in this year (from the organisation's profile).
    std::vector<ScheduledMilestone> milestones;
    /// @brief January to December.
    std::array<WheelMonth, 12> months{};

    /// @brief Meeting occurrences in the year.
    int meetings() const;
    /// @brief Meeting occurrences in the year per activity index (zero entries left out).
    std::map<std::size_t, int> meetings_per_activity() const;
};

/// @brief Builds the year wheel of @p plan for @p year (the plan's first year when nullopt). Phrases
/// without a year take the wheel's year; seasons are read as the organisation chooses.
/// @throws InvalidArgument for a year outside 1583-9998.
MILJOPLAN_API YearWheel build_year_wheel(const Plan& plan, std::optional<int> year = std::nullopt,
                                         const WheelOptions& options = {});

/// @brief The timing context of @p plan for @p year: the year and the organisation's season reading.
MILJOPLAN_API TimingContext timing_context(const Plan& plan, std::optional<int> year = std::nullopt);

}  // namespace miljoplan
