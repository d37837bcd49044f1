# SPDX-License-Identifier: Apache-2.0
"""Lifetimes and threads: objects taken from a plan outlive it, and read-only use from threads is safe.

Under the sanitizer build (docs/reliability.md) a use after free or a data race on freed memory aborts
the test run; in a normal build these tests still check that every thread sees the same values.
"""

import gc
import sys
import threading

import pytest

import miljoplan

THREADS = 8
ROUNDS = 2


def test_activities_outlive_their_plan():
    plan = miljoplan.example_plan()
    activities = plan.activities
    titles = [a.title for a in activities]
    timings = [a.timing_text for a in activities]
    del plan
    gc.collect()
    assert [a.title for a in activities] == titles
    assert [a.timing_text for a in activities] == timings
    # The orphaned entities are still whole objects: they can be changed, and what they hold read.
    activities[0].title = "Kvar efter planen"
    assert activities[0].title == "Kvar efter planen"
    assert miljoplan.parse_timing(activities[0].timing_text, year=2024).windows
    assert all(isinstance(a.responsible, miljoplan.ActorPhrase) for a in activities)


def test_budget_organisation_and_years_outlive_their_plan():
    plan = miljoplan.example_plan()
    budget, organisation, years, bank = plan.budget, plan.organisation, plan.years, plan.proposal_bank
    costs_total, name = budget.costs_total, organisation.name
    del plan
    gc.collect()
    assert budget.costs_total == costs_total == 1_211_000
    assert budget.result == budget.income_total - costs_total
    assert organisation.name == name
    assert [y.year for y in years] == [2024]
    assert isinstance(bank.proposals, list)


def test_findings_and_timings_outlive_what_made_them():
    plan = miljoplan.example_plan()
    findings = plan.validate()
    timing = miljoplan.parse_timing(plan.activities[0].timing_text, year=2024)
    codes = [f.code for f in findings]
    del plan
    gc.collect()
    assert [f.code for f in findings] == codes
    assert "budget.costs_total" in codes
    assert timing.text and timing.windows


def test_an_activity_removed_from_its_plan_stays_alive():
    plan = miljoplan.example_plan()
    first = plan.activities[0]
    title = first.title
    assert plan.remove_activity(first.id)
    gc.collect()
    assert first.id not in [a.id for a in plan.activities]
    assert first.title == title
    # And it can join another plan.
    other = miljoplan.example_plan()
    other.remove_activity(first.id)
    other.add_activity(first)
    assert other.find_activity(first.id).title == title


def _run_in_threads(work):
    """Runs work(index) in THREADS threads started together; returns what each returned, or raises."""
    barrier = threading.Barrier(THREADS)
    results = [None] * THREADS
    errors = []

    def run(index):
        try:
            barrier.wait()
            results[index] = work(index)
        except BaseException as error:  # noqa: B902 - any failure of a thread fails the test
            errors.append(error)

    old_interval = sys.getswitchinterval()
    # Switch threads as often as possible, so that the calls interleave as much as they can.
    sys.setswitchinterval(1e-4)
    try:
        threads = [threading.Thread(target=run, args=(i,)) for i in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old_interval)
    if errors:
        raise errors[0]
    return results


def test_one_plan_read_from_eight_threads():
    plan = miljoplan.example_plan()
    expected_json = plan.to_json()
    expected_codes = [f.code for f in plan.validate()]
    expected_titles = [a.title for a in plan.activities]

    def work(_):
        for _ in range(ROUNDS):
            assert plan.to_json() == expected_json
            assert [f.code for f in plan.validate()] == expected_codes
            assert [a.title for a in plan.activities] == expected_titles
            assert plan.budget.costs_total == 1_211_000
            assert miljoplan.loads(expected_json) == plan
        return ROUNDS

    assert _run_in_threads(work) == [ROUNDS] * THREADS


def test_loading_parsing_and_saving_in_eight_threads(tmp_path):
    text = miljoplan.example_plan_json()
    phrases = ["Våren 2024", "1 gång per månad, bortsett från juli månad", "vecka 12–14 2024", "Läsåret 2024/25"]
    expected = [miljoplan.parse_timing(p, year=2024).windows for p in phrases]

    def work(index):
        plan = miljoplan.loads(text)
        path = tmp_path / f"plan-{index}.json"
        plan.save(path)
        assert miljoplan.load(path) == plan
        assert [miljoplan.parse_timing(p, year=2024).windows for p in phrases] == expected
        with pytest.raises(miljoplan.ParseError):
            miljoplan.parse_timing("31 april 2024")
        return plan.to_json()

    results = _run_in_threads(work)
    assert len(set(results)) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"plan-{i}.json" for i in range(THREADS))
