// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "miljoplan/export.h"
#include "miljoplan/types/date.h"
#include "miljoplan/types/decimal.h"
#include "miljoplan/types/extra_fields.h"

namespace miljoplan {

/// @brief The state of one key-figure value.
enum class ValueStatus {
    Reported,  ///< the party reported the value ("rapporterad")
    Missing,   ///< no value: not reported, or the source has none ("saknas")
    Revised,   ///< the value replaces an earlier one ("reviderad")
};

/// @brief The file-format token: "rapporterad", "saknas" or "reviderad".
MILJOPLAN_API std::string to_string(ValueStatus status);
/// @brief Reads "rapporterad"/"reported", "saknas"/"missing" or "reviderad"/"revised"; nullopt otherwise.
MILJOPLAN_API std::optional<ValueStatus> parse_value_status(std::string_view text);

/// @brief One value of a key figure for one municipality and year, with where and when it was obtained.
struct MILJOPLAN_API KeyFigureValue {
    /// @brief The key figure's id in the catalogue.
    std::string key_figure;
    /// @brief The municipality's four-digit kommunkod ("0680").
    std::string municipality;
    /// @brief The year the value refers to.
    int year = 0;
    /// @brief The value, exact as the source gave it; absent exactly when status is Missing.
    std::optional<Decimal> value;
    /// @brief Reported, missing or revised.
    ValueStatus status = ValueStatus::Reported;
    /// @brief The day the party entered the value (for the deadline rule); absent when unknown.
    std::optional<Date> reported_on;
    /// @brief For a value taken from an outside source, the day it was retrieved; absent otherwise.
    std::optional<Date> retrieved_on;
    /// @brief Where the value was read from: a file name or the request's address; may be empty.
    std::string origin;
    /// @brief A note, such as the source's own status text; may be empty.
    std::string note;
    /// @brief Unknown fields kept from the file.
    ExtraFields extra_fields;

    /// @brief Member-wise equality (values compared exactly, scale included).
    friend bool operator==(const KeyFigureValue& a, const KeyFigureValue& b)
    {
        const bool same_value = a.value.has_value() == b.value.has_value() &&
                                (!a.value || (a.value->units() == b.value->units() &&
                                              a.value->scale() == b.value->scale()));
        return same_value && a.key_figure == b.key_figure && a.municipality == b.municipality && a.year == b.year &&
               a.status == b.status && a.reported_on == b.reported_on && a.retrieved_on == b.retrieved_on &&
               a.origin == b.origin && a.note == b.note && a.extra_fields == b.extra_fields;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const KeyFigureValue& a, const KeyFigureValue& b) { return !(a == b); }
};

}  // namespace miljoplan
