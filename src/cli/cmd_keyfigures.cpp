// SPDX-License-Identifier: Apache-2.0
// `miljoplan keyfigures`: the "Nyckeltal" section for the yearly discussion of the county's key figures,
// from a saved key-figure set, a Miljöbarometern CSV export or a Kolada data response, as Markdown or HTML.
#include <cctype>
#include <iostream>
#include <map>
#include <vector>

#include "commands.h"
#include "miljoplan/error.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/io/file.h"
#include "miljoplan/keyfigures/key_figure_io.h"
#include "miljoplan/keyfigures/key_figure_report.h"
#include "miljoplan/types/date.h"

namespace miljoplan::cli {

namespace {

struct KeyFigureOptions {
    std::string input;
    int year = 0;  // 0: each key figure's latest year
    std::string to = "md";
    std::string lang = "sv";
    std::string profile;
    std::vector<std::string> better;
    std::vector<std::string> columns;  // EXPORT=READER renames for a Miljöbarometern export
    std::string trend = "anpassad linje";
    std::string retrieved;  // ISO day; empty: imported values carry no retrieval day
    std::string output;
    bool force = false;
};

std::string lower_extension(const std::string& path)
{
    const auto slash = path.find_last_of("/\\");
    const auto dot = path.rfind('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
    std::string ext = path.substr(dot + 1);
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

// A saved set says "schema": "KeyFigureSet..."; any other JSON is taken for a Kolada data response, whose
// reader then names what is wrong with it. A .csv name means a Miljöbarometern export.
KeyFigureSet read_set(const KeyFigureOptions& o, const std::optional<Date>& retrieved,
                      const std::map<std::string, std::string>& columns)
{
    const std::string extension = lower_extension(o.input);
    if (extension == "xlsx" || extension == "xlsm")
        throw IoError(o.input + ": an Excel workbook; save the sheet as \"CSV UTF-8\" or read it with the Python "
                      "package's miljoplan.import_miljobarometern_xlsx");
    if (extension == "xls") throw IoError(o.input + ": an old Excel workbook; save the sheet as \"CSV UTF-8\"");
    const std::string text = read_text_file(o.input);
    KeyFigureSet set;
    const bool csv = extension == "csv";
    const bool snapshot = !csv && text.find("\"KeyFigureSet.") != std::string::npos;
    if (!csv && !columns.empty())
        throw IoError(o.input + ": --column applies to a Miljöbarometern export (a .csv file)");
    if (snapshot) {
        // A saved set keeps each value's own retrieval day; overwriting them would falsify the record.
        if (retrieved)
            throw IoError(o.input + ": --retrieved applies to a Miljöbarometern export or a Kolada response; a saved "
                          "key-figure set keeps the day each value was retrieved");
        set = key_figures_from_json(text, o.input);
    }
    // Link the profile first, so a CSV export may name municipalities instead of giving their kommunkod.
    if (!o.profile.empty()) set.link_parties(*builtin_profile(o.profile));
    KeyFigureImport import;
    import.source = o.input;
    import.retrieved_on = retrieved;
    import.columns = columns;
    if (csv) import_miljobarometern_csv(set, text, import);
    else if (!snapshot) import_kolada_json(set, text, import);
    return set;
}

// --column EXPORT=READER, checked before anything is read: the reader's names are fixed, so a wrong one is a
// usage error (64).
std::map<std::string, std::string> column_renames(const std::vector<std::string>& given)
{
    std::map<std::string, std::string> out;
    for (const auto& g : given) {
        const auto eq = g.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == g.size())
            throw CLI::ValidationError("--column", "expected EXPORT-NAME=READER-NAME (Mätvärde=värde), got '" + g + "'");
        out[g.substr(0, eq)] = g.substr(eq + 1);
    }
    try {
        check_miljobarometern_columns(out);
    } catch (const InvalidArgument& e) {
        throw CLI::ValidationError("--column", e.what());
    }
    return out;
}

// --better ID=DIRECTION, checked before anything is read so a typo is a usage error (64), not bad input.
std::vector<std::pair<std::string, Better>> directions(const std::vector<std::string>& given)
{
    std::vector<std::pair<std::string, Better>> out;
    for (const auto& g : given) {
        const auto eq = g.find('=');
        const auto better = eq == std::string::npos ? std::nullopt : parse_better(g.substr(eq + 1));
        if (!better || eq == 0)
            throw CLI::ValidationError("--better", "expected ID=högre, ID=lägre or ID=neutral, got '" + g + "'");
        out.emplace_back(g.substr(0, eq), *better);
    }
    return out;
}

int run(const KeyFigureOptions& o)
{
    const auto language = parse_language(o.lang);
    const auto trend = parse_trend_method(o.trend);
    if (!language) throw CLI::ValidationError("--lang", "unknown language '" + o.lang + "'");
    if (!trend) throw CLI::ValidationError("--trend", "expected 'anpassad linje' or 'start mot senaste'");
    if (!o.profile.empty() && !builtin_profile(o.profile))
        throw CLI::ValidationError("--profile", "unknown profile '" + o.profile + "'");
    const auto better = directions(o.better);
    const auto columns = column_renames(o.columns);
    std::optional<Date> retrieved;
    if (!o.retrieved.empty()) {
        retrieved = try_parse_iso_date(o.retrieved);
        if (!retrieved)
            throw CLI::ValidationError("--retrieved", "expected a day in the form YYYY-MM-DD, got '" + o.retrieved + "'");
    }
    try {
        KeyFigureSet set = read_set(o, retrieved, columns);
        for (const auto& [id, direction] : better) {
            KeyFigure* figure = set.find_key_figure(id);
            if (!figure) {
                std::cerr << "miljoplan keyfigures: " << o.input << ": --better names '" << id
                          << "', which is not in the catalogue\n";
                return kBadInput;
            }
            figure->better = direction;
        }
        KeyFigureReportOptions report;
        if (o.year != 0) report.year = o.year;
        report.language = *language;
        report.standalone = true;  // a file of its own: a whole page rather than a fragment
        report.comparison.trend = *trend;
        const std::string text = o.to == "html" ? key_figures_html(set, report) : key_figures_markdown(set, report);
        return write_output(text, o.output, o.force, "keyfigures");
    } catch (const Error& e) {
        std::cerr << "miljoplan keyfigures: " << e.what() << "\n";
        return kBadInput;
    }
}

}  // namespace

void register_keyfigures(CLI::App& app, int& exit_code)
{
    auto o = std::make_shared<KeyFigureOptions>();
    auto* command = app.add_subcommand("keyfigures", "Write the key-figure comparison (the \"Nyckeltal\" section) as Markdown or HTML");
    command->footer(
        "Examples:\n"
        "  miljoplan keyfigures nyckeltal.json                        each figure's latest year, Markdown\n"
        "  miljoplan keyfigures nyckeltal.json --year 2023 --to html -o nyckeltal-2023.html\n"
        "  miljoplan keyfigures export.csv --profile jonkoping --better eko-livsmedel=högre   a Miljöbarometern export\n"
        "  miljoplan keyfigures kolada-svar.json --lang en            a Kolada data response, English labels\n"
        "  miljoplan keyfigures kolada-svar.json --retrieved 2024-04-15   the day the response was fetched\n"
        "  miljoplan keyfigures export.csv --column Mätvärde=värde --column Kommunkod=kommun   other column names\n\n"
        "The input is a saved key-figure set (\"schema\": \"KeyFigureSet.1\"), a Miljöbarometern CSV export (a name\n"
        "ending in .csv) or a Kolada API v2 data response (any other JSON). An Excel workbook (.xlsx) is read by the\n"
        "Python package (miljoplan.import_miljobarometern_xlsx), or saved as \"CSV UTF-8\" first.\n"
        "Exit codes: 0 written, 2 the input could not be read, --better names a key figure it lacks, or the file\n"
        "exists (see --force), 64 wrong usage.");
    command->add_option("INPUT", o->input, "Key-figure set (.json), Miljöbarometern export (.csv) or Kolada response (.json)")
        ->required();
    command->add_option("--year", o->year, "The year to show; default: each key figure's latest year")
        ->check(CLI::Range(1900, 2999));
    command->add_option("--to", o->to, "Format: md (default) or html (a self-contained page)")
        ->check(CLI::IsMember({"md", "html"}));
    command->add_option("--lang", o->lang, "Language of the output: sv (default) or en")->check(CLI::IsMember({"sv", "en"}));
    command->add_option("--profile", o->profile,
                        "Compare the municipalities of a built-in profile (jonkoping, skane), with their names");
    command->add_option("--better", o->better, "Which way is better for a key figure: ID=högre, ID=lägre or ID=neutral")
        ->allow_extra_args(false);
    command->add_option("--trend", o->trend, "Trend method: 'anpassad linje' (default) or 'start mot senaste'");
    command->add_option("--column", o->columns,
                        "Map a column of a Miljöbarometern export to the reader's name: EXPORT=READER (Mätvärde=värde)")
        ->allow_extra_args(false);
    command->add_option("--retrieved", o->retrieved,
                        "The day (YYYY-MM-DD) an export or Kolada response was retrieved; the report's source line "
                        "names it");
    command->add_option("-o,--output", o->output, "Write to this file (atomically) instead of standard output");
    command->add_flag("--force", o->force, "Replace an existing output file");
    command->callback([o, &exit_code] { exit_code = run(*o); });
}

}  // namespace miljoplan::cli
