// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/error.h"

namespace miljoplan {

std::string SourceLocation::to_string() const
{
    std::string out = source.empty() ? std::string("<input>") : source;
    if (line > 0) {
        out += ":" + std::to_string(line);
        if (column > 0) out += ":" + std::to_string(column);
    }
    if (!path.empty()) out += " at " + path;
    return out;
}

}  // namespace miljoplan
