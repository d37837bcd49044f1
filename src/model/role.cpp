// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/model/role.h"

#include "detail/checks.h"

namespace miljoplan {

Role::Role(ActorId id, std::string title) : id_(std::move(id)), title_(std::move(title))
{
    detail::require_non_empty(id_.value(), "role id");
    detail::require_non_empty(title_, "role title");
}

void Role::set_title(std::string title)
{
    detail::require_non_empty(title, "role title");
    title_ = std::move(title);
}

bool operator==(const Role& a, const Role& b)
{
    return a.id_ == b.id_ && a.title_ == b.title_ && a.employer_ == b.employer_ &&
           a.description_ == b.description_ && a.extra_ == b.extra_;
}

}  // namespace miljoplan
