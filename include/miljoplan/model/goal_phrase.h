// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/types/ids.h"

namespace miljoplan {

/// @brief A measure of an action programme cited as an effect goal.
///
/// The source writes for example: Åtgärd nr 6 i avsnittet ”Ingen övergödning” i
/// åtgärdsprogrammet ”Vattnets miljömål 2017-2021”.
struct MILJOPLAN_API Measure {
    /// @brief The measure's number within its section ("6").
    std::string number;
    /// @brief The programme section, usually named after a miljökvalitetsmål ("Ingen övergödning").
    std::string section;
    /// @brief The action programme ("Vattnets miljömål 2017-2021").
    std::string programme;

    /// @brief Member-wise equality.
    friend bool operator==(const Measure& a, const Measure& b)
    {
        return a.number == b.number && a.section == b.section && a.programme == b.programme;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const Measure& a, const Measure& b) { return !(a == b); }
};

/// @brief One structured effect goal: a catalog goal, or a programme measure (and the goal it serves).
struct MILJOPLAN_API GoalRef {
    /// @brief The catalog goal; for a measure, the goal its section belongs to (may be empty).
    GoalId goal;
    /// @brief Set when the reference is a programme measure rather than a goal.
    std::optional<Measure> measure;

    /// @brief Member-wise equality.
    friend bool operator==(const GoalRef& a, const GoalRef& b)
    {
        return a.goal == b.goal && a.measure == b.measure;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const GoalRef& a, const GoalRef& b) { return !(a == b); }
};

/// @brief An open-ended marker in the effect-goal column.
enum class OpenGoals {
    None,       ///< the listed goals are all
    AndOthers,  ///< "m.fl.": the listed goals and others not named
    Most,       ///< "Flertalet": most of the goals, none named
};

/// @brief The file-format token of a marker ("", "m.fl.", "flertalet").
MILJOPLAN_API std::string to_string(OpenGoals marker);
/// @brief Reads a marker from its token or English name ("and_others", "most"); nullopt if unknown.
MILJOPLAN_API std::optional<OpenGoals> parse_open_goals(std::string_view text);

/// @brief The effect-goal column of an activity: the words as written and what they mean.
struct MILJOPLAN_API GoalPhrase {
    /// @brief The cell as written in the source, byte-exact.
    std::string text;
    /// @brief The goals and measures it names.
    std::vector<GoalRef> refs;
    /// @brief Whether the phrase is open-ended ("m.fl.", "Flertalet").
    OpenGoals open = OpenGoals::None;

    /// @brief True when the cell is empty.
    bool empty() const noexcept { return text.empty() && refs.empty() && open == OpenGoals::None; }

    /// @brief Member-wise equality.
    friend bool operator==(const GoalPhrase& a, const GoalPhrase& b)
    {
        return a.text == b.text && a.refs == b.refs && a.open == b.open;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const GoalPhrase& a, const GoalPhrase& b) { return !(a == b); }
};

}  // namespace miljoplan
