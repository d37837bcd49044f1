// SPDX-License-Identifier: Apache-2.0
#include <iostream>

#include "commands.h"
#include "miljoplan/analysis/follow_up.h"
#include "miljoplan/error.h"
#include "miljoplan/io/annual_report.h"
#include "miljoplan/io/file.h"

namespace miljoplan::cli {

void register_followup(CLI::App& app, int& exit_code)
{
    struct Options {
        PlanOptions plan;
        int year = 0;
        std::string as_of;
        std::string output;
        bool force = false;
    };
    auto follow = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand("followup", "The follow-up: each activity's status, notes and cadence kept");
    command->footer(
        "Examples:\n"
        "  miljoplan followup plan.json --year 2024\n"
        "  miljoplan followup plan.json --as-of 2024-08-31   as at the second tertial\n\n"
        "Exit codes: 0 printed, 2 the plan could not be read.");
    add_plan_options(*command, follow->plan);
    command->add_option("--year", follow->year, "The year (default: the plan's first year)");
    // A wrong day is a wrong command line (exit 64), found before the plan is read.
    command->add_option("--as-of", follow->as_of, "Look from this day (YYYY-MM-DD); default the end of the year")
        ->check(CLI::Validator(
            [](std::string& text) {
                try {
                    parse_iso_date(text);
                    return std::string();
                } catch (const Error& e) {
                    return std::string(e.what());
                }
            },
            "YYYY-MM-DD", "date"));
    command->callback([follow, &exit_code] {
        try {
            const auto plan = load_plan_from(follow->plan);
            const int year = follow->year != 0 ? follow->year : plan->first_year().value_or(0);
            std::optional<Date> as_of;
            if (!follow->as_of.empty()) as_of = parse_iso_date(follow->as_of);
            std::cout << follow_up_text(follow_up_report(*plan, year, as_of), language_of(follow->plan));
            exit_code = kOk;
        } catch (const Error& e) {
            std::cerr << "miljoplan followup: " << e.what() << "\n";
            exit_code = kBadInput;
        }
    });

    auto annual = std::make_shared<Options>();
    CLI::App* report = app.add_subcommand("annual-report", "The annual report (verksamhetsberättelse) as Markdown");
    report->footer(
        "Examples:\n"
        "  miljoplan annual-report plan.json --year 2024 -o verksamhetsberattelse-2024.md\n\n"
        "Exit codes: 0 written, 2 the plan could not be read or the file not written.");
    add_plan_options(*report, annual->plan);
    report->add_option("--year", annual->year, "The year (default: the plan's first year)");
    report->add_option("-o,--output", annual->output, "Write to this file instead of standard output");
    report->add_flag("--force", annual->force, "Overwrite an existing output file");
    report->callback([annual, &exit_code] {
        try {
            const auto plan = load_plan_from(annual->plan);
            const int year = annual->year != 0 ? annual->year : plan->first_year().value_or(0);
            const std::string text = annual_report(*plan, year, language_of(annual->plan));
            if (annual->output.empty()) std::cout << text;
            else write_file_atomically(annual->output, text, annual->force);
            exit_code = kOk;
        } catch (const Error& e) {
            std::cerr << "miljoplan annual-report: " << e.what() << "\n";
            exit_code = kBadInput;
        }
    });
}

}  // namespace miljoplan::cli
