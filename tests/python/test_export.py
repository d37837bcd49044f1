# SPDX-License-Identifier: Apache-2.0
"""CSV, Markdown and HTML exports from Python, mirroring tests/cpp/io/test_csv.cpp and test_document_report.cpp."""
import csv
import io

import pytest

import miljoplan


def test_activities_csv_reads_in_pythons_csv_module_like_excel_would(plan):
    text = miljoplan.activities_to_csv(plan, separator=";", byte_order_mark=True)
    assert text.startswith("\ufeff# personuppgifter: nej\r\nid;category;year;title;")
    lines = io.StringIO(text.lstrip("\ufeff"))
    assert next(lines) == "# personuppgifter: nej\r\n"
    rows = list(csv.DictReader(lines, delimiter=";"))
    assert len(rows) == 26
    assert [r["title"] for r in rows] == [a.title for a in plan.activities]
    assert rows[6]["timing"] == "Fas 1: Vår 2024 Fas 2: Höst 2024"
    assert rows[0]["partners"] == plan.activities[0].partners.text


def test_csv_round_trip_and_formula_cells(plan):
    plan.activities[0].goal = "=1+1"
    plan.activities[1].goal = "-5 tkr"
    text = miljoplan.activities_to_csv(plan)
    assert ",'=1+1," in text and ",'-5 tkr," in text
    back = miljoplan.activities_from_csv(text)
    assert [a.goal for a in back[:2]] == ["=1+1", "-5 tkr"]
    assert [(a.id, a.title, a.timing_text, a.year) for a in back] == \
        [(a.id, a.title, a.timing_text, a.year) for a in plan.activities]


def test_budget_and_proposals_csv(plan):
    rows = list(csv.DictReader(io.StringIO(miljoplan.budget_to_csv(plan, privacy_line=False))))
    assert [int(r["amount"]) for r in rows] == [0, 1196000, 70000, 985000, 100000, 7000, 70000, 15000, 10000, 24000]
    assert sum(int(r["amount"]) for r in rows if r["section"] == "costs") == 1211000
    proposals = list(csv.DictReader(io.StringIO(miljoplan.proposals_to_csv(plan, privacy_line=False))))
    assert len(proposals) == 12
    assert proposals[6] == {"id": "digital-tillsyn", "area": "Handläggarstöd miljöskydd", "title": "Digital tillsyn",
                            "submitted_year": "", "submitted_by": "", "marked_new": ""}


def test_privacy_line_and_proposal_and_budget_import(plan):
    assert miljoplan.budget_to_csv(plan, language="en").startswith("# personal data: no\r\nsection,id,")
    lines = miljoplan.budget_lines_from_csv(miljoplan.budget_to_csv(plan, separator=";"))
    assert isinstance(lines, miljoplan.BudgetLinesCsv)
    assert lines.income == plan.budget.income and lines.costs == plan.budget.costs
    assert [line.amount for line in lines.costs][:2] == [985000, 100000]
    proposals = miljoplan.proposals_from_csv(miljoplan.proposals_to_csv(plan))
    assert [(p.id, p.title, p.submitted_year) for p in proposals] == \
        [(p.id, p.title, p.submitted_year) for p in plan.proposal_bank.proposals]
    with pytest.raises(miljoplan.ParseError) as error:
        miljoplan.budget_lines_from_csv("section,id,label,amount\nincome,a,Avgifter,12 tkr\n", "budget.csv")
    assert (error.value.line, error.value.column) == (2, 4)
    assert 'the amount "12 tkr" is not whole kronor' in str(error.value)
    with pytest.raises(miljoplan.ParseError) as error:
        miljoplan.proposals_from_csv("id,title,submitted_year\np,Förslag,23\n", "förslag.csv")
    assert (error.value.line, error.value.column) == (2, 3)


def test_csv_errors_name_row_and_column():
    with pytest.raises(miljoplan.ParseError) as error:
        miljoplan.activities_from_csv("id,title,year\na,Första,2024\nb,Andra,tjugo\n", "aktiviteter.csv")
    assert (error.value.line, error.value.column) == (3, 3)
    assert "aktiviteter.csv:3:3" in str(error.value)
    with pytest.raises(ValueError, match="separator must be"):
        miljoplan.activities_to_csv(miljoplan.example_plan(), separator="|")


def test_markdown_and_html_reports(plan):
    findings = plan.validate()
    md = miljoplan.markdown_report(plan, findings)
    assert "| SUMMA KOSTNADER | 1 206 | 1 211 | -5 |" in md
    html = miljoplan.html_report(plan, findings, language="en")
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert "<th>ACTIVITY GOAL</th>" in html
    plan.activities[0].title = "<b>fet</b>"
    assert "&lt;b&gt;fet&lt;/b&gt;" in miljoplan.html_report(plan, [])


def test_persons_can_be_redacted(plan):
    body = plan.organisation.find_body("beredningsgrupp")
    body.members = [miljoplan.BodyMember("kommun-0680", "miljöchef", person="Anna Andersson")]
    assert miljoplan.has_persons(plan)
    assert "Anna Andersson" in miljoplan.markdown_report(plan, [])
    assert "Anna Andersson" not in miljoplan.markdown_report(plan, [], redact_persons=True)
    assert miljoplan.redact_persons(plan) == 1
    assert not miljoplan.has_persons(plan)
