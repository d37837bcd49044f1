// SPDX-License-Identifier: Apache-2.0
// The "Nyckeltal" section for the yearly discussion of the county's key figures. The section is first
// built as plain text in display order and then rendered once as Markdown and once as HTML, so the two
// formats (and the CLI and Python, which both call these functions) always carry the same content.
#include "miljoplan/keyfigures/key_figure_report.h"

#include <algorithm>
#include <map>
#include <sstream>
#include <utility>
#include <vector>

#include "detail/markup.h"

namespace miljoplan {

namespace {

using detail::html_text;
using detail::md_text;

struct Block {
    std::string heading;
    std::string better;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> notes;
};

struct Section {
    std::string title;
    std::string empty;
    std::vector<Block> blocks;
};

bool swedish(const KeyFigureReportOptions& o) { return o.language == Language::Swedish; }

std::string tr(const KeyFigureReportOptions& o, const char* sv, const char* en) { return swedish(o) ? sv : en; }

// Swedish text writes a decimal comma and a true minus sign (U+2212), as printed reports do; English
// keeps the ASCII forms. A signed number shows "+" for a rise so a change reads at a glance.
std::string number(const std::optional<Decimal>& value, const KeyFigureReportOptions& o, bool is_signed = false)
{
    if (!value) return "–";
    std::string text = value->to_string(swedish(o) ? ',' : '.');
    if (is_signed && compare(*value, Decimal(0, 0)) > 0) text = "+" + text;
    if (swedish(o) && !text.empty() && text[0] == '-') text = "−" + text.substr(1);
    return text;
}

std::string day(const Date& d, const KeyFigureReportOptions& o)
{
    static const char* const sv[] = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                                     "september", "oktober", "november", "december"};
    static const char* const en[] = {"January", "February", "March", "April", "May", "June", "July", "August",
                                     "September", "October", "November", "December"};
    const int month = d.month();
    const std::string y = std::to_string(static_cast<int>(d.year()));
    const std::string dd = std::to_string(static_cast<int>(d.day()));
    return swedish(o) ? dd + " " + sv[month - 1] + " " + y : std::string(en[month - 1]) + " " + dd + ", " + y;
}

std::string better_text(Better b, const KeyFigureReportOptions& o)
{
    switch (b) {
    case Better::Higher: return tr(o, "högre är bättre", "higher is better");
    case Better::Lower: return tr(o, "lägre är bättre", "lower is better");
    case Better::Neither: break;
    }
    return tr(o, "ingen riktning är bättre", "no direction is better");
}

std::string verdict_text(TrendVerdict v, const KeyFigureReportOptions& o)
{
    switch (v) {
    case TrendVerdict::Improving: return tr(o, "bättre", "improving");
    case TrendVerdict::Worsening: return tr(o, "sämre", "worsening");
    case TrendVerdict::Unchanged: return tr(o, "oförändrad", "unchanged");
    case TrendVerdict::NotJudged: break;
    }
    return tr(o, "ej bedömd", "not judged");
}

std::string method_text(TrendMethod m, const KeyFigureReportOptions& o)
{
    return m == TrendMethod::FittedLine
        ? tr(o, "anpassad linje (minsta kvadratmetoden) över alla år med värde",
             "fitted line (least squares) over every year with a value")
        : tr(o, "första året mot senaste året", "first year against latest year");
}

Block block_for(const KeyFigureSet& set, const KeyFigure& figure, const YearComparison& chosen,
                const KeyFigureComparison& comparison, const KeyFigureReportOptions& o)
{
    Block b;
    b.heading = figure.name + (figure.unit.empty() ? "" : " (" + figure.unit + ")") + ", " + std::to_string(chosen.year);
    b.better = better_text(figure.better, o);
    b.header = {tr(o, "Kommun", "Municipality"), tr(o, "Värde", "Value"),
                tr(o, "Avvikelse från median", "Deviation from median"), tr(o, "Rang", "Rank"),
                tr(o, "Förändring sedan ", "Change since ") + std::to_string(chosen.year - 1),
                tr(o, "Trend per år", "Trend per year")};

    std::map<std::string, const KeyFigureTrend*> trends;
    for (const auto& t : comparison.trends)
        if (t.key_figure == figure.id) trends[t.municipality] = &t;

    // Best first when the figure has a direction; missing values last; otherwise the set's order.
    std::vector<const MunicipalityFigure*> ordered;
    for (const auto& m : chosen.municipalities) ordered.push_back(&m);
    std::stable_sort(ordered.begin(), ordered.end(), [](const MunicipalityFigure* x, const MunicipalityFigure* y) {
        const auto key = [](const MunicipalityFigure* m) { return std::make_pair(!m->value.has_value(), m->rank.value_or(0)); };
        return key(x) < key(y);
    });
    for (const auto* m : ordered) {
        std::string trend = "–";
        const auto t = trends.find(m->municipality);
        if (t != trends.end() && t->second->per_year)
            trend = number(t->second->per_year, o, true) + " (" + verdict_text(t->second->verdict, o) + ")";
        b.rows.push_back({m->name.empty() ? m->municipality : m->name,
                          m->value ? number(m->value, o) : tr(o, "saknas", "missing"), number(m->deviation, o, true),
                          m->rank ? std::to_string(*m->rank) : "–", number(m->change, o, true), trend});
    }

    b.notes.push_back(tr(o, "Median: ", "Median: ") + number(chosen.median, o) + tr(o, "; Spridning: ", "; Spread: ") +
                      number(chosen.spread, o) + " (" + number(chosen.minimum, o) + "–" + number(chosen.maximum, o) +
                      tr(o, "); Rapporterat: ", "); Reported: ") + std::to_string(chosen.reported) + tr(o, " av ", " of ") +
                      std::to_string(chosen.municipalities.size()) + ".");
    std::string late;
    for (const auto& code : chosen.not_reported_by_deadline) {
        std::string name = code;
        for (const auto& m : chosen.municipalities)
            if (m.municipality == code && !m.name.empty()) name = m.name;
        late += (late.empty() ? "" : ", ") + name;
    }
    const std::string deadline = day(chosen.deadline, o);
    b.notes.push_back(late.empty() ? tr(o, "Alla hade rapporterat senast ", "Everyone had reported by ") + deadline + "."
                                   : tr(o, "Ej rapporterat senast ", "Not reported by ") + deadline + ": " + late + ".");
    b.notes.push_back("Trend: " + method_text(comparison.method, o) + ".");

    // The source with the latest retrieval day, since an outside source may revise what it published.
    std::string source = to_string(figure.source);
    if (!figure.source_id.empty()) source += " " + figure.source_id;
    std::optional<Date> retrieved;
    for (const auto& v : set.values())
        if (v.key_figure == figure.id && v.retrieved_on && (!retrieved || *v.retrieved_on > *retrieved))
            retrieved = v.retrieved_on;
    if (retrieved) source += ", " + tr(o, "hämtad ", "retrieved ") + to_iso_string(*retrieved);
    b.notes.push_back(tr(o, "Källa: ", "Source: ") + source + ".");
    return b;
}

Section build(const KeyFigureSet& set, const KeyFigureComparison& comparison, const KeyFigureReportOptions& o)
{
    Section s{tr(o, "Nyckeltal", "Key figures"), tr(o, "Inga nyckeltal.", "No key figures."), {}};
    for (const auto& figure : set.key_figures()) {
        const YearComparison* chosen = nullptr;
        for (const auto& y : comparison.years)
            if (y.key_figure == figure.id && (!o.year || y.year == *o.year)) chosen = &y;  // years ascend: latest wins
        if (chosen) s.blocks.push_back(block_for(set, figure, *chosen, comparison, o));
    }
    return s;
}

std::string html_fragment(const Section& s)
{
    std::ostringstream out;
    out << "<section class=\"miljoplan-key-figures\">\n<h2>" << html_text(s.title) << "</h2>\n";
    if (s.blocks.empty()) out << "<p>" << html_text(s.empty) << "</p>\n";
    for (const auto& b : s.blocks) {
        out << "<h3>" << html_text(b.heading) << "</h3>\n<p><em>" << html_text(b.better) << "</em></p>\n<table>\n<thead><tr>";
        for (std::size_t i = 0; i < b.header.size(); ++i)
            out << (i == 0 ? "<th>" : "<th class=\"num\">") << html_text(b.header[i]) << "</th>";
        out << "</tr></thead>\n<tbody>\n";
        for (const auto& row : b.rows) {
            out << "<tr>";
            for (std::size_t i = 0; i < row.size(); ++i)
                out << (i == 0 ? "<td>" : "<td class=\"num\" style=\"text-align:right\">") << html_text(row[i]) << "</td>";
            out << "</tr>\n";
        }
        out << "</tbody>\n</table>\n<ul>";
        for (const auto& n : b.notes) out << "<li>" << html_text(n) << "</li>";
        out << "</ul>\n";
    }
    out << "</section>\n";
    return out.str();
}

}  // namespace

std::string key_figures_markdown(const KeyFigureSet& set, const KeyFigureComparison& comparison,
                                 const KeyFigureReportOptions& options)
{
    const Section s = build(set, comparison, options);
    std::ostringstream out;
    out << "## " << md_text(s.title) << "\n\n";
    if (s.blocks.empty()) out << md_text(s.empty) << "\n\n";
    for (const auto& b : s.blocks) {
        out << "### " << md_text(b.heading) << "\n\n*" << md_text(b.better) << "*\n\n|";
        for (const auto& h : b.header) out << " " << md_text(h) << " |";
        out << "\n|---|";
        for (std::size_t i = 1; i < b.header.size(); ++i) out << "---:|";
        out << "\n";
        for (const auto& row : b.rows) {
            out << "|";
            for (const auto& cell : row) out << " " << md_text(cell) << " |";
            out << "\n";
        }
        out << "\n";
        for (const auto& n : b.notes) out << "- " << md_text(n) << "\n";
        out << "\n";
    }
    return out.str();
}

std::string key_figures_markdown(const KeyFigureSet& set, const KeyFigureReportOptions& options)
{
    return key_figures_markdown(set, compare_key_figures(set, options.comparison), options);
}

std::string key_figures_html(const KeyFigureSet& set, const KeyFigureComparison& comparison,
                             const KeyFigureReportOptions& options)
{
    const Section s = build(set, comparison, options);
    if (!options.standalone) return html_fragment(s);
    const std::string title = set.title().empty() ? s.title : set.title();
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"" << (swedish(options) ? "sv" : "en") << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"generator\" content=\"miljoplan\">\n<title>" << html_text(title) << "</title>\n"
        << "<style>body{font-family:sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem}"
           "table{border-collapse:collapse;margin-bottom:1rem;width:100%}"
           "th,td{border:1px solid #999;padding:.3rem .5rem;vertical-align:top;text-align:left}"
           "th{background:#e8eef2}td.num,th.num{text-align:right;white-space:nowrap}</style>\n</head>\n<body>\n";
    if (!set.title().empty()) out << "<h1>" << html_text(set.title()) << "</h1>\n";
    out << html_fragment(s) << "</body>\n</html>\n";
    return out.str();
}

std::string key_figures_html(const KeyFigureSet& set, const KeyFigureReportOptions& options)
{
    return key_figures_html(set, compare_key_figures(set, options.comparison), options);
}

}  // namespace miljoplan
