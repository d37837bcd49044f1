// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "miljoplan/export.h"

namespace miljoplan {

/// @brief Fields of a serialised object that this version does not know, kept for the round trip.
///
/// Each value is held as its JSON text, so a newer writer's data survives being loaded and saved
/// by an older miljoplan. Order of insertion is kept, so files do not churn.
class MILJOPLAN_API ExtraFields {
public:
    /// @brief One unknown field: its key and its value as JSON text.
    using Entry = std::pair<std::string, std::string>;

    /// @brief True when no unknown field was kept.
    bool empty() const noexcept { return entries_.empty(); }
    /// @brief How many unknown fields are kept.
    std::size_t size() const noexcept { return entries_.size(); }
    /// @brief The fields in their original order.
    const std::vector<Entry>& entries() const noexcept { return entries_; }
    /// @brief The JSON text of @p key, or nullopt.
    std::optional<std::string> get(const std::string& key) const;
    /// @brief Sets @p key to the JSON text @p json_value, replacing an earlier value.
    void set(const std::string& key, std::string json_value);
    /// @brief Removes @p key; returns whether it was there.
    bool erase(const std::string& key);

    /// @brief Equality of keys, order and values.
    friend bool operator==(const ExtraFields& a, const ExtraFields& b) { return a.entries_ == b.entries_; }
    /// @brief Inequality.
    friend bool operator!=(const ExtraFields& a, const ExtraFields& b) { return !(a == b); }

private:
    std::vector<Entry> entries_;
};

}  // namespace miljoplan
