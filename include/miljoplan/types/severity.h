// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>

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

}  // namespace miljoplan
