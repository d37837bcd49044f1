// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/analysis/fees.h"

#include <algorithm>
#include <numeric>

#include "miljoplan/error.h"

namespace miljoplan {

namespace {

// Exact products of kronor and weights need more than 64 bits before the division.
__extension__ typedef __int128 Wide;

bool needs_population(FeeKey key) { return key == FeeKey::PerInhabitant || key == FeeKey::BasePlusPerInhabitant; }

// A unit's share before its amount. The population and its uncertainty are given only when the key uses
// them (FeeShare documents 0 otherwise): a flat or fixed fee does not rest on an uncertain figure.
FeeShare share_of(const Organisation& org, const PayingUnit& unit, FeeKey key)
{
    FeeShare s;
    s.unit = unit.id;
    s.parties = unit.parties;
    std::string names;
    for (const auto& id : unit.parties) {
        const auto party = org.find_party(id);
        names += (names.empty() ? "" : ", ") + (party ? party->name() : id.value());
        if (!party || !party->population()) {
            s.population_missing = true;
            continue;
        }
        // Populations come from files: their sum is checked like money, never allowed to wrap.
        if (__builtin_add_overflow(s.population, party->population()->count, &s.population))
            throw InvalidArgument("the population of the paying unit '" + unit.id + "' overflows when its parties are added");
        s.population_uncertain = s.population_uncertain || party->population()->uncertain;
    }
    s.name = unit.name.empty() ? names : unit.name;
    if (!needs_population(key)) {
        s.population = 0;
        s.population_uncertain = false;
    }
    return s;
}

void require_population(const FeeShare& s)
{
    if (s.population_missing)
        throw InvalidArgument("the paying unit '" + s.unit + "' has a party without a population figure");
}

Money checked_product(std::int64_t a, std::int64_t b)
{
    std::int64_t out = 0;
    if (__builtin_mul_overflow(a, b, &out)) throw InvalidArgument("fee amount overflows");
    return Money::from_kronor(out);
}

}  // namespace

FeeAllocation fees_by_key(const Organisation& org, const Funding& funding)
{
    FeeAllocation out;
    out.key = funding.key;
    for (const auto& unit : funding.units) {
        FeeShare s = share_of(org, unit, funding.key);
        switch (funding.key) {
        case FeeKey::None: s.amount = Money(); break;
        case FeeKey::FlatPerUnit: s.amount = funding.unit_fee; break;
        case FeeKey::Fixed:
            if (!unit.fixed_amount) throw InvalidArgument("the paying unit '" + unit.id + "' has no fixed amount");
            s.amount = *unit.fixed_amount;
            break;
        case FeeKey::PerInhabitant:
        case FeeKey::BasePlusPerInhabitant: {
            require_population(s);
            // Exact in öre, then half up to whole kronor: (öre + 50) / 100.
            const Money ore = checked_product(s.population, funding.per_inhabitant_ore);
            Money kronor = Money::from_kronor((ore.kronor() + 50) / 100);
            if (funding.key == FeeKey::BasePlusPerInhabitant) kronor += funding.unit_fee;
            s.amount = kronor;
            break;
        }
        }
        out.uses_uncertain_population = out.uses_uncertain_population || (needs_population(funding.key) && s.population_uncertain);
        out.total += s.amount;
        out.shares.push_back(std::move(s));
    }
    out.method = needs_population(funding.key)
        ? "belopp per invånare räknat exakt i öre och avrundat till hela kronor per enhet (0,50 kr uppåt)"
        : "belopp enligt nyckeln";
    return out;
}

FeeAllocation split_by_key(const Organisation& org, const Funding& funding, Money total)
{
    if (total < Money()) throw InvalidArgument("cannot split a negative total");
    FeeAllocation out;
    out.key = funding.key;
    std::vector<Wide> weights;
    for (const auto& unit : funding.units) {
        FeeShare s = share_of(org, unit, funding.key);
        Wide weight = 1;
        switch (funding.key) {
        case FeeKey::None:
        case FeeKey::FlatPerUnit: weight = 1; break;
        case FeeKey::Fixed:
            if (!unit.fixed_amount) throw InvalidArgument("the paying unit '" + unit.id + "' has no fixed amount");
            weight = unit.fixed_amount->kronor();
            if (weight < 0) throw InvalidArgument("the paying unit '" + unit.id + "' has a negative amount");
            break;
        case FeeKey::PerInhabitant:
            require_population(s);
            weight = s.population;
            break;
        case FeeKey::BasePlusPerInhabitant:
            require_population(s);
            // The share of base plus rate: weight in öre.
            weight = static_cast<Wide>(funding.unit_fee.kronor()) * 100 +
                     static_cast<Wide>(s.population) * funding.per_inhabitant_ore;
            break;
        }
        out.uses_uncertain_population = out.uses_uncertain_population || (needs_population(funding.key) && s.population_uncertain);
        weights.push_back(weight);
        out.shares.push_back(std::move(s));
    }
    const Wide sum = std::accumulate(weights.begin(), weights.end(), static_cast<Wide>(0));
    if (out.shares.empty()) throw InvalidArgument("there are no paying units to split among");
    if (sum <= 0) throw InvalidArgument("the key gives every paying unit a zero weight");
    // Largest remainder: floor of each exact share, then one krona each to the largest remainders.
    const Wide t = total.kronor();
    std::vector<Wide> remainders(weights.size());
    Wide given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const Wide numerator = t * weights[i];
        const Wide whole = numerator / sum;
        remainders[i] = numerator % sum;
        out.shares[i].amount = Money::from_kronor(static_cast<std::int64_t>(whole));
        given += whole;
    }
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (Wide left = t - given, k = 0; left > 0; --left, ++k)
        out.shares[order[static_cast<std::size_t>(k)]].amount += Money::from_kronor(1);
    out.total = total;
    out.method = "exakt andel av totalen; hela kronor till var och en, resterande kronor en i taget till de största "
                 "resterna (lika rest: enheten som står först)";
    return out;
}

}  // namespace miljoplan
