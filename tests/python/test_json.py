# SPDX-License-Identifier: Apache-2.0
"""The canonical JSON format from Python: round trips, files, unknown fields, and bad input."""

import json
import os
import pathlib

import pytest

import miljoplan

# Smallest plan the reader accepts; the bad-input cases below vary one thing each.
MINIMAL = {"schema": "Plan.1", "id": "p", "title": "T", "organisation": {"id": "o", "name": "O"}}


def minimal(**changes):
    document = json.loads(json.dumps(MINIMAL))
    document.update(changes)
    return document


def test_loads_of_to_json_is_equal(plan):
    assert miljoplan.loads(plan.to_json()) == plan
    assert miljoplan.dumps(plan) == plan.to_json()


def test_to_json_is_the_data_file_byte_for_byte(plan, plan_file, plan_text):
    expected = plan_file.read_bytes().decode("utf-8")
    assert plan.to_json() == expected
    assert plan_text == expected
    # Canonical output keeps non-ASCII as UTF-8 instead of \u escapes.
    assert "Jönköpings" in plan_text and "\\u00f6" not in plan_text


def test_example_plan_is_fresh_each_call():
    first = miljoplan.example_plan()
    first.title = "Ändrad"
    assert miljoplan.example_plan().title == "Verksamhetsplan för Miljösamverkan Jönköpings län 2024"


def test_save_and_load_round_trip(plan, tmp_path):
    path = tmp_path / "plan.json"
    plan.save(str(path))
    assert path.read_text(encoding="utf-8") == plan.to_json()
    assert miljoplan.load(str(path)) == plan
    # The module function and pathlib.Path work the same way.
    other = tmp_path / "other.json"
    miljoplan.save(plan, other)
    assert miljoplan.load(other) == plan
    assert isinstance(other, pathlib.PurePath)


def test_load_accepts_path_like(plan_file, plan):
    assert miljoplan.load(plan_file) == plan

    class PathLike:
        def __fspath__(self):
            return str(plan_file)

    assert miljoplan.load(PathLike()) == plan


def test_save_without_overwrite_keeps_existing_file(plan, tmp_path):
    path = tmp_path / "plan.json"
    path.write_text("keep me", encoding="utf-8")
    with pytest.raises(miljoplan.IoError) as info:
        plan.save(path, overwrite=False)
    assert isinstance(info.value, OSError)
    assert isinstance(info.value, miljoplan.Error)
    assert path.read_text(encoding="utf-8") == "keep me"
    with pytest.raises(OSError):
        miljoplan.save(plan, path, overwrite=False)
    assert path.read_text(encoding="utf-8") == "keep me"
    # Overwriting is the default.
    plan.save(path)
    assert miljoplan.load(path) == plan
    assert sorted(os.listdir(tmp_path)) == ["plan.json"]  # no temporary file left beside it


def test_load_missing_file_raises_io_error(tmp_path):
    missing = tmp_path / "saknas.json"
    with pytest.raises(miljoplan.IoError) as info:
        miljoplan.load(missing)
    assert "saknas.json" in str(info.value)


def test_load_rejects_non_path():
    with pytest.raises(TypeError):
        miljoplan.load(42)


def test_unknown_fields_survive_round_trip(plan_text):
    document = json.loads(plan_text)
    document["x_note"] = {"by": "granskare", "n": [1, 2]}
    document["activities"][0]["x_note"] = "kolla med Länsstyrelsen"
    plan = miljoplan.loads(json.dumps(document, ensure_ascii=False))
    assert plan.extra_fields == {"x_note": {"by": "granskare", "n": [1, 2]}}
    assert plan.activities[0].extra_fields == {"x_note": "kolla med Länsstyrelsen"}
    assert plan.activities[1].extra_fields == {}
    again = json.loads(plan.to_json())
    assert again["x_note"] == {"by": "granskare", "n": [1, 2]}
    assert again["activities"][0]["x_note"] == "kolla med Länsstyrelsen"
    assert miljoplan.loads(plan.to_json()) == plan
    # Unknown fields take part in equality.
    assert plan != miljoplan.example_plan()


def test_extra_fields_can_be_set(plan):
    plan.activities[3].extra_fields = {"x_status": "klar", "x_hours": 12}
    back = miljoplan.loads(plan.to_json())
    assert back.activities[3].extra_fields == {"x_status": "klar", "x_hours": 12}
    with pytest.raises(TypeError):
        plan.activities[3].extra_fields = {"x": object()}


def test_syntax_error_has_line_and_column():
    text = '{\n  "schema": "Plan.1",\n  "id": @\n}'
    with pytest.raises(miljoplan.ParseError) as info:
        miljoplan.loads(text, source="trasig.json")
    error = info.value
    assert (error.line, error.column) == (3, 9)
    assert error.source == "trasig.json"
    assert error.path == ""
    assert str(error).startswith("trasig.json:3:9")
    assert not isinstance(error, miljoplan.SchemaError)


def test_syntax_error_column_counts_characters_not_bytes():
    # "Å" and "ö" are two bytes each in UTF-8; the column counts them once.
    text = '{"title": "Åö", @}'
    with pytest.raises(miljoplan.ParseError) as info:
        miljoplan.loads(text)
    assert (info.value.line, info.value.column) == (1, text.index("@") + 1)


def test_trailing_comma_is_a_syntax_error():
    with pytest.raises(miljoplan.ParseError) as info:
        miljoplan.loads('{"schema": "Plan.1", "id": "p",}')
    assert info.value.line == 1 and info.value.column > 0


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda d: d["activities"][0].update(title=["Avfallsbrottslighet"]), "$.activities[0].title"),
        (lambda d: d["budget"]["income"][1].update(amount=1196000.5), "$.budget.income[1].amount"),
        (lambda d: d["budget"]["income"][1].update(amount="1196000"), "$.budget.income[1].amount"),
        (lambda d: d["years"][0].update(status="kanske"), "$.years[0].status"),
        (lambda d: d.update(schema="Plan.2"), "$.schema"),
    ],
    ids=["title-not-string", "decimal-amount", "amount-as-string", "unknown-year-status", "newer-schema"],
)
def test_wrong_shape_names_the_path(plan_text, mutate, path):
    document = json.loads(plan_text)
    mutate(document)
    with pytest.raises(miljoplan.SchemaError) as info:
        miljoplan.loads(json.dumps(document, ensure_ascii=False))
    assert info.value.path == path
    assert path in str(info.value)


def test_newer_schema_version_says_so():
    with pytest.raises(miljoplan.SchemaError) as info:
        miljoplan.loads(json.dumps(minimal(schema="Plan.2")))
    assert "Plan.2" in str(info.value)


def test_duplicate_key_is_rejected():
    # JSON parsers differ on which duplicate wins; refusing both keeps a value from being lost silently.
    text = '{"schema": "Plan.1", "id": "p", "title": "T", "organisation": {"id": "o", "name": "O", "name": "P"}}'
    with pytest.raises(miljoplan.SchemaError) as info:
        miljoplan.loads(text)
    assert 'duplicate key "name"' in str(info.value)
    assert info.value.path == "$.organisation"


def test_minimal_plan_loads():
    plan = miljoplan.loads(json.dumps(MINIMAL))
    assert (plan.id, plan.title, plan.organisation.id) == ("p", "T", "o")
    assert plan.activities == [] and plan.budget is None and plan.years == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[]",
        '{"schema": "Plan.1", "id": "p",}',
        json.dumps(minimal(schema="Plan.2")),
        json.dumps(minimal(title=["T"])),
        '{"schema": "Plan.1", "id": "p", "id": "q", "title": "T", "organisation": {"id": "o", "name": "O"}}',
        json.dumps(minimal(budget={"year": 2024, "income": [{"label": "a", "amount": 1.5}], "costs": []})),
    ],
    ids=["empty", "not-an-object", "syntax", "newer-schema", "wrong-type", "duplicate-key", "decimal-amount"],
)
def test_every_bad_input_is_an_error_and_a_value_error(text):
    with pytest.raises(miljoplan.ParseError) as info:
        miljoplan.loads(text)
    assert isinstance(info.value, miljoplan.Error)
    assert isinstance(info.value, ValueError)
    assert info.value.detail and info.value.detail in str(info.value)


def test_latin1_file_is_a_parse_error(tmp_path):
    # The message quotes the bad bytes; they must not turn the ParseError into a UnicodeDecodeError.
    path = tmp_path / "latin1.json"
    path.write_bytes('{\n  "schema": "Plan.1",\n  "title": "Miljö"\n}\n'.encode("latin-1"))
    with pytest.raises(miljoplan.ParseError) as info:
        miljoplan.load(path)
    assert (info.value.line, info.value.column) == (3, 17)
    assert "UTF-8" in info.value.detail
    assert str(path) in str(info.value)


def test_invalid_utf8_bytes_are_a_parse_error():
    # pybind11 hands bytes over unchanged, so the reader itself has to catch the bad encoding.
    with pytest.raises(miljoplan.ParseError):
        miljoplan.loads(b'{"schema": "Plan.1", "id": "p", "title": "J\xf6nk\xf6ping"}')


def test_organisation_and_goal_catalog_round_trip(plan):
    text = miljoplan.organisation_to_json(plan.organisation)
    assert miljoplan.organisation_from_json(text) == plan.organisation
    catalog = miljoplan.builtin_goal_catalog()
    assert miljoplan.goal_catalog_from_json(miljoplan.goal_catalog_to_json(catalog)) == catalog
