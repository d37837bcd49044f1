// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "miljoplan/analysis/fees.h"
#include "miljoplan/analysis/plan_compare.h"
#include "miljoplan/analysis/year_wheel.h"
#include "miljoplan/export.h"
#include "miljoplan/model/budget.h"
#include "miljoplan/model/goal_catalog.h"
#include "miljoplan/model/plan.h"
#include "miljoplan/rules/finding.h"
#include "miljoplan/types/date.h"
#include "miljoplan/types/language.h"

namespace miljoplan {

/// @brief What a table column holds.
enum class ColumnType {
    Text,      ///< strings (ids, labels, verbatim cells)
    Integer,   ///< 64-bit integers: counts, years, whole kronor
    Day,       ///< calendar days (a miljoplan::Date each)
    Boolean,   ///< true/false
    TextList,  ///< a list of strings per row (actor ids, goal ids, tags)
};

/// @brief "text", "integer", "day", "boolean" or "text_list".
MILJOPLAN_API std::string to_string(ColumnType type);

/// @brief One named column of a Table, stored column-wise so that it converts to an array in one step.
///
/// Only the vector that matches @ref type is filled (one entry per row); the others stay empty. A
/// missing value keeps a placeholder in its vector (empty string, 0, not-a-date, false, empty list)
/// and is marked in @ref missing, so a missing figure is never mistaken for zero.
struct MILJOPLAN_API Column {
    /// @brief The column's name (snake_case English, stable: code depends on it).
    std::string name;
    /// @brief What the column holds.
    ColumnType type = ColumnType::Text;
    /// @brief True when the column may hold missing values at all (a schema fact, not a data fact:
    /// a nullable column stays nullable when every value of one plan happens to be present).
    bool nullable = false;
    /// @brief True for a text column whose values come from a fixed, ordered set (@ref categories).
    bool categorical = false;
    /// @brief For a categorical column, every category in its meaningful order (the plan's category
    /// headings as printed, error before warning before info); may be empty when the plan has none.
    std::vector<std::string> categories;
    /// @brief Values of a Text column.
    std::vector<std::string> text;
    /// @brief Values of an Integer column.
    std::vector<std::int64_t> integers;
    /// @brief Values of a Day column (not-a-date where missing).
    std::vector<Date> dates;
    /// @brief Values of a Boolean column.
    std::vector<bool> booleans;
    /// @brief Values of a TextList column.
    std::vector<std::vector<std::string>> lists;
    /// @brief Per row, true where the value is missing; empty when no value is.
    std::vector<bool> missing;

    /// @brief Number of rows.
    std::size_t size() const noexcept;
    /// @brief True when the value in @p row is missing.
    bool is_missing(std::size_t row) const noexcept;
};

/// @brief A small column-oriented table: what the analysis functions below return, and what the Python
/// package turns into pandas DataFrames without building one Python object per row.
struct MILJOPLAN_API Table {
    /// @brief The columns, in display order; all have the same number of rows.
    std::vector<Column> columns;

    /// @brief Number of rows (0 for a table without columns).
    std::size_t rows() const noexcept;
    /// @brief The names of the columns, in order.
    std::vector<std::string> names() const;
    /// @brief The column called @p name, or nullptr.
    const Column* find(std::string_view name) const noexcept;
    /// @brief The column called @p name. @throws InvalidArgument naming the column when there is none.
    const Column& column(std::string_view name) const;
};

/// @brief The table as CSV (RFC 4180, comma separated, header row, UTF-8): dates ISO, missing values
/// empty, booleans "true"/"false", lists joined with "; "; text that a spreadsheet would run as a formula
/// gets a leading apostrophe, as in the plan exports.
MILJOPLAN_API std::string to_csv(const Table& table);

/// @brief One row per activity in printed order: id, category (categorical, the plan's order), year,
/// title, goal, implementation, timing_text, first_day, last_day (the days the timing phrase spans, read
/// in the plan's context: its windows, dates, deadline and cadence scopes; missing when it names none, as
/// "3 gånger per år" does, or cannot be read), responsible,
/// responsible_ids, partners, partner_ids, effect_goals, goal_ids, open_goals, proposal.
MILJOPLAN_API Table activity_table(const Plan& plan);

/// @brief One row per proposal of the bank in printed order: id, area (categorical, the bank's order),
/// title, submitted_year, submitted_by, marked_new, new (came in the year before the plan), status
/// (categorical), age (years at the plan's first year), assessments, score (the scores summed).
MILJOPLAN_API Table proposal_table(const Plan& plan);

/// @brief The budget in long form: every income and cost line, then per section the computed sum and
/// the printed total (when printed), then the computed and printed result. Columns: section (income,
/// costs, result), kind (line, computed, printed), id, label, amount (whole kronor), tags. The labels of
/// computed sums are the section headings as printed and "Resultat"/"Result" in @p language.
MILJOPLAN_API Table budget_table(const Budget& budget, Language language = Language::Swedish);

/// @brief The budget's totals side by side, one row each for income, costs and result: section, label,
/// computed, printed (missing when the document prints none) and difference (printed minus computed).
MILJOPLAN_API Table budget_totals_table(const Budget& budget, Language language = Language::Swedish);

/// @brief One row per catalog goal in catalog order, then goals the plan names that the catalog lacks:
/// goal, kind (categorical), number, name (in @p language), in_catalog, activities (how many activities
/// name it, directly or through a programme measure), activity_ids, served (activities > 0).
/// Activities whose cell says only "Flertalet" name no goal and count for none.
MILJOPLAN_API Table goal_coverage_table(const Plan& plan, const GoalCatalog& catalog,
                                        Language language = Language::Swedish);

/// @brief One row per occurrence in the wheel, in date order, activities' before milestones' on a day:
/// date, month, source (activity, milestone), id, title, category (categorical, the order the wheel's
/// activities first show them), kind (categorical: datum, månad, förslag, senast), label, meeting,
/// responsible.
MILJOPLAN_API Table occurrence_table(const YearWheel& wheel);

/// @brief One row per month of the wheel: month, meetings, running (activities whose windows cover the
/// month), occurrences, milestones.
MILJOPLAN_API Table month_table(const YearWheel& wheel);

/// @brief The wheel's meeting load in long form: one row per month and responsible actor with at least
/// one meeting: month, actor, meetings. Months in order, actors by id within a month.
MILJOPLAN_API Table load_table(const YearWheel& wheel);

/// @brief One row per paying unit in the allocation's order: unit, name, parties, population,
/// population_uncertain, population_missing, amount (whole kronor).
MILJOPLAN_API Table allocation_table(const FeeAllocation& allocation);

/// @brief One row per finding in the order given: severity (categorical: error, warning, info), code,
/// area (the code's first part: "budget" of "budget.costs_total"), message, path.
MILJOPLAN_API Table finding_table(const std::vector<Finding>& findings);

/// @brief One row per activity of a plan comparison: id, title, change (categorical: fortsätter,
/// ändrad, flyttad, ny, borttagen), first_year, second_year, changed_fields.
MILJOPLAN_API Table comparison_table(const PlanComparison& comparison);

}  // namespace miljoplan
