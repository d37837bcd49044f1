// SPDX-License-Identifier: Apache-2.0
// Internal: file-name helpers shared by the loaders and savers.
#pragma once

#include <string>

namespace miljoplan::detail {

/// The directory part of @p path: "." for a bare file name, "/" for a file at the root.
std::string directory_of(const std::string& path);

}  // namespace miljoplan::detail
