// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/model/goal_catalog.h"
#include "miljoplan/model/plan.h"

namespace miljoplan {

/// @brief The reference plan, Miljösamverkan Jönköpings län 2024, embedded at build time.
/// Each call returns a fresh plan that the caller may change.
MILJOPLAN_API std::shared_ptr<Plan> example_plan();

/// @brief The canonical JSON text of the embedded reference plan, byte-exact.
MILJOPLAN_API std::string_view example_plan_json() noexcept;

/// @brief Ids of the organisation profiles built into the library ("jonkoping", "skane").
MILJOPLAN_API std::vector<std::string> builtin_profile_ids();

/// @brief A fresh copy of a built-in organisation profile, or nullptr for an unknown id.
MILJOPLAN_API std::shared_ptr<Organisation> builtin_profile(const std::string& id);

/// @brief The canonical JSON text of a built-in profile, or empty for an unknown id.
MILJOPLAN_API std::string_view builtin_profile_json(const std::string& id) noexcept;

/// @brief The built-in example plans by id ("jonkoping-2024", "skane-2022").
MILJOPLAN_API std::vector<std::string> builtin_plan_ids();

/// @brief A fresh copy of a built-in example plan, or nullptr for an unknown id.
MILJOPLAN_API std::shared_ptr<Plan> builtin_plan(const std::string& id);

/// @brief The built-in effect-goal catalog: generationsmålet, 16 miljökvalitetsmål, 17 globala mål.
MILJOPLAN_API const GoalCatalog& builtin_goal_catalog();

/// @brief The canonical JSON text of the built-in goal catalog.
MILJOPLAN_API std::string_view builtin_goal_catalog_json() noexcept;

}  // namespace miljoplan
