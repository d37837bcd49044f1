// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "miljoplan/export.h"

namespace miljoplan {

/// @brief The language of user-facing text. Reports and findings default to Swedish.
enum class Language {
    Swedish,  ///< svenska (the default)
    English,  ///< English
};

/// @brief "sv" or "en".
MILJOPLAN_API std::string to_string(Language language);
/// @brief Reads "sv", "svenska", "swedish", "en", "engelska" or "english"; nullopt otherwise.
MILJOPLAN_API std::optional<Language> parse_language(std::string_view text);

}  // namespace miljoplan
