// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/types/ids.h"
#include "miljoplan/types/money.h"

namespace miljoplan {

/// @brief How the parties' payments to the cooperation are set (fördelningsnyckel).
enum class FeeKey {
    None,                   ///< ingen avgift: nobody pays
    FlatPerUnit,            ///< lika avgift per betalande enhet
    PerInhabitant,          ///< per invånare
    BasePlusPerInhabitant,  ///< grundavgift plus per invånare
    Fixed,                  ///< fasta belopp per part
};

/// @brief The file-format token ("ingen", "per enhet", "per invånare", "grund plus per invånare", "fast").
MILJOPLAN_API std::string to_string(FeeKey key);
/// @brief Reads a fee key from its token or English name; nullopt if unknown.
MILJOPLAN_API std::optional<FeeKey> parse_fee_key(std::string_view text);

/// @brief One paying unit: a party, or several parties that pay together (a shared office).
struct MILJOPLAN_API PayingUnit {
    /// @brief Stable id of the unit.
    std::string id;
    /// @brief Display name; empty means the names of its parties.
    std::string name;
    /// @brief The parties the unit stands for; its population is theirs summed.
    std::vector<ActorId> parties;
    /// @brief The unit's fixed amount, for FeeKey::Fixed.
    std::optional<Money> fixed_amount;

    /// @brief Member-wise equality.
    friend bool operator==(const PayingUnit& a, const PayingUnit& b)
    {
        return a.id == b.id && a.name == b.name && a.parties == b.parties && a.fixed_amount == b.fixed_amount;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const PayingUnit& a, const PayingUnit& b) { return !(a == b); }
};

/// @brief Who pays the cooperation and by what key. The paying units are explicit data: a county's
/// number of municipalities is not a safe stand-in, since some share an office.
struct MILJOPLAN_API Funding {
    /// @brief The key.
    FeeKey key = FeeKey::None;
    /// @brief The fee per unit (FlatPerUnit) or the base fee (BasePlusPerInhabitant).
    Money unit_fee;
    /// @brief The fee per inhabitant in öre (hundredths of a krona), exact.
    std::int64_t per_inhabitant_ore = 0;
    /// @brief The paying units.
    std::vector<PayingUnit> units;
    /// @brief The source's own words for the key, verbatim.
    std::string text;

    /// @brief Member-wise equality.
    friend bool operator==(const Funding& a, const Funding& b)
    {
        return a.key == b.key && a.unit_fee == b.unit_fee && a.per_inhabitant_ore == b.per_inhabitant_ore &&
               a.units == b.units && a.text == b.text;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const Funding& a, const Funding& b) { return !(a == b); }
};

}  // namespace miljoplan
