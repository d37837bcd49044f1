// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/types/extra_fields.h"
#include "miljoplan/types/ids.h"

namespace miljoplan {

/// @brief A named set of actors that plan text refers to as one ("Länets kommuner").
class MILJOPLAN_API PartyGroup {
public:
    /// @brief Schema name in the file format.
    static constexpr const char* schema_name = "PartyGroup";
    /// @brief Current schema version.
    static constexpr int schema_version = 1;

    /// @brief Creates a group. @throws InvalidArgument if @p id or @p name is empty.
    PartyGroup(ActorId id, std::string name);

    /// @brief Stable id, unique among the organisation's actors.
    const ActorId& id() const noexcept { return id_; }
    /// @brief Name as plan text uses it.
    const std::string& name() const noexcept { return name_; }
    /// @brief Sets the name. @throws InvalidArgument if empty.
    void set_name(std::string name);
    /// @brief Ids of the members (parties or other groups).
    const std::vector<ActorId>& members() const noexcept { return members_; }
    /// @brief Sets the members.
    void set_members(std::vector<ActorId> members) { members_ = std::move(members); }
    /// @brief What the group stands for, in words.
    const std::string& description() const noexcept { return description_; }
    /// @brief Sets the description.
    void set_description(std::string text) { description_ = std::move(text); }
    /// @brief Unknown fields kept from the file.
    const ExtraFields& extra_fields() const noexcept { return extra_; }
    /// @brief Mutable unknown fields.
    ExtraFields& extra_fields() noexcept { return extra_; }

    /// @brief Member-wise equality.
    friend MILJOPLAN_API bool operator==(const PartyGroup& a, const PartyGroup& b);
    /// @brief Member-wise inequality.
    friend bool operator!=(const PartyGroup& a, const PartyGroup& b) { return !(a == b); }

private:
    ActorId id_;
    std::string name_;
    std::vector<ActorId> members_;
    std::string description_;
    ExtraFields extra_;
};

}  // namespace miljoplan
