# SPDX-License-Identifier: Apache-2.0
"""python/miljoplan/_core.pyi: generated from the built module by scripts/gen_stubs.py, committed, and
checked here so it cannot go stale: regenerating it must give the committed file byte for byte."""

import ast
import os
import subprocess
import sys

import pytest

import miljoplan
from miljoplan import _core


@pytest.fixture(scope="module")
def committed(source_dir):
    return (source_dir / "python" / "miljoplan" / "_core.pyi").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def regenerated(source_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("stubs") / "_core.pyi"
    result = subprocess.run([sys.executable, str(source_dir / "scripts" / "gen_stubs.py"), "--output", str(out)],
                            capture_output=True, text=True, env=dict(os.environ))
    assert result.returncode == 0, result.stderr
    return out.read_text(encoding="utf-8"), result.stderr


def test_committed_stub_is_up_to_date(committed, regenerated):
    text, _ = regenerated
    assert text == committed, ("python/miljoplan/_core.pyi is stale: run "
                               "PYTHONPATH=<build>/python /usr/bin/python3 scripts/gen_stubs.py")


def test_every_type_has_a_python_name(regenerated):
    _, warnings = regenerated
    assert warnings == ""


def test_check_mode(source_dir, tmp_path):
    script = str(source_dir / "scripts" / "gen_stubs.py")
    stale = tmp_path / "_core.pyi"
    stale.write_text("# old\n", encoding="utf-8")
    result = subprocess.run([sys.executable, script, "--check", "--output", str(stale)], capture_output=True, text=True)
    assert result.returncode == 1 and "stale" in result.stderr
    fresh = subprocess.run([sys.executable, script, "--check"], capture_output=True, text=True)
    assert fresh.returncode == 0, fresh.stderr


def top_level(tree):
    return {node.name: node for node in tree.body if isinstance(node, (ast.ClassDef, ast.FunctionDef))}


def test_stub_covers_the_module(committed):
    tree = ast.parse(committed)
    names = top_level(tree)
    public = {name for name in vars(_core) if not name.startswith("_")}
    assert public <= set(names), sorted(public - set(names))
    for name, node in names.items():
        assert hasattr(_core, name), name
    # No default value leaks an object's repr (or address) into the stub: defaults are "...".
    assert " at 0x" not in committed and "= <" not in committed and "::" not in committed


def methods(tree, cls):
    node = top_level(tree)[cls]
    return {n.name: n for n in node.body if isinstance(n, ast.FunctionDef)}


def test_stub_shows_the_python_level_methods(committed):
    tree = ast.parse(committed)
    plan = methods(tree, "Plan")
    for name in ("activities_frame", "proposals_frame", "goal_coverage", "validate", "_repr_html_"):
        assert name in plan, name
    assert ast.unparse(plan["activities_frame"].returns) == "pandas.DataFrame"
    assert ast.unparse(plan["validate"].returns) == "Findings"
    assert {"frame", "totals_frame", "_repr_html_"} <= set(methods(tree, "Budget"))
    assert {"frame", "months_frame", "load_frame"} <= set(methods(tree, "YearWheel"))
    assert "frame" in methods(tree, "FeeAllocation") and "frame" in methods(tree, "PlanComparison")
    assert "to_frame" in methods(tree, "Table") and "_repr_html_" in methods(tree, "Timing")
    funcs = top_level(tree)
    assert ast.unparse(funcs["activity_table"].returns) == "Table"
    assert [a.arg for a in funcs["activity_table"].args.args] == ["plan"]
    assert ast.unparse(funcs["activity_table"].args.args[0].annotation) == "Plan"


def test_enums_and_errors_in_the_stub(committed):
    tree = ast.parse(committed)
    severity = top_level(tree)["Severity"]
    members = [n.target.id for n in severity.body if isinstance(n, ast.AnnAssign)]
    assert members == list(miljoplan.Severity.__members__)
    parse_error = top_level(tree)["ParseError"]
    assert [ast.unparse(b) for b in parse_error.bases] == ["Error", "ValueError"]
    assert {n.target.id for n in parse_error.body if isinstance(n, ast.AnnAssign)} == {"source", "line", "column",
                                                                                       "path", "detail"}
