// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

#include "miljoplan/export.h"

namespace miljoplan {

/// @brief Reads a whole file as bytes. @throws IoError naming the file and the reason.
MILJOPLAN_API std::string read_text_file(const std::string& path);

/// @brief Writes @p content to @p path atomically: a temporary file beside it is renamed over it,
/// so an interrupted save never leaves a half-written file.
/// @param overwrite when false, fails if @p path exists.
/// @throws IoError naming the file and the reason.
MILJOPLAN_API void write_file_atomically(const std::string& path, std::string_view content, bool overwrite);

}  // namespace miljoplan
