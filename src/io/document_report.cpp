// SPDX-License-Identifier: Apache-2.0
// The plan's printed tables rebuilt as a small document (headings, paragraphs, tables), rendered once
// as Markdown and once as HTML, so both formats always carry the same content.
#include "miljoplan/io/document_report.h"

#include <algorithm>
#include <sstream>

#include "detail/markup.h"
#include "detail/text.h"
#include "miljoplan/error.h"

namespace miljoplan {

namespace {

using detail::html_text;
using detail::md_text;

struct Block {
    enum Kind { Title, Section, Subsection, Paragraph, Table } kind = Paragraph;
    std::string text;
    std::vector<std::string> header;
    std::vector<bool> numeric;  // right-aligned columns
    std::vector<std::vector<std::string>> rows;
};

std::string tr(const DocumentOptions& o, const char* sv, const char* en)
{
    return o.language == Language::Swedish ? sv : en;
}

std::string amount(Money m, const Budget& b) { return b.display_unit() == "tkr" ? format_tkr(m) : group_digits(m.kronor()); }

std::string severity_word(Severity s, const DocumentOptions& o)
{
    switch (s) {
    case Severity::Error: return tr(o, "FEL", "error");
    case Severity::Warning: return tr(o, "VARNING", "warning");
    case Severity::Info: return tr(o, "INFO", "info");
    }
    return "?";
}

std::vector<Block> build(const Plan& plan, const std::vector<Finding>& findings, const DocumentOptions& o)
{
    std::vector<Block> doc;
    auto add = [&](Block::Kind kind, std::string text) { doc.push_back(Block{kind, std::move(text), {}, {}, {}}); };
    const Organisation& org = *plan.organisation();

    add(Block::Title, plan.title());
    std::string years;
    for (const auto& y : plan.years())
        years += (years.empty() ? "" : ", ") + std::to_string(y.year) + " (" + to_string(y.status) + ")";
    add(Block::Paragraph, tr(o, "Organisation: ", "Organisation: ") + org.name());
    add(Block::Paragraph, tr(o, "Planens år: ", "Plan years: ") + years);
    const bool persons = has_persons(plan) && !o.redact_persons;
    add(Block::Paragraph, persons ? tr(o, "Innehåller personuppgifter: ja (namn på ledamöter).",
                                       "Contains personal data: yes (names of members).")
                                  : tr(o, "Innehåller personuppgifter: nej.", "Contains personal data: no."));

    add(Block::Section, tr(o, "Styrning", "Governance"));
    Block bodies{Block::Table, "", {tr(o, "Organ", "Body"), tr(o, "Sammansättning", "Composition"),
                                    tr(o, "Förda ledamöter", "Recorded members")}, {false, false, false}, {}};
    for (const auto& body : org.bodies()) {
        if (body->per_activity()) continue;
        std::string seats;
        for (const auto& seat : body->seats()) {
            const std::string who = seat.text.empty()
                ? (seat.count ? std::to_string(*seat.count) + " " : std::string()) + seat.position + " (" +
                      org.actor_name(seat.from).value_or(seat.from.value()) + ")"
                : seat.text;
            seats += (seats.empty() ? "" : "\n") + who;
        }
        std::string members;
        for (const auto& m : body->members()) {
            std::string one = org.actor_name(m.from).value_or(m.from.value());
            if (!m.position.empty()) one += ", " + m.position;
            if (m.person && !o.redact_persons) one += ": " + *m.person;
            members += (members.empty() ? "" : "\n") + one;
        }
        bodies.rows.push_back({body->name(), seats, members});
    }
    doc.push_back(bodies);

    add(Block::Section, tr(o, "Aktiviteter", "Activities"));
    std::vector<std::string> categories = plan.categories();
    for (const auto& a : plan.activities())
        if (std::find(categories.begin(), categories.end(), a->category()) == categories.end())
            categories.push_back(a->category());
    for (const auto& category : categories) {
        const auto activities = plan.activities_in(category);
        if (activities.empty()) continue;
        add(Block::Subsection, category.empty() ? "-" : category);
        Block table{Block::Table, "",
                    {tr(o, "AKTIVITET", "ACTIVITY"), tr(o, "AKTIVITETSMÅL", "ACTIVITY GOAL"),
                     tr(o, "GENOMFÖRANDE", "IMPLEMENTATION"), tr(o, "TID FÖR GENOMFÖRANDE", "TIMING"),
                     tr(o, "ANSVAR", "RESPONSIBLE"), tr(o, "SAMVERKANSPARTER", "PARTNERS"),
                     tr(o, "EFFEKTMÅL", "EFFECT GOALS")},
                    std::vector<bool>(7, false),
                    {}};
        for (const auto& a : activities)
            table.rows.push_back({a->title(), a->goal(), a->implementation(), a->timing_text(), a->responsible().text,
                                  a->partners().text, a->effect_goals().text});
        doc.push_back(table);
    }

    const auto& bank = plan.proposal_bank();
    add(Block::Section, bank.title().empty() ? tr(o, "Förslagsbank", "Proposal bank") : bank.title());
    Block proposals{Block::Table, "", {tr(o, "Område", "Area"), tr(o, "Förslag", "Proposal"), tr(o, "År", "Year")},
                    {false, false, true}, {}};
    for (const auto& p : bank.proposals())
        proposals.rows.push_back({p->area(), p->title(), p->submitted_year() ? std::to_string(*p->submitted_year()) : ""});
    doc.push_back(proposals);

    if (const auto budget = plan.budget()) {
        add(Block::Section, budget->title().empty() ? tr(o, "Budget", "Budget") : budget->title());
        Block table{Block::Table, "",
                    {tr(o, "Post", "Line"), tr(o, "Belopp", "Amount") + " (" + budget->display_unit() + ")",
                     tr(o, "Beräknat", "Computed"), tr(o, "Skillnad", "Difference")},
                    {false, true, true, true},
                    {}};
        // A printed total beside the computed sum, as the source's reader would check it.
        auto total = [&](const std::string& fallback, Money computed, const std::optional<PrintedTotal>& printed) {
            const std::string label = printed && !printed->label.empty() ? printed->label : fallback;
            if (!printed) {
                table.rows.push_back({label, "", amount(computed, *budget), ""});
                return;
            }
            table.rows.push_back({label, amount(printed->amount, *budget), amount(computed, *budget),
                                  printed->amount == computed ? "" : amount(printed->amount - computed, *budget)});
        };
        table.rows.push_back({budget->income_heading(), "", "", ""});
        for (const auto& l : budget->income()) table.rows.push_back({l.label, amount(l.amount, *budget), "", ""});
        try {
            total(tr(o, "Summa intäkter", "Total income"), budget->income_total(), budget->printed_income());
            table.rows.push_back({budget->costs_heading(), "", "", ""});
            for (const auto& l : budget->costs()) table.rows.push_back({l.label, amount(l.amount, *budget), "", ""});
            total(tr(o, "Summa kostnader", "Total costs"), budget->costs_total(), budget->printed_costs());
            total(tr(o, "Resultat", "Result"), budget->result(), budget->printed_result());
        } catch (const InvalidArgument&) {
            table.rows.push_back({tr(o, "(summorna går inte att räkna ut exakt)", "(the sums overflow)"), "", "", ""});
        }
        doc.push_back(table);
    }

    add(Block::Section, tr(o, "Kontroller", "Checks"));
    if (findings.empty()) {
        add(Block::Paragraph, tr(o, "Inga anmärkningar.", "No findings."));
    } else {
        Block table{Block::Table, "", {tr(o, "Allvar", "Severity"), tr(o, "Kod", "Code"), tr(o, "Plats", "Path"),
                                       tr(o, "Anmärkning", "Finding")}, {false, false, false, false}, {}};
        for (const auto& f : findings) table.rows.push_back({severity_word(f.severity, o), f.code, f.path, f.message});
        doc.push_back(table);
    }
    return doc;
}

}  // namespace

bool has_persons(const Plan& plan)
{
    for (const auto& body : plan.organisation()->bodies())
        for (const auto& m : body->members())
            if (m.person && !m.person->empty()) return true;
    return false;
}

std::size_t redact_persons(Plan& plan)
{
    if (!has_persons(plan)) return 0;
    auto org = plan.organisation()->clone();
    std::size_t removed = 0;
    for (const auto& body : org->bodies()) {
        auto members = body->members();
        for (auto& m : members)
            if (m.person) {
                removed += !m.person->empty();
                m.person.reset();
            }
        body->set_members(std::move(members));
    }
    plan.set_organisation(org);
    return removed;
}

std::string markdown_report(const Plan& plan, const std::vector<Finding>& findings, const DocumentOptions& options)
{
    std::ostringstream out;
    for (const auto& b : build(plan, findings, options)) {
        switch (b.kind) {
        case Block::Title: out << "# " << md_text(b.text) << "\n\n"; break;
        case Block::Section: out << "## " << md_text(b.text) << "\n\n"; break;
        case Block::Subsection: out << "### " << md_text(b.text) << "\n\n"; break;
        case Block::Paragraph: out << md_text(b.text) << "\n\n"; break;
        case Block::Table:
            out << "|";
            for (const auto& h : b.header) out << " " << md_text(h) << " |";
            out << "\n|";
            for (bool right : b.numeric) out << (right ? "--:|" : "---|");
            out << "\n";
            for (const auto& row : b.rows) {
                out << "|";
                for (const auto& cell : row) out << " " << md_text(cell, true) << " |";
                out << "\n";
            }
            out << "\n";
            break;
        }
    }
    return out.str();
}

std::string html_report(const Plan& plan, const std::vector<Finding>& findings, const DocumentOptions& options)
{
    std::ostringstream out;
    const std::string lang = options.language == Language::Swedish ? "sv" : "en";
    out << "<!DOCTYPE html>\n<html lang=\"" << lang << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"generator\" content=\"miljoplan\">\n"
        << "<meta name=\"personal-data\" content=\"" << (has_persons(plan) && !options.redact_persons ? "yes" : "no")
        << "\">\n<title>" << html_text(plan.title()) << "</title>\n"
        << "<style>body{font-family:sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem}"
           "table{border-collapse:collapse;margin-bottom:1.5rem;width:100%}"
           "th,td{border:1px solid #999;padding:.3rem .5rem;vertical-align:top;text-align:left}"
           "th{background:#e8eef2}td.num,th.num{text-align:right;white-space:nowrap}</style>\n</head>\n<body>\n";
    for (const auto& b : build(plan, findings, options)) {
        switch (b.kind) {
        case Block::Title: out << "<h1>" << html_text(b.text) << "</h1>\n"; break;
        case Block::Section: out << "<h2>" << html_text(b.text) << "</h2>\n"; break;
        case Block::Subsection: out << "<h3>" << html_text(b.text) << "</h3>\n"; break;
        case Block::Paragraph: out << "<p>" << html_text(b.text) << "</p>\n"; break;
        case Block::Table:
            out << "<table>\n<thead><tr>";
            for (std::size_t i = 0; i < b.header.size(); ++i)
                out << (b.numeric[i] ? "<th class=\"num\">" : "<th>") << html_text(b.header[i]) << "</th>";
            out << "</tr></thead>\n<tbody>\n";
            for (const auto& row : b.rows) {
                out << "<tr>";
                for (std::size_t i = 0; i < row.size(); ++i)
                    out << (b.numeric[i] ? "<td class=\"num\">" : "<td>") << html_text(row[i], true) << "</td>";
                out << "</tr>\n";
            }
            out << "</tbody>\n</table>\n";
            break;
        }
    }
    out << "</body>\n</html>\n";
    return out.str();
}

}  // namespace miljoplan
