// SPDX-License-Identifier: Apache-2.0
// Internal: the individual checks behind validate(), grouped by what they look at.
#pragma once

#include <string>
#include <vector>

#include "miljoplan/model/goal_catalog.h"
#include "miljoplan/model/plan.h"
#include "miljoplan/rules/finding.h"
#include "miljoplan/types/language.h"

namespace miljoplan::detail {

/// Collects findings in one language.
class FindingSink {
public:
    explicit FindingSink(Language language) : language_(language) {}
    Language language() const noexcept { return language_; }
    /// Picks the message in the sink's language.
    const std::string& say(const std::string& swedish, const std::string& english) const
    {
        return language_ == Language::Swedish ? swedish : english;
    }
    void add(std::string code, Severity severity, std::string message, std::string path)
    {
        findings_.push_back(Finding{std::move(code), severity, std::move(message), std::move(path)});
    }
    std::vector<Finding> take() { return std::move(findings_); }

private:
    Language language_;
    std::vector<Finding> findings_;
};

void check_budget(const Plan& plan, FindingSink& sink);
void check_references(const Plan& plan, const GoalCatalog& catalog, FindingSink& sink);
void check_timing(const Plan& plan, FindingSink& sink);

}  // namespace miljoplan::detail
