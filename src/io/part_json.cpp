// SPDX-License-Identifier: Apache-2.0
// Single parts of a plan as JSON: the same objects the plan file holds, so a part pickled or passed on
// alone reads back exactly as it would inside a plan.
#include "miljoplan/io/part_json.h"

#include "io/codec.h"

namespace miljoplan {

std::string activity_to_json(const Activity& activity) { return detail::dump_json(detail::write_activity(activity)); }

std::shared_ptr<Activity> activity_from_json(std::string_view text, const std::string& source)
{
    return detail::read_document(text, source, detail::read_activity);
}

std::string proposal_to_json(const Proposal& proposal) { return detail::dump_json(detail::write_proposal(proposal)); }

std::shared_ptr<Proposal> proposal_from_json(std::string_view text, const std::string& source)
{
    return detail::read_document(text, source, detail::read_proposal);
}

std::string budget_to_json(const Budget& budget) { return detail::dump_json(detail::write_budget(budget)); }

std::shared_ptr<Budget> budget_from_json(std::string_view text, const std::string& source)
{
    return detail::read_document(text, source, detail::read_budget);
}

}  // namespace miljoplan
