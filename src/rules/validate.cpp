// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/rules/validate.h"

#include "rules/checks.h"

namespace miljoplan {

std::vector<Finding> validate(const Plan& plan, const GoalCatalog& catalog, Language language)
{
    detail::FindingSink sink(language);
    detail::check_budget(plan, sink);
    detail::check_references(plan, catalog, sink);
    detail::check_timing(plan, sink);
    return sink.take();
}

}  // namespace miljoplan
