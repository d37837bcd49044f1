// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "miljoplan/export.h"
#include "miljoplan/types/severity.h"

namespace miljoplan {

/// @brief An organisation's choice for one rule: on or off, its severity, its parameters.
struct MILJOPLAN_API RuleSetting {
    /// @brief False switches the rule off.
    bool enabled = true;
    /// @brief A severity other than the rule's own, if chosen.
    std::optional<Severity> severity;
    /// @brief Parameter values by name (tolerances in kronor, counts, months, percent).
    std::map<std::string, std::int64_t> parameters;

    /// @brief Member-wise equality.
    friend bool operator==(const RuleSetting& a, const RuleSetting& b)
    {
        return a.enabled == b.enabled && a.severity == b.severity && a.parameters == b.parameters;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const RuleSetting& a, const RuleSetting& b) { return !(a == b); }
};

/// @brief Rule settings by rule code ("budget.costs_total"); rules not listed run with their defaults.
using RuleSettings = std::map<std::string, RuleSetting>;

}  // namespace miljoplan
