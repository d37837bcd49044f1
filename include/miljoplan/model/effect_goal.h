// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/types/ids.h"

namespace miljoplan {

/// @brief Which family of goals an effect goal belongs to.
enum class GoalKind {
    Generational,            ///< generationsmålet
    EnvironmentalQuality,    ///< one of the 16 miljökvalitetsmål
    SustainableDevelopment,  ///< one of the 17 globala mål (Agenda 2030)
};

/// @brief The file-format token of a goal kind ("generationsmål", "miljökvalitetsmål", "globalt mål").
MILJOPLAN_API std::string to_string(GoalKind kind);
/// @brief Reads a goal kind from its Swedish token or English name; nullopt if unknown.
MILJOPLAN_API std::optional<GoalKind> parse_goal_kind(std::string_view text);

/// @brief A goal an activity can serve (effektmål): a national environmental goal or a global goal.
struct MILJOPLAN_API EffectGoal {
    /// @brief Stable id ("mkm-4", "sdg-11", "generationsmalet").
    GoalId id;
    /// @brief The family of goals.
    GoalKind kind = GoalKind::EnvironmentalQuality;
    /// @brief Official number within the family (0 for the generational goal).
    int number = 0;
    /// @brief Swedish name ("Giftfri miljö").
    std::string name_sv;
    /// @brief English name ("A Non-Toxic Environment").
    std::string name_en;
    /// @brief Spellings met in running text, for tolerant matching; not official names.
    std::vector<std::string> variants;
    /// @brief Indicator code in Miljöbarometern/Hållbarometern ("NM.4"), if known.
    std::string indicator_code;
    /// @brief Where the facts come from.
    std::string source;
    /// @brief Reservations the source makes about these facts (kept in any output that uses them).
    std::string note;

    /// @brief Member-wise equality.
    friend bool operator==(const EffectGoal& a, const EffectGoal& b)
    {
        return a.id == b.id && a.kind == b.kind && a.number == b.number && a.name_sv == b.name_sv &&
               a.name_en == b.name_en && a.variants == b.variants &&
               a.indicator_code == b.indicator_code && a.source == b.source && a.note == b.note;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const EffectGoal& a, const EffectGoal& b) { return !(a == b); }
};

}  // namespace miljoplan
