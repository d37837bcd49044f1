// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/io/annual_report.h"

#include <algorithm>
#include <sstream>
#include <utility>
#include <vector>

#include "detail/text.h"
#include "miljoplan/analysis/budget_compare.h"

namespace miljoplan {

namespace {

std::string tr(Language language, const char* sv, const char* en) { return language == Language::Swedish ? sv : en; }

std::string status_text(const ActivityFollowUp& a, Language language)
{
    if (!a.status) return tr(language, "ingen uppföljning", "not followed up");
    return to_string(*a.status) + " (" + to_iso_string(*a.status_date) + ")";
}

std::string compliance_text(const CadenceCompliance& c, Language language)
{
    const std::string expected = c.expected_min == c.expected_max
        ? std::to_string(c.expected_min)
        : std::to_string(c.expected_min) + "–" + std::to_string(c.expected_max);
    return std::to_string(c.held) + tr(language, " av ", " of ") + expected + tr(language, " tillfällen", " occurrences") +
           (c.fulfilled ? tr(language, " (uppfyllt)", " (met)") : tr(language, " (ej uppfyllt)", " (not met)"));
}

// Markdown table cells: a pipe would end the cell and a newline the row.
std::string cell(const std::string& text)
{
    std::string out;
    for (char c : text) {
        if (c == '|') out += "\\|";
        else if (c == '\n') out += ' ';
        else out += c;
    }
    return out;
}

// The activities per category heading, headings in the order they first appear (a planned proposal
// appended at the end still joins its heading).
std::vector<std::pair<std::string, std::vector<const ActivityFollowUp*>>> by_category(const FollowUpReport& report)
{
    std::vector<std::pair<std::string, std::vector<const ActivityFollowUp*>>> out;
    for (const auto& a : report.activities) {
        auto at = std::find_if(out.begin(), out.end(), [&](const auto& g) { return g.first == a.category; });
        if (at == out.end()) at = out.insert(out.end(), {a.category, {}});
        at->second.push_back(&a);
    }
    return out;
}

std::string amount(Money m, const Budget& b) { return b.display_unit() == "tkr" ? format_tkr(m) : group_digits(m.kronor()); }

}  // namespace

std::string follow_up_text(const FollowUpReport& report, Language language)
{
    std::ostringstream out;
    const std::string title = tr(language, "Uppföljning ", "Follow-up ") + std::to_string(report.year) +
                              tr(language, " per ", " as of ") + to_iso_string(report.as_of);
    out << title << "\n" << std::string(detail::utf8_length(title), '=') << "\n";
    out << tr(language, "Uppföljningstillfällen: ", "Follow-up points: ");
    for (std::size_t i = 0; i < report.points.size(); ++i) out << (i ? ", " : "") << to_iso_string(report.points[i]);
    out << "\n";
    for (const auto& [category, activities] : by_category(report)) {
        out << "\n" << (category.empty() ? "-" : category) << "\n";
        for (const ActivityFollowUp* a : activities) {
            out << "  " << a->title << ": " << status_text(*a, language) << "\n";
            if (!a->note.empty()) out << "      " << a->note << "\n";
            if (a->compliance) out << "      " << compliance_text(*a->compliance, language) << "\n";
        }
    }
    out << "\n";
    for (const auto& [status, n] : report.by_status) out << status << ": " << n << "\n";
    for (const auto& e : report.unknown)
        out << tr(language, "Okänd aktivitet i uppföljningen: ", "Unknown activity in the follow-up: ") << e.activity.value()
            << " (" << to_iso_string(e.date) << ")\n";
    return out.str();
}

std::string annual_report(const Plan& plan, int year, Language language)
{
    const FollowUpReport report = follow_up_report(plan, year);
    std::ostringstream out;
    out << "# " << tr(language, "Verksamhetsberättelse ", "Annual report ") << year << " – " << plan.organisation()->name()
        << "\n\n";
    out << tr(language, "Sammanställd från ", "Compiled from ") << plan.title() << tr(language, ", dess uppföljning och bokslutet.", ", its follow-up and the accounts.")
        << "\n\n";
    int done = 0;
    for (const auto& a : report.activities)
        if (a.status == ActivityStatus::Done) ++done;
    out << tr(language, "Genomförda aktiviteter: ", "Activities done: ") << done << tr(language, " av ", " of ")
        << report.activities.size() << ".\n";

    out << "\n## " << tr(language, "Aktiviteter", "Activities") << "\n";
    for (const auto& [category, activities] : by_category(report)) {
        out << "\n### " << (category.empty() ? "-" : category) << "\n\n";
        out << "| " << tr(language, "Aktivitet", "Activity") << " | " << tr(language, "Status", "Status") << " | "
            << tr(language, "Genomförande", "Held") << " | " << tr(language, "Kommentar", "Note") << " |\n|---|---|---|---|\n";
        for (const ActivityFollowUp* a : activities)
            out << "| " << cell(a->title) << " | " << cell(status_text(*a, language)) << " | "
                << (a->compliance ? cell(compliance_text(*a->compliance, language)) : std::string("–")) << " | "
                << cell(a->note) << " |\n";
    }

    out << "\n## " << tr(language, "Ekonomi", "Finances") << "\n\n";
    const auto budget = plan.budget_in_force(year);
    const auto outcome = plan.find_budget(year, BudgetVersion::Outcome);
    if (!budget || !outcome) {
        out << tr(language, "Bokslut saknas för ", "No accounts (bokslut) for ") << year
            << tr(language, "; jämförelsen med budgeten görs när bokslutet förts in i planen.",
                  "; the comparison with the budget is made once the outcome is entered in the plan.")
            << "\n";
        return out.str();
    }
    const BudgetComparison c = compare_budgets(*budget, *outcome);
    out << "| " << tr(language, "Post", "Line") << " | " << tr(language, "Budget", "Budget") << " | "
        << tr(language, "Utfall", "Outcome") << " | " << tr(language, "Avvikelse", "Difference") << " |\n|---|--:|--:|--:|\n";
    for (const auto& line : c.lines)
        out << "| " << cell(line.label) << " | " << (line.first ? amount(*line.first, *budget) : "–") << " | "
            << (line.second ? amount(*line.second, *budget) : "–") << " | " << amount(line.difference, *budget) << " |\n";
    out << "| **" << tr(language, "Resultat", "Result") << "** | " << amount(c.result_first, *budget) << " | "
        << amount(c.result_second, *budget) << " | " << amount(c.result_second - c.result_first, *budget) << " |\n";
    out << "\n" << tr(language, "Belopp i ", "Amounts in ") << budget->display_unit() << ".\n";
    return out.str();
}

}  // namespace miljoplan
