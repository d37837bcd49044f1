// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/types/date.h"

#include <cstdio>

#include "miljoplan/error.h"

namespace miljoplan {

namespace {

bool is_valid_ymd(int year, int month, int day) noexcept
{
    // Boost's own range is 1400-9999; we keep to it so that every Date we build is representable.
    if (year < 1400 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
    const auto last = boost::gregorian::gregorian_calendar::end_of_month_day(
        static_cast<unsigned short>(year), static_cast<unsigned short>(month));
    return day <= last;
}

}  // namespace

Date make_date(int year, int month, int day)
{
    if (!is_valid_ymd(year, month, day)) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
        throw InvalidArgument(std::string("no such date: ") + buffer);
    }
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

std::optional<Date> try_parse_iso_date(std::string_view text) noexcept
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lengths[3] = {4, 2, 2};
    for (int i = 0; i < 3; ++i) {
        for (std::size_t k = 0; k < lengths[i]; ++k) {
            const char c = text[starts[i] + k];
            if (c < '0' || c > '9') return std::nullopt;
            parts[i] = parts[i] * 10 + (c - '0');
        }
    }
    if (!is_valid_ymd(parts[0], parts[1], parts[2])) return std::nullopt;
    return Date(static_cast<unsigned short>(parts[0]), static_cast<unsigned short>(parts[1]),
                static_cast<unsigned short>(parts[2]));
}

Date parse_iso_date(std::string_view text)
{
    if (auto date = try_parse_iso_date(text)) return *date;
    throw InvalidArgument("not a date in the form YYYY-MM-DD: '" + std::string(text) + "'");
}

std::string to_iso_string(const Date& date)
{
    if (date.is_special()) throw InvalidArgument("not a calendar date");
    const auto ymd = date.year_month_day();
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", static_cast<int>(ymd.year),
                  static_cast<int>(ymd.month), static_cast<int>(ymd.day));
    return buffer;
}

}  // namespace miljoplan
