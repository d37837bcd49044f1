// SPDX-License-Identifier: Apache-2.0
// Fee allocation: fees_by_key() on the 13 Jönköping municipalities, worked out by hand, and
// split_by_key()'s largest-remainder guarantees checked on many generated organisations.
#include <algorithm>
#include <cstdlib>
#include <numeric>
#include <random>

#include <gtest/gtest.h>

#include "miljoplan/analysis/fees.h"
#include "miljoplan/error.h"
#include "miljoplan/io/embedded.h"

namespace miljoplan {

namespace {

// The municipalities of the reference profile, in profile order, with their populations (SCB
// 2023-12-31, all marked uncertain in the data file).
const std::vector<std::pair<std::string, std::int64_t>> kMunicipalities{
    {"kommun-0604", 6852},  {"kommun-0617", 9246},   {"kommun-0642", 7577},  {"kommun-0643", 13275},
    {"kommun-0662", 29014}, {"kommun-0665", 14811},  {"kommun-0680", 146161}, {"kommun-0682", 31648},
    {"kommun-0683", 34601}, {"kommun-0684", 11668},  {"kommun-0685", 27498}, {"kommun-0686", 17750},
    {"kommun-0687", 18755}};

Funding municipal_funding(FeeKey key, std::int64_t unit_fee = 0, std::int64_t ore = 0)
{
    Funding f;
    f.key = key;
    f.unit_fee = Money::from_kronor(unit_fee);
    f.per_inhabitant_ore = ore;
    for (const auto& [id, population] : kMunicipalities) f.units.push_back(PayingUnit{id, "", {ActorId(id)}, {}});
    return f;
}

std::vector<std::int64_t> amounts(const FeeAllocation& a)
{
    std::vector<std::int64_t> out;
    for (const auto& s : a.shares) out.push_back(s.amount.kronor());
    return out;
}

// Largest remainder by hand: floor of total × p / sum, then one krona each to the largest remainders,
// ties to the earlier unit.
std::vector<std::int64_t> largest_remainder(std::int64_t total, const std::vector<std::int64_t>& weights)
{
    const std::int64_t sum = std::accumulate(weights.begin(), weights.end(), std::int64_t{0});
    std::vector<std::int64_t> out, rest;
    for (std::int64_t w : weights) {
        out.push_back(total * w / sum);
        rest.push_back(total * w % sum);
    }
    std::int64_t left = total - std::accumulate(out.begin(), out.end(), std::int64_t{0});
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rest[a] > rest[b]; });
    for (std::size_t k = 0; left > 0; ++k, --left) ++out[order[k]];
    return out;
}

}  // namespace

TEST(Fees, TheReferenceProfilesMunicipalitiesHaveTheExpectedPopulations)
{
    const auto org = example_plan()->organisation();
    for (const auto& [id, population] : kMunicipalities) {
        const auto party = org->find_party(ActorId(id));
        ASSERT_TRUE(party && party->population()) << id;
        EXPECT_EQ(party->population()->count, population) << id;
        EXPECT_TRUE(party->population()->uncertain) << id;
    }
}

TEST(Fees, FlatFeePerUnit)
{
    const auto org = example_plan()->organisation();
    const FeeAllocation a = fees_by_key(*org, municipal_funding(FeeKey::FlatPerUnit, 80'000));
    EXPECT_EQ(a.key, FeeKey::FlatPerUnit);
    EXPECT_EQ(a.total, Money::from_kronor(1'040'000));  // 80 000 × 13
    EXPECT_EQ(amounts(a), std::vector<std::int64_t>(13, 80'000));
    EXPECT_FALSE(a.uses_uncertain_population);  // a flat fee uses no population
    EXPECT_EQ(a.shares[0].unit, "kommun-0604");
    EXPECT_EQ(a.shares[0].name, "Aneby kommun");
    EXPECT_EQ(a.shares[0].parties, std::vector<ActorId>{ActorId("kommun-0604")});
    // Not needed, so not given, and nothing in the share rests on an uncertain figure.
    EXPECT_EQ(a.shares[0].population, 0);
    EXPECT_FALSE(a.shares[0].population_uncertain);
}

TEST(Fees, PerInhabitantRoundsEachUnitHalfUp)
{
    const auto org = example_plan()->organisation();
    const FeeAllocation a = fees_by_key(*org, municipal_funding(FeeKey::PerInhabitant, 0, 325));
    // 3,25 kr × population in öre, then (öre + 50) / 100: Gnosjö 3 004 950 öre -> 30 050 kr (half up),
    // Mullsjö 2 462 525 öre -> 24 625 kr, Habo 4 314 375 öre -> 43 144 kr.
    const std::vector<std::int64_t> expected{22'269, 30'050, 24'625, 43'144, 94'296, 48'136, 475'023,
                                             102'856, 112'453, 37'921, 89'369, 57'688, 60'954};
    EXPECT_EQ(amounts(a), expected);
    for (std::size_t i = 0; i < kMunicipalities.size(); ++i) {
        EXPECT_EQ(expected[i], (kMunicipalities[i].second * 325 + 50) / 100) << kMunicipalities[i].first;
        EXPECT_EQ(a.shares[i].population, kMunicipalities[i].second);
        EXPECT_TRUE(a.shares[i].population_uncertain);
        EXPECT_FALSE(a.shares[i].population_missing);
    }
    EXPECT_EQ(a.total, Money::from_kronor(1'198'784));
    EXPECT_TRUE(a.uses_uncertain_population);
    EXPECT_NE(a.method.find("0,50 kr uppåt"), std::string::npos) << a.method;
}

TEST(Fees, BasePlusPerInhabitantAndFixedAndNone)
{
    const auto org = example_plan()->organisation();
    FeeAllocation a = fees_by_key(*org, municipal_funding(FeeKey::BasePlusPerInhabitant, 20'000, 260));
    EXPECT_EQ(a.shares[0].amount, Money::from_kronor(20'000 + 17'815));  // 6 852 × 2,60 = 17 815,20
    EXPECT_EQ(a.shares[1].amount, Money::from_kronor(20'000 + 24'040));  // 9 246 × 2,60 = 24 039,60
    EXPECT_EQ(a.total, Money::from_kronor(1'219'027));
    EXPECT_TRUE(a.uses_uncertain_population);

    Funding fixed = municipal_funding(FeeKey::Fixed);
    for (std::size_t i = 0; i < fixed.units.size(); ++i) fixed.units[i].fixed_amount = Money::from_kronor(1000 * static_cast<std::int64_t>(i));
    a = fees_by_key(*org, fixed);
    EXPECT_EQ(a.total, Money::from_kronor(78'000));  // 1 000 × (0 + 1 + ... + 12)
    EXPECT_EQ(a.shares[12].amount, Money::from_kronor(12'000));
    EXPECT_FALSE(a.uses_uncertain_population);

    a = fees_by_key(*org, municipal_funding(FeeKey::None));
    EXPECT_EQ(a.total, Money());
    EXPECT_EQ(amounts(a), std::vector<std::int64_t>(13, 0));
}

TEST(Fees, UnitsWithoutTheNeededFiguresAreRejected)
{
    const auto org = example_plan()->organisation();
    Funding f = municipal_funding(FeeKey::PerInhabitant, 0, 325);
    f.units.push_back(PayingUnit{"lst", "", {ActorId("lansstyrelsen")}, {}});
    EXPECT_THROW(fees_by_key(*org, f), InvalidArgument);
    EXPECT_THROW(split_by_key(*org, f, Money::from_kronor(1000)), InvalidArgument);
    // A flat fee needs no population.
    f.key = FeeKey::FlatPerUnit;
    f.unit_fee = Money::from_kronor(1);
    EXPECT_EQ(fees_by_key(*org, f).total, Money::from_kronor(14));
    f.key = FeeKey::Fixed;
    EXPECT_THROW(fees_by_key(*org, f), InvalidArgument);
    EXPECT_THROW(split_by_key(*org, f, Money::from_kronor(1000)), InvalidArgument);
    EXPECT_THROW(split_by_key(*org, municipal_funding(FeeKey::PerInhabitant), Money::from_kronor(-1)), InvalidArgument);
    EXPECT_THROW(split_by_key(*org, Funding{}, Money::from_kronor(1000)), InvalidArgument);  // no units
}

TEST(Fees, SplittingTheJonkopingPaymentsByPopulation)
{
    const auto org = example_plan()->organisation();
    const FeeAllocation a = split_by_key(*org, municipal_funding(FeeKey::PerInhabitant), Money::from_kronor(1'196'000));
    // 1 196 000 × 6 852 / 368 856 = 22 216,96...: Aneby gets 22 217 kr, Gnosjö 29 980 kr.
    EXPECT_EQ(a.shares[0].amount, Money::from_kronor(22'217));
    EXPECT_EQ(a.shares[1].amount, Money::from_kronor(29'980));
    const std::vector<std::int64_t> expected{22'217, 29'980, 24'568, 43'044, 94'077, 48'024, 473'921,
                                             102'617, 112'192, 37'833, 89'161, 57'554, 60'812};
    EXPECT_EQ(amounts(a), expected);
    std::vector<std::int64_t> populations;
    for (const auto& m : kMunicipalities) populations.push_back(m.second);
    EXPECT_EQ(std::accumulate(populations.begin(), populations.end(), std::int64_t{0}), 368'856);
    EXPECT_EQ(largest_remainder(1'196'000, populations), expected);
    EXPECT_EQ(a.total, Money::from_kronor(1'196'000));
    EXPECT_TRUE(a.uses_uncertain_population);
    EXPECT_FALSE(a.method.empty());
}

// ---- Properties of split_by_key on generated organisations ----

namespace {

struct Generated {
    std::shared_ptr<Organisation> org;
    Funding funding;
    std::vector<std::int64_t> populations;
    std::vector<bool> uncertain;
};

Generated generate(std::mt19937_64& rng, FeeKey key)
{
    Generated g;
    g.org = std::make_shared<Organisation>(ActorId("samverkan"), "Samverkan");
    const int n = std::uniform_int_distribution<int>(1, 40)(rng);
    // Small ranges make zeros and ties common; large ones test the arithmetic.
    const std::int64_t top = std::uniform_int_distribution<int>(0, 2)(rng) == 0 ? 3 : 1'000'000;
    g.funding.key = key;
    g.funding.unit_fee = Money::from_kronor(std::uniform_int_distribution<std::int64_t>(0, 100'000)(rng));
    g.funding.per_inhabitant_ore = std::uniform_int_distribution<std::int64_t>(0, 1'000)(rng);
    for (int i = 0; i < n; ++i) {
        const ActorId id("k" + std::to_string(i));
        auto party = std::make_shared<Party>(id, PartyKind::Municipality, "Kommun " + std::to_string(i));
        const std::int64_t population = std::uniform_int_distribution<std::int64_t>(0, top)(rng);
        const bool unsure = std::uniform_int_distribution<int>(0, 4)(rng) == 0;
        party->set_population(Population{population, "2023-12-31", "test", unsure});
        g.org->add_party(party);
        g.populations.push_back(population);
        g.uncertain.push_back(unsure);
        g.funding.units.push_back(PayingUnit{id.value(), "", {id}, Money::from_kronor(std::uniform_int_distribution<std::int64_t>(0, top)(rng))});
    }
    return g;
}

bool needs_population(FeeKey key) { return key == FeeKey::PerInhabitant || key == FeeKey::BasePlusPerInhabitant; }

}  // namespace

TEST(FeesProperties, SplitByKeyKeepsTheTotalAndIsFairForEveryKey)
{
    std::mt19937_64 rng(20240101);
    const std::vector<FeeKey> keys{FeeKey::None, FeeKey::FlatPerUnit, FeeKey::PerInhabitant,
                                   FeeKey::BasePlusPerInhabitant, FeeKey::Fixed};
    int checked = 0, rejected = 0;
    for (int round = 0; round < 3000; ++round) {
        const FeeKey key = keys[static_cast<std::size_t>(round) % keys.size()];
        const Generated g = generate(rng, key);
        const std::int64_t total = std::uniform_int_distribution<int>(0, 9)(rng) == 0
            ? std::uniform_int_distribution<std::int64_t>(0, 3)(rng)
            : std::uniform_int_distribution<std::int64_t>(0, 1'000'000'000)(rng);
        // The weights split_by_key documents: population, 1, base in öre + öre × population, fixed amount.
        std::vector<std::int64_t> w;
        for (std::size_t i = 0; i < g.populations.size(); ++i) {
            if (key == FeeKey::PerInhabitant) w.push_back(g.populations[i]);
            else if (key == FeeKey::BasePlusPerInhabitant)
                w.push_back(g.funding.unit_fee.kronor() * 100 + g.populations[i] * g.funding.per_inhabitant_ore);
            else if (key == FeeKey::Fixed) w.push_back(g.funding.units[i].fixed_amount->kronor());
            else w.push_back(1);
        }
        SCOPED_TRACE("round " + std::to_string(round) + " key " + to_string(key) + " units " + std::to_string(w.size()) +
                     " total " + std::to_string(total));
        if (std::accumulate(w.begin(), w.end(), std::int64_t{0}) == 0) {
            EXPECT_THROW(split_by_key(*g.org, g.funding, Money::from_kronor(total)), InvalidArgument);
            ++rejected;
            continue;
        }
        const FeeAllocation a = split_by_key(*g.org, g.funding, Money::from_kronor(total));
        ASSERT_EQ(a.shares.size(), w.size());
        std::int64_t sum = 0;
        __extension__ typedef __int128 Wide;
        Wide weight_sum = 0;
        for (std::int64_t x : w) weight_sum += x;
        for (std::size_t i = 0; i < w.size(); ++i) {
            const std::int64_t amount = a.shares[i].amount.kronor();
            ASSERT_GE(amount, 0);
            sum += amount;
            // Within one krona of the exact share total × w / Σw.
            const Wide exact = static_cast<Wide>(total) * w[i];
            ASSERT_LT(exact - static_cast<Wide>(amount) * weight_sum, weight_sum);
            ASSERT_GT(exact - static_cast<Wide>(amount) * weight_sum, -weight_sum);
            for (std::size_t j = 0; j < w.size(); ++j) {
                const std::int64_t other = a.shares[j].amount.kronor();
                if (w[i] > w[j]) {
                    ASSERT_GE(amount, other) << i << " vs " << j;  // a larger weight never gets less
                }
                if (w[i] == w[j]) {
                    ASSERT_LE(std::abs(amount - other), 1) << i << " vs " << j;
                }
            }
        }
        ASSERT_EQ(sum, total);
        ASSERT_EQ(a.total.kronor(), total);
        const bool any_uncertain = std::find(g.uncertain.begin(), g.uncertain.end(), true) != g.uncertain.end();
        ASSERT_EQ(a.uses_uncertain_population, needs_population(key) && any_uncertain);
        for (std::size_t i = 0; i < w.size(); ++i)
            ASSERT_EQ(a.shares[i].population_uncertain, needs_population(key) && g.uncertain[i]) << i;
        ++checked;
    }
    // The generator reaches both outcomes.
    EXPECT_GT(checked, 2500);
    EXPECT_GT(rejected, 0);
}

TEST(FeesProperties, UnitsOfSeveralPartiesWeighTheirSummedPopulation)
{
    auto org = example_plan()->organisation();
    Funding f = municipal_funding(FeeKey::PerInhabitant);
    // Aneby and Gnosjö pay together: 6 852 + 9 246 = 16 098 inhabitants, one uncertain unit.
    f.units[0] = PayingUnit{"aneby-gnosjo", "", {ActorId("kommun-0604"), ActorId("kommun-0617")}, {}};
    f.units.erase(f.units.begin() + 1);
    const FeeAllocation a = split_by_key(*org, f, Money::from_kronor(368'856));
    EXPECT_EQ(a.shares[0].population, 16'098);
    EXPECT_EQ(a.shares[0].amount, Money::from_kronor(16'098));  // one krona per inhabitant exactly
    EXPECT_EQ(a.shares[0].name, "Aneby kommun, Gnosjö kommun");
    EXPECT_TRUE(a.shares[0].population_uncertain);
}

}  // namespace miljoplan
