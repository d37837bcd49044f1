// SPDX-License-Identifier: Apache-2.0
#include "calendar/timing_vocabulary.h"

#include <utility>

namespace miljoplan::detail {

namespace {

template <class T, std::size_t N>
std::optional<T> look_up(const std::pair<const char*, T> (&table)[N], std::string_view key)
{
    for (const auto& [word, value] : table)
        if (key == word) return value;
    return std::nullopt;
}

const std::pair<const char*, int> kMonths[] = {
    {"januari", 1}, {"jan", 1}, {"februari", 2}, {"feb", 2}, {"mars", 3}, {"mar", 3}, {"april", 4}, {"apr", 4},
    {"maj", 5}, {"juni", 6}, {"jun", 6}, {"juli", 7}, {"jul", 7}, {"augusti", 8}, {"aug", 8}, {"september", 9},
    {"sept", 9}, {"sep", 9}, {"oktober", 10}, {"okt", 10}, {"november", 11}, {"nov", 11}, {"december", 12},
    {"dec", 12},
};

const std::pair<const char*, SeasonWord> kSeasons[] = {
    {"vår", {Season::Spring, false}},        {"våren", {Season::Spring, false}},
    {"vårterminen", {Season::Spring, true}}, {"vårtermin", {Season::Spring, true}},
    {"sommar", {Season::Summer, false}},     {"sommaren", {Season::Summer, false}},
    {"höst", {Season::Autumn, false}},       {"hösten", {Season::Autumn, false}},
    {"höstterminen", {Season::Autumn, true}}, {"hösttermin", {Season::Autumn, true}},
    {"vt", {Season::Spring, true}},          {"ht", {Season::Autumn, true}},
    {"vinter", {Season::Winter, false}},     {"vintern", {Season::Winter, false}},
};

const std::pair<const char*, int> kNumbers[] = {
    {"en", 1}, {"ett", 1}, {"två", 2}, {"tre", 3}, {"fyra", 4}, {"fem", 5}, {"sex", 6},
    {"sju", 7}, {"åtta", 8}, {"nio", 9}, {"tio", 10}, {"elva", 11}, {"tolv", 12},
};

const std::pair<const char*, int> kOrdinals[] = {
    {"första", 1}, {"andra", 2}, {"tredje", 3}, {"fjärde", 4}, {"sista", -1},
};

const std::pair<const char*, CadencePeriod> kPeriods[] = {
    {"vecka", CadencePeriod::Week},      {"veckan", CadencePeriod::Week},
    {"månad", CadencePeriod::Month},     {"månaden", CadencePeriod::Month},
    {"kvartal", CadencePeriod::Quarter}, {"kvartalet", CadencePeriod::Quarter},
    {"tertial", CadencePeriod::Tertial}, {"tertialet", CadencePeriod::Tertial},
    {"halvår", CadencePeriod::HalfYear}, {"halvåret", CadencePeriod::HalfYear},
    {"termin", CadencePeriod::Term},     {"terminen", CadencePeriod::Term},
    {"år", CadencePeriod::Year},         {"året", CadencePeriod::Year},
};

const char* const kMonthNames[] = {"januari", "februari", "mars",      "april",   "maj",      "juni",
                                   "juli",    "augusti",  "september", "oktober", "november", "december"};

}  // namespace

std::optional<int> month_word(std::string_view key) { return look_up(kMonths, key); }
std::optional<SeasonWord> season_word(std::string_view key) { return look_up(kSeasons, key); }
std::optional<int> number_word(std::string_view key) { return look_up(kNumbers, key); }
std::optional<int> ordinal_word(std::string_view key) { return look_up(kOrdinals, key); }
std::optional<CadencePeriod> period_word(std::string_view key) { return look_up(kPeriods, key); }
const char* month_name(int month) { return month >= 1 && month <= 12 ? kMonthNames[month - 1] : "?"; }

}  // namespace miljoplan::detail
