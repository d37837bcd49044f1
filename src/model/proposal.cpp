// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/model/proposal.h"

#include "detail/checks.h"
#include "detail/enum_names.h"

namespace miljoplan {

namespace {

const detail::EnumName<ProposalStatus> kStatuses[] = {
    {ProposalStatus::Received, "inkommen", "received"},
    {ProposalStatus::Assessed, "bedömd", "assessed"},
    {ProposalStatus::Consulted, "remitterad", "consulted"},
    {ProposalStatus::Planned, "planerad", "planned"},
    {ProposalStatus::Kept, "kvar", "kept"},
    {ProposalStatus::Rejected, "avslagen", "rejected"},
};

}  // namespace

std::string to_string(ProposalStatus status) { return detail::token_of(kStatuses, status); }
std::optional<ProposalStatus> parse_proposal_status(std::string_view text) { return detail::parse_enum(kStatuses, text); }

ProposalStatus Proposal::status() const noexcept
{
    return history_.empty() ? ProposalStatus::Kept : history_.back().status;
}

std::optional<int> Proposal::age(int year) const noexcept
{
    if (!submitted_year_) return std::nullopt;
    return year - *submitted_year_;
}

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
           a.marked_new_ == b.marked_new_ && a.history_ == b.history_ && a.assessments_ == b.assessments_ &&
           a.extra_ == b.extra_;
}

}  // namespace miljoplan
