// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/rules/finding.h"

#include <algorithm>

namespace miljoplan {

std::size_t count(const std::vector<Finding>& findings, Severity severity)
{
    return static_cast<std::size_t>(
        std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.severity == severity; }));
}

}  // namespace miljoplan
