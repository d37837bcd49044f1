// SPDX-License-Identifier: Apache-2.0
// Internal escaping shared by the Markdown and HTML reports (the plan's document and the key-figure
// section), so that text from a plan or a data source always renders as the text it is.
#pragma once

#include <string>

namespace miljoplan::detail {

/// Escapes inline Markdown syntax and HTML with backslashes; a line break becomes <br> in a table cell
/// (@p line_breaks) and a space elsewhere.
std::string md_text(const std::string& text, bool line_breaks = false);

/// Escapes & < > " ' as HTML entities; a line break becomes <br> when @p line_breaks, else a space.
std::string html_text(const std::string& text, bool line_breaks = false);

}  // namespace miljoplan::detail
