// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/types/ids.h"

namespace miljoplan {

/// @brief How firm one year of a multi-year plan is.
enum class YearStatus {
    Adopted,       ///< fastställd: the first year, decided
    Preliminary,   ///< preliminär: the second year, may change
    ProposalBank,  ///< förslagsbank: the third year, proposals not yet planned
};

/// @brief The Swedish file-format token of a year status ("fastställd", ...).
MILJOPLAN_API std::string to_string(YearStatus status);
/// @brief Reads a year status from its Swedish token or English name; nullopt if unknown.
MILJOPLAN_API std::optional<YearStatus> parse_year_status(std::string_view text);

/// @brief The organisation's rules for its planning cycle: horizon, year statuses, adoption.
struct MILJOPLAN_API PlanningCycle {
    /// @brief Years a plan normally covers (three for Jönköping).
    int horizon_years = 3;
    /// @brief The status of each year of a normal plan, first year first.
    std::vector<YearStatus> year_statuses{YearStatus::Adopted, YearStatus::Preliminary,
                                          YearStatus::ProposalBank};
    /// @brief The body that adopts the plan.
    std::optional<ActorId> adopted_by;
    /// @brief Month (1-12) by the end of which the plan must be adopted.
    int adoption_deadline_month = 6;
    /// @brief How many years before the plan's first year the deadline falls.
    int adoption_years_before = 1;
    /// @brief The source's description of the cycle, verbatim.
    std::string text;

    /// @brief Member-wise equality.
    friend bool operator==(const PlanningCycle& a, const PlanningCycle& b)
    {
        return a.horizon_years == b.horizon_years && a.year_statuses == b.year_statuses &&
               a.adopted_by == b.adopted_by && a.adoption_deadline_month == b.adoption_deadline_month &&
               a.adoption_years_before == b.adoption_years_before && a.text == b.text;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const PlanningCycle& a, const PlanningCycle& b) { return !(a == b); }
};

}  // namespace miljoplan
