// SPDX-License-Identifier: Apache-2.0
#include <iostream>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "miljoplan/error.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/rules/validate.h"

namespace miljoplan::cli {

namespace {

void print_json(const std::vector<Finding>& findings)
{
    nlohmann::ordered_json out;
    out["findings"] = nlohmann::ordered_json::array();
    for (const auto& f : findings) {
        out["findings"].push_back({{"code", f.code},
                                   {"severity", to_string(f.severity)},
                                   {"message", f.message},
                                   {"path", f.path}});
    }
    std::cout << out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

void print_text(const std::vector<Finding>& findings, Language language)
{
    for (const auto& f : findings) {
        const std::string severity = language == Language::Swedish ? swedish_label(f.severity) : to_string(f.severity);
        std::cout << severity << " " << f.code << " " << f.path << ": " << f.message << "\n";
    }
    const auto errors = count(findings, Severity::Error);
    const auto warnings = count(findings, Severity::Warning);
    if (language == Language::Swedish)
        std::cout << errors << (errors == 1 ? " fel, " : " fel, ") << warnings << (warnings == 1 ? " varning" : " varningar") << "\n";
    else
        std::cout << errors << (errors == 1 ? " error, " : " errors, ") << warnings << (warnings == 1 ? " warning" : " warnings") << "\n";
}

}  // namespace

void register_validate(CLI::App& app, int& exit_code)
{
    auto options = std::make_shared<PlanOptions>();
    auto as_json = std::make_shared<bool>(false);
    CLI::App* command = app.add_subcommand("validate", "Check a plan and list the findings");
    command->footer(
        "Examples:\n"
        "  miljoplan validate                 check the embedded Jönköping 2024 plan\n"
        "  miljoplan validate plan.json --json  findings as {\"findings\": [{code, severity, message, path}]}\n\n"
        "Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 the plan could not be read.");
    add_plan_options(*command, *options);
    command->add_flag("--json", *as_json, "Print the findings as JSON");
    command->callback([options, as_json, &exit_code] {
        try {
            const auto plan = load_plan_from(*options);
            const Language language = language_of(*options);
            const auto findings = validate(*plan, builtin_goal_catalog(), language);
            if (*as_json) print_json(findings);
            else print_text(findings, language);
            exit_code = count(findings, Severity::Error) > 0 ? kFindings : kOk;
        } catch (const Error& e) {
            std::cerr << "miljoplan validate: " << e.what() << "\n";
            exit_code = kBadInput;
        }
    });
}

}  // namespace miljoplan::cli
