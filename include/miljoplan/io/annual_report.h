// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

#include "miljoplan/analysis/follow_up.h"
#include "miljoplan/export.h"
#include "miljoplan/model/plan.h"
#include "miljoplan/types/language.h"

namespace miljoplan {

/// @brief The follow-up as readable text: per category, each activity's status, note and cadence kept.
MILJOPLAN_API std::string follow_up_text(const FollowUpReport& report, Language language = Language::Swedish);

/// @brief The annual report (verksamhetsberättelse) of @p year as Markdown, generated from the plan,
/// its follow-up and the budget outcome: what was done per category, how the cadences were kept, and
/// the outcome (bokslut) against the budget in force, line by line. Sections without data say so.
MILJOPLAN_API std::string annual_report(const Plan& plan, int year, Language language = Language::Swedish);

}  // namespace miljoplan
