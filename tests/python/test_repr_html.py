# SPDX-License-Identifier: Apache-2.0
"""Jupyter's rich display: Plan, Budget, Findings and Timing ``_repr_html_``. The fragments are parsed
back (html.parser) and checked for what a reader sees: the reference plan's figures from
data/jonkoping-2024.json, and text from a plan that looks like markup shown as text, never as tags."""

import html.parser
import json

import pytest

import miljoplan
from miljoplan import _html


class Page(html.parser.HTMLParser):
    """The tags, the text and the table rows (as lists of cell texts) of an HTML fragment."""

    def __init__(self, fragment):
        super().__init__(convert_charrefs=True)
        self.tags, self.text, self.rows = [], [], []
        self._cell = None
        self.feed(fragment)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)

    @property
    def all_text(self):
        return "".join(self.text)


@pytest.fixture(scope="module")
def source(plan_file):
    return json.loads(plan_file.read_text(encoding="utf-8"))


def test_plan_summary(plan, source):
    page = Page(plan._repr_html_())
    assert page.text[0] == source["title"]
    rows = {r[0]: r[1] for r in page.rows if len(r) == 2}
    assert rows["Aktiviteter"] == f"{len(source['activities'])} i {len(source['categories'])} kategorier" == "26 i 8 kategorier"
    assert rows["Förslagsbank"] == "12 förslag"
    assert rows["År"] == "2024 (fastställd)"
    assert rows["Fastställd"] == "styrgrupp, datum saknas"
    assert rows["Organisation"] == plan.organisation.name
    # The budget line shows the computed figures and the printed one where they differ.
    assert rows["Budget"] == "intäkter 1 266 tkr, kostnader 1 211 tkr (tryckt 1 206 tkr), resultat 55 tkr"
    per_category = [(r[0], r[1]) for r in page.rows if r and r[0] in source["categories"]]
    assert per_category == [(c, str(sum(a["category"] == c for a in source["activities"]))) for c in source["categories"]]
    assert "details" in page.tags and "script" not in page.tags


def test_plan_summary_in_english_and_escaped(plan):
    plan.title = "<script>alert('x')</script> & co"
    fragment = _html.plan_html(plan, "en")
    assert "<script>" not in fragment and "&lt;script&gt;" in fragment and "&amp; co" in fragment
    page = Page(fragment)
    assert page.text[0] == "<script>alert('x')</script> & co"
    rows = {r[0]: r[1] for r in page.rows if len(r) == 2}
    assert rows["Activities"] == "26 in 8 categories"
    assert rows["Adopted"] == "styrgrupp, no date"
    assert "script" not in page.tags


def test_budget_table(plan, source):
    data = source["budget"]
    page = Page(plan.budget._repr_html_())
    assert page.text[0] == data["title"]
    rows = [r for r in page.rows if r]
    assert rows[0] == ["Post", "Belopp (tkr)"]
    labels = [r[0] for r in rows]
    for line in data["income"] + data["costs"]:
        assert line["label"] in labels
    amounts = {r[0]: r[1] for r in rows}
    assert amounts["Lön och ersättningar för Länssamordnare"] == "985"
    # Computed sums in italics beside the printed totals; the cost total disagrees by 5 tkr.
    sums = [r[1] for r in rows if r[0] == "Summa (beräknad)"]
    assert sums == ["1 266", "1 211", "55"]
    assert amounts["SUMMA INTÄKTER"] == "1 266"
    assert amounts["SUMMA KOSTNADER"].startswith("1 206") and "skiljer -5 tkr från beräknat" in amounts["SUMMA KOSTNADER"]
    # The result is printed without a label: the generic one stands in.
    assert amounts["Summa (tryckt)"] == "55"


def test_budget_escapes_labels():
    budget = miljoplan.Budget(2025)
    budget.add_cost(miljoplan.BudgetLine("<b>fika</b> & möten", 1500))
    budget.display_unit = "kr"
    fragment = _html.budget_html(budget, "en")
    assert "<b>fika</b>" not in fragment and "&lt;b&gt;fika&lt;/b&gt; &amp; möten" in fragment
    rows = [r for r in Page(fragment).rows if r]
    assert rows[0] == ["Line", "Amount (kr)"]
    assert ["<b>fika</b> & möten", "1 500 kr"] in rows
    assert ["Total (computed)", "-1 500 kr"] in rows


def test_findings_table(plan, reference_codes):
    findings = plan.validate()
    page = Page(findings._repr_html_())
    assert page.text[0] == "5 fynd: 1 fel, 2 varningar, 2 info"
    rows = [r for r in page.rows if r]
    assert rows[0] == ["Allvar", "Kod", "Meddelande", "Sökväg"]
    assert [r[1] for r in rows[1:]] == reference_codes
    assert [r[0] for r in rows[1:]] == ["fel", "varning", "varning", "info", "info"]
    costs = rows[1]
    assert "1 206" in costs[2] and "1 211" in costs[2] and costs[3] == "$.budget.printed_totals.costs"


def test_findings_table_in_english_and_empty(clean_plan, plan):
    english = Page(plan.validate(language="en")._repr_html_())
    assert english.text[0] == "5 findings: 1 error, 2 warnings, 2 info"
    assert [r for r in english.rows if r][0] == ["Severity", "Code", "Message", "Path"]
    assert Page(clean_plan.validate()._repr_html_()).all_text == "Inga fynd."
    assert Page(miljoplan.Findings([], "en")._repr_html_()).all_text == "No findings."


def test_findings_escape_messages():
    finding = miljoplan.Finding("x.<y>", "warning", "<img src=x onerror=alert(1)>", "$['<a>']")
    fragment = _html.findings_html([finding])
    assert "<img" not in fragment and "&lt;img src=x onerror=alert(1)&gt;" in fragment
    rows = [r for r in Page(fragment).rows if r]
    assert rows[1] == ["varning", "x.<y>", "<img src=x onerror=alert(1)>", "$['<a>']"]
    assert Page(fragment).text[0] == "1 fynd: 1 varning"


def test_timing(plan):
    page = Page(miljoplan.parse_timing("Våren 2024")._repr_html_())
    assert page.tags[:3] == ["div", "b", "ul"] and set(page.tags[3:]) == {"li"}
    assert page.text[:2] == ["Våren 2024", "period: 2024-01-01 – 2024-06-30"]
    # "Våren" depends on how the organisation reads seasons: the reading is shown, not hidden.
    assert page.text[2].startswith("tolkning: ") and "vald: termin" in page.text[2] and len(page.text) == 3
    timing = miljoplan.parse_timing("1 gång per månad, bortsett från juli månad, under 2024")
    text = Page(timing._repr_html_()).text
    assert text[0] == timing.text
    assert "1 gång per månad, utom juli, under 2024-01-01 – 2024-12-31" in text
    english = Page(_html.timing_html(timing, "en")).text
    assert "1 time per month, except July, within 2024-01-01 – 2024-12-31" in english
    two = Page(miljoplan.parse_timing("2-3 gånger per år")._repr_html_()).text
    assert two[1] == "2–3 gånger per år"
    deadline = Page(miljoplan.parse_timing("senast den 1 april 2024")._repr_html_()).text
    assert "senast 2024-04-01" in deadline
    assert Page(miljoplan.parse_timing("Löpande")._repr_html_()).text[1] == "löpande"
    escaped = miljoplan.parse_timing("Våren 2024 <b>x</b>")._repr_html_()
    assert "&lt;b&gt;x&lt;/b&gt;" in escaped and "<b>x</b>" not in escaped


def test_html_helpers_are_the_reprs(plan):
    assert _html.plan_html(plan) == plan._repr_html_()
    assert _html.budget_html(plan.budget) == plan.budget._repr_html_()
    assert _html.findings_html(plan.validate()) == plan.validate()._repr_html_()
    timing = miljoplan.parse_timing("Hösten 2024")
    assert _html.timing_html(timing) == timing._repr_html_()
    assert set(_html.__all__) == {"budget_html", "findings_html", "plan_html", "timing_html"}
    with pytest.raises(ValueError):
        _html.plan_html(plan, "fi")
