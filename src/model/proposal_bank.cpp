// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/model/proposal_bank.h"

#include <algorithm>

#include "detail/checks.h"

namespace miljoplan {

void ProposalBank::set_years(std::optional<int> first, std::optional<int> last)
{
    if (first && last && *last < *first)
        throw InvalidArgument("proposal bank years end (" + std::to_string(*last) + ") before they start (" +
                              std::to_string(*first) + ")");
    first_year_ = first;
    last_year_ = last;
}

void ProposalBank::add_proposal(std::shared_ptr<Proposal> proposal)
{
    if (!proposal) throw InvalidArgument("proposal must not be null");
    if (find_proposal(proposal->id())) throw DuplicateId("the proposal bank", proposal->id().value());
    proposals_.push_back(std::move(proposal));
}

std::shared_ptr<Proposal> ProposalBank::find_proposal(const ProposalId& id) const
{
    for (const auto& p : proposals_)
        if (p->id() == id) return p;
    return nullptr;
}

bool ProposalBank::remove_proposal(const ProposalId& id)
{
    const auto it = std::find_if(proposals_.begin(), proposals_.end(),
                                 [&](const auto& p) { return p->id() == id; });
    if (it == proposals_.end()) return false;
    proposals_.erase(it);
    return true;
}

ProposalBank ProposalBank::clone() const
{
    ProposalBank copy(*this);
    copy.proposals_ = detail::deep_copy(proposals_);
    return copy;
}

bool operator==(const ProposalBank& a, const ProposalBank& b)
{
    return a.heading_ == b.heading_ && a.title_ == b.title_ && a.first_year_ == b.first_year_ && a.last_year_ == b.last_year_ &&
           a.areas_ == b.areas_ && a.notes_ == b.notes_ && detail::same_pointees(a.proposals_, b.proposals_) &&
           a.extra_ == b.extra_;
}

}  // namespace miljoplan
