// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/types/season_reading.h"

#include "detail/enum_names.h"

namespace miljoplan {

namespace {

const detail::EnumName<SeasonReading> kReadings[] = {
    {SeasonReading::Term, "termin", "term"},
    {SeasonReading::Calendar, "kalender", "calendar"},
};

}  // namespace

std::string to_string(SeasonReading reading) { return detail::token_of(kReadings, reading); }
std::optional<SeasonReading> parse_season_reading(std::string_view text) { return detail::parse_enum(kReadings, text); }

}  // namespace miljoplan
