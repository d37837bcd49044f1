// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "miljoplan/export.h"

namespace miljoplan {

/// @brief An exact decimal number: an integer count of units of 10^-scale ("12,30" is 1230 at scale 2).
///
/// Key figures arrive as decimal text from their sources; binary floating point would change them (0.1
/// has no exact double), so they are kept as scaled integers and a figure reads back exactly as it was
/// written, trailing zeros included. Comparisons are by numeric value: 12.3 == 12.30.
class MILJOPLAN_API Decimal {
public:
    /// @brief Largest scale (decimal places) a Decimal may have.
    static constexpr int max_scale = 12;
    /// @brief Most decimal places accepted when parsing text.
    static constexpr int max_parsed_scale = 6;

    /// @brief Zero at scale 0.
    constexpr Decimal() noexcept = default;
    /// @brief @p units units of 10^-@p scale. @throws InvalidArgument unless 0 <= scale <= max_scale.
    Decimal(std::int64_t units, int scale);

    /// @brief Reads "12", "-0.5", "12,3" (decimal comma) or "1 234,5" (spaces, no-break spaces or thin
    /// spaces between digit groups). @throws InvalidArgument naming the text when it is not such a number,
    /// has more than max_parsed_scale decimals or more than 12 digits before the separator.
    static Decimal parse(std::string_view text);

    /// @brief The integer count of units.
    constexpr std::int64_t units() const noexcept { return units_; }
    /// @brief The number of decimal places.
    constexpr int scale() const noexcept { return scale_; }
    /// @brief The same number at a larger scale. @throws InvalidArgument if @p scale is smaller than
    /// scale(), above max_scale, or the units would overflow.
    Decimal rescaled(int scale) const;
    /// @brief The number with trailing zero decimals removed ("12.300" -> "12.3").
    Decimal normalized() const noexcept;
    /// @brief The number rounded to @p scale decimals, halves away from zero.
    Decimal rounded(int scale) const;
    /// @brief The nearest double, for plotting and display only; never for arithmetic on stored values.
    double to_double() const noexcept;
    /// @brief The number with its scale kept, "." as decimal separator ("-12.30").
    std::string to_string() const;
    /// @brief The number with @p separator as decimal separator (',' for Swedish text).
    std::string to_string(char separator) const;

    /// @brief -1, 0 or 1 as @p a is less than, equal to or greater than @p b in value.
    friend MILJOPLAN_API int compare(const Decimal& a, const Decimal& b) noexcept;
    /// @brief Equal in value.
    friend bool operator==(const Decimal& a, const Decimal& b) noexcept { return compare(a, b) == 0; }
    /// @brief Different in value.
    friend bool operator!=(const Decimal& a, const Decimal& b) noexcept { return compare(a, b) != 0; }
    /// @brief Smaller in value.
    friend bool operator<(const Decimal& a, const Decimal& b) noexcept { return compare(a, b) < 0; }
    /// @brief Greater in value.
    friend bool operator>(const Decimal& a, const Decimal& b) noexcept { return compare(a, b) > 0; }
    /// @brief Smaller or equal in value.
    friend bool operator<=(const Decimal& a, const Decimal& b) noexcept { return compare(a, b) <= 0; }
    /// @brief Greater or equal in value.
    friend bool operator>=(const Decimal& a, const Decimal& b) noexcept { return compare(a, b) >= 0; }
    /// @brief Exact sum at the larger scale. @throws InvalidArgument on overflow.
    friend MILJOPLAN_API Decimal operator+(const Decimal& a, const Decimal& b);
    /// @brief Exact difference at the larger scale. @throws InvalidArgument on overflow.
    friend MILJOPLAN_API Decimal operator-(const Decimal& a, const Decimal& b);
    /// @brief Exact negation.
    friend MILJOPLAN_API Decimal operator-(const Decimal& a);

private:
    std::int64_t units_ = 0;
    int scale_ = 0;
};

/// @brief The exact midpoint (a + b) / 2; its scale is one more than the larger input's when the sum is
/// odd ((1 + 2) / 2 = 1.5). @throws InvalidArgument on overflow.
MILJOPLAN_API Decimal midpoint(const Decimal& a, const Decimal& b);

}  // namespace miljoplan
