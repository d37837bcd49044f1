// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "miljoplan/export.h"
#include "miljoplan/model/activity.h"
#include "miljoplan/model/budget.h"
#include "miljoplan/model/proposal.h"

namespace miljoplan {

/// @brief One activity as the JSON object a plan's `activities` array holds ("Activity.1"), unknown fields kept.
MILJOPLAN_API std::string activity_to_json(const Activity& activity);
/// @brief Reads one activity written by activity_to_json(). @throws ParseError / SchemaError naming
/// @p source and the JSON path.
MILJOPLAN_API std::shared_ptr<Activity> activity_from_json(std::string_view text,
                                                           const std::string& source = "<string>");

/// @brief One proposal as the JSON object a proposal bank holds ("Proposal.1"), unknown fields kept.
MILJOPLAN_API std::string proposal_to_json(const Proposal& proposal);
/// @brief Reads one proposal written by proposal_to_json(). @throws ParseError / SchemaError.
MILJOPLAN_API std::shared_ptr<Proposal> proposal_from_json(std::string_view text,
                                                           const std::string& source = "<string>");

/// @brief One budget as the JSON object a plan's `budget` holds ("Budget.1"), printed totals and unknown
/// fields kept.
MILJOPLAN_API std::string budget_to_json(const Budget& budget);
/// @brief Reads one budget written by budget_to_json(). @throws ParseError / SchemaError.
MILJOPLAN_API std::shared_ptr<Budget> budget_from_json(std::string_view text, const std::string& source = "<string>");

}  // namespace miljoplan
