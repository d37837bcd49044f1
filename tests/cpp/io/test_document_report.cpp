// SPDX-License-Identifier: Apache-2.0
// Markdown and HTML documents of the plan: the source's table headings, the budget with printed and
// computed totals, escaping of hostile text, self-containment, and leaving people's names out.
#include <gtest/gtest.h>

#include "miljoplan/io/document_report.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/rules/validate.h"

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::vector<miljoplan::Finding> findings_of(const miljoplan::Plan& plan)
{
    return miljoplan::validate(plan, miljoplan::builtin_goal_catalog());
}

}  // namespace

TEST(DocumentReport, MarkdownHasTheSourceTablesAndTheBudgetCheck)
{
    const auto plan = miljoplan::example_plan();
    const std::string md = miljoplan::markdown_report(*plan, findings_of(*plan));
    EXPECT_EQ(md.rfind("# Verksamhetsplan för Miljösamverkan Jönköpings län 2024\n", 0), 0u);
    EXPECT_TRUE(contains(md, "| AKTIVITET | AKTIVITETSMÅL | GENOMFÖRANDE | TID FÖR GENOMFÖRANDE | ANSVAR | SAMVERKANSPARTER | EFFEKTMÅL |\n"));
    EXPECT_TRUE(contains(md, "### Styrning av miljösamverkan\n"));
    // The printed cost total 1 206 against the lines' 1 211: the difference -5 tkr is shown.
    EXPECT_TRUE(contains(md, "| SUMMA KOSTNADER | 1 206 | 1 211 | -5 |\n")) << md;
    EXPECT_TRUE(contains(md, "| SUMMA INTÄKTER | 1 266 | 1 266 |  |\n")) << md;
    EXPECT_TRUE(contains(md, "| FEL | budget.costs\\_total | $.budget.printed\\_totals.costs |")) << md;
    EXPECT_TRUE(contains(md, "| Handläggarstöd miljöskydd | Digital tillsyn |  |\n")) << md;
    EXPECT_TRUE(contains(md, "Innehåller personuppgifter: nej.")) << md;
}

TEST(DocumentReport, HtmlIsSelfContainedAndEscaped)
{
    auto plan = miljoplan::example_plan();
    plan->activities()[0]->set_title("<script>alert('x')</script> & \"citat\"");
    plan->activities()[1]->set_goal("*fet* [länk](http://x) | rör");
    const std::string html = miljoplan::html_report(*plan, findings_of(*plan));
    EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"sv\">", 0), 0u);
    EXPECT_FALSE(contains(html, "<script"));
    EXPECT_TRUE(contains(html, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;citat&quot;")) << html;
    // Nothing is fetched: no scripts, links, images or external URLs in attributes.
    for (const char* external : {"<link", "<img", "src=", "href=", "@import", "url("}) EXPECT_FALSE(contains(html, external)) << external;
    EXPECT_TRUE(contains(html, "<th>TID FÖR GENOMFÖRANDE</th>"));
    EXPECT_TRUE(contains(html, "<meta name=\"personal-data\" content=\"no\">"));
    const std::string md = miljoplan::markdown_report(*plan, {});
    EXPECT_TRUE(contains(md, "\\<script\\>alert('x')\\</script\\> \\& \"citat\"")) << md;
    EXPECT_TRUE(contains(md, "\\*fet\\* \\[länk\\](http://x) \\| rör")) << md;
}

TEST(DocumentReport, PersonsAreMarkedAndCanBeLeftOut)
{
    auto plan = miljoplan::example_plan();
    auto org = plan->organisation();
    EXPECT_FALSE(miljoplan::has_persons(*plan));
    org->find_body(miljoplan::ActorId("beredningsgrupp"))
        ->set_members({{miljoplan::ActorId("kommun-0680"), "miljöchef", std::string("Anna Andersson"), {}}});
    EXPECT_TRUE(miljoplan::has_persons(*plan));
    const std::string with = miljoplan::html_report(*plan, {});
    EXPECT_TRUE(contains(with, "Anna Andersson"));
    EXPECT_TRUE(contains(with, "<meta name=\"personal-data\" content=\"yes\">"));
    miljoplan::DocumentOptions redacted;
    redacted.redact_persons = true;
    const std::string without = miljoplan::html_report(*plan, {}, redacted);
    EXPECT_FALSE(contains(without, "Anna Andersson"));
    EXPECT_TRUE(contains(without, "Jönköpings kommun, miljöchef"));
    EXPECT_TRUE(contains(without, "<meta name=\"personal-data\" content=\"no\">"));

    // Redacting the plan itself copies the organisation first: the built-in profile keeps nothing.
    EXPECT_EQ(miljoplan::redact_persons(*plan), 1u);
    EXPECT_FALSE(miljoplan::has_persons(*plan));
    EXPECT_NE(plan->organisation(), org);
    EXPECT_TRUE(org->find_body(miljoplan::ActorId("beredningsgrupp"))->members()[0].person);
}

TEST(DocumentReport, EnglishHeadings)
{
    const auto plan = miljoplan::example_plan();
    miljoplan::DocumentOptions en;
    en.language = miljoplan::Language::English;
    const std::string md = miljoplan::markdown_report(*plan, {}, en);
    EXPECT_TRUE(contains(md, "| ACTIVITY | ACTIVITY GOAL | IMPLEMENTATION | TIMING | RESPONSIBLE | PARTNERS | EFFECT GOALS |"));
    EXPECT_TRUE(contains(md, "No findings."));
}
