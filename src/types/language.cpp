// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/types/language.h"

#include "detail/text.h"

namespace miljoplan {

std::string to_string(Language language) { return language == Language::Swedish ? "sv" : "en"; }

std::optional<Language> parse_language(std::string_view text)
{
    const std::string key = detail::fold(text);
    if (key == "sv" || key == "svenska" || key == "swedish") return Language::Swedish;
    if (key == "en" || key == "engelska" || key == "english") return Language::English;
    return std::nullopt;
}

}  // namespace miljoplan
