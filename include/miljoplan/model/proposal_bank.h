// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/model/proposal.h"
#include "miljoplan/types/extra_fields.h"

namespace miljoplan {

/// @brief The proposal bank (förslagsbank): proposals kept for coming plans, under area headings.
class MILJOPLAN_API ProposalBank {
public:
    /// @brief Schema name in the file format.
    static constexpr const char* schema_name = "ProposalBank";
    /// @brief Current schema version.
    static constexpr int schema_version = 1;

    /// @brief The section heading above the bank as printed.
    const std::string& heading() const noexcept { return heading_; }
    /// @brief Sets the section heading.
    void set_heading(std::string heading) { heading_ = std::move(heading); }
    /// @brief The bank's title as printed.
    const std::string& title() const noexcept { return title_; }
    /// @brief Sets the title.
    void set_title(std::string title) { title_ = std::move(title); }
    /// @brief First year of the plan the proposals are meant for, if stated.
    const std::optional<int>& first_year() const noexcept { return first_year_; }
    /// @brief Last year of the plan the proposals are meant for, if stated.
    const std::optional<int>& last_year() const noexcept { return last_year_; }
    /// @brief Sets the years the proposals are meant for.
    /// @throws InvalidArgument if @p last is before @p first.
    void set_years(std::optional<int> first, std::optional<int> last);
    /// @brief Area headings in printed order, including headings with no proposal under them.
    const std::vector<std::string>& areas() const noexcept { return areas_; }
    /// @brief Sets the area headings.
    void set_areas(std::vector<std::string> areas) { areas_ = std::move(areas); }
    /// @brief Notes printed with the bank, verbatim.
    const std::vector<std::string>& notes() const noexcept { return notes_; }
    /// @brief Sets the notes.
    void set_notes(std::vector<std::string> notes) { notes_ = std::move(notes); }
    /// @brief The proposals in printed order.
    const std::vector<std::shared_ptr<Proposal>>& proposals() const noexcept { return proposals_; }
    /// @brief Adds a proposal. @throws DuplicateId if its id is taken.
    void add_proposal(std::shared_ptr<Proposal> proposal);
    /// @brief The proposal with @p id, or nullptr.
    std::shared_ptr<Proposal> find_proposal(const ProposalId& id) const;
    /// @brief Removes the proposal with @p id; returns whether it was there.
    bool remove_proposal(const ProposalId& id);
    /// @brief Unknown fields kept from the file.
    const ExtraFields& extra_fields() const noexcept { return extra_; }
    /// @brief Mutable unknown fields.
    ExtraFields& extra_fields() noexcept { return extra_; }

    /// @brief A deep copy (proposals are copied, not shared).
    ProposalBank clone() const;

    /// @brief Equality of content.
    friend MILJOPLAN_API bool operator==(const ProposalBank& a, const ProposalBank& b);
    /// @brief Inequality of content.
    friend bool operator!=(const ProposalBank& a, const ProposalBank& b) { return !(a == b); }

private:
    std::string heading_;
    std::string title_;
    std::optional<int> first_year_;
    std::optional<int> last_year_;
    std::vector<std::string> areas_;
    std::vector<std::string> notes_;
    std::vector<std::shared_ptr<Proposal>> proposals_;
    ExtraFields extra_;
};

}  // namespace miljoplan
