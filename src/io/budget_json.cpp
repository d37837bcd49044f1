// SPDX-License-Identifier: Apache-2.0
#include <string>
#include <unordered_set>

#include "io/codec.h"

namespace miljoplan::detail {

namespace {

BudgetLine read_line(ObjectReader& in)
{
    BudgetLine line;
    line.id = in.optional_string("id");
    line.label = in.required_string("label");
    line.amount = in.required_amount("amount");
    line.tags = in.string_list("tags");
    line.extra = in.extra_fields();
    return line;
}

Json write_line(const BudgetLine& line)
{
    Json out = Json::object();
    if (!line.id.empty()) out["id"] = line.id;
    out["label"] = line.label;
    out["amount"] = line.amount.kronor();
    if (!line.tags.empty()) out["tags"] = line.tags;
    put_extra(out, line.extra);
    return out;
}

std::vector<BudgetLine> read_lines(ObjectReader& in, const char* key)
{
    std::vector<BudgetLine> lines;
    // A set, not a scan of the earlier lines: a scan made 100 000 lines take minutes.
    std::unordered_set<std::string> ids;
    in.for_each(key, [&](const Json& item, const std::string& path) {
        ObjectReader line_in(item, path, in.source());
        BudgetLine line = read_line(line_in);
        if (!line.id.empty() && !ids.insert(line.id).second)
            fail_at(in.source(), member_path(path, "id"), "duplicate budget line id '" + line.id + "'");
        lines.push_back(std::move(line));
    });
    return lines;
}

std::optional<PrintedTotal> read_total(ObjectReader& totals, const char* key)
{
    auto in = totals.object(key);
    if (!in) return std::nullopt;
    PrintedTotal total{in->optional_string("label"), in->required_amount("amount")};
    in->reject_unknown("a printed total");
    return total;
}

Json write_total(const PrintedTotal& total)
{
    Json out = Json::object();
    if (!total.label.empty()) out["label"] = total.label;
    out["amount"] = total.amount.kronor();
    return out;
}

}  // namespace

std::shared_ptr<Budget> read_budget(ObjectReader& in)
{
    in.expect_schema(Budget::schema_name, Budget::schema_version, false);
    return at_path(in, [&] {
        auto budget = std::make_shared<Budget>(in.required_int("year"));
        if (in.has("version"))
            budget->set_version(read_enum<BudgetVersion>(in, "version", parse_budget_version, "fastställd, reviderad or bokslut"));
        if (auto by = in.nullable_string("decided_by")) budget->set_decided_by(ActorId(*by));
        if (auto date = in.nullable_string("decided_on")) {
            auto parsed = try_parse_iso_date(*date);
            if (!parsed) in.fail("decided_on", "not a date in the form YYYY-MM-DD: \"" + *date + "\"");
            budget->set_decided_on(*parsed);
        }
        budget->set_covers(in.optional_string("covers"));
        budget->set_deficit_decision(in.optional_string("deficit_decision"));
        budget->set_title(in.optional_string("title"));
        budget->set_display_unit(in.optional_string("display_unit", "tkr"));
        if (auto headings = in.object("headings")) {
            budget->set_headings(headings->optional_string("income", "Intäkter"),
                                 headings->optional_string("costs", "Kostnader"));
            headings->reject_unknown("the budget headings");
        }
        budget->set_income(read_lines(in, "income"));
        budget->set_costs(read_lines(in, "costs"));
        if (auto totals = in.object("printed_totals")) {
            budget->set_printed_income(read_total(*totals, "income"));
            budget->set_printed_costs(read_total(*totals, "costs"));
            budget->set_printed_result(read_total(*totals, "result"));
            totals->reject_unknown("the printed totals");
        }
        budget->set_notes(in.string_list("notes"));
        budget->extra_fields() = in.extra_fields();
        return budget;
    });
}

Json write_budget(const Budget& budget)
{
    Json out = tagged(Budget::schema_name, Budget::schema_version);
    out["year"] = budget.year();
    out["version"] = to_string(budget.version());
    if (budget.decided_by()) out["decided_by"] = budget.decided_by()->value();
    if (budget.decided_on()) out["decided_on"] = to_iso_string(*budget.decided_on());
    if (!budget.covers().empty()) out["covers"] = budget.covers();
    if (!budget.deficit_decision().empty()) out["deficit_decision"] = budget.deficit_decision();
    if (!budget.title().empty()) out["title"] = budget.title();
    out["display_unit"] = budget.display_unit();
    out["headings"] = Json{{"income", budget.income_heading()}, {"costs", budget.costs_heading()}};
    Json income = Json::array();
    for (const auto& line : budget.income()) income.push_back(write_line(line));
    out["income"] = income;
    Json costs = Json::array();
    for (const auto& line : budget.costs()) costs.push_back(write_line(line));
    out["costs"] = costs;
    Json totals = Json::object();
    if (budget.printed_income()) totals["income"] = write_total(*budget.printed_income());
    if (budget.printed_costs()) totals["costs"] = write_total(*budget.printed_costs());
    if (budget.printed_result()) totals["result"] = write_total(*budget.printed_result());
    out["printed_totals"] = totals;
    if (!budget.notes().empty()) out["notes"] = budget.notes();
    put_extra(out, budget.extra_fields());
    return out;
}

}  // namespace miljoplan::detail
