// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/types/date.h"
#include "miljoplan/types/extra_fields.h"
#include "miljoplan/types/ids.h"

namespace miljoplan {

/// @brief Where a proposal is in its life.
enum class ProposalStatus {
    Received,   ///< inkommen: sent in by a party
    Assessed,   ///< bedömd: screened against the criteria by the preparation group
    Consulted,  ///< remitterad: sent out to the parties for comment
    Planned,    ///< planerad: placed in a plan year as an activity
    Kept,       ///< kvar i förslagsbanken: kept for a coming plan
    Rejected,   ///< avslagen: not to be done
};

/// @brief "inkommen", "bedömd", "remitterad", "planerad", "kvar" or "avslagen".
MILJOPLAN_API std::string to_string(ProposalStatus status);
/// @brief Reads a status from its Swedish token or English name; nullopt if unknown.
MILJOPLAN_API std::optional<ProposalStatus> parse_proposal_status(std::string_view text);

/// @brief One score a proposal got on one criterion, from one party (a 0-3 survey) or the group.
struct MILJOPLAN_API Assessment {
    /// @brief The criterion's id.
    std::string criterion;
    /// @brief The score.
    int score = 0;
    /// @brief The party that gave it, if a survey across parties.
    std::optional<ActorId> by;
    /// @brief A comment, verbatim.
    std::string note;

    /// @brief Member-wise equality.
    friend bool operator==(const Assessment& a, const Assessment& b)
    {
        return a.criterion == b.criterion && a.score == b.score && a.by == b.by && a.note == b.note;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const Assessment& a, const Assessment& b) { return !(a == b); }
};

/// @brief A dated step in a proposal's life.
struct MILJOPLAN_API ProposalEvent {
    /// @brief The status the proposal reached.
    ProposalStatus status = ProposalStatus::Received;
    /// @brief The year it happened.
    int year = 0;
    /// @brief The day, when known.
    std::optional<Date> date;
    /// @brief What happened, verbatim ("Skickat på remiss till kommunerna").
    std::string note;

    /// @brief Member-wise equality.
    friend bool operator==(const ProposalEvent& a, const ProposalEvent& b)
    {
        return a.status == b.status && a.year == b.year && a.date == b.date && a.note == b.note;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const ProposalEvent& a, const ProposalEvent& b) { return !(a == b); }
};

/// @brief An activity proposal (aktivitetsförslag) waiting in the proposal bank.
class MILJOPLAN_API Proposal {
public:
    /// @brief Schema name in the file format.
    static constexpr const char* schema_name = "Proposal";
    /// @brief Current schema version.
    static constexpr int schema_version = 1;

    /// @brief Creates a proposal. @throws InvalidArgument if @p id or @p title is empty.
    Proposal(ProposalId id, std::string title);

    /// @brief Stable id, unique within the plan.
    const ProposalId& id() const noexcept { return id_; }
    /// @brief The proposal as written, without the year in parentheses.
    const std::string& title() const noexcept { return title_; }
    /// @brief Sets the title. @throws InvalidArgument if empty.
    void set_title(std::string title);
    /// @brief The area heading it stands under ("Tillsyn miljöskydd").
    const std::string& area() const noexcept { return area_; }
    /// @brief Sets the area heading.
    void set_area(std::string area) { area_ = std::move(area); }
    /// @brief The year the proposal reached the cooperation, when printed.
    const std::optional<int>& submitted_year() const noexcept { return submitted_year_; }
    /// @brief Sets the year it came in.
    void set_submitted_year(std::optional<int> year) { submitted_year_ = year; }
    /// @brief The party that proposed it, when known.
    const std::optional<ActorId>& submitted_by() const noexcept { return submitted_by_; }
    /// @brief Sets the proposing party.
    void set_submitted_by(std::optional<ActorId> party) { submitted_by_ = std::move(party); }
    /// @brief Whether the source marks it as new this year; nullopt when the source does not show it.
    const std::optional<bool>& marked_new() const noexcept { return marked_new_; }
    /// @brief Sets the new-this-year mark.
    void set_marked_new(std::optional<bool> value) { marked_new_ = value; }
    /// @brief Where the proposal is now: the last event's status, or Kept for a proposal in a bank
    /// without recorded history.
    ProposalStatus status() const noexcept;
    /// @brief The proposal's history, oldest first.
    const std::vector<ProposalEvent>& history() const noexcept { return history_; }
    /// @brief Sets the history.
    void set_history(std::vector<ProposalEvent> history) { history_ = std::move(history); }
    /// @brief Appends a step of the proposal's life.
    void add_event(ProposalEvent event) { history_.push_back(std::move(event)); }
    /// @brief The scores it got.
    const std::vector<Assessment>& assessments() const noexcept { return assessments_; }
    /// @brief Sets the scores.
    void set_assessments(std::vector<Assessment> assessments) { assessments_ = std::move(assessments); }
    /// @brief Years since it came in, counted from @p year; nullopt when the year it came in is unknown.
    std::optional<int> age(int year) const noexcept;
    /// @brief Unknown fields kept from the file.
    const ExtraFields& extra_fields() const noexcept { return extra_; }
    /// @brief Mutable unknown fields.
    ExtraFields& extra_fields() noexcept { return extra_; }

    /// @brief Member-wise equality.
    friend MILJOPLAN_API bool operator==(const Proposal& a, const Proposal& b);
    /// @brief Member-wise inequality.
    friend bool operator!=(const Proposal& a, const Proposal& b) { return !(a == b); }

private:
    ProposalId id_;
    std::string title_;
    std::string area_;
    std::optional<int> submitted_year_;
    std::optional<ActorId> submitted_by_;
    std::optional<bool> marked_new_;
    std::vector<ProposalEvent> history_;
    std::vector<Assessment> assessments_;
    ExtraFields extra_;
};

}  // namespace miljoplan
