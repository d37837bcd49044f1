# SPDX-License-Identifier: Apache-2.0
"""The yearly comparison of key figures (nyckeltal) as pandas frames and as the "Nyckeltal" section of
a report for the discussion meeting.

The comparison itself is computed in C++ (:func:`miljoplan.compare_key_figures`), and so is the report
section (shared with ``miljoplan keyfigures`` on the command line); this module lays the comparison out as
frames. Numbers stay exact: value, median, deviation, change and trend columns hold
:class:`decimal.Decimal` (``None`` where there is none) in object columns; ``frame["value"].astype(float)``
gives floats for plotting or statistics. The section's labels are Swedish by default and English with
``language="en"``.

pandas is imported on first use only.
"""

from __future__ import annotations

import decimal
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from . import _core

if TYPE_CHECKING:
    import pandas

__all__ = ["key_figure_frame", "key_figure_trend_frame", "key_figure_year_frame", "key_figures_html",
           "key_figures_markdown"]

_STATUSES = ["rapporterad", "saknas", "reviderad"]
_VERDICTS = ["bättre", "sämre", "oförändrad", "ej bedömd"]


def _comparison(key_figure_set: _core.KeyFigureSet,
                comparison: Optional[_core.KeyFigureComparison]) -> _core.KeyFigureComparison:
    return comparison if comparison is not None else _core.compare_key_figures(key_figure_set)


def _decimals(values: List[Optional[decimal.Decimal]]) -> Any:
    import numpy

    out = numpy.empty(len(values), dtype=object)
    for i, v in enumerate(values):
        out[i] = v
    return out


def key_figure_frame(key_figure_set: _core.KeyFigureSet,
                     comparison: Optional[_core.KeyFigureComparison] = None) -> pandas.DataFrame:
    """One row per key figure, year and municipality: key_figure, key_figure_name, unit, year, municipality
    (kommunkod), municipality_name, party, value, status (categorical rapporterad < saknas < reviderad), median,
    deviation (value - median), rank (Int64, 1 = best), previous, change, reported_on (datetime64),
    reported_by_deadline. The comparison is computed with the defaults unless one is given."""
    import pandas

    comparison = _comparison(key_figure_set, comparison)
    rows: Dict[str, List[Any]] = {k: [] for k in (
        "key_figure", "key_figure_name", "unit", "year", "municipality", "municipality_name", "party", "value",
        "status", "median", "deviation", "rank", "previous", "change", "reported_on", "reported_by_deadline")}
    for y in comparison.years:
        figure = key_figure_set.key_figure(y.key_figure)
        for m in y.municipalities:
            rows["key_figure"].append(y.key_figure)
            rows["key_figure_name"].append(figure.name)
            rows["unit"].append(figure.unit)
            rows["year"].append(y.year)
            rows["municipality"].append(m.municipality)
            rows["municipality_name"].append(m.name)
            rows["party"].append(m.party or None)
            rows["value"].append(m.value)
            rows["status"].append(str(m.status))
            rows["median"].append(y.median)
            rows["deviation"].append(m.deviation)
            rows["rank"].append(m.rank)
            rows["previous"].append(m.previous)
            rows["change"].append(m.change)
            rows["reported_on"].append(m.reported_on)
            rows["reported_by_deadline"].append(m.reported_by_deadline)
    data: Dict[str, Any] = dict(rows)
    for name in ("value", "median", "deviation", "previous", "change"):
        data[name] = _decimals(rows[name])
    data["year"] = pandas.array(rows["year"], dtype="int64")
    data["rank"] = pandas.array(rows["rank"], dtype="Int64")
    data["status"] = pandas.Categorical(rows["status"], categories=_STATUSES, ordered=True)
    data["reported_on"] = pandas.to_datetime(pandas.Series(rows["reported_on"], dtype=object))
    data["reported_by_deadline"] = pandas.array(rows["reported_by_deadline"], dtype="bool")
    return pandas.DataFrame(data, columns=list(rows))


def key_figure_year_frame(key_figure_set: _core.KeyFigureSet,
                          comparison: Optional[_core.KeyFigureComparison] = None) -> pandas.DataFrame:
    """One row per key figure and year: key_figure, year, reported (how many values), median, minimum,
    maximum, spread, deadline (datetime64), not_reported (the kommunkoder that had not reported by the
    deadline, a list per row)."""
    import pandas

    comparison = _comparison(key_figure_set, comparison)
    years = comparison.years
    return pandas.DataFrame({
        "key_figure": [y.key_figure for y in years],
        "year": pandas.array([y.year for y in years], dtype="int64"),
        "reported": pandas.array([y.reported for y in years], dtype="int64"),
        "median": _decimals([y.median for y in years]),
        "minimum": _decimals([y.minimum for y in years]),
        "maximum": _decimals([y.maximum for y in years]),
        "spread": _decimals([y.spread for y in years]),
        "deadline": pandas.to_datetime(pandas.Series([y.deadline for y in years], dtype=object)),
        "not_reported": _decimals([list(y.not_reported_by_deadline) for y in years]),
    })


def key_figure_trend_frame(key_figure_set: _core.KeyFigureSet,
                           comparison: Optional[_core.KeyFigureComparison] = None) -> pandas.DataFrame:
    """One row per key figure and municipality: key_figure, municipality, municipality_name, method, first_year,
    last_year (Int64, missing without values), points, per_year (Decimal, None with fewer than two years),
    verdict (categorical bättre < sämre < oförändrad < ej bedömd)."""
    import pandas

    comparison = _comparison(key_figure_set, comparison)
    trends = comparison.trends
    return pandas.DataFrame({
        "key_figure": [t.key_figure for t in trends],
        "municipality": [t.municipality for t in trends],
        "municipality_name": [t.name for t in trends],
        "method": [str(t.method) for t in trends],
        "first_year": pandas.array([t.first_year or None for t in trends], dtype="Int64"),
        "last_year": pandas.array([t.last_year or None for t in trends], dtype="Int64"),
        "points": pandas.array([t.points for t in trends], dtype="int64"),
        "per_year": _decimals([t.per_year for t in trends]),
        "verdict": pandas.Categorical([str(t.verdict) for t in trends], categories=_VERDICTS, ordered=True),
    })


# ---- report section --------------------------------------------------------------------------------------
# Laid out in C++ (miljoplan/keyfigures/key_figure_report.h), so `miljoplan keyfigures` on the command line
# writes the same section.

def key_figures_markdown(key_figure_set: _core.KeyFigureSet, year: Optional[int] = None,
                         comparison: Optional[_core.KeyFigureComparison] = None,
                         language: Union[str, _core.Language] = "sv") -> str:
    """The "Nyckeltal" section for the discussion meeting as Markdown: per key figure the county's values
    in `year` (each key figure's latest year by default) best first, with deviation from the median, rank,
    change since the year before and trend; then median and spread, who had not reported by the deadline,
    the trend method and the source. Text from the data is escaped so it renders as written."""
    return _core.key_figures_markdown(key_figure_set, year, comparison, _core.Language(str(language)))


def key_figures_html(key_figure_set: _core.KeyFigureSet, year: Optional[int] = None,
                     comparison: Optional[_core.KeyFigureComparison] = None,
                     language: Union[str, _core.Language] = "sv", standalone: bool = False) -> str:
    """The same section as :func:`key_figures_markdown` as an HTML fragment (a ``<section>``), or as one
    self-contained page with ``standalone=True``; every text from the data is escaped."""
    return _core.key_figures_html(key_figure_set, year, comparison, _core.Language(str(language)), standalone)
