// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/analysis/plan_compare.h"

#include <algorithm>

#include "detail/text.h"

namespace miljoplan {

namespace {

std::vector<std::string> changed_fields(const Activity& a, const Activity& b)
{
    std::vector<std::string> out;
    if (a.title() != b.title()) out.emplace_back("title");
    if (a.category() != b.category()) out.emplace_back("category");
    if (a.goal() != b.goal()) out.emplace_back("goal");
    if (a.implementation() != b.implementation()) out.emplace_back("implementation");
    if (a.timing_text() != b.timing_text()) out.emplace_back("timing");
    if (a.responsible() != b.responsible()) out.emplace_back("responsible");
    if (a.partners() != b.partners()) out.emplace_back("partners");
    if (a.effect_goals() != b.effect_goals()) out.emplace_back("effect_goals");
    return out;
}

}  // namespace

std::string to_string(ActivityChange change)
{
    switch (change) {
    case ActivityChange::Continued: return "fortsätter";
    case ActivityChange::Changed: return "ändrad";
    case ActivityChange::Moved: return "flyttad";
    case ActivityChange::Added: return "ny";
    case ActivityChange::Removed: return "borttagen";
    }
    return "?";
}

std::size_t PlanComparison::count(ActivityChange change) const
{
    return static_cast<std::size_t>(std::count_if(activities.begin(), activities.end(),
                                                  [&](const ActivityComparison& a) { return a.change == change; }));
}

PlanComparison compare_plans(const Plan& first, const Plan& second)
{
    PlanComparison out;
    for (const auto& y : second.years()) {
        const auto it = std::find_if(first.years().begin(), first.years().end(), [&](const PlanYear& p) { return p.year == y.year; });
        if (it == first.years().end()) out.years_added.push_back(y.year);
        else if (it->status != y.status) out.status_changes.emplace_back(y.year, it->status, y.status);
    }
    for (const auto& y : first.years()) {
        const bool kept = std::any_of(second.years().begin(), second.years().end(), [&](const PlanYear& p) { return p.year == y.year; });
        if (!kept) out.years_removed.push_back(y.year);
    }
    std::vector<bool> matched(second.activities().size(), false);
    auto match = [&](const Activity& a) -> std::optional<std::size_t> {
        for (std::size_t k = 0; k < second.activities().size(); ++k)
            if (!matched[k] && second.activities()[k]->id() == a.id()) return k;
        for (std::size_t k = 0; k < second.activities().size(); ++k)
            if (!matched[k] && detail::fold(second.activities()[k]->title()) == detail::fold(a.title())) return k;
        return std::nullopt;
    };
    for (const auto& a : first.activities()) {
        ActivityComparison row;
        row.id = a->id();
        row.title = a->title();
        row.first_year = a->year();
        if (auto k = match(*a)) {
            matched[*k] = true;
            const Activity& b = *second.activities()[*k];
            row.id = b.id();
            row.title = b.title();
            row.second_year = b.year();
            row.changed_fields = changed_fields(*a, b);
            if (a->year() != b.year()) row.change = ActivityChange::Moved;
            else if (!row.changed_fields.empty()) row.change = ActivityChange::Changed;
            else row.change = ActivityChange::Continued;
        } else {
            row.change = ActivityChange::Removed;
        }
        out.activities.push_back(std::move(row));
    }
    for (std::size_t k = 0; k < second.activities().size(); ++k) {
        if (matched[k]) continue;
        const Activity& b = *second.activities()[k];
        ActivityComparison row;
        row.id = b.id();
        row.title = b.title();
        row.second_year = b.year();
        row.change = ActivityChange::Added;
        out.activities.push_back(std::move(row));
    }
    for (const auto& p : second.proposal_bank().proposals())
        if (!first.proposal_bank().find_proposal(p->id())) out.proposals_added.push_back(p->id().value());
    for (const auto& p : first.proposal_bank().proposals())
        if (!second.proposal_bank().find_proposal(p->id())) out.proposals_removed.push_back(p->id().value());
    if (first.budget() && second.budget()) out.budget = compare_budgets(*first.budget(), *second.budget());
    return out;
}

}  // namespace miljoplan
