// SPDX-License-Identifier: Apache-2.0
// CSV for spreadsheets (RFC 4180 quoting). Rows and columns in errors are the spreadsheet's: the first
// line is row 1 and a quoted cell may span lines, so a row is a record, not a line of the file.
#include "miljoplan/io/csv.h"

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <utility>

#include "detail/csv_cell.h"
#include "detail/text.h"
#include "miljoplan/error.h"

namespace miljoplan {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

const std::vector<std::string> kActivityColumns{"id",           "category", "year",     "title",    "goal",
                                                "implementation", "timing", "responsible", "partners", "effect_goals"};
const std::vector<std::string> kProposalColumns{"id", "area", "title", "submitted_year", "submitted_by", "marked_new"};
const std::vector<std::string> kBudgetColumns{"section", "id", "label", "amount", "tags"};

std::string table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                  const CsvOptions& options, bool holds_persons)
{
    if (options.separator != ',' && options.separator != ';')
        throw InvalidArgument(std::string("the CSV separator must be ',' or ';', got '") + options.separator + "'");
    std::ostringstream out;
    if (options.byte_order_mark) out << kBom;
    if (options.privacy_line) {
        const bool sv = options.language == Language::Swedish;
        out << (sv ? "# personuppgifter: " : "# personal data: ") << (holds_persons ? (sv ? "ja" : "yes") : (sv ? "nej" : "no"))
            << "\r\n";
    }
    auto line = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) out << (i ? std::string(1, options.separator) : "") << detail::csv_cell(cells[i], options.separator, true);
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

// Bytes are checked cell by cell, so that an error names the cell a stray Latin-1 byte or a NUL sits in.
void check_cell(const std::string& field, const std::string& source, std::size_t row, std::size_t column)
{
    if (field.find('\0') != std::string::npos)
        fail(source, row, column, "a NUL byte in the cell (is the file UTF-16? save it as \"CSV UTF-8\")");
    if (!detail::is_valid_utf8(field)) fail(source, row, column, "the cell is not valid UTF-8 (save the file as \"CSV UTF-8\")");
}

std::vector<Record> parse(std::string_view text, const std::string& source)
{
    if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
    if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF')))
        fail(source, 1, 1, "the file is UTF-16, not valid UTF-8 (save it as \"CSV UTF-8\")");
    // The separator is whichever of ';' and ',' the header line uses, the privacy line skipped.
    std::string_view first_line = text.substr(0, text.find('\n'));
    if (!first_line.empty() && first_line[0] == '#' && first_line.size() < text.size()) {
        const std::string_view rest = text.substr(first_line.size() + 1);
        first_line = rest.substr(0, rest.find('\n'));
    }
    const char separator =
        std::count(first_line.begin(), first_line.end(), ';') > std::count(first_line.begin(), first_line.end(), ',') ? ';' : ',';
    std::vector<Record> records;
    Record current{1, {}};
    std::string field;
    bool quoted = false, was_quoted = false;
    std::size_t i = 0;
    auto end_field = [&] {
        check_cell(field, source, current.row, current.cells.size() + 1);
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
    if (value.size() > 1 && value[0] == '\'' && detail::csv_needs_guard(std::string_view(value).substr(1))) return value.substr(1);
    return value;
}

// A CSV table with a known set of columns, in any order: the header is checked once, and cells are
// looked up by column name with their spreadsheet position at hand for errors.
class Table {
public:
    Table(std::string_view text, std::string source, const std::vector<std::string>& columns,
          std::initializer_list<const char*> required)
        : source_(std::move(source))
    {
        auto records = parse(text, source_);
        // Lines starting with '#' before the header (the privacy line) are notes, not data.
        std::size_t first = 0;
        while (first < records.size() && !records[first].cells.empty() && !records[first].cells[0].empty() &&
               records[first].cells[0][0] == '#')
            ++first;
        if (first == records.size()) fail(source_, first ? records.back().row + 1 : 1, 1, "the file is empty: a header row is required");
        const Record& header = records[first];
        width_ = header.cells.size();
        for (std::size_t k = 0; k < header.cells.size(); ++k) {
            const std::string name = detail::collapse_spaces(header.cells[k]);
            if (std::find(columns.begin(), columns.end(), name) == columns.end()) {
                std::string message = "unknown column \"" + name + "\"";
                if (const std::string* best = detail::closest(name, columns)) message += "; did you mean \"" + *best + "\"?";
                fail(source_, header.row, k + 1, message);
            }
            if (!at_.emplace(name, k).second) fail(source_, header.row, k + 1, "the column \"" + name + "\" appears twice");
        }
        for (const char* name : required)
            if (!at_.count(name)) fail(source_, header.row, width_ + 1, std::string("missing the required column \"") + name + "\"");
        for (std::size_t r = first + 1; r < records.size(); ++r) {
            const Record& rec = records[r];
            if (rec.cells.size() != width_)
                fail(source_, rec.row, std::min(rec.cells.size(), width_) + 1,
                     "the row has " + std::to_string(rec.cells.size()) + " cells, the header " + std::to_string(width_));
            rows_.push_back(rec);
        }
    }

    /// The data rows, header and notes left out.
    const std::vector<Record>& rows() const { return rows_; }
    /// The cell of @p name in @p row with a formula guard removed; empty when the column is absent.
    std::string get(const Record& row, const char* name) const
    {
        const auto it = at_.find(name);
        return it == at_.end() ? std::string() : unguard(row.cells[it->second]);
    }
    /// The spreadsheet column (1-based) of @p name, which must be present.
    std::size_t column(const char* name) const { return at_.at(name) + 1; }
    /// Throws a ParseError at the cell of @p name in @p row.
    [[noreturn]] void fail_at(const Record& row, const char* name, const std::string& message) const
    {
        fail(source_, row.row, at_.count(name) ? column(name) : 1, message);
    }
    /// Refuses a second row with the same @p id.
    void unique(const Record& row, const std::string& id)
    {
        if (!ids_.insert(id).second) fail_at(row, "id", "duplicate id '" + id + "'");
    }
    /// The row's id and title, both required and the id unique, as activities and proposals have them.
    std::pair<std::string, std::string> id_and_title(const Record& row)
    {
        std::string id = get(row, "id"), title = get(row, "title");
        if (id.empty()) fail_at(row, "id", "the id is empty");
        if (title.empty()) fail_at(row, "title", "the title is empty");
        unique(row, id);
        return {std::move(id), std::move(title)};
    }
    /// The optional four-digit year in column @p name.
    std::optional<int> year(const Record& row, const char* name) const
    {
        const std::string text = detail::collapse_spaces(get(row, name));
        if (text.empty()) return std::nullopt;
        const bool digits = text.size() == 4 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits) fail_at(row, name, "the year \"" + text + "\" is not a four-digit year");
        return std::stoi(text);
    }

private:
    std::string source_;
    std::size_t width_ = 0;
    std::map<std::string, std::size_t> at_;
    std::vector<Record> rows_;
    std::set<std::string> ids_;
};

// Whole kronor as a spreadsheet shows them: digit groups split by spaces (also the no-break spaces
// Swedish Excel uses) and a minus sign that may be U+2212.
std::optional<std::int64_t> parse_kronor(std::string text)
{
    for (std::string_view space : {"\xC2\xA0", "\xE2\x80\xAF", " "}) {
        for (auto at = text.find(space); at != std::string::npos; at = text.find(space)) text.erase(at, space.size());
    }
    bool negative = false;
    if (text.rfind("\xE2\x88\x92", 0) == 0) {
        negative = true;
        text.erase(0, 3);
    } else if (!text.empty() && text[0] == '-') {
        negative = true;
        text.erase(0, 1);
    }
    if (text.empty() || text.size() > 18 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    const std::int64_t value = std::stoll(text);
    return negative ? -value : value;
}

}  // namespace

std::string activities_to_csv(const Plan& plan, const CsvOptions& options)
{
    std::vector<std::vector<std::string>> rows;
    for (const auto& a : plan.activities())
        rows.push_back({a->id().value(), a->category(), a->year() ? std::to_string(*a->year()) : "", a->title(), a->goal(),
                        a->implementation(), a->timing_text(), a->responsible().text, a->partners().text,
                        a->effect_goals().text});
    // People's names live only in the bodies' recorded members, which no CSV table holds.
    return table(kActivityColumns, rows, options, false);
}

std::string proposals_to_csv(const Plan& plan, const CsvOptions& options)
{
    std::vector<std::vector<std::string>> rows;
    for (const auto& p : plan.proposal_bank().proposals())
        rows.push_back({p->id().value(), p->area(), p->title(), p->submitted_year() ? std::to_string(*p->submitted_year()) : "",
                        p->submitted_by() ? p->submitted_by()->value() : "",
                        p->marked_new() ? (*p->marked_new() ? "yes" : "no") : ""});
    return table(kProposalColumns, rows, options, false);
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
    return table(kBudgetColumns, rows, options, false);
}

std::vector<std::shared_ptr<Activity>> activities_from_csv(std::string_view text, const std::string& source)
{
    Table table(text, source, kActivityColumns, {"id", "title"});
    std::vector<std::shared_ptr<Activity>> out;
    for (const Record& row : table.rows()) {
        const auto [id, title] = table.id_and_title(row);
        auto a = std::make_shared<Activity>(ActivityId(id), title);
        a->set_category(table.get(row, "category"));
        a->set_year(table.year(row, "year"));
        a->set_goal(table.get(row, "goal"));
        a->set_implementation(table.get(row, "implementation"));
        a->set_timing_text(table.get(row, "timing"));
        a->set_responsible(ActorPhrase{table.get(row, "responsible"), {}});
        a->set_partners(ActorPhrase{table.get(row, "partners"), {}});
        GoalPhrase goals;
        goals.text = table.get(row, "effect_goals");
        a->set_effect_goals(goals);
        out.push_back(std::move(a));
    }
    return out;
}

std::vector<std::shared_ptr<Proposal>> proposals_from_csv(std::string_view text, const std::string& source)
{
    Table table(text, source, kProposalColumns, {"id", "title"});
    std::vector<std::shared_ptr<Proposal>> out;
    for (const Record& row : table.rows()) {
        const auto [id, title] = table.id_and_title(row);
        auto p = std::make_shared<Proposal>(ProposalId(id), title);
        p->set_area(table.get(row, "area"));
        p->set_submitted_year(table.year(row, "submitted_year"));
        const std::string by = detail::collapse_spaces(table.get(row, "submitted_by"));
        if (!by.empty()) p->set_submitted_by(ActorId(by));
        const std::string marked = detail::collapse_spaces(table.get(row, "marked_new"));
        if (marked == "yes" || marked == "ja" || marked == "true")
            p->set_marked_new(true);
        else if (marked == "no" || marked == "nej" || marked == "false")
            p->set_marked_new(false);
        else if (!marked.empty())
            table.fail_at(row, "marked_new", "marked_new is \"" + marked + "\"; write yes, no (ja, nej) or leave it empty");
        out.push_back(std::move(p));
    }
    return out;
}

BudgetLinesCsv budget_lines_from_csv(std::string_view text, const std::string& source)
{
    Table table(text, source, kBudgetColumns, {"section", "id", "label", "amount"});
    BudgetLinesCsv out;
    for (const Record& row : table.rows()) {
        BudgetLine line;
        line.id = table.get(row, "id");
        line.label = table.get(row, "label");
        if (line.id.empty()) table.fail_at(row, "id", "the id is empty");
        table.unique(row, line.id);
        const std::string amount = table.get(row, "amount");
        const auto kronor = parse_kronor(amount);
        if (!kronor) table.fail_at(row, "amount", "the amount \"" + amount + "\" is not whole kronor (digits, spaces allowed between groups)");
        line.amount = Money::from_kronor(*kronor);
        std::istringstream tags(table.get(row, "tags"));
        for (std::string tag; tags >> tag;) line.tags.push_back(tag);
        const std::string section = detail::collapse_spaces(table.get(row, "section"));
        if (section == "income" || section == "intäkter")
            out.income.push_back(std::move(line));
        else if (section == "costs" || section == "kostnader")
            out.costs.push_back(std::move(line));
        else
            table.fail_at(row, "section", "the section \"" + section + "\" is neither income nor costs (intäkter, kostnader)");
    }
    return out;
}

}  // namespace miljoplan
