// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>

#include "miljoplan/export.h"
#include "miljoplan/types/extra_fields.h"
#include "miljoplan/types/ids.h"

namespace miljoplan {

/// @brief A function held by a person, such as länssamordnare or miljöchef.
///
/// The model records roles, not the people who hold them: plans are shared widely and
/// names of people are personal data.
class MILJOPLAN_API Role {
public:
    /// @brief Schema name in the file format.
    static constexpr const char* schema_name = "Role";
    /// @brief Current schema version.
    static constexpr int schema_version = 1;

    /// @brief Creates a role. @throws InvalidArgument if @p id or @p title is empty.
    Role(ActorId id, std::string title);

    /// @brief Stable id, unique among the organisation's actors.
    const ActorId& id() const noexcept { return id_; }
    /// @brief Title as plan text uses it ("Länssamordnare").
    const std::string& title() const noexcept { return title_; }
    /// @brief Sets the title. @throws InvalidArgument if empty.
    void set_title(std::string title);
    /// @brief The party that employs the holder(s), if one does.
    const std::optional<ActorId>& employer() const noexcept { return employer_; }
    /// @brief Sets the employing party.
    void set_employer(std::optional<ActorId> employer) { employer_ = std::move(employer); }
    /// @brief What the role does, in the source's words.
    const std::string& description() const noexcept { return description_; }
    /// @brief Sets the description.
    void set_description(std::string text) { description_ = std::move(text); }
    /// @brief Unknown fields kept from the file.
    const ExtraFields& extra_fields() const noexcept { return extra_; }
    /// @brief Mutable unknown fields.
    ExtraFields& extra_fields() noexcept { return extra_; }

    /// @brief Member-wise equality.
    friend MILJOPLAN_API bool operator==(const Role& a, const Role& b);
    /// @brief Member-wise inequality.
    friend bool operator!=(const Role& a, const Role& b) { return !(a == b); }

private:
    ActorId id_;
    std::string title_;
    std::optional<ActorId> employer_;
    std::string description_;
    ExtraFields extra_;
};

}  // namespace miljoplan
