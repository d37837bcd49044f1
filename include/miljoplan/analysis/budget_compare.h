// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/model/budget.h"

namespace miljoplan {

/// @brief How a budget line differs between two versions.
enum class LineChange {
    Same,     ///< same amount
    Changed,  ///< both have the line, with different amounts
    Added,    ///< only the second has it
    Removed,  ///< only the first has it
};

/// @brief "oförändrad", "ändrad", "ny" or "borttagen".
MILJOPLAN_API std::string to_string(LineChange change);

/// @brief One line compared across two budgets.
struct MILJOPLAN_API BudgetLineComparison {
    /// @brief "income" or "costs".
    std::string section;
    /// @brief The line's id (empty when matched by label).
    std::string id;
    /// @brief The label (the second budget's, when both have the line).
    std::string label;
    /// @brief The amount in the first budget, if it has the line.
    std::optional<Money> first;
    /// @brief The amount in the second budget, if it has the line.
    std::optional<Money> second;
    /// @brief second - first, a missing line counting as zero.
    Money difference;
    /// @brief How the line changed.
    LineChange change = LineChange::Same;
};

/// @brief Two budgets compared line by line, with their totals.
struct MILJOPLAN_API BudgetComparison {
    /// @brief Income lines, then cost lines, in the first budget's order, added lines after.
    std::vector<BudgetLineComparison> lines;
    /// @brief Sum of income of the first and the second budget.
    Money income_first, income_second;
    /// @brief Sum of costs of the first and the second budget.
    Money costs_first, costs_second;
    /// @brief Result (income - costs) of the first and the second budget.
    Money result_first, result_second;
};

/// @brief Compares two budgets (for example adopted against revised, or budget against outcome).
/// Lines are matched by id when both have one, otherwise by label (case and spacing ignored).
/// @throws InvalidArgument if a sum overflows.
MILJOPLAN_API BudgetComparison compare_budgets(const Budget& first, const Budget& second);

}  // namespace miljoplan
