// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/model/plan.h"
#include "miljoplan/rules/finding.h"
#include "miljoplan/types/language.h"

namespace miljoplan {

/// @brief A readable plain-text overview of a plan: its years, governance, activities by
/// category, proposal bank, the budget with computed and printed totals side by side, and
/// the findings. Swedish by default.
MILJOPLAN_API std::string text_report(const Plan& plan, const std::vector<Finding>& findings,
                                      Language language = Language::Swedish);

}  // namespace miljoplan
