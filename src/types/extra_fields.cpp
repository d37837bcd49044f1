// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/types/extra_fields.h"

#include <algorithm>

namespace miljoplan {

std::optional<std::string> ExtraFields::get(const std::string& key) const
{
    for (const auto& [k, v] : entries_)
        if (k == key) return v;
    return std::nullopt;
}

void ExtraFields::set(const std::string& key, std::string json_value)
{
    for (auto& [k, v] : entries_) {
        if (k == key) {
            v = std::move(json_value);
            return;
        }
    }
    entries_.emplace_back(key, std::move(json_value));
}

bool ExtraFields::erase(const std::string& key)
{
    const auto it = std::find_if(entries_.begin(), entries_.end(),
                                 [&](const Entry& e) { return e.first == key; });
    if (it == entries_.end()) return false;
    entries_.erase(it);
    return true;
}

}  // namespace miljoplan
