// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "miljoplan/export.h"

namespace miljoplan {

/// @brief A calendar date. The one place Boost.Date_Time enters the public API.
using Date = boost::gregorian::date;

/// @brief Builds a date, turning Boost's exceptions into miljoplan::InvalidArgument.
/// @throws InvalidArgument if the day does not exist (for example 30 February).
MILJOPLAN_API Date make_date(int year, int month, int day);

/// @brief Parses an ISO 8601 calendar date "YYYY-MM-DD"; nullopt when malformed or impossible.
MILJOPLAN_API std::optional<Date> try_parse_iso_date(std::string_view text) noexcept;

/// @brief Parses an ISO 8601 calendar date "YYYY-MM-DD".
/// @throws InvalidArgument naming the text when it is malformed or names an impossible day.
MILJOPLAN_API Date parse_iso_date(std::string_view text);

/// @brief Formats a date as "YYYY-MM-DD".
/// @throws InvalidArgument if @p date is not a real date (not-a-date-time or infinity).
MILJOPLAN_API std::string to_iso_string(const Date& date);

}  // namespace miljoplan
