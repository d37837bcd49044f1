# SPDX-License-Identifier: Apache-2.0
"""Comparing plans from Python: compare_plans on real data (the reference plan against itself and an
edited copy, the example cooperation's rolling plan against next year's, Jönköping against Skåne),
budget versions (Plan.budget_versions, find_budget, budget_in_force) and plan revisions, and the
`miljoplan diff` command with --json.

Mirrors the C++ tests of the comparison feature in tests/cpp.
"""

import datetime
import json
import os
import pathlib
import subprocess

import pytest

import miljoplan
from miljoplan import (Activity, ActivityChange, Budget, BudgetLine, BudgetVersion, LineChange, PlanRevision,
                       PlanYear, YearStatus)

D = datetime.date

# plan_compare.h: to_string(ActivityChange) is "fortsätter", "ändrad", "flyttad", "ny" or "borttagen".
TOKENS = {ActivityChange.Continued: "fortsätter", ActivityChange.Changed: "ändrad", ActivityChange.Moved: "flyttad",
          ActivityChange.Added: "ny", ActivityChange.Removed: "borttagen"}
LINE_TOKENS = {LineChange.Same: "oförändrad", LineChange.Changed: "ändrad", LineChange.Added: "ny",
               LineChange.Removed: "borttagen"}


def read_json(path):
    return json.loads(path.read_text(encoding="utf-8"))


def changes(comparison):
    return {a.id: a.change for a in comparison.activities}


def edit(plan):
    """The reference plan as a two-year revision: 2025 added as preliminär, one activity's title and timing
    changed, one moved to 2025, one removed, a proposal planned into 2025, one activity added and the catering
    line raised from 15 to 20 tkr."""
    plan.years = [PlanYear(2024, YearStatus.Adopted), PlanYear(2025, YearStatus.Preliminary)]
    olja = plan.find_activity("oljeavskiljare")
    olja.title = "Oljeavskiljare och fettavskiljare"
    olja.timing_text = "Hösten 2024"
    plan.find_activity("clp-och-markning").year = 2025
    assert plan.remove_activity("nyhetsbrev")
    plan.plan_proposal("biocidprodukter", "biocider", 2025, "Tillsynsprojekt")
    plan.add_activity(Activity("podd", "Miljösamverkans podd", category="Kommunikation", year=2024,
                               timing_text="Hösten 2024"))
    plan.budget.costs = [BudgetLine(l.label, 20_000 if l.id == "fortaring" else l.amount, l.id, l.tags)
                         for l in plan.budget.costs]
    return plan


@pytest.fixture
def edited():
    return edit(miljoplan.example_plan())


@pytest.fixture
def example(example_dir):
    return miljoplan.load(example_dir / "plan-2026.json")


# ---- compare_plans -------------------------------------------------------------------------------------

def test_a_plan_compared_with_itself(plan, reference_data_ids):
    c = miljoplan.compare_plans(plan, miljoplan.example_plan())
    assert (c.years_added, c.years_removed, c.status_changes) == ([], [], [])
    assert [a.id for a in c.activities] == reference_data_ids
    assert all(a.change == ActivityChange.Continued and a.changed_fields == [] for a in c.activities)
    assert all((a.first_year, a.second_year) == (2024, 2024) for a in c.activities)
    assert c.count(ActivityChange.Continued) == 26 and c.count(ActivityChange.Added) == 0
    assert (c.proposals_added, c.proposals_removed) == ([], [])
    budget = c.budget
    assert len(budget.lines) == 3 + 7  # the reference budget's income and cost lines
    assert all(l.change == LineChange.Same and l.difference == 0 for l in budget.lines)
    assert (budget.income_first, budget.costs_first, budget.result_first) == (1_266_000, 1_211_000, 55_000)
    assert (budget.income_second, budget.costs_second, budget.result_second) == (1_266_000, 1_211_000, 55_000)
    assert repr(c) == "<PlanComparison 26 activities>"


@pytest.fixture(scope="module")
def reference_data_ids(source_dir):
    return [a["id"] for a in read_json(source_dir / "data" / "jonkoping-2024.json")["activities"]]


def test_the_reference_plan_against_an_edited_copy(plan, edited, reference_data_ids):
    c = miljoplan.compare_plans(plan, edited)
    assert (c.years_added, c.years_removed, c.status_changes) == ([2025], [], [])
    # The first plan's order, then the added ones.
    assert [a.id for a in c.activities] == reference_data_ids + ["biocider", "podd"]
    changed = {a.id: a for a in c.activities if a.change != ActivityChange.Continued}
    assert {k: v.change for k, v in changed.items()} == {
        "oljeavskiljare": ActivityChange.Changed, "clp-och-markning": ActivityChange.Moved,
        "nyhetsbrev": ActivityChange.Removed, "biocider": ActivityChange.Added, "podd": ActivityChange.Added}
    olja = changed["oljeavskiljare"]
    assert (olja.title, olja.changed_fields, olja.first_year, olja.second_year) == (
        "Oljeavskiljare och fettavskiljare", ["title", "timing"], 2024, 2024)  # the second plan's title
    clp = changed["clp-och-markning"]
    assert (clp.first_year, clp.second_year, clp.changed_fields) == (2024, 2025, [])
    assert (changed["nyhetsbrev"].first_year, changed["nyhetsbrev"].second_year) == (2024, None)
    assert changed["nyhetsbrev"].title == "Nyhetsbrev miljösamverkan"
    assert (changed["biocider"].first_year, changed["biocider"].second_year) == (None, 2025)
    assert changed["biocider"].title == "Biocidprodukter"
    # A proposal planned as an activity leaves the bank.
    assert (c.proposals_added, c.proposals_removed) == ([], ["biocidprodukter"])
    assert [c.count(x) for x in TOKENS] == [26 - 3, 1, 1, 2, 1]
    # The budget line by line: only the catering line changed, by +5 tkr.
    (catering,) = [l for l in c.budget.lines if l.change != LineChange.Same]
    assert (catering.section, catering.id, catering.first, catering.second, catering.difference) == (
        "costs", "fortaring", 15_000, 20_000, 5_000)
    assert catering.change == LineChange.Changed
    assert (c.budget.costs_first, c.budget.costs_second) == (1_211_000, 1_216_000)
    assert (c.budget.result_first, c.budget.result_second) == (55_000, 50_000)
    assert repr(changed["clp-och-markning"]) == "<ActivityComparison 'clp-och-markning' flyttad>"


def test_the_comparison_is_symmetric(plan, edited):
    forth = changes(miljoplan.compare_plans(plan, edited))
    back = changes(miljoplan.compare_plans(edited, plan))
    opposite = {ActivityChange.Added: ActivityChange.Removed, ActivityChange.Removed: ActivityChange.Added}
    assert back == {k: opposite.get(v, v) for k, v in forth.items()}
    c = miljoplan.compare_plans(edited, plan)
    assert (c.years_added, c.years_removed) == ([], [2025])
    assert (c.proposals_added, c.proposals_removed) == (["biocidprodukter"], [])
    (catering,) = [l for l in c.budget.lines if l.change != LineChange.Same]
    assert catering.difference == -5_000


def test_activities_are_matched_by_title_when_the_id_changed(plan):
    other = miljoplan.example_plan()
    old = other.find_activity("presidietraff")
    assert other.remove_activity("presidietraff")
    renamed = Activity("presidiemote", "  PRESIDIETRÄFF ", category=old.category, year=old.year, goal=old.goal,
                       implementation=old.implementation, timing_text=old.timing_text, responsible=old.responsible,
                       partners=old.partners, effect_goals=old.effect_goals)
    other.add_activity(renamed)
    c = miljoplan.compare_plans(plan, other)
    (row,) = [a for a in c.activities if a.id == "presidiemote"]
    assert row.change == ActivityChange.Changed and row.changed_fields == ["title"]
    assert len(c.activities) == 26 and c.count(ActivityChange.Added) == 0


def test_every_changed_field_is_named(plan):
    other = miljoplan.example_plan()
    a = other.find_activity("styrgruppsmoten")
    a.category = "Övriga träffar"
    a.goal = "Nytt mål"
    a.implementation = "Nytt genomförande"
    a.responsible = "Styrgruppens ordförande"
    a.partners = "Alla"
    a.effect_goals = "Giftfri miljö"
    (row,) = [r for r in miljoplan.compare_plans(plan, other).activities if r.id == "styrgruppsmoten"]
    assert row.changed_fields == ["category", "goal", "implementation", "responsible", "partners", "effect_goals"]


def test_status_changes_of_a_year(plan):
    other = miljoplan.example_plan()
    other.years = [PlanYear(2024, YearStatus.Preliminary)]
    c = miljoplan.compare_plans(plan, other)
    assert c.status_changes == [(2024, YearStatus.Adopted, YearStatus.Preliminary)]
    assert (c.years_added, c.years_removed) == ([], [])


def test_a_rolling_plan_against_next_years(example):
    """The example's 2026-2028 plan rolled on a year: 2027 becomes fastställd, 2028 preliminär, 2029 the bank."""
    nxt = example.clone()
    nxt.years = [PlanYear(2027, YearStatus.Adopted), PlanYear(2028, YearStatus.Preliminary),
                 PlanYear(2029, YearStatus.ProposalBank)]
    for a in [a for a in nxt.activities if a.year == 2026]:
        if a.id != "styrgruppsmoten":
            assert nxt.remove_activity(a.id)
    nxt.find_activity("styrgruppsmoten").year = 2027  # the steering group meets every year
    nxt.plan_proposal("radon", "tillsyn-radon", 2028, "Tillsynsprojekt")
    c = miljoplan.compare_plans(example, nxt)
    assert (c.years_added, c.years_removed) == ([2029], [2026])
    assert c.status_changes == [(2027, YearStatus.Preliminary, YearStatus.Adopted),
                                (2028, YearStatus.ProposalBank, YearStatus.Preliminary)]
    assert changes(c) == {"tillsyn-tandvard": ActivityChange.Removed, "kurs-avlopp": ActivityChange.Removed,
                          "natverk-halsoskydd": ActivityChange.Removed, "styrgruppsmoten": ActivityChange.Moved,
                          "tillsyn-skolor": ActivityChange.Continued, "tillsyn-radon": ActivityChange.Added}
    assert (c.proposals_added, c.proposals_removed) == ([], ["radon"])


def test_two_cooperations_share_nothing(plan, reference_data_ids):
    skane = miljoplan.builtin_plan("skane-2022")
    c = miljoplan.compare_plans(plan, skane)
    assert (c.years_added, c.years_removed) == ([2022], [2024])
    assert c.count(ActivityChange.Removed) == 26 and c.count(ActivityChange.Added) == 10
    assert [a.id for a in c.activities] == reference_data_ids + [a.id for a in skane.activities]
    assert c.proposals_removed == [p.id for p in plan.proposals] and c.proposals_added == []
    assert c.budget is None  # the Skåne transcription has no budget


def test_activity_change_prints_as_its_token():
    for change, token in TOKENS.items():
        assert str(change) == token
        assert change.token == token


# ---- budget versions and revisions ---------------------------------------------------------------------

def sums(data):
    return (sum(l["amount"] for l in data["income"]), sum(l["amount"] for l in data["costs"]))


def test_budget_versions_of_the_example(example, example_dir):
    data = read_json(example_dir / "plan-2026.json")
    (outcome,) = example.budget_versions
    assert (outcome.year, outcome.version, outcome.title) == (2026, BudgetVersion.Outcome, "Bokslut 2026 (kr)")
    income, costs = sums(data["budget_versions"][0])
    assert (outcome.income_total, outcome.costs_total, outcome.result) == (income, costs, income - costs)
    assert example.find_budget(2026, BudgetVersion.Outcome) == outcome
    assert example.find_budget(2026, "bokslut").result == 21_500
    assert example.find_budget(2026, "fastställd") == example.budget
    assert example.budget.version == BudgetVersion.Adopted
    assert example.find_budget(2026, "reviderad") is None
    assert example.find_budget(2027, "fastställd") is None
    assert example.budget_in_force(2026) == example.budget and example.budget_in_force(2026).result == 22_500
    assert example.budget_in_force(2027) is None


def revision(base, covers, salary):
    b = Budget(base.year)
    b.version = BudgetVersion.Revised
    b.covers = covers
    b.display_unit = base.display_unit
    b.income = base.income
    b.costs = [BudgetLine(l.label, salary if l.id == "samordnare" else l.amount, l.id, l.tags) for l in base.costs]
    return b


def test_the_latest_revision_is_in_force(example, example_dir):
    first = revision(example.budget, "Lönerevision", 195_000)
    first.decided_by = "styrgrupp"
    first.decided_on = D(2026, 3, 10)
    example.add_budget_version(first)
    assert example.budget_in_force(2026) == first
    second = revision(example.budget, "Höstens revision", 185_000)
    example.add_budget_version(second)  # several revisions of a year are allowed
    assert example.budget_in_force(2026) == second
    assert example.find_budget(2026, BudgetVersion.Revised) == second
    assert [str(b.version) for b in example.budget_versions] == ["bokslut", "reviderad", "reviderad"]
    # A second outcome of the same year is refused.
    with pytest.raises(miljoplan.InvalidArgumentError, match="already has the bokslut budget of 2026"):
        example.add_budget_version(example.find_budget(2026, "bokslut"))
    # Versions round trip in the file, in order, with their decisions.
    back = miljoplan.loads(example.to_json(), base_dir=example_dir)
    assert back.budget_versions == example.budget_versions
    assert (back.budget_versions[1].decided_by, back.budget_versions[1].decided_on, back.budget_versions[1].covers) == (
        "styrgrupp", D(2026, 3, 10), "Lönerevision")
    written = json.loads(example.to_json())["budget_versions"]
    assert [(b["year"], b["version"]) for b in written] == [(2026, "bokslut"), (2026, "reviderad"), (2026, "reviderad")]


def test_budget_versions_compared_line_by_line(example):
    c = miljoplan.compare_budgets(example.budget_in_force(2026), example.find_budget(2026, "bokslut"))
    assert [(l.id, l.first, l.second, l.difference) for l in c.lines] == [
        ("inbetalningar", 212_500, 212_500, 0), ("kursavgifter", 20_000, 18_000, -2_000),
        ("samordnare", 190_000, 188_000, -2_000), ("kurs", 20_000, 21_000, 1_000)]
    assert (c.result_first, c.result_second) == (22_500, 21_500)


def test_plan_revisions(plan):
    assert plan.revisions == []
    plan.revisions = [PlanRevision(D(2024, 2, 12), "styrgrupp", "Endast intäktssidan av budgeten")]
    written = json.loads(plan.to_json())["revisions"]
    assert written == [{"date": "2024-02-12", "body": "styrgrupp", "covers": "Endast intäktssidan av budgeten"}]
    back = miljoplan.loads(plan.to_json())
    assert back.revisions == plan.revisions
    assert back.revisions[0] == PlanRevision(date=D(2024, 2, 12), body="styrgrupp",
                                             covers="Endast intäktssidan av budgeten")
    assert repr(back.revisions[0]) == "<PlanRevision 2024-02-12 'Endast intäktssidan av budgeten'>"
    assert PlanRevision().date is None and PlanRevision().body is None


def test_revisions_and_versions_errors_name_the_path(example_dir):
    data = read_json(example_dir / "plan-2026.json")
    data["revisions"] = [{"date": "2026-13-01", "body": "styrgrupp", "covers": "x"}]
    with pytest.raises(miljoplan.SchemaError) as error:
        miljoplan.loads(json.dumps(data, ensure_ascii=False), "plan.json", base_dir=example_dir)
    assert error.value.path == "$.revisions[0].date"
    data = read_json(example_dir / "plan-2026.json")
    data["budget_versions"][0]["version"] = "prognos"
    with pytest.raises(miljoplan.SchemaError) as error:
        miljoplan.loads(json.dumps(data, ensure_ascii=False), "plan.json", base_dir=example_dir)
    assert error.value.path == "$.budget_versions[0].version"
    assert 'unknown value "prognos"' in str(error.value)
    data = read_json(example_dir / "plan-2026.json")
    data["budget_versions"].append(data["budget_versions"][0])
    with pytest.raises(miljoplan.SchemaError) as error:
        miljoplan.loads(json.dumps(data, ensure_ascii=False), "plan.json", base_dir=example_dir)
    assert error.value.path == "$.budget_versions[1]"
    assert "already has the bokslut budget of 2026" in str(error.value)


def test_unknown_decision_body_of_a_version_is_reported(clean_plan):
    b = Budget(2024)
    b.version = BudgetVersion.Revised
    b.income = clean_plan.budget.income
    b.costs = clean_plan.budget.costs
    b.decided_by = "styrgrup"
    clean_plan.add_budget_version(b)
    (f,) = clean_plan.validate()
    assert (f.code, f.path) == ("ref.unknown_actor", "$.budget_versions[0].decided_by")
    assert f.message == 'Okänd aktör "styrgrup" i budgetbeslutet; menade du "styrgrupp"?'


def test_unknown_decision_body_of_the_budget_is_reported(clean_plan):
    clean_plan.budget.decided_by = "styrgrup"
    (f,) = clean_plan.validate()
    assert (f.code, f.path) == ("ref.unknown_actor", "$.budget.decided_by")


# ---- miljoplan diff ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def cli():
    path = os.environ.get("MILJOPLAN_CLI")
    if not path or not pathlib.Path(path).exists():
        pytest.skip("MILJOPLAN_CLI does not name a built CLI")
    return path


def run(argv, **kwargs):
    return subprocess.run(argv, capture_output=True, text=True, encoding="utf-8", timeout=120, **kwargs)


def test_cli_diff_json_matches_compare_plans(cli, plan, edited, tmp_path):
    path = tmp_path / "reviderad.json"
    edited.save(path)
    result = run([cli, "diff", "jonkoping-2024", str(path), "--json"])
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    c = miljoplan.compare_plans(plan, edited)
    assert (out["years_added"], out["years_removed"], out["status_changes"]) == ([2025], [], [])
    assert out["activities"] == [
        {"id": a.id, "title": a.title, "change": TOKENS[a.change], "first_year": a.first_year,
         "second_year": a.second_year, "changed_fields": a.changed_fields} for a in c.activities]
    assert (out["proposals_added"], out["proposals_removed"]) == ([], ["biocidprodukter"])
    assert out["budget_lines"] == [
        {"section": l.section, "id": l.id, "label": l.label, "change": LINE_TOKENS[l.change], "first": l.first,
         "second": l.second, "difference": l.difference} for l in c.budget.lines]


def test_cli_diff_text(cli, edited, tmp_path):
    path = tmp_path / "reviderad.json"
    edited.save(path)
    result = run([cli, "diff", "jonkoping-2024", str(path)])
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for line in ("+ år 2025", "~ Oljeavskiljare och fettavskiljare [ändrad: title timing]",
                 "~ CLP samt märkning av kemiska och hygieniska produkter [flyttad 2024 -> 2025]",
                 "- Nyhetsbrev miljösamverkan [borttagen]", "+ Biocidprodukter [ny]", "+ Miljösamverkans podd [ny]",
                 "- förslag biocidprodukter"):
        assert line in lines, line
    assert any(l.startswith("~ budget costs: Förtäring vid alla fysiska möten (ca 20 per år)") for l in lines)
    assert lines[-1] == "23 fortsätter, 1 ändrade, 1 flyttade, 2 nya, 1 borttagna"


def test_cli_diff_of_two_builtin_plans(cli):
    result = run([cli, "diff", "jonkoping-2024", "skane-2022", "--json"])
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert [a["change"] for a in out["activities"]].count("borttagen") == 26
    assert [a["change"] for a in out["activities"]].count("ny") == 10
    identical = json.loads(run([cli, "diff", "jonkoping-2024", "jonkoping-2024", "--json"]).stdout)
    assert {a["change"] for a in identical["activities"]} == {"fortsätter"}
    assert {l["change"] for l in identical["budget_lines"]} == {"oförändrad"}


def test_cli_diff_errors(cli, tmp_path):
    missing = tmp_path / "saknas.json"
    result = run([cli, "diff", "jonkoping-2024", str(missing)])
    assert result.returncode == 2
    assert str(missing) in result.stderr and result.stdout == ""
    broken = tmp_path / "trasig.json"
    broken.write_text('{\n  "schema": "Plan.1",\n  x\n}', encoding="utf-8")
    result = run([cli, "diff", str(broken), "jonkoping-2024"])
    assert result.returncode == 2
    assert "trasig.json:3:3:" in result.stderr
    assert run([cli, "diff", "jonkoping-2024"]).returncode == 64  # B is required
