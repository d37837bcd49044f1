// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/model/plan.h"
#include "miljoplan/rules/finding.h"
#include "miljoplan/types/language.h"

namespace miljoplan {

/// @brief What a document report includes.
struct MILJOPLAN_API DocumentOptions {
    /// @brief Swedish (the plan document's own headings) or English.
    Language language = Language::Swedish;
    /// @brief Leave out people's names (recorded members of bodies); the report says whether it has any.
    bool redact_persons = false;
};

/// @brief The plan as its printed document's tables in Markdown: per category the activity table with the
/// columns AKTIVITET, AKTIVITETSMÅL, GENOMFÖRANDE, TID FÖR GENOMFÖRANDE, ANSVAR, SAMVERKANSPARTER,
/// EFFEKTMÅL; the proposal bank; the budget with printed and computed totals; the findings. Text that
/// looks like Markdown or HTML is escaped, so it renders as the text it is.
MILJOPLAN_API std::string markdown_report(const Plan& plan, const std::vector<Finding>& findings,
                                          const DocumentOptions& options = {});

/// @brief The same report as one self-contained HTML page (inline style, no scripts, no external
/// assets); every text is HTML-escaped.
MILJOPLAN_API std::string html_report(const Plan& plan, const std::vector<Finding>& findings,
                                      const DocumentOptions& options = {});

/// @brief Whether the plan records any person's name (personal data).
MILJOPLAN_API bool has_persons(const Plan& plan);

/// @brief Removes every person's name from the plan (its organisation is copied first, so a shared
/// profile is untouched); returns how many names were removed.
MILJOPLAN_API std::size_t redact_persons(Plan& plan);

}  // namespace miljoplan
