# SPDX-License-Identifier: Apache-2.0
"""The bad-input corpus (tests/data/bad/manifest.json) through the Python API.

Every file must be refused with the error class, the location and the message the manifest names:
never accepted, never another exception type (a crash of the extension would end the run). The C++
side is tests/cpp/io/test_bad_corpus.cpp; docs/reliability.md describes the corpus.
"""

import importlib.util
import json
import os
import pathlib
import resource
import subprocess
import sys

import pytest

import miljoplan

# The manifest is read at collection time (the cases are parameters), so the source tree is found
# the way conftest.source_dir finds it, without the fixture.
SOURCE = pathlib.Path(os.environ.get("MILJOPLAN_SOURCE_DIR") or pathlib.Path(__file__).resolve().parents[2])
BAD = SOURCE / "tests" / "data" / "bad"
GENERATOR = SOURCE / "scripts" / "make_bad_corpus.py"
MANIFEST = json.loads((BAD / "manifest.json").read_text(encoding="utf-8"))

# Peak memory a single bad input may add (the largest generated input is 8 MB): a loose bound that
# still catches reading a document into a structure many times its size.
MEMORY_BOUND_KB = 1024 * 1024


def _marks(entry):
    if "known_bug" not in entry:
        return ()
    # A crash or a hang cannot be run in the test process; a wrong answer can, and strict xfail turns
    # a fix into a failure that asks for the manifest to be updated.
    behaviour = entry.get("known_bug_behaviour", "crash")
    return (pytest.mark.xfail(reason=entry["known_bug"], strict=True, run=behaviour not in ("crash", "hang")),)


def _params(entries, key):
    return [pytest.param(e, id=e[key], marks=_marks(e)) for e in entries]


def _lenient(data: bytes) -> str:
    # The extension decodes messages with errors="replace", so that bad input cannot turn an error
    # about it into a UnicodeDecodeError.
    return data.decode("utf-8", errors="replace")


def _read(loader, data: bytes, source: str, path, entry):
    """Runs the loader the entry names on @p data (or on the file at @p path, where the API reads files)."""
    if loader == "plan":
        if path is not None:
            return miljoplan.load(path)
        return miljoplan.loads(data, source=source)
    if loader == "profile":
        if path is not None:
            return miljoplan.load_profile(path)
        return miljoplan.organisation_from_json(data, source=source)
    if loader == "goals":
        return miljoplan.goal_catalog_from_json(data, source=source)
    if loader == "csv":
        return miljoplan.activities_from_csv(data, source_name=source)
    if loader == "timing":
        return miljoplan.parse_timing(data, year=entry.get("context_year"))
    raise AssertionError("unknown loader " + loader)


def _check(entry, data: bytes, source: str, path=None):
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    error = entry["error"]
    if error == "validate":
        plan = _read(entry["loader"], data, source, path, entry)
        findings = [f for f in plan.validate() if f.code == entry["finding"]]
        assert findings, "no %s finding" % entry["finding"]
        assert findings[0].path == entry["path"]
        assert entry["message"] in findings[0].message
        return
    with pytest.raises(miljoplan.Error) as info:
        _read(entry["loader"], data, source, path, entry)
    e = info.value
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < MEMORY_BOUND_KB
    text = str(e)
    assert entry["message"] in text
    if error == "invalid":
        assert type(e) is miljoplan.InvalidArgumentError, text
        return
    if error == "schema":
        assert type(e) is miljoplan.SchemaError, text
        assert e.path == entry["path"]
        assert (e.line, e.column) == (0, 0)
        assert e.source == source
        assert " at " + entry["path"] + ": " in text
        return
    # "parse" and "timing": ParseError itself, never its SchemaError subclass.
    assert type(e) is miljoplan.ParseError, text
    if error == "timing":
        phrase = _lenient(data)
        assert e.source == '"' + phrase + '"'
        assert (e.line, e.column) == (1, entry["column"])
        assert entry["word"] in e.detail
        return
    assert e.source == (str(BAD / entry["source"]) if "source" in entry else source)
    assert e.path == entry.get("path", "")
    assert (e.line, e.column) == (entry.get("line", 0), entry.get("column", 0))
    if "line" in entry:
        assert text.startswith("%s:%d:%d: " % (e.source, entry["line"], entry["column"]))


@pytest.mark.parametrize("entry", _params(MANIFEST["cases"], "file"))
def test_bad_file_is_refused_where_it_is_bad(entry):
    path = BAD / entry["file"]
    data = path.read_bytes()
    # Plans and profiles are loaded from the file (as users do), the rest from its bytes under its name.
    reads_file = entry["loader"] in ("plan", "profile")
    _check(entry, data, str(path), path if reads_file else None)


def _build(parts):
    out = []
    for text, times, *numbered in parts:
        out.append("".join(text.replace("{i}", str(i)) for i in range(times)) if numbered else text * times)
    return "".join(out).encode("utf-8")


@pytest.mark.parametrize("entry", _params(MANIFEST["generated"], "name"))
def test_generated_input_is_refused_where_it_is_bad(entry):
    _check(entry, _build(entry["parts"]), "<" + entry["name"] + ">")


def test_manifest_lists_every_file_once():
    listed = [e["file"] for e in MANIFEST["cases"]]
    assert len(listed) == len(set(listed))
    on_disk = sorted(str(p.relative_to(BAD)) for p in BAD.rglob("*") if p.is_file() and p.name != "manifest.json")
    assert sorted(listed) == on_disk


def test_corpus_covers_every_loader():
    new = [e for e in MANIFEST["cases"] if "/" in e["file"]]
    assert len(new) >= 110
    for loader in ("plan", "profile", "goals", "csv", "timing"):
        assert sum(e["loader"] == loader for e in new) >= 10, loader
    for error in ("parse", "schema", "timing", "validate"):
        assert any(e["error"] == error for e in new), error


def test_generator_reproduces_the_committed_corpus():
    result = subprocess.run([sys.executable, str(GENERATOR), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _generator():
    spec = importlib.util.spec_from_file_location("make_bad_corpus", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_base_documents_load_cleanly():
    # Every corpus file is a base document with one fault: the bases themselves must be good.
    generator = _generator()
    plan = miljoplan.loads(generator.dump(generator.base_plan()))
    assert [f.code for f in plan.validate() if f.code == "budget.overflow"] == []
    miljoplan.organisation_from_json(generator.dump(generator.base_organisation()))
    miljoplan.goal_catalog_from_json(generator.dump(generator.base_goals()))
    assert len(miljoplan.activities_from_csv(generator.csv_rows())) == 1
