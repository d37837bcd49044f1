// SPDX-License-Identifier: Apache-2.0
#include <optional>

#include "miljoplan/error.h"
#include "rules/checks.h"

namespace miljoplan::detail {

namespace {

// Amounts in messages use the budget's own unit, so the figures match the printed table.
std::string show(Money amount, const Budget& budget)
{
    if (budget.display_unit() == "tkr") return format_tkr(amount) + " tkr";
    return format_kronor(amount);
}

std::string signed_show(Money amount, const Budget& budget)
{
    return (amount > Money() ? "+" : "") + show(amount, budget);
}

void compare_total(const Budget& budget, const std::optional<PrintedTotal>& printed, Money computed,
                   const char* code, const std::string& path, const std::string& what_sv,
                   const std::string& what_en, FindingSink& sink)
{
    if (!printed || printed->amount == computed) return;
    const Money difference = printed->amount - computed;
    const std::string sv = "Tryckt " + what_sv + " " + show(printed->amount, budget) + " men raderna summerar till " +
                           show(computed, budget) + " (skillnad " + signed_show(difference, budget) + ")";
    const std::string en = "Printed " + what_en + " " + show(printed->amount, budget) + " but the lines add up to " +
                           show(computed, budget) + " (difference " + signed_show(difference, budget) + ")";
    sink.add(code, Severity::Error, sink.say(sv, en), path);
}

void compare_printed(const Budget& budget, Money income, Money costs, Money result, FindingSink& sink)
{
    compare_total(budget, budget.printed_income(), income, "budget.income_total", "$.budget.printed_totals.income",
                  "summa intäkter", "income total", sink);
    compare_total(budget, budget.printed_costs(), costs, "budget.costs_total", "$.budget.printed_totals.costs",
                  "summa kostnader", "cost total", sink);

    if (const auto& printed = budget.printed_result()) {
        if (printed->amount != result) {
            const Money difference = printed->amount - result;
            sink.add("budget.result", Severity::Error,
                     sink.say("Tryckt resultat " + show(printed->amount, budget) + " men intäkter minus kostnader är " +
                                  show(income, budget) + " - " + show(costs, budget) + " = " + show(result, budget) +
                                  " (skillnad " + signed_show(difference, budget) + ")",
                              "Printed result " + show(printed->amount, budget) + " but income minus costs is " +
                                  show(income, budget) + " - " + show(costs, budget) + " = " + show(result, budget) +
                                  " (difference " + signed_show(difference, budget) + ")"),
                     "$.budget.printed_totals.result");
        }
        // The printed figures can also contradict each other while one of them matches the lines.
        const auto& pi = budget.printed_income();
        const auto& pc = budget.printed_costs();
        if (pi && pc) {
            const Money printed_difference = pi->amount - pc->amount;
            if (printed->amount != printed_difference) {
                sink.add("budget.result_printed_totals", Severity::Warning,
                         sink.say("Tryckt resultat " + show(printed->amount, budget) +
                                      " följer inte av de tryckta summorna: " + show(pi->amount, budget) + " - " +
                                      show(pc->amount, budget) + " = " + show(printed_difference, budget) +
                                      " (skillnad " + signed_show(printed->amount - printed_difference, budget) + ")",
                                  "Printed result " + show(printed->amount, budget) +
                                      " does not follow from the printed totals: " + show(pi->amount, budget) +
                                      " - " + show(pc->amount, budget) + " = " + show(printed_difference, budget) +
                                      " (difference " + signed_show(printed->amount - printed_difference, budget) +
                                      ")"),
                         "$.budget.printed_totals.result");
            }
        }
    }
}

}  // namespace

void check_budget(const Plan& plan, FindingSink& sink)
{
    const auto& budget_ptr = plan.budget();
    if (!budget_ptr) return;
    const Budget& budget = *budget_ptr;
    try {
        const Money income = budget.income_total();
        const Money costs = budget.costs_total();
        const Money result = income - costs;
        // The differences to the printed figures can overflow too, even when the sums do not.
        compare_printed(budget, income, costs, result, sink);
    } catch (const InvalidArgument& e) {
        sink.add("budget.overflow", Severity::Error,
                 sink.say("Budgetens summor går inte att räkna ut exakt: ", "The budget's sums cannot be computed exactly: ") + e.what(),
                 "$.budget");
        return;
    }

    const auto first = plan.first_year();
    const auto last = plan.last_year();
    if (first && last && (budget.year() < *first || budget.year() > *last)) {
        sink.add("budget.year", Severity::Warning,
                 sink.say("Budgeten gäller " + std::to_string(budget.year()) + " men planen omfattar " +
                              std::to_string(*first) + "–" + std::to_string(*last),
                          "The budget is for " + std::to_string(budget.year()) + " but the plan covers " +
                              std::to_string(*first) + "–" + std::to_string(*last)),
                 "$.budget.year");
    }
}

}  // namespace miljoplan::detail
