// SPDX-License-Identifier: Apache-2.0
// The "Nyckeltal" report section on the illustrative data set: the 2023 organic-food table best first
// with median, spread and the municipalities late for 1 April 2024, the English labels, the choice of
// year, and escaping of markup that arrives in a key figure's name.
#include <gtest/gtest.h>

#include "keyfigure_fixture.h"
#include "miljoplan/keyfigures/key_figure_report.h"

using namespace miljoplan;
using miljoplan::testing::county_set;

namespace {

KeyFigureReportOptions in_year(int year, Language language = Language::Swedish)
{
    KeyFigureReportOptions o;
    o.year = year;
    o.language = language;
    return o;
}

}  // namespace

TEST(KeyFigureReport, SwedishMarkdownRanksMullsjoFirstWithTheMedianAndLateMunicipalities)
{
    const std::string md = key_figures_markdown(county_set(), in_year(2023));
    EXPECT_EQ(md.rfind("## Nyckeltal\n\n", 0), 0U);
    EXPECT_NE(md.find("### Andel ekologiska livsmedel i kommunens verksamheter (%), 2023\n\n*högre är bättre*"),
              std::string::npos);
    // Mullsjö's 38.5 is the county's highest; 38.5 - 30.25 = +8.25; 40.25 the year before gives -1.75.
    EXPECT_NE(md.find("| Mullsjö kommun | 38,5 | +8,25 | 1 | −1,75 | −1,2500 (sämre) |"), std::string::npos);
    // The first table row after the header is rank 1: the table is sorted best first.
    const auto header_end = md.find("---:|\n");
    ASSERT_NE(header_end, std::string::npos);
    EXPECT_EQ(md.substr(header_end + 6).rfind("| Mullsjö kommun |", 0), 0U);
    EXPECT_NE(md.find("- Median: 30,25; Spridning: 16,5 (22,0–38,5); Rapporterat: 11 av 13."), std::string::npos);
    // Gislaved's value is missing, Sävsjö has no row and Tranås entered its value on 5 April.
    EXPECT_NE(md.find("- Ej rapporterat senast 1 april 2024: Gislaveds kommun, Sävsjö kommun, Tranås kommun."),
              std::string::npos);
    EXPECT_NE(md.find("| Gislaveds kommun | saknas | – | – | – |"), std::string::npos);
    // Household waste: lower is better, so Gnosjö's 398.5 ranks first; the median of four is (412 + 431) / 2.
    EXPECT_NE(md.find("*lägre är bättre*"), std::string::npos);
    EXPECT_NE(md.find("- Median: 421,5;"), std::string::npos);
    EXPECT_NE(md.find("| Gnosjö kommun | 398,5 | −23,0 | 1 |"), std::string::npos);
    EXPECT_NE(md.find("- Trend: anpassad linje (minsta kvadratmetoden) över alla år med värde."), std::string::npos);
    EXPECT_NE(md.find("- Källa: miljöbarometern eko-livsmedel."), std::string::npos);
}

TEST(KeyFigureReport, EnglishLabelsDecimalPointAndTheChosenYearOnly)
{
    const std::string md = key_figures_markdown(county_set(), in_year(2023, Language::English));
    EXPECT_EQ(md.rfind("## Key figures\n", 0), 0U);
    EXPECT_NE(md.find("| Mullsjö kommun | 38.5 | +8.25 | 1 | -1.75 | -1.2500 (worsening) |"), std::string::npos);
    EXPECT_NE(md.find("- Not reported by April 1, 2024: "), std::string::npos);
    EXPECT_NE(md.find("- Median: 30.25; Spread: 16.5 (22.0–38.5); Reported: 11 of 13."), std::string::npos);

    // 2021 has organic food only: household waste (2023 alone) is left out, and 2020 is the year before.
    const std::string y2021 = key_figures_markdown(county_set(), in_year(2021));
    EXPECT_NE(y2021.find(", 2021\n"), std::string::npos);
    EXPECT_NE(y2021.find("Förändring sedan 2020"), std::string::npos);
    EXPECT_EQ(y2021.find("Insamlat hushållsavfall"), std::string::npos);
    // A year without any value gives the empty section rather than an error.
    EXPECT_NE(key_figures_markdown(county_set(), in_year(1999)).find("Inga nyckeltal."), std::string::npos);
}

TEST(KeyFigureReport, MarkupInAKeyFigureNameIsEscapedInMarkdownAndHtml)
{
    KeyFigureSet set = county_set();
    KeyFigure odd;
    odd.id = "x";
    odd.name = "<script>alert(1)</script> *fet* | kolumn";
    set.add_key_figure(odd);
    KeyFigureValue v;
    v.key_figure = "x";
    v.municipality = "0604";
    v.year = 2023;
    v.value = Decimal::parse("1");
    set.add_value(v);

    const std::string md = key_figures_markdown(set, in_year(2023));
    EXPECT_NE(md.find("### \\<script\\>alert(1)\\</script\\> \\*fet\\* \\| kolumn, 2023"), std::string::npos);
    EXPECT_EQ(md.find("<script>"), std::string::npos);

    const std::string fragment = key_figures_html(set, in_year(2023));
    EXPECT_EQ(fragment.rfind("<section class=\"miljoplan-key-figures\">\n<h2>Nyckeltal</h2>", 0), 0U);
    EXPECT_EQ(fragment.find("<script>"), std::string::npos);
    EXPECT_NE(fragment.find("<h3>&lt;script&gt;alert(1)&lt;/script&gt; *fet* | kolumn, 2023</h3>"), std::string::npos);
    EXPECT_NE(fragment.find("<td>Mullsjö kommun</td>"), std::string::npos);

    KeyFigureReportOptions page = in_year(2023, Language::English);
    page.standalone = true;
    const std::string html = key_figures_html(set, page);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0U);
    EXPECT_NE(html.find("<h1>Länsgemensamma nyckeltal (illustrativa)</h1>"), std::string::npos);
    EXPECT_NE(html.find("<h2>Key figures</h2>"), std::string::npos);
    EXPECT_EQ(html.find("<script>"), std::string::npos);
    EXPECT_NE(html.find("</html>\n"), std::string::npos);
}

TEST(KeyFigureReport, AGivenComparisonNamesItsTrendMethod)
{
    const KeyFigureSet set = county_set();
    ComparisonOptions start;
    start.trend = TrendMethod::StartToLatest;
    const auto comparison = compare_key_figures(set, start);
    const std::string md = key_figures_markdown(set, comparison, in_year(2023));
    EXPECT_NE(md.find("- Trend: första året mot senaste året."), std::string::npos);
    // Mullsjö: 41.0 in 2021 to 38.5 in 2023 is (38.5 - 41.0) / 2 = -1.25 per year.
    EXPECT_NE(md.find("| Mullsjö kommun | 38,5 | +8,25 | 1 | −1,75 | −1,2500 (sämre) |"), std::string::npos);
}
