# SPDX-License-Identifier: Apache-2.0
"""miljoplan: operational plans (verksamhetsplaner) of Swedish regional environmental-supervision
cooperations (miljösamverkan).

Start with the embedded reference plan::

    >>> import miljoplan
    >>> plan = miljoplan.example_plan()          # Miljösamverkan Jönköpings län 2024
    >>> len(plan.activities)
    26
    >>> [f.code for f in plan.validate()]
    ['budget.costs_total', 'budget.result_printed_totals']

Plans are read with :func:`load` / :func:`loads` and written with :meth:`Plan.save` /
:meth:`Plan.to_json`. Amounts are ``int`` whole kronor; dates are ``datetime.date``.
Errors derive from :class:`miljoplan.Error`; a :class:`ParseError` carries ``line``, ``column``
and ``path``.
"""

from ._core import (
    __version__,
    # errors
    DuplicateIdError,
    Error,
    InvalidArgumentError,
    IoError,
    ParseError,
    SchemaError,
    # enums
    ActorKind,
    BodyKind,
    GoalKind,
    Language,
    OpenGoals,
    PartyKind,
    SeatFunction,
    Severity,
    YearStatus,
    # organisation
    Body,
    County,
    Organisation,
    Party,
    PartyGroup,
    PlanningCycle,
    Population,
    Role,
    Seat,
    # goals
    EffectGoal,
    GoalCatalog,
    GoalPhrase,
    GoalRef,
    GoalResolution,
    Measure,
    # plan
    Activity,
    ActorPhrase,
    ActorRef,
    Adoption,
    Plan,
    PlanYear,
    Proposal,
    ProposalBank,
    SourceDocument,
    TextSection,
    # budget
    Budget,
    BudgetLine,
    PrintedTotal,
    PrintedTotals,
    # checks
    Finding,
    validate,
    # files and reports
    dumps,
    example_plan,
    example_plan_json,
    builtin_goal_catalog,
    format_kronor,
    format_tkr,
    goal_catalog_from_json,
    goal_catalog_to_json,
    load,
    loads,
    organisation_from_json,
    organisation_to_json,
    save,
    text_report,
)

__all__ = [
    "__version__",
    "DuplicateIdError",
    "Error",
    "InvalidArgumentError",
    "IoError",
    "ParseError",
    "SchemaError",
    "ActorKind",
    "BodyKind",
    "GoalKind",
    "Language",
    "OpenGoals",
    "PartyKind",
    "SeatFunction",
    "Severity",
    "YearStatus",
    "Body",
    "County",
    "Organisation",
    "Party",
    "PartyGroup",
    "PlanningCycle",
    "Population",
    "Role",
    "Seat",
    "EffectGoal",
    "GoalCatalog",
    "GoalPhrase",
    "GoalRef",
    "GoalResolution",
    "Measure",
    "Activity",
    "ActorPhrase",
    "ActorRef",
    "Adoption",
    "Plan",
    "PlanYear",
    "Proposal",
    "ProposalBank",
    "SourceDocument",
    "TextSection",
    "Budget",
    "BudgetLine",
    "PrintedTotal",
    "PrintedTotals",
    "Finding",
    "validate",
    "dumps",
    "example_plan",
    "example_plan_json",
    "builtin_goal_catalog",
    "format_kronor",
    "format_tkr",
    "goal_catalog_from_json",
    "goal_catalog_to_json",
    "load",
    "loads",
    "organisation_from_json",
    "organisation_to_json",
    "save",
    "text_report",
]
