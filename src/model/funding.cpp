// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/model/funding.h"

#include "detail/enum_names.h"

namespace miljoplan {

namespace {

const detail::EnumName<FeeKey> kFeeKeys[] = {
    {FeeKey::None, "ingen", "none"},
    {FeeKey::FlatPerUnit, "per enhet", "flat per unit"},
    {FeeKey::PerInhabitant, "per invånare", "per inhabitant"},
    {FeeKey::BasePlusPerInhabitant, "grund plus per invånare", "base plus per inhabitant"},
    {FeeKey::Fixed, "fast", "fixed"},
};

}  // namespace

std::string to_string(FeeKey key) { return detail::token_of(kFeeKeys, key); }
std::optional<FeeKey> parse_fee_key(std::string_view text) { return detail::parse_enum(kFeeKeys, text); }

}  // namespace miljoplan
