// SPDX-License-Identifier: Apache-2.0
// Internal: the rules engine. Each rule is its catalogue entry plus one check function; the engine
// applies the organisation's switches, severities and parameters and gives each check a context
// that reports findings under the rule's code.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "miljoplan/analysis/year_wheel.h"
#include "miljoplan/model/goal_catalog.h"
#include "miljoplan/model/plan.h"
#include "miljoplan/rules/finding.h"
#include "miljoplan/rules/rule_catalog.h"
#include "miljoplan/rules/validate.h"

namespace miljoplan::detail {

/// Results more than one rule needs, computed once per validate().
struct SharedResults {
    std::optional<YearWheel> wheel;
    /// Per activity: the parsed timing, or the reason it cannot be read.
    std::optional<std::vector<std::pair<std::optional<Timing>, std::string>>> timings;
};

class RuleContext {
public:
    RuleContext(const Plan& the_plan, const GoalCatalog& the_catalog, const ValidationOptions& the_options,
                const RuleInfo& rule, const RuleSetting* setting, SharedResults& shared, std::vector<Finding>& out)
        : plan(the_plan), catalog(the_catalog), options(the_options), rule_(rule), setting_(setting), shared_(shared),
          out_(out)
    {
    }

    const Plan& plan;
    const GoalCatalog& catalog;
    const ValidationOptions& options;

    Language language() const noexcept { return options.language; }
    /// The message in the validation's language.
    const std::string& say(const std::string& swedish, const std::string& english) const
    {
        return options.language == Language::Swedish ? swedish : english;
    }
    /// A parameter's value: the profile's, else the rule's default.
    std::int64_t param(const std::string& name) const;
    /// True when the profile sets the parameter.
    bool has_param(const std::string& name) const;
    /// Reports a finding under the rule's code with its effective severity.
    void report(const std::string& message, const std::string& path);
    /// The plan's year wheel for its first year, built once.
    const YearWheel& wheel();
    /// Each activity's parsed timing (nullopt with the reason when unreadable), parsed once.
    const std::vector<std::pair<std::optional<Timing>, std::string>>& timings();

private:
    const RuleInfo& rule_;
    const RuleSetting* setting_;
    SharedResults& shared_;
    std::vector<Finding>& out_;
};

struct Rule {
    RuleInfo info;
    void (*check)(RuleContext&);
};

void add_budget_rules(std::vector<Rule>& rules);
void add_funding_rules(std::vector<Rule>& rules);
void add_plan_rules(std::vector<Rule>& rules);
void add_process_rules(std::vector<Rule>& rules);
void add_reference_rules(std::vector<Rule>& rules);
void add_timing_rules(std::vector<Rule>& rules);

/// Every rule in catalogue order.
const std::vector<Rule>& all_rules();

/// Quotes a name for a message: "…".
inline std::string quoted(const std::string& text) { return "\"" + text + "\""; }

/// An amount in the budget's own unit, so figures match the printed table ("1 206 tkr").
std::string show_amount(Money amount, const Budget& budget);
/// The same with a sign: "+5 tkr", "-5 tkr", "0 tkr".
std::string show_signed(Money amount, const Budget& budget);

}  // namespace miljoplan::detail
