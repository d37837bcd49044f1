# SPDX-License-Identifier: Apache-2.0
"""pandas tables of plans, budgets, year wheels, fee allocations, comparisons and findings.

The columns are built in C++ (``miljoplan/analysis/tables.h``) and cross into Python as whole arrays;
this module only gives them pandas dtypes. Importing :mod:`miljoplan` attaches the methods below to
the classes (``Plan.activities_frame()``, ``Budget.frame()``, ...). Column names and dtypes are listed
in ``docs/python.md``.

Dtypes: money and counts are ``int64`` (whole kronor, never float); a figure the source may leave out
(a printed total, a year) is pandas' nullable ``Int64``; dates are ``datetime64[ns]`` with ``NaT`` where
missing; categories, kinds and severities are ordered categoricals in their meaningful order (the
plan's category headings as printed, error before warning before info).

pandas is imported on first use only: ``import miljoplan`` works without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, Optional, Union

from . import _core
from ._html import findings_html

if TYPE_CHECKING:
    import pandas

__all__ = ["Findings", "to_frame", "validate"]


def _series(column: _core.Column) -> Any:
    import numpy
    import pandas

    values = column.values
    kind = column.type
    if kind == _core.ColumnType.Text:
        if column.categorical:
            return pandas.Categorical(values, categories=column.categories, ordered=True)
        return pandas.array(values, dtype=object)
    if kind == _core.ColumnType.Integer:
        if column.nullable:
            return pandas.arrays.IntegerArray(values, column.missing)
        return values
    if kind == _core.ColumnType.Day:
        # The C++ side sends days (datetime64[D]); pandas checks the nanosecond range on the way.
        return pandas.Series(values).astype("datetime64[ns]").array
    if kind == _core.ColumnType.Boolean:
        if column.nullable:
            return pandas.arrays.BooleanArray(values, column.missing)
        return values
    # A list per row (actor ids, goal ids, tags): an object column; df.explode() takes it apart. Filled
    # element by element, since numpy would otherwise read equally long lists as a second dimension.
    out = numpy.empty(len(values), dtype=object)
    for i, items in enumerate(values):
        out[i] = items
    return out


def to_frame(table: _core.Table) -> pandas.DataFrame:
    """A :class:`miljoplan.Table` as a pandas DataFrame with the dtypes described in this module."""
    import pandas  # imported here: pandas is an optional dependency of miljoplan (the "frames" extra)

    # No columns= argument: with it pandas first gathers the arrays into an object Series to reorder them,
    # which turns every date into a Timestamp object; the dict is already in the table's order.
    return pandas.DataFrame({c.name: _series(c) for c in table.columns})


class Findings(list):
    """What :func:`validate` and :meth:`Plan.validate` return: a plain ``list`` of :class:`Finding` that
    also shows as a table in Jupyter and turns into a DataFrame.

    It compares, slices, pickles and prints like the list it is; ``language`` is the language the
    messages were written in, used for the table's headings.
    """

    def __init__(self, findings: Iterable[_core.Finding] = (),
                 language: Union[str, _core.Language] = "sv") -> None:
        super().__init__(findings)
        self.language = str(_core.Language(str(language)))

    def frame(self) -> pandas.DataFrame:
        """One row per finding: severity (categorical error < warning < info), code, area, message, path."""
        return to_frame(_core.finding_table(list(self)))

    def _repr_html_(self) -> str:
        return findings_html(self, self.language)

    def __reduce__(self) -> Any:
        return (Findings, (list(self), self.language))


def validate(plan: _core.Plan, catalog: Optional[_core.GoalCatalog] = None,
             language: Union[str, _core.Language] = "sv",
             overrides: Optional[Dict[str, _core.RuleSetting]] = None, related: Iterable[_core.Plan] = ()) -> Findings:
    """Checks a plan and returns its findings (never raises for bad data); see :meth:`Plan.validate`."""
    return Findings(_core.validate(plan, catalog, language, overrides or {}, list(related)), language)


_plan_validate = _core.Plan.validate


def _validate_method(self: _core.Plan, catalog: Optional[_core.GoalCatalog] = None,
                     language: Union[str, _core.Language] = "sv",
                     overrides: Optional[Dict[str, _core.RuleSetting]] = None,
                     related: Iterable[_core.Plan] = ()) -> Findings:
    """Checks the plan with the rule engine and returns its findings (never raises for bad data).

    ``catalog`` is the goal catalog effect goals resolve against (the built-in one by default);
    ``language`` the messages' language; ``overrides`` maps rule codes to :class:`RuleSetting` for this
    run; ``related`` lists other plans of the organisation (for example last year's, with its outcome).
    """
    return Findings(_plan_validate(self, catalog, language, overrides or {}, list(related)), language)


def _activities_frame(self: _core.Plan) -> pandas.DataFrame:
    """One row per activity in printed order; ``category`` is categorical in the plan's heading order."""
    return to_frame(_core.activity_table(self))


def _proposals_frame(self: _core.Plan) -> pandas.DataFrame:
    """One row per proposal of the proposal bank in printed order; ``area`` in the bank's order."""
    return to_frame(_core.proposal_table(self))


def _goal_coverage(self: _core.Plan, catalog: Optional[_core.GoalCatalog] = None,
                   language: Union[str, _core.Language] = "sv") -> pandas.DataFrame:
    """One row per goal of the catalog (the built-in one by default): how many activities name it and
    which; ``served`` is False for the goals no activity names."""
    return to_frame(_core.goal_coverage_table(self, catalog, language))


def _budget_frame(self: _core.Budget, language: Union[str, _core.Language] = "sv") -> pandas.DataFrame:
    """The budget in long form: every line, the computed sums and the printed totals (``kind``)."""
    return to_frame(_core.budget_table(self, language))


def _budget_totals_frame(self: _core.Budget, language: Union[str, _core.Language] = "sv") -> pandas.DataFrame:
    """Income, costs and result: ``computed``, ``printed`` (nullable) and ``difference`` = printed - computed."""
    return to_frame(_core.budget_totals_table(self, language))


def _wheel_frame(self: _core.YearWheel) -> pandas.DataFrame:
    """One row per occurrence of the year wheel in date order (activities and planning steps)."""
    return to_frame(_core.occurrence_table(self))


def _wheel_months_frame(self: _core.YearWheel) -> pandas.DataFrame:
    """One row per month: meetings, running activities, occurrences, planning steps."""
    return to_frame(_core.month_table(self))


def _wheel_load_frame(self: _core.YearWheel) -> pandas.DataFrame:
    """Meeting occurrences per month and responsible actor, long form (month, actor, meetings)."""
    return to_frame(_core.load_table(self))


def _allocation_frame(self: _core.FeeAllocation) -> pandas.DataFrame:
    """One row per paying unit: parties, population, amount (whole kronor)."""
    return to_frame(_core.allocation_table(self))


def _comparison_frame(self: _core.PlanComparison) -> pandas.DataFrame:
    """One row per activity of either plan: how it changed (categorical) and in which fields."""
    return to_frame(_core.comparison_table(self))


def _table_to_frame(self: _core.Table) -> pandas.DataFrame:
    """The table as a pandas DataFrame."""
    return to_frame(self)


def _attach() -> None:
    _validate_method.__name__ = _validate_method.__qualname__ = "validate"
    _core.Plan.validate = _validate_method
    _core.Plan.activities_frame = _activities_frame
    _core.Plan.proposals_frame = _proposals_frame
    _core.Plan.goal_coverage = _goal_coverage
    _core.Budget.frame = _budget_frame
    _core.Budget.totals_frame = _budget_totals_frame
    _core.YearWheel.frame = _wheel_frame
    _core.YearWheel.months_frame = _wheel_months_frame
    _core.YearWheel.load_frame = _wheel_load_frame
    _core.FeeAllocation.frame = _allocation_frame
    _core.PlanComparison.frame = _comparison_frame
    _core.Table.to_frame = _table_to_frame
    for function in (_activities_frame, _proposals_frame, _goal_coverage, _budget_frame, _budget_totals_frame,
                     _wheel_frame, _wheel_months_frame, _wheel_load_frame, _allocation_frame, _comparison_frame,
                     _table_to_frame):
        function.__name__ = function.__qualname__ = function.__name__.lstrip("_")


_attach()
