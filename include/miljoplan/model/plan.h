// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/model/activity.h"
#include "miljoplan/model/budget.h"
#include "miljoplan/model/follow_up.h"
#include "miljoplan/model/organisation.h"
#include "miljoplan/model/planning_cycle.h"
#include "miljoplan/model/proposal_bank.h"
#include "miljoplan/types/date.h"
#include "miljoplan/types/extra_fields.h"
#include "miljoplan/types/ids.h"

namespace miljoplan {

/// @brief One year a plan covers and how firm it is.
struct MILJOPLAN_API PlanYear {
    /// @brief The calendar year.
    int year = 0;
    /// @brief Fastställd, preliminär or förslagsbank.
    YearStatus status = YearStatus::Adopted;

    /// @brief Member-wise equality.
    friend bool operator==(const PlanYear& a, const PlanYear& b)
    {
        return a.year == b.year && a.status == b.status;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const PlanYear& a, const PlanYear& b) { return !(a == b); }
};

/// @brief Who adopted (fastställde) the plan and when.
struct MILJOPLAN_API Adoption {
    /// @brief The adopting body, if recorded.
    std::optional<ActorId> body;
    /// @brief The date of the decision, if the document gives it.
    std::optional<Date> date;
    /// @brief Anything the document says about the decision, verbatim.
    std::string note;

    /// @brief Member-wise equality.
    friend bool operator==(const Adoption& a, const Adoption& b)
    {
        return a.body == b.body && a.date == b.date && a.note == b.note;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const Adoption& a, const Adoption& b) { return !(a == b); }
};

/// @brief A decision that revised an adopted plan: when, by whom, what it covered.
struct MILJOPLAN_API PlanRevision {
    /// @brief The day of the decision, if recorded.
    std::optional<Date> date;
    /// @brief The deciding body.
    std::optional<ActorId> body;
    /// @brief What the revision covered ("only the income side of the budget"), verbatim.
    std::string covers;

    /// @brief Member-wise equality.
    friend bool operator==(const PlanRevision& a, const PlanRevision& b)
    {
        return a.date == b.date && a.body == b.body && a.covers == b.covers;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const PlanRevision& a, const PlanRevision& b) { return !(a == b); }
};

/// @brief A passage of the plan document's prose, kept verbatim so nothing in the source is lost.
struct MILJOPLAN_API TextSection {
    /// @brief The heading as printed ("Styrning").
    std::string heading;
    /// @brief The text under it, verbatim; paragraphs separated by a blank line.
    std::string text;

    /// @brief Member-wise equality.
    friend bool operator==(const TextSection& a, const TextSection& b)
    {
        return a.heading == b.heading && a.text == b.text;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const TextSection& a, const TextSection& b) { return !(a == b); }
};

/// @brief Where a plan's data comes from.
struct MILJOPLAN_API SourceDocument {
    /// @brief The document's title.
    std::string title;
    /// @brief Where it was published, if known.
    std::string url;
    /// @brief How the data was taken from it (transcription conventions, interpretations).
    std::vector<std::string> notes;

    /// @brief Member-wise equality.
    friend bool operator==(const SourceDocument& a, const SourceDocument& b)
    {
        return a.title == b.title && a.url == b.url && a.notes == b.notes;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const SourceDocument& a, const SourceDocument& b) { return !(a == b); }
};

/// @brief An operational plan (verksamhetsplan): its years, activities, proposal bank and budget.
class MILJOPLAN_API Plan {
public:
    /// @brief Schema name in the file format.
    static constexpr const char* schema_name = "Plan";
    /// @brief Current schema version.
    static constexpr int schema_version = 1;

    /// @brief Creates a plan of @p organisation.
    /// @throws InvalidArgument if @p id or @p title is empty or @p organisation is null.
    Plan(PlanId id, std::string title, std::shared_ptr<Organisation> organisation);

    Plan(const Plan&) = delete;             ///< Plans own entities; copy explicitly with clone().
    Plan& operator=(const Plan&) = delete;  ///< Plans own entities; copy explicitly with clone().
    Plan(Plan&&) noexcept = default;        ///< Plans can be moved.
    Plan& operator=(Plan&&) noexcept = default;  ///< Plans can be moved.
    ~Plan() = default;                      ///< Releases the plan's entities.

    /// @brief Stable id ("jonkoping-2024").
    const PlanId& id() const noexcept { return id_; }
    /// @brief Title as printed.
    const std::string& title() const noexcept { return title_; }
    /// @brief Sets the title. @throws InvalidArgument if empty.
    void set_title(std::string title);
    /// @brief The cooperation the plan belongs to.
    const std::shared_ptr<Organisation>& organisation() const noexcept { return organisation_; }
    /// @brief Replaces the organisation. @throws InvalidArgument if null.
    void set_organisation(std::shared_ptr<Organisation> organisation);
    /// @brief Where the data comes from.
    const SourceDocument& source() const noexcept { return source_; }
    /// @brief Sets the source description.
    void set_source(SourceDocument source) { source_ = std::move(source); }

    /// @brief The years the plan covers, first year first.
    const std::vector<PlanYear>& years() const noexcept { return years_; }
    /// @brief Sets the years. @throws InvalidArgument unless they are consecutive and ascending.
    void set_years(std::vector<PlanYear> years);
    /// @brief The first year, or nullopt for a plan without years.
    std::optional<int> first_year() const noexcept;
    /// @brief The last year, or nullopt for a plan without years.
    std::optional<int> last_year() const noexcept;
    /// @brief Why this plan departs from the organisation's normal horizon, verbatim; empty if it does not.
    const std::string& horizon_exception() const noexcept { return horizon_exception_; }
    /// @brief Records why the plan covers a different number of years than normal.
    void set_horizon_exception(std::string reason) { horizon_exception_ = std::move(reason); }
    /// @brief The adoption decision.
    const Adoption& adoption() const noexcept { return adoption_; }
    /// @brief Sets the adoption decision.
    void set_adoption(Adoption adoption) { adoption_ = std::move(adoption); }
    /// @brief Later decisions that revised the plan, oldest first.
    const std::vector<PlanRevision>& revisions() const noexcept { return revisions_; }
    /// @brief Sets the revisions.
    void set_revisions(std::vector<PlanRevision> revisions) { revisions_ = std::move(revisions); }
    /// @brief The id of the organisation profile the plan refers to ("jonkoping"), or empty when the
    /// organisation is written out in the plan itself.
    const std::string& profile() const noexcept { return profile_; }
    /// @brief Refers the plan to a profile; @p pristine is the profile as loaded, so that a plan whose
    /// organisation was changed since is saved with its organisation written out, never losing the change.
    /// @p base_dir is the directory a relative profile path was read against ("" for built-in profiles).
    void set_profile(std::string profile, std::shared_ptr<const Organisation> pristine, std::string base_dir = {});
    /// @brief The profile as loaded, or nullptr.
    const std::shared_ptr<const Organisation>& pristine_profile() const noexcept { return pristine_profile_; }
    /// @brief The directory a relative profile path was read against, so that saving the plan elsewhere
    /// can keep the reference pointing at the same file.
    const std::string& profile_base_dir() const noexcept { return profile_base_dir_; }
    /// @brief The last day the plan may be adopted under the organisation's cycle; nullopt without years
    /// or when the deadline falls outside the years 1400-9999.
    std::optional<Date> adoption_deadline() const;

    /// @brief The document's prose, section by section, verbatim.
    const std::vector<TextSection>& sections() const noexcept { return sections_; }
    /// @brief Sets the prose sections.
    void set_sections(std::vector<TextSection> sections) { sections_ = std::move(sections); }

    /// @brief Category headings of the activity table, in printed order.
    const std::vector<std::string>& categories() const noexcept { return categories_; }
    /// @brief Sets the category headings.
    void set_categories(std::vector<std::string> categories) { categories_ = std::move(categories); }
    /// @brief The activities in printed order.
    const std::vector<std::shared_ptr<Activity>>& activities() const noexcept { return activities_; }
    /// @brief Adds an activity. @throws DuplicateId if its id is taken; InvalidArgument if null.
    void add_activity(std::shared_ptr<Activity> activity);
    /// @brief Creates and adds an activity. @throws DuplicateId if @p id is taken.
    std::shared_ptr<Activity> add_activity(ActivityId id, std::string title);
    /// @brief The activity with @p id, or nullptr.
    std::shared_ptr<Activity> find_activity(const ActivityId& id) const;
    /// @brief Removes the activity with @p id; returns whether it was there.
    bool remove_activity(const ActivityId& id);
    /// @brief The activities under @p category, in printed order.
    std::vector<std::shared_ptr<Activity>> activities_in(const std::string& category) const;

    /// @brief Turns a proposal of the bank into an activity of @p year under @p category. The proposal
    /// leaves the bank; the activity keeps its history and scores as its origin.
    /// @throws InvalidArgument if the proposal is not in the bank or @p year is not one of the plan's years;
    /// DuplicateId if @p id is taken.
    std::shared_ptr<Activity> plan_proposal(const ProposalId& proposal, ActivityId id, int year, std::string category);
    /// @brief True when the proposal came in the year before the plan's first year: "new this year".
    bool is_new_proposal(const Proposal& proposal) const noexcept;

    /// @brief Follow-up notes, in the order recorded.
    const std::vector<FollowUpEntry>& follow_up() const noexcept { return follow_up_; }
    /// @brief Records a follow-up note.
    void add_follow_up(FollowUpEntry entry) { follow_up_.push_back(std::move(entry)); }
    /// @brief Replaces the follow-up notes.
    void set_follow_up(std::vector<FollowUpEntry> entries) { follow_up_ = std::move(entries); }

    /// @brief The proposal bank.
    const ProposalBank& proposal_bank() const noexcept { return proposal_bank_; }
    /// @brief The proposal bank, for changes.
    ProposalBank& proposal_bank() noexcept { return proposal_bank_; }
    /// @brief Replaces the proposal bank.
    void set_proposal_bank(ProposalBank bank) { proposal_bank_ = std::move(bank); }

    /// @brief The budget, or nullptr when the plan has none.
    const std::shared_ptr<Budget>& budget() const noexcept { return budget_; }
    /// @brief Sets the budget.
    void set_budget(std::shared_ptr<Budget> budget) { budget_ = std::move(budget); }
    /// @brief Other versions of budgets: revisions and outcomes (bokslut), of this or earlier years.
    const std::vector<std::shared_ptr<Budget>>& budget_versions() const noexcept { return budget_versions_; }
    /// @brief Adds a budget version. @throws InvalidArgument if null or if that year already has that version.
    void add_budget_version(std::shared_ptr<Budget> budget);
    /// @brief The budget of @p year in @p version, looking at the budget and its versions; nullptr if none.
    std::shared_ptr<Budget> find_budget(int year, BudgetVersion version) const;
    /// @brief The budget in force for @p year: the latest revision, else the adopted budget; nullptr if none.
    std::shared_ptr<Budget> budget_in_force(int year) const;

    /// @brief Unknown fields kept from the file.
    const ExtraFields& extra_fields() const noexcept { return extra_; }
    /// @brief Mutable unknown fields.
    ExtraFields& extra_fields() noexcept { return extra_; }

    /// @brief A deep copy: organisation, activities, proposals and budget are copied.
    std::shared_ptr<Plan> clone() const;

    /// @brief Equality of content (entities compared by value); whether the organisation is stored as a
    /// profile reference or written out is storage, not content, and does not count.
    friend MILJOPLAN_API bool operator==(const Plan& a, const Plan& b);
    /// @brief Inequality of content.
    friend bool operator!=(const Plan& a, const Plan& b) { return !(a == b); }

private:
    PlanId id_;
    std::string title_;
    std::shared_ptr<Organisation> organisation_;
    SourceDocument source_;
    std::vector<PlanYear> years_;
    std::string horizon_exception_;
    Adoption adoption_;
    std::vector<PlanRevision> revisions_;
    std::string profile_;
    std::shared_ptr<const Organisation> pristine_profile_;
    std::string profile_base_dir_;
    std::vector<FollowUpEntry> follow_up_;
    std::vector<TextSection> sections_;
    std::vector<std::string> categories_;
    std::vector<std::shared_ptr<Activity>> activities_;
    // The activities by id, so that adding and finding one does not scan them all.
    std::unordered_map<ActivityId, std::shared_ptr<Activity>> activity_index_;
    ProposalBank proposal_bank_;
    std::shared_ptr<Budget> budget_;
    std::vector<std::shared_ptr<Budget>> budget_versions_;
    ExtraFields extra_;
};

}  // namespace miljoplan
