// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/types/severity.h"

namespace miljoplan {

/// @brief A parameter a rule reads from the organisation's profile.
struct MILJOPLAN_API RuleParameter {
    /// @brief Name in the profile ("tolerance_kronor").
    std::string name;
    /// @brief Value used when the profile sets none.
    std::int64_t default_value = 0;
    /// @brief What it means, with its unit.
    std::string description;
};

/// @brief What a rule is: its stable code, default severity, purpose and parameters.
struct MILJOPLAN_API RuleInfo {
    /// @brief Stable code ("budget.costs_total"); never changes meaning between versions.
    std::string code;
    /// @brief What the rule looks at: "budget", "funding", "plan", "references", "timing", "calendar", "profile".
    std::string area;
    /// @brief Severity unless the profile chooses another.
    Severity severity = Severity::Error;
    /// @brief One line: what the rule checks (Swedish).
    std::string purpose_sv;
    /// @brief One line: what the rule checks (English).
    std::string purpose_en;
    /// @brief Parameters the profile may set.
    std::vector<RuleParameter> parameters;
};

/// @brief Every rule validate() runs, in the order it runs them. docs/rules.md describes each.
MILJOPLAN_API const std::vector<RuleInfo>& rule_catalog();

/// @brief The rule with @p code, or nullptr.
MILJOPLAN_API const RuleInfo* find_rule(const std::string& code);

}  // namespace miljoplan
