// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/model/activity.h"

#include "detail/checks.h"

namespace miljoplan {

Activity::Activity(ActivityId id, std::string title) : id_(std::move(id)), title_(std::move(title))
{
    detail::require_non_empty(id_.value(), "activity id");
    detail::require_non_empty(title_, "activity title");
}

void Activity::set_title(std::string title)
{
    detail::require_non_empty(title, "activity title");
    title_ = std::move(title);
}

bool operator==(const Activity& a, const Activity& b)
{
    return a.id_ == b.id_ && a.title_ == b.title_ && a.category_ == b.category_ && a.year_ == b.year_ &&
           a.goal_ == b.goal_ && a.implementation_ == b.implementation_ &&
           a.timing_text_ == b.timing_text_ && a.responsible_ == b.responsible_ &&
           a.partners_ == b.partners_ && a.effect_goals_ == b.effect_goals_ && a.origin_ == b.origin_ && a.extra_ == b.extra_;
}

}  // namespace miljoplan
