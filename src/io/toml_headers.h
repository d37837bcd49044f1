// SPDX-License-Identifier: Apache-2.0
// Internal: the one TOML check miljoplan makes before toml++ reads a text.
#pragma once

#include <string>
#include <string_view>

namespace miljoplan::detail {

/// Throws ParseError at the line and column of a table header whose first key does not start with a name
/// or a quote ("[\n", "[.a]", "[=]", "[å]"), which toml++ 3.3 asserts against instead of reporting.
void refuse_nameless_toml_headers(std::string_view text, const std::string& source);

}  // namespace miljoplan::detail
