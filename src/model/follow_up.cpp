// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/model/follow_up.h"

#include "detail/enum_names.h"

namespace miljoplan {

namespace {

const detail::EnumName<ActivityStatus> kStatuses[] = {
    {ActivityStatus::Planned, "planerad", "planned"},
    {ActivityStatus::Ongoing, "pågår", "ongoing"},
    {ActivityStatus::Done, "genomförd", "done"},
    {ActivityStatus::Postponed, "uppskjuten", "postponed"},
    {ActivityStatus::Cancelled, "inställd", "cancelled"},
};

}  // namespace

std::string to_string(ActivityStatus status) { return detail::token_of(kStatuses, status); }
std::optional<ActivityStatus> parse_activity_status(std::string_view text) { return detail::parse_enum(kStatuses, text); }

}  // namespace miljoplan
