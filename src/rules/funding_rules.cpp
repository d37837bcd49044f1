// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/analysis/fees.h"
#include "miljoplan/error.h"
#include "rules/engine.h"

namespace miljoplan::detail {

namespace {

bool sets_amounts(const Funding& f)
{
    switch (f.key) {
    case FeeKey::None: return true;  // nobody pays: the payments should be zero
    case FeeKey::FlatPerUnit: return f.unit_fee != Money();
    case FeeKey::PerInhabitant: return f.per_inhabitant_ore != 0;
    case FeeKey::BasePlusPerInhabitant: return f.per_inhabitant_ore != 0 || f.unit_fee != Money();
    case FeeKey::Fixed: return true;
    }
    return false;
}

void payments(RuleContext& c)
{
    const Funding& funding = c.plan.organisation()->funding();
    const auto& budget = c.plan.budget();
    if (!budget || funding.units.empty() || !sets_amounts(funding)) return;
    const auto lines = budget->lines_tagged("member_payments");
    if (lines.empty()) return;
    const Money line = budget->income_tagged("member_payments");
    FeeAllocation expected;
    try {
        expected = fees_by_key(*c.plan.organisation(), funding);
    } catch (const InvalidArgument& e) {
        c.report(c.say("Avgifterna går inte att räkna ut enligt nyckeln: ", "The fees cannot be computed by the key: ") +
                     e.what(),
                 "$.organisation.funding");
        return;
    }
    const Money difference = line - expected.total;
    const Money tolerance = Money::from_kronor(c.param("tolerance_kronor"));
    if (difference <= tolerance && -tolerance <= difference) return;
    const std::string uncertain = expected.uses_uncertain_population
        ? c.say(" (räknat på osäkra befolkningssiffror)", " (computed from uncertain population figures)")
        : "";
    c.report(c.say("Inbetalningarna i budgeten är " + show_amount(line, *budget) + " men nyckeln (" + to_string(funding.key) +
                       ", " + std::to_string(funding.units.size()) + " betalande enheter) ger " +
                       show_amount(expected.total, *budget) + " (skillnad " + show_signed(difference, *budget) + ")" +
                       uncertain,
                   "The budget's payments are " + show_amount(line, *budget) + " but the key (" + to_string(funding.key) +
                       ", " + std::to_string(funding.units.size()) + " paying units) gives " +
                       show_amount(expected.total, *budget) + " (difference " + show_signed(difference, *budget) + ")" +
                       uncertain),
             "$.budget.income");
}

void units(RuleContext& c)
{
    const Organisation& org = *c.plan.organisation();
    const Funding& funding = org.funding();
    for (std::size_t i = 0; i < funding.units.size(); ++i) {
        for (std::size_t k = 0; k < funding.units[i].parties.size(); ++k) {
            const ActorId& id = funding.units[i].parties[k];
            if (org.find_party(id)) continue;
            c.report(c.say("Den betalande enheten " + quoted(funding.units[i].id) + " nämner " + quoted(id.value()) +
                               ", som inte är en part",
                           "The paying unit " + quoted(funding.units[i].id) + " names " + quoted(id.value()) +
                               ", which is not a party"),
                     "$.organisation.funding.units[" + std::to_string(i) + "].parties[" + std::to_string(k) + "]");
        }
    }
    // A party paying twice (in two units) is counted twice: almost certainly a mistake.
    for (std::size_t i = 0; i < funding.units.size(); ++i)
        for (std::size_t j = i + 1; j < funding.units.size(); ++j)
            for (const auto& a : funding.units[i].parties)
                for (const auto& b : funding.units[j].parties)
                    if (a == b)
                        c.report(c.say(quoted(a.value()) + " ingår i två betalande enheter, " + quoted(funding.units[i].id) +
                                           " och " + quoted(funding.units[j].id),
                                       quoted(a.value()) + " is in two paying units, " + quoted(funding.units[i].id) +
                                           " and " + quoted(funding.units[j].id)),
                                 "$.organisation.funding.units[" + std::to_string(j) + "]");
}

}  // namespace

void add_funding_rules(std::vector<Rule>& rules)
{
    rules.push_back({{"funding.payments", "funding", Severity::Error,
                      "Budgetens inbetalningar ska vara vad avgiftsnyckeln ger.",
                      "The budget's payments equal what the fee key gives.",
                      {{"tolerance_kronor", 0, "Largest difference in whole kronor that is accepted"}}},
                     payments});
    rules.push_back({{"funding.units", "funding", Severity::Error,
                      "De betalande enheterna ska bestå av kända parter, var och en i en enhet.",
                      "The paying units consist of known parties, each in one unit.", {}},
                     units});
}

}  // namespace miljoplan::detail
