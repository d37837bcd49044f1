// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/analysis/tables.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "detail/csv_cell.h"
#include "miljoplan/calendar/timing.h"
#include "miljoplan/error.h"

namespace miljoplan {

namespace {

// Small builders: each table is written row by row with push_* and so can never end up ragged.
Column text_column(std::string name, bool nullable = false)
{
    Column c;
    c.name = std::move(name);
    c.type = ColumnType::Text;
    c.nullable = nullable;
    return c;
}

Column category_column(std::string name, std::vector<std::string> categories, bool nullable = false)
{
    Column c = text_column(std::move(name), nullable);
    c.categorical = true;
    c.categories = std::move(categories);
    return c;
}

Column typed_column(std::string name, ColumnType type, bool nullable = false)
{
    Column c;
    c.name = std::move(name);
    c.type = type;
    c.nullable = nullable;
    return c;
}

// Called after a value is pushed. The mask is created at the first missing value, so a column
// without missing values carries no mask at all; once created it has one entry per row.
void mark(Column& c, bool is_missing)
{
    const std::size_t rows = c.size();
    if (is_missing) {
        c.missing.resize(rows, false);
        c.missing.back() = true;
    } else if (!c.missing.empty()) {
        c.missing.push_back(false);
    }
}

void push(Column& c, std::string value)
{
    c.text.push_back(std::move(value));
    mark(c, false);
}

void push_maybe(Column& c, std::optional<std::string> value)
{
    c.text.push_back(value.value_or(std::string()));
    mark(c, !value);
}

void push_int(Column& c, std::optional<std::int64_t> value)
{
    c.integers.push_back(value.value_or(0));
    mark(c, !value);
}

void push_date(Column& c, std::optional<Date> value)
{
    c.dates.push_back(value.value_or(Date(boost::gregorian::not_a_date_time)));
    mark(c, !value);
}

void push_bool(Column& c, std::optional<bool> value)
{
    c.booleans.push_back(value.value_or(false));
    mark(c, !value);
}

void push_list(Column& c, std::vector<std::string> value)
{
    c.lists.push_back(std::move(value));
    mark(c, false);
}

// Categories in first-seen order after the known ones, so a value outside the declared list (an
// activity under a heading the plan does not list) still gets a category instead of becoming NaN.
std::vector<std::string> with_unlisted(std::vector<std::string> known, const std::vector<std::string>& values)
{
    std::set<std::string> seen(known.begin(), known.end());
    for (const auto& v : values)
        if (seen.insert(v).second) known.push_back(v);
    return known;
}

std::vector<std::string> ids_of(const ActorPhrase& phrase)
{
    std::vector<std::string> out;
    for (const auto& ref : phrase.refs) out.push_back(ref.id.value());
    return out;
}

// Each goal once per activity, in the order the cell names them; a measure counts for its goal.
std::vector<std::string> goal_ids_of(const GoalPhrase& phrase)
{
    std::vector<std::string> out;
    for (const auto& ref : phrase.refs)
        if (!ref.goal.empty() && std::find(out.begin(), out.end(), ref.goal.value()) == out.end())
            out.push_back(ref.goal.value());
    return out;
}

std::optional<DateRange> timing_span(const Plan& plan, const Activity& activity)
{
    try {
        const Timing timing = parse_timing(activity.timing_text(), timing_context(plan, activity.year()));
        // Timing::span() leaves out the scope of a cadence ("1 gång per månad ... under 2024"), which is
        // exactly the period such an activity runs in.
        std::optional<DateRange> span = timing.span();
        for (const auto& cadence : timing.cadences) {
            if (!cadence.within) continue;
            span = span ? DateRange::between(std::min(span->first, cadence.within->first),
                                             std::max(span->end, cadence.within->end))
                        : *cadence.within;
        }
        return span;
    } catch (const Error&) {
        // An unreadable phrase is the timing rules' business; the table shows it as a missing span.
        return std::nullopt;
    }
}

const std::vector<std::string> kSections{"income", "costs", "result"};
const std::vector<std::string> kBudgetKinds{"line", "computed", "printed"};
const std::vector<std::string> kSources{"activity", "milestone"};

std::string result_label(Language language) { return language == Language::English ? "Result" : "Resultat"; }

// Built on call, not as static data: the tokens live in other translation units' static tables, whose
// initialisation order relative to this one is unspecified.
std::vector<std::string> severities()
{
    return {to_string(Severity::Error), to_string(Severity::Warning), to_string(Severity::Info)};
}

std::vector<std::string> proposal_statuses()
{
    std::vector<std::string> out;
    for (auto s : {ProposalStatus::Received, ProposalStatus::Assessed, ProposalStatus::Consulted, ProposalStatus::Planned,
                   ProposalStatus::Kept, ProposalStatus::Rejected})
        out.push_back(to_string(s));
    return out;
}

std::vector<std::string> occurrence_kinds()
{
    std::vector<std::string> out;
    for (auto k : {OccurrenceKind::Dated, OccurrenceKind::Monthly, OccurrenceKind::Suggested, OccurrenceKind::Deadline})
        out.push_back(to_string(k));
    return out;
}

std::vector<std::string> goal_kinds()
{
    std::vector<std::string> out;
    for (auto k : {GoalKind::Generational, GoalKind::EnvironmentalQuality, GoalKind::SustainableDevelopment})
        out.push_back(to_string(k));
    return out;
}

std::vector<std::string> activity_changes()
{
    std::vector<std::string> out;
    for (auto c : {ActivityChange::Continued, ActivityChange::Changed, ActivityChange::Moved, ActivityChange::Added,
                   ActivityChange::Removed})
        out.push_back(to_string(c));
    return out;
}

std::string csv_cell(const Column& c, std::size_t row)
{
    if (c.is_missing(row)) return "";
    switch (c.type) {
    case ColumnType::Text: return detail::csv_cell(c.text[row], ',', true);
    case ColumnType::Integer: return std::to_string(c.integers[row]);
    case ColumnType::Day: return to_iso_string(c.dates[row]);
    case ColumnType::Boolean: return c.booleans[row] ? "true" : "false";
    case ColumnType::TextList: {
        std::string joined;
        for (std::size_t i = 0; i < c.lists[row].size(); ++i) joined += (i ? "; " : "") + c.lists[row][i];
        return detail::csv_cell(joined, ',', true);
    }
    }
    return "";
}

}  // namespace

std::string to_string(ColumnType type)
{
    switch (type) {
    case ColumnType::Text: return "text";
    case ColumnType::Integer: return "integer";
    case ColumnType::Day: return "day";
    case ColumnType::Boolean: return "boolean";
    case ColumnType::TextList: return "text_list";
    }
    return "?";
}

std::size_t Column::size() const noexcept
{
    switch (type) {
    case ColumnType::Text: return text.size();
    case ColumnType::Integer: return integers.size();
    case ColumnType::Day: return dates.size();
    case ColumnType::Boolean: return booleans.size();
    case ColumnType::TextList: return lists.size();
    }
    return 0;
}

bool Column::is_missing(std::size_t row) const noexcept { return row < missing.size() && missing[row]; }

std::size_t Table::rows() const noexcept { return columns.empty() ? 0 : columns.front().size(); }

std::vector<std::string> Table::names() const
{
    std::vector<std::string> out;
    for (const auto& c : columns) out.push_back(c.name);
    return out;
}

const Column* Table::find(std::string_view name) const noexcept
{
    for (const auto& c : columns)
        if (c.name == name) return &c;
    return nullptr;
}

const Column& Table::column(std::string_view name) const
{
    if (const Column* c = find(name)) return *c;
    throw InvalidArgument("the table has no column '" + std::string(name) + "'");
}

std::string to_csv(const Table& table)
{
    std::string out;
    for (std::size_t i = 0; i < table.columns.size(); ++i) out += (i ? "," : "") + detail::csv_cell(table.columns[i].name, ',', false);
    out += "\r\n";
    for (std::size_t row = 0; row < table.rows(); ++row) {
        for (std::size_t i = 0; i < table.columns.size(); ++i) out += (i ? "," : "") + csv_cell(table.columns[i], row);
        out += "\r\n";
    }
    return out;
}

Table activity_table(const Plan& plan)
{
    std::vector<std::string> headings;
    for (const auto& a : plan.activities()) headings.push_back(a->category());
    Column id = text_column("id"), category = category_column("category", with_unlisted(plan.categories(), headings));
    Column year = typed_column("year", ColumnType::Integer, true);
    Column title = text_column("title"), goal = text_column("goal"), implementation = text_column("implementation");
    Column timing = text_column("timing_text");
    Column first_day = typed_column("first_day", ColumnType::Day, true);
    Column last_day = typed_column("last_day", ColumnType::Day, true);
    Column responsible = text_column("responsible"), responsible_ids = typed_column("responsible_ids", ColumnType::TextList);
    Column partners = text_column("partners"), partner_ids = typed_column("partner_ids", ColumnType::TextList);
    Column effect_goals = text_column("effect_goals"), goal_ids = typed_column("goal_ids", ColumnType::TextList);
    Column open = category_column("open_goals", {"", to_string(OpenGoals::AndOthers), to_string(OpenGoals::Most)});
    Column proposal = text_column("proposal", true);

    std::map<std::pair<std::string, std::optional<int>>, std::optional<DateRange>> spans;
    for (const auto& a : plan.activities()) {
        push(id, a->id().value());
        push(category, a->category());
        push_int(year, a->year() ? std::optional<std::int64_t>(*a->year()) : std::nullopt);
        push(title, a->title());
        push(goal, a->goal());
        push(implementation, a->implementation());
        push(timing, a->timing_text());
        // Plans repeat their phrases ("Löpande", "Våren 2024"); each distinct one is read once.
        auto cached = spans.find({a->timing_text(), a->year()});
        if (cached == spans.end()) cached = spans.emplace(std::make_pair(a->timing_text(), a->year()), timing_span(plan, *a)).first;
        const auto& span = cached->second;
        push_date(first_day, span ? std::optional<Date>(span->first) : std::nullopt);
        push_date(last_day, span ? std::optional<Date>(span->last()) : std::nullopt);
        push(responsible, a->responsible().text);
        push_list(responsible_ids, ids_of(a->responsible()));
        push(partners, a->partners().text);
        push_list(partner_ids, ids_of(a->partners()));
        push(effect_goals, a->effect_goals().text);
        push_list(goal_ids, goal_ids_of(a->effect_goals()));
        push(open, to_string(a->effect_goals().open));
        push_maybe(proposal, a->origin() ? std::optional<std::string>(a->origin()->proposal.value()) : std::nullopt);
    }
    return Table{{std::move(id), std::move(category), std::move(year), std::move(title), std::move(goal),
                  std::move(implementation), std::move(timing), std::move(first_day), std::move(last_day),
                  std::move(responsible), std::move(responsible_ids), std::move(partners), std::move(partner_ids),
                  std::move(effect_goals), std::move(goal_ids), std::move(open), std::move(proposal)}};
}

Table proposal_table(const Plan& plan)
{
    const ProposalBank& bank = plan.proposal_bank();
    std::vector<std::string> used;
    for (const auto& p : bank.proposals()) used.push_back(p->area());
    Column id = text_column("id"), area = category_column("area", with_unlisted(bank.areas(), used)), title = text_column("title");
    Column submitted_year = typed_column("submitted_year", ColumnType::Integer, true);
    Column submitted_by = text_column("submitted_by", true);
    Column marked_new = typed_column("marked_new", ColumnType::Boolean, true);
    Column is_new = typed_column("new", ColumnType::Boolean);
    Column status = category_column("status", proposal_statuses());
    Column age = typed_column("age", ColumnType::Integer, true);
    Column assessments = typed_column("assessments", ColumnType::Integer);
    Column score = typed_column("score", ColumnType::Integer);

    for (const auto& p : bank.proposals()) {
        push(id, p->id().value());
        push(area, p->area());
        push(title, p->title());
        push_int(submitted_year, p->submitted_year() ? std::optional<std::int64_t>(*p->submitted_year()) : std::nullopt);
        push_maybe(submitted_by, p->submitted_by() ? std::optional<std::string>(p->submitted_by()->value()) : std::nullopt);
        push_bool(marked_new, p->marked_new());
        push_bool(is_new, plan.is_new_proposal(*p));
        push(status, to_string(p->status()));
        std::optional<int> years;
        if (plan.first_year()) years = p->age(*plan.first_year());
        push_int(age, years ? std::optional<std::int64_t>(*years) : std::nullopt);
        std::int64_t total = 0;
        for (const auto& a : p->assessments()) total += a.score;
        push_int(assessments, static_cast<std::int64_t>(p->assessments().size()));
        push_int(score, total);
    }
    return Table{{std::move(id), std::move(area), std::move(title), std::move(submitted_year), std::move(submitted_by),
                  std::move(marked_new), std::move(is_new), std::move(status), std::move(age), std::move(assessments),
                  std::move(score)}};
}

Table budget_table(const Budget& budget, Language language)
{
    Column section = category_column("section", kSections), kind = category_column("kind", kBudgetKinds);
    Column id = text_column("id"), label = text_column("label");
    Column amount = typed_column("amount", ColumnType::Integer), tags = typed_column("tags", ColumnType::TextList);
    auto row = [&](const std::string& s, const std::string& k, std::string i, std::string l, Money m,
                   std::vector<std::string> t) {
        push(section, s);
        push(kind, k);
        push(id, std::move(i));
        push(label, std::move(l));
        push_int(amount, m.kronor());
        push_list(tags, std::move(t));
    };
    auto lines = [&](const std::string& s, const std::vector<BudgetLine>& of, const std::string& heading, Money computed,
                     const std::optional<PrintedTotal>& printed) {
        for (const auto& line : of) row(s, "line", line.id, line.label, line.amount, line.tags);
        row(s, "computed", "", heading, computed, {});
        if (printed) row(s, "printed", "", printed->label, printed->amount, {});
    };
    lines("income", budget.income(), budget.income_heading(), budget.income_total(), budget.printed_income());
    lines("costs", budget.costs(), budget.costs_heading(), budget.costs_total(), budget.printed_costs());
    row("result", "computed", "", result_label(language), budget.result(), {});
    if (budget.printed_result()) row("result", "printed", "", budget.printed_result()->label, budget.printed_result()->amount, {});
    return Table{{std::move(section), std::move(kind), std::move(id), std::move(label), std::move(amount), std::move(tags)}};
}

Table budget_totals_table(const Budget& budget, Language language)
{
    Column section = category_column("section", kSections), label = text_column("label");
    Column computed = typed_column("computed", ColumnType::Integer);
    Column printed = typed_column("printed", ColumnType::Integer, true);
    Column difference = typed_column("difference", ColumnType::Integer, true);
    auto row = [&](const std::string& s, const std::string& l, Money c, const std::optional<PrintedTotal>& p) {
        push(section, s);
        push(label, l);
        push_int(computed, c.kronor());
        push_int(printed, p ? std::optional<std::int64_t>(p->amount.kronor()) : std::nullopt);
        push_int(difference, p ? std::optional<std::int64_t>((p->amount - c).kronor()) : std::nullopt);
    };
    row("income", budget.income_heading(), budget.income_total(), budget.printed_income());
    row("costs", budget.costs_heading(), budget.costs_total(), budget.printed_costs());
    row("result", result_label(language), budget.result(), budget.printed_result());
    return Table{{std::move(section), std::move(label), std::move(computed), std::move(printed), std::move(difference)}};
}

Table goal_coverage_table(const Plan& plan, const GoalCatalog& catalog, Language language)
{
    // Activities per goal, in plan order; goals outside the catalog in the order the plan first names them.
    std::map<std::string, std::vector<std::string>> serving;
    std::vector<std::string> unknown;
    for (const auto& a : plan.activities())
        for (const auto& goal : goal_ids_of(a->effect_goals())) {
            serving[goal].push_back(a->id().value());
            if (!catalog.find(GoalId(goal)) && std::find(unknown.begin(), unknown.end(), goal) == unknown.end())
                unknown.push_back(goal);
        }

    Column goal = text_column("goal"), kind = category_column("kind", goal_kinds(), true);
    Column number = typed_column("number", ColumnType::Integer, true), name = text_column("name");
    Column in_catalog = typed_column("in_catalog", ColumnType::Boolean);
    Column activities = typed_column("activities", ColumnType::Integer);
    Column activity_ids = typed_column("activity_ids", ColumnType::TextList);
    Column served = typed_column("served", ColumnType::Boolean);
    auto counts = [&](const std::string& g) {
        auto it = serving.find(g);
        std::vector<std::string> ids = it == serving.end() ? std::vector<std::string>{} : it->second;
        push_int(activities, static_cast<std::int64_t>(ids.size()));
        push_bool(served, !ids.empty());
        push_list(activity_ids, std::move(ids));
    };
    for (const auto& g : catalog.goals()) {
        push(goal, g.id.value());
        push(kind, to_string(g.kind));
        push_int(number, g.number);
        push(name, language == Language::English && !g.name_en.empty() ? g.name_en : g.name_sv);
        push_bool(in_catalog, true);
        counts(g.id.value());
    }
    for (const auto& g : unknown) {
        push(goal, g);
        push_maybe(kind, std::nullopt);
        push_int(number, std::nullopt);
        push(name, g);
        push_bool(in_catalog, false);
        counts(g);
    }
    return Table{{std::move(goal), std::move(kind), std::move(number), std::move(name), std::move(in_catalog),
                  std::move(activities), std::move(activity_ids), std::move(served)}};
}

Table occurrence_table(const YearWheel& wheel)
{
    struct Row {
        Date date;
        bool milestone;
        std::size_t index;
        const Occurrence* occurrence;
    };
    std::vector<Row> rows;
    for (const auto& month : wheel.months) {
        for (const auto& o : month.occurrences) rows.push_back(Row{o.occurrence.date, false, o.activity, &o.occurrence});
        for (const auto& [index, o] : month.milestones) rows.push_back(Row{o.date, true, index, &o});
    }
    // Stable: within a day, activities keep the wheel's order and come before the planning steps.
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return a.date != b.date ? a.date < b.date : (!a.milestone && b.milestone);
    });

    std::vector<std::string> seen;
    for (const auto& a : wheel.activities) seen.push_back(a.category);
    Column date = typed_column("date", ColumnType::Day), month = typed_column("month", ColumnType::Integer);
    Column source = category_column("source", kSources), id = text_column("id"), title = text_column("title");
    Column category = category_column("category", with_unlisted({}, seen), true);
    Column kind = category_column("kind", occurrence_kinds()), label = text_column("label");
    Column meeting = typed_column("meeting", ColumnType::Boolean);
    Column responsible = typed_column("responsible", ColumnType::TextList);
    for (const auto& r : rows) {
        push_date(date, r.date);
        push_int(month, r.date.month().as_number());
        push(source, std::string(r.milestone ? "milestone" : "activity"));
        push(kind, to_string(r.occurrence->kind));
        push(label, r.occurrence->label);
        std::vector<std::string> actors;
        if (r.milestone) {
            const auto& m = wheel.milestones[r.index];
            push(id, m.id);
            push(title, m.title);
            push_maybe(category, std::nullopt);
            push_bool(meeting, false);
            for (const auto& a : m.responsible) actors.push_back(a.value());
        } else {
            const auto& a = wheel.activities[r.index];
            push(id, a.id.value());
            push(title, a.title);
            push(category, a.category);
            // The wheel's own rule: a deadline is the last day something may happen, not a meeting.
            push_bool(meeting, a.meeting && r.occurrence->kind != OccurrenceKind::Deadline);
            for (const auto& actor : a.responsible) actors.push_back(actor.value());
        }
        push_list(responsible, std::move(actors));
    }
    return Table{{std::move(date), std::move(month), std::move(source), std::move(id), std::move(title),
                  std::move(category), std::move(kind), std::move(label), std::move(meeting), std::move(responsible)}};
}

Table month_table(const YearWheel& wheel)
{
    Column month = typed_column("month", ColumnType::Integer), meetings = typed_column("meetings", ColumnType::Integer);
    Column running = typed_column("running", ColumnType::Integer), occurrences = typed_column("occurrences", ColumnType::Integer);
    Column milestones = typed_column("milestones", ColumnType::Integer);
    for (const auto& m : wheel.months) {
        push_int(month, m.month);
        push_int(meetings, m.meetings);
        push_int(running, static_cast<std::int64_t>(m.running.size()));
        push_int(occurrences, static_cast<std::int64_t>(m.occurrences.size()));
        push_int(milestones, static_cast<std::int64_t>(m.milestones.size()));
    }
    return Table{{std::move(month), std::move(meetings), std::move(running), std::move(occurrences), std::move(milestones)}};
}

Table load_table(const YearWheel& wheel)
{
    Column month = typed_column("month", ColumnType::Integer), actor = text_column("actor");
    Column meetings = typed_column("meetings", ColumnType::Integer);
    for (const auto& m : wheel.months)
        for (const auto& [id, count] : m.load) {
            if (count == 0) continue;
            push_int(month, m.month);
            push(actor, id);
            push_int(meetings, count);
        }
    return Table{{std::move(month), std::move(actor), std::move(meetings)}};
}

Table allocation_table(const FeeAllocation& allocation)
{
    Column unit = text_column("unit"), name = text_column("name"), parties = typed_column("parties", ColumnType::TextList);
    Column population = typed_column("population", ColumnType::Integer);
    Column uncertain = typed_column("population_uncertain", ColumnType::Boolean);
    Column missing = typed_column("population_missing", ColumnType::Boolean);
    Column amount = typed_column("amount", ColumnType::Integer);
    for (const auto& s : allocation.shares) {
        push(unit, s.unit);
        push(name, s.name);
        std::vector<std::string> ids;
        for (const auto& p : s.parties) ids.push_back(p.value());
        push_list(parties, std::move(ids));
        push_int(population, s.population);
        push_bool(uncertain, s.population_uncertain);
        push_bool(missing, s.population_missing);
        push_int(amount, s.amount.kronor());
    }
    return Table{{std::move(unit), std::move(name), std::move(parties), std::move(population), std::move(uncertain),
                  std::move(missing), std::move(amount)}};
}

Table finding_table(const std::vector<Finding>& findings)
{
    Column severity = category_column("severity", severities()), code = text_column("code"), area = text_column("area");
    Column message = text_column("message"), path = text_column("path");
    for (const auto& f : findings) {
        push(severity, to_string(f.severity));
        push(code, f.code);
        push(area, f.code.substr(0, f.code.find('.')));
        push(message, f.message);
        push(path, f.path);
    }
    return Table{{std::move(severity), std::move(code), std::move(area), std::move(message), std::move(path)}};
}

Table comparison_table(const PlanComparison& comparison)
{
    Column id = text_column("id"), title = text_column("title"), change = category_column("change", activity_changes());
    Column first_year = typed_column("first_year", ColumnType::Integer, true);
    Column second_year = typed_column("second_year", ColumnType::Integer, true);
    Column changed = typed_column("changed_fields", ColumnType::TextList);
    for (const auto& a : comparison.activities) {
        push(id, a.id.value());
        push(title, a.title);
        push(change, to_string(a.change));
        push_int(first_year, a.first_year ? std::optional<std::int64_t>(*a.first_year) : std::nullopt);
        push_int(second_year, a.second_year ? std::optional<std::int64_t>(*a.second_year) : std::nullopt);
        push_list(changed, a.changed_fields);
    }
    return Table{{std::move(id), std::move(title), std::move(change), std::move(first_year), std::move(second_year),
                  std::move(changed)}};
}

}  // namespace miljoplan
