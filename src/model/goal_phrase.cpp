// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/model/goal_phrase.h"

#include "detail/enum_names.h"

namespace miljoplan {

namespace {

const detail::EnumName<OpenGoals> kOpenGoals[] = {
    {OpenGoals::None, "", "none"},
    {OpenGoals::AndOthers, "m.fl.", "and others"},
    {OpenGoals::Most, "flertalet", "most"},
};

}  // namespace

std::string to_string(OpenGoals marker) { return detail::token_of(kOpenGoals, marker); }
std::optional<OpenGoals> parse_open_goals(std::string_view text)
{
    if (detail::fold(text) == "mfl" || detail::fold(text) == "m fl") return OpenGoals::AndOthers;
    return detail::parse_enum(kOpenGoals, text);
}

}  // namespace miljoplan
