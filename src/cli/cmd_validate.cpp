// SPDX-License-Identifier: Apache-2.0
#include <iostream>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "miljoplan/error.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/io/json.h"
#include "miljoplan/rules/rule_catalog.h"
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

void print_catalog(bool json, Language language)
{
    if (json) {
        nlohmann::ordered_json out;
        out["rules"] = nlohmann::ordered_json::array();
        for (const auto& r : rule_catalog()) {
            nlohmann::ordered_json rule{{"code", r.code},
                                        {"area", r.area},
                                        {"severity", to_string(r.severity)},
                                        {"purpose", language == Language::Swedish ? r.purpose_sv : r.purpose_en}};
            rule["parameters"] = nlohmann::ordered_json::array();
            for (const auto& p : r.parameters)
                rule["parameters"].push_back({{"name", p.name}, {"default", p.default_value}, {"description", p.description}});
            out["rules"].push_back(rule);
        }
        std::cout << out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
        return;
    }
    for (const auto& r : rule_catalog()) {
        std::cout << r.code << " (" << (language == Language::Swedish ? swedish_label(r.severity) : to_string(r.severity))
                  << "): " << (language == Language::Swedish ? r.purpose_sv : r.purpose_en) << "\n";
        for (const auto& p : r.parameters)
            std::cout << "    " << p.name << " = " << p.default_value << "  " << p.description << "\n";
    }
}

}  // namespace

void register_validate(CLI::App& app, int& exit_code)
{
    auto options = std::make_shared<PlanOptions>();
    auto as_json = std::make_shared<bool>(false);
    auto list_rules = std::make_shared<bool>(false);
    auto previous = std::make_shared<std::vector<std::string>>();
    auto disabled = std::make_shared<std::vector<std::string>>();
    CLI::App* command = app.add_subcommand("validate", "Check a plan and list the findings");
    command->footer(
        "Examples:\n"
        "  miljoplan validate                 check the embedded Jönköping 2024 plan\n"
        "  miljoplan validate plan.json --json  findings as {\"findings\": [{code, severity, message, path}]}\n"
        "  miljoplan validate --rules           the rule catalogue (docs/rules.md explains each rule)\n"
        "  miljoplan validate plan-2025.json --previous plan-2024.json   links the years (carry-over)\n"
        "  miljoplan validate --disable budget.catering_meetings\n\n"
        "Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 the plan could not be read.");
    add_plan_options(*command, *options);
    command->add_flag("--json", *as_json, "Print the findings as JSON");
    command->add_flag("--rules", *list_rules, "List the rule catalogue instead of checking a plan");
    command->add_option("--previous", *previous, "Another plan of the same organisation (repeatable), e.g. last year's");
    command->add_option("--disable", *disabled, "Switch a rule off for this run (repeatable)");
    command->callback([options, as_json, list_rules, previous, disabled, &exit_code] {
        try {
            const Language language = language_of(*options);
            if (*list_rules) {
                print_catalog(*as_json, language);
                exit_code = kOk;
                return;
            }
            const auto plan = load_plan_from(*options);
            ValidationOptions validation;
            validation.language = language;
            for (const auto& path : *previous) {
                PlanOptions related;
                related.path = path;
                validation.related.push_back(load_plan_from(related));
            }
            for (const auto& code : *disabled) {
                if (!find_rule(code)) throw CLI::ValidationError("--disable", "no rule '" + code + "' (see --rules)");
                validation.overrides[code].enabled = false;
            }
            const auto findings = validate(*plan, builtin_goal_catalog(), validation);
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
