// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "miljoplan/export.h"

namespace miljoplan {

/// @brief How "våren" and "hösten" are read: Swedish planning uses two senses.
///
/// In administrative Swedish "våren" starts in January and "hösten" runs to Christmas, as school
/// terms do; the calendar sense is March-May and September-November. Each organisation chooses;
/// the default is the term sense, as in administrative plans (see docs/timing.md).
enum class SeasonReading {
    Term,      ///< termin: vår = January-June, höst = August-December (the default)
    Calendar,  ///< kalender: vår = March-May, höst = September-November
};

/// @brief "termin" or "kalender".
MILJOPLAN_API std::string to_string(SeasonReading reading);
/// @brief Reads "termin"/"term" or "kalender"/"calendar"; nullopt otherwise.
MILJOPLAN_API std::optional<SeasonReading> parse_season_reading(std::string_view text);

}  // namespace miljoplan
