// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/model/proposal.h"

#include "detail/checks.h"

namespace miljoplan {

Proposal::Proposal(ProposalId id, std::string title) : id_(std::move(id)), title_(std::move(title))
{
    detail::require_non_empty(id_.value(), "proposal id");
    detail::require_non_empty(title_, "proposal title");
}

void Proposal::set_title(std::string title)
{
    detail::require_non_empty(title, "proposal title");
    title_ = std::move(title);
}

bool operator==(const Proposal& a, const Proposal& b)
{
    return a.id_ == b.id_ && a.title_ == b.title_ && a.area_ == b.area_ &&
           a.submitted_year_ == b.submitted_year_ && a.submitted_by_ == b.submitted_by_ &&
           a.marked_new_ == b.marked_new_ && a.extra_ == b.extra_;
}

}  // namespace miljoplan
