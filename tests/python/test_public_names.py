# SPDX-License-Identifier: Apache-2.0
"""Every public name is documented, typed for editors and exercised by a test; the value classes that only
come back from calls are checked here on real results of the reference plan."""
import glob
import os
import pathlib
import re
import subprocess

import miljoplan


def test_every_public_name_has_a_docstring_and_no_cpp_type_in_its_signature():
    for name in miljoplan.__all__:
        obj = getattr(miljoplan, name)
        if name == "__version__":
            continue
        doc = obj.__doc__ or ""
        assert doc.strip(), name
        texts = [doc]
        if isinstance(obj, type):
            texts += [getattr(getattr(obj, a), "__doc__", "") or "" for a in dir(obj) if not a.startswith("__")]
        for text in texts:
            assert not re.search(r"miljoplan::|std::", text), (name, text[:200])


def test_every_public_name_appears_in_a_test():
    here = pathlib.Path(__file__).parent
    text = "".join(p.read_text(encoding="utf-8") for p in here.glob("test_*.py") if p.name != "test_public_names.py")
    text += pathlib.Path(__file__).read_text(encoding="utf-8").rsplit("# ---- returned classes", 1)[1]
    missing = [n for n in miljoplan.__all__ if not re.search(r"\b" + re.escape(n) + r"\b", text)]
    assert missing == []


# ---- returned classes -------------------------------------------------------------------------------------

def test_version_is_the_command_line_version():
    assert re.fullmatch(r"\d+\.\d+\.\d+", miljoplan.__version__)
    cli = os.environ.get("MILJOPLAN_CLI")
    if cli and pathlib.Path(cli).exists():
        out = subprocess.run([cli, "--version"], capture_output=True, text=True, timeout=60).stdout
        assert miljoplan.__version__ in out


def test_classes_returned_by_the_timing_and_the_wheel(plan):
    spring = miljoplan.parse_timing("Våren 2024")
    (window,) = spring.windows
    assert isinstance(window, miljoplan.TimeWindow)
    assert (str(window.range.first), str(window.range.last)) == ("2024-01-01", "2024-06-30")
    (cadence,) = miljoplan.parse_timing("3 gånger per år").cadences
    assert isinstance(cadence, miljoplan.Cadence) and (cadence.min, cadence.max) == (3, 3)
    context = miljoplan.timing_context(plan)
    assert isinstance(context, miljoplan.TimingContext) and context.year == 2024
    wheel = miljoplan.build_year_wheel(plan)
    assert isinstance(wheel.activities[17], miljoplan.ScheduledActivity)
    assert wheel.activities[17].id == "besok-kommuner-och-lansstyrelsen"
    assert isinstance(wheel.months[0], miljoplan.WheelMonth)
    assert isinstance(wheel.months[0].occurrences[0], miljoplan.WheelOccurrence)
    assert sum(m.meetings for m in wheel.months) == 45
    assert isinstance(wheel.milestones[3], miljoplan.ScheduledMilestone)
    assert wheel.milestones[3].id == "faststallelse"


def test_classes_returned_by_goals_rules_budgets_and_fees(plan, source_dir):
    resolution = miljoplan.builtin_goal_catalog().resolve("God bebyggd miljö, Bästa vän")
    assert isinstance(resolution, miljoplan.GoalResolution)
    assert resolution.unresolved == ["Bästa vän"]
    (parameter, *_) = miljoplan.find_rule("budget.catering_meetings").parameters
    assert isinstance(parameter, miljoplan.RuleParameter) and parameter.name == "assumed_meetings"
    revised = plan.budget.clone() if hasattr(plan.budget, "clone") else miljoplan.loads(plan.to_json()).budget
    comparison = miljoplan.compare_budgets(plan.budget, revised)
    assert all(isinstance(line, miljoplan.BudgetLineComparison) for line in comparison.lines)
    assert len(comparison.lines) == 10
    example = miljoplan.load(pathlib.Path(source_dir) / "examples/new_cooperation/plan-2026.json")
    allocation = miljoplan.fees_by_key(example.organisation, example.organisation.funding)
    assert all(isinstance(s, miljoplan.FeeShare) for s in allocation.shares)
    assert sum(s.amount for s in allocation.shares) == 212500
    assert miljoplan.example_plan_json() == (pathlib.Path(source_dir) / "data/jonkoping-2024.json").read_text(encoding="utf-8")
