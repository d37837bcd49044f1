// SPDX-License-Identifier: Apache-2.0
// Internal: one CSV cell as written by every CSV export (plan tables and analysis tables), so that the
// quoting and the formula guard cannot drift apart.
#pragma once

#include <string>
#include <string_view>

namespace miljoplan::detail {

/// True when a spreadsheet would run @p cell as a formula (=, +, -, @, tab, carriage return), or when it
/// starts with an apostrophe before such text (guarded too, so that reading strips exactly one).
bool csv_needs_guard(std::string_view cell) noexcept;

/// @p text as one RFC 4180 cell for @p separator: quoted when it holds the separator, a quote, a line
/// break or edge spaces; with @p guard, a formula-like cell gets a leading apostrophe first.
std::string csv_cell(std::string_view text, char separator, bool guard);

}  // namespace miljoplan::detail
