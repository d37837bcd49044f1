// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/types/money.h"

#include <limits>

#include "miljoplan/error.h"

namespace miljoplan {

Money Money::from_tkr(std::int64_t tkr)
{
    std::int64_t kronor = 0;
    if (__builtin_mul_overflow(tkr, std::int64_t{1000}, &kronor))
        throw InvalidArgument("amount out of range: " + std::to_string(tkr) + " tkr");
    return Money(kronor);
}

Money Money::operator+(Money other) const
{
    std::int64_t sum = 0;
    if (__builtin_add_overflow(kronor_, other.kronor_, &sum))
        throw InvalidArgument("amount overflow adding " + std::to_string(kronor_) + " and " +
                              std::to_string(other.kronor_) + " kronor");
    return Money(sum);
}

Money Money::operator-(Money other) const
{
    std::int64_t difference = 0;
    if (__builtin_sub_overflow(kronor_, other.kronor_, &difference))
        throw InvalidArgument("amount overflow subtracting " + std::to_string(other.kronor_) +
                              " from " + std::to_string(kronor_) + " kronor");
    return Money(difference);
}

Money Money::operator-() const
{
    if (kronor_ == std::numeric_limits<std::int64_t>::min())
        throw InvalidArgument("amount overflow negating " + std::to_string(kronor_) + " kronor");
    return Money(-kronor_);
}

std::string group_digits(std::int64_t value)
{
    // Work on the unsigned magnitude so that INT64_MIN is formatted too.
    const bool negative = value < 0;
    std::uint64_t magnitude = negative ? static_cast<std::uint64_t>(-(value + 1)) + 1u
                                       : static_cast<std::uint64_t>(value);
    std::string digits = std::to_string(magnitude);
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out += ' ';
        out += digits[i];
    }
    return negative ? "-" + out : out;
}

std::string format_kronor(Money amount) { return group_digits(amount.kronor()) + " kr"; }

std::string format_tkr(Money amount)
{
    const std::int64_t kronor = amount.kronor();
    const std::int64_t whole = kronor / 1000;
    std::int64_t rest = kronor % 1000;
    std::string out = group_digits(whole);
    if (whole == 0 && kronor < 0) out = "-0";
    if (rest != 0) {
        if (rest < 0) rest = -rest;
        std::string decimals = std::to_string(rest);
        decimals.insert(0, 3 - decimals.size(), '0');
        while (decimals.back() == '0') decimals.pop_back();
        out += "," + decimals;
    }
    return out;
}

}  // namespace miljoplan
