// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/io/text_report.h"

#include <sstream>
#include <utility>
#include <vector>

#include "detail/text.h"
#include "miljoplan/error.h"

namespace miljoplan {

namespace {

constexpr std::size_t kWidth = 78;

struct Labels {
    std::string organisation;
    std::string counties;
    std::string founded;
    std::string years;
    std::string horizon;
    std::string normally;
    std::string exception;
    std::string adopted_by;
    std::string deadline;
    std::string no_date;
    std::string governance;
    std::string activities;
    std::string timing;
    std::string responsible;
    std::string partners;
    std::string goals;
    std::string bank;
    std::string proposals;
    std::string no_year;
    std::string budget;
    std::string computed;
    std::string printed;
    std::string difference;
    std::string result;
    std::string checks;
    std::string error_one;
    std::string error_many;
    std::string warning_one;
    std::string warning_many;
    std::string info_one;
    std::string info_many;
    std::string no_findings;
    std::string no_budget;
    std::string one_each;
    std::string year_word;
    std::string years_word;
    std::string members;
    std::string opt_in;
    std::string recorded;
};

const Labels kSwedish{"Organisation", "Län", "Startade", "Planens år", "Planperiod", "normalt",
                      "Undantag", "Fastställs av", "senast", "beslutsdatum anges inte", "Styrning",
                      "Aktiviteter", "Tid", "Ansvar", "Samverkansparter", "Effektmål", "Förslagsbank",
                      "förslag", "år anges inte", "Budget", "Beräknat", "Tryckt", "Skillnad", "Resultat",
                      "Kontroller", "fel", "fel", "varning", "varningar", "info", "info", "Inga anmärkningar.", "Planen har ingen budget.",
                      "en per medlem", "år", "år", "Medlemmar", "Deltar frivilligt", "förda ledamöter"};
const Labels kEnglish{"Organisation", "County", "Started", "Plan years", "Horizon", "normally",
                      "Exception", "Adopted by", "by", "decision date not given", "Governance",
                      "Activities", "Timing", "Responsible", "Partners", "Effect goals", "Proposal bank",
                      "proposals", "year not given", "Budget", "Computed", "Printed", "Difference", "Result",
                      "Checks", "error", "errors", "warning", "warnings", "info", "info", "No findings.", "The plan has no budget.",
                      "one per member", "year", "years", "Members", "Opt-in members", "recorded members"};

// The keys an organisation may reword in its profile's "labels" (docs/process.md lists them).
const std::vector<std::pair<const char*, std::string Labels::*>> kLabelKeys{
    {"organisation", &Labels::organisation}, {"counties", &Labels::counties},   {"founded", &Labels::founded},
    {"years", &Labels::years},               {"horizon", &Labels::horizon},     {"adopted_by", &Labels::adopted_by},
    {"governance", &Labels::governance},     {"activities", &Labels::activities}, {"timing", &Labels::timing},
    {"responsible", &Labels::responsible},   {"partners", &Labels::partners},   {"goals", &Labels::goals},
    {"bank", &Labels::bank},                 {"proposals", &Labels::proposals}, {"budget", &Labels::budget},
    {"result", &Labels::result},             {"checks", &Labels::checks},       {"members", &Labels::members},
    {"opt_in", &Labels::opt_in},
};

// The organisation words its Swedish reports its own way; English reports keep the library's words.
Labels labels_for(Language language, const Organisation& org)
{
    Labels l = language == Language::Swedish ? kSwedish : kEnglish;
    if (language != Language::Swedish) return l;
    for (const auto& [key, member] : kLabelKeys) {
        const auto at = org.labels().find(key);
        if (at != org.labels().end() && !at->second.empty()) l.*member = at->second;
    }
    return l;
}

std::string names_of(const Organisation& org, const std::vector<ActorId>& ids)
{
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ", ") + org.actor_name(id).value_or(id.value());
    return out;
}

std::string status_label(YearStatus status, Language language)
{
    if (language == Language::Swedish) return to_string(status);
    switch (status) {
    case YearStatus::Adopted: return "adopted";
    case YearStatus::Preliminary: return "preliminary";
    case YearStatus::ProposalBank: return "proposal bank";
    }
    return "?";
}

// Wraps @p text to lines of at most @p width columns, indenting continuation lines.
std::vector<std::string> wrap(const std::string& text, std::size_t width)
{
    std::vector<std::string> lines;
    std::string line;
    for (const auto& word : detail::split(detail::collapse_spaces(text), " ")) {
        if (word.empty()) continue;
        if (!line.empty() && detail::utf8_length(line) + 1 + detail::utf8_length(word) > width) {
            lines.push_back(line);
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty() || lines.empty()) lines.push_back(line);
    return lines;
}

void field(std::ostringstream& out, const std::string& indent, const std::string& label, const std::string& value)
{
    if (value.empty()) return;
    const std::string head = indent + label + ": ";
    const auto lines = wrap(value, kWidth - detail::utf8_length(head));
    const std::string continuation(detail::utf8_length(head), ' ');
    for (std::size_t i = 0; i < lines.size(); ++i) out << (i == 0 ? head : continuation) << lines[i] << "\n";
}

void heading(std::ostringstream& out, const std::string& text, char underline)
{
    out << "\n" << text << "\n" << std::string(detail::utf8_length(text), underline) << "\n";
}

std::string amount(Money value, const Budget& budget)
{
    return budget.display_unit() == "tkr" ? format_tkr(value) : group_digits(value.kronor());
}

void governance(std::ostringstream& out, const Organisation& org, const Labels& l)
{
    heading(out, l.governance, '-');
    for (const auto& body : org.bodies()) {
        if (body->per_activity()) continue;
        out << "  " << body->name() << " (" << to_string(body->kind()) << ")\n";
        for (const auto& seat : body->seats()) {
            std::string who = seat.text;
            if (who.empty()) {
                // Without the source's words, say it from the structure: "1 kontaktperson: Länsstyrelsen".
                const std::string count = seat.count ? std::to_string(*seat.count) : std::string(l.one_each);
                who = count + " " + (seat.position.empty() ? std::string("-") : seat.position) + ": " +
                      org.actor_name(seat.from).value_or(seat.from.value());
            }
            const auto lines = wrap(who, kWidth - 6);
            for (std::size_t i = 0; i < lines.size(); ++i) out << (i == 0 ? "    - " : "      ") << lines[i] << "\n";
        }
        if (!body->members().empty()) {
            std::string recorded;
            for (const auto& m : body->members())
                recorded += (recorded.empty() ? "" : ", ") + org.actor_name(m.from).value_or(m.from.value()) +
                            (m.position.empty() ? "" : " (" + m.position + ")");
            field(out, "    ", std::to_string(body->members().size()) + " " + l.recorded, recorded);
        }
    }
}

void activities(std::ostringstream& out, const Plan& plan, const Labels& l)
{
    std::string title = std::string(l.activities);
    if (plan.first_year()) {
        title += " " + std::to_string(*plan.first_year());
        if (plan.last_year() != plan.first_year()) title += "–" + std::to_string(*plan.last_year());
    }
    heading(out, title + " (" + std::to_string(plan.activities().size()) + ")", '-');
    std::vector<std::string> categories = plan.categories();
    for (const auto& a : plan.activities()) {
        bool known = false;
        for (const auto& c : categories) known = known || c == a->category();
        if (!known) categories.push_back(a->category());
    }
    std::size_t number = 0;
    for (const auto& category : categories) {
        const auto in_category = plan.activities_in(category);
        out << "\n" << (category.empty() ? "-" : category) << " (" << in_category.size() << ")\n";
        for (const auto& a : in_category) {
            const std::string head = "  " + std::to_string(++number) + ". ";
            const auto lines = wrap(a->title(), kWidth - head.size());
            for (std::size_t i = 0; i < lines.size(); ++i)
                out << (i == 0 ? head : std::string(head.size(), ' ')) << lines[i] << "\n";
            field(out, "     ", l.timing, a->timing_text());
            field(out, "     ", l.responsible, a->responsible().text);
            field(out, "     ", l.partners, a->partners().text);
            field(out, "     ", l.goals, a->effect_goals().text);
        }
    }
}

void proposal_bank(std::ostringstream& out, const ProposalBank& bank, const Labels& l)
{
    if (bank.proposals().empty() && bank.areas().empty()) return;
    heading(out, std::string(l.bank) + " (" + std::to_string(bank.proposals().size()) + " " + l.proposals + ")", '-');
    if (!bank.title().empty()) out << bank.title() << "\n";
    std::vector<std::string> areas = bank.areas();
    for (const auto& p : bank.proposals()) {
        bool known = false;
        for (const auto& a : areas) known = known || a == p->area();
        if (!known) areas.push_back(p->area());
    }
    for (const auto& area : areas) {
        out << "\n" << area << "\n";
        for (const auto& p : bank.proposals()) {
            if (p->area() != area) continue;
            const std::string year = p->submitted_year() ? std::to_string(*p->submitted_year()) : l.no_year;
            const auto lines = wrap(p->title() + " (" + year + ")", kWidth - 4);
            for (std::size_t i = 0; i < lines.size(); ++i) out << (i == 0 ? "  - " : "    ") << lines[i] << "\n";
        }
    }
    for (const auto& note : bank.notes()) out << "\n" << note << "\n";
}

void budget_table(std::ostringstream& out, const Budget& budget, const Labels& l)
{
    const std::string title = budget.title().empty()
        ? std::string(l.budget) + " " + std::to_string(budget.year()) + " (" + budget.display_unit() + ")"
        : budget.title();
    heading(out, title, '-');
    constexpr std::size_t label_width = 44;
    constexpr std::size_t column = 11;
    auto line = [&](const std::string& indent, const std::string& label, const std::string& a,
                    const std::string& b, const std::string& c) {
        const auto lines = wrap(label, label_width - indent.size());
        for (std::size_t i = 0; i + 1 < lines.size(); ++i) out << indent << lines[i] << "\n";
        std::string last = detail::pad(indent + lines.back(), label_width) + detail::pad(a, column, true);
        if (!b.empty() || !c.empty()) last += detail::pad(b, column, true) + detail::pad(c, column, true);
        out << last << "\n";
    };
    auto section = [&](const std::string& name, const std::vector<BudgetLine>& lines) {
        out << "\n" << name << "\n";
        for (const auto& bl : lines) line("  ", bl.label, amount(bl.amount, budget), "", "");
    };
    section(budget.income_heading(), budget.income());
    section(budget.costs_heading(), budget.costs());
    out << "\n";
    line("", "", l.computed, l.printed, l.difference);
    auto total = [&](const std::string& fallback, Money computed, const std::optional<PrintedTotal>& printed) {
        const std::string label = printed && !printed->label.empty() ? printed->label : fallback;
        if (!printed) {
            line("", label, amount(computed, budget), "-", "");
            return;
        }
        line("", label, amount(computed, budget), amount(printed->amount, budget),
             amount(printed->amount - computed, budget));
    };
    try {
        const Money income = budget.income_total();
        const Money costs = budget.costs_total();
        total("Summa " + detail::utf8_lower(budget.income_heading()), income, budget.printed_income());
        total("Summa " + detail::utf8_lower(budget.costs_heading()), costs, budget.printed_costs());
        total(l.result, income - costs, budget.printed_result());
    } catch (const InvalidArgument&) {
        out << "(" << l.computed << ": overflow)\n";
    }
    for (const auto& note : budget.notes())
        for (const auto& text : wrap(note, kWidth)) out << "\n" << text;
    if (!budget.notes().empty()) out << "\n";
}

void findings_section(std::ostringstream& out, const std::vector<Finding>& findings, Language language, const Labels& l)
{
    auto counted = [&](Severity severity, const std::string& one, const std::string& many) {
        const std::size_t n = count(findings, severity);
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    heading(out, std::string(l.checks) + ": " + counted(Severity::Error, l.error_one, l.error_many) + ", " +
                     counted(Severity::Warning, l.warning_one, l.warning_many) + ", " +
                     counted(Severity::Info, l.info_one, l.info_many),
            '-');
    if (findings.empty()) {
        out << l.no_findings << "\n";
        return;
    }
    for (const auto& f : findings) {
        const std::string severity = language == Language::Swedish ? swedish_label(f.severity) : to_string(f.severity);
        out << detail::pad(severity, 8) << f.code << "  " << f.path << "\n";
        for (const auto& text : wrap(f.message, kWidth - 8)) out << "        " << text << "\n";
    }
}

}  // namespace

std::string text_report(const Plan& plan, const std::vector<Finding>& findings, Language language)
{
    const Organisation& org = *plan.organisation();
    const Labels l = labels_for(language, org);
    std::ostringstream out;
    out << plan.title() << "\n" << std::string(detail::utf8_length(plan.title()), '=') << "\n";
    std::string org_line = org.name();
    field(out, "", l.organisation, org_line);
    std::string counties;
    for (const auto& c : org.counties()) counties += (counties.empty() ? "" : ", ") + c.name;
    field(out, "", l.counties, counties);
    if (org.founded()) field(out, "", l.founded, std::to_string(*org.founded()));
    field(out, "", l.members, names_of(org, org.members()));
    field(out, "", l.opt_in, names_of(org, org.opt_in_members()));
    std::string years;
    for (const auto& y : plan.years())
        years += (years.empty() ? "" : ", ") + std::to_string(y.year) + " (" + status_label(y.status, language) + ")";
    field(out, "", l.years, years);
    const int normal = org.cycle().horizon_years;
    const std::size_t actual = plan.years().size();
    field(out, "", l.horizon, std::to_string(actual) + " " + (actual == 1 ? l.year_word : l.years_word) + " (" +
                                  l.normally + " " + std::to_string(normal) + " " + (normal == 1 ? l.year_word : l.years_word) + ")");
    field(out, "", l.exception, plan.horizon_exception());
    std::string adoption;
    const auto body = plan.adoption().body ? plan.adoption().body : org.cycle().adopted_by;
    if (body) adoption = org.actor_name(*body).value_or(body->value());
    if (plan.adoption().date) {
        adoption += " " + to_iso_string(*plan.adoption().date);
    } else if (auto deadline = plan.adoption_deadline()) {
        adoption += std::string(", ") + l.deadline + " " + to_iso_string(*deadline) + " (" + l.no_date + ")";
    }
    field(out, "", l.adopted_by, adoption);

    governance(out, org, l);
    activities(out, plan, l);
    proposal_bank(out, plan.proposal_bank(), l);
    if (plan.budget()) budget_table(out, *plan.budget(), l);
    else out << "\n" << l.no_budget << "\n";
    findings_section(out, findings, language, l);
    return out.str();
}

}  // namespace miljoplan
