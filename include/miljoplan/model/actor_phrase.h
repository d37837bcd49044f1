// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/types/ids.h"

namespace miljoplan {

/// @brief A structured reference to an actor named in a responsible or partner cell.
struct MILJOPLAN_API ActorRef {
    /// @brief The party, group, role or body.
    ActorId id;
    /// @brief True when the text makes the actor's part conditional ("eventuellt även ...").
    bool tentative = false;

    /// @brief Member-wise equality.
    friend bool operator==(const ActorRef& a, const ActorRef& b)
    {
        return a.id == b.id && a.tentative == b.tentative;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const ActorRef& a, const ActorRef& b) { return !(a == b); }
};

/// @brief A responsible (ansvar) or partner (samverkansparter) cell: the words and whom they name.
struct MILJOPLAN_API ActorPhrase {
    /// @brief The cell as written in the source, byte-exact.
    std::string text;
    /// @brief The actors it names, in the order they appear.
    std::vector<ActorRef> refs;

    /// @brief True when the cell is empty.
    bool empty() const noexcept { return text.empty() && refs.empty(); }

    /// @brief Member-wise equality.
    friend bool operator==(const ActorPhrase& a, const ActorPhrase& b)
    {
        return a.text == b.text && a.refs == b.refs;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const ActorPhrase& a, const ActorPhrase& b) { return !(a == b); }
};

}  // namespace miljoplan
