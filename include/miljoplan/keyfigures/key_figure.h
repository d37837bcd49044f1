// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "miljoplan/export.h"
#include "miljoplan/types/extra_fields.h"

namespace miljoplan {

/// @brief Which way a key figure gets better: the direction rankings and trends are judged by.
enum class Better {
    Higher,   ///< a higher value is better ("högre")
    Lower,    ///< a lower value is better ("lägre")
    Neither,  ///< no value is better than another ("neutral"): no rank is given
};

/// @brief The file-format token: "högre", "lägre" or "neutral".
MILJOPLAN_API std::string to_string(Better better);
/// @brief Reads "högre"/"higher", "lägre"/"lower" or "neutral"/"neither"; nullopt otherwise.
MILJOPLAN_API std::optional<Better> parse_better(std::string_view text);

/// @brief Where a key figure's values come from.
enum class KeyFigureSource {
    Kolada,           ///< Kolada, the national database of municipal key figures (source_id is a KPI id)
    Miljobarometern,  ///< Miljöbarometern, where the county's municipalities enter the shared figures
    Other,            ///< anything else (source_id is free text)
};

/// @brief The file-format token: "kolada", "miljöbarometern" or "övrig".
MILJOPLAN_API std::string to_string(KeyFigureSource source);
/// @brief Reads "kolada", "miljöbarometern"/"miljobarometern" or "övrig"/"other"; nullopt otherwise.
MILJOPLAN_API std::optional<KeyFigureSource> parse_key_figure_source(std::string_view text);

/// @brief One entry of the key-figure catalogue (nyckeltal): what is measured, in which unit, and which
/// way is better.
struct MILJOPLAN_API KeyFigure {
    /// @brief Schema name in the file format.
    static constexpr const char* schema_name = "KeyFigure";
    /// @brief Current schema version.
    static constexpr int schema_version = 1;

    /// @brief Stable id, unique in the catalogue (for a Kolada figure its KPI id, "N07402").
    std::string id;
    /// @brief The name as the source prints it.
    std::string name;
    /// @brief The unit ("kg/invånare", "%", "antal"); may be empty.
    std::string unit;
    /// @brief Which way is better.
    Better better = Better::Neither;
    /// @brief The system the values come from.
    KeyFigureSource source = KeyFigureSource::Other;
    /// @brief The id in that system (a Kolada KPI id, a Miljöbarometern indicator id); may be empty.
    std::string source_id;
    /// @brief The source's description; may be empty.
    std::string description;
    /// @brief Unknown fields kept from the file.
    ExtraFields extra_fields;

    /// @brief Member-wise equality.
    friend bool operator==(const KeyFigure& a, const KeyFigure& b)
    {
        return a.id == b.id && a.name == b.name && a.unit == b.unit && a.better == b.better && a.source == b.source &&
               a.source_id == b.source_id && a.description == b.description && a.extra_fields == b.extra_fields;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const KeyFigure& a, const KeyFigure& b) { return !(a == b); }
};

}  // namespace miljoplan
