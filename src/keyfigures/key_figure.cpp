// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/keyfigures/key_figure.h"
#include "miljoplan/keyfigures/key_figure_value.h"

#include "detail/enum_names.h"

namespace miljoplan {

namespace {

const detail::EnumName<Better> kBetter[] = {
    {Better::Higher, "högre", "higher"},
    {Better::Lower, "lägre", "lower"},
    {Better::Neither, "neutral", "neither"},
};

const detail::EnumName<KeyFigureSource> kSources[] = {
    {KeyFigureSource::Kolada, "kolada", "kolada"},
    {KeyFigureSource::Miljobarometern, "miljöbarometern", "miljobarometern"},
    {KeyFigureSource::Other, "övrig", "other"},
};

const detail::EnumName<ValueStatus> kStatuses[] = {
    {ValueStatus::Reported, "rapporterad", "reported"},
    {ValueStatus::Missing, "saknas", "missing"},
    {ValueStatus::Revised, "reviderad", "revised"},
};

}  // namespace

std::string to_string(Better better) { return detail::token_of(kBetter, better); }
std::optional<Better> parse_better(std::string_view text) { return detail::parse_enum(kBetter, text); }

std::string to_string(KeyFigureSource source) { return detail::token_of(kSources, source); }
std::optional<KeyFigureSource> parse_key_figure_source(std::string_view text)
{
    return detail::parse_enum(kSources, text);
}

std::string to_string(ValueStatus status) { return detail::token_of(kStatuses, status); }
std::optional<ValueStatus> parse_value_status(std::string_view text) { return detail::parse_enum(kStatuses, text); }

}  // namespace miljoplan
