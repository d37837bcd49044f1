// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>

#include "miljoplan/analysis/year_wheel.h"
#include "miljoplan/calendar/timing.h"
#include "miljoplan/export.h"

namespace miljoplan {

/// @brief A parsed timing phrase as JSON, the contract of `miljoplan timing --json`:
/// `text`, `windows` (`{start, end, label, kind, text}`, ISO dates, end inclusive), `dates`,
/// `cadence` (the first cadence as `{min, max, per, interval, excluded_months, label, anchor}` or null),
/// `cadences` (all of them), `months` (months of @p year with an occurrence of a regular cadence),
/// `deadline` (ISO date or null), `ongoing`, `excluded_months`, `ambiguous`, `notes`, `unparsed`.
MILJOPLAN_API std::string timing_to_json(const Timing& timing, std::optional<int> year = std::nullopt);

/// @brief The year wheel as JSON: per activity its parse and occurrences, per month what runs and meets.
MILJOPLAN_API std::string year_wheel_to_json(const YearWheel& wheel);

/// @brief The year wheel as readable text, month by month (Swedish labels).
MILJOPLAN_API std::string year_wheel_text(const YearWheel& wheel);

}  // namespace miljoplan
