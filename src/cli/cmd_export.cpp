// SPDX-License-Identifier: Apache-2.0
// `miljoplan export` and `miljoplan convert`: the plan in the formats the field uses (canonical JSON,
// TOML for writing by hand, CSV for Excel, Markdown and HTML documents), written atomically and never
// over a file unless asked.
#include <iostream>

#include "commands.h"
#include "miljoplan/error.h"
#include "miljoplan/io/csv.h"
#include "miljoplan/io/document_report.h"
#include "miljoplan/io/file.h"
#include "miljoplan/io/json.h"
#include "miljoplan/io/toml.h"
#include "miljoplan/rules/validate.h"
#include "miljoplan/io/embedded.h"

namespace miljoplan::cli {

namespace {

struct ExportOptions {
    PlanOptions plan;
    std::string to;
    std::string table = "activities";
    std::string output;
    std::string separator = ",";
    bool bom = false;
    bool no_privacy_line = false;
    bool redact = false;
    bool force = false;
};

// The file's text in format @p to; a redacted plan is a copy, the loaded one stays as it was.
std::string render(const Plan& loaded, const ExportOptions& o, Language language)
{
    auto plan = loaded.clone();
    if (o.redact) redact_persons(*plan);
    if (o.to == "json") return plan_to_json(*plan);
    if (o.to == "toml") return plan_to_toml(*plan);
    if (o.to == "csv") {
        CsvOptions csv;
        csv.separator = o.separator[0];
        csv.byte_order_mark = o.bom;
        csv.privacy_line = !o.no_privacy_line;
        csv.language = language;
        if (o.table == "proposals") return proposals_to_csv(*plan, csv);
        if (o.table == "budget") return budget_to_csv(*plan, csv);
        return activities_to_csv(*plan, csv);
    }
    DocumentOptions doc;
    doc.language = language;
    doc.redact_persons = o.redact;
    ValidationOptions checks;
    checks.language = language;
    const auto findings = validate(*plan, builtin_goal_catalog(), checks);
    return o.to == "md" ? markdown_report(*plan, findings, doc) : html_report(*plan, findings, doc);
}

// What a format leaves out of the plan, said on standard error so that nobody mistakes a CSV or a
// document for a copy of the plan; JSON and TOML keep everything.
std::string what_is_lost(const ExportOptions& o)
{
    if (o.to == "csv")
        return "CSV holds the " + o.table + " table's cells as written, not the rest of the plan (references to actors "
               "and goals, printed totals, governance, unknown fields)";
    if (o.to == "md" || o.to == "html")
        return "the document shows the plan for reading; references, unknown fields and the follow-up are not in it";
    return "";
}

int write(const std::string& text, const ExportOptions& o, const char* command)
{
    if (write_output(text, o.output, o.force, command) != kOk) return kBadInput;
    const std::string lost = what_is_lost(o);
    if (!lost.empty())
        std::cerr << "miljoplan " << command << ": note: " << lost << "; use --to json or toml for a lossless copy\n";
    return kOk;
}

std::string format_of(const std::string& path)
{
    const auto dot = path.rfind('.');
    std::string ext = dot == std::string::npos ? "" : path.substr(dot + 1);
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == "htm") ext = "html";
    if (ext == "markdown") ext = "md";
    return ext;
}

}  // namespace

void register_export(CLI::App& app, int& exit_code)
{
    auto o = std::make_shared<ExportOptions>();
    auto* command = app.add_subcommand("export", "Write the plan as JSON, TOML, CSV (for Excel), Markdown or HTML");
    command->footer(
        "Examples:\n"
        "  miljoplan export --to html -o plan.html                  the embedded plan as a web page\n"
        "  miljoplan export plan.json --to csv --separator ';' --bom -o aktiviteter.csv   for Swedish Excel\n"
        "  miljoplan export plan.json --to csv --table budget       the budget lines\n"
        "  miljoplan export --to csv --no-privacy-line | other-tool   plain CSV for a program\n"
        "  miljoplan export plan.json --to md --redact-persons      without people's names\n"
        "  miljoplan export plan.json --to toml -o plan.toml        for editing by hand (reads back losslessly)\n\n"
        "Exit codes: 0 written, 2 the plan could not be read or the file exists (see --force), 64 wrong usage.");
    add_plan_options(*command, o->plan);
    command->add_option("--to", o->to, "Format: json, toml, csv, md or html")->required()->check(CLI::IsMember({"json", "toml", "csv", "md", "html"}));
    command->add_option("--table", o->table, "For CSV: activities (default), proposals or budget")
        ->check(CLI::IsMember({"activities", "proposals", "budget"}));
    command->add_option("-o,--output", o->output, "Write to this file (atomically) instead of standard output");
    command->add_option("--separator", o->separator, "For CSV: ',' (default) or ';' as Swedish Excel expects")
        ->check(CLI::IsMember({",", ";"}));
    command->add_flag("--bom", o->bom, "For CSV: start with a UTF-8 byte-order mark (Excel)");
    command->add_flag("--no-privacy-line", o->no_privacy_line,
                      "For CSV: leave out the first line, which says whether the file holds personal data");
    command->add_flag("--redact-persons", o->redact, "Leave out people's names");
    command->add_flag("--force", o->force, "Replace an existing output file");
    command->callback([o, &exit_code] {
        try {
            const auto plan = load_plan_from(o->plan);
            exit_code = write(render(*plan, *o, language_of(o->plan)), *o, "export");
        } catch (const Error& e) {
            std::cerr << "miljoplan export: " << e.what() << "\n";
            exit_code = kBadInput;
        }
    });

    auto c = std::make_shared<ExportOptions>();
    auto* convert = app.add_subcommand("convert", "Convert a plan file to the format its new name says (.json, .toml, .csv, .md, .html)");
    convert->footer(
        "Examples:\n"
        "  miljoplan convert plan.json plan.html\n"
        "  miljoplan convert plan.json plan.toml                  and back: miljoplan convert plan.toml plan.json\n"
        "  miljoplan convert jonkoping-2024 jonkoping-2024.md --lang en\n\n"
        "The input is a plan in JSON, in TOML (a name ending in .toml) or a built-in plan's id. CSV output holds\n"
        "the activities.\n"
        "Exit codes: 0 written, 2 the plan could not be read or the file exists (see --force), 64 wrong usage.");
    convert->add_option("IN", c->plan.path, "The plan (JSON or .toml file, or built-in id)")->required();
    convert->add_option("OUT", c->output, "The file to write; its extension picks the format")->required();
    convert->add_option("--lang", c->plan.lang, "Language of Markdown and HTML: sv (default) or en")->check(CLI::IsMember({"sv", "en"}));
    convert->add_flag("--redact-persons", c->redact, "Leave out people's names");
    convert->add_flag("--force", c->force, "Replace an existing output file");
    convert->callback([c, &exit_code] {
        c->to = format_of(c->output);
        if (c->to != "json" && c->to != "toml" && c->to != "csv" && c->to != "md" && c->to != "html")
            throw CLI::ValidationError("OUT", "cannot tell the format from '" + c->output +
                                                  "': use a name ending in .toml, .json, .csv, .md or .html");
        try {
            const auto plan = load_plan_from(c->plan);
            exit_code = write(render(*plan, *c, language_of(c->plan)), *c, "convert");
        } catch (const Error& e) {
            std::cerr << "miljoplan convert: " << e.what() << "\n";
            exit_code = kBadInput;
        }
    });
}

}  // namespace miljoplan::cli
