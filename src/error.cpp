// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/error.h"

#include "detail/text.h"

namespace miljoplan {

std::string SourceLocation::to_string() const
{
    // The source may quote the input itself (a timing phrase): control bytes and malformed UTF-8 are
    // written as \xNN, because a NUL would end what() there and cut the message short.
    std::string out = source.empty() ? std::string("<input>") : detail::printable(source);
    if (line > 0) {
        out += ":" + std::to_string(line);
        if (column > 0) out += ":" + std::to_string(column);
    }
    if (!path.empty()) out += " at " + path;
    return out;
}

}  // namespace miljoplan
