// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/io/embedded.h"

#include "miljoplan/io/json.h"

namespace miljoplan {

namespace detail {
// Defined in files generated at build time from data/ (see cmake/MiljoplanEmbed.cmake).
std::string_view embedded_example_plan() noexcept;
std::string_view embedded_goal_catalog() noexcept;
}  // namespace detail

std::string_view example_plan_json() noexcept { return detail::embedded_example_plan(); }

std::shared_ptr<Plan> example_plan() { return plan_from_json(example_plan_json(), "<embedded example plan>"); }

std::string_view builtin_goal_catalog_json() noexcept { return detail::embedded_goal_catalog(); }

const GoalCatalog& builtin_goal_catalog()
{
    static const GoalCatalog catalog = goal_catalog_from_json(builtin_goal_catalog_json(), "<embedded goal catalog>");
    return catalog;
}

}  // namespace miljoplan
