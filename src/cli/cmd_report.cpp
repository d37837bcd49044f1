// SPDX-License-Identifier: Apache-2.0
#include <iostream>

#include "commands.h"
#include "miljoplan/error.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/io/text_report.h"
#include "miljoplan/rules/validate.h"

namespace miljoplan::cli {

void register_report(CLI::App& app, int& exit_code)
{
    auto options = std::make_shared<PlanOptions>();
    CLI::App* command = app.add_subcommand("report", "Print a readable overview of a plan with the findings of its checks");
    command->footer(
        "Examples:\n"
        "  miljoplan report                      the embedded Jönköping 2024 plan, in Swedish\n"
        "  miljoplan report plan.json --lang en  a plan of your own, in English\n\n"
        "Exit codes: 0 the report was printed (whatever the findings), 2 the plan could not be read.");
    add_plan_options(*command, *options);
    command->callback([options, &exit_code] {
        try {
            const auto plan = load_plan_from(*options);
            const Language language = language_of(*options);
            const auto findings = validate(*plan, builtin_goal_catalog(), language);
            std::cout << text_report(*plan, findings, language);
            exit_code = kOk;
        } catch (const Error& e) {
            std::cerr << "miljoplan report: " << e.what() << "\n";
            exit_code = kBadInput;
        }
    });
}

}  // namespace miljoplan::cli
