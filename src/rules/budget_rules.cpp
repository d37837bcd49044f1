// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <cctype>
#include <map>

#include "detail/text.h"
#include "rules/engine.h"

namespace miljoplan::detail {

namespace {

// Every budget of the plan with its JSONPath: the budget, then its other versions.
std::vector<std::pair<const Budget*, std::string>> budgets_of(const Plan& plan)
{
    std::vector<std::pair<const Budget*, std::string>> out;
    if (plan.budget()) out.emplace_back(plan.budget().get(), "$.budget");
    for (std::size_t i = 0; i < plan.budget_versions().size(); ++i)
        out.emplace_back(plan.budget_versions()[i].get(), "$.budget_versions[" + std::to_string(i) + "]");
    return out;
}

Money abs(Money m) { return m < Money() ? -m : m; }

void compare_total(RuleContext& c, bool income)
{
    for (const auto& [budget, path] : budgets_of(c.plan)) {
        const auto& printed = income ? budget->printed_income() : budget->printed_costs();
        if (!printed) continue;
        const Money computed = income ? budget->income_total() : budget->costs_total();
        const Money difference = printed->amount - computed;
        if (abs(difference) <= Money::from_kronor(c.param("tolerance_kronor"))) continue;
        const std::string what_sv = income ? "summa intäkter" : "summa kostnader";
        const std::string what_en = income ? "income total" : "cost total";
        c.report(c.say("Tryckt " + what_sv + " " + show_amount(printed->amount, *budget) + " men raderna summerar till " +
                           show_amount(computed, *budget) + " (skillnad " + show_signed(difference, *budget) + ")",
                       "Printed " + what_en + " " + show_amount(printed->amount, *budget) + " but the lines add up to " +
                           show_amount(computed, *budget) + " (difference " + show_signed(difference, *budget) + ")"),
                 path + ".printed_totals." + (income ? "income" : "costs"));
    }
}

void income_total(RuleContext& c) { compare_total(c, true); }
void costs_total(RuleContext& c) { compare_total(c, false); }

void result(RuleContext& c)
{
    for (const auto& [budget, path] : budgets_of(c.plan)) {
        const auto& printed = budget->printed_result();
        if (!printed) continue;
        const Money income = budget->income_total();
        const Money costs = budget->costs_total();
        const Money computed = income - costs;
        const Money difference = printed->amount - computed;
        if (abs(difference) <= Money::from_kronor(c.param("tolerance_kronor"))) continue;
        c.report(c.say("Tryckt resultat " + show_amount(printed->amount, *budget) + " men intäkter minus kostnader är " +
                           show_amount(income, *budget) + " - " + show_amount(costs, *budget) + " = " +
                           show_amount(computed, *budget) + " (skillnad " + show_signed(difference, *budget) + ")",
                       "Printed result " + show_amount(printed->amount, *budget) + " but income minus costs is " +
                           show_amount(income, *budget) + " - " + show_amount(costs, *budget) + " = " +
                           show_amount(computed, *budget) + " (difference " + show_signed(difference, *budget) + ")"),
                 path + ".printed_totals.result");
    }
}

void result_printed_totals(RuleContext& c)
{
    for (const auto& [budget, path] : budgets_of(c.plan)) {
        const auto& pr = budget->printed_result();
        const auto& pi = budget->printed_income();
        const auto& pc = budget->printed_costs();
        if (!pr || !pi || !pc) continue;
        const Money expected = pi->amount - pc->amount;
        if (pr->amount == expected) continue;
        c.report(c.say("Tryckt resultat " + show_amount(pr->amount, *budget) + " följer inte av de tryckta summorna: " +
                           show_amount(pi->amount, *budget) + " - " + show_amount(pc->amount, *budget) + " = " +
                           show_amount(expected, *budget) + " (skillnad " + show_signed(pr->amount - expected, *budget) + ")",
                       "Printed result " + show_amount(pr->amount, *budget) + " does not follow from the printed totals: " +
                           show_amount(pi->amount, *budget) + " - " + show_amount(pc->amount, *budget) + " = " +
                           show_amount(expected, *budget) + " (difference " + show_signed(pr->amount - expected, *budget) +
                           ")"),
                 path + ".printed_totals.result");
    }
}

void year(RuleContext& c)
{
    const auto& budget = c.plan.budget();
    const auto first = c.plan.first_year();
    const auto last = c.plan.last_year();
    if (!budget || !first || !last) return;
    if (budget->year() >= *first && budget->year() <= *last) return;
    c.report(c.say("Budgeten gäller " + std::to_string(budget->year()) + " men planen omfattar " + std::to_string(*first) +
                       "–" + std::to_string(*last),
                   "The budget is for " + std::to_string(budget->year()) + " but the plan covers " +
                       std::to_string(*first) + "–" + std::to_string(*last)),
             "$.budget.year");
}

void deficit(RuleContext& c)
{
    for (const auto& [budget, path] : budgets_of(c.plan)) {
        if (budget->version() == BudgetVersion::Outcome) continue;  // an outcome is what happened, not a plan
        const Money res = budget->result();
        if (!(res < Money())) continue;
        if (!budget->deficit_decision().empty()) continue;
        const Money carry = budget->income_tagged("carry_over");
        c.report(c.say("Budgeten " + std::to_string(budget->year()) + " planerar ett underskott på " +
                           show_amount(-res, *budget) + " (intäkter " + show_amount(budget->income_total(), *budget) +
                           ", varav överskott från föregående år " + show_amount(carry, *budget) + ", kostnader " +
                           show_amount(budget->costs_total(), *budget) + ") utan ett beslut som täcker det",
                       "The " + std::to_string(budget->year()) + " budget plans a deficit of " + show_amount(-res, *budget) +
                           " (income " + show_amount(budget->income_total(), *budget) + ", of which carried-over surplus " +
                           show_amount(carry, *budget) + ", costs " + show_amount(budget->costs_total(), *budget) +
                           ") with no decision recorded that covers it"),
                 path);
    }
}

void pass_through(RuleContext& c)
{
    const std::string prefix = "pass_through:";
    for (const auto& [budget, path] : budgets_of(c.plan)) {
        std::map<std::string, std::pair<Money, Money>> groups;  // key -> income, costs
        for (const auto& line : budget->income())
            for (const auto& tag : line.tags)
                if (tag.rfind(prefix, 0) == 0) groups[tag.substr(prefix.size())].first += line.amount;
        for (const auto& line : budget->costs())
            for (const auto& tag : line.tags)
                if (tag.rfind(prefix, 0) == 0) groups[tag.substr(prefix.size())].second += line.amount;
        for (const auto& [key, sums] : groups) {
            const Money difference = sums.first - sums.second;
            if (abs(difference) <= Money::from_kronor(c.param("tolerance_kronor"))) continue;
            c.report(c.say("Genomströmningsposterna " + quoted(key) + " går inte jämnt ut: intäkter " +
                               show_amount(sums.first, *budget) + ", kostnader " + show_amount(sums.second, *budget) +
                               " (skillnad " + show_signed(difference, *budget) + ")",
                           "The pass-through lines " + quoted(key) + " do not balance: income " +
                               show_amount(sums.first, *budget) + ", costs " + show_amount(sums.second, *budget) +
                               " (difference " + show_signed(difference, *budget) + ")"),
                     path);
        }
    }
}

void carry_over(RuleContext& c)
{
    for (const auto& [budget, path] : budgets_of(c.plan)) {
        if (budget->version() == BudgetVersion::Outcome) continue;
        if (budget->lines_tagged("carry_over").empty()) continue;
        // The outcome of the year before, from this plan or a related one.
        std::shared_ptr<Budget> outcome = c.plan.find_budget(budget->year() - 1, BudgetVersion::Outcome);
        for (const auto& related : c.options.related)
            if (!outcome && related) outcome = related->find_budget(budget->year() - 1, BudgetVersion::Outcome);
        if (!outcome) continue;
        const Money carried = budget->income_tagged("carry_over");
        const Money previous = outcome->result();
        if (abs(carried - previous) <= Money::from_kronor(c.param("tolerance_kronor"))) continue;
        c.report(c.say("Överskott från föregående år är " + show_amount(carried, *budget) + " men bokslutet " +
                           std::to_string(outcome->year()) + " gav resultatet " + show_amount(previous, *budget) +
                           " (skillnad " + show_signed(carried - previous, *budget) + ")",
                       "The surplus carried over is " + show_amount(carried, *budget) + " but the " +
                           std::to_string(outcome->year()) + " outcome's result was " + show_amount(previous, *budget) +
                           " (difference " + show_signed(carried - previous, *budget) + ")"),
                 path);
    }
}

// "Förtäring vid alla fysiska möten (ca 20 per år)": the number after "ca" in the label.
std::optional<std::int64_t> assumed_in_label(const std::string& label)
{
    const std::string key = fold(label);
    const auto at = key.find("ca ");
    if (at == std::string::npos) return std::nullopt;
    std::size_t i = at + 3;
    std::int64_t n = 0;
    bool digits = false;
    while (i < key.size() && std::isdigit(static_cast<unsigned char>(key[i]))) {
        n = n * 10 + (key[i++] - '0');
        digits = true;
        if (n > 100000) return std::nullopt;
    }
    if (!digits) return std::nullopt;
    return n;
}

std::string per_meeting(Money amount, std::int64_t meetings)
{
    // Exact to the öre: amount * 100 / meetings, shown with two decimals when not whole kronor.
    const std::int64_t ore = amount.kronor() * 100 / meetings;
    std::string out = group_digits(ore / 100);
    if (ore % 100 != 0) {
        const std::int64_t rest = ore % 100 < 0 ? -(ore % 100) : ore % 100;
        out += "," + std::string(rest < 10 ? "0" : "") + std::to_string(rest);
    }
    return out + " kr";
}

void catering_meetings(RuleContext& c)
{
    const auto& budget = c.plan.budget();
    if (!budget) return;
    const auto lines = budget->lines_tagged("catering");
    if (lines.empty()) return;
    Money catering;
    std::optional<std::int64_t> assumed;
    for (const auto& line : lines) {
        catering += line.amount;
        if (!assumed) assumed = assumed_in_label(line.label);
    }
    // The parameter's 0 (its default) means "read the label", also when a profile sets it explicitly.
    if (c.param("assumed_meetings") > 0) assumed = c.param("assumed_meetings");
    if (!assumed || *assumed <= 0) return;
    // The wheel can only be built for the years the calendar covers (build_year_wheel() throws otherwise,
    // and validate() would mistake that for an overflow); without such a year nothing is scheduled.
    const auto first = c.plan.first_year();
    if (!first || *first < 1583 || *first > 9998) return;
    const YearWheel& wheel = c.wheel();
    const std::int64_t scheduled = wheel.meetings();
    const std::int64_t tolerance = c.param("tolerance_percent");
    const std::int64_t gap = scheduled > *assumed ? scheduled - *assumed : *assumed - scheduled;
    if (gap * 100 <= *assumed * tolerance) return;
    // "flest" lists the activities with most meetings first (plan order among equals), so the coordinator
    // sees at once what the line has to cover.
    std::vector<std::pair<std::size_t, int>> counts;
    for (const auto& [index, n] : wheel.meetings_per_activity())
        if (n > 1) counts.emplace_back(index, n);
    std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::string biggest;
    for (const auto& [index, n] : counts)
        biggest += (biggest.empty() ? "" : ", ") + wheel.activities[index].title + " " + std::to_string(n);
    const std::string per_assumed = per_meeting(catering, *assumed);
    const std::string per_scheduled = scheduled > 0 ? per_meeting(catering, scheduled) : "-";
    c.report(c.say("Förtäringen (" + show_amount(catering, *budget) + ") räknar med ca " + std::to_string(*assumed) +
                       " fysiska möten (" + per_assumed + " per möte) men planen schemalägger " + std::to_string(scheduled) +
                       " mötestillfällen " + std::to_string(wheel.year) + " (" + per_scheduled + " per möte)" +
                       (biggest.empty() ? "" : "; flest: " + biggest),
                   "Catering (" + show_amount(catering, *budget) + ") assumes about " + std::to_string(*assumed) +
                       " physical meetings (" + per_assumed + " each) but the plan schedules " + std::to_string(scheduled) +
                       " meeting occurrences in " + std::to_string(wheel.year) + " (" + per_scheduled + " each)" +
                       (biggest.empty() ? "" : "; most: " + biggest)),
             "$.budget.costs");
}

bool is_course(const Activity& a)
{
    const std::string text = fold(a.category() + " " + a.title() + " " + a.implementation());
    for (const char* w : {"utbildning", "kurs", "workshop", "föreläsning"})
        if (text.find(w) != std::string::npos) return true;
    return false;
}

void course_income(RuleContext& c)
{
    const auto& budget = c.plan.budget();
    if (!budget) return;
    const Money income = budget->income_tagged("course_income");
    if (!(Money() < income)) return;
    for (const auto& a : c.plan.activities())
        if (is_course(*a)) return;
    c.report(c.say("Budgeten räknar med " + show_amount(income, *budget) +
                       " i intäkter från utbildningar men planen har ingen utbildningsaktivitet",
                   "The budget expects " + show_amount(income, *budget) +
                       " of course income but the plan has no course activity"),
             "$.budget.income");
}

}  // namespace

void add_budget_rules(std::vector<Rule>& rules)
{
    const RuleParameter tolerance{"tolerance_kronor", 0, "Largest difference in whole kronor that is accepted"};
    rules.push_back({{"budget.income_total", "budget", Severity::Error,
                      "Tryckt summa intäkter ska vara summan av intäktsraderna.",
                      "The printed income total equals the sum of the income lines.", {tolerance}},
                     income_total});
    rules.push_back({{"budget.costs_total", "budget", Severity::Error,
                      "Tryckt summa kostnader ska vara summan av kostnadsraderna.",
                      "The printed cost total equals the sum of the cost lines.", {tolerance}},
                     costs_total});
    rules.push_back({{"budget.result", "budget", Severity::Error,
                      "Tryckt resultat ska vara intäkternas summa minus kostnadernas.",
                      "The printed result equals the sum of income minus the sum of costs.", {tolerance}},
                     result});
    rules.push_back({{"budget.result_printed_totals", "budget", Severity::Warning,
                      "Tryckt resultat ska följa av de tryckta summorna.",
                      "The printed result follows from the printed totals.", {}},
                     result_printed_totals});
    rules.push_back({{"budget.year", "budget", Severity::Warning, "Budgetåret ska ligga inom planens år.",
                      "The budget year lies within the plan's years.", {}},
                     year});
    rules.push_back({{"budget.deficit", "budget", Severity::Error,
                      "Ett planerat underskott kräver ett beslut som täcker det.",
                      "A planned deficit needs a recorded decision that covers it.", {}},
                     deficit});
    rules.push_back({{"budget.pass_through", "budget", Severity::Warning,
                      "Intäkter och kostnader som hör ihop (pass_through:<nyckel>) ska gå jämnt ut.",
                      "Income and cost lines that belong together (pass_through:<key>) balance.", {tolerance}},
                     pass_through});
    rules.push_back({{"budget.carry_over", "budget", Severity::Error,
                      "Överskott från föregående år ska vara föregående års bokslutsresultat.",
                      "The surplus carried over equals the previous year's outcome result.", {tolerance}},
                     carry_over});
    rules.push_back({{"budget.catering_meetings", "budget", Severity::Warning,
                      "Förtäringens antagna antal möten ska stämma med de möten planen schemalägger.",
                      "The meetings the catering line assumes match the meetings the plan schedules.",
                      {{"assumed_meetings", 0, "Meetings the catering line pays for; 0 reads \"ca N\" from the line's label"},
                       {"tolerance_percent", 50, "Accepted difference in percent of the assumed number"}}},
                     catering_meetings});
    rules.push_back({{"budget.course_income", "budget", Severity::Warning,
                      "Intäkter från utbildningar förutsätter utbildningar i planen.",
                      "Course income presupposes courses in the plan.", {}},
                     course_income});
}

}  // namespace miljoplan::detail
