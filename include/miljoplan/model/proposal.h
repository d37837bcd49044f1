// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>

#include "miljoplan/export.h"
#include "miljoplan/types/extra_fields.h"
#include "miljoplan/types/ids.h"

namespace miljoplan {

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
    ExtraFields extra_;
};

}  // namespace miljoplan
