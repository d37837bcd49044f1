// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/model/goal_catalog.h"
#include "miljoplan/model/plan.h"
#include "miljoplan/rules/finding.h"
#include "miljoplan/types/language.h"

namespace miljoplan {

/// @brief Checks a plan: budget totals against their lines, references that must resolve, and timing
/// phrases that must be readable (a named day should be a working day in a month the phrase allows).
///
/// Bad data is not exceptional: every problem becomes a Finding, and this function does not
/// throw for anything a plan file can contain.
/// @param catalog the goals effect-goal references must resolve against.
/// @param language the language of the findings' messages.
MILJOPLAN_API std::vector<Finding> validate(const Plan& plan, const GoalCatalog& catalog,
                                            Language language = Language::Swedish);

}  // namespace miljoplan
