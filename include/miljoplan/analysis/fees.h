// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/model/funding.h"
#include "miljoplan/model/organisation.h"
#include "miljoplan/types/money.h"

namespace miljoplan {

/// @brief One paying unit's share.
struct MILJOPLAN_API FeeShare {
    /// @brief The paying unit's id.
    std::string unit;
    /// @brief Its name (the unit's, else its parties' names joined).
    std::string name;
    /// @brief The parties it stands for.
    std::vector<ActorId> parties;
    /// @brief Their population summed (0 when not needed or unknown).
    std::int64_t population = 0;
    /// @brief True when any population figure used is marked uncertain.
    bool population_uncertain = false;
    /// @brief True when a party of the unit has no population figure.
    bool population_missing = false;
    /// @brief The amount, whole kronor.
    Money amount;
};

/// @brief A fee allocation: each paying unit's share and how it was computed.
struct MILJOPLAN_API FeeAllocation {
    /// @brief The key used.
    FeeKey key = FeeKey::None;
    /// @brief The sum of the shares (equal to the total asked for, when one was).
    Money total;
    /// @brief The shares in the order of the units.
    std::vector<FeeShare> shares;
    /// @brief True when any share rests on an uncertain population figure.
    bool uses_uncertain_population = false;
    /// @brief How the amounts were computed and rounded, in words (Swedish).
    std::string method;
};

/// @brief What each paying unit pays under @p funding's own amounts (fee per unit, per inhabitant,
/// base plus per inhabitant, fixed amounts). Per-inhabitant amounts are computed exactly in öre and
/// rounded half up to whole kronor per unit.
/// @throws InvalidArgument if the key needs a population that is missing, or an amount overflows.
MILJOPLAN_API FeeAllocation fees_by_key(const Organisation& organisation, const Funding& funding);

/// @brief Splits @p total over @p funding's units in proportion to the key's weights (the population
/// for per-inhabitant keys, equal shares for a flat key, the fixed amounts for a fixed key), exactly:
/// each unit gets the whole kronor of its exact share, and the kronor left over go one each to the
/// largest remainders (ties to the earlier unit). The shares sum to @p total, none is negative, and a
/// unit with a larger weight never gets less (largest-remainder rounding).
/// @throws InvalidArgument if @p total is negative, a weight is missing, or all weights are zero.
MILJOPLAN_API FeeAllocation split_by_key(const Organisation& organisation, const Funding& funding, Money total);

}  // namespace miljoplan
