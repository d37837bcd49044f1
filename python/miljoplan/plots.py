# SPDX-License-Identifier: Apache-2.0
"""matplotlib pictures of a plan: the year wheel as a Gantt chart, the budget, goal coverage and the
meeting load per month; and of key figures: a ranked bar chart and small multiples over the years.

Every function returns a :class:`matplotlib.figure.Figure` made directly, without pyplot: nothing is
drawn on a global figure and nothing is shown. In Jupyter the figure shows as the value of a cell
(after ``%matplotlib inline``); elsewhere save it with ``fig.savefig("wheel.png")``. Labels are
Swedish by default and English with ``language="en"``.

Import the module explicitly (``from miljoplan import plots``): matplotlib is an optional dependency.
"""

from __future__ import annotations

import datetime
import textwrap
from typing import Any, Dict, List, Optional, Tuple, Union

from matplotlib import dates as mdates
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from . import _core

__all__ = ["plot_budget", "plot_goal_coverage", "plot_key_figure_ranking", "plot_key_figure_years",
           "plot_meeting_load", "plot_year_wheel"]

_TEXT: Dict[str, Dict[str, Any]] = {
    "sv": {
        "months": ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
        "wheel_title": "Årshjul {year}: {n} aktiviteter, {meetings} möten",
        "meeting": "möte (datum)", "meeting_suggested": "möte (föreslaget datum)", "other": "annat tillfälle",
        "deadline": "senast", "milestone": "planeringssteg",
        "income": "Intäkter", "costs": "Kostnader", "result": "Resultat", "computed": "beräknat",
        "printed": "tryckt", "tkr": "tusen kronor (tkr)", "kr": "kronor", "budget_lines": "Budgetposter",
        "budget_totals": "Summor: beräknade och tryckta", "difference": "skiljer {d}",
        "coverage_title": "Effektmål per kategori: {served} av {total} mål nämns",
        "coverage_note": "{most} aktiviteter anger ”Flertalet”, {others} ”m.fl.”, {none} inget mål",
        "goal_prefix": {"generationsmål": "", "miljökvalitetsmål": "Miljömål {n}: ",
                        "globalt mål": "Globalt mål {n}: "},
        "load_title": "Möten per månad {year}: {actor} {n} av {total}",
        "all_meetings": "alla möten", "meetings": "möten",
    },
    "en": {
        "months": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        "wheel_title": "Year wheel {year}: {n} activities, {meetings} meetings",
        "meeting": "meeting (dated)", "meeting_suggested": "meeting (suggested date)", "other": "other occurrence",
        "deadline": "deadline", "milestone": "planning step",
        "income": "Income", "costs": "Costs", "result": "Result", "computed": "computed", "printed": "printed",
        "tkr": "thousand kronor (tkr)", "kr": "kronor", "budget_lines": "Budget lines",
        "budget_totals": "Totals: computed and printed", "difference": "differs {d}",
        "coverage_title": "Effect goals by category: {served} of {total} goals named",
        "coverage_note": "{most} activities say “most goals”, {others} “and others”, {none} no goal",
        "goal_prefix": {"generationsmål": "", "miljökvalitetsmål": "EQO {n}: ", "globalt mål": "SDG {n}: "},
        "load_title": "Meetings per month {year}: {actor} {n} of {total}",
        "all_meetings": "all meetings", "meetings": "meetings",
    },
}

# Okabe-Ito's colour-blind-safe colours without its yellow and black (hollow markers vanish on yellow,
# black bars drown the rest), then two of Tol's: enough for the eight headings of a plan.
_PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#882255", "#999933",
            "#999999", "#44AA99"]
_INCOME, _COSTS, _WARN = "#2e7d32", "#ef6c00", "#b71c1c"


def _texts(language: Union[str, _core.Language]) -> Dict[str, Any]:
    return _TEXT[str(_core.Language(str(language)))]


def _wheel_of(source: Union[_core.Plan, _core.YearWheel],
              year: Optional[int]) -> Tuple[_core.YearWheel, Optional[_core.Plan]]:
    if isinstance(source, _core.YearWheel):
        if year is not None and year != source.year:
            raise ValueError(f"the wheel is for {source.year}, not {year}")
        return source, None
    if isinstance(source, _core.Plan):
        return _core.build_year_wheel(source, year), source
    raise TypeError(f"expected a Plan or a YearWheel, got {type(source).__name__}")


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _month_axis(ax: Any, year: int, months: List[str]) -> None:
    starts = [datetime.date(year, m, 1) for m in range(1, 13)]
    ax.set_xlim(mdates.date2num(starts[0]), mdates.date2num(datetime.date(year + 1, 1, 1)))
    ax.set_xticks([mdates.date2num(d) + 14.5 for d in starts])
    ax.set_xticklabels(months)
    ax.set_xticks([mdates.date2num(d) for d in starts], minor=True)
    ax.tick_params(axis="x", which="major", length=0)
    ax.grid(axis="x", which="minor", color="#dddddd", linewidth=0.8)


def plot_year_wheel(source: Union[_core.Plan, _core.YearWheel], year: Optional[int] = None,
                    language: Union[str, _core.Language] = "sv") -> Figure:
    """The year wheel as a Gantt chart: one row per activity in plan order, coloured by category; bars
    are the periods the timing phrase names (clipped to the year), markers the occurrences, filled where
    the phrase fixes the day, hollow where the day is a suggestion; meetings are circles.

    ``source`` is a YearWheel or a Plan (its wheel for ``year``, the plan's first year by default).
    """
    t = _texts(language)
    wheel, _ = _wheel_of(source, year)
    activities = wheel.activities
    frame = wheel.frame()
    categories: List[str] = []
    for a in activities:
        if a.category not in categories:
            categories.append(a.category)
    colour = {c: _PALETTE[i % len(_PALETTE)] for i, c in enumerate(categories)}
    row = {a.id: i for i, a in enumerate(activities)}

    fig = Figure(figsize=(12, 1.8 + 0.32 * max(len(activities), 1)), layout="constrained")
    ax = fig.subplots()
    for i, a in enumerate(activities):
        for w in a.expansion.windows:
            first, end = mdates.date2num(w.range.first), mdates.date2num(w.range.end)
            main = w.kind in (_core.WindowKind.Period, _core.WindowKind.Phase)
            ax.barh(i, end - first, left=first, height=0.62 if main else 0.3, color=colour[a.category],
                    alpha=0.35 if main else 0.6, linewidth=0)

    occurrences = frame[frame["source"] == "activity"]
    rows = occurrences["id"].map(row)
    x = mdates.date2num(occurrences["date"].dt.date.tolist()) if len(occurrences) else []
    fixed = occurrences["kind"].isin(["datum"]).to_numpy()
    deadline = (occurrences["kind"] == "senast").to_numpy()
    meeting = occurrences["meeting"].to_numpy()
    colours = [colour[c] for c in occurrences["category"].astype(str)]
    for mask, marker, filled in ((meeting & fixed, "o", True), (meeting & ~fixed & ~deadline, "o", False),
                                 (~meeting & ~deadline, "D", True), (deadline, "|", True)):
        idx = [k for k, keep in enumerate(mask) if keep]
        if not idx:
            continue
        cs = [colours[k] for k in idx]
        ax.scatter([x[k] for k in idx], [rows.iloc[k] for k in idx], marker=marker, s=34 if marker != "D" else 18,
                   facecolors=cs if filled else "white", edgecolors=cs, linewidths=1.4, zorder=3)

    labels = [_short(a.title, 48) + (" (?)" if a.error else "") for a in activities]
    ax.set_yticks(range(len(activities)))
    ax.set_yticklabels(labels, fontsize=8)
    ax.set_ylim(len(activities) - 0.5, -0.5)  # first activity on top, as in the plan
    _month_axis(ax, wheel.year, t["months"])
    ax.set_title(t["wheel_title"].format(year=wheel.year, n=len(activities), meetings=wheel.meetings))
    handles = [Patch(color=colour[c], alpha=0.6, label=c) for c in categories]
    handles += [Line2D([], [], marker="o", linestyle="", color="#444444", label=t["meeting"]),
                Line2D([], [], marker="o", linestyle="", markerfacecolor="white", color="#444444",
                       label=t["meeting_suggested"]),
                Line2D([], [], marker="D", linestyle="", markersize=4, color="#444444", label=t["other"]),
                Line2D([], [], marker="|", linestyle="", color="#444444", label=t["deadline"])]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    return fig


def _kronor_formatter(unit: str) -> FuncFormatter:
    # The amounts stay whole kronor; only the tick text is in the budget's unit, formatted exactly.
    if unit == "tkr":
        return FuncFormatter(lambda value, _pos: _core.format_tkr(int(round(value))))
    return FuncFormatter(lambda value, _pos: _core.format_kronor(int(round(value))))


def plot_budget(budget: _core.Budget, language: Union[str, _core.Language] = "sv") -> Figure:
    """The budget: every line as a bar (income green, costs orange) and, beside it, the computed sums
    against the printed totals for income, costs and result, a difference marked in red."""
    t = _texts(language)
    unit = budget.display_unit
    lines = budget.frame(language)
    lines = lines[lines["kind"] == "line"]
    totals = budget.totals_frame(language)

    fig = Figure(figsize=(13, 0.45 * max(len(lines), 4) + 2.2), layout="constrained")
    left, right = fig.subplots(1, 2, gridspec_kw={"width_ratios": [3, 2]})
    labels = [textwrap.fill(_short(label, 90), 42) for label in lines["label"]]
    colours = [_INCOME if s == "income" else _COSTS for s in lines["section"].astype(str)]
    amounts = lines["amount"].to_numpy()
    positions = list(range(len(lines)))
    left.barh(positions, amounts, color=colours)
    left.set_yticks(positions)
    left.set_yticklabels(labels, fontsize=8)
    left.set_ylim(len(lines) - 0.5, -0.5)
    left.xaxis.set_major_formatter(_kronor_formatter(unit))
    left.set_xlabel(t["tkr"] if unit == "tkr" else t["kr"])
    left.set_title(t["budget_lines"])
    left.margins(x=0.12)  # room for the amount written after the longest bar
    left.legend(handles=[Patch(color=_INCOME, label=t["income"]), Patch(color=_COSTS, label=t["costs"])],
                loc="lower right", fontsize=8)
    for y, amount in zip(positions, amounts):
        text = _core.format_tkr(int(amount)) if unit == "tkr" else _core.format_kronor(int(amount))
        left.annotate(text, (amount, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=7)

    names = [t["income"], t["costs"], t["result"]]
    width = 0.38
    computed = totals["computed"].to_numpy()
    printed = totals["printed"]
    right.bar([i - width / 2 for i in range(3)], computed, width, color="#607d8b", label=t["computed"])
    shown = [i for i in range(3) if not printed.isna().iloc[i]]
    right.bar([i + width / 2 for i in shown], [int(printed.iloc[i]) for i in shown], width, color="#b0bec5",
              label=t["printed"], hatch="//", edgecolor="#607d8b")
    amount = (lambda v: _core.format_tkr(v)) if unit == "tkr" else (lambda v: _core.format_kronor(v))
    for i in range(3):
        right.annotate(amount(int(computed[i])), (i - width / 2, max(int(computed[i]), 0)), xytext=(0, 2),
                       textcoords="offset points", ha="center", fontsize=7)
    for i in shown:
        right.annotate(amount(int(printed.iloc[i])), (i + width / 2, max(int(printed.iloc[i]), 0)), xytext=(0, 2),
                       textcoords="offset points", ha="center", fontsize=7)
        difference = int(totals["difference"].iloc[i])
        if difference:
            text = t["difference"].format(d=amount(difference) + (" tkr" if unit == "tkr" else ""))
            right.annotate(text, (i, max(int(computed[i]), int(printed.iloc[i]))), xytext=(0, 14),
                           textcoords="offset points", ha="center", color=_WARN, fontweight="bold", fontsize=9)
    right.set_xticks(range(3))
    right.set_xticklabels(names)
    right.yaxis.set_major_formatter(_kronor_formatter(unit))
    right.set_ylabel(t["tkr"] if unit == "tkr" else t["kr"])
    right.set_title(t["budget_totals"])
    right.legend(fontsize=8, loc="upper right")
    right.margins(y=0.12)
    fig.suptitle(budget.title or f"Budget {budget.year}")
    return fig


def plot_goal_coverage(plan: _core.Plan, catalog: Optional[_core.GoalCatalog] = None,
                       language: Union[str, _core.Language] = "sv") -> Figure:
    """Goal coverage as a heatmap: every goal of the catalog (rows, catalog order) against the plan's
    categories (columns, plan order); a cell counts the activities of the category that name the goal.
    Goals no activity names are greyed out; activities that say only "Flertalet" count for none and are
    given in the subtitle."""
    import pandas

    t = _texts(language)
    coverage = plan.goal_coverage(catalog, language)
    activities = plan.activities_frame()
    categories = [str(c) for c in activities["category"].cat.categories]
    pairs = activities[["category", "goal_ids"]].explode("goal_ids").dropna(subset=["goal_ids"])
    counts = pandas.crosstab(pairs["goal_ids"], pairs["category"].astype(str))
    counts = counts.reindex(index=list(coverage["goal"]), columns=categories, fill_value=0)

    fig = Figure(figsize=(3.2 + 1.0 * len(categories), 1.8 + 0.27 * len(coverage)), layout="constrained")
    ax = fig.subplots()
    matrix = counts.to_numpy()
    top = max(int(matrix.max()) if matrix.size else 0, 1)
    image = ax.imshow(matrix, cmap="Greens", aspect="auto", vmin=0, vmax=top)
    for (r, c), value in _cells(matrix):
        ax.text(c, r, str(value), ha="center", va="center", fontsize=8,
                color="white" if 2 * value > top else "black")
    prefixes = t["goal_prefix"]
    labels = []
    for kind, number, name in zip(coverage["kind"].astype(object), coverage["number"], coverage["name"]):
        prefix = prefixes.get(kind, "") if isinstance(kind, str) else ""
        labels.append(prefix.format(n=number) + _short(name, 44))
    ax.set_yticks(range(len(labels)))
    ax.set_yticklabels(labels, fontsize=8)
    for tick, served in zip(ax.get_yticklabels(), coverage["served"]):
        tick.set_color("black" if served else "#9e9e9e")
    ax.set_xticks(range(len(categories)))
    ax.set_xticklabels([textwrap.fill(c, 16, break_long_words=False) for c in categories], fontsize=8,
                       rotation=40, ha="right", rotation_mode="anchor")
    # Thin white lines between the cells keep neighbouring counts apart.
    ax.set_xticks([c - 0.5 for c in range(1, len(categories))], minor=True)
    ax.set_yticks([r - 0.5 for r in range(1, len(labels))], minor=True)
    ax.grid(which="minor", color="white", linewidth=1)
    ax.tick_params(which="minor", length=0)
    # Lines between the families of goals (generational goal, environmental objectives, global goals).
    kinds = list(coverage["kind"].astype(object))
    for r in range(1, len(kinds)):
        if kinds[r] != kinds[r - 1]:
            ax.axhline(r - 0.5, color="#616161", linewidth=0.8)
    open_goals = activities["open_goals"].astype(str)
    none = int(((activities["goal_ids"].map(len) == 0) & (open_goals == "")).sum())
    ax.set_title(t["coverage_title"].format(served=int(coverage["served"].sum()), total=len(coverage)) + "\n"
                 + t["coverage_note"].format(most=int((open_goals == "flertalet").sum()),
                                             others=int((open_goals == "m.fl.").sum()), none=none), fontsize=10)
    cbar = fig.colorbar(image, ax=ax, shrink=0.4)
    cbar.locator = MaxNLocator(integer=True)
    cbar.update_ticks()
    return fig


def _cells(matrix: Any) -> List[Tuple[Tuple[int, int], int]]:
    return [((r, c), int(matrix[r, c])) for r in range(matrix.shape[0]) for c in range(matrix.shape[1])
            if matrix[r, c]]


def plot_meeting_load(source: Union[_core.Plan, _core.YearWheel], actor: Optional[str] = None,
                      year: Optional[int] = None, language: Union[str, _core.Language] = "sv") -> Figure:
    """Meetings per month: all meeting occurrences of the wheel (grey) and those an actor is responsible
    for (coloured), by default the actor with the most meetings in the year (the coordinator, in a plan
    like Jönköping's). With a Plan as ``source`` the actor is named as the organisation names it."""
    t = _texts(language)
    wheel, plan = _wheel_of(source, year)
    months = wheel.months_frame()
    load = wheel.load_frame()
    if actor is None and len(load):
        totals = load.groupby("actor")["meetings"].sum()
        actor = str(totals.sort_index().idxmax())  # idxmax keeps the first of equals: the smallest id
    per_month = [0] * 12
    if actor is not None:
        mine = load[load["actor"] == actor]
        for month, meetings in zip(mine["month"], mine["meetings"]):
            per_month[int(month) - 1] = int(meetings)
    name = actor or "-"
    if plan is not None and actor is not None:
        name = plan.organisation.actor_name(actor) or actor

    fig = Figure(figsize=(10, 4.2), layout="constrained")
    ax = fig.subplots()
    positions = list(range(1, 13))
    all_meetings = [int(v) for v in months["meetings"]]
    ax.bar(positions, all_meetings, width=0.8, color="#cfd8dc", label=t["all_meetings"])
    ax.bar(positions, per_month, width=0.5, color=_PALETTE[0], label=name)
    for x, total, mine_n in zip(positions, all_meetings, per_month):
        if total:
            ax.annotate(str(total), (x, total), xytext=(0, 2), textcoords="offset points", ha="center", fontsize=8)
        if mine_n:
            ax.annotate(str(mine_n), (x, mine_n), xytext=(0, -11), textcoords="offset points", ha="center",
                        fontsize=8, color="white")
    ax.set_xticks(positions)
    ax.set_xticklabels(t["months"])
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel(t["meetings"])
    ax.margins(y=0.1)
    ax.legend(loc="upper left", fontsize=9)
    ax.set_title(t["load_title"].format(year=wheel.year, actor=name, n=sum(per_month), total=wheel.meetings))
    return fig


# ---- key figures (nyckeltal) ------------------------------------------------------------------------------

_KEY_TEXT: Dict[str, Dict[str, str]] = {
    "sv": {"median": "median {m}", "missing": "saknas", "county_median": "länets median",
           "better": {"högre": "högre är bättre", "lägre": "lägre är bättre", "neutral": ""}},
    "en": {"median": "median {m}", "missing": "missing", "county_median": "county median",
           "better": {"högre": "higher is better", "lägre": "lower is better", "neutral": ""}},
}


def _key_figure_years(key_figure_set: _core.KeyFigureSet, key_figure: str,
                      comparison: Optional[_core.KeyFigureComparison], language: Union[str, _core.Language]) -> Any:
    """What both key-figure plots start from: the language, its labels, the catalogue entry and the
    comparison's years of that figure; ValueError when the figure is unknown or has no values."""
    lang = str(_core.Language(str(language)))
    figure = key_figure_set.key_figure(key_figure)
    if figure is None:
        raise ValueError(f"key figure {key_figure!r} is not in the catalogue")
    comparison = comparison if comparison is not None else _core.compare_key_figures(key_figure_set)
    years = [y for y in comparison.years if y.key_figure == key_figure]
    if not years:
        raise ValueError(f"key figure {key_figure!r} has no values")
    return lang, _KEY_TEXT[lang], figure, years


def _decimal_text(value: Any, language: str) -> str:
    text = f"{value:f}"
    return text.replace(".", ",") if language == "sv" else text


def plot_key_figure_ranking(key_figure_set: _core.KeyFigureSet, key_figure: str, year: Optional[int] = None,
                            comparison: Optional[_core.KeyFigureComparison] = None,
                            language: Union[str, _core.Language] = "sv") -> Figure:
    """One key figure in one year (the latest by default) as a ranked bar chart: the municipalities best
    first (in the direction of better; by value, highest first, when no direction is better), the county
    median as a dashed line, municipalities without a value listed last as missing."""
    lang, t, figure, years = _key_figure_years(key_figure_set, key_figure, comparison, language)
    chosen = years[-1] if year is None else next((y for y in years if y.year == year), None)
    if chosen is None:
        raise ValueError(f"key figure {key_figure!r} has no values in {year}")
    present = [m for m in chosen.municipalities if m.value is not None]
    if str(figure.better) == "neutral":
        present.sort(key=lambda m: m.value, reverse=True)
    else:
        present.sort(key=lambda m: (m.rank, m.municipality))
    missing = [m for m in chosen.municipalities if m.value is None]
    rows = present + missing
    fig = Figure(figsize=(8, 0.35 * max(len(rows), 4) + 1.6), layout="constrained")
    ax = fig.subplots()
    positions = list(range(len(rows)))
    values = [float(m.value) if m.value is not None else 0.0 for m in rows]
    ax.barh(positions[: len(present)], values[: len(present)], color="#0072B2")
    ax.set_yticks(positions)
    ax.set_yticklabels([f"{m.rank}. {m.name or m.municipality}" if m.rank is not None else (m.name or m.municipality)
                        for m in rows], fontsize=8)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    for y, m in zip(positions, rows):
        label = _decimal_text(m.value, lang) if m.value is not None else t["missing"]
        ax.annotate(label, (values[y], y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=7,
                    color="#333333" if m.value is not None else "#b71c1c")
    if chosen.median is not None:
        ax.axvline(float(chosen.median), color="#D55E00", linestyle="--", linewidth=1.2,
                   label=t["median"].format(m=_decimal_text(chosen.median, lang)))
        ax.legend(loc="lower right", fontsize=8)
    ax.margins(x=0.12)
    ax.set_xlabel(figure.unit)
    subtitle = t["better"][str(figure.better)]
    ax.set_title(f"{figure.name}, {chosen.year}" + (f"\n({subtitle})" if subtitle else ""), fontsize=10)
    return fig


def plot_key_figure_years(key_figure_set: _core.KeyFigureSet, key_figure: str,
                          comparison: Optional[_core.KeyFigureComparison] = None,
                          language: Union[str, _core.Language] = "sv", columns: int = 4) -> Figure:
    """Small multiples of one key figure over the years: one panel per municipality (the set's order) with
    its values, the county median per year dashed behind them, all panels on the same scale."""
    lang, t, figure, years = _key_figure_years(key_figure_set, key_figure, comparison, language)
    codes = [m.municipality for m in years[0].municipalities]
    columns = max(1, min(columns, len(codes)))
    rows = (len(codes) + columns - 1) // columns
    fig = Figure(figsize=(2.6 * columns, 1.9 * rows + 0.9), layout="constrained")
    axes = fig.subplots(rows, columns, sharex=True, sharey=True, squeeze=False)
    medians = [(y.year, float(y.median)) for y in years if y.median is not None]
    for i, code in enumerate(codes):
        ax = axes[i // columns][i % columns]
        points = [(y.year, float(m.value)) for y in years for m in y.municipalities
                  if m.municipality == code and m.value is not None]
        if medians:
            ax.plot([p[0] for p in medians], [p[1] for p in medians], color="#999999", linestyle="--",
                    linewidth=1, label=t["county_median"])
        if points:
            ax.plot([p[0] for p in points], [p[1] for p in points], color="#0072B2", marker="o", markersize=3)
        name = next(m.name for m in years[0].municipalities if m.municipality == code) or code
        ax.set_title(name, fontsize=8)
        ax.tick_params(labelsize=7)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    for j in range(len(codes), rows * columns):
        axes[j // columns][j % columns].set_visible(False)
    if medians:
        axes[0][0].legend(fontsize=6, loc="best")
    unit = f" ({figure.unit})" if figure.unit else ""
    fig.suptitle(f"{figure.name}{unit}", fontsize=10)
    return fig
