# SPDX-License-Identifier: Apache-2.0
"""Runs examples/notebooks/tour.ipynb headless and checks what an analyst would see.

The kernel is pinned to this interpreter through a temporary kernelspec: the default "python3"
kernel could belong to another Python without miljoplan, pandas or matplotlib.
"""

import json
import sys

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

KERNEL = "miljoplan-test"


@pytest.fixture(scope="module")
def notebook_path(source_dir):
    return source_dir / "examples" / "notebooks" / "tour.ipynb"


def test_committed_notebook_has_no_outputs(notebook_path):
    nb = nbformat.read(notebook_path, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "the notebook has code cells"
    for cell in code:
        assert cell.outputs == [] and cell.execution_count is None, cell.id


@pytest.fixture(scope="module")
def executed(notebook_path, tmp_path_factory):
    home = tmp_path_factory.mktemp("jupyter")
    spec = home / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "miljoplan tests",
        "language": "python",
    }), encoding="utf-8")
    workdir = tmp_path_factory.mktemp("notebook-cwd")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JUPYTER_PATH", str(home))
        # Keeps the kernel's debugger from warning about frozen modules on stderr.
        patch.setenv("PYDEVD_DISABLE_FILE_VALIDATION", "1")
        nb = nbformat.read(notebook_path, as_version=4)
        client = nbclient.NotebookClient(nb, kernel_name=KERNEL, timeout=180,
                                         resources={"metadata": {"path": str(workdir)}})
        client.execute()
    # Nothing may be written next to the notebook's working directory by running it.
    return nb, sorted(p.name for p in workdir.iterdir())


def cell(nb, cell_id):
    return next(c for c in nb.cells if c.get("id") == cell_id)


def text_of(c):
    parts = []
    for output in c.outputs:
        if output.output_type == "stream":
            parts.append(output.text)
        elif "data" in output and "text/plain" in output.data:
            parts.append(output.data["text/plain"])
    return "".join(parts)


def test_every_cell_ran_without_errors_or_stderr(executed):
    nb, created = executed
    for c in nb.cells:
        if c.cell_type != "code":
            continue
        assert c.execution_count is not None, c.id
        kinds = [o.output_type for o in c.outputs]
        assert "error" not in kinds, c.id
        assert not any(o.output_type == "stream" and o.name == "stderr" for o in c.outputs), (c.id, text_of(c))
    assert created == []


def test_load_cell_prints_the_counts(executed):
    nb, _ = executed
    out = text_of(cell(nb, "load"))
    assert "Verksamhetsplan för Miljösamverkan Jönköpings län 2024" in out
    assert "26 aktiviteter, 12 förslag i förslagsbanken" in out


def test_findings_table(executed):
    nb, _ = executed
    out = text_of(cell(nb, "checks"))
    for code in ("budget.costs_total", "budget.result_printed_totals", "budget.catering_meetings",
                 "plan.dates_partly_outside_years", "plan.adoption_date_missing"):
        assert code in out
    html = cell(nb, "checks").outputs[-1].data["text/html"]
    assert html.count("</tr>") == 6  # header and the reference plan's five findings
    assert html.count("<td>info</td>") == 2 and html.count("<td>warning</td>") == 2 and html.count("<td>error</td>") == 1


def test_activities_frame(executed):
    nb, _ = executed
    c = cell(nb, "activities")
    assert c.outputs[0].output_type == "stream" and c.outputs[0].text == "(26, 4)\n"
    assert "Avfallsbrottslighet" in c.outputs[-1].data["text/html"]
    rows = text_of(cell(nb, "per-category")).splitlines()
    # A Series prints as "<category>  <count>" lines between the index name and the dtype line.
    counts = [tuple(line.rsplit(maxsplit=1)) for line in rows[1:-1]]
    assert counts == [("Tillsynsprojekt", "2"), ("Handläggarstöd", "2"), ("Utbildning/workshops", "2"),
                      ("Övrigt utvecklingsarbete", "2"), ("Handläggarträffar", "4"),
                      ("Styrning av miljösamverkan", "5"), ("Övriga träffar", "6"), ("Kommunikation", "3")]


def test_budget_frames(executed):
    nb, _ = executed
    lines = text_of(cell(nb, "budget-lines"))
    assert "1196000" in lines and "985000" in lines and "Kostnader" in lines
    totals = text_of(cell(nb, "budget-totals")).splitlines()
    assert totals[0].split() == ["computed", "printed", "difference"]
    assert totals[1].split() == ["Intäkter", "1266000", "1266000", "0"]
    assert totals[2].split() == ["Kostnader", "1211000", "1206000", "-5000"]
    assert totals[3].split() == ["Resultat", "55000", "55000", "0"]


def test_chart_is_one_png(executed):
    nb, _ = executed
    outputs = cell(nb, "chart").outputs
    pngs = [o for o in outputs if "data" in o and "image/png" in o.data]
    assert len(pngs) == 1
    # Base64 of a PNG starts with the encoded signature "\x89PNG".
    assert pngs[0].data["image/png"].startswith("iVBORw0KGgo")
