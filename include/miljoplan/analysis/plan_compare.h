// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "miljoplan/analysis/budget_compare.h"
#include "miljoplan/export.h"
#include "miljoplan/model/plan.h"

namespace miljoplan {

/// @brief How an activity differs between two plans (two versions, or two years of a rolling plan).
enum class ActivityChange {
    Continued,  ///< in both, unchanged ("fortsätter")
    Changed,    ///< in both, in the same year, with some field changed
    Moved,      ///< in both, in another plan year
    Added,      ///< only in the second plan
    Removed,    ///< only in the first plan
};

/// @brief "fortsätter", "ändrad", "flyttad", "ny" or "borttagen".
MILJOPLAN_API std::string to_string(ActivityChange change);

/// @brief One activity compared across two plans.
struct MILJOPLAN_API ActivityComparison {
    /// @brief The activity's id (the second plan's, when both have it).
    ActivityId id;
    /// @brief Its title (the second plan's, when both have it).
    std::string title;
    /// @brief How it changed.
    ActivityChange change = ActivityChange::Continued;
    /// @brief Its year in the first plan, if there.
    std::optional<int> first_year;
    /// @brief Its year in the second plan, if there.
    std::optional<int> second_year;
    /// @brief The fields that differ ("title", "timing", "responsible", ...).
    std::vector<std::string> changed_fields;
};

/// @brief Two plans compared: years, activities, proposals and budgets.
struct MILJOPLAN_API PlanComparison {
    /// @brief Years only the second plan covers.
    std::vector<int> years_added;
    /// @brief Years only the first plan covers.
    std::vector<int> years_removed;
    /// @brief Years in both whose status changed: (year, status in first, status in second).
    std::vector<std::tuple<int, YearStatus, YearStatus>> status_changes;
    /// @brief Every activity of either plan: the first plan's order, then the added ones.
    std::vector<ActivityComparison> activities;
    /// @brief Proposals only in the second plan's bank (ids).
    std::vector<std::string> proposals_added;
    /// @brief Proposals only in the first plan's bank (ids); a proposal planned as an activity shows here.
    std::vector<std::string> proposals_removed;
    /// @brief The budgets compared line by line, when both plans have one.
    std::optional<BudgetComparison> budget;

    /// @brief Number of activities with @p change.
    std::size_t count(ActivityChange change) const;
};

/// @brief Compares two plans. Activities are matched by id, else by title (case and spacing ignored).
MILJOPLAN_API PlanComparison compare_plans(const Plan& first, const Plan& second);

}  // namespace miljoplan
