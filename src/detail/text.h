// SPDX-License-Identifier: Apache-2.0
// Internal UTF-8 helpers shared by matching, suggestions and report layout.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace miljoplan::detail {

/// Lower-cases ASCII and the Latin-1 letters Swedish uses (Å Ä Ö É ...); other bytes pass through.
std::string utf8_lower(std::string_view text);

/// Lower-cases, trims and collapses runs of white space to one space: the key for tolerant matching.
std::string fold(std::string_view text);

/// Trims and collapses runs of white space to one space, keeping case.
std::string collapse_spaces(std::string_view text);

/// Removes leading and trailing white space.
std::string_view trim(std::string_view text) noexcept;

/// Number of code points (used as display width: every character we lay out is one column wide).
std::size_t utf8_length(std::string_view text) noexcept;

/// True when @p text is well-formed UTF-8.
bool is_valid_utf8(std::string_view text) noexcept;

/// @p text with malformed UTF-8 bytes and control characters written as \xNN, so a message
/// that quotes bad input is itself valid, printable UTF-8.
std::string printable(std::string_view text);

/// Edit distance counted in code points.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to @p text when it is close enough to be a likely typo.
const std::string* closest(std::string_view text, const std::vector<std::string>& candidates);

/// Pads @p text with spaces to @p width columns, on the right (left-aligned) or on the left.
std::string pad(std::string_view text, std::size_t width, bool align_right = false);

/// Splits @p text at each occurrence of @p separator.
std::vector<std::string> split(std::string_view text, std::string_view separator);

/// Joins @p parts with @p separator between them.
std::string join(const std::vector<std::string>& parts, std::string_view separator);

}  // namespace miljoplan::detail
