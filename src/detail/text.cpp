// SPDX-License-Identifier: Apache-2.0
#include "detail/text.h"

#include <algorithm>

namespace miljoplan::detail {

namespace {

std::vector<char32_t> decode(std::string_view text)
{
    // Malformed bytes decode to U+FFFD each: callers use this for distances, never for output.
    std::vector<char32_t> out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > text.size()) {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
        for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
        out.push_back(cp);
        i += len;
    }
    return out;
}

bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

std::string utf8_lower(std::string_view text)
{
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') {
            out[i] = static_cast<char>(c + 32);
        } else if (c == 0xC3 && i + 1 < out.size()) {
            // U+00C0..U+00DE (except U+00D7, the multiplication sign) map to U+00E0..U+00FE.
            const auto d = static_cast<unsigned char>(out[i + 1]);
            if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
            ++i;
        }
    }
    return out;
}

std::string_view trim(std::string_view text) noexcept
{
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

std::string fold(std::string_view text) { return utf8_lower(collapse_spaces(text)); }

std::string collapse_spaces(std::string_view text)
{
    const std::string_view trimmed = trim(text);
    std::string out;
    out.reserve(trimmed.size());
    bool in_space = false;
    for (char c : trimmed) {
        if (is_space(c)) {
            in_space = true;
            continue;
        }
        if (in_space) out += ' ';
        in_space = false;
        out += c;
    }
    return out;
}

std::size_t utf8_length(std::string_view text) noexcept
{
    std::size_t n = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

bool is_valid_utf8(std::string_view text) noexcept
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t len = 0;
        char32_t min = 0;
        if (c < 0x80) { ++i; continue; }
        if ((c >> 5) == 0x6) { len = 2; min = 0x80; }
        else if ((c >> 4) == 0xE) { len = 3; min = 0x800; }
        else if ((c >> 3) == 0x1E) { len = 4; min = 0x10000; }
        else return false;
        if (i + len > text.size()) return false;
        char32_t cp = len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
        for (std::size_t k = 1; k < len; ++k) {
            const auto d = static_cast<unsigned char>(text[i + k]);
            if ((d & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (d & 0x3Fu);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += len;
    }
    return true;
}

std::string printable(std::string_view text)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        const bool ok = len > 0 && i + len <= text.size() && is_valid_utf8(text.substr(i, len)) && (c >= 0x20 || c == '\t') && c != 0x7F;
        if (ok) {
            out.append(text.substr(i, len));
            i += len;
        } else {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xF];
            ++i;
        }
    }
    return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b)
{
    const auto x = decode(a);
    const auto y = decode(b);
    std::vector<std::size_t> row(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= x.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= y.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0u : 1u)});
            diagonal = above;
        }
    }
    return row[y.size()];
}

const std::string* closest(std::string_view text, const std::vector<std::string>& candidates)
{
    const std::string key = fold(text);
    const std::string* best = nullptr;
    std::size_t best_distance = 0;
    for (const auto& candidate : candidates) {
        const std::size_t d = edit_distance(key, fold(candidate));
        if (best == nullptr || d < best_distance) {
            best = &candidate;
            best_distance = d;
        }
    }
    // A suggestion is useful only if it is a plausible typo: at most a third of the word changed.
    if (best == nullptr || best_distance * 3 > std::max<std::size_t>(utf8_length(key), 3)) return nullptr;
    return best;
}

std::string pad(std::string_view text, std::size_t width, bool align_right)
{
    const std::size_t length = utf8_length(text);
    if (length >= width) return std::string(text);
    const std::string fill(width - length, ' ');
    return align_right ? fill + std::string(text) : std::string(text) + fill;
}

std::vector<std::string> split(std::string_view text, std::string_view separator)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t at = text.find(separator, start);
        if (at == std::string_view::npos) {
            parts.emplace_back(text.substr(start));
            return parts;
        }
        parts.emplace_back(text.substr(start, at - start));
        start = at + separator.size();
    }
}

std::string join(const std::vector<std::string>& parts, std::string_view separator)
{
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += separator;
        out += parts[i];
    }
    return out;
}

}  // namespace miljoplan::detail
