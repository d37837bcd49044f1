# SPDX-License-Identifier: Apache-2.0
"""Checks of a plan: the reference plan's five findings, and reference checks."""

import pytest

import miljoplan
from miljoplan import ActorPhrase, ActorRef, Finding, GoalPhrase, GoalRef, PrintedTotal, Severity


def test_reference_plan_has_exactly_five_findings(plan, reference_codes):
    findings = plan.validate()
    assert [f.code for f in findings] == reference_codes
    assert [f.severity for f in findings] == [Severity.Error, Severity.Warning, Severity.Warning, Severity.Info,
                                              Severity.Info]
    assert [f.path for f in findings] == ["$.budget.printed_totals.costs", "$.budget.printed_totals.result",
                                          "$.budget.costs", "$.activities[0].timing", "$.adoption.date"]
    assert all(isinstance(f, Finding) for f in findings)


def test_catering_and_plan_findings(plan):
    catering, partly, adoption = plan.validate()[2:]
    # 15 tkr for about 20 meetings is 750 kr each; the year wheel schedules 45, 333,33 kr each.
    for figure in ("Förtäringen (15 tkr)", "ca 20 fysiska möten (750 kr per möte)", "45 mötestillfällen 2024",
                   "(333,33 kr per möte)", "flest: Beredningsgruppsmöten 14, Besök kommuner och länsstyrelsen 11"):
        assert figure in catering.message
    assert partly.message == ('"Avfallsbrottslighet" sträcker sig utanför planens år 2024: '
                              '"2023-2024 (tillsynsbesök höst 2023-sommar 2024)" (2023-01-01–2024-12-31)')
    assert adoption.message == ("Planen anger inte när den fastställdes; enligt planeringscykeln ska Styrgruppen "
                                "fastställa den senast 2023-06-30")


def test_cost_total_finding(plan):
    f = plan.validate()[0]
    assert f.severity == Severity.Error
    assert str(f.severity) == "error"
    assert f.path == "$.budget.printed_totals.costs"
    # The printed 1 206 tkr disagrees with the lines' 1 211 tkr.
    for figure in ("1 206 tkr", "1 211 tkr", "-5 tkr"):
        assert figure in f.message
    assert f.message.startswith("Tryckt summa kostnader")


def test_printed_result_finding(plan):
    f = plan.validate()[1]
    assert f.severity == Severity.Warning
    assert str(f.severity) == "warning"
    assert f.path == "$.budget.printed_totals.result"
    # 1 266 - 1 206 = 60, yet 55 is printed.
    for figure in ("55 tkr", "1 266 tkr", "1 206 tkr", "60 tkr"):
        assert figure in f.message
    assert "tryckta summorna" in f.message


def test_english_messages(plan):
    findings = plan.validate(language="en")
    assert [f.code for f in findings] == ["budget.costs_total", "budget.result_printed_totals",
                                          "budget.catering_meetings", "plan.dates_partly_outside_years",
                                          "plan.adoption_date_missing"]
    assert "about 20 physical meetings (750 kr each)" in findings[2].message
    assert findings[0].message.startswith("Printed cost total 1 206 tkr")
    assert "add up to 1 211 tkr" in findings[0].message
    assert "does not follow from the printed totals" in findings[1].message
    assert plan.validate(language=miljoplan.Language.English) == findings
    assert plan.validate(language="sv") == plan.validate()
    # The findings differ only in language, not in substance.
    assert [(f.code, f.severity, f.path) for f in findings] == [(f.code, f.severity, f.path) for f in plan.validate()]


def test_unknown_language_is_rejected(plan):
    with pytest.raises(ValueError, match="unknown Language 'fi'"):
        miljoplan.Language("fi")
    # Through an argument the failed str conversion surfaces as pybind11's TypeError.
    with pytest.raises(TypeError):
        plan.validate(language="fi")


def test_module_function_matches_method(plan):
    assert miljoplan.validate(plan) == plan.validate()
    assert miljoplan.validate(plan, language="en") == plan.validate(language="en")
    assert miljoplan.validate(plan, miljoplan.builtin_goal_catalog()) == plan.validate()


def test_fixed_budget_has_no_budget_total_findings(plan):
    plan.budget.printed_costs = PrintedTotal("SUMMA KOSTNADER", 1_211_000)
    # 1 266 000 - 1 211 000 = 55 000: the printed result now follows from the printed totals.
    plan.budget.printed_result = PrintedTotal("", 1_266_000 - 1_211_000)
    assert [f.code for f in plan.validate()] == ["budget.catering_meetings", "plan.dates_partly_outside_years",
                                                 "plan.adoption_date_missing"]


def test_clean_plan_has_no_findings(clean_plan):
    assert clean_plan.validate() == []
    assert clean_plan.validate(language="en") == []


def test_wrong_printed_result_is_an_error(plan):
    plan.budget.printed_costs = PrintedTotal("SUMMA KOSTNADER", 1_211_000)
    plan.budget.printed_result = PrintedTotal("", 60_000)
    findings = plan.validate()
    assert "budget.result" in [f.code for f in findings]
    result = next(f for f in findings if f.code == "budget.result")
    assert result.severity == Severity.Error
    assert result.path == "$.budget.printed_totals.result"


def test_unknown_actor_with_suggestion(plan):
    activity = plan.activities[0]
    activity.responsible = ActorPhrase("Länssamordnaren", [ActorRef("lanssamordnar")])
    unknown = [f for f in plan.validate() if f.code == "ref.unknown_actor"]
    assert len(unknown) == 1
    f = unknown[0]
    assert f.severity == Severity.Error
    assert f.path == "$.activities[0].responsible.refs[0]"
    assert '"lanssamordnar"' in f.message
    assert 'menade du "lanssamordnare"' in f.message
    english = [f for f in plan.validate(language="en") if f.code == "ref.unknown_actor"][0]
    assert 'did you mean "lanssamordnare"?' in english.message
    assert "Avfallsbrottslighet" in english.message


def test_unknown_goal(plan):
    activity = plan.activities[2]
    activity.effect_goals = GoalPhrase("Okänt mål", [GoalRef("mkm-44")])
    unknown = [f for f in plan.validate(language="en") if f.code == "ref.unknown_goal"]
    assert len(unknown) == 1
    f = unknown[0]
    assert f.severity == Severity.Error
    assert f.path == "$.activities[2].effect_goals.goals[0]"
    assert '"mkm-44"' in f.message
    assert "did you mean" in f.message


def test_text_only_phrase_adds_no_references(plan):
    # A str sets the text only, so a new cell without structure cannot produce reference findings.
    plan.activities[0].responsible = "Någon helt annan"
    assert plan.activities[0].responsible.refs == []
    assert [f.code for f in plan.validate()] == ["budget.costs_total", "budget.result_printed_totals",
                                                 "budget.catering_meetings", "plan.dates_partly_outside_years",
                                                 "plan.adoption_date_missing"]


def test_validate_never_raises_for_bad_data():
    org = miljoplan.Organisation("o", "O")
    org.members = ["finns-inte"]
    plan = miljoplan.Plan("p", "P", org)
    findings = plan.validate()
    # A plan without years also falls short of the default cycle's three years.
    assert [f.code for f in findings] == ["ref.unknown_actor", "plan.horizon"]
    assert findings[0].path == "$.organisation.members[0]"
    assert findings[1].message == "Planen omfattar 0 år men är normalt 3-årig, och inget undantag är angivet"


def test_report_mentions_findings(plan):
    report = plan.report()
    assert "Verksamhetsplan för Miljösamverkan Jönköpings län 2024" in report
    assert "budget.costs_total" in report
    assert report == miljoplan.text_report(plan, plan.validate())
    assert plan.report(language="en") == miljoplan.text_report(plan, plan.validate(language="en"), "en")
