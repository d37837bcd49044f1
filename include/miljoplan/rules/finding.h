// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "miljoplan/export.h"

namespace miljoplan {

/// @brief How serious a finding is.
enum class Severity {
    Error,    ///< the plan is wrong and should not be published as it is
    Warning,  ///< probably wrong, or inconsistent in a way a reader will notice
    Info,     ///< worth knowing; nothing to fix
};

/// @brief "error", "warning" or "info": the stable token of the JSON output.
MILJOPLAN_API std::string to_string(Severity severity);
/// @brief Reads a severity from its English token or Swedish label ("fel", "varning", "info").
MILJOPLAN_API std::optional<Severity> parse_severity(std::string_view text);
/// @brief The Swedish label ("FEL", "VARNING", "INFO") used by Swedish reports.
MILJOPLAN_API std::string swedish_label(Severity severity);

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
