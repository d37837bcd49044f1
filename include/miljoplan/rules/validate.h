// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/model/goal_catalog.h"
#include "miljoplan/model/plan.h"
#include "miljoplan/model/rule_settings.h"
#include "miljoplan/rules/finding.h"
#include "miljoplan/types/language.h"

namespace miljoplan {

/// @brief How validate() runs.
struct MILJOPLAN_API ValidationOptions {
    /// @brief The language of the findings' messages.
    Language language = Language::Swedish;
    /// @brief Rule choices applied over the organisation's own (a caller's one-off switches).
    RuleSettings overrides;
    /// @brief Other plans of the same organisation (for example the previous year's, with its outcome),
    /// for the rules that link consecutive years.
    std::vector<std::shared_ptr<const Plan>> related;
};

/// @brief Checks a plan with every rule of rule_catalog() the organisation has not switched off.
///
/// Bad data is not exceptional: every problem becomes a Finding, and this function does not throw for
/// anything a plan file can contain.
/// @param catalog the goals effect-goal references must resolve against.
MILJOPLAN_API std::vector<Finding> validate(const Plan& plan, const GoalCatalog& catalog,
                                            const ValidationOptions& options);

/// @brief validate() with default options in @p language.
MILJOPLAN_API std::vector<Finding> validate(const Plan& plan, const GoalCatalog& catalog,
                                            Language language = Language::Swedish);

}  // namespace miljoplan
