// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

#include "miljoplan/export.h"
#include "miljoplan/model/actor_phrase.h"

namespace miljoplan {

/// @brief A step of the organisation's yearly planning process (proposals, budget, adoption, key
/// figures, annual report), placed in the calendar next to the activities.
struct MILJOPLAN_API Milestone {
    /// @brief Stable id ("faststallelse").
    std::string id;
    /// @brief What happens ("Styrgruppen fastställer verksamhetsplanen").
    std::string title;
    /// @brief When, as a timing phrase read in the calendar year ("senast i juni", "Februari").
    std::string timing;
    /// @brief Which plan year the step concerns, relative to the calendar year it happens in:
    /// +1 for next year's plan (adoption by June of the year before), -1 for last year's annual report.
    int concerns = 0;
    /// @brief Who does it.
    ActorPhrase responsible;
    /// @brief The source's words, verbatim.
    std::string text;

    /// @brief Member-wise equality.
    friend bool operator==(const Milestone& a, const Milestone& b)
    {
        return a.id == b.id && a.title == b.title && a.timing == b.timing && a.concerns == b.concerns &&
               a.responsible == b.responsible && a.text == b.text;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const Milestone& a, const Milestone& b) { return !(a == b); }
};

}  // namespace miljoplan
