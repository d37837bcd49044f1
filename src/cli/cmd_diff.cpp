// SPDX-License-Identifier: Apache-2.0
#include <iostream>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "miljoplan/analysis/plan_compare.h"
#include "miljoplan/error.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/io/json.h"

namespace miljoplan::cli {

namespace {

std::string year_text(const std::optional<int>& y) { return y ? std::to_string(*y) : "-"; }

// A, B: a file (JSON or TOML) or a built-in id, found as every command finds its PLAN.
std::shared_ptr<Plan> load_named(const std::string& name)
{
    PlanOptions options;
    options.path = name;
    return load_plan_from(options);
}

void print_text(const PlanComparison& c)
{
    for (int y : c.years_added) std::cout << "+ år " << y << "\n";
    for (int y : c.years_removed) std::cout << "- år " << y << "\n";
    for (const auto& [year, from, to] : c.status_changes)
        std::cout << "~ år " << year << ": " << to_string(from) << " -> " << to_string(to) << "\n";
    for (const auto& a : c.activities) {
        if (a.change == ActivityChange::Continued) continue;
        const char mark = a.change == ActivityChange::Added ? '+' : a.change == ActivityChange::Removed ? '-' : '~';
        std::cout << mark << " " << a.title << " [" << to_string(a.change);
        if (a.change == ActivityChange::Moved) std::cout << " " << year_text(a.first_year) << " -> " << year_text(a.second_year);
        if (!a.changed_fields.empty()) {
            std::cout << ":";
            for (const auto& f : a.changed_fields) std::cout << " " << f;
        }
        std::cout << "]\n";
    }
    for (const auto& p : c.proposals_added) std::cout << "+ förslag " << p << "\n";
    for (const auto& p : c.proposals_removed) std::cout << "- förslag " << p << "\n";
    if (c.budget) {
        for (const auto& line : c.budget->lines) {
            if (line.change == LineChange::Same) continue;
            std::cout << (line.change == LineChange::Added ? '+' : line.change == LineChange::Removed ? '-' : '~') << " budget "
                      << line.section << ": " << line.label << " (" << (line.first ? format_kronor(*line.first) : "-") << " -> "
                      << (line.second ? format_kronor(*line.second) : "-") << ")\n";
        }
    }
    std::cout << c.count(ActivityChange::Continued) << " fortsätter, " << c.count(ActivityChange::Changed) << " ändrade, "
              << c.count(ActivityChange::Moved) << " flyttade, " << c.count(ActivityChange::Added) << " nya, "
              << c.count(ActivityChange::Removed) << " borttagna\n";
}

void print_json(const PlanComparison& c)
{
    nlohmann::ordered_json out;
    out["years_added"] = c.years_added;
    out["years_removed"] = c.years_removed;
    out["status_changes"] = nlohmann::ordered_json::array();
    for (const auto& [year, from, to] : c.status_changes)
        out["status_changes"].push_back({{"year", year}, {"from", to_string(from)}, {"to", to_string(to)}});
    out["activities"] = nlohmann::ordered_json::array();
    for (const auto& a : c.activities) {
        nlohmann::ordered_json j{{"id", a.id.value()}, {"title", a.title}, {"change", to_string(a.change)}};
        j["first_year"] = a.first_year ? nlohmann::ordered_json(*a.first_year) : nlohmann::ordered_json(nullptr);
        j["second_year"] = a.second_year ? nlohmann::ordered_json(*a.second_year) : nlohmann::ordered_json(nullptr);
        j["changed_fields"] = a.changed_fields;
        out["activities"].push_back(j);
    }
    out["proposals_added"] = c.proposals_added;
    out["proposals_removed"] = c.proposals_removed;
    out["budget_lines"] = nlohmann::ordered_json::array();
    if (c.budget) {
        for (const auto& l : c.budget->lines) {
            nlohmann::ordered_json j{{"section", l.section}, {"id", l.id}, {"label", l.label}, {"change", to_string(l.change)}};
            j["first"] = l.first ? nlohmann::ordered_json(l.first->kronor()) : nlohmann::ordered_json(nullptr);
            j["second"] = l.second ? nlohmann::ordered_json(l.second->kronor()) : nlohmann::ordered_json(nullptr);
            j["difference"] = l.difference.kronor();
            out["budget_lines"].push_back(j);
        }
    }
    std::cout << out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

}  // namespace

void register_diff(CLI::App& app, int& exit_code)
{
    struct Options {
        std::string first;
        std::string second;
        bool json = false;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand("diff", "What changed between two plans: years, activities, proposals, budget lines");
    command->footer(
        "Examples:\n"
        "  miljoplan diff plan-2024.json plan-2025.json\n"
        "  miljoplan diff plan-adopted.json plan-revised.json --json\n"
        "A built-in plan may be named by id (jonkoping-2024, skane-2022).\n\n"
        "Exit codes: 0 compared (whatever the differences), 2 a plan could not be read.");
    command->add_option("A", options->first, "The first plan (file or built-in id)")->required();
    command->add_option("B", options->second, "The second plan (file or built-in id)")->required();
    command->add_flag("--json", options->json, "Print the comparison as JSON");
    command->callback([options, &exit_code] {
        try {
            const auto a = load_named(options->first);
            const auto b = load_named(options->second);
            const PlanComparison c = compare_plans(*a, *b);
            if (options->json) print_json(c);
            else print_text(c);
            exit_code = kOk;
        } catch (const Error& e) {
            std::cerr << "miljoplan diff: " << e.what() << "\n";
            exit_code = kBadInput;
        }
    });
}

}  // namespace miljoplan::cli
