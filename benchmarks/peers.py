# SPDX-License-Identifier: Apache-2.0
"""The peers the benchmarks hold miljoplan against, and miljoplan's own Python side.

Each mode does one measurement in the process that runs it and prints one JSON line; run.py starts a
fresh process for every measurement and pairs it with the miljoplan run of the same work.

    peers.py pydantic DIR GOALS        load + validate every plan with a pydantic v2 model of the schema
    peers.py dataclasses DIR GOALS     the same with the standard library's json and dataclasses
    peers.py miljoplan-load DIR        miljoplan.load() + validate() from Python
    peers.py rrule RULES REPS          dateutil's rrule expanding the same rules over the same years
    peers.py miljoplan-expand PHRASES FIRST YEARS REPS
                                       miljoplan.expand() from Python, returning the dates
    peers.py frame FILE REPS           activities_frame() against pandas.DataFrame(list of dicts), paired

The load peers check what the issue asks of a loader: budget totals against the printed ones, responsible
parties and partners that name known actors, effect goals that name known goals, counts per category.
Timing starts after the imports and before the first file is read, so a model's class construction (done
once at import in pydantic v2) is not counted against it, and file reading is counted for everyone.
"""

import datetime
import json
import pathlib
import sys
import time
from typing import Any, Dict, List, Optional, Union


def plan_files(where: str) -> List[pathlib.Path]:
    path = pathlib.Path(where)
    return sorted(path.glob("*.json")) if path.is_dir() else [path]


def known_goals(goals_file: str) -> set:
    return {g["id"] for g in json.loads(pathlib.Path(goals_file).read_text(encoding="utf-8"))["goals"]}


def report(**figures) -> None:
    print(json.dumps(figures))


# ---- checks shared by both load peers, on plain values --------------------------------------------------

def check_plan(actors: set, goals: set, activities, budget, per_category: Dict[str, int]) -> List[str]:
    """The plan-level checks, on objects with attribute access: returns error messages."""
    errors = []
    for a in activities:
        per_category[a.category] = per_category.get(a.category, 0) + 1
        for cell in (a.responsible, a.partners):
            if cell is None:
                continue
            for ref in cell.refs:
                ref_id = ref if isinstance(ref, str) else ref.id
                if ref_id not in actors:
                    errors.append(f"unknown actor {ref_id}")
        if a.effect_goals is not None:
            for goal in a.effect_goals.goals:
                goal_id = goal if isinstance(goal, str) else goal.goal
                if goal_id not in goals:
                    errors.append(f"unknown goal {goal_id}")
    if budget is not None:
        income = sum(line.amount for line in budget.income)
        costs = sum(line.amount for line in budget.costs)
        totals = budget.printed_totals
        if totals is not None:
            if totals.income is not None and totals.income.amount != income:
                errors.append("income total")
            if totals.costs is not None and totals.costs.amount != costs:
                errors.append("costs total")
            if totals.result is not None and totals.result.amount != income - costs:
                errors.append("result")
    return errors


def actor_ids(org) -> set:
    ids = {org.id}
    for group in (org.parties, org.groups, org.roles, org.bodies):
        ids.update(x.id for x in group)
    return ids


# ---- pydantic v2 -----------------------------------------------------------------------------------------

def timed_checks(where: str, goals_file: str, read, **extra) -> None:
    """Times reading every plan file with ``read(bytes) -> (organisation, activities, budget)`` and the four
    checks, the same loop for every Python peer, and reports the figures."""
    goals = known_goals(goals_file)
    files = plan_files(where)
    per_category: Dict[str, int] = {}
    errors = activities = size = 0
    start = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        size += len(data)
        organisation, acts, budget = read(data)
        activities += len(acts)
        errors += len(check_plan(actor_ids(organisation), goals, acts, budget, per_category))
    report(seconds=time.perf_counter() - start, bytes=size, plans=len(files), activities=activities,
           categories=len(per_category), errors=errors, **extra)


def pydantic_load(where: str, goals_file: str) -> None:
    from typing import Literal

    import pydantic
    from pydantic import BaseModel, ConfigDict, field_validator

    class Value(BaseModel):
        """Untagged value objects: unknown fields are errors, as in the library."""
        model_config = ConfigDict(extra="forbid")

    class Tagged(BaseModel):
        """Schema-tagged objects: unknown fields are kept, as in the library."""
        model_config = ConfigDict(extra="allow")
        schema_: Optional[str] = pydantic.Field(default=None, alias="schema")

    class Population(Value):
        count: int
        as_of: Optional[datetime.date] = None
        source: str = ""
        uncertain: bool = False

    class Party(Tagged):
        id: str
        kind: Literal["kommun", "länsstyrelse", "region", "kommunförbund", "förvaltning", "polis", "åklagare",
                      "miljösamverkan", "övrig"]
        name: str
        short_names: List[str] = []
        kommunkod: Optional[str] = None
        parent: Optional[str] = None
        district: Optional[str] = None
        population: Optional[Population] = None

        @field_validator("kommunkod")
        @classmethod
        def four_digits(cls, v):
            if v is not None and (len(v) != 4 or not v.isdigit()):
                raise ValueError("kommunkod must be four digits")
            return v

    class PartyGroup(Tagged):
        id: str
        name: str
        members: List[str] = []
        description: str = ""

    class Role(Tagged):
        id: str
        title: str
        employer: Optional[str] = None
        description: str = ""

    class Seat(Value):
        from_: str = pydantic.Field(alias="from")
        position: Optional[str] = None
        count: Optional[int] = None
        functions: List[str] = []
        text: str = ""

    class Body(Tagged):
        id: str
        kind: str
        name: str
        mandate: str = ""
        per_activity: bool = False
        seats: List[Seat] = []
        members: List[Dict[str, Any]] = []
        meetings: Optional[Dict[str, Any]] = None

    class Organisation(Tagged):
        id: str
        name: str
        former_names: List[str] = []
        counties: List[Dict[str, str]] = []
        founded: Optional[int] = None
        purpose: str = ""
        members: List[str] = []
        opt_in_members: List[str] = []
        season_reading: Literal["termin", "kalender"] = "termin"
        cycle: Optional[Dict[str, Any]] = None
        categories: List[str] = []
        process: List[Dict[str, Any]] = []
        criteria: List[Dict[str, Any]] = []
        parties: List[Party] = []
        groups: List[PartyGroup] = []
        roles: List[Role] = []
        bodies: List[Body] = []

    class Ref(Value):
        id: str
        tentative: bool = False

    class Cell(Value):
        text: str = ""
        refs: List[Union[str, Ref]] = []

    class Measure(Value):
        number: str
        section: str = ""
        programme: str = ""

    class GoalMeasure(Value):
        goal: str
        measure: Measure

    class EffectGoals(Value):
        text: str = ""
        goals: List[Union[str, GoalMeasure]] = []
        open: Optional[Literal["m.fl.", "flertalet"]] = None

    class Activity(Tagged):
        id: str
        category: str = ""
        year: Optional[int] = None
        title: str
        goal: str = ""
        implementation: str = ""
        timing: str = ""
        responsible: Optional[Cell] = None
        partners: Optional[Cell] = None
        effect_goals: Optional[EffectGoals] = None
        origin: Optional[Dict[str, Any]] = None

    class Proposal(Tagged):
        id: str
        area: str = ""
        title: str
        submitted_year: Optional[int] = None
        submitted_by: Optional[str] = None
        marked_new: Optional[bool] = None
        history: List[Dict[str, Any]] = []
        assessments: List[Dict[str, Any]] = []

    class ProposalBank(Tagged):
        heading: str = ""
        title: str = ""
        years: Optional[Dict[str, int]] = None
        areas: List[str] = []
        notes: List[str] = []
        proposals: List[Proposal] = []

    class Line(BaseModel):
        model_config = ConfigDict(extra="allow")
        id: str = ""
        label: str
        amount: int
        tags: List[str] = []

    class Total(Value):
        label: str = ""
        amount: int

    class Totals(Value):
        income: Optional[Total] = None
        costs: Optional[Total] = None
        result: Optional[Total] = None

    class Budget(Tagged):
        year: int
        version: Literal["fastställd", "reviderad", "bokslut"] = "fastställd"
        title: str = ""
        display_unit: Literal["tkr", "kr"] = "tkr"
        headings: Optional[Dict[str, str]] = None
        income: List[Line] = []
        costs: List[Line] = []
        printed_totals: Optional[Totals] = None
        notes: List[str] = []

    class PlanYear(Value):
        year: int
        status: Literal["fastställd", "preliminär", "förslagsbank"]

    class Adoption(Value):
        body: Optional[str] = None
        date: Optional[datetime.date] = None
        note: str = ""

    class Section(Value):
        heading: str = ""
        text: str = ""

    class Plan(Tagged):
        id: str
        title: str
        source: Optional[Dict[str, Any]] = None
        organisation: Organisation
        years: List[PlanYear] = []
        horizon_exception: str = ""
        adoption: Optional[Adoption] = None
        sections: List[Section] = []
        categories: List[str] = []
        activities: List[Activity] = []
        proposal_bank: Optional[ProposalBank] = None
        budget: Optional[Budget] = None

    def read(data: bytes):
        plan = Plan.model_validate_json(data)
        return plan.organisation, plan.activities, plan.budget

    timed_checks(where, goals_file, read, pydantic=pydantic.VERSION)


# ---- json + dataclasses ----------------------------------------------------------------------------------

def dataclasses_load(where: str, goals_file: str) -> None:
    from dataclasses import dataclass, field

    def text(d: dict, key: str, default: Optional[str] = "") -> Optional[str]:
        v = d.get(key, default)
        if v is not None and not isinstance(v, str):
            raise TypeError(f"{key}: expected a string")
        return v

    def integer(d: dict, key: str) -> int:
        v = d[key]
        if not isinstance(v, int) or isinstance(v, bool):
            raise TypeError(f"{key}: expected an integer")
        return v

    @dataclass
    class Ref:
        id: str
        tentative: bool = False

    @dataclass
    class Cell:
        text: str
        refs: List[Union[str, Ref]]

    @dataclass
    class GoalMeasure:
        goal: str
        measure: dict

    @dataclass
    class EffectGoals:
        text: str
        goals: List[Union[str, GoalMeasure]]
        open: Optional[str]

    @dataclass
    class Activity:
        id: str
        category: str
        year: Optional[int]
        title: str
        goal: str
        implementation: str
        timing: str
        responsible: Optional[Cell]
        partners: Optional[Cell]
        effect_goals: Optional[EffectGoals]

    @dataclass
    class Actor:
        id: str
        name: str

    @dataclass
    class Organisation:
        id: str
        name: str
        parties: List[Actor]
        groups: List[Actor]
        roles: List[Actor]
        bodies: List[Actor]

    @dataclass
    class Line:
        id: str
        label: str
        amount: int
        tags: List[str] = field(default_factory=list)

    @dataclass
    class Total:
        label: str
        amount: int

    @dataclass
    class Totals:
        income: Optional[Total]
        costs: Optional[Total]
        result: Optional[Total]

    @dataclass
    class Budget:
        year: int
        income: List[Line]
        costs: List[Line]
        printed_totals: Optional[Totals]

    def cell(d: Optional[dict]) -> Optional[Cell]:
        if d is None:
            return None
        refs = [r if isinstance(r, str) else Ref(text(r, "id"), bool(r.get("tentative", False)))
                for r in d.get("refs", [])]
        return Cell(text(d, "text"), refs)

    def goals_cell(d: Optional[dict]) -> Optional[EffectGoals]:
        if d is None:
            return None
        goals = [g if isinstance(g, str) else GoalMeasure(text(g, "goal"), g["measure"]) for g in d.get("goals", [])]
        if d.get("open") not in (None, "m.fl.", "flertalet"):
            raise ValueError("open")
        return EffectGoals(text(d, "text"), goals, d.get("open"))

    def activity(d: dict) -> Activity:
        return Activity(text(d, "id"), text(d, "category"), d.get("year"), text(d, "title"), text(d, "goal"),
                        text(d, "implementation"), text(d, "timing"), cell(d.get("responsible")),
                        cell(d.get("partners")), goals_cell(d.get("effect_goals")))

    def actors(items: list, name: str = "name") -> List[Actor]:
        return [Actor(text(x, "id"), text(x, name)) for x in items]

    def total(d: Optional[dict]) -> Optional[Total]:
        return None if d is None else Total(text(d, "label"), integer(d, "amount"))

    def budget(d: Optional[dict]) -> Optional[Budget]:
        if d is None:
            return None
        lines = lambda key: [Line(text(x, "id"), text(x, "label"), integer(x, "amount"), x.get("tags", []))  # noqa
                             for x in d.get(key, [])]
        t = d.get("printed_totals")
        totals = None if t is None else Totals(total(t.get("income")), total(t.get("costs")), total(t.get("result")))
        return Budget(integer(d, "year"), lines("income"), lines("costs"), totals)

    def read(data: bytes):
        doc = json.loads(data)
        o = doc["organisation"]
        org = Organisation(text(o, "id"), text(o, "name"), actors(o.get("parties", [])), actors(o.get("groups", [])),
                           actors(o.get("roles", []), "title"), actors(o.get("bodies", [])))
        return org, [activity(a) for a in doc.get("activities", [])], budget(doc.get("budget"))

    timed_checks(where, goals_file, read)


# ---- miljoplan from Python -------------------------------------------------------------------------------

def miljoplan_load(where: str) -> None:
    import miljoplan

    miljoplan.builtin_goal_catalog()  # parsed once outside the timing, as the peers read goals.json outside it
    files = plan_files(where)
    per_category: Dict[str, int] = {}
    errors = activities = size = 0
    start = time.perf_counter()
    for path in files:
        size += path.stat().st_size
        plan = miljoplan.load(str(path))
        errors += sum(1 for f in plan.validate() if str(f.severity) == "error")
        for a in plan.activities:
            per_category[a.category] = per_category.get(a.category, 0) + 1
            activities += 1
    report(seconds=time.perf_counter() - start, bytes=size, plans=len(files), activities=activities,
           categories=len(per_category), errors=errors)


def miljoplan_expand(phrases_file: str, first: int, years: int, reps: int) -> None:
    import miljoplan

    phrases = [p for p in pathlib.Path(phrases_file).read_text(encoding="utf-8").splitlines() if p]
    timings = [miljoplan.parse_timing(p, year=first) for p in phrases]
    count = 0
    start = time.perf_counter()
    for _ in range(reps):
        for timing in timings:
            for year in range(first, first + years):
                count += len([o.date for o in miljoplan.expand(timing, year).occurrences])
    report(seconds=time.perf_counter() - start, rules=len(timings), reps=reps, occurrences=count // reps)


# ---- dateutil rrule --------------------------------------------------------------------------------------

def rrule_expand(rules_file: str, reps: int) -> None:
    from dateutil import rrule

    rules = json.loads(pathlib.Path(rules_file).read_text(encoding="utf-8"))
    first, years = rules["first"], rules["years"]
    start_day = datetime.datetime(first, 1, 1)
    until = datetime.datetime(first + years - 1, 12, 31)
    weekdays = (rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR)
    count = 0
    start = time.perf_counter()
    for _ in range(reps):
        for rule in rules["rules"]:
            # The first weekday on or after the suggested day, in the months the rule allows.
            dates = rrule.rrule(rrule.MONTHLY, dtstart=start_day, until=until, bymonth=rule["months"],
                                bymonthday=list(range(rule["day"], rule["day"] + 7)), byweekday=weekdays,
                                bysetpos=1)
            count += len([d.date() for d in dates])
    report(seconds=time.perf_counter() - start, rules=len(rules["rules"]), reps=reps, occurrences=count // reps)


# ---- activities_frame() against DataFrame(list of dicts) -------------------------------------------------

def frame(path: str, reps: int) -> None:
    import pandas

    import miljoplan

    plan = miljoplan.load(path)
    rows = plan.activities_frame().to_dict("records")  # the same rows, as dicts, built outside the timing
    ours, theirs = [], []
    for _ in range(reps):
        start = time.perf_counter()
        ours_frame = plan.activities_frame()
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        their_frame = pandas.DataFrame(rows)
        theirs.append(time.perf_counter() - start)
    assert len(ours_frame) == len(their_frame)
    report(ours=ours, theirs=theirs, rows=len(rows))


def main(argv: List[str]) -> None:
    mode, args = argv[1], argv[2:]
    if mode == "pydantic":
        pydantic_load(*args)
    elif mode == "dataclasses":
        dataclasses_load(*args)
    elif mode == "miljoplan-load":
        miljoplan_load(*args)
    elif mode == "miljoplan-expand":
        miljoplan_expand(args[0], int(args[1]), int(args[2]), int(args[3]))
    elif mode == "rrule":
        rrule_expand(args[0], int(args[1]))
    elif mode == "frame":
        frame(args[0], int(args[1]))
    else:
        sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv)
