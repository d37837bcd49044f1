// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/types/decimal.h"

#include <cstdlib>
#include <limits>

#include "miljoplan/error.h"

namespace miljoplan {

namespace {

__extension__ typedef __int128 Wide;

constexpr std::int64_t kPow10[] = {1,
                                   10,
                                   100,
                                   1'000,
                                   10'000,
                                   100'000,
                                   1'000'000,
                                   10'000'000,
                                   100'000'000,
                                   1'000'000'000,
                                   10'000'000'000,
                                   100'000'000'000,
                                   1'000'000'000'000};

std::int64_t narrow(Wide value, const char* what)
{
    if (value > std::numeric_limits<std::int64_t>::max() || value < std::numeric_limits<std::int64_t>::min())
        throw InvalidArgument(std::string("decimal overflow in ") + what);
    return static_cast<std::int64_t>(value);
}

Wide scaled(const Decimal& d, int scale) { return static_cast<Wide>(d.units()) * kPow10[scale - d.scale()]; }

}  // namespace

Decimal::Decimal(std::int64_t units, int scale) : units_(units), scale_(scale)
{
    if (scale < 0 || scale > max_scale)
        throw InvalidArgument("decimal scale " + std::to_string(scale) + " is outside 0.." + std::to_string(max_scale));
}

Decimal Decimal::parse(std::string_view text)
{
    const auto bad = [&](const std::string& why) {
        return InvalidArgument("'" + std::string(text) + "' is not a decimal number: " + why);
    };
    std::size_t i = 0;
    // Surrounding blanks are the cell's, not the number's.
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    std::size_t end = text.size();
    while (end > i && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    bool negative = false;
    if (i < end && (text[i] == '-' || text[i] == '+')) {
        negative = text[i] == '-';
        ++i;
    } else if (end - i >= 3 && text.substr(i, 3) == "\xE2\x88\x92") {  // U+2212 minus sign, as typeset tables print it
        negative = true;
        i += 3;
    }
    Wide units = 0;
    int integer_digits = 0;
    int scale = 0;
    bool separator = false;
    bool last_was_digit = false;
    while (i < end) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            if (separator) {
                if (++scale > max_parsed_scale)
                    throw bad("more than " + std::to_string(max_parsed_scale) + " decimals");
            } else if (++integer_digits > 12) {
                throw bad("more than 12 digits before the decimal separator");
            }
            units = units * 10 + (c - '0');
            last_was_digit = true;
            ++i;
            continue;
        }
        if ((c == '.' || c == ',') && !separator && integer_digits > 0) {
            separator = true;
            last_was_digit = false;
            ++i;
            continue;
        }
        // Digit-group spaces: " ", no-break space (C2 A0), narrow no-break space (E2 80 AF), thin space (E2 80 89).
        std::size_t width = 0;
        if (c == ' ') width = 1;
        else if (text.substr(i, 2) == "\xC2\xA0") width = 2;
        else if (text.substr(i, 3) == "\xE2\x80\xAF" || text.substr(i, 3) == "\xE2\x80\x89") width = 3;
        if (width > 0 && !separator && last_was_digit && i + width < end && text[i + width] >= '0' &&
            text[i + width] <= '9') {
            i += width;
            last_was_digit = false;
            continue;
        }
        throw bad("unexpected character at position " + std::to_string(i + 1));
    }
    if (integer_digits == 0) throw bad("no digits");
    if (separator && scale == 0) throw bad("no digits after the decimal separator");
    return Decimal(static_cast<std::int64_t>(negative ? -units : units), scale);
}

Decimal Decimal::rescaled(int scale) const
{
    if (scale < scale_ || scale > max_scale)
        throw InvalidArgument("cannot rescale " + to_string() + " to " + std::to_string(scale) + " decimals");
    return Decimal(narrow(scaled(*this, scale), "rescale"), scale);
}

Decimal Decimal::normalized() const noexcept
{
    Decimal out = *this;
    while (out.scale_ > 0 && out.units_ % 10 == 0) {
        out.units_ /= 10;
        --out.scale_;
    }
    return out;
}

Decimal Decimal::rounded(int scale) const
{
    if (scale >= scale_) return rescaled(scale);
    if (scale < 0) throw InvalidArgument("cannot round to a negative number of decimals");
    const std::int64_t divisor = kPow10[scale_ - scale];
    std::int64_t q = units_ / divisor;
    const std::int64_t r = units_ % divisor;
    if (2 * std::llabs(r) >= divisor) q += units_ < 0 ? -1 : 1;
    return Decimal(q, scale);
}

double Decimal::to_double() const noexcept { return static_cast<double>(units_) / static_cast<double>(kPow10[scale_]); }

std::string Decimal::to_string() const { return to_string('.'); }

std::string Decimal::to_string(char separator) const
{
    const Wide magnitude = units_ < 0 ? -static_cast<Wide>(units_) : static_cast<Wide>(units_);
    std::string digits;
    Wide rest = magnitude;
    do {
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(rest % 10)));
        rest /= 10;
    } while (rest > 0);
    if (scale_ > 0) {
        if (digits.size() <= static_cast<std::size_t>(scale_))
            digits.insert(0, static_cast<std::size_t>(scale_) + 1 - digits.size(), '0');
        digits.insert(digits.size() - static_cast<std::size_t>(scale_), 1, separator);
    }
    return (units_ < 0 ? "-" : "") + digits;
}

int compare(const Decimal& a, const Decimal& b) noexcept
{
    const int scale = a.scale() > b.scale() ? a.scale() : b.scale();
    const Wide x = scaled(a, scale);
    const Wide y = scaled(b, scale);
    return x < y ? -1 : (x > y ? 1 : 0);
}

Decimal operator+(const Decimal& a, const Decimal& b)
{
    const int scale = a.scale() > b.scale() ? a.scale() : b.scale();
    return Decimal(narrow(scaled(a, scale) + scaled(b, scale), "addition"), scale);
}

Decimal operator-(const Decimal& a, const Decimal& b)
{
    const int scale = a.scale() > b.scale() ? a.scale() : b.scale();
    return Decimal(narrow(scaled(a, scale) - scaled(b, scale), "subtraction"), scale);
}

Decimal operator-(const Decimal& a) { return Decimal(narrow(-static_cast<Wide>(a.units()), "negation"), a.scale()); }

Decimal midpoint(const Decimal& a, const Decimal& b)
{
    const int scale = a.scale() > b.scale() ? a.scale() : b.scale();
    const Wide sum = scaled(a, scale) + scaled(b, scale);
    if (sum % 2 == 0) return Decimal(narrow(sum / 2, "midpoint"), scale);
    if (scale + 1 > Decimal::max_scale) throw InvalidArgument("decimal midpoint needs more than 12 decimals");
    return Decimal(narrow(sum * 5, "midpoint"), scale + 1);
}

}  // namespace miljoplan
