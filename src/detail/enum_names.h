// SPDX-License-Identifier: Apache-2.0
// One table per enum gives its file-format token and an alias; both parse. For domain enums the
// token is the Swedish term and the alias the English name.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "detail/text.h"

namespace miljoplan::detail {

template <class E>
struct EnumName {
    E value;
    const char* token;  // written to files; for domain enums the Swedish term
    const char* alias;  // also accepted on input; for domain enums the English name
};

template <class E, std::size_t N>
std::string token_of(const EnumName<E> (&table)[N], E value)
{
    for (const auto& entry : table)
        if (entry.value == value) return entry.token;
    return "?";
}

template <class E, std::size_t N>
std::string alias_of(const EnumName<E> (&table)[N], E value)
{
    for (const auto& entry : table)
        if (entry.value == value) return entry.alias;
    return "?";
}

/// Case-insensitive; underscores, hyphens and spaces are interchangeable.
template <class E, std::size_t N>
std::optional<E> parse_enum(const EnumName<E> (&table)[N], std::string_view text)
{
    auto normalise = [](std::string_view s) {
        std::string out = fold(s);
        for (char& c : out)
            if (c == '_' || c == '-') c = ' ';
        return out;
    };
    const std::string key = normalise(text);
    for (const auto& entry : table)
        if (key == normalise(entry.token) || key == normalise(entry.alias)) return entry.value;
    return std::nullopt;
}

}  // namespace miljoplan::detail
