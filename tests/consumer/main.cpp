// SPDX-License-Identifier: Apache-2.0
// Uses the installed library: the embedded plan, a check, and a round trip through JSON.
#include <iostream>

#include <miljoplan/miljoplan.h>

int main()
{
    const auto plan = miljoplan::example_plan();
    const auto again = miljoplan::plan_from_json(miljoplan::plan_to_json(*plan));
    if (!(*plan == *again)) {
        std::cerr << "round trip changed the plan\n";
        return 1;
    }
    if (plan->activities().size() != 26) {
        std::cerr << "expected 26 activities, found " << plan->activities().size() << "\n";
        return 1;
    }
    const auto findings = miljoplan::validate(*plan, miljoplan::builtin_goal_catalog());
    std::cout << "miljoplan " << miljoplan::version << ": " << plan->title() << ", " << findings.size()
              << " findings\n";
    // The reference plan's one error: its printed cost total (1 206 tkr) is 5 tkr short of its lines.
    const bool cost_error = !findings.empty() && findings.front().code == "budget.costs_total" &&
                            miljoplan::count(findings, miljoplan::Severity::Error) == 1;
    return cost_error ? 0 : 1;
}
