// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/model/activity.h"
#include "miljoplan/model/budget.h"
#include "miljoplan/model/plan.h"
#include "miljoplan/model/proposal.h"
#include "miljoplan/types/language.h"

namespace miljoplan {

/// @brief How a CSV file is written: the defaults suit most programs; Swedish Excel wants ';' and a BOM.
struct MILJOPLAN_API CsvOptions {
    /// @brief Field separator: ',' or ';' (Swedish Excel, where ',' is the decimal comma).
    char separator = ',';
    /// @brief Start with a UTF-8 byte-order mark, so Excel reads å, ä and ö right.
    bool byte_order_mark = false;
    /// @brief Start with the line "# personuppgifter: nej" (or "ja"), so whoever receives the file knows
    /// whether it holds personal data; the readers below skip it.
    bool privacy_line = true;
    /// @brief Language of the privacy line.
    Language language = Language::Swedish;
};

/// @brief The activities as CSV, one row each: id, category, year, title, goal, implementation, timing,
/// responsible, partners, effect_goals (the cells as written; references are not part of CSV). Cells
/// that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) get a
/// leading apostrophe.
MILJOPLAN_API std::string activities_to_csv(const Plan& plan, const CsvOptions& options = {});

/// @brief The proposal bank as CSV: id, area, title, submitted_year, submitted_by, marked_new ("yes",
/// "no" or empty when the plan does not say).
MILJOPLAN_API std::string proposals_to_csv(const Plan& plan, const CsvOptions& options = {});

/// @brief The budget's lines as CSV: section (income or costs), id, label, amount in whole kronor, tags
/// (separated by spaces). Printed totals are not lines and are left out.
/// @throws InvalidArgument if the plan has no budget.
MILJOPLAN_API std::string budget_to_csv(const Plan& plan, const CsvOptions& options = {});

/// @brief Reads activities from CSV written by activities_to_csv() (or by hand with its header). The
/// separator (',' or ';'), a byte-order mark and the privacy line are detected; the apostrophe that
/// guarded a formula-like cell is removed again. Columns may come in any order; id and title are required.
/// @throws ParseError naming the row and column (1-based, as a spreadsheet shows them) of a malformed
/// cell, a missing required column, an unknown column or a duplicate id.
MILJOPLAN_API std::vector<std::shared_ptr<Activity>> activities_from_csv(std::string_view text,
                                                                        const std::string& source_name = "<csv>");

/// @brief Reads proposals from CSV written by proposals_to_csv(); id and title are required.
/// @throws ParseError naming the row and column of a malformed cell, a bad year or marked_new, or a
/// duplicate id.
MILJOPLAN_API std::vector<std::shared_ptr<Proposal>> proposals_from_csv(std::string_view text,
                                                                       const std::string& source_name = "<csv>");

/// @brief Budget lines read from CSV, in file order within each section.
struct MILJOPLAN_API BudgetLinesCsv {
    /// @brief Lines whose section is income (intäkter).
    std::vector<BudgetLine> income;
    /// @brief Lines whose section is costs (kostnader).
    std::vector<BudgetLine> costs;
};

/// @brief Reads budget lines from CSV written by budget_to_csv(); section, id, label and amount are
/// required. The section is income/costs (or intäkter/kostnader); the amount is whole kronor and may
/// group its digits with spaces ("1 196 000") and use a minus sign (U+2212) as Excel writes it.
/// @throws ParseError naming the row and column of a bad section or amount, or a duplicate id.
MILJOPLAN_API BudgetLinesCsv budget_lines_from_csv(std::string_view text, const std::string& source_name = "<csv>");

}  // namespace miljoplan
