// SPDX-License-Identifier: Apache-2.0
// CSV for spreadsheets (RFC 4180 quoting). Rows and columns in errors are the spreadsheet's: the header
// is row 1 and a quoted cell may span lines, so a row is a record, not a line of the file.
#include "miljoplan/io/csv.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "detail/text.h"
#include "miljoplan/error.h"

namespace miljoplan {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

const std::vector<std::string> kActivityColumns{"id",           "category", "year",     "title",    "goal",
                                                "implementation", "timing", "responsible", "partners", "effect_goals"};

// A spreadsheet runs a cell that starts like a formula; an apostrophe makes it text.
bool looks_like_formula(const std::string& cell)
{
    return !cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' || cell[0] == '\t' ||
                             cell[0] == '\r');
}

std::string cell(const std::string& text, char separator)
{
    const std::string value = looks_like_formula(text) ? "'" + text : text;
    const bool quote = value.find_first_of(std::string("\"\r\n") + separator) != std::string::npos ||
                       (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!quote) return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                  const CsvOptions& options)
{
    if (options.separator != ',' && options.separator != ';')
        throw InvalidArgument(std::string("the CSV separator must be ',' or ';', got '") + options.separator + "'");
    std::ostringstream out;
    if (options.byte_order_mark) out << kBom;
    auto line = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) out << (i ? std::string(1, options.separator) : "") << cell(cells[i], options.separator);
        out << "\r\n";
    };
    line(header);
    for (const auto& row : rows) line(row);
    return out.str();
}

struct Record {
    std::size_t row = 0;
    std::vector<std::string> cells;
};

[[noreturn]] void fail(const std::string& source, std::size_t row, std::size_t column, const std::string& message)
{
    throw ParseError(SourceLocation{source, row, column, ""}, message);
}

std::vector<Record> parse(std::string_view text, const std::string& source)
{
    if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
    if (!detail::is_valid_utf8(text)) fail(source, 1, 1, "the file is not valid UTF-8");
    // The separator is whichever of ';' and ',' the header line uses outside quotes.
    const std::string_view first_line = text.substr(0, text.find('\n'));
    const char separator =
        std::count(first_line.begin(), first_line.end(), ';') > std::count(first_line.begin(), first_line.end(), ',') ? ';' : ',';
    std::vector<Record> records;
    Record current{1, {}};
    std::string field;
    bool quoted = false, was_quoted = false;
    std::size_t i = 0;
    auto end_field = [&] {
        current.cells.push_back(field);
        field.clear();
        was_quoted = false;
    };
    auto end_record = [&] {
        end_field();
        const bool blank = current.cells.size() == 1 && current.cells[0].empty();
        if (!blank) records.push_back(current);
        current = Record{current.row + 1, {}};
    };
    while (i < text.size()) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"') {
            if (!field.empty() || was_quoted)
                fail(source, current.row, current.cells.size() + 1, "a quote inside an unquoted cell (quote the whole cell and double the quote)");
            quoted = was_quoted = true;
        } else if (c == separator) {
            end_field();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            // CRLF ends the record with the LF below.
        } else if (c == '\n') {
            end_record();
        } else if (was_quoted) {
            fail(source, current.row, current.cells.size() + 1, "text after the closing quote of a cell");
        } else {
            field += c;
        }
        ++i;
    }
    if (quoted) fail(source, current.row, current.cells.size() + 1, "a quoted cell is not closed before the end of the file");
    if (!field.empty() || !current.cells.empty() || was_quoted) end_record();
    return records;
}

std::string unguard(const std::string& value)
{
    if (value.size() > 1 && value[0] == '\'' && looks_like_formula(value.substr(1))) return value.substr(1);
    return value;
}

}  // namespace

std::string activities_to_csv(const Plan& plan, const CsvOptions& options)
{
    std::vector<std::vector<std::string>> rows;
    for (const auto& a : plan.activities())
        rows.push_back({a->id().value(), a->category(), a->year() ? std::to_string(*a->year()) : "", a->title(), a->goal(),
                        a->implementation(), a->timing_text(), a->responsible().text, a->partners().text,
                        a->effect_goals().text});
    return table(kActivityColumns, rows, options);
}

std::string proposals_to_csv(const Plan& plan, const CsvOptions& options)
{
    std::vector<std::vector<std::string>> rows;
    for (const auto& p : plan.proposal_bank().proposals())
        rows.push_back({p->id().value(), p->area(), p->title(), p->submitted_year() ? std::to_string(*p->submitted_year()) : ""});
    return table({"id", "area", "title", "submitted_year"}, rows, options);
}

std::string budget_to_csv(const Plan& plan, const CsvOptions& options)
{
    const auto budget = plan.budget();
    if (!budget) throw InvalidArgument("the plan has no budget to write as CSV");
    std::vector<std::vector<std::string>> rows;
    auto lines = [&](const char* section, const std::vector<BudgetLine>& list) {
        for (const auto& l : list) {
            std::string tags;
            for (const auto& t : l.tags) tags += (tags.empty() ? "" : " ") + t;
            rows.push_back({section, l.id, l.label, std::to_string(l.amount.kronor()), tags});
        }
    };
    lines("income", budget->income());
    lines("costs", budget->costs());
    return table({"section", "id", "label", "amount", "tags"}, rows, options);
}

std::vector<std::shared_ptr<Activity>> activities_from_csv(std::string_view text, const std::string& source)
{
    const auto records = parse(text, source);
    if (records.empty()) fail(source, 1, 1, "the file is empty: a header row is required");
    const Record& header = records.front();
    std::map<std::string, std::size_t> at;
    for (std::size_t k = 0; k < header.cells.size(); ++k) {
        const std::string name = detail::collapse_spaces(header.cells[k]);
        if (std::find(kActivityColumns.begin(), kActivityColumns.end(), name) == kActivityColumns.end()) {
            std::string message = "unknown column \"" + name + "\"";
            if (const std::string* best = detail::closest(name, kActivityColumns)) message += "; did you mean \"" + *best + "\"?";
            fail(source, 1, k + 1, message);
        }
        if (!at.emplace(name, k).second) fail(source, 1, k + 1, "the column \"" + name + "\" appears twice");
    }
    for (const char* required : {"id", "title"})
        if (!at.count(required)) fail(source, 1, header.cells.size() + 1, std::string("missing the required column \"") + required + "\"");

    std::vector<std::shared_ptr<Activity>> out;
    std::set<std::string> ids;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const Record& rec = records[r];
        if (rec.cells.size() != header.cells.size())
            fail(source, rec.row, std::min(rec.cells.size(), header.cells.size()) + 1,
                 "the row has " + std::to_string(rec.cells.size()) + " cells, the header " + std::to_string(header.cells.size()));
        auto get = [&](const char* name) { return at.count(name) ? unguard(rec.cells[at[name]]) : std::string(); };
        auto column = [&](const char* name) { return at[name] + 1; };
        const std::string id = get("id");
        const std::string title = get("title");
        if (id.empty()) fail(source, rec.row, column("id"), "the id is empty");
        if (title.empty()) fail(source, rec.row, column("title"), "the title is empty");
        if (!ids.insert(id).second) fail(source, rec.row, column("id"), "duplicate id '" + id + "'");
        auto a = std::make_shared<Activity>(ActivityId(id), title);
        a->set_category(get("category"));
        const std::string year = detail::collapse_spaces(get("year"));
        if (!year.empty()) {
            const bool digits = year.size() == 4 && std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!digits) fail(source, rec.row, column("year"), "the year \"" + year + "\" is not a four-digit year");
            a->set_year(std::stoi(year));
        }
        a->set_goal(get("goal"));
        a->set_implementation(get("implementation"));
        a->set_timing_text(get("timing"));
        a->set_responsible(ActorPhrase{get("responsible"), {}});
        a->set_partners(ActorPhrase{get("partners"), {}});
        GoalPhrase goals;
        goals.text = get("effect_goals");
        a->set_effect_goals(goals);
        out.push_back(std::move(a));
    }
    return out;
}

}  // namespace miljoplan
