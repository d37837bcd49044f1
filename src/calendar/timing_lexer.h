// SPDX-License-Identifier: Apache-2.0
// Internal: splits a timing phrase into words, numbers and punctuation, keeping byte offsets so
// that every part of the result can quote the phrase's own words.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace miljoplan::detail {

struct Token {
    enum class Kind { Word, Number, Punct };
    Kind kind = Kind::Word;
    std::string key;            // words: lower-case without dots ("t.o.m." -> "tom"); dashes -> "-"
    std::size_t begin = 0;      // byte offset in the phrase
    std::size_t end = 0;        // one past the last byte
    bool space_before = false;  // white space separates it from the previous token
    bool dotted = false;        // the word was written with a dot ("t.o.m.", "feb.")

    bool is_word(std::string_view k) const { return kind == Kind::Word && key == k; }
    bool is_punct(std::string_view k) const { return kind == Kind::Punct && key == k; }
    int number() const;         // value of a Number token (saturates at 1'000'000)
};

std::vector<Token> tokenize(std::string_view phrase);

}  // namespace miljoplan::detail
