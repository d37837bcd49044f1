# SPDX-License-Identifier: Apache-2.0
"""Jupyter's rich display (``_repr_html_``) of plans, budgets, findings and timings.

Every piece of text from a plan goes through :func:`html.escape`: a plan file is data, and a label such
as ``<b>`` must show as written, never as markup. The fragments use plain tags only (no scripts, no
styles beyond a few inline ones) so they read the same in JupyterLab, VS Code and on GitHub.
"""

from __future__ import annotations

import html
from typing import Any, Iterable, List

from . import _core

__all__ = ["budget_html", "findings_html", "plan_html", "timing_html"]

_LABELS = {
    "sv": {
        "organisation": "Organisation", "years": "År", "adopted": "Fastställd", "activities": "Aktiviteter",
        "in_categories": "i {n} kategorier", "proposals": "Förslagsbank", "n_proposals": "{n} förslag",
        "budget": "Budget", "none": "saknas", "no_date": "datum saknas", "income": "intäkter",
        "costs": "kostnader", "result": "resultat", "printed": "tryckt", "category": "Kategori",
        "count": "Antal", "sum": "Summa (beräknad)", "printed_sum": "Summa (tryckt)",
        "differs": "skiljer {d} från beräknat", "line": "Post", "amount": "Belopp", "severity": "Allvar",
        "code": "Kod", "message": "Meddelande", "path": "Sökväg", "no_findings": "Inga fynd.",
        "error": "fel", "warning": "varning", "info": "info", "errors": "fel", "warnings": "varningar",
        "infos": "info", "findings": "fynd", "per_category": "Aktiviteter per kategori", "ongoing": "löpande",
        "by": "senast", "per": "per", "times": ["gång", "gånger"], "except": "utom",
        "unparsed": "ej tolkat", "ambiguous": "tolkning", "within": "under",
    },
    "en": {
        "organisation": "Organisation", "years": "Years", "adopted": "Adopted", "activities": "Activities",
        "in_categories": "in {n} categories", "proposals": "Proposal bank", "n_proposals": "{n} proposals",
        "budget": "Budget", "none": "none", "no_date": "no date", "income": "income", "costs": "costs",
        "result": "result", "printed": "printed", "category": "Category", "count": "Count",
        "sum": "Total (computed)", "printed_sum": "Total (printed)", "differs": "differs by {d} from computed",
        "line": "Line", "amount": "Amount", "severity": "Severity", "code": "Code", "message": "Message",
        "path": "Path", "no_findings": "No findings.", "error": "error", "warning": "warning", "info": "info",
        "errors": "errors", "warnings": "warnings", "infos": "info", "findings": "findings",
        "per_category": "Activities per category", "ongoing": "ongoing", "by": "by", "per": "per",
        "times": ["time", "times"], "except": "except", "unparsed": "not understood", "ambiguous": "reading",
        "within": "within",
    },
}

_PERIODS = {
    "sv": {"Week": "vecka", "Month": "månad", "Quarter": "kvartal", "Tertial": "tertial", "HalfYear": "halvår",
           "Term": "termin", "Year": "år"},
    "en": {"Week": "week", "Month": "month", "Quarter": "quarter", "Tertial": "tertial", "HalfYear": "half-year",
           "Term": "term", "Year": "year"},
}

_WINDOWS = {
    "sv": {"Period": "period", "Phase": "fas", "Detail": "detalj", "Extension": "förlängning", "Scope": "omfattning"},
    "en": {"Period": "period", "Phase": "phase", "Detail": "detail", "Extension": "extension", "Scope": "scope"},
}

_MONTHS = {
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}

_SEVERITY_COLOURS = {"error": "#b71c1c", "warning": "#e65100", "info": "#1565c0"}


def _lang(language: Any) -> str:
    return str(_core.Language(str(language)))


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _money(amount: int, unit: str) -> str:
    # format_tkr/format_kronor are exact (integer arithmetic in C++): "1 206", "1 196,5".
    return (_core.format_tkr(amount) + " tkr") if unit == "tkr" else _core.format_kronor(amount)


def _row(*cells: str, header: bool = False, style: str = "") -> str:
    tag = "th" if header else "td"
    attr = f' style="{style}"' if style else ""
    return f"<tr{attr}>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"


def plan_html(plan: _core.Plan, language: Any = "sv") -> str:
    """A compact summary of a plan: organisation, years, adoption, activities per category, bank, budget."""
    lang = _lang(language)
    t = _LABELS[lang]
    rows: List[str] = []
    rows.append(_row(_e(t["organisation"]), _e(plan.organisation.name)))
    years = ", ".join(f"{y.year} ({y.status})" for y in plan.years) or t["none"]
    rows.append(_row(_e(t["years"]), _e(years)))
    adoption = plan.adoption
    day = adoption.date.isoformat() if adoption.date else t["no_date"]
    decided = ", ".join(x for x in (adoption.body or "", day) if x)
    rows.append(_row(_e(t["adopted"]), _e(decided)))
    activities = plan.activities
    categories = list(plan.categories)
    for a in activities:
        if a.category not in categories:
            categories.append(a.category)
    rows.append(_row(_e(t["activities"]), _e(f"{len(activities)} " + t["in_categories"].format(n=len(categories)))))
    rows.append(_row(_e(t["proposals"]), _e(t["n_proposals"].format(n=len(plan.proposals)))))
    budget = plan.budget
    if budget is not None:
        rows.append(_row(_e(t["budget"]), _budget_summary(budget, t)))
    per_category = "".join(
        _row(_e(c), str(sum(1 for a in activities if a.category == c))) for c in categories)
    return (
        '<div class="miljoplan-plan">'
        f"<strong>{_e(plan.title)}</strong> <code>{_e(plan.id)}</code>"
        f"<table>{''.join(rows)}</table>"
        f"<details><summary>{_e(t['per_category'])}</summary>"
        f"<table>{_row(_e(t['category']), _e(t['count']), header=True)}{per_category}</table></details>"
        "</div>"
    )


def _budget_summary(budget: _core.Budget, t: dict) -> str:
    unit = budget.display_unit
    printed = budget.printed_totals
    parts = []
    for key, computed, shown in (("income", budget.income_total, printed.income),
                                 ("costs", budget.costs_total, printed.costs),
                                 ("result", budget.result, printed.result)):
        text = f"{t[key]} {_money(computed, unit)}"
        if shown is not None and shown != computed:
            text += f" ({t['printed']} {_money(shown, unit)})"
        parts.append(_e(text))
    return ", ".join(parts)


def budget_html(budget: _core.Budget, language: Any = "sv") -> str:
    """The budget as printed, section by section, with the computed sums beside the printed totals; a
    printed total that differs from its lines is marked with the difference."""
    lang = _lang(language)
    t = _LABELS[lang]
    unit = budget.display_unit
    rows = [_row(_e(t["line"]), _e(f"{t['amount']} ({unit})"), header=True)]
    amount = (lambda v: _e(_core.format_tkr(v))) if unit == "tkr" else (lambda v: _e(_core.format_kronor(v)))

    def totals(computed: int, total: Any) -> None:
        rows.append(_row(f"<i>{_e(t['sum'])}</i>", f"<i>{amount(computed)}</i>"))
        if total is None:
            return
        name = _e(total.label or t["printed_sum"])
        if total.amount == computed:
            rows.append(_row(f"<b>{name}</b>", f"<b>{amount(total.amount)}</b>"))
        else:
            note = _e(t["differs"].format(d=_money(total.amount - computed, unit)))
            rows.append(_row(f"<b>{name}</b>", f"<b>{amount(total.amount)}</b> &#9888; {note}",
                             style="color:#b71c1c"))

    rows.append(_row(f"<b>{_e(budget.income_heading)}</b>", ""))
    rows.extend(_row(_e(line.label), amount(line.amount)) for line in budget.income)
    totals(budget.income_total, budget.printed_income)
    rows.append(_row(f"<b>{_e(budget.costs_heading)}</b>", ""))
    rows.extend(_row(_e(line.label), amount(line.amount)) for line in budget.costs)
    totals(budget.costs_total, budget.printed_costs)
    rows.append(_row(f"<b>{_e(t['result'].capitalize())}</b>", ""))
    totals(budget.result, budget.printed_result)
    title = budget.title or f"{t['budget']} {budget.year}"
    return (f'<div class="miljoplan-budget"><strong>{_e(title)}</strong> <small>{_e(budget.version)}</small>'
            f"<table>{''.join(rows)}</table></div>")


def findings_html(findings: Iterable[_core.Finding], language: Any = "sv") -> str:
    """The findings as a table, most serious first in the order given, with a count per severity."""
    lang = _lang(language)
    t = _LABELS[lang]
    items = list(findings)
    if not items:
        return f'<div class="miljoplan-findings"><p>{_e(t["no_findings"])}</p></div>'
    counts = {s: sum(1 for f in items if str(f.severity) == s) for s in ("error", "warning", "info")}
    plural = {"error": "errors", "warning": "warnings", "info": "infos"}
    summary = ", ".join(f"{n} {t[s] if n == 1 else t[plural[s]]}" for s, n in counts.items() if n)
    rows = [_row(_e(t["severity"]), _e(t["code"]), _e(t["message"]), _e(t["path"]), header=True)]
    for f in items:
        severity = str(f.severity)
        colour = _SEVERITY_COLOURS.get(severity, "inherit")
        rows.append(_row(f'<span style="color:{colour};font-weight:bold">{_e(t.get(severity, severity))}</span>',
                         f"<code>{_e(f.code)}</code>", _e(f.message), f"<code>{_e(f.path)}</code>"))
    return (f'<div class="miljoplan-findings"><p>{_e(len(items))} {_e(t["findings"])}: {_e(summary)}</p>'
            f"<table>{''.join(rows)}</table></div>")


def _months_text(months: Iterable[int], lang: str) -> str:
    return ", ".join(_MONTHS[lang][m - 1] for m in months)


def timing_html(timing: _core.Timing, language: Any = "sv") -> str:
    """The phrase in bold, then what it was read as: windows, days, cadences, deadline, what was not
    understood. Only ``div``, ``b``, ``ul`` and ``li`` tags, so the fragment is easy to read back."""
    lang = _lang(language)
    t = _LABELS[lang]
    items: List[str] = []
    for w in timing.windows:
        kind = _WINDOWS[lang].get(w.kind.name, w.kind.name)
        text = f"{kind}: {w.start.isoformat()} – {w.last.isoformat()}"
        if w.label:
            text += f" ({w.label})"
        items.append(text)
    for d in timing.dates:
        items.append(d.isoformat())
    for c in timing.cadences:
        count = str(c.min) if c.min == c.max else f"{c.min}–{c.max}"
        text = f"{count} {t['times'][0] if c.max == 1 else t['times'][1]} {t['per']} {_PERIODS[lang][c.per.name]}"
        if c.interval > 1:
            text += f" (×{c.interval})"
        if c.excluded_months:
            text += f", {t['except']} {_months_text(c.excluded_months, lang)}"
        if c.within is not None:
            text += f", {t['within']} {c.within.first.isoformat()} – {c.within.last.isoformat()}"
        if c.label:
            text += f": {c.label}"
        items.append(text)
    if timing.deadline is not None:
        items.append(f"{t['by']} {timing.deadline.date.isoformat()}")
    if timing.ongoing:
        text = t["ongoing"]
        if timing.excluded_months:
            text += f", {t['except']} {_months_text(timing.excluded_months, lang)}"
        items.append(text)
    if timing.ambiguous:
        items.extend(f"{t['ambiguous']}: {note}" for note in timing.notes)
    if timing.unparsed:
        items.append(f"{t['unparsed']}: {timing.unparsed}")
    body = "".join(f"<li>{_e(i)}</li>" for i in items)
    return f"<div><b>{_e(timing.text)}</b><ul>{body}</ul></div>"


def _plan_repr_html(self: _core.Plan) -> str:
    """The plan's summary as HTML (Swedish), for Jupyter."""
    return plan_html(self)


def _budget_repr_html(self: _core.Budget) -> str:
    """The budget as HTML (Swedish), for Jupyter."""
    return budget_html(self)


def _timing_repr_html(self: _core.Timing) -> str:
    """The phrase and its reading as HTML (Swedish), for Jupyter."""
    return timing_html(self)


def _attach() -> None:
    for cls, function in ((_core.Plan, _plan_repr_html), (_core.Budget, _budget_repr_html),
                          (_core.Timing, _timing_repr_html)):
        function.__name__ = function.__qualname__ = "_repr_html_"
        cls._repr_html_ = function


_attach()
