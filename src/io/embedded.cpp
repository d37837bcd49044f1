// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/io/embedded.h"

#include "miljoplan/io/json.h"

namespace miljoplan {

namespace detail {
// Defined in files generated at build time from data/ (see cmake/MiljoplanEmbed.cmake).
std::string_view embedded_example_plan() noexcept;
std::string_view embedded_goal_catalog() noexcept;
std::string_view embedded_profile_jonkoping() noexcept;
std::string_view embedded_profile_skane() noexcept;
std::string_view embedded_plan_skane_2022() noexcept;
}  // namespace detail

namespace {

struct Embedded {
    const char* id;
    std::string_view (*text)() noexcept;
};

const Embedded kProfiles[] = {
    {"jonkoping", detail::embedded_profile_jonkoping},
    {"skane", detail::embedded_profile_skane},
};

const Embedded kPlans[] = {
    {"jonkoping-2024", detail::embedded_example_plan},
    {"skane-2022", detail::embedded_plan_skane_2022},
};

}  // namespace

std::string_view example_plan_json() noexcept { return detail::embedded_example_plan(); }

std::shared_ptr<Plan> example_plan() { return plan_from_json(example_plan_json(), "<embedded example plan>"); }

std::vector<std::string> builtin_profile_ids()
{
    std::vector<std::string> out;
    for (const auto& p : kProfiles) out.emplace_back(p.id);
    return out;
}

std::string_view builtin_profile_json(const std::string& id) noexcept
{
    for (const auto& p : kProfiles)
        if (id == p.id) return p.text();
    return {};
}

std::shared_ptr<Organisation> builtin_profile(const std::string& id)
{
    const std::string_view text = builtin_profile_json(id);
    if (text.empty()) return nullptr;
    return organisation_from_json(text, "<embedded profile " + id + ">");
}

std::vector<std::string> builtin_plan_ids()
{
    std::vector<std::string> out;
    for (const auto& p : kPlans) out.emplace_back(p.id);
    return out;
}

std::shared_ptr<Plan> builtin_plan(const std::string& id)
{
    for (const auto& p : kPlans)
        if (id == p.id) return plan_from_json(p.text(), "<embedded plan " + id + ">");
    return nullptr;
}

std::string_view builtin_goal_catalog_json() noexcept { return detail::embedded_goal_catalog(); }

const GoalCatalog& builtin_goal_catalog()
{
    static const GoalCatalog catalog = goal_catalog_from_json(builtin_goal_catalog_json(), "<embedded goal catalog>");
    return catalog;
}

}  // namespace miljoplan
