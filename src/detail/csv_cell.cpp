// SPDX-License-Identifier: Apache-2.0
#include "detail/csv_cell.h"

namespace miljoplan::detail {

bool csv_needs_guard(std::string_view cell) noexcept
{
    if (cell.empty()) return false;
    const char c = cell[0];
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') return true;
    return c == '\'' && csv_needs_guard(cell.substr(1));
}

std::string csv_cell(std::string_view text, char separator, bool guard)
{
    std::string value = guard && csv_needs_guard(text) ? "'" : "";
    value += text;
    const bool quote = value.find_first_of(std::string("\"\r\n") + separator) != std::string::npos ||
                       (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!quote) return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

}  // namespace miljoplan::detail
