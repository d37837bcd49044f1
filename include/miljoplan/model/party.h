// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/types/extra_fields.h"
#include "miljoplan/types/ids.h"

namespace miljoplan {

/// @brief What kind of organisation a party is.
enum class PartyKind {
    Municipality,            ///< kommun
    CountyAdministrativeBoard,  ///< länsstyrelse
    Region,                  ///< region (regionkommun)
    MunicipalAssociation,    ///< kommunförbund or primärkommunalt samverkansorgan (PKS)
    Office,                  ///< an office or unit inside a party, such as Kommunal utveckling
    Police,                  ///< polis
    Prosecutor,              ///< åklagare
    Cooperation,             ///< another miljösamverkan (Miljösamverkan Väst, Miljösamverkan Sverige)
    Other,                   ///< anything else
};

/// @brief The Swedish file-format token of a party kind ("kommun", "länsstyrelse", ...).
MILJOPLAN_API std::string to_string(PartyKind kind);
/// @brief Reads a party kind from its Swedish token or English name; nullopt if unknown.
MILJOPLAN_API std::optional<PartyKind> parse_party_kind(std::string_view text);
/// @brief Every party kind, in declaration order.
MILJOPLAN_API const std::vector<PartyKind>& all_party_kinds();

/// @brief A population figure with its date, source and certainty.
struct MILJOPLAN_API Population {
    /// @brief Number of inhabitants.
    std::int64_t count = 0;
    /// @brief The date the count refers to, as ISO text (for example "2023-12-31").
    std::string as_of;
    /// @brief Where the figure comes from.
    std::string source;
    /// @brief True when the source marks the figure as unconfirmed; outputs that use it say so.
    bool uncertain = false;

    /// @brief Member-wise equality.
    friend bool operator==(const Population& a, const Population& b)
    {
        return a.count == b.count && a.as_of == b.as_of && a.source == b.source &&
               a.uncertain == b.uncertain;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const Population& a, const Population& b) { return !(a == b); }
};

/// @brief A party: a municipality, an authority, a region, an office or another cooperation.
class MILJOPLAN_API Party {
public:
    /// @brief Schema name in the file format.
    static constexpr const char* schema_name = "Party";
    /// @brief Current schema version.
    static constexpr int schema_version = 1;

    /// @brief Creates a party. @throws InvalidArgument if @p id or @p name is empty.
    Party(ActorId id, PartyKind kind, std::string name);

    /// @brief Stable id, unique among the organisation's actors.
    const ActorId& id() const noexcept { return id_; }
    /// @brief The kind of party.
    PartyKind kind() const noexcept { return kind_; }
    /// @brief Sets the kind of party.
    void set_kind(PartyKind kind) noexcept { kind_ = kind; }
    /// @brief Full name, for example "Länsstyrelsen i Jönköpings län".
    const std::string& name() const noexcept { return name_; }
    /// @brief Sets the full name. @throws InvalidArgument if empty.
    void set_name(std::string name);
    /// @brief Short forms used in plan text ("Länsstyrelsen", "LST").
    const std::vector<std::string>& short_names() const noexcept { return short_names_; }
    /// @brief Sets the short forms.
    void set_short_names(std::vector<std::string> names) { short_names_ = std::move(names); }
    /// @brief The four-digit SCB kommunkod of a municipality, if known.
    const std::optional<std::string>& municipality_code() const noexcept { return municipality_code_; }
    /// @brief Sets the kommunkod. @throws InvalidArgument unless it is four digits.
    void set_municipality_code(std::optional<std::string> code);
    /// @brief The party this one is part of (an office inside a region), if any.
    const std::optional<ActorId>& parent() const noexcept { return parent_; }
    /// @brief Sets the enclosing party.
    void set_parent(std::optional<ActorId> parent) { parent_ = std::move(parent); }
    /// @brief A grouping label such as a steering-group district ("GGVV"), if any.
    const std::string& district() const noexcept { return district_; }
    /// @brief Sets the grouping label.
    void set_district(std::string district) { district_ = std::move(district); }
    /// @brief The population, if known.
    const std::optional<Population>& population() const noexcept { return population_; }
    /// @brief Sets the population. @throws InvalidArgument if the count is negative.
    void set_population(std::optional<Population> population);
    /// @brief Unknown fields kept from the file.
    const ExtraFields& extra_fields() const noexcept { return extra_; }
    /// @brief Mutable unknown fields.
    ExtraFields& extra_fields() noexcept { return extra_; }

    /// @brief Member-wise equality.
    friend MILJOPLAN_API bool operator==(const Party& a, const Party& b);
    /// @brief Member-wise inequality.
    friend bool operator!=(const Party& a, const Party& b) { return !(a == b); }

private:
    ActorId id_;
    PartyKind kind_;
    std::string name_;
    std::vector<std::string> short_names_;
    std::optional<std::string> municipality_code_;
    std::optional<ActorId> parent_;
    std::string district_;
    std::optional<Population> population_;
    ExtraFields extra_;
};

}  // namespace miljoplan
