# SPDX-License-Identifier: Apache-2.0
"""The benchmark corpus generator makes plans the library loads and finds no errors in.

A small corpus only, and no timing: the point is that the benchmarks cannot silently rot into measuring
the loader's error path, or stop running because the generator no longer writes the format.
"""

import json
import subprocess
import sys

import pytest

import miljoplan


@pytest.fixture(scope="module")
def corpus(source_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    subprocess.run([sys.executable, str(source_dir / "benchmarks" / "make_corpus.py"), str(out), "--counties", "21",
                    "--years", "1", "--activities", "12", "--stress-mb", "0.2"], check=True, capture_output=True,
                   timeout=120)
    return out


def test_every_plan_loads_and_has_no_errors(corpus):
    summary = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    assert len(summary["plans"]) == 21
    catalog = miljoplan.builtin_goal_catalog()
    for entry in summary["plans"] + [summary["stress"]]:
        plan = miljoplan.load(str(corpus / entry["file"]))
        assert len(plan.activities) == entry["activities"]
        errors = [f for f in miljoplan.validate(plan, catalog) if str(f.severity) == "error"]
        assert errors == [], entry["file"]


def test_every_timing_phrase_is_read_whole(corpus):
    plan = miljoplan.load(str(corpus / "stress.json"))
    for activity in plan.activities:
        timing = miljoplan.parse_timing(activity.timing_text, year=activity.year)
        assert timing.unparsed == "", activity.timing_text


def test_the_same_seed_gives_the_same_bytes(source_dir, corpus, tmp_path):
    subprocess.run([sys.executable, str(source_dir / "benchmarks" / "make_corpus.py"), str(tmp_path), "--counties",
                    "2", "--years", "1", "--activities", "12"], check=True, capture_output=True, timeout=120)
    for path in (tmp_path / "plans").iterdir():
        assert path.read_bytes() == (corpus / "plans" / path.name).read_bytes()
