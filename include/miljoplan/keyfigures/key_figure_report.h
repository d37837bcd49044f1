// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>

#include "miljoplan/export.h"
#include "miljoplan/keyfigures/comparison.h"
#include "miljoplan/keyfigures/key_figure_set.h"
#include "miljoplan/types/language.h"

namespace miljoplan {

/// @brief What the "Nyckeltal" report section shows and how.
struct MILJOPLAN_API KeyFigureReportOptions {
    /// @brief The year shown; absent means each key figure's latest year. A key figure without a value
    /// in the year is left out.
    std::optional<int> year;
    /// @brief Swedish labels and decimal comma (default), or English labels and decimal point.
    Language language = Language::Swedish;
    /// @brief For HTML: one self-contained page (inline style, no scripts) instead of a <section> fragment.
    bool standalone = false;
    /// @brief How the comparison is computed when none is given.
    ComparisonOptions comparison;
};

/// @brief The "Nyckeltal" section for the discussion meeting as Markdown: per key figure the county's
/// values best first with deviation from the median, rank, change since the year before and trend; then
/// median and spread, who had not reported by the deadline, the trend method and the source. Text from
/// the data is escaped so it renders as written.
MILJOPLAN_API std::string key_figures_markdown(const KeyFigureSet& set, const KeyFigureComparison& comparison,
                                               const KeyFigureReportOptions& options = {});

/// @brief As above, with the comparison computed from @p options.comparison.
MILJOPLAN_API std::string key_figures_markdown(const KeyFigureSet& set, const KeyFigureReportOptions& options = {});

/// @brief The same section as HTML: a <section class="miljoplan-key-figures"> fragment, or a whole page
/// with @p options.standalone; every text is HTML-escaped.
MILJOPLAN_API std::string key_figures_html(const KeyFigureSet& set, const KeyFigureComparison& comparison,
                                           const KeyFigureReportOptions& options = {});

/// @brief As above, with the comparison computed from @p options.comparison.
MILJOPLAN_API std::string key_figures_html(const KeyFigureSet& set, const KeyFigureReportOptions& options = {});

}  // namespace miljoplan
