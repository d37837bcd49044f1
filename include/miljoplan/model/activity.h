// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/model/actor_phrase.h"
#include "miljoplan/model/goal_phrase.h"
#include "miljoplan/model/proposal.h"
#include "miljoplan/types/extra_fields.h"
#include "miljoplan/types/ids.h"

namespace miljoplan {

/// @brief The proposal an activity grew out of, with the proposal's history kept.
struct MILJOPLAN_API ActivityOrigin {
    /// @brief The proposal's id.
    ProposalId proposal;
    /// @brief Its title as proposed.
    std::string title;
    /// @brief The area it stood under in the proposal bank.
    std::string area;
    /// @brief The year it came in.
    std::optional<int> submitted_year;
    /// @brief The party that proposed it.
    std::optional<ActorId> submitted_by;
    /// @brief Its history up to and including being planned.
    std::vector<ProposalEvent> history;
    /// @brief Its scores.
    std::vector<Assessment> assessments;

    /// @brief Member-wise equality.
    friend bool operator==(const ActivityOrigin& a, const ActivityOrigin& b)
    {
        return a.proposal == b.proposal && a.title == b.title && a.area == b.area &&
               a.submitted_year == b.submitted_year && a.submitted_by == b.submitted_by && a.history == b.history &&
               a.assessments == b.assessments;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const ActivityOrigin& a, const ActivityOrigin& b) { return !(a == b); }
};

/// @brief One row of the plan's activity table (aktivitet), with every column of the source.
class MILJOPLAN_API Activity {
public:
    /// @brief Schema name in the file format.
    static constexpr const char* schema_name = "Activity";
    /// @brief Current schema version.
    static constexpr int schema_version = 1;

    /// @brief Creates an activity. @throws InvalidArgument if @p id or @p title is empty.
    Activity(ActivityId id, std::string title);

    /// @brief Stable id, unique within the plan.
    const ActivityId& id() const noexcept { return id_; }
    /// @brief AKTIVITET: the activity's name as written.
    const std::string& title() const noexcept { return title_; }
    /// @brief Sets the title. @throws InvalidArgument if empty.
    void set_title(std::string title);
    /// @brief The category heading the activity stands under ("Tillsynsprojekt").
    const std::string& category() const noexcept { return category_; }
    /// @brief Sets the category heading.
    void set_category(std::string category) { category_ = std::move(category); }
    /// @brief The plan year the activity belongs to, if the plan says.
    const std::optional<int>& year() const noexcept { return year_; }
    /// @brief Sets the plan year.
    void set_year(std::optional<int> year) { year_ = year; }
    /// @brief AKTIVITETSMÅL: what the activity should achieve, verbatim.
    const std::string& goal() const noexcept { return goal_; }
    /// @brief Sets the activity goal.
    void set_goal(std::string text) { goal_ = std::move(text); }
    /// @brief GENOMFÖRANDE (vad som ska göras): what is to be done, verbatim.
    const std::string& implementation() const noexcept { return implementation_; }
    /// @brief Sets the implementation text.
    void set_implementation(std::string text) { implementation_ = std::move(text); }
    /// @brief TID FÖR GENOMFÖRANDE: the timing phrase, verbatim ("Våren 2024").
    const std::string& timing_text() const noexcept { return timing_text_; }
    /// @brief Sets the timing phrase.
    void set_timing_text(std::string text) { timing_text_ = std::move(text); }
    /// @brief ANSVAR: who is responsible, as written and as references.
    const ActorPhrase& responsible() const noexcept { return responsible_; }
    /// @brief Sets the responsible cell.
    void set_responsible(ActorPhrase phrase) { responsible_ = std::move(phrase); }
    /// @brief SAMVERKANSPARTER: the partners, as written and as references.
    const ActorPhrase& partners() const noexcept { return partners_; }
    /// @brief Sets the partners cell.
    void set_partners(ActorPhrase phrase) { partners_ = std::move(phrase); }
    /// @brief EFFEKTMÅL: the goals served, as written and as references.
    const GoalPhrase& effect_goals() const noexcept { return effect_goals_; }
    /// @brief Sets the effect-goal cell.
    void set_effect_goals(GoalPhrase phrase) { effect_goals_ = std::move(phrase); }
    /// @brief The proposal the activity grew out of, if it did.
    const std::optional<ActivityOrigin>& origin() const noexcept { return origin_; }
    /// @brief Sets the origin.
    void set_origin(std::optional<ActivityOrigin> origin) { origin_ = std::move(origin); }
    /// @brief Unknown fields kept from the file.
    const ExtraFields& extra_fields() const noexcept { return extra_; }
    /// @brief Mutable unknown fields.
    ExtraFields& extra_fields() noexcept { return extra_; }

    /// @brief Member-wise equality.
    friend MILJOPLAN_API bool operator==(const Activity& a, const Activity& b);
    /// @brief Member-wise inequality.
    friend bool operator!=(const Activity& a, const Activity& b) { return !(a == b); }

private:
    ActivityId id_;
    std::string title_;
    std::string category_;
    std::optional<int> year_;
    std::string goal_;
    std::string implementation_;
    std::string timing_text_;
    ActorPhrase responsible_;
    ActorPhrase partners_;
    GoalPhrase effect_goals_;
    std::optional<ActivityOrigin> origin_;
    ExtraFields extra_;
};

}  // namespace miljoplan
