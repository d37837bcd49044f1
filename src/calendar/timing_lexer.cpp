// SPDX-License-Identifier: Apache-2.0
#include "calendar/timing_lexer.h"

#include "detail/text.h"

namespace miljoplan::detail {

namespace {

// Abbreviations whose final dot belongs to the word, not to the sentence.
bool is_abbreviation(const std::string& lower)
{
    static const char* const words[] = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt",
                                        "nov", "dec", "v", "kv", "ggr", "ca", "resp", "fr", "tom", "t"};
    for (const char* w : words)
        if (lower == w) return true;
    return false;
}

// Decodes one code point at @p i; returns its byte length (1 for malformed bytes).
std::size_t code_point_at(std::string_view s, std::size_t i, char32_t& cp)
{
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    if (i + len > s.size()) len = 1;
    // Malformed UTF-8 (a byte that is not a continuation byte, or an overlong form) is read one byte at a
    // time: decoded leniently, 0xC0 0xB9 would be '9', which the digit scan (ASCII only) then could not
    // consume, and tokenize() would never advance.
    for (std::size_t k = 1; k < len; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0u) != 0x80u) len = 1;
    cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    const char32_t shortest = len == 2 ? 0x80 : len == 3 ? 0x800 : len == 4 ? 0x10000 : 0;
    if (cp < shortest) {
        cp = c;
        len = 1;
    }
    return len;
}

bool is_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x202F; }
bool is_dash(char32_t cp) { return cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == 0x2212 || cp == 0x2010 || cp == 0x2011; }
bool is_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }
bool is_letter(char32_t cp)
{
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return true;
    // Latin-1 and Latin Extended letters (å, ä, ö, é, ü, ...), excluding × and ÷.
    return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

}  // namespace

int Token::number() const
{
    long value = 0;
    for (char c : key) {
        value = value * 10 + (c - '0');
        if (value > 1'000'000) return 1'000'000;
    }
    return static_cast<int>(value);
}

std::vector<Token> tokenize(std::string_view phrase)
{
    std::vector<Token> tokens;
    bool space = false;
    std::size_t i = 0;
    while (i < phrase.size()) {
        char32_t cp = 0;
        const std::size_t len = code_point_at(phrase, i, cp);
        if (is_space(cp)) {
            space = true;
            i += len;
            continue;
        }
        Token t;
        t.begin = i;
        t.space_before = space || tokens.empty();
        space = false;
        if (is_digit(cp)) {
            std::size_t j = i;
            while (j < phrase.size() && phrase[j] >= '0' && phrase[j] <= '9') ++j;
            t.kind = Token::Kind::Number;
            t.key = std::string(phrase.substr(i, j - i));
            t.end = j;
            if (j == i) {
                // Not reached since code_point_at() refuses overlong forms; a token must never be empty,
                // or the loop would not advance.
                t.kind = Token::Kind::Punct;
                t.key = std::string(phrase.substr(i, len));
                t.end = i + len;
            }
        } else if (is_letter(cp)) {
            std::size_t j = i;
            bool internal_dot = false;
            while (j < phrase.size()) {
                char32_t next = 0;
                const std::size_t n = code_point_at(phrase, j, next);
                if (is_letter(next)) {
                    j += n;
                    continue;
                }
                // A dot between letters belongs to the word: "t.o.m.", "m.fl.".
                if (next == '.' && j + 1 < phrase.size()) {
                    char32_t after = 0;
                    code_point_at(phrase, j + 1, after);
                    if (is_letter(after)) {
                        internal_dot = true;
                        j += 1;
                        continue;
                    }
                }
                break;
            }
            std::string word(phrase.substr(i, j - i));
            std::string lower = utf8_lower(word);
            std::string key;
            for (char c : lower)
                if (c != '.') key += c;
            if (j < phrase.size() && phrase[j] == '.' && (internal_dot || is_abbreviation(key))) {
                ++j;
                t.dotted = true;
            }
            t.dotted = t.dotted || internal_dot;
            t.kind = Token::Kind::Word;
            t.key = key;
            t.end = j;
        } else {
            t.kind = Token::Kind::Punct;
            t.key = is_dash(cp) ? "-" : std::string(phrase.substr(i, len));
            t.end = i + len;
        }
        i = t.end;
        tokens.push_back(std::move(t));
    }
    return tokens;
}

}  // namespace miljoplan::detail
