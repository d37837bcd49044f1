// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

#include "miljoplan/export.h"

namespace miljoplan {

/// @brief A criterion the preparation group assesses proposals against, with its score scale.
struct MILJOPLAN_API Criterion {
    /// @brief Stable id ("behov").
    std::string id;
    /// @brief Name ("Behov i flera kommuner").
    std::string name;
    /// @brief What the criterion means, verbatim.
    std::string description;
    /// @brief Lowest score (0 in a 0-3 survey).
    int min = 0;
    /// @brief Highest score (3 in a 0-3 survey).
    int max = 3;

    /// @brief Member-wise equality.
    friend bool operator==(const Criterion& a, const Criterion& b)
    {
        return a.id == b.id && a.name == b.name && a.description == b.description && a.min == b.min && a.max == b.max;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const Criterion& a, const Criterion& b) { return !(a == b); }
};

}  // namespace miljoplan
