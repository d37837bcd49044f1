// SPDX-License-Identifier: Apache-2.0
#include <iostream>

#include "commands.h"
#include "miljoplan/calendar/timing.h"
#include "miljoplan/error.h"
#include "miljoplan/io/calendar_json.h"

namespace miljoplan::cli {

namespace {

void print_text(const Timing& t)
{
    std::cout << t.text << "\n";
    for (const auto& w : t.windows) {
        std::cout << "  " << to_string(w.kind) << ": " << w.range.to_string();
        if (!w.label.empty()) std::cout << " (" << w.label << ")";
        std::cout << "  \xC2\xAB" << w.text << "\xC2\xBB\n";
    }
    for (const auto& d : t.dates) std::cout << "  datum: " << to_iso_string(d) << "\n";
    for (const auto& c : t.cadences) {
        std::cout << "  kadens: " << c.min;
        if (c.max != c.min) std::cout << "-" << c.max;
        std::cout << " per " << to_string(c.per);
        if (c.interval > 1) std::cout << ", var " << c.interval << ":e";
        if (!c.excluded_months.empty()) {
            std::cout << ", utom månad";
            for (int m : c.excluded_months) std::cout << " " << m;
        }
        if (c.within) std::cout << ", inom " << c.within->to_string();
        if (!c.label.empty()) std::cout << " (" << c.label << ")";
        if (!c.anchor.empty()) std::cout << " [" << c.anchor << "]";
        std::cout << "\n";
    }
    if (t.deadline) std::cout << "  senast: " << to_iso_string(t.deadline->date) << "\n";
    if (t.ongoing) std::cout << "  löpande\n";
    for (const auto& n : t.notes) std::cout << "  obs: " << n << "\n";
    if (!t.unparsed.empty()) std::cout << "  ej tolkat: " << t.unparsed << "\n";
}

}  // namespace

void register_timing(CLI::App& app, int& exit_code)
{
    struct Options {
        std::string text;
        int year = 0;
        std::string seasons = "termin";
        bool json = false;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand("timing", "Read a Swedish timing phrase into dates, windows and cadences");
    command->footer(
        "Examples:\n"
        "  miljoplan timing \"Våren 2024\"\n"
        "  miljoplan timing \"1 gång per månad, bortsett från juli månad\" --year 2024 --json\n"
        "  miljoplan timing \"Hösten 2024\" --seasons kalender\n\n"
        "Exit codes: 0 read (unparsed words are reported, not an error), 2 impossible phrase.");
    command->add_option("TEXT", options->text, "The phrase, in quotes")->required();
    command->add_option("--year", options->year, "The year a phrase without a year means");
    command->add_option("--seasons", options->seasons, "How 'våren'/'hösten' are read: termin (default) or kalender")
        ->check(CLI::IsMember({"termin", "kalender", "term", "calendar"}));
    command->add_flag("--json", options->json, "Print the result as JSON");
    command->callback([options, &exit_code] {
        TimingContext context;
        if (options->year != 0) context.year = options->year;
        context.seasons = parse_season_reading(options->seasons).value_or(SeasonReading::Term);
        try {
            const Timing t = parse_timing(options->text, context);
            std::optional<int> year = context.year;
            if (!year) {
                if (auto span = t.span()) year = span->first.year();
            }
            if (options->json) std::cout << timing_to_json(t, year);
            else print_text(t);
            exit_code = kOk;
        } catch (const Error& e) {
            std::cerr << "miljoplan timing: " << e.what() << "\n";
            exit_code = kBadInput;
        }
    });
}

}  // namespace miljoplan::cli
