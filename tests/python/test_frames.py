# SPDX-License-Identifier: Apache-2.0
"""The pandas tables: Plan.activities_frame(), proposals_frame(), goal_coverage(), Budget.frame() and
totals_frame(), YearWheel.frame(), months_frame() and load_frame(), FeeAllocation.frame(),
PlanComparison.frame(), Findings and the Table/Column layer under them.

The expected figures are read from data/jonkoping-2024.json and data/goals.json, not from the frames,
so the frames are checked against the source. Mirrors tests/cpp/analysis/test_tables.cpp.
"""

import json
import pickle

import numpy
import pandas
import pytest

import miljoplan
from miljoplan import FeeKey, Funding, PayingUnit

ACTIVITY_COLUMNS = ["id", "category", "year", "title", "goal", "implementation", "timing_text", "first_day",
                    "last_day", "responsible", "responsible_ids", "partners", "partner_ids", "effect_goals",
                    "goal_ids", "open_goals", "proposal"]


@pytest.fixture(scope="module")
def source(plan_file):
    return json.loads(plan_file.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def goals(source_dir):
    return json.loads((source_dir / "data" / "goals.json").read_text(encoding="utf-8"))["goals"]


def goal_ids(cell):
    """The goal ids of an effect-goal cell of the data file, a measure counting for its goal."""
    out = []
    for g in cell.get("goals", []):
        gid = g if isinstance(g, str) else g["goal"]
        if gid not in out:
            out.append(gid)
    return out


def money_and_count_dtypes(frame):
    """Every numeric column is an exact integer: int64, or the nullable Int64 -- never float."""
    for name, dtype in frame.dtypes.items():
        if pandas.api.types.is_numeric_dtype(dtype) and not pandas.api.types.is_bool_dtype(dtype):
            assert str(dtype) in ("int64", "Int64"), (name, dtype)


# ----------------------------------------------------------------------------------------------- activities

def test_activities_frame_has_the_26_activities_in_source_order(plan, source):
    frame = plan.activities_frame()
    assert list(frame.columns) == ACTIVITY_COLUMNS
    assert frame.shape == (26, 17)
    assert list(frame["id"]) == [a["id"] for a in source["activities"]]
    assert list(frame["title"]) == [a["title"] for a in source["activities"]]
    assert list(frame["timing_text"]) == [a["timing"] for a in source["activities"]]
    assert list(frame["responsible"]) == [a["responsible"]["text"] for a in source["activities"]]
    assert list(frame["responsible_ids"]) == [a["responsible"]["refs"] for a in source["activities"]]
    assert list(frame["goal_ids"]) == [goal_ids(a["effect_goals"]) for a in source["activities"]]
    assert list(frame["open_goals"].astype(str)) == [a["effect_goals"].get("open", "") for a in source["activities"]]
    assert isinstance(frame.index, pandas.RangeIndex)
    money_and_count_dtypes(frame)


def test_activity_categories_keep_the_plans_order(plan, source):
    frame = plan.activities_frame()
    assert isinstance(frame["category"].dtype, pandas.CategoricalDtype)
    assert frame["category"].cat.ordered
    assert list(frame["category"].cat.categories) == source["categories"]
    counts = frame.groupby("category", observed=False).size()
    expected = [sum(a["category"] == c for a in source["activities"]) for c in source["categories"]]
    assert list(counts.index) == source["categories"] and list(counts) == expected == [2, 2, 2, 2, 4, 5, 6, 3]
    # Sorting by category sorts in the plan's order, not alphabetically.
    assert list(frame.sort_values("category", kind="stable")["id"]) == list(frame["id"])


def test_a_heading_the_plan_does_not_list_comes_after_the_listed_ones(plan, source):
    plan.activities[3].category = "Ny rubrik"
    frame = plan.activities_frame()
    assert list(frame["category"].cat.categories) == source["categories"] + ["Ny rubrik"]
    assert frame.loc[3, "category"] == "Ny rubrik" and frame["category"].notna().all()


def test_activity_dtypes_and_spans(plan):
    frame = plan.activities_frame()
    assert str(frame["year"].dtype) == "Int64" and list(frame["year"]) == [2024] * 26
    assert str(frame["first_day"].dtype) == "datetime64[ns]" and str(frame["last_day"].dtype) == "datetime64[ns]"
    by_id = frame.set_index("id")
    # "2023-2024 (tillsynsbesök höst 2023-sommar 2024)" reaches back into 2023.
    assert by_id.loc["avfallsbrottslighet", "first_day"] == pandas.Timestamp("2023-01-01")
    assert by_id.loc["avfallsbrottslighet", "last_day"] == pandas.Timestamp("2024-12-31")
    assert by_id.loc["verksamhetsberattelse-med-bokslut", "first_day"] == pandas.Timestamp("2024-02-01")
    assert by_id.loc["verksamhetsberattelse-med-bokslut", "last_day"] == pandas.Timestamp("2024-02-29")
    assert by_id.loc["webbplats-och-ping-pong", "last_day"] == pandas.Timestamp("2024-12-31")  # "Löpande"
    assert pandas.isna(by_id.loc["styrgruppsmoten", "first_day"])  # "3 gånger per år" names no period
    # "1 gång per månad, bortsett från juli månad, under 2024": the cadence's scope is the span.
    assert by_id.loc["besok-kommuner-och-lansstyrelsen", "first_day"] == pandas.Timestamp("2024-01-01")
    assert list(frame.loc[frame["first_day"].isna(), "id"]) == [
        "styrgruppsmoten", "beredningsgruppsmoten", "miljobrottsamverkan", "projektledartraffar",
        "miljosamordnartraffar", "nyhetsbrev"]
    assert frame["proposal"].isna().all()  # no activity of 2024 came from the bank


def test_activity_lists_explode(plan):
    pairs = plan.activities_frame()[["id", "goal_ids"]].explode("goal_ids").dropna()
    assert len(pairs) == 13
    assert pairs["goal_ids"].value_counts()["mkm-15"] == 4


def test_a_date_pandas_cannot_hold_raises_instead_of_wrapping(plan):
    wheel = miljoplan.build_year_wheel(plan, 2300)
    assert miljoplan.occurrence_table(wheel).column("date").values[0] == numpy.datetime64("2300-01-15")
    with pytest.raises(pandas.errors.OutOfBoundsDatetime):
        wheel.frame()


def test_an_empty_plan_gives_empty_frames_with_the_same_dtypes(plan):
    empty = miljoplan.Plan("tom", "Tom plan", plan.organisation)
    frame = empty.activities_frame()
    assert frame.shape == (0, 17)
    assert list(frame.dtypes.astype(str)) == list(plan.activities_frame().dtypes.astype(str))
    assert empty.proposals_frame().shape == (0, 11)


# ------------------------------------------------------------------------------------------------ proposals

def test_proposals_frame(plan, source):
    bank = source["proposal_bank"]
    frame = plan.proposals_frame()
    assert list(frame["id"]) == [p["id"] for p in bank["proposals"]]
    assert list(frame["area"].cat.categories) == bank["areas"]
    assert str(frame["submitted_year"].dtype) == "Int64"
    years = [p["submitted_year"] for p in bank["proposals"]]
    assert [None if pandas.isna(y) else int(y) for y in frame["submitted_year"]] == years
    assert [None if pandas.isna(a) else int(a) for a in frame["age"]] == [None if y is None else 2024 - y for y in years]
    # New in the 2024 plan: the proposals that came in 2023.
    assert list(frame.loc[frame["new"], "id"]) == [p["id"] for p in bank["proposals"] if p["submitted_year"] == 2023]
    assert frame["new"].dtype == bool
    assert str(frame["marked_new"].dtype) == "boolean" and frame["marked_new"].isna().all()
    assert list(frame["status"].cat.categories) == ["inkommen", "bedömd", "remitterad", "planerad", "kvar", "avslagen"]
    assert (frame["status"] == "kvar").all()
    money_and_count_dtypes(frame)


# --------------------------------------------------------------------------------------------------- budget

def test_budget_frame_lines_sums_and_printed_totals(plan, source):
    data = source["budget"]
    frame = plan.budget.frame()
    assert list(frame.columns) == ["section", "kind", "id", "label", "amount", "tags"]
    assert frame["amount"].dtype == numpy.int64
    assert list(frame["section"].cat.categories) == ["income", "costs", "result"]
    assert list(frame["kind"].cat.categories) == ["line", "computed", "printed"]
    lines = frame[frame["kind"] == "line"]
    assert list(lines["id"]) == [x["id"] for x in data["income"] + data["costs"]]
    assert list(lines["amount"]) == [x["amount"] for x in data["income"] + data["costs"]]
    assert list(lines["tags"]) == [x.get("tags", []) for x in data["income"] + data["costs"]]
    totals = frame[frame["kind"] != "line"].set_index(["section", "kind"])["amount"]
    income = sum(x["amount"] for x in data["income"])
    costs = sum(x["amount"] for x in data["costs"])
    assert (income, costs) == (1_266_000, 1_211_000)
    printed = data["printed_totals"]
    assert totals[("income", "computed")] == income and totals[("income", "printed")] == printed["income"]["amount"]
    assert totals[("costs", "computed")] == costs == 1_211_000
    assert totals[("costs", "printed")] == printed["costs"]["amount"] == 1_206_000
    assert totals[("result", "computed")] == income - costs == 55_000
    assert totals[("result", "printed")] == printed["result"]["amount"] == 55_000
    # The lines of a section sum to its computed total: the long form adds up.
    for section in ("income", "costs"):
        part = frame[frame["section"] == section]
        assert part.loc[part["kind"] == "line", "amount"].sum() == part.loc[part["kind"] == "computed", "amount"].item()
    assert list(frame.loc[frame["kind"] == "printed", "label"]) == ["SUMMA INTÄKTER", "SUMMA KOSTNADER", ""]


def test_budget_totals_frame(plan):
    totals = plan.budget.totals_frame()
    assert list(totals.columns) == ["section", "label", "computed", "printed", "difference"]
    assert totals["computed"].dtype == numpy.int64
    assert str(totals["printed"].dtype) == "Int64" and str(totals["difference"].dtype) == "Int64"
    assert list(totals["label"]) == ["Intäkter", "Kostnader", "Resultat"]
    assert list(totals["computed"]) == [1_266_000, 1_211_000, 55_000]
    assert list(totals["printed"]) == [1_266_000, 1_206_000, 55_000]
    assert list(totals["difference"]) == [0, -5_000, 0]
    assert list(plan.budget.totals_frame(language="en")["label"]) == ["Intäkter", "Kostnader", "Result"]


def test_budget_without_printed_totals_is_nullable_not_float():
    budget = miljoplan.Budget(2025)
    budget.add_income(miljoplan.BudgetLine("Avgifter", 100))
    totals = budget.totals_frame()
    assert str(totals["printed"].dtype) == "Int64" and totals["printed"].isna().all()
    assert list(totals["computed"]) == [100, 0, 100]
    assert list(budget.frame()["kind"].astype(str)) == ["line", "computed", "computed", "computed"]


# ------------------------------------------------------------------------------------------- goal coverage

def test_goal_coverage(plan, source, goals):
    coverage = plan.goal_coverage()
    assert list(coverage.columns) == ["goal", "kind", "number", "name", "in_catalog", "activities", "activity_ids",
                                      "served"]
    assert list(coverage["goal"]) == [g["id"] for g in goals]
    assert list(coverage["name"]) == [g["name_sv"] for g in goals]
    assert list(plan.goal_coverage(language="en")["name"]) == [g["name_en"] for g in goals]
    assert list(coverage["kind"].cat.categories) == ["generationsmål", "miljökvalitetsmål", "globalt mål"]
    expected = {}
    for a in source["activities"]:
        for gid in goal_ids(a["effect_goals"]):
            expected.setdefault(gid, []).append(a["id"])
    served = coverage[coverage["served"]]
    assert dict(zip(served["goal"], served["activity_ids"])) == expected
    assert sorted(expected) == ["mkm-15", "mkm-4", "mkm-7", "mkm-8", "sdg-11", "sdg-3"]
    assert list(coverage["activities"]) == [len(expected.get(g["id"], [])) for g in goals]
    assert (~coverage["served"]).sum() == 34 - 6
    assert coverage["activities"].dtype == numpy.int64 and coverage["in_catalog"].all()
    catalog = miljoplan.builtin_goal_catalog()
    assert plan.goal_coverage(catalog).equals(coverage)


# ---------------------------------------------------------------------------------------------- year wheel

@pytest.fixture(scope="module")
def wheel():
    return miljoplan.build_year_wheel(miljoplan.example_plan(), 2024)


def test_calendar_frame(wheel):
    frame = wheel.frame()
    assert list(frame.columns) == ["date", "month", "source", "id", "title", "category", "kind", "label", "meeting",
                                   "responsible"]
    assert str(frame["date"].dtype) == "datetime64[ns]"
    assert frame["date"].is_monotonic_increasing
    assert (frame["date"].dt.year == 2024).all() and (frame["date"].dt.month == frame["month"]).all()
    assert int(frame["meeting"].sum()) == 45 == wheel.meetings
    per_month = frame[frame["meeting"]].groupby("month").size().reindex(range(1, 13), fill_value=0)
    assert list(per_month) == [2, 4, 5, 7, 2, 4, 0, 2, 2, 11, 4, 2]
    assert list(frame["kind"].cat.categories) == ["datum", "månad", "förslag", "senast"]
    assert list(frame["source"].cat.categories) == ["activity", "milestone"]
    activities = frame[frame["source"] == "activity"]
    assert activities["category"].notna().all()
    assert frame.loc[frame["source"] == "milestone", "category"].isna().all()
    assert (activities["id"] == "besok-kommuner-och-lansstyrelsen").sum() == 11  # every month but July
    money_and_count_dtypes(frame)


def test_months_and_load_frames(wheel):
    months = wheel.months_frame()
    assert list(months.columns) == ["month", "meetings", "running", "occurrences", "milestones"]
    assert list(months["month"]) == list(range(1, 13))
    assert list(months["meetings"]) == [m.meetings for m in wheel.months]
    load = wheel.load_frame()
    assert list(load.columns) == ["month", "actor", "meetings"]
    coordinator = load[load["actor"] == "lanssamordnare"].set_index("month")["meetings"]
    assert list(coordinator.reindex(range(1, 13), fill_value=0)) == [2, 4, 2, 7, 2, 4, 0, 2, 2, 8, 4, 2]
    assert coordinator.sum() == 39
    assert (load["meetings"] > 0).all()
    money_and_count_dtypes(months)
    money_and_count_dtypes(load)


# ------------------------------------------------------------------------------------------------------ fees

def test_allocation_frame(plan):
    org = plan.organisation
    units = [PayingUnit(p.id, [p.id]) for p in org.parties if str(p.kind) == "kommun"]
    assert len(units) == 13
    allocation = miljoplan.split_by_key(org, Funding(FeeKey.PerInhabitant, units), 1_196_000)
    frame = allocation.frame()
    assert list(frame.columns) == ["unit", "name", "parties", "population", "population_uncertain",
                                   "population_missing", "amount"]
    assert frame["amount"].dtype == numpy.int64 and frame["population"].dtype == numpy.int64
    assert frame["amount"].sum() == 1_196_000
    assert frame["population"].sum() == 368_856
    assert frame.loc[0, "name"] == "Aneby kommun" and frame.loc[0, "parties"] == ["kommun-0604"]
    assert frame["population_uncertain"].all() and not frame["population_missing"].any()
    assert list(frame["amount"]) == [s.amount for s in allocation.shares]


# ------------------------------------------------------------------------------------------------ findings

def test_validate_returns_findings(plan, reference_codes):
    findings = plan.validate()
    assert isinstance(findings, miljoplan.Findings) and isinstance(findings, list)
    assert [f.code for f in findings] == reference_codes
    assert findings == list(findings)
    assert findings[:2] == findings[0:2] and [f.code for f in findings[:2]] == reference_codes[:2]
    assert findings.language == "sv"
    again = pickle.loads(pickle.dumps(findings))
    assert again == findings and isinstance(again, miljoplan.Findings)
    module_level = miljoplan.validate(plan, language="en")
    assert isinstance(module_level, miljoplan.Findings) and module_level.language == "en"
    assert [f.code for f in module_level] == reference_codes
    assert plan.validate(language="en").language == "en"


def test_findings_frame(plan, reference_codes):
    frame = plan.validate().frame()
    assert list(frame.columns) == ["severity", "code", "area", "message", "path"]
    assert list(frame["code"]) == reference_codes
    assert list(frame["severity"].cat.categories) == ["error", "warning", "info"]
    assert frame["severity"].cat.ordered
    assert list(frame["severity"].astype(str)) == ["error", "warning", "warning", "info", "info"]
    assert list(frame.groupby("severity", observed=False).size()) == [1, 2, 2]
    costs = frame.set_index("code").loc["budget.costs_total"]
    assert "1 206" in costs["message"] and "1 211" in costs["message"]
    assert costs["path"] == "$.budget.printed_totals.costs"
    assert list(frame.sort_values("severity", kind="stable", ascending=False)["severity"].astype(str))[:2] == ["info",
                                                                                                            "info"]
    assert miljoplan.Findings().frame().shape == (0, 5)


# ---------------------------------------------------------------------------------------------- comparison

def test_comparison_frame(plan, source):
    skane = miljoplan.builtin_plan("skane-2022")
    frame = miljoplan.compare_plans(plan, skane).frame()
    assert list(frame.columns) == ["id", "title", "change", "first_year", "second_year", "changed_fields"]
    assert list(frame["change"].cat.categories) == ["fortsätter", "ändrad", "flyttad", "ny", "borttagen"]
    assert len(frame) == 26 + len(skane.activities)
    assert list(frame["id"][:26]) == [a["id"] for a in source["activities"]]
    assert (frame["change"][:26] == "borttagen").all() and (frame["change"][26:] == "ny").all()
    assert str(frame["first_year"].dtype) == "Int64" and frame["second_year"][:26].isna().all()
    same = miljoplan.compare_plans(plan, plan).frame()
    assert (same["change"] == "fortsätter").all() and list(same["changed_fields"]) == [[]] * 26


# --------------------------------------------------------------------------------------- Table and Column

def test_tables_and_columns(plan):
    table = miljoplan.budget_totals_table(plan.budget)
    assert isinstance(table, miljoplan.Table)
    assert repr(table) == "<Table 3 rows × 5 columns>"
    assert table.rows == len(table) == 3
    assert table.names == ["section", "label", "computed", "printed", "difference"]
    computed = table.column("computed")
    assert isinstance(computed, miljoplan.Column)
    assert (computed.name, computed.type, computed.nullable, computed.categorical) == (
        "computed", miljoplan.ColumnType.Integer, False, False)
    assert computed.values.dtype == numpy.int64 and list(computed.values) == [1_266_000, 1_211_000, 55_000]
    assert list(computed.missing) == [False] * 3 and len(computed) == 3
    assert repr(table.column("printed")) == "<Column 'printed' integer nullable, 3 rows>"
    section = table.column("section")
    assert section.categories == ["income", "costs", "result"] and section.categorical
    assert section.values == ["income", "costs", "result"]
    with pytest.raises(miljoplan.InvalidArgumentError, match="no column 'nope'"):
        table.column("nope")
    assert table.to_csv().splitlines()[2] == "costs,Kostnader,1211000,1206000,-5000"
    assert table.to_frame().equals(plan.budget.totals_frame())
    assert miljoplan.to_frame(table).equals(plan.budget.totals_frame())
    assert set(miljoplan.ColumnType.__members__) == {"Text", "Integer", "Day", "Boolean", "TextList"}


def test_date_and_list_columns_cross_as_arrays(plan):
    table = miljoplan.activity_table(plan)
    first = table.column("first_day")
    assert first.type == miljoplan.ColumnType.Day and first.nullable
    assert first.values.dtype == numpy.dtype("datetime64[D]")
    assert first.values[0] == numpy.datetime64("2023-01-01") and numpy.isnat(first.values[12])
    assert list(first.missing).count(True) == sum(numpy.isnat(first.values))
    assert table.column("goal_ids").type == miljoplan.ColumnType.TextList
    assert table.column("goal_ids").values[0] == ["mkm-15", "mkm-4"]
    flags = miljoplan.proposal_table(plan).column("new")
    assert flags.type == miljoplan.ColumnType.Boolean and flags.values.dtype == bool


def test_every_table_function(plan, wheel):
    org = plan.organisation
    allocation = miljoplan.fees_by_key(org, Funding(FeeKey.FlatPerUnit, [PayingUnit("kommun-0604", ["kommun-0604"])],
                                                    unit_fee=80_000))
    tables = {
        "activity_table": (miljoplan.activity_table(plan), 26),
        "proposal_table": (miljoplan.proposal_table(plan), 12),
        "budget_table": (miljoplan.budget_table(plan.budget), 16),
        "budget_totals_table": (miljoplan.budget_totals_table(plan.budget, "en"), 3),
        "goal_coverage_table": (miljoplan.goal_coverage_table(plan), 34),
        "occurrence_table": (miljoplan.occurrence_table(wheel), len(wheel.frame())),
        "month_table": (miljoplan.month_table(wheel), 12),
        "load_table": (miljoplan.load_table(wheel), len(wheel.load_frame())),
        "allocation_table": (miljoplan.allocation_table(allocation), 1),
        "finding_table": (miljoplan.finding_table(plan.validate()), 5),
        "comparison_table": (miljoplan.comparison_table(miljoplan.compare_plans(plan, plan)), 26),
    }
    for name, (table, rows) in tables.items():
        assert table.rows == rows, name
        frame = table.to_frame()
        assert len(frame) == rows, name
        money_and_count_dtypes(frame)
        for column in table.columns:
            if column.type == miljoplan.ColumnType.Day:
                assert str(frame[column.name].dtype) == "datetime64[ns]", (name, column.name)
            if column.categorical:
                assert list(frame[column.name].cat.categories) == column.categories, (name, column.name)
    assert miljoplan.allocation_table(allocation).to_frame().loc[0, "amount"] == 80_000


def test_import_does_not_need_pandas(tmp_path):
    """pandas is optional: importing miljoplan and validating must work without importing it."""
    import subprocess
    import sys

    code = ("import sys, miljoplan; f = miljoplan.example_plan().validate(); "
            "assert len(f) == 5; assert 'pandas' not in sys.modules, 'pandas imported'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=tmp_path)


def test_frames_module_names():
    from miljoplan import frames

    assert frames.__all__ == ["Findings", "to_frame", "validate"]
    assert miljoplan.validate is frames.validate and miljoplan.Findings is frames.Findings
    assert miljoplan.to_frame is frames.to_frame
