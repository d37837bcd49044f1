// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/model/plan.h"

#include <algorithm>

#include "detail/checks.h"

namespace miljoplan {

Plan::Plan(PlanId id, std::string title, std::shared_ptr<Organisation> organisation)
    : id_(std::move(id)), title_(std::move(title)), organisation_(std::move(organisation))
{
    detail::require_non_empty(id_.value(), "plan id");
    detail::require_non_empty(title_, "plan title");
    if (!organisation_) throw InvalidArgument("a plan needs an organisation");
}

void Plan::set_title(std::string title)
{
    detail::require_non_empty(title, "plan title");
    title_ = std::move(title);
}

void Plan::set_organisation(std::shared_ptr<Organisation> organisation)
{
    if (!organisation) throw InvalidArgument("a plan needs an organisation");
    organisation_ = std::move(organisation);
}

void Plan::set_years(std::vector<PlanYear> years)
{
    for (std::size_t i = 1; i < years.size(); ++i) {
        if (years[i].year != years[i - 1].year + 1)
            throw InvalidArgument("plan years must be consecutive and ascending: " +
                                  std::to_string(years[i - 1].year) + " is followed by " +
                                  std::to_string(years[i].year));
    }
    years_ = std::move(years);
}

std::optional<int> Plan::first_year() const noexcept
{
    if (years_.empty()) return std::nullopt;
    return years_.front().year;
}

std::optional<int> Plan::last_year() const noexcept
{
    if (years_.empty()) return std::nullopt;
    return years_.back().year;
}

std::optional<Date> Plan::adoption_deadline() const
{
    const auto first = first_year();
    if (!first) return std::nullopt;
    const PlanningCycle& cycle = organisation_->cycle();
    const int year = *first - cycle.adoption_years_before;
    const int month = cycle.adoption_deadline_month;
    if (month < 1 || month > 12) return std::nullopt;
    try {
        return make_date(year, month, 1).end_of_month();
    } catch (const InvalidArgument&) {
        return std::nullopt;  // a year outside the calendar's range has no deadline to show
    }
}

void Plan::add_activity(std::shared_ptr<Activity> activity)
{
    if (!activity) throw InvalidArgument("activity must not be null");
    if (!activity_index_.emplace(activity->id(), activity).second)
        throw DuplicateId("the plan's activities", activity->id().value());
    activities_.push_back(std::move(activity));
}

std::shared_ptr<Activity> Plan::add_activity(ActivityId id, std::string title)
{
    auto activity = std::make_shared<Activity>(std::move(id), std::move(title));
    add_activity(activity);
    return activity;
}

std::shared_ptr<Activity> Plan::find_activity(const ActivityId& id) const
{
    const auto it = activity_index_.find(id);
    return it == activity_index_.end() ? nullptr : it->second;
}

bool Plan::remove_activity(const ActivityId& id)
{
    const auto it = std::find_if(activities_.begin(), activities_.end(),
                                 [&](const auto& a) { return a->id() == id; });
    if (it == activities_.end()) return false;
    activity_index_.erase(id);
    activities_.erase(it);
    return true;
}

std::vector<std::shared_ptr<Activity>> Plan::activities_in(const std::string& category) const
{
    std::vector<std::shared_ptr<Activity>> out;
    for (const auto& a : activities_)
        if (a->category() == category) out.push_back(a);
    return out;
}

void Plan::set_profile(std::string profile, std::shared_ptr<const Organisation> pristine, std::string base_dir)
{
    profile_base_dir_ = std::move(base_dir);
    profile_ = std::move(profile);
    pristine_profile_ = std::move(pristine);
}

std::shared_ptr<Activity> Plan::plan_proposal(const ProposalId& proposal_id, ActivityId id, int year,
                                              std::string category)
{
    const auto proposal = proposal_bank_.find_proposal(proposal_id);
    if (!proposal) throw InvalidArgument("no proposal '" + proposal_id.value() + "' in the proposal bank");
    bool plan_year = false;
    for (const auto& y : years_) plan_year = plan_year || y.year == year;
    if (!plan_year) throw InvalidArgument(std::to_string(year) + " is not one of the plan's years");
    if (find_activity(id)) throw DuplicateId("the plan's activities", id.value());
    auto activity = std::make_shared<Activity>(std::move(id), proposal->title());
    activity->set_category(std::move(category));
    activity->set_year(year);
    ActivityOrigin origin;
    origin.proposal = proposal->id();
    origin.title = proposal->title();
    origin.area = proposal->area();
    origin.submitted_year = proposal->submitted_year();
    origin.submitted_by = proposal->submitted_by();
    origin.history = proposal->history();
    origin.history.push_back(ProposalEvent{ProposalStatus::Planned, year - 1, std::nullopt,
                                           "Planerad som aktivitet " + std::to_string(year)});
    origin.assessments = proposal->assessments();
    activity->set_origin(std::move(origin));
    add_activity(activity);
    proposal_bank_.remove_proposal(proposal_id);
    return activity;
}

bool Plan::is_new_proposal(const Proposal& proposal) const noexcept
{
    const auto first = first_year();
    return first && proposal.submitted_year() && *proposal.submitted_year() == *first - 1;
}

void Plan::add_budget_version(std::shared_ptr<Budget> budget)
{
    if (!budget) throw InvalidArgument("budget must not be null");
    for (const auto& b : budget_versions_)
        if (b->year() == budget->year() && b->version() == budget->version() && budget->version() != BudgetVersion::Revised)
            throw InvalidArgument("the plan already has the " + to_string(budget->version()) + " budget of " +
                                  std::to_string(budget->year()));
    budget_versions_.push_back(std::move(budget));
}

std::shared_ptr<Budget> Plan::find_budget(int year, BudgetVersion version) const
{
    std::shared_ptr<Budget> found;
    if (budget_ && budget_->year() == year && budget_->version() == version) found = budget_;
    for (const auto& b : budget_versions_)
        if (b->year() == year && b->version() == version) found = b;  // the last revision wins
    return found;
}

std::shared_ptr<Budget> Plan::budget_in_force(int year) const
{
    if (auto revised = find_budget(year, BudgetVersion::Revised)) return revised;
    return find_budget(year, BudgetVersion::Adopted);
}

std::shared_ptr<Plan> Plan::clone() const
{
    auto copy = std::make_shared<Plan>(id_, title_, organisation_->clone());
    copy->source_ = source_;
    copy->years_ = years_;
    copy->horizon_exception_ = horizon_exception_;
    copy->adoption_ = adoption_;
    copy->revisions_ = revisions_;
    copy->profile_ = profile_;
    copy->pristine_profile_ = pristine_profile_;
    copy->profile_base_dir_ = profile_base_dir_;
    copy->follow_up_ = follow_up_;
    copy->sections_ = sections_;
    copy->categories_ = categories_;
    copy->activities_ = detail::deep_copy(activities_);
    for (const auto& a : copy->activities_) copy->activity_index_.emplace(a->id(), a);
    copy->proposal_bank_ = proposal_bank_.clone();
    if (budget_) copy->budget_ = std::make_shared<Budget>(*budget_);
    copy->budget_versions_ = detail::deep_copy(budget_versions_);
    copy->extra_ = extra_;
    return copy;
}

bool operator==(const Plan& a, const Plan& b)
{
    const bool same_budget = a.budget_ == b.budget_ || (a.budget_ && b.budget_ && *a.budget_ == *b.budget_);
    return a.id_ == b.id_ && a.title_ == b.title_ && *a.organisation_ == *b.organisation_ &&
           a.source_ == b.source_ && a.years_ == b.years_ && a.horizon_exception_ == b.horizon_exception_ &&
           a.adoption_ == b.adoption_ && a.revisions_ == b.revisions_ &&
           a.follow_up_ == b.follow_up_ && a.sections_ == b.sections_ && a.categories_ == b.categories_ &&
           detail::same_pointees(a.activities_, b.activities_) && a.proposal_bank_ == b.proposal_bank_ &&
           same_budget && detail::same_pointees(a.budget_versions_, b.budget_versions_) && a.extra_ == b.extra_;
}

}  // namespace miljoplan
