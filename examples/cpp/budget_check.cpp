// SPDX-License-Identifier: Apache-2.0
// Loads a plan (the embedded reference plan unless a file is given), prints its budget with the
// computed and printed totals, and lists what the checks find. Exit code 1 when there are errors.
#include <iostream>

#include <miljoplan/miljoplan.h>

int main(int argc, char** argv)
{
    try {
        const auto plan = argc > 1 ? miljoplan::load_plan(argv[1]) : miljoplan::example_plan();
        const auto& budget = plan->budget();
        if (!budget) {
            std::cout << plan->title() << ": no budget\n";
            return 0;
        }
        std::cout << plan->title() << "\n";
        for (const auto& line : budget->income())
            std::cout << "  + " << miljoplan::format_tkr(line.amount) << " tkr  " << line.label << "\n";
        for (const auto& line : budget->costs())
            std::cout << "  - " << miljoplan::format_tkr(line.amount) << " tkr  " << line.label << "\n";
        std::cout << "income " << miljoplan::format_tkr(budget->income_total()) << " tkr, costs "
                  << miljoplan::format_tkr(budget->costs_total()) << " tkr, result "
                  << miljoplan::format_tkr(budget->result()) << " tkr\n";
        const auto findings = miljoplan::validate(*plan, miljoplan::builtin_goal_catalog(), miljoplan::Language::English);
        for (const auto& f : findings)
            std::cout << miljoplan::to_string(f.severity) << " " << f.code << ": " << f.message << "\n";
        return miljoplan::count(findings, miljoplan::Severity::Error) > 0 ? 1 : 0;
    } catch (const miljoplan::Error& e) {
        std::cerr << e.what() << "\n";
        return 2;
    }
}
