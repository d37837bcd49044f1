// SPDX-License-Identifier: Apache-2.0
// The miljoplan command-line tool: one function per subcommand, sharing how a plan is found.
#pragma once

#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "miljoplan/model/plan.h"
#include "miljoplan/types/language.h"

namespace miljoplan::cli {

/// Exit codes, documented in the README.
enum ExitCode : int {
    kOk = 0,          ///< success; for validate: no errors found
    kFindings = 1,    ///< validate found errors
    kBadInput = 2,    ///< the plan (or another input) could not be read
    kUsage = 64,      ///< the command line itself was wrong
};

/// Options every command that reads a plan shares.
struct PlanOptions {
    std::string path;  ///< empty means the embedded reference plan
    std::string lang = "sv";
};

/// Adds the PLAN argument and --lang to @p command.
void add_plan_options(CLI::App& command, PlanOptions& options);

/// Loads the plan named by @p options, or the embedded plan. Throws miljoplan::Error.
std::shared_ptr<Plan> load_plan_from(const PlanOptions& options);

/// The language chosen by --lang. Throws CLI::ValidationError for an unknown one.
Language language_of(const PlanOptions& options);

/// Prints @p text, or with an @p output other than "" or "-" writes it there atomically (replacing a file
/// only with @p force); returns the exit code, and on failure says so on stderr as `miljoplan COMMAND`.
int write_output(const std::string& text, const std::string& output, bool force, const char* command);

/// Registers `miljoplan report`; @p exit_code receives the command's result.
void register_report(CLI::App& app, int& exit_code);
/// Registers `miljoplan validate`; @p exit_code receives the command's result.
void register_validate(CLI::App& app, int& exit_code);
/// Registers `miljoplan timing`; @p exit_code receives the command's result.
void register_timing(CLI::App& app, int& exit_code);
/// Registers `miljoplan calendar`; @p exit_code receives the command's result.
void register_calendar(CLI::App& app, int& exit_code);
/// Registers `miljoplan diff`; @p exit_code receives the command's result.
void register_diff(CLI::App& app, int& exit_code);
/// Registers `miljoplan followup` and `miljoplan annual-report`; @p exit_code receives the result.
void register_followup(CLI::App& app, int& exit_code);
/// Registers `miljoplan export` and `miljoplan convert`; @p exit_code receives the command's result.
void register_export(CLI::App& app, int& exit_code);
/// Registers `miljoplan keyfigures`; @p exit_code receives the command's result.
void register_keyfigures(CLI::App& app, int& exit_code);

}  // namespace miljoplan::cli
