// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/model/effect_goal.h"
#include "miljoplan/model/goal_phrase.h"
#include "miljoplan/types/extra_fields.h"

namespace miljoplan {

/// @brief What resolving an effect-goal phrase against a catalog found.
struct MILJOPLAN_API GoalResolution {
    /// @brief The structured phrase (text kept verbatim).
    GoalPhrase phrase;
    /// @brief Parts of the text that matched no goal, measure or marker.
    std::vector<std::string> unresolved;
};

/// @brief The goals activities may name: generationsmålet, the 16 miljökvalitetsmål, the 17 globala mål.
class MILJOPLAN_API GoalCatalog {
public:
    /// @brief Schema name in the file format.
    static constexpr const char* schema_name = "GoalCatalog";
    /// @brief Current schema version.
    static constexpr int schema_version = 1;

    /// @brief An empty catalog.
    GoalCatalog() = default;
    /// @brief A catalog of @p goals. @throws DuplicateId if two goals share an id.
    explicit GoalCatalog(std::vector<EffectGoal> goals);

    /// @brief Every goal, in catalog order.
    const std::vector<EffectGoal>& goals() const noexcept { return goals_; }
    /// @brief Adds a goal. @throws DuplicateId if its id is taken.
    void add(EffectGoal goal);
    /// @brief The goal with @p id, or nullptr.
    const EffectGoal* find(const GoalId& id) const noexcept;
    /// @brief The goal whose Swedish or English name or variant matches @p name (case-insensitive).
    const EffectGoal* find_by_name(std::string_view name) const;
    /// @brief The closest id or name to @p text, for "did you mean" messages; nullopt if none is close.
    std::optional<std::string> suggest(std::string_view text) const;
    /// @brief Reads an effect-goal cell ("God bebyggd miljö, giftfri miljö, m.fl.") into goals.
    GoalResolution resolve(std::string_view text) const;

    /// @brief Catalog-level facts kept from the file (sources, notes).
    const ExtraFields& extra_fields() const noexcept { return extra_; }
    /// @brief Mutable catalog-level facts.
    ExtraFields& extra_fields() noexcept { return extra_; }

    /// @brief Member-wise equality.
    friend bool operator==(const GoalCatalog& a, const GoalCatalog& b)
    {
        return a.goals_ == b.goals_ && a.extra_ == b.extra_;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const GoalCatalog& a, const GoalCatalog& b) { return !(a == b); }

private:
    std::vector<EffectGoal> goals_;
    // Positions in goals_ by id (goals are only ever appended), so that add() and find() do not scan.
    std::unordered_map<GoalId, std::size_t> index_;
    ExtraFields extra_;
};

}  // namespace miljoplan
