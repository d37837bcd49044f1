// SPDX-License-Identifier: Apache-2.0
// Internal: the Swedish words of timing phrases: months, seasons, numbers, periods.
#pragma once

#include <optional>
#include <string_view>

#include "miljoplan/calendar/timing.h"

namespace miljoplan::detail {

enum class Season { Spring, Summer, Autumn, Winter };

struct SeasonWord {
    Season season;
    bool term = false;  // "vårterminen", "höstterminen": the term sense, whatever the reading
};

/// 1-12 for a month name or abbreviation ("mars", "sept", "okt").
std::optional<int> month_word(std::string_view key);
/// A season word with or without the article ("vår", "våren", "vårterminen").
std::optional<SeasonWord> season_word(std::string_view key);
/// A number word ("en", "ett", "två", ... "tolv").
std::optional<int> number_word(std::string_view key);
/// An ordinal ("första" ... "fjärde").
std::optional<int> ordinal_word(std::string_view key);
/// A period noun, singular or definite ("månad", "månaden", "år", "året", "kvartal", ...).
std::optional<CadencePeriod> period_word(std::string_view key);
/// Swedish name of a month (1-12), lower case.
const char* month_name(int month);

}  // namespace miljoplan::detail
