// SPDX-License-Identifier: Apache-2.0
#include "commands.h"

#include "miljoplan/io/embedded.h"
#include "miljoplan/io/toml.h"

namespace miljoplan::cli {

void add_plan_options(CLI::App& command, PlanOptions& options)
{
    command.add_option("PLAN", options.path,
                       "Plan file (JSON, or TOML when it ends in .toml) or a built-in plan's id (jonkoping-2024, skane-2022); omitted: jonkoping-2024");
    command.add_option("--lang", options.lang, "Language of the output: sv (default) or en")
        ->check(CLI::IsMember({"sv", "en"}));
}

std::shared_ptr<Plan> load_plan_from(const PlanOptions& options)
{
    if (options.path.empty()) return example_plan();
    if (auto builtin = builtin_plan(options.path)) return builtin;
    return load_any_plan(options.path);  // .toml is TOML, anything else JSON
}

Language language_of(const PlanOptions& options)
{
    if (auto language = parse_language(options.lang)) return *language;
    throw CLI::ValidationError("--lang", "unknown language '" + options.lang + "'");
}

}  // namespace miljoplan::cli
