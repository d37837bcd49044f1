// SPDX-License-Identifier: Apache-2.0
#include "io/toml_headers.h"

#include "miljoplan/error.h"

namespace miljoplan::detail {

// toml++ 3.3 asserts (and without assertions assumes, which is undefined behaviour) that a table header's
// first key starts with a bare-key character or a quote; "[\n", "[.a]", "[=]" and "[å]" break that (found
// by fuzz/fuzz_plan_toml). Such headers are refused here first, at their line and column; everything else
// is left to toml++. The scan only needs to tell a header from an array value, so it follows strings,
// comments and bracket depth, nothing more.
void refuse_nameless_toml_headers(std::string_view text, const std::string& source)
{
    std::size_t line = 1, line_begin = 0, depth = 0, i = 0;
    bool line_start = true;
    const std::size_t n = text.size();
    auto column = [&](std::size_t at) {
        std::size_t c = 1;
        for (std::size_t k = line_begin; k < at && k < n; ++k) c += (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80;
        return c;
    };
    auto newline = [&](std::size_t at) {
        ++line;
        line_begin = at + 1;
    };
    while (i < n) {
        const char c = text[i];
        if (c == '\n') {
            newline(i);
            line_start = true;
            ++i;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            ++i;
        } else if (c == '#') {
            while (i < n && text[i] != '\n') ++i;
        } else if (c == '"' || c == '\'') {
            line_start = false;
            const std::string delimiter(3, c);
            const bool multi = text.substr(i, 3) == delimiter;
            i += multi ? 3 : 1;
            while (i < n) {
                if (c == '"' && text[i] == '\\') {
                    if (i + 1 < n && text[i + 1] == '\n') newline(i + 1);
                    i += 2;
                } else if (text[i] == c && (!multi || text.substr(i, 3) == delimiter)) {
                    i += multi ? 3 : 1;
                    while (multi && i < n && text[i] == c) ++i;  // up to two quotes may end the content
                    break;
                } else {
                    if (text[i] == '\n') {
                        if (!multi) break;
                        newline(i);
                    }
                    ++i;
                }
            }
        } else if (c == '[' && depth == 0 && line_start) {
            std::size_t k = i + 1;
            if (k < n && text[k] == '[') ++k;
            while (k < n && (text[k] == ' ' || text[k] == '\t')) ++k;
            if (k < n) {
                const char first = text[k];
                const bool bare = (first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z') ||
                                  (first >= '0' && first <= '9') || first == '_' || first == '-';
                if (!bare && first != '"' && first != '\'' && first != ']')
                    throw ParseError(SourceLocation{source, line, column(k), {}},
                                     "invalid TOML: a table header must start with a name (letters, digits, _ or -) "
                                     "or a quoted name");
            }
            // A quoted key holds no line break, so the header ends with its line.
            while (i < n && text[i] != '\n') ++i;
        } else {
            line_start = false;
            if (c == '[' || c == '{') ++depth;
            if ((c == ']' || c == '}') && depth > 0) --depth;
            ++i;
        }
    }
}

}  // namespace miljoplan::detail
