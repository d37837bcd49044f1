// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/keyfigures/key_figure_set.h"

#include <algorithm>
#include <set>

#include "detail/checks.h"
#include "miljoplan/error.h"

namespace miljoplan {

bool is_municipality_code(const std::string& code) noexcept
{
    return code.size() == 4 && code.find_first_not_of("0123456789") == std::string::npos;
}

void KeyFigureSet::add_key_figure(KeyFigure key_figure)
{
    detail::require_non_empty(key_figure.id, "key figure id");
    detail::require_non_empty(key_figure.name, "key figure name");
    if (find_key_figure(key_figure.id)) throw DuplicateId("key figures", key_figure.id);
    key_figures_.push_back(std::move(key_figure));
}

const KeyFigure* KeyFigureSet::find_key_figure(const std::string& id) const noexcept
{
    for (const auto& k : key_figures_)
        if (k.id == id) return &k;
    return nullptr;
}

KeyFigure* KeyFigureSet::find_key_figure(const std::string& id) noexcept
{
    for (auto& k : key_figures_)
        if (k.id == id) return &k;
    return nullptr;
}

void KeyFigureSet::add_municipality(KeyFigureMunicipality municipality)
{
    if (!is_municipality_code(municipality.code))
        throw InvalidArgument("kommunkod must be four digits, got '" + municipality.code + "'");
    if (find_municipality(municipality.code)) throw DuplicateId("municipalities", municipality.code);
    municipalities_.push_back(std::move(municipality));
}

const KeyFigureMunicipality* KeyFigureSet::find_municipality(const std::string& code) const noexcept
{
    for (const auto& m : municipalities_)
        if (m.code == code) return &m;
    return nullptr;
}

std::size_t KeyFigureSet::link_parties(const Organisation& organisation)
{
    std::size_t changed = 0;
    for (const auto& party : organisation.parties()) {
        if (!party->municipality_code()) continue;
        const std::string& code = *party->municipality_code();
        auto it = std::find_if(municipalities_.begin(), municipalities_.end(),
                               [&](const KeyFigureMunicipality& m) { return m.code == code; });
        if (it == municipalities_.end()) {
            municipalities_.push_back({code, party->name(), party->id().value()});
            ++changed;
        } else if (it->party != party->id().value()) {
            it->party = party->id().value();
            if (it->name.empty()) it->name = party->name();
            ++changed;
        }
    }
    return changed;
}

void KeyFigureSet::check_value(const KeyFigureValue& value) const
{
    if (!find_key_figure(value.key_figure))
        throw InvalidArgument("key figure '" + value.key_figure + "' is not in the catalogue");
    if (!is_municipality_code(value.municipality))
        throw InvalidArgument("kommunkod must be four digits, got '" + value.municipality + "'");
    if (value.year < 1900 || value.year > 2200)
        throw InvalidArgument("key figure year " + std::to_string(value.year) + " is outside 1900..2200");
    if (value.status == ValueStatus::Missing && value.value)
        throw InvalidArgument("a missing value of '" + value.key_figure + "' for " + value.municipality + " " +
                              std::to_string(value.year) + " must not have a number");
    if (value.status != ValueStatus::Missing && !value.value)
        throw InvalidArgument("the " + to_string(value.status) + " value of '" + value.key_figure + "' for " +
                              value.municipality + " " + std::to_string(value.year) + " has no number");
}

void KeyFigureSet::add_value(KeyFigureValue value)
{
    check_value(value);
    if (find_value(value.key_figure, value.municipality, value.year))
        throw DuplicateId("key figure values",
                          value.key_figure + "/" + value.municipality + "/" + std::to_string(value.year));
    values_.push_back(std::move(value));
}

bool KeyFigureSet::set_value(KeyFigureValue value)
{
    check_value(value);
    for (auto& v : values_) {
        if (v.key_figure == value.key_figure && v.municipality == value.municipality && v.year == value.year) {
            v = std::move(value);
            return true;
        }
    }
    values_.push_back(std::move(value));
    return false;
}

const KeyFigureValue* KeyFigureSet::find_value(const std::string& key_figure, const std::string& municipality,
                                               int year) const noexcept
{
    for (const auto& v : values_)
        if (v.key_figure == key_figure && v.municipality == municipality && v.year == year) return &v;
    return nullptr;
}

std::vector<int> KeyFigureSet::years(const std::string& key_figure) const
{
    std::set<int> years;
    for (const auto& v : values_)
        if (v.key_figure == key_figure) years.insert(v.year);
    return {years.begin(), years.end()};
}

std::vector<std::string> KeyFigureSet::municipality_codes() const
{
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const auto& m : municipalities_)
        if (seen.insert(m.code).second) out.push_back(m.code);
    for (const auto& v : values_)
        if (seen.insert(v.municipality).second) out.push_back(v.municipality);
    return out;
}

bool operator==(const KeyFigureSet& a, const KeyFigureSet& b)
{
    return a.title_ == b.title_ && a.key_figures_ == b.key_figures_ && a.municipalities_ == b.municipalities_ &&
           a.values_ == b.values_ && a.extra_ == b.extra_;
}

}  // namespace miljoplan
