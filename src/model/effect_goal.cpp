// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/model/effect_goal.h"

#include "detail/enum_names.h"

namespace miljoplan {

namespace {

const detail::EnumName<GoalKind> kGoalKinds[] = {
    {GoalKind::Generational, "generationsmål", "generational"},
    {GoalKind::EnvironmentalQuality, "miljökvalitetsmål", "environmental quality"},
    {GoalKind::SustainableDevelopment, "globalt mål", "sustainable development"},
};

}  // namespace

std::string to_string(GoalKind kind) { return detail::token_of(kGoalKinds, kind); }
std::optional<GoalKind> parse_goal_kind(std::string_view text) { return detail::parse_enum(kGoalKinds, text); }

}  // namespace miljoplan
