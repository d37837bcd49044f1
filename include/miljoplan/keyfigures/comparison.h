// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/keyfigures/key_figure_set.h"
#include "miljoplan/types/date.h"
#include "miljoplan/types/decimal.h"

namespace miljoplan {

/// @brief How a trend over the years is measured.
enum class TrendMethod {
    StartToLatest,  ///< (latest value - first value) / (latest year - first year) ("start mot senaste")
    FittedLine,     ///< the slope of the least-squares line through every year's value ("anpassad linje")
};

/// @brief The file-format token: "start mot senaste" or "anpassad linje".
MILJOPLAN_API std::string to_string(TrendMethod method);
/// @brief Reads "start mot senaste"/"start_to_latest" or "anpassad linje"/"fitted_line"; nullopt otherwise.
MILJOPLAN_API std::optional<TrendMethod> parse_trend_method(std::string_view text);

/// @brief How a trend reads in the key figure's direction of better.
enum class TrendVerdict {
    Improving,  ///< the trend goes the better way ("bättre")
    Worsening,  ///< the trend goes the worse way ("sämre")
    Unchanged,  ///< the slope is zero ("oförändrad")
    NotJudged,  ///< the key figure has no better direction, or there are fewer than two years ("ej bedömd")
};

/// @brief The token: "bättre", "sämre", "oförändrad" or "ej bedömd".
MILJOPLAN_API std::string to_string(TrendVerdict verdict);

/// @brief What a comparison covers and how it judges.
struct MILJOPLAN_API ComparisonOptions {
    /// @brief The trend method.
    TrendMethod trend = TrendMethod::FittedLine;
    /// @brief Month of the reporting deadline, in the year after the value's year (1 April by default:
    /// the county's shared figures for year Y are entered into Miljöbarometern by 1 April Y+1).
    int deadline_month = 4;
    /// @brief Day of the reporting deadline.
    int deadline_day = 1;
    /// @brief The key figures to compare, by id; empty means the whole catalogue.
    std::vector<std::string> key_figures;
};

/// @brief One municipality's value of one key figure in one year, set against the county.
struct MILJOPLAN_API MunicipalityFigure {
    /// @brief The kommunkod.
    std::string municipality;
    /// @brief The municipality's name (empty when the set does not list it).
    std::string name;
    /// @brief The plan's party for the municipality, if linked.
    std::string party;
    /// @brief The value; absent when missing.
    std::optional<Decimal> value;
    /// @brief The value's status; Missing when the set has no value at all.
    ValueStatus status = ValueStatus::Missing;
    /// @brief value - median, exact; absent without a value.
    std::optional<Decimal> deviation;
    /// @brief 1 for the best value; equal values share a rank and the next rank skips (1, 2, 2, 4); absent
    /// without a value or when the key figure has no better direction.
    std::optional<int> rank;
    /// @brief The value of the year before, if any.
    std::optional<Decimal> previous;
    /// @brief value - previous, exact; absent unless both exist.
    std::optional<Decimal> change;
    /// @brief When the value was entered, if known.
    std::optional<Date> reported_on;
    /// @brief True when a value exists and was entered on or before the deadline (or its date is unknown).
    bool reported_by_deadline = false;
};

/// @brief One key figure in one year: the county's values side by side with median and spread.
struct MILJOPLAN_API YearComparison {
    /// @brief The key figure's id.
    std::string key_figure;
    /// @brief The year.
    int year = 0;
    /// @brief The reporting deadline for this year's values.
    Date deadline;
    /// @brief Every municipality of the set, in the set's order (municipalities without a value included).
    std::vector<MunicipalityFigure> municipalities;
    /// @brief How many municipalities have a value.
    std::size_t reported = 0;
    /// @brief The median of the values, exact (the midpoint of the middle two for an even count).
    std::optional<Decimal> median;
    /// @brief The smallest value.
    std::optional<Decimal> minimum;
    /// @brief The largest value.
    std::optional<Decimal> maximum;
    /// @brief The spread: maximum - minimum.
    std::optional<Decimal> spread;
    /// @brief Kommunkoder of the municipalities that had not reported by the deadline, in the set's order.
    std::vector<std::string> not_reported_by_deadline;
};

/// @brief One municipality's trend of one key figure over the years.
struct MILJOPLAN_API KeyFigureTrend {
    /// @brief The key figure's id.
    std::string key_figure;
    /// @brief The kommunkod.
    std::string municipality;
    /// @brief The municipality's name, if listed.
    std::string name;
    /// @brief The method used.
    TrendMethod method = TrendMethod::FittedLine;
    /// @brief The first year with a value (0 when none).
    int first_year = 0;
    /// @brief The last year with a value (0 when none).
    int last_year = 0;
    /// @brief How many years have a value.
    std::size_t points = 0;
    /// @brief The change per year: exact ratio rounded half away from zero to two more decimals than the
    /// values have (at most Decimal::max_scale); absent with fewer than two years.
    std::optional<Decimal> per_year;
    /// @brief The trend read in the direction of better.
    TrendVerdict verdict = TrendVerdict::NotJudged;
};

/// @brief The yearly comparison of a key-figure set.
struct MILJOPLAN_API KeyFigureComparison {
    /// @brief The trend method used.
    TrendMethod method = TrendMethod::FittedLine;
    /// @brief One entry per key figure and year: catalogue order, then ascending years.
    std::vector<YearComparison> years;
    /// @brief One entry per key figure and municipality: catalogue order, then the set's municipality order.
    std::vector<KeyFigureTrend> trends;

    /// @brief The entry for @p key_figure in @p year, or nullptr.
    const YearComparison* find(const std::string& key_figure, int year) const noexcept;
};

/// @brief Compares every key figure (or those @p options names) year by year across the set's
/// municipalities. @throws InvalidArgument when @p options names a key figure the catalogue lacks or an
/// impossible deadline.
MILJOPLAN_API KeyFigureComparison compare_key_figures(const KeyFigureSet& set, const ComparisonOptions& options = {});

/// @brief The median of @p values, exact: the middle value, or the midpoint of the middle two. nullopt
/// for no values.
MILJOPLAN_API std::optional<Decimal> median_of(std::vector<Decimal> values);

}  // namespace miljoplan
