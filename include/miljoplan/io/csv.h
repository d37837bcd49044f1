// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/model/activity.h"
#include "miljoplan/model/plan.h"

namespace miljoplan {

/// @brief How a CSV file is written: the defaults suit most programs; Swedish Excel wants ';' and a BOM.
struct MILJOPLAN_API CsvOptions {
    /// @brief Field separator: ',' or ';' (Swedish Excel, where ',' is the decimal comma).
    char separator = ',';
    /// @brief Start with a UTF-8 byte-order mark, so Excel reads å, ä and ö right.
    bool byte_order_mark = false;
};

/// @brief The activities as CSV, one row each: id, category, year, title, goal, implementation, timing,
/// responsible, partners, effect_goals (the cells as written; references are not part of CSV). Cells
/// that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) get a
/// leading apostrophe.
MILJOPLAN_API std::string activities_to_csv(const Plan& plan, const CsvOptions& options = {});

/// @brief The proposal bank as CSV: id, area, title, submitted_year.
MILJOPLAN_API std::string proposals_to_csv(const Plan& plan, const CsvOptions& options = {});

/// @brief The budget's lines as CSV: section (income or costs), id, label, amount in whole kronor, tags
/// (separated by spaces). Printed totals are not lines and are left out.
/// @throws InvalidArgument if the plan has no budget.
MILJOPLAN_API std::string budget_to_csv(const Plan& plan, const CsvOptions& options = {});

/// @brief Reads activities from CSV written by activities_to_csv() (or by hand with its header). The
/// separator (',' or ';') and a byte-order mark are detected; the apostrophe that guarded a formula-like
/// cell is removed again. Columns may come in any order; id and title are required.
/// @throws ParseError naming the row and column (1-based, as a spreadsheet shows them) of a malformed
/// cell, a missing required column, an unknown column or a duplicate id.
MILJOPLAN_API std::vector<std::shared_ptr<Activity>> activities_from_csv(std::string_view text,
                                                                        const std::string& source_name = "<csv>");

}  // namespace miljoplan
