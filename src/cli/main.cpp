// SPDX-License-Identifier: Apache-2.0
#include <iostream>

#include "commands.h"
#include "miljoplan/version.h"

int main(int argc, char** argv)
{
    using namespace miljoplan::cli;
    CLI::App app{"miljoplan: operational plans (verksamhetsplaner) of Swedish regional environmental-supervision "
                 "cooperations (miljösamverkan)"};
    app.set_version_flag("--version", std::string("miljoplan ") + miljoplan::version);
    app.require_subcommand(1);
    app.footer("Run 'miljoplan COMMAND --help' for the options and examples of a command.\n"
               "Exit codes: 0 success, 1 validation errors, 2 unreadable input, 64 wrong usage.");
    int exit_code = kOk;
    register_report(app, exit_code);
    register_validate(app, exit_code);
    register_timing(app, exit_code);
    register_calendar(app, exit_code);
    register_diff(app, exit_code);
    register_followup(app, exit_code);
    register_export(app, exit_code);
    register_keyfigures(app, exit_code);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? kOk : kUsage;
    }
    return exit_code;
}
