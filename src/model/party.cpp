// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/model/party.h"

#include "detail/checks.h"
#include "detail/enum_names.h"

namespace miljoplan {

namespace {

const detail::EnumName<PartyKind> kPartyKinds[] = {
    {PartyKind::Municipality, "kommun", "municipality"},
    {PartyKind::CountyAdministrativeBoard, "länsstyrelse", "county administrative board"},
    {PartyKind::Region, "region", "region"},
    {PartyKind::MunicipalAssociation, "kommunförbund", "municipal association"},
    {PartyKind::Office, "förvaltning", "office"},
    {PartyKind::Police, "polis", "police"},
    {PartyKind::Prosecutor, "åklagare", "prosecutor"},
    {PartyKind::Cooperation, "miljösamverkan", "cooperation"},
    {PartyKind::Other, "övrig", "other"},
};

}  // namespace

std::string to_string(PartyKind kind) { return detail::token_of(kPartyKinds, kind); }

std::optional<PartyKind> parse_party_kind(std::string_view text)
{
    if (auto kind = detail::parse_enum(kPartyKinds, text)) return kind;
    // The source calls PKS a "primärkommunalt samverkansorgan"; it is the same kind.
    if (detail::fold(text) == "samverkansorgan") return PartyKind::MunicipalAssociation;
    return std::nullopt;
}

const std::vector<PartyKind>& all_party_kinds()
{
    static const std::vector<PartyKind> kinds = [] {
        std::vector<PartyKind> out;
        for (const auto& entry : kPartyKinds) out.push_back(entry.value);
        return out;
    }();
    return kinds;
}

Party::Party(ActorId id, PartyKind kind, std::string name)
    : id_(std::move(id)), kind_(kind), name_(std::move(name))
{
    detail::require_non_empty(id_.value(), "party id");
    detail::require_non_empty(name_, "party name");
}

void Party::set_name(std::string name)
{
    detail::require_non_empty(name, "party name");
    name_ = std::move(name);
}

void Party::set_municipality_code(std::optional<std::string> code)
{
    if (code) {
        const bool four_digits = code->size() == 4 &&
            code->find_first_not_of("0123456789") == std::string::npos;
        if (!four_digits) throw InvalidArgument("kommunkod must be four digits, got '" + *code + "'");
    }
    municipality_code_ = std::move(code);
}

void Party::set_population(std::optional<Population> population)
{
    if (population && population->count < 0)
        throw InvalidArgument("population of " + name_ + " must not be negative");
    population_ = std::move(population);
}

bool operator==(const Party& a, const Party& b)
{
    return a.id_ == b.id_ && a.kind_ == b.kind_ && a.name_ == b.name_ &&
           a.short_names_ == b.short_names_ && a.municipality_code_ == b.municipality_code_ &&
           a.parent_ == b.parent_ && a.district_ == b.district_ && a.population_ == b.population_ &&
           a.extra_ == b.extra_;
}

}  // namespace miljoplan
