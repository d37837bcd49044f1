// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/types/severity.h"

namespace miljoplan {

/// @brief One result of checking a plan: what is wrong, where, with the figures that show it.
struct MILJOPLAN_API Finding {
    /// @brief Stable code of the rule ("budget.costs_total").
    std::string code;
    /// @brief How serious it is.
    Severity severity = Severity::Error;
    /// @brief What is wrong, with the figures (printed, computed, difference).
    std::string message;
    /// @brief JSONPath of what the finding concerns ("$.budget.printed_totals.costs").
    std::string path;

    /// @brief Member-wise equality.
    friend bool operator==(const Finding& a, const Finding& b)
    {
        return a.code == b.code && a.severity == b.severity && a.message == b.message && a.path == b.path;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const Finding& a, const Finding& b) { return !(a == b); }
};

/// @brief Number of findings of @p severity.
MILJOPLAN_API std::size_t count(const std::vector<Finding>& findings, Severity severity);

}  // namespace miljoplan
