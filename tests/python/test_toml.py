# SPDX-License-Identifier: Apache-2.0
"""TOML, the hand-writable second format, from Python: lossless round trips with the canonical JSON,
tomllib reading miljoplan's output, files, errors, and the command line."""

import json
import os
import subprocess
import tomllib

import pytest

import miljoplan

MINIMAL = 'schema = "Plan.1"\nid = "p"\ntitle = "T"\norganisation = { id = "o", name = "O" }\n'
NULL_KEY = "$null"


def without_nulls(value):
    """The JSON document as TOML holds it: null members left out."""
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


def with_nulls(value):
    """A tomllib document with miljoplan's null marker (for nulls that cannot be left out) as None."""
    if isinstance(value, dict):
        if value == {NULL_KEY: True}:
            return None
        return {k: with_nulls(v) for k, v in value.items()}
    if isinstance(value, list):
        return [with_nulls(v) for v in value]
    return value


def builtin_plans():
    return [miljoplan.example_plan(), miljoplan.builtin_plan("skane-2022")]


@pytest.fixture
def example_dir(source_dir):
    return source_dir / "examples" / "new_cooperation"


@pytest.mark.parametrize("plan", builtin_plans(), ids=["jonkoping-2024", "skane-2022"])
def test_round_trip_is_lossless(plan):
    text = plan.to_toml()
    again = miljoplan.plan_from_toml(text)
    assert again == plan
    assert again.to_json() == plan.to_json()
    assert miljoplan.plan_to_toml(again) == text


@pytest.mark.parametrize("plan", builtin_plans(), ids=["jonkoping-2024", "skane-2022"])
def test_tomllib_reads_the_same_values_as_the_json(plan):
    document = tomllib.loads(plan.to_toml())
    assert document == without_nulls(json.loads(plan.to_json()))
    # Amounts stay integers: TOML has both, and the JSON reader accepts only whole kronor.
    amounts = list(values_of(document, "amount"))
    assert all(type(amount) is int for amount in amounts)
    assert len(amounts) == len(list(values_of(json.loads(plan.to_json()), "amount")))


def values_of(value, key):
    """Every value of @p key anywhere in a document."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k == key:
                yield v
            yield from values_of(v, key)
    elif isinstance(value, list):
        for v in value:
            yield from values_of(v, key)


def test_unknown_fields_survive_and_tomllib_agrees(plan):
    plan.extra_fields = {"x_future": {"n": 1, "s": "å” \"citat\"", "list": [True, None, 2.5, {"k": "ö"}]},
                         "x_null": None, "x_after": "sist"}
    activity = plan.activities[3]
    activity.extra_fields = {"x_table": {"a": {"b": [1, 2]}}, "x_text": "rad ett\nrad två"}
    plan = miljoplan.loads(plan.to_json())  # unknown fields as a file holds them (compact JSON text)
    text = plan.to_toml()
    again = miljoplan.plan_from_toml(text)
    assert again == plan
    assert again.to_json() == plan.to_json()
    assert again.extra_fields == plan.extra_fields
    assert list(again.activities[3].extra_fields) == ["x_table", "x_text"]
    # Nulls inside unknown fields are kept with the marker; everything else is plain TOML.
    assert with_nulls(tomllib.loads(text))["x_future"] == plan.extra_fields["x_future"]
    assert with_nulls(tomllib.loads(text))["x_null"] is None


def test_hand_written_example_is_the_json_plan(example_dir):
    from_json = miljoplan.load(example_dir / "plan-2026.json")
    from_toml = miljoplan.load_toml(example_dir / "plan-2026.toml")
    assert from_toml == from_json
    assert from_toml.to_json() == from_json.to_json()
    assert miljoplan.load_any(example_dir / "plan-2026.toml") == from_json
    assert miljoplan.load_any(str(example_dir / "plan-2026.json")) == from_json
    # The file is TOML any reader takes, not just miljoplan's.
    document = tomllib.loads((example_dir / "plan-2026.toml").read_text(encoding="utf-8"))
    assert document["id"] == "exempel-2026"
    assert len(document["activities"]) == 5


def test_save_toml_and_load_back(plan, tmp_path):
    path = tmp_path / "plan.toml"
    plan.save_toml(path)
    assert path.read_text(encoding="utf-8") == plan.to_toml()
    assert miljoplan.load_toml(path) == plan
    with pytest.raises(miljoplan.IoError):
        miljoplan.save_toml(plan, path, overwrite=False)
    miljoplan.save_toml(plan, str(path), overwrite=True)
    assert miljoplan.load_any(path) == plan


def test_missing_fields_read_as_null():
    plan = miljoplan.plan_from_toml(MINIMAL + "[adoption]\nbody = \"styrgrupp\"\n")
    assert plan.adoption.date is None
    assert plan.budget is None
    assert json.loads(plan.to_json())["adoption"] == {"body": "styrgrupp", "date": None}


def test_bare_toml_dates_are_dates():
    plan = miljoplan.plan_from_toml(MINIMAL + "adoption = { date = 2025-05-20 }\n")
    assert str(plan.adoption.date) == "2025-05-20"


@pytest.mark.parametrize("text, line, column", [
    (MINIMAL + 'horizon_exception = "oavslutad\n', 5, 31),
    (MINIMAL + 'title = "igen"\n', 5, 9),
    (MINIMAL + "[adoption]\n[adoption]\n", 6, 1),
    (MINIMAL + 'horizon_exception "x"\n', 5, 19),
    (MINIMAL + 'horizon_exception = "åäö" mer\n', 5, 27),
])
def test_syntax_errors_have_line_and_column(text, line, column):
    with pytest.raises(miljoplan.ParseError) as caught:
        miljoplan.plan_from_toml(text, "plan.toml")
    error = caught.value
    assert not isinstance(error, miljoplan.SchemaError)
    assert (error.source, error.line, error.column) == ("plan.toml", line, column)
    assert str(error).startswith(f"plan.toml:{line}:{column}: invalid TOML: ")


def test_shape_errors_keep_the_json_path():
    with pytest.raises(miljoplan.SchemaError) as caught:
        miljoplan.plan_from_toml(MINIMAL + "[budget]\nyear = 2026\nincome = [{ label = \"A\", amount = 1.5 }]\n")
    assert caught.value.path == "$.budget.income[0].amount"
    assert caught.value.line == 7
    assert "whole number" in str(caught.value)


def test_cli_converts_both_ways(tmp_path, example_dir):
    cli = os.environ.get("MILJOPLAN_CLI")
    if not cli:
        pytest.skip("MILJOPLAN_CLI is not set")
    toml_path, json_path = tmp_path / "plan.toml", tmp_path / "plan.json"
    subprocess.run([cli, "convert", "skane-2022", str(toml_path)], check=True)
    subprocess.run([cli, "convert", str(toml_path), str(json_path)], check=True)
    assert json_path.read_text(encoding="utf-8") == miljoplan.builtin_plan("skane-2022").to_json()
    out = subprocess.run([cli, "validate", str(example_dir / "plan-2026.toml")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.endswith("0 fel, 1 varning\n")
