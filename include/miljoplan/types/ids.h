// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <string>
#include <utility>

namespace miljoplan {

/// @brief A strongly typed identifier: ids of different kinds cannot be mixed up.
template <class Tag>
class Id {
public:
    /// @brief An empty id (used only as a placeholder before assignment).
    Id() = default;
    /// @brief Wraps @p value; explicit so that a plain string never silently becomes an id.
    explicit Id(std::string value) : value_(std::move(value)) {}
    /// @brief The id's text.
    const std::string& value() const noexcept { return value_; }
    /// @brief True when the id holds no text.
    bool empty() const noexcept { return value_.empty(); }

    /// @brief Equality of ids of the same kind.
    friend bool operator==(const Id& a, const Id& b) noexcept { return a.value_ == b.value_; }
    /// @brief Inequality of ids of the same kind.
    friend bool operator!=(const Id& a, const Id& b) noexcept { return a.value_ != b.value_; }
    /// @brief Ordering, so ids can key sorted containers.
    friend bool operator<(const Id& a, const Id& b) noexcept { return a.value_ < b.value_; }

private:
    std::string value_;
};

/// @brief Id of anyone who can be responsible or a partner: a party, a group, a body, a role.
using ActorId = Id<struct ActorTag>;
/// @brief Id of an activity in a plan.
using ActivityId = Id<struct ActivityTag>;
/// @brief Id of a proposal in the proposal bank.
using ProposalId = Id<struct ProposalTag>;
/// @brief Id of an effect goal in the goal catalog.
using GoalId = Id<struct GoalTag>;
/// @brief Id of a plan.
using PlanId = Id<struct PlanTag>;

}  // namespace miljoplan

/// @brief Hashing, so ids can key unordered containers.
template <class Tag>
struct std::hash<miljoplan::Id<Tag>> {
    /// @brief Hash of the id's text.
    std::size_t operator()(const miljoplan::Id<Tag>& id) const noexcept
    {
        return std::hash<std::string>{}(id.value());
    }
};
