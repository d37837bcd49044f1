// SPDX-License-Identifier: Apache-2.0
#include "detail/markup.h"

namespace miljoplan::detail {

// Inline Markdown syntax and HTML are escaped with backslashes: the text renders as written. In a
// table cell a line break becomes <br>, the one tag GitHub-flavoured tables allow for it.
std::string md_text(const std::string& text, bool line_breaks)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|': case '&':
        case '~': case '!': case '#':
            out += '\\';
            out += c;
            break;
        case '\n': out += line_breaks ? "<br>" : " "; break;
        case '\r': break;
        default: out += c;
        }
    }
    return out;
}

std::string html_text(const std::string& text, bool line_breaks)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '\n': out += line_breaks ? "<br>" : " "; break;
        case '\r': break;
        default: out += c;
        }
    }
    return out;
}

}  // namespace miljoplan::detail
