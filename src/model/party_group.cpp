// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/model/party_group.h"

#include "detail/checks.h"

namespace miljoplan {

PartyGroup::PartyGroup(ActorId id, std::string name) : id_(std::move(id)), name_(std::move(name))
{
    detail::require_non_empty(id_.value(), "group id");
    detail::require_non_empty(name_, "group name");
}

void PartyGroup::set_name(std::string name)
{
    detail::require_non_empty(name, "group name");
    name_ = std::move(name);
}

bool operator==(const PartyGroup& a, const PartyGroup& b)
{
    return a.id_ == b.id_ && a.name_ == b.name_ && a.members_ == b.members_ &&
           a.description_ == b.description_ && a.extra_ == b.extra_;
}

}  // namespace miljoplan
