// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>

#include "miljoplan/export.h"

namespace miljoplan {

/// @brief An exact amount of Swedish kronor in whole kronor. Never floating point.
///
/// Budgets print thousands of kronor (tkr); they are stored exactly as whole kronor, so
/// "1 196" in a tkr table is Money::from_tkr(1196) == 1 196 000 kr. Arithmetic is checked:
/// an overflow throws instead of wrapping.
class MILJOPLAN_API Money {
public:
    /// @brief Zero kronor.
    constexpr Money() noexcept = default;

    /// @brief An amount in whole kronor.
    static constexpr Money from_kronor(std::int64_t kronor) noexcept { return Money(kronor); }

    /// @brief An amount in thousands of kronor (tkr), as budget tables print it.
    /// @throws InvalidArgument if the amount does not fit.
    static Money from_tkr(std::int64_t tkr);

    /// @brief The amount in whole kronor.
    constexpr std::int64_t kronor() const noexcept { return kronor_; }

    /// @brief Sum; @throws InvalidArgument on overflow.
    Money operator+(Money other) const;
    /// @brief Difference; @throws InvalidArgument on overflow.
    Money operator-(Money other) const;
    /// @brief Negation; @throws InvalidArgument for the one value that has no negation.
    Money operator-() const;
    /// @brief Adds in place; @throws InvalidArgument on overflow.
    Money& operator+=(Money other) { return *this = *this + other; }
    /// @brief Subtracts in place; @throws InvalidArgument on overflow.
    Money& operator-=(Money other) { return *this = *this - other; }

    /// @brief Equality of amounts.
    friend constexpr bool operator==(Money a, Money b) noexcept { return a.kronor_ == b.kronor_; }
    /// @brief Inequality of amounts.
    friend constexpr bool operator!=(Money a, Money b) noexcept { return a.kronor_ != b.kronor_; }
    /// @brief Ordering of amounts.
    friend constexpr bool operator<(Money a, Money b) noexcept { return a.kronor_ < b.kronor_; }
    /// @brief Ordering of amounts.
    friend constexpr bool operator<=(Money a, Money b) noexcept { return a.kronor_ <= b.kronor_; }
    /// @brief Ordering of amounts.
    friend constexpr bool operator>(Money a, Money b) noexcept { return a.kronor_ > b.kronor_; }
    /// @brief Ordering of amounts.
    friend constexpr bool operator>=(Money a, Money b) noexcept { return a.kronor_ >= b.kronor_; }

private:
    constexpr explicit Money(std::int64_t kronor) noexcept : kronor_(kronor) {}
    std::int64_t kronor_ = 0;
};

/// @brief Groups digits in threes with a space, as Swedish tables do: 1196000 -> "1 196 000".
MILJOPLAN_API std::string group_digits(std::int64_t value);

/// @brief Formats whole kronor with digit grouping and the unit: "1 196 000 kr".
MILJOPLAN_API std::string format_kronor(Money amount);

/// @brief Formats as thousands of kronor without unit, exactly: "1 196", "1 196,5", "-5".
MILJOPLAN_API std::string format_tkr(Money amount);

}  // namespace miljoplan
