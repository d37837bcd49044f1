# SPDX-License-Identifier: Apache-2.0
"""The rule engine from Python: the catalogue, one passing and one failing case per rule on the clean
reference plan (the `clean_plan` fixture), tolerances, budget versions, the carry-over between years, and
choosing rules through the profile's rule_settings and validate(overrides=...).

Mirrors tests/cpp/rules/test_rule_catalog.cpp, test_budget_rules.cpp, test_funding_rules.cpp,
test_plan_rules.cpp and test_rule_settings.cpp.
"""

import datetime

import pytest

import miljoplan
from miljoplan import (ActorPhrase, ActorRef, Budget, BudgetLine, BudgetVersion, FeeKey, Funding, GoalPhrase, GoalRef,
                       Measure, PayingUnit, PlanYear, PrintedTotal, RuleSetting, Severity, YearStatus)

D = datetime.date


# ---- helpers -------------------------------------------------------------------------------------------

def sync(budget):
    """Printed totals equal to the computed sums, so a test changes one thing only."""
    budget.printed_income = PrintedTotal("SUMMA INTÄKTER", budget.income_total)
    budget.printed_costs = PrintedTotal("SUMMA KOSTNADER", budget.costs_total)
    budget.printed_result = PrintedTotal("", budget.result)


def set_amount(plan, line_id, amount):
    budget = plan.budget
    budget.income = [BudgetLine(l.label, amount, l.id, l.tags) if l.id == line_id else l for l in budget.income]
    budget.costs = [BudgetLine(l.label, amount, l.id, l.tags) if l.id == line_id else l for l in budget.costs]
    sync(budget)


def add_cost(budget, line_id, amount, tags=()):
    budget.add_cost(BudgetLine(line_id, amount, line_id, list(tags)))
    sync(budget)


def set_catering_label(plan, label):
    plan.budget.costs = [BudgetLine(label, l.amount, l.id, l.tags) if l.id == "fortaring" else l
                         for l in plan.budget.costs]


def outcome(year=2023, result=55_000):
    """A bokslut: income 1 211 tkr + result, costs 1 211 tkr, no printed totals."""
    b = Budget(year)
    b.version = BudgetVersion.Outcome
    b.add_income(BudgetLine("Inbetalningar", 1_211_000 + result, "in", ["member_payments"]))
    b.add_cost(BudgetLine("Kostnader", 1_211_000, "ut"))
    return b


def municipal_units(org, with_state_and_region=False):
    units = [PayingUnit(p.id, [p.id]) for p in org.parties if str(p.kind) == "kommun"]
    if with_state_and_region:
        units += [PayingUnit("lansstyrelsen", ["lansstyrelsen"]), PayingUnit("region", ["region-jonkopings-lan"])]
    return units


def codes(findings):
    return [f.code for f in findings]


def three_years(second):
    return [PlanYear(2024, YearStatus.Adopted), PlanYear(2025, second), PlanYear(2026, YearStatus.ProposalBank)]


def set_adoption_date(plan, date):
    plan.adoption = miljoplan.Adoption(body="styrgrupp", date=date)


def no_courses(plan, indices):
    for i in indices:
        plan.activities[i].category = "Tillsynsprojekt"
        plan.activities[i].implementation = ""


# ---- one failing and one passing case per rule ---------------------------------------------------------

def _flat(fee, with_state_and_region=False):
    def apply(p):
        p.organisation.funding = Funding(FeeKey.FlatPerUnit, municipal_units(p.organisation, with_state_and_region),
                                         unit_fee=fee)
    return apply


def _unit_with_stranger(p):
    units = municipal_units(p.organisation)
    units[2] = PayingUnit(units[2].id, list(units[2].parties) + ["kommun-0699"])
    p.organisation.funding = Funding(FeeKey.FlatPerUnit, units, unit_fee=92_000)


def _with_outcome(result, carried=None):
    def apply(p):
        p.add_budget_version(outcome(2023, result))
        if carried is not None:
            set_amount(p, "overskott-foregaende-ar", carried)
    return apply


RPT = "budget.result_printed_totals"
# code: (break the clean plan, every code then reported, severity, path, figures, a passing variant or None)
CASES = {
    "budget.income_total": (lambda p: setattr(p.budget, "printed_income", PrintedTotal("SUMMA INTÄKTER", 1_276_000)),
                            ["budget.income_total", RPT], Severity.Error, "$.budget.printed_totals.income",
                            ["Tryckt summa intäkter 1 276 tkr men raderna summerar till 1 266 tkr (skillnad +10 tkr)"],
                            None),
    "budget.costs_total": (lambda p: setattr(p.budget, "printed_costs", PrintedTotal("SUMMA KOSTNADER", 1_206_000)),
                           ["budget.costs_total", RPT], Severity.Error, "$.budget.printed_totals.costs",
                           ["Tryckt summa kostnader 1 206 tkr men raderna summerar till 1 211 tkr (skillnad -5 tkr)"],
                           None),
    "budget.result": (lambda p: setattr(p.budget, "printed_result", PrintedTotal("", 60_000)),
                      ["budget.result", RPT], Severity.Error, "$.budget.printed_totals.result",
                      ["1 266 tkr - 1 211 tkr = 55 tkr (skillnad +5 tkr)"], None),
    RPT: (lambda p: (setattr(p.budget, "printed_costs", PrintedTotal("SUMMA KOSTNADER", 1_206_000)),
                     setattr(p.organisation, "rule_settings",
                             {"budget.costs_total": RuleSetting(parameters={"tolerance_kronor": 5000})})),
          [RPT], Severity.Warning, "$.budget.printed_totals.result",
          ["Tryckt resultat 55 tkr följer inte av de tryckta summorna: 1 266 tkr - 1 206 tkr = 60 tkr (skillnad -5 tkr)"],
          None),
    "budget.year": (lambda p: setattr(p.budget, "year", 2025), ["budget.year"], Severity.Warning, "$.budget.year",
                    ["Budgeten gäller 2025 men planen omfattar 2024–2024"], None),
    "budget.deficit": (lambda p: add_cost(p.budget, "extra", 105_000), ["budget.deficit"], Severity.Error, "$.budget",
                       ["underskott på 50 tkr (intäkter 1 266 tkr, varav överskott från föregående år 0 tkr, "
                        "kostnader 1 316 tkr) utan ett beslut som täcker det"],
                       lambda p: (add_cost(p.budget, "extra", 105_000),
                                  setattr(p.budget, "deficit_decision", "Styrgruppen beslutade 2024-02-12 att täcka "
                                          "underskottet med eget kapital"))),
    "budget.pass_through": (lambda p: set_amount(p, "utbildningar-kostnader", 85_000), ["budget.pass_through"],
                            Severity.Warning, "$.budget",
                            ['"utbildningar" går inte jämnt ut: intäkter 70 tkr, kostnader 85 tkr (skillnad -15 tkr)'],
                            lambda p: (set_amount(p, "utbildningar-kostnader", 85_000),
                                       set_amount(p, "utbildningar-intakter", 85_000))),
    "budget.carry_over": (_with_outcome(55_000), ["budget.carry_over"], Severity.Error, "$.budget",
                          ["Överskott från föregående år är 0 tkr men bokslutet 2023 gav resultatet 55 tkr "
                           "(skillnad -55 tkr)"], _with_outcome(55_000, carried=55_000)),
    "budget.catering_meetings": (lambda p: set_catering_label(p, "Förtäring vid alla fysiska möten (ca 20 per år)"),
                                 ["budget.catering_meetings"], Severity.Warning, "$.budget.costs",
                                 ["ca 20 fysiska möten (750 kr per möte)", "45 mötestillfällen 2024 (333,33 kr per möte)",
                                  "flest: Beredningsgruppsmöten 14, Besök kommuner och länsstyrelsen 11"],
                                 lambda p: set_catering_label(p, "Förtäring vid alla fysiska möten (ca 30 per år)")),
    "budget.course_income": (lambda p: no_courses(p, [3, 4, 5]), ["budget.course_income"], Severity.Warning,
                             "$.budget.income", ["Budgeten räknar med 70 tkr i intäkter från utbildningar men planen "
                                                 "har ingen utbildningsaktivitet"], lambda p: no_courses(p, [3, 4])),
    "budget.overflow": (lambda p: p.budget.add_cost(BudgetLine("Enorm", 2**63 - 1, "enorm")), ["budget.overflow"],
                        Severity.Error, "$.budget", ["Budgetens belopp går inte att räkna ut exakt: "], None),
    "funding.payments": (_flat(80_000, True), ["funding.payments"], Severity.Error, "$.budget.income",
                         ["Inbetalningarna i budgeten är 1 196 tkr men nyckeln (per enhet, 15 betalande enheter) ger "
                          "1 200 tkr (skillnad -4 tkr)"], _flat(92_000)),
    "funding.units": (_unit_with_stranger, ["funding.units"], Severity.Error,
                      "$.organisation.funding.units[2].parties[1]",
                      ['Den betalande enheten "kommun-0642" nämner "kommun-0699", som inte är en part'], None),
    "ref.unknown_actor": (lambda p: setattr(p.activities[0], "responsible",
                                            ActorPhrase("Länssamordnaren", [ActorRef("lanssamordnar")])),
                          ["ref.unknown_actor"], Severity.Error, "$.activities[0].responsible.refs[0]",
                          ['Okänd aktör "lanssamordnar" i ansvar för "Avfallsbrottslighet"; menade du "lanssamordnare"?'],
                          None),
    "ref.unknown_goal": (lambda p: setattr(p.activities[2], "effect_goals", GoalPhrase("Okänt", [GoalRef("mkm-44")])),
                         ["ref.unknown_goal"], Severity.Error, "$.activities[2].effect_goals.goals[0]",
                         ['Okänt effektmål "mkm-44"', 'menade du "mkm-4"?'],
                         lambda p: setattr(p.activities[2], "effect_goals", GoalPhrase(
                             "Åtgärd nr 4", [GoalRef(None, Measure("4", "Klimatanpassning", "Länets program"))]))),
    "plan.responsible_missing": (lambda p: setattr(p.activities[3], "responsible", ""), ["plan.responsible_missing"],
                                 Severity.Error, "$.activities[3].responsible",
                                 ['Aktiviteten "Uppdaterade miljöbalkstillstånd" har ingen ansvarig'],
                                 lambda p: setattr(p.activities[3], "responsible", "Någon av kommunerna")),
    "plan.dates_outside_years": (lambda p: setattr(p.activities[4], "timing_text", "Våren 2022"),
                                 ["plan.dates_outside_years"], Severity.Warning, "$.activities[4].timing",
                                 ['"Oljeavskiljare" ligger helt utanför planens år 2024: "Våren 2022" '
                                  "(2022-01-01–2022-06-30)"], None),
    "plan.dates_partly_outside_years": (
        lambda p: setattr(p.activities[0], "timing_text", "2023-2024 (tillsynsbesök höst 2023-sommar 2024)"),
        ["plan.dates_partly_outside_years"], Severity.Info, "$.activities[0].timing",
        ['"Avfallsbrottslighet" sträcker sig utanför planens år 2024', "(2023-01-01–2024-12-31)"], None),
    "plan.adoption_deadline": (lambda p: set_adoption_date(p, D(2023, 9, 14)), ["plan.adoption_deadline"],
                               Severity.Error, "$.adoption.date",
                               ["Planen fastställdes 2023-09-14, 76 dagar efter sista dag enligt planeringscykeln "
                                "(2023-06-30)"], lambda p: set_adoption_date(p, D(2023, 5, 2))),
    "plan.adoption_date_missing": (lambda p: set_adoption_date(p, None), ["plan.adoption_date_missing"], Severity.Info,
                                   "$.adoption.date", ["ska Styrgruppen fastställa den senast 2023-06-30"], None),
    "plan.year_statuses": (lambda p: setattr(p, "years", three_years(YearStatus.Adopted)), ["plan.year_statuses"],
                           Severity.Error, "$.years[1].status",
                           ["År 2 i planen (2025) är fastställd men planeringscykeln säger preliminär"],
                           lambda p: setattr(p, "years", three_years(YearStatus.Preliminary))),
    "plan.horizon": (lambda p: setattr(p, "horizon_exception", ""), ["plan.horizon"], Severity.Warning, "$.years",
                     ["Planen omfattar 1 år men är normalt 3-årig, och inget undantag är angivet"],
                     lambda p: (setattr(p, "horizon_exception", ""),
                                setattr(p, "years", three_years(YearStatus.Preliminary)))),
    "timing.unreadable": (lambda p: setattr(p.activities[4], "timing_text", "30 februari 2025"), ["timing.unreadable"],
                          Severity.Error, "$.activities[4].timing",
                          ['Tidsangivelsen för "Oljeavskiljare" går inte att tolka: ', "30 februari 2025"],
                          lambda p: setattr(p.activities[4], "timing_text", "29 februari 2024")),
    "timing.unparsed": (lambda p: setattr(p.activities[4], "timing_text", "Våren 2024 ungefär"), ["timing.unparsed"],
                        Severity.Warning, "$.activities[4].timing", ['förstås inte: "ungefär"'],
                        lambda p: setattr(p.activities[4], "timing_text", "ungefär våren 2024")),
    "calendar.day_off": (lambda p: setattr(p.activities[16], "timing_text", "6 juni 2024"), ["calendar.day_off"],
                         Severity.Warning, "$.activities[16].timing", ["2024-06-06, en ledig dag (Nationaldagen)"],
                         lambda p: setattr(p.activities[16], "timing_text", "7 juni 2024")),
    "calendar.excluded_month": (lambda p: setattr(p.activities[17], "timing_text",
                                                  "1 gång per månad utom juli, 15 juli 2024"),
                                ["calendar.excluded_month"], Severity.Warning, "$.activities[17].timing",
                                ["2024-07-15, i en månad som tidsangivelsen själv undantar"],
                                lambda p: setattr(p.activities[17], "timing_text",
                                                  "1 gång per månad utom juli, 15 augusti 2024")),
    "profile.unknown_rule": (lambda p: setattr(p.organisation, "rule_settings", {"budget.costs_totals": RuleSetting()}),
                             ["profile.unknown_rule"], Severity.Warning, '$.organisation.rules["budget.costs_totals"]',
                             ['Regelinställningen "budget.costs_totals" gäller ingen känd regel; menade du '
                              '"budget.costs_total"?'], None),
}

# The governance, proposal and follow-up rules belong to the process feature and are tested with it.
ELSEWHERE = {"governance.composition", "proposals.scores", "followup.unknown_activity", "followup.cadence"}  # test_process.py, test_follow_up.py


def test_every_rule_has_a_case():
    catalog = [r.code for r in miljoplan.rule_catalog()]
    assert ELSEWHERE <= set(catalog)
    assert set(CASES) == set(catalog) - ELSEWHERE
    for code, (_, expected, severity, _, _, _) in CASES.items():
        assert code in expected
        assert miljoplan.find_rule(code).severity == severity, code


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_passes_and_fails(clean_plan, make_clean_plan, code):
    fail, expected, severity, path, figures, passing = CASES[code]
    if passing is not None:
        ok = make_clean_plan()
        passing(ok)
        assert ok.validate() == []
    fail(clean_plan)
    findings = clean_plan.validate()
    assert codes(findings) == expected
    (own,) = [f for f in findings if f.code == code]
    assert (own.severity, own.path) == (severity, path)
    for figure in figures:
        assert figure in own.message
    (english,) = [f for f in clean_plan.validate(language="en") if f.code == code]
    assert english.path == own.path and english.message != own.message


# ---- the catalogue -------------------------------------------------------------------------------------

def test_catalogue_codes_are_unique_with_both_purposes(source_dir):
    catalog = miljoplan.rule_catalog()
    assert len({r.code for r in catalog}) == len(catalog)
    docs = (source_dir / "docs" / "rules.md").read_text(encoding="utf-8")
    for r in catalog:
        assert r.purpose_sv and r.purpose_en and r.purpose_sv != r.purpose_en, r.code
        assert f"### {r.code} — {r.severity}\n" in docs, r.code
        for p in r.parameters:
            assert f"`{p.name}`" in docs and p.description, (r.code, p.name)
    assert repr(miljoplan.find_rule("budget.costs_total")) == "<RuleInfo 'budget.costs_total' (error)>"
    catering = miljoplan.find_rule("budget.catering_meetings")
    assert [(p.name, p.default) for p in catering.parameters] == [("assumed_meetings", 0), ("tolerance_percent", 50)]
    assert miljoplan.find_rule("budget.costs_totals") is None
    assert catalog[0].area == "budget"


# ---- tolerances, versions, carry-over ------------------------------------------------------------------

def test_tolerance_kronor(clean_plan):
    clean_plan.budget.printed_costs = PrintedTotal("SUMMA KOSTNADER", 1_206_000)
    accept = {"budget.costs_total": RuleSetting(parameters={"tolerance_kronor": 5000})}
    assert "budget.costs_total" not in codes(clean_plan.validate(overrides=accept))
    strict = {"budget.costs_total": RuleSetting(parameters={"tolerance_kronor": 4999})}
    assert codes(clean_plan.validate(overrides=strict)) == ["budget.costs_total", RPT]


def test_catering_parameters(clean_plan):
    twenty_nine = {"budget.catering_meetings": RuleSetting(parameters={"assumed_meetings": 29})}
    (f,) = clean_plan.validate(overrides=twenty_nine)
    assert "ca 29 fysiska möten (517,24 kr per möte)" in f.message
    wider = {"budget.catering_meetings": RuleSetting(parameters={"assumed_meetings": 29, "tolerance_percent": 56})}
    assert clean_plan.validate(overrides=wider) == []


def test_versions_are_checked_at_their_own_paths(clean_plan, make_clean_plan):
    revised = Budget(2024)
    revised.version = BudgetVersion.Revised
    revised.income = clean_plan.budget.income
    revised.costs = clean_plan.budget.costs
    add_cost(revised, "mer-kurs", 100_000, ["pass_through:utbildningar"])
    revised.printed_costs = PrintedTotal("SUMMA KOSTNADER", 1_306_000)
    clean_plan.add_budget_version(revised)
    findings = clean_plan.validate()
    assert [(f.code, f.path) for f in findings] == [
        ("budget.costs_total", "$.budget_versions[0].printed_totals.costs"),
        (RPT, "$.budget_versions[0].printed_totals.result"),
        ("budget.deficit", "$.budget_versions[0]"),
        ("budget.pass_through", "$.budget_versions[0]")]
    assert "underskott på 45 tkr" in findings[2].message
    # A bokslut with a deficit reports what happened: no finding.
    other = make_clean_plan()
    other.add_budget_version(outcome(2022, -20_000))
    assert other.validate() == []


def test_carry_over_from_a_related_plan(clean_plan):
    set_amount(clean_plan, "overskott-foregaende-ar", 40_000)
    assert clean_plan.validate() == []  # the previous year's outcome is unknown
    previous = miljoplan.example_plan()
    previous.budget = outcome(2023, 55_000)
    (f,) = clean_plan.validate(related=[previous])
    assert (f.code, f.severity, f.path) == ("budget.carry_over", Severity.Error, "$.budget")
    assert f.message.endswith("är 40 tkr men bokslutet 2023 gav resultatet 55 tkr (skillnad -15 tkr)")
    assert miljoplan.validate(clean_plan, related=[previous]) == [f]
    clean_plan.add_budget_version(outcome(2023, 40_000))  # the plan's own outcome comes first
    assert clean_plan.validate(related=[previous]) == []


def test_a_deficit_covered_by_the_carried_over_surplus_is_none(clean_plan):
    add_cost(clean_plan.budget, "extra", 105_000)
    set_amount(clean_plan, "overskott-foregaende-ar", 50_000)
    assert clean_plan.budget.result == 0
    assert clean_plan.validate() == []


# ---- choosing rules ------------------------------------------------------------------------------------

def test_profile_switches_and_severities(plan, reference_codes):
    plan.organisation.rule_settings = {"plan.adoption_date_missing": RuleSetting(enabled=False),
                                       "budget.costs_total": RuleSetting(severity=Severity.Warning)}
    findings = plan.validate()
    assert codes(findings) == reference_codes[:4]
    assert findings[0].severity == Severity.Warning
    assert plan.organisation.rule_settings["budget.costs_total"] == RuleSetting(severity="warning")


def test_overrides_apply_over_the_profile(plan):
    plan.organisation.rule_settings = {"plan.adoption_date_missing": RuleSetting(enabled=False)}
    overrides = {"plan.adoption_date_missing": RuleSetting(), "budget.catering_meetings": RuleSetting(enabled=False),
                 "budget.costs_total": RuleSetting(severity="info")}
    findings = plan.validate(overrides=overrides)
    assert codes(findings) == ["budget.costs_total", RPT, "plan.dates_partly_outside_years",
                               "plan.adoption_date_missing"]
    assert findings[0].severity == Severity.Info
    assert plan.organisation.rule_settings == {"plan.adoption_date_missing": RuleSetting(enabled=False)}


def test_every_rule_can_be_switched_off_or_made_info(plan):
    plan.budget.add_cost(BudgetLine("Enorm", 2**63 - 1, "enorm"))
    plan.organisation.rule_settings = {"budget.costs_totals": RuleSetting()}
    before = codes(plan.validate())
    assert "budget.overflow" in before and "profile.unknown_rule" in before
    off = {r.code: RuleSetting(enabled=False) for r in miljoplan.rule_catalog()}
    assert plan.validate(overrides=off) == []
    info = {r.code: RuleSetting(severity=Severity.Info) for r in miljoplan.rule_catalog()}
    assert {f.severity for f in plan.validate(overrides=info)} == {Severity.Info}


def test_unknown_rules_and_parameters_are_reported(clean_plan):
    findings = clean_plan.validate(overrides={"calendar.dayoff": RuleSetting(enabled=False),
                                              "budget.year": RuleSetting(parameters={"tolerance_kronor": 1})})
    assert [(f.code, f.severity, f.path) for f in findings] == [
        ("profile.unknown_rule", Severity.Warning, '$.organisation.rules["budget.year"]'),
        ("profile.unknown_rule", Severity.Warning, '$.organisation.rules["calendar.dayoff"]')]
    assert findings[0].message == 'Regeln "budget.year" har ingen parameter "tolerance_kronor"'
    assert 'menade du "calendar.day_off"?' in findings[1].message
    assert repr(RuleSetting(False, "info", {"x": 1})) == "RuleSetting(enabled=False, severity='info', parameters={'x': 1})"


# ---- the file format -----------------------------------------------------------------------------------

def test_funding_rules_and_budget_versions_round_trip(clean_plan):
    org = clean_plan.organisation
    org.funding = Funding(FeeKey.BasePlusPerInhabitant,
                          [PayingUnit("aneby-gnosjo", ["kommun-0604", "kommun-0617"], name="Aneby och Gnosjö"),
                           PayingUnit("jonkoping", ["kommun-0680"], fixed_amount=475_023)],
                          unit_fee=20_000, per_inhabitant_ore=325, text="Grundavgift och 3,25 kr per invånare")
    org.rule_settings = {"budget.catering_meetings": RuleSetting(True, "info", {"assumed_meetings": 20}),
                         "plan.adoption_date_missing": RuleSetting(enabled=False)}
    again = miljoplan.organisation_from_json(miljoplan.organisation_to_json(org))
    assert again.funding == org.funding and again.rule_settings == org.rule_settings
    assert again.funding.units[1].fixed_amount == 475_023
    clean_plan.budget.decided_by = "styrgrupp"
    clean_plan.budget.decided_on = D(2023, 6, 12)
    clean_plan.add_budget_version(outcome(2023, 55_000))
    revision = outcome(2024, 0)
    revision.version = BudgetVersion.Revised
    revision.covers = "endast intäktssidan"
    revision.deficit_decision = "Styrgruppen täcker underskottet"
    clean_plan.add_budget_version(revision)
    back = miljoplan.loads(clean_plan.to_json())
    # (The plan as a whole is compared in C++; here its organisation now differs from the built-in profile.)
    assert back.organisation == clean_plan.organisation
    assert back.budget == clean_plan.budget and back.budget_versions == clean_plan.budget_versions
    assert [(b.year, str(b.version)) for b in back.budget_versions] == [(2023, "bokslut"), (2024, "reviderad")]
    assert back.budget_in_force(2024).covers == "endast intäktssidan"
    assert back.find_budget(2023, "bokslut").result == 55_000
    assert (back.budget.decided_by, back.budget.decided_on) == ("styrgrupp", D(2023, 6, 12))


@pytest.mark.parametrize("edit,path", [
    (lambda d: d["funding"].update(key="per hushåll"), "$.funding.key"),
    (lambda d: d["funding"].update(per_inhabitant_ore=-1), "$.funding.per_inhabitant_ore"),
    (lambda d: d["funding"]["units"].append(dict(d["funding"]["units"][0])), "$.funding.units[1].id"),
    (lambda d: d["rules"]["budget.costs_total"].update(severity="kritisk"), '$.rules["budget.costs_total"].severity'),
])
def test_bad_funding_and_rules_name_their_path(plan, edit, path):
    import json
    org = plan.organisation
    org.funding = Funding(FeeKey.FlatPerUnit, [PayingUnit("aneby", ["kommun-0604"])], unit_fee=1)
    org.rule_settings = {"budget.costs_total": RuleSetting()}
    doc = json.loads(miljoplan.organisation_to_json(org))
    edit(doc)
    with pytest.raises(miljoplan.SchemaError) as error:
        miljoplan.organisation_from_json(json.dumps(doc))
    assert error.value.path == path
