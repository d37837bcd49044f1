# SPDX-License-Identifier: Apache-2.0
"""A first tour of miljoplan: activities, budget and findings of an operational plan.

Run it with no argument to look at the reference plan that ships inside the library
(Miljösamverkan Jönköpings län 2024), or give the path of another plan file::

    python3 tour.py
    python3 tour.py min-plan.json

The exit code is 1 when the checks find errors, like `miljoplan validate`, so the script can
guard a plan in a shell pipeline.
"""

import sys

import miljoplan


def load_plan(argv):
    # The embedded plan needs no file at all, which makes it the natural starting point.
    if len(argv) > 1:
        return miljoplan.load(argv[1])
    return miljoplan.example_plan()


def print_activities(plan):
    print(f"{len(plan.activities)} aktiviteter")
    # plan.categories keeps the printed order of the headings; activities_in() keeps the row order.
    for category in plan.categories:
        activities = plan.activities_in(category)
        print(f"\n{category} ({len(activities)})")
        for activity in activities:
            # responsible is an ActorPhrase: str() gives the cell as printed, .ids what it refers to.
            print(f"  - {activity.title} | {activity.timing_text} | {activity.responsible}")


def print_budget(plan):
    budget = plan.budget
    if budget is None:
        print("\nIngen budget")
        return
    # Amounts are int kronor; format_tkr shows them the way the printed table does.
    print(f"\n{budget.title}")
    for heading, lines in ((budget.income_heading, budget.income), (budget.costs_heading, budget.costs)):
        print(f"  {heading}")
        for line in lines:
            print(f"    {miljoplan.format_tkr(line.amount):>7} tkr  {line.label}")

    # Printed totals are kept as printed, so a slip in the document stays visible next to the sum.
    printed = budget.printed_totals
    rows = (
        ("Intäkter", budget.income_total, printed.income),
        ("Kostnader", budget.costs_total, printed.costs),
        ("Resultat", budget.result, printed.result),
    )
    print(f"\n  {'':10} {'beräknat':>10} {'tryckt':>10}")
    for label, computed, shown in rows:
        shown_text = "-" if shown is None else miljoplan.format_tkr(shown)
        mark = "" if shown is None or shown == computed else "  <- skiljer"
        print(f"  {label:10} {miljoplan.format_tkr(computed):>10} {shown_text:>10}{mark}")


def print_findings(findings):
    print(f"\n{len(findings)} anmärkningar")
    for finding in findings:
        # str(severity) is the file token ('error', 'warning'); the message is Swedish by default.
        print(f"  {finding.severity} {finding.code} ({finding.path}): {finding.message}")


def main(argv):
    plan = load_plan(argv)
    print(plan.title)
    print("=" * len(plan.title))
    print_activities(plan)
    print_budget(plan)
    findings = plan.validate()
    print_findings(findings)
    return 1 if any(f.severity == miljoplan.Severity.Error for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
