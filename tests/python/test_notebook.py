# SPDX-License-Identifier: Apache-2.0
"""Runs examples/notebooks/tour.ipynb headless and checks what an analyst would see: the reference
plan's figures as data/jonkoping-2024.json has them (26 activities, the printed cost total of 1 206 tkr
against lines of 1 211 tkr, 45 meetings in the 2024 wheel), in tables and pictures.

The kernel is pinned to this interpreter through a temporary kernelspec: the default "python3"
kernel could belong to another Python without miljoplan, pandas or matplotlib.
"""

import base64
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


def html_of(c):
    return "".join(o.data["text/html"] for o in c.outputs if "data" in o and "text/html" in o.data)


def pngs_of(c):
    return [base64.b64decode(o.data["image/png"]) for o in c.outputs if "data" in o and "image/png" in o.data]


@pytest.fixture(scope="module")
def source(source_dir):
    return json.loads((source_dir / "data" / "jonkoping-2024.json").read_text(encoding="utf-8"))


def test_load_cell_prints_the_counts(executed, source):
    nb, _ = executed
    out = text_of(cell(nb, "load"))
    assert source["title"] in out
    assert f"{len(source['activities'])} aktiviteter, {len(source['proposal_bank']['proposals'])} förslag" in out
    assert "26 aktiviteter, 12 förslag i förslagsbanken" in out


def test_plan_summary(executed):
    nb, _ = executed
    html = html_of(cell(nb, "summary"))
    assert '<div class="miljoplan-plan">' in html
    assert "<td>Aktiviteter</td><td>26 i 8 kategorier</td>" in html
    assert "kostnader 1 211 tkr (tryckt 1 206 tkr)" in html


def test_findings_table(executed):
    nb, _ = executed
    c = cell(nb, "checks")
    out = text_of(c)
    for code in ("budget.costs_total", "budget.result_printed_totals", "budget.catering_meetings",
                 "plan.dates_partly_outside_years", "plan.adoption_date_missing"):
        assert code in out
    html = html_of(c)
    assert "<p>5 fynd: 1 fel, 2 varningar, 2 info</p>" in html
    assert html.count("<tr>") == 6  # header and the reference plan's five findings
    assert "Tryckt summa kostnader 1 206 tkr men raderna summerar till 1 211 tkr (skillnad -5 tkr)" in html


def test_findings_frame(executed):
    nb, _ = executed
    lines = text_of(cell(nb, "checks-frame")).splitlines()
    assert [line.split() for line in lines[1:4]] == [["error", "1"], ["warning", "2"], ["info", "2"]]
    assert "1 206 tkr" in lines[4] and "1 211 tkr" in lines[4]


def test_activities_frame(executed, source):
    nb, _ = executed
    c = cell(nb, "activities")
    assert c.outputs[0].output_type == "stream" and c.outputs[0].text == "(26, 17)\n"
    html = html_of(c)
    for activity in source["activities"]:
        assert activity["title"][:40] in html  # pandas shortens long cells
    assert "2023-01-01" in html and "2024-12-31" in html  # Avfallsbrottslighet's span as dates
    rows = text_of(cell(nb, "per-category")).splitlines()
    # A Series prints as "<category>  <count>" lines between the index name and the dtype line.
    counts = [tuple(line.rsplit(maxsplit=1)) for line in rows[1:-1]]
    expected = [(c, str(sum(a["category"] == c for a in source["activities"]))) for c in source["categories"]]
    assert counts == expected == [("Tillsynsprojekt", "2"), ("Handläggarstöd", "2"), ("Utbildning/workshops", "2"),
                                  ("Övrigt utvecklingsarbete", "2"), ("Handläggarträffar", "4"),
                                  ("Styrning av miljösamverkan", "5"), ("Övriga träffar", "6"),
                                  ("Kommunikation", "3")]


def test_year_wheel(executed):
    nb, _ = executed
    c = cell(nb, "wheel")
    assert "2024 : 45 möten" in text_of(c)
    assert len(pngs_of(c)) == 1 and pngs_of(c)[0].startswith(b"\x89PNG")
    calendar = text_of(cell(nb, "calendar")).splitlines()
    assert calendar[0] == "45 möten, 17 aktiviteter"
    meetings = next(line for line in calendar if line.startswith("meetings"))
    assert meetings.split()[1:] == ["2", "4", "5", "7", "2", "4", "0", "2", "2", "11", "4", "2"]
    assert len(pngs_of(cell(nb, "load-chart"))) == 1


def test_budget_frames(executed, source):
    nb, _ = executed
    data = source["budget"]
    assert '<div class="miljoplan-budget">' in html_of(cell(nb, "budget"))
    lines = text_of(cell(nb, "budget-lines"))
    for line in data["income"] + data["costs"]:
        assert str(line["amount"]) in lines
    assert "1196000" in lines and "985000" in lines
    totals = text_of(cell(nb, "budget-totals")).splitlines()
    assert totals[0].split() == ["computed", "printed", "difference"]
    assert totals[2].split() == ["Intäkter", "1266000", "1266000", "0"]
    # The printed cost total as data/jonkoping-2024.json has it, against the sum of its lines.
    costs = sum(line["amount"] for line in data["costs"])
    printed = data["printed_totals"]["costs"]["amount"]
    assert (costs, printed) == (1_211_000, 1_206_000)
    assert totals[3].split() == ["Kostnader", str(costs), str(printed), str(printed - costs)]
    assert totals[4].split() == ["Resultat", "55000", "55000", "0"]


def test_budget_chart_and_catering(executed):
    nb, _ = executed
    c = cell(nb, "budget-chart")
    assert "Förtäring vid alla fysiska möten (ca 20 per år) – 15000 kr, 45 möten i årshjulet" in text_of(c)
    images = [o.data["image/png"] for o in c.outputs if "data" in o and "image/png" in o.data]
    assert len(images) == 1
    # Base64 of a PNG starts with the encoded signature "\x89PNG".
    assert images[0].startswith("iVBORw0KGgo")


def test_goal_coverage(executed):
    nb, _ = executed
    c = cell(nb, "goals")
    assert "6 av 34 mål nämns" in text_of(c)
    html = html_of(c)
    for goal in ("mkm-4", "mkm-7", "mkm-8", "mkm-15", "sdg-3", "sdg-11"):
        assert f"<td>{goal}</td>" in html
    assert html.count("<tr") == 7  # header and six goals
    assert len(pngs_of(cell(nb, "goals-chart"))) == 1


def test_fee_allocation(executed):
    nb, _ = executed
    c = cell(nb, "fees")
    assert "13 kommuner betalar 1196000 kr" in text_of(c)
    rows = text_of(c).splitlines()
    # Largest first: Jönköping, the largest municipality, pays the largest share.
    assert rows[2].split()[1:] == ["Jönköpings", "kommun", "146161", "473921"]


def test_comparison(executed):
    nb, _ = executed
    lines = text_of(cell(nb, "compare")).splitlines()[1:]
    profile = {line.rsplit(maxsplit=2)[0].strip(): line.split()[-2:] for line in lines}
    assert profile["år"] == ["2024", "2022"]
    assert profile["aktiviteter"] == ["26", "10"]
    assert profile["möten i årshjulet"][0] == "45"
    lines = text_of(cell(nb, "compare-activities")).splitlines()[1:-1]
    changes = dict(tuple(line.rsplit(maxsplit=1)) for line in lines)
    assert changes == {"fortsätter": "0", "ändrad": "0", "flyttad": "0", "ny": "10", "borttagen": "26"}


def test_key_figures_section(executed):
    nb, _ = executed
    out = text_of(cell(nb, "keyfigures")).splitlines()
    # The illustrative export: 11 of the 13 municipalities have a 2023 value; the median is Habo's 30,25.
    assert out[0] == "median 30.25 spridning 16.5 rapporterat 11 av 13"
    assert out[1] == "ej rapporterat senast 2024-04-01 : Gislaveds kommun, Sävsjö kommun, Tranås kommun"
    html = html_of(cell(nb, "keyfigures"))
    assert "Mullsjö kommun" in html and "38.5" in html and "8.25" in html
    assert len(pngs_of(cell(nb, "keyfigures-chart"))) == 1
    report = text_of(cell(nb, "keyfigures-report"))
    assert report.startswith("## Nyckeltal\n")
    assert "| Mullsjö kommun | 38,5 | +8,25 | 1 | −1,75 | −1,7500 (sämre) |" in report
    assert "Ej rapporterat senast 1 april 2024: Gislaveds kommun, Sävsjö kommun, Tranås kommun." in report
