# SPDX-License-Identifier: Apache-2.0
"""The exception hierarchy: every error is a miljoplan.Error and also the matching built-in."""

import json

import pytest

import miljoplan
from miljoplan import DuplicateIdError, Error, InvalidArgumentError, IoError, ParseError, SchemaError


def test_hierarchy():
    assert issubclass(Error, RuntimeError)
    assert issubclass(InvalidArgumentError, Error) and issubclass(InvalidArgumentError, ValueError)
    assert issubclass(DuplicateIdError, InvalidArgumentError)
    assert issubclass(ParseError, Error) and issubclass(ParseError, ValueError)
    assert issubclass(SchemaError, ParseError)
    assert issubclass(IoError, Error) and issubclass(IoError, OSError)
    assert not issubclass(IoError, ValueError)
    assert not issubclass(SchemaError, OSError)


def test_classes_live_in_the_package():
    for cls in (Error, InvalidArgumentError, DuplicateIdError, ParseError, SchemaError, IoError):
        assert cls.__module__ == "miljoplan"
        assert cls.__doc__
        assert getattr(miljoplan, cls.__name__) is cls


def test_parse_error_attributes():
    with pytest.raises(ParseError) as info:
        miljoplan.loads('{"schema": "Plan.1",\n "id": }', source="min-plan.json")
    e = info.value
    assert (e.source, e.line, e.column, e.path) == ("min-plan.json", 2, 8, "")
    assert e.detail.startswith("invalid JSON")
    assert str(e) == f"min-plan.json:2:8: {e.detail}"


def test_schema_error_attributes():
    document = {"schema": "Plan.1", "id": "p", "title": "T", "organisation": {"id": "o", "name": "O"},
                "years": [{"year": 2024, "status": "fastställd"}, {"year": 2026, "status": "preliminär"}]}
    with pytest.raises(SchemaError) as info:
        miljoplan.loads(json.dumps(document), source="år.json")
    e = info.value
    assert e.source == "år.json"
    # The rule spans the whole list, and the reader reports it at the plan (as the C++ corpus test pins).
    assert e.path == "$"
    assert "2024 is followed by 2026" in e.detail
    # A shape error has no useful line: the document was well-formed.
    assert (e.line, e.column) == (0, 0)


def test_catch_as_builtin_types(tmp_path):
    with pytest.raises(ValueError):
        miljoplan.loads("{")
    with pytest.raises(OSError):
        miljoplan.load(tmp_path / "saknas.json")
    with pytest.raises(ValueError):
        miljoplan.Activity("", "Tom")
    with pytest.raises(RuntimeError):
        miljoplan.loads("[]")


def test_io_error_for_unwritable_path(plan, tmp_path):
    target = tmp_path / "finns-inte" / "plan.json"
    with pytest.raises(IoError) as info:
        plan.save(target)
    assert "plan.json" in str(info.value)
    assert not target.parent.exists()


def test_loading_a_directory_is_an_io_error(tmp_path):
    with pytest.raises(IoError):
        miljoplan.load(tmp_path)


def test_invalid_argument_messages_name_the_value(plan):
    with pytest.raises(InvalidArgumentError, match="2024 is followed by 2026"):
        plan.years = [miljoplan.PlanYear(2024), miljoplan.PlanYear(2026)]
    assert plan.years == [miljoplan.PlanYear(2024)]
    with pytest.raises(InvalidArgumentError, match="kommunkod"):
        plan.organisation.find_party("kommun-0604").municipality_code = "06"
