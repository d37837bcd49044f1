# SPDX-License-Identifier: Apache-2.0
"""The matplotlib pictures (miljoplan.plots): each returns a Figure made without pyplot, shows the
reference plan's figures (read from data/jonkoping-2024.json), renders to PNG without a warning, and
speaks Swedish by default and English on request."""

import io
import json
import subprocess
import sys

import numpy
import pytest
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.image import AxesImage

import miljoplan
from miljoplan import plots


@pytest.fixture(scope="module")
def source(plan_file):
    return json.loads(plan_file.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def wheel():
    return miljoplan.build_year_wheel(miljoplan.example_plan(), 2024)


def png(fig):
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=50)
    data = buffer.getvalue()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    return data


def bar_heights(ax):
    return [int(round(p.get_height())) for p in ax.patches]


def test_year_wheel_gantt(wheel, source):
    fig = plots.plot_year_wheel(wheel)
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert ax.get_title() == "Årshjul 2024: 26 aktiviteter, 45 möten"
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == 26
    for label, activity in zip(labels, source["activities"]):
        title = activity["title"]
        assert label == title or (label.endswith("…") and title.startswith(label[:-1])), (label, title)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug",
                                                             "sep", "okt", "nov", "dec"]
    # The markers are the activities' occurrences, one point each.
    points = sum(len(c.get_offsets()) for c in ax.collections if isinstance(c, PathCollection))
    frame = wheel.frame()
    assert points == int((frame["source"] == "activity").sum())
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[:8] == source["categories"] and "möte (datum)" in legend
    png(fig)


def test_year_wheel_from_a_plan_in_english(plan):
    fig = plots.plot_year_wheel(plan, language="en")
    ax = fig.axes[0]
    assert ax.get_title() == "Year wheel 2024: 26 activities, 45 meetings"
    assert ax.get_xticklabels()[4].get_text() == "May"
    assert "meeting (dated)" in [t.get_text() for t in ax.get_legend().get_texts()]
    with pytest.raises(ValueError, match="the wheel is for 2024"):
        plots.plot_year_wheel(miljoplan.build_year_wheel(plan, 2024), year=2025)
    with pytest.raises(TypeError, match="Plan or a YearWheel"):
        plots.plot_year_wheel(plan.budget)


def test_budget(plan, source):
    data = source["budget"]
    fig = plots.plot_budget(plan.budget)
    lines_ax, totals_ax = fig.axes
    assert fig._suptitle.get_text() == data["title"]
    lines = data["income"] + data["costs"]
    # Horizontal bars, one per line in printed order: their widths are the amounts.
    assert [int(round(p.get_width())) for p in lines_ax.patches] == [x["amount"] for x in lines]
    computed = [sum(x["amount"] for x in data["income"]), sum(x["amount"] for x in data["costs"])]
    computed.append(computed[0] - computed[1])
    printed = [data["printed_totals"][k]["amount"] for k in ("income", "costs", "result")]
    assert bar_heights(totals_ax) == computed + printed == [1_266_000, 1_211_000, 55_000, 1_266_000, 1_206_000, 55_000]
    notes = [t.get_text() for t in totals_ax.texts]
    # The computed sums, then each printed total followed by its difference where there is one.
    assert notes == ["1 266", "1 211", "55", "1 266", "1 206", "skiljer -5 tkr", "55"]
    assert [t.get_text() for t in totals_ax.get_xticklabels()] == ["Intäkter", "Kostnader", "Resultat"]
    # Ticks are formatted exactly in the budget's unit from whole kronor.
    assert totals_ax.yaxis.get_major_formatter()(1_206_000, 0) == "1 206"
    assert [t.get_text() for t in lines_ax.texts][:2] == ["0", "1 196"]
    png(fig)
    english = plots.plot_budget(plan.budget, language="en")
    assert [t.get_text() for t in english.axes[1].texts if "tkr" in t.get_text()] == ["differs -5 tkr"]
    assert [t.get_text() for t in english.axes[1].get_xticklabels()] == ["Income", "Costs", "Result"]


def test_budget_without_printed_totals():
    budget = miljoplan.Budget(2025)
    budget.add_income(miljoplan.BudgetLine("Avgifter", 100_000))
    budget.add_cost(miljoplan.BudgetLine("Lön", 90_000))
    fig = plots.plot_budget(budget)
    assert bar_heights(fig.axes[1]) == [100_000, 90_000, 10_000]
    assert [t.get_text() for t in fig.axes[1].texts] == ["100", "90", "10"]  # no printed totals, no difference
    png(fig)


def test_goal_coverage_heatmap(plan, source, source_dir):
    goals = json.loads((source_dir / "data" / "goals.json").read_text(encoding="utf-8"))["goals"]
    fig = plots.plot_goal_coverage(plan)
    ax = fig.axes[0]
    image = next(a for a in ax.get_children() if isinstance(a, AxesImage))
    matrix = numpy.asarray(image.get_array())
    assert matrix.shape == (len(goals), len(source["categories"])) == (34, 8)
    pairs = {}
    for a in source["activities"]:
        for g in a["effect_goals"].get("goals", []):
            gid = g if isinstance(g, str) else g["goal"]
            pairs[(gid, a["category"])] = pairs.get((gid, a["category"]), 0) + 1
    expected = numpy.zeros((34, 8), dtype=int)
    for (gid, category), n in pairs.items():
        expected[[g["id"] for g in goals].index(gid), source["categories"].index(category)] = n
    assert (matrix == expected).all() and matrix.sum() == 13
    labels = ax.get_yticklabels()
    assert labels[0].get_text() == "Generationsmålet"
    assert labels[4].get_text() == "Miljömål 4: Giftfri miljö"
    served = {g for (g, _c) in pairs}
    for label, goal in zip(labels, goals):
        assert (label.get_color() == "black") == (goal["id"] in served), goal["id"]
    most = sum(a["effect_goals"].get("open") == "flertalet" for a in source["activities"])
    others = sum(a["effect_goals"].get("open") == "m.fl." for a in source["activities"])
    none = sum(not a["effect_goals"].get("goals") and not a["effect_goals"].get("open") for a in source["activities"])
    assert (most, others, none) == (7, 2, 12)
    assert ax.get_title() == (f"Effektmål per kategori: 6 av 34 mål nämns\n"
                              f"{most} aktiviteter anger ”Flertalet”, {others} ”m.fl.”, {none} inget mål")
    png(fig)
    english = plots.plot_goal_coverage(plan, miljoplan.builtin_goal_catalog(), language="en")
    assert english.axes[0].get_yticklabels()[19].get_text() == "SDG 3: Good Health and Well-being"


def test_meeting_load(plan, wheel):
    fig = plots.plot_meeting_load(wheel)
    ax = fig.axes[0]
    heights = bar_heights(ax)
    assert heights[:12] == [2, 4, 5, 7, 2, 4, 0, 2, 2, 11, 4, 2]   # all meetings
    assert heights[12:] == [2, 4, 2, 7, 2, 4, 0, 2, 2, 8, 4, 2]    # the coordinator's
    assert ax.get_title() == "Möten per månad 2024: lanssamordnare 39 av 45"
    png(fig)
    named = plots.plot_meeting_load(plan, language="en")
    name = plan.organisation.actor_name("lanssamordnare")
    assert named.axes[0].get_title() == f"Meetings per month 2024: {name} 39 of 45"
    other = plots.plot_meeting_load(wheel, actor="lansstyrelsen")
    assert bar_heights(other.axes[0])[12:] == [wheel.months[m].load.get("lansstyrelsen", 0) for m in range(12)]


def test_plots_never_touch_pyplot(tmp_path):
    code = ("import sys, miljoplan; from miljoplan import plots; p = miljoplan.example_plan(); "
            "figs = [plots.plot_year_wheel(p), plots.plot_budget(p.budget), plots.plot_goal_coverage(p), "
            "plots.plot_meeting_load(p)]; "
            "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot imported'")
    subprocess.run([sys.executable, "-W", "error", "-c", code], check=True, cwd=tmp_path)
    assert list(tmp_path.iterdir()) == []
    assert set(plots.__all__) == {"plot_budget", "plot_goal_coverage", "plot_meeting_load", "plot_year_wheel",
                                  "plot_key_figure_ranking", "plot_key_figure_years"}
