// SPDX-License-Identifier: Apache-2.0
#include <iostream>

#include "commands.h"
#include "miljoplan/analysis/year_wheel.h"
#include "miljoplan/error.h"
#include "miljoplan/io/calendar_json.h"
#include "miljoplan/io/file.h"
#include "miljoplan/io/ics.h"

namespace miljoplan::cli {

void register_calendar(CLI::App& app, int& exit_code)
{
    struct Options {
        PlanOptions plan;
        int year = 0;
        bool json = false;
        std::string ics;
        bool force = false;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand("calendar", "The plan's year wheel (årshjul): text, JSON or an iCalendar file");
    command->footer(
        "Examples:\n"
        "  miljoplan calendar                        the embedded plan's year wheel for 2024\n"
        "  miljoplan calendar plan.json --year 2025 --json\n"
        "  miljoplan calendar --ics arshjul.ics      import into Outlook or any calendar program\n\n"
        "Exit codes: 0 written, 2 the plan could not be read or the file not written.");
    add_plan_options(*command, options->plan);
    command->add_option("--year", options->year, "The year (default: the plan's first year)");
    auto* json = command->add_flag("--json", options->json, "Print the year wheel as JSON");
    command->add_option("--ics", options->ics, "Write an iCalendar (RFC 5545) file")->excludes(json);
    command->add_flag("--force", options->force, "Overwrite an existing --ics file");
    command->callback([options, &exit_code] {
        try {
            const auto plan = load_plan_from(options->plan);
            const std::optional<int> year = options->year != 0 ? std::optional<int>(options->year) : std::nullopt;
            const YearWheel wheel = build_year_wheel(*plan, year);
            if (!options->ics.empty()) {
                write_file_atomically(options->ics, to_ics(*plan, wheel), options->force);
                std::cout << options->ics << ": " << wheel.activities.size() << " activities, year " << wheel.year << "\n";
            } else if (options->json) {
                std::cout << year_wheel_to_json(wheel);
            } else {
                std::cout << year_wheel_text(wheel);
            }
            exit_code = kOk;
        } catch (const Error& e) {
            std::cerr << "miljoplan calendar: " << e.what() << "\n";
            exit_code = kBadInput;
        }
    });
}

}  // namespace miljoplan::cli
