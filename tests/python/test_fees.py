# SPDX-License-Identifier: Apache-2.0
"""Fee allocation from Python: fees_by_key() and split_by_key() on the 13 Jönköping municipalities, worked
out by hand, split_by_key()'s guarantees on many generated organisations, and FeeAllocation.rows() as a
pandas table. Mirrors tests/cpp/analysis/test_fees.cpp.
"""

import random

import pandas as pd
import pytest

import miljoplan
from miljoplan import FeeKey, Funding, Organisation, Party, PayingUnit, Population

# The reference profile's municipalities in profile order, with their populations (all marked uncertain).
MUNICIPALITIES = [("kommun-0604", 6852), ("kommun-0617", 9246), ("kommun-0642", 7577), ("kommun-0643", 13275),
                  ("kommun-0662", 29014), ("kommun-0665", 14811), ("kommun-0680", 146161), ("kommun-0682", 31648),
                  ("kommun-0683", 34601), ("kommun-0684", 11668), ("kommun-0685", 27498), ("kommun-0686", 17750),
                  ("kommun-0687", 18755)]


@pytest.fixture
def org():
    return miljoplan.example_plan().organisation


def funding(key, unit_fee=0, ore=0):
    return Funding(key, [PayingUnit(pid, [pid]) for pid, _ in MUNICIPALITIES], unit_fee=unit_fee,
                   per_inhabitant_ore=ore)


def largest_remainder(total, weights):
    """By hand: floors of total × w / Σw, then one krona each to the largest remainders (earlier unit first)."""
    s = sum(weights)
    floors = [total * w // s for w in weights]
    rests = [total * w % s for w in weights]
    order = sorted(range(len(weights)), key=lambda i: -rests[i])  # sorted() is stable: ties keep unit order
    for i in order[:total - sum(floors)]:
        floors[i] += 1
    return floors


def test_populations_are_those_of_the_data_file(org):
    for pid, population in MUNICIPALITIES:
        party = org.find_party(pid)
        assert (party.population.count, party.population.uncertain) == (population, True)
    assert sum(p for _, p in MUNICIPALITIES) == 368_856


def test_flat_fee(org):
    a = miljoplan.fees_by_key(org, funding(FeeKey.FlatPerUnit, unit_fee=80_000))
    assert a.total == 80_000 * 13 == 1_040_000
    assert [s.amount for s in a.shares] == [80_000] * 13
    assert not a.uses_uncertain_population
    assert (a.shares[0].unit, a.shares[0].name, a.shares[0].parties) == ("kommun-0604", "Aneby kommun", ["kommun-0604"])
    assert (a.shares[0].population, a.shares[0].population_uncertain) == (0, False)  # not used by a flat fee


def test_per_inhabitant_rounds_half_up_per_unit(org):
    a = miljoplan.fees_by_key(org, funding(FeeKey.PerInhabitant, ore=325))
    expected = [(p * 325 + 50) // 100 for _, p in MUNICIPALITIES]
    assert expected[:3] == [22_269, 30_050, 24_625]  # Gnosjö: 9 246 × 3,25 = 30 049,50 -> 30 050
    assert [s.amount for s in a.shares] == expected
    assert a.total == sum(expected) == 1_198_784
    assert a.uses_uncertain_population
    assert all(s.population_uncertain for s in a.shares)
    assert "0,50 kr uppåt" in a.method
    assert repr(a) == "<FeeAllocation per invånare: 13 shares, total 1198784 kr>"


def test_base_plus_per_inhabitant_and_fixed(org):
    a = miljoplan.fees_by_key(org, funding(FeeKey.BasePlusPerInhabitant, unit_fee=20_000, ore=260))
    assert a.shares[0].amount == 20_000 + 17_815  # 6 852 × 2,60 = 17 815,20
    assert a.total == 1_219_027
    fixed = Funding(FeeKey.Fixed, [PayingUnit(pid, [pid], fixed_amount=1000 * i) for i, (pid, _) in
                                   enumerate(MUNICIPALITIES)])
    a = miljoplan.fees_by_key(org, fixed)
    assert a.total == 78_000 and not a.uses_uncertain_population
    assert miljoplan.fees_by_key(org, funding(FeeKey.None_)).total == 0


def test_errors(org):
    with_state = funding(FeeKey.PerInhabitant, ore=325)
    with_state = Funding(FeeKey.PerInhabitant, list(with_state.units) + [PayingUnit("lst", ["lansstyrelsen"])],
                         per_inhabitant_ore=325)
    with pytest.raises(miljoplan.InvalidArgumentError, match="without a population figure"):
        miljoplan.fees_by_key(org, with_state)
    with pytest.raises(miljoplan.InvalidArgumentError):
        miljoplan.split_by_key(org, funding(FeeKey.PerInhabitant), -1)
    with pytest.raises(ValueError, match="must not be negative"):
        Funding(FeeKey.PerInhabitant, per_inhabitant_ore=-1)
    with pytest.raises(ValueError, match="at least one party"):
        PayingUnit("tom", [])


def test_split_of_the_jonkoping_payments(org):
    a = miljoplan.split_by_key(org, funding(FeeKey.PerInhabitant), 1_196_000)
    amounts = [s.amount for s in a.shares]
    # 1 196 000 × 6 852 / 368 856 = 22 216,96...: Aneby 22 217 kr; Gnosjö 29 980 kr.
    assert amounts[:2] == [22_217, 29_980]
    assert amounts == largest_remainder(1_196_000, [p for _, p in MUNICIPALITIES])
    assert amounts == [22_217, 29_980, 24_568, 43_044, 94_077, 48_024, 473_921, 102_617, 112_192, 37_833, 89_161,
                       57_554, 60_812]
    assert a.total == sum(amounts) == 1_196_000
    assert a.uses_uncertain_population


def test_rows_make_a_dataframe(org):
    a = miljoplan.split_by_key(org, funding(FeeKey.PerInhabitant), 1_196_000)
    frame = pd.DataFrame(a.rows())
    assert list(frame.columns) == ["unit", "name", "parties", "population", "population_uncertain", "amount"]
    assert len(frame) == 13
    assert frame["amount"].sum() == 1_196_000
    assert frame["population"].sum() == 368_856
    assert frame["population_uncertain"].all()
    first = frame.iloc[0]
    assert (first["unit"], first["name"], first["parties"], first["amount"]) == \
        ("kommun-0604", "Aneby kommun", ["kommun-0604"], 22_217)
    flat = pd.DataFrame(miljoplan.fees_by_key(org, funding(FeeKey.FlatPerUnit, unit_fee=1)).rows())
    assert not flat["population_uncertain"].any()


# ---- properties of split_by_key ------------------------------------------------------------------------

def generated(rng, key):
    org = Organisation("samverkan", "Samverkan")
    top = rng.choice([3, 1_000_000])  # small ranges make zeros and ties common
    units, populations, uncertain, fixed = [], [], [], []
    for i in range(rng.randint(1, 40)):
        population = rng.randint(0, top)
        unsure = rng.random() < 0.2
        party = Party(f"k{i}", "kommun", f"Kommun {i}")
        party.population = Population(population, "2023-12-31", "test", unsure)
        org.add_party(party)
        amount = rng.randint(0, top)
        units.append(PayingUnit(f"k{i}", [f"k{i}"], fixed_amount=amount))
        populations.append(population)
        uncertain.append(unsure)
        fixed.append(amount)
    f = Funding(key, units, unit_fee=rng.randint(0, 100_000), per_inhabitant_ore=rng.randint(0, 1000))
    if key == FeeKey.PerInhabitant:
        weights = populations
    elif key == FeeKey.BasePlusPerInhabitant:
        weights = [f.unit_fee * 100 + p * f.per_inhabitant_ore for p in populations]
    elif key == FeeKey.Fixed:
        weights = fixed
    else:
        weights = [1] * len(units)
    return org, f, weights, uncertain


@pytest.mark.parametrize("key", [FeeKey.None_, FeeKey.FlatPerUnit, FeeKey.PerInhabitant, FeeKey.BasePlusPerInhabitant,
                                 FeeKey.Fixed])
def test_split_properties(key):
    rng = random.Random(f"miljoplan-{key}")
    needs_population = key in (FeeKey.PerInhabitant, FeeKey.BasePlusPerInhabitant)
    checked = rejected = 0
    for _ in range(300):
        org, f, weights, uncertain = generated(rng, key)
        total = rng.choice([rng.randint(0, 3), rng.randint(0, 10**9)])
        if sum(weights) == 0:
            with pytest.raises(miljoplan.InvalidArgumentError):
                miljoplan.split_by_key(org, f, total)
            rejected += 1
            continue
        a = miljoplan.split_by_key(org, f, total)
        amounts = [s.amount for s in a.shares]
        assert sum(amounts) == a.total == total
        assert min(amounts) >= 0
        assert amounts == largest_remainder(total, weights)
        for i, wi in enumerate(weights):
            for j, wj in enumerate(weights):
                if wi > wj:
                    assert amounts[i] >= amounts[j]  # a larger weight never gets less
                if wi == wj:
                    assert abs(amounts[i] - amounts[j]) <= 1
        assert a.uses_uncertain_population == (needs_population and any(uncertain))
        assert [s.population_uncertain for s in a.shares] == [needs_population and u for u in uncertain]
        checked += 1
    assert checked > 200
    if key == FeeKey.PerInhabitant:
        assert rejected > 0  # all-zero populations occur and are refused
