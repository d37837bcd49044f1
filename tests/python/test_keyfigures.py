# SPDX-License-Identifier: Apache-2.0
"""Key figures (nyckeltal): the catalogue and values, the Miljöbarometern and Kolada imports (broken rows
name row and column), the set's JSON snapshot, the yearly comparison on the illustrative data set of
tests/data/keyfigures, its frames, plots and report section. Twin of tests/cpp/keyfigures/."""

import copy
import datetime
import json
import os
import pathlib
import subprocess
from decimal import Decimal

import pytest

import miljoplan


@pytest.fixture(scope="session")
def data_dir(source_dir):
    return source_dir / "tests" / "data" / "keyfigures"


@pytest.fixture
def county(data_dir):
    s = miljoplan.KeyFigureSet("Länsgemensamma nyckeltal (illustrativa)")
    assert s.link_parties(miljoplan.builtin_profile("jonkoping")) == 13
    summary = miljoplan.import_miljobarometern_csv(
        s, (data_dir / "miljobarometern.csv").read_text(encoding="utf-8"), source="miljobarometern.csv")
    assert isinstance(summary, miljoplan.ImportSummary)
    assert (summary.values, summary.key_figures, summary.replaced) == (37, 2, 0)
    s.set_better("eko-livsmedel", miljoplan.Better.Higher)
    s.set_better("hushallsavfall", "lägre")
    return s


def find(year_comparison, code):
    return next(m for m in year_comparison.municipalities if m.municipality == code)


# ---- model ----------------------------------------------------------------------------------------------

def test_values_are_exact_decimals_with_status(county):
    value = county.value("eko-livsmedel", "0642", 2022)
    assert isinstance(value, miljoplan.KeyFigureValue)
    assert value.value == Decimal("40.25") and str(value.value) == "40.25"
    assert value.status == miljoplan.ValueStatus.Reported
    assert value.reported_on == datetime.date(2023, 3, 23)
    assert county.value("eko-livsmedel", "0662", 2023).status == miljoplan.ValueStatus("saknas")
    assert county.value("eko-livsmedel", "0662", 2023).value is None
    assert county.value("hushallsavfall", "0686", 2023).status == miljoplan.ValueStatus.Revised
    assert county.years("eko-livsmedel") == [2020, 2021, 2022, 2023]
    assert len(county.municipality_codes()) == 13


def test_catalogue_entries_municipalities_and_refused_values():
    s = miljoplan.KeyFigureSet()
    s.add_key_figure(miljoplan.KeyFigure("kf", "Ett nyckeltal", unit="%", better="högre",
                                         source=miljoplan.KeyFigureSource.Kolada, source_id="N00001"))
    assert s.key_figure("kf").better == miljoplan.Better.Higher
    assert s.key_figure("saknas") is None
    with pytest.raises(miljoplan.DuplicateIdError):
        s.add_key_figure(miljoplan.KeyFigure("kf", "igen"))
    s.add_municipality(miljoplan.KeyFigureMunicipality("0680", "Jönköping", "kommun-0680"))
    assert s.municipalities[0] == miljoplan.KeyFigureMunicipality("0680", "Jönköping", "kommun-0680")
    with pytest.raises(ValueError, match="four digits"):
        miljoplan.KeyFigureMunicipality("680")
    assert miljoplan.is_municipality_code("0687") and not miljoplan.is_municipality_code("68")
    s.add_value(miljoplan.KeyFigureValue("kf", "0680", 2023, Decimal("1.50")))
    with pytest.raises(miljoplan.DuplicateIdError):
        s.add_value(miljoplan.KeyFigureValue("kf", "0680", 2023, "2"))
    with pytest.raises(miljoplan.InvalidArgumentError, match="must not have a number"):
        s.add_value(miljoplan.KeyFigureValue("kf", "0680", 2022, 3, status="saknas"))
    with pytest.raises(TypeError):
        miljoplan.KeyFigureValue("kf", "0680", 2021, 0.1)  # a float is refused: 0.1 is not exact
    assert s.set_value(miljoplan.KeyFigureValue("kf", "0680", 2023, Decimal("1.75"), status="reviderad"))
    assert s.value("kf", "0680", 2023).value == Decimal("1.75")
    replaced = copy.deepcopy(s)
    replaced.replace_key_figure(miljoplan.KeyFigure("kf", "Nytt namn"))
    assert replaced.key_figure("kf").name == "Nytt namn" and s.key_figure("kf").name == "Ett nyckeltal"


# ---- import ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, message", [
    ("indikator;kommun;år;värde\neko-livsmedel;0604;2023;12,3x\n",
     "row 2, column 4 (värde): '12,3x' is not a decimal number"),
    ("indikator;kommun;år;värde\neko-livsmedel;Atlantis;2023;2\n",
     "row 2, column 2 (kommun): \"Atlantis\" is neither a kommunkod nor a municipality the set lists"),
    ("indikator;kommun;år;värde\neko-livsmedel;0604;23;1\n",
     "row 2, column 3 (år): expected a four-digit year"),
    ("indikator,kommun,år,värde\neko-livsmedel,0604,2023,12,5\n",
     "row 2 has 5 fields, the header 4"),
    ("indikator;kommun;värde\n", "missing column \"år\""),
])
def test_broken_csv_rows_name_row_and_column_and_change_nothing(county, text, message):
    before = miljoplan.key_figures_to_json(county)
    with pytest.raises(miljoplan.ParseError) as caught:
        miljoplan.import_miljobarometern_csv(county, text, source="export.csv")
    assert message in str(caught.value)
    assert str(caught.value).startswith("export.csv:")
    assert caught.value.line >= 1
    assert miljoplan.key_figures_to_json(county) == before


def test_csv_with_comma_separator_and_a_retrieval_day():
    s = miljoplan.KeyFigureSet()
    miljoplan.import_miljobarometern_csv(s, 'indikator,kommun,år,värde\nx,0604,2023,"12,5"\n',
                                         retrieved_on=datetime.date(2024, 4, 2))
    assert s.value("x", "0604", 2023).value == Decimal("12.5")
    assert s.value("x", "0604", 2023).retrieved_on == datetime.date(2024, 4, 2)


def test_csv_with_the_exports_own_column_names_keeps_the_other_columns(county):
    before = miljoplan.key_figures_to_json(county)
    with pytest.raises(miljoplan.InvalidArgumentError, match=r'"Mätvärde" is mapped to "mätvärde", which is not a column'):
        miljoplan.import_miljobarometern_csv(county, "indikator;kommun;år;värde\n", columns={"Mätvärde": "mätvärde"})
    assert miljoplan.key_figures_to_json(county) == before
    summary = miljoplan.import_miljobarometern_csv(
        county, 'Nyckeltal;KOMMUNKOD;Mätår;Mätvärde;Kommentar;Källa\n'
                'eko-livsmedel;0617;2024;41,5;Ny upphandling;"SCB; tabell 3"\neko-livsmedel;0662;2024;38;;\n',
        columns={"Nyckeltal": "indikator", "Kommunkod": "kommun", "Mätår": "År", "Mätvärde": "value"})
    assert summary.values == 2
    kept = county.value("eko-livsmedel", "0617", 2024)
    assert kept.value == Decimal("41.5")
    assert kept.extra_fields == {"export_columns": {"Kommentar": "Ny upphandling", "Källa": "SCB; tabell 3"}}
    assert county.value("eko-livsmedel", "0662", 2024).extra_fields == {}
    again = miljoplan.key_figures_from_json(miljoplan.key_figures_to_json(county))
    assert again.value("eko-livsmedel", "0617", 2024).extra_fields == kept.extra_fields


def test_kolada_responses_are_read_with_their_titles(data_dir):
    s = miljoplan.KeyFigureSet()
    for page in ("data-page-1.json", "data-page-2.json"):
        miljoplan.import_kolada_json(s, (data_dir / "kolada" / page).read_text(encoding="utf-8"), source=page)
    assert s.value("N85001", "0680", 2022).value == Decimal("67.2")  # the total, not women's or men's
    assert s.value("N85001", "0680", 2023).status == miljoplan.ValueStatus.Missing
    assert miljoplan.import_kolada_kpi_json(s, (data_dir / "kolada" / "kpi.json").read_text(encoding="utf-8")) == 2
    assert s.key_figure("N85002").name == "Utsläpp per invånare, ton"
    with pytest.raises(miljoplan.SchemaError, match=r"\$\.values\[0\]\.municipality"):
        miljoplan.import_kolada_json(s, '{"values": [{"kpi": "N1", "municipality": "G1", "period": 2023, "values": []}]}')


def test_snapshot_json_round_trip_keeps_unknown_fields(county, tmp_path):
    county.extra_fields = {"x_meeting": "2024-05-14"}
    path = tmp_path / "nyckeltal.json"
    miljoplan.save_key_figures(county, path)
    back = miljoplan.load_key_figures(path)
    assert back == county
    assert back.extra_fields == {"x_meeting": "2024-05-14"}
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["schema"] == "KeyFigureSet.1"
    assert {"key_figure": "eko-livsmedel", "kommunkod": "0643", "year": 2023, "value": "30.25",
            "status": "rapporterad", "reported_on": "2024-04-01", "origin": "miljobarometern.csv"} in document["values"]
    assert miljoplan.key_figures_from_json(miljoplan.key_figures_to_json(county)) == county
    with pytest.raises(miljoplan.SchemaError, match="newer miljoplan"):
        miljoplan.key_figures_from_json('{"schema": "KeyFigureSet.9"}')


# ---- comparison -----------------------------------------------------------------------------------------

def test_median_spread_deviation_and_rank(county):
    comparison = miljoplan.compare_key_figures(county)
    assert isinstance(comparison, miljoplan.KeyFigureComparison)
    y = comparison.find("eko-livsmedel", 2023)
    assert isinstance(y, miljoplan.YearComparison)
    assert (y.reported, len(y.municipalities)) == (11, 13)
    assert y.median == Decimal("30.25")
    assert (y.minimum, y.maximum, y.spread) == (Decimal("22.0"), Decimal("38.5"), Decimal("16.5"))
    mullsjo = find(y, "0642")
    assert isinstance(mullsjo, miljoplan.MunicipalityFigure)
    assert (mullsjo.rank, mullsjo.deviation) == (1, Decimal("8.25"))
    assert find(y, "0680").rank == 2 and find(y, "0680").party == "kommun-0680"
    assert find(y, "0662").rank is None
    waste = comparison.find("hushallsavfall", 2023)
    assert waste.median == Decimal("421.5")  # (412 + 431) / 2, exact
    assert find(waste, "0617").rank == 1      # lower is better
    assert miljoplan.median_of([Decimal("1"), Decimal("2")]) == Decimal("1.5")


def test_change_since_last_year_and_the_reporting_deadline(county):
    y = miljoplan.compare_key_figures(county).find("eko-livsmedel", 2023)
    assert find(y, "0643").change == Decimal("2.25")
    assert find(y, "0642").change == Decimal("-1.75")
    assert y.deadline == datetime.date(2024, 4, 1)
    assert y.not_reported_by_deadline == ["0662", "0684", "0687"]
    later = miljoplan.compare_key_figures(county, deadline_day=15).find("eko-livsmedel", 2023)
    assert later.not_reported_by_deadline == ["0662", "0684"]


def test_trend_methods(county):
    fitted = miljoplan.compare_key_figures(county)
    start = miljoplan.compare_key_figures(county, trend=miljoplan.TrendMethod("start mot senaste"))
    aneby = lambda c: next(t for t in c.trends if t.key_figure == "eko-livsmedel" and t.municipality == "0604")
    assert isinstance(aneby(fitted), miljoplan.KeyFigureTrend)
    assert (aneby(fitted).per_year, aneby(start).per_year) == (Decimal("1.150"), Decimal("1.000"))
    assert aneby(fitted).verdict == miljoplan.TrendVerdict.Improving
    assert str(fitted.method) == "anpassad linje"
    with pytest.raises(miljoplan.InvalidArgumentError):
        miljoplan.compare_key_figures(county, key_figures=["okänt"])


# ---- frames, plots, report ------------------------------------------------------------------------------

def test_frames(county):
    pytest.importorskip("pandas")
    frame = miljoplan.key_figure_frame(county)
    row = frame[(frame.key_figure == "eko-livsmedel") & (frame.year == 2023) & (frame.municipality == "0642")].iloc[0]
    assert row["value"] == Decimal("38.5") and row["rank"] == 1 and row["median"] == Decimal("30.25")
    assert str(frame["rank"].dtype) == "Int64" and list(frame["status"].cat.categories) == [
        "rapporterad", "saknas", "reviderad"]
    # 2023: organic food 10 of 13 in time; household waste 4 values without a reporting day (in time)
    assert frame[frame.year == 2023]["reported_by_deadline"].sum() == 10 + 4
    years = miljoplan.key_figure_year_frame(county)
    eko = years[(years.key_figure == "eko-livsmedel") & (years.year == 2023)].iloc[0]
    assert eko["not_reported"] == ["0662", "0684", "0687"] and eko["spread"] == Decimal("16.5")
    trends = miljoplan.key_figure_trend_frame(county)
    assert trends[(trends.key_figure == "hushallsavfall") & (trends.municipality == "0680")].iloc[0][
        "per_year"] == Decimal("-15.00")


def test_plots(county):
    pytest.importorskip("matplotlib")
    from miljoplan import plots

    fig = plots.plot_key_figure_ranking(county, "eko-livsmedel", 2023)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0].startswith("1. ") and "Mullsjö" in labels[0]
    assert len(labels) == 13 and "länets" not in labels[0]
    many = plots.plot_key_figure_years(county, "eko-livsmedel", columns=4)
    assert sum(1 for a in many.axes if a.get_visible()) == 13
    with pytest.raises(ValueError, match="not in the catalogue"):
        plots.plot_key_figure_ranking(county, "okänt")


def test_report_section_in_swedish_and_english(county):
    md = miljoplan.key_figures_markdown(county, year=2023)
    assert md.startswith("## Nyckeltal\n")
    assert "### Andel ekologiska livsmedel i kommunens verksamheter (%), 2023" in md
    assert "| Mullsjö kommun | 38,5 | +8,25 | 1 | −1,75 | −1,2500 (sämre) |" in md
    assert "Median: 30,25; Spridning: 16,5 (22,0–38,5); Rapporterat: 11 av 13." in md
    assert "Ej rapporterat senast 1 april 2024:" in md and "Tranås" in md
    assert "Trend: anpassad linje" in md
    en = miljoplan.key_figures_markdown(county, year=2023, language="en")
    assert en.startswith("## Key figures\n") and "Not reported by April 1, 2024:" in en
    county.add_key_figure(miljoplan.KeyFigure("x", "<script>alert(1)</script>"))
    county.add_value(miljoplan.KeyFigureValue("x", "0604", 2023, 1))
    page = miljoplan.key_figures_html(county, year=2023)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert page.startswith('<section class="miljoplan-key-figures">')
    assert miljoplan.key_figures_html(county, year=2023, language="en", standalone=True).startswith(
        '<!DOCTYPE html>\n<html lang="en">')


def test_report_section_uses_a_given_comparison_and_matches_the_command_line(county, tmp_path):
    start = miljoplan.compare_key_figures(county, trend="start mot senaste")
    md = miljoplan.key_figures_markdown(county, 2023, comparison=start)
    assert "- Trend: första året mot senaste året." in md
    cli = os.environ.get("MILJOPLAN_CLI")
    if not cli or not pathlib.Path(cli).exists():
        pytest.skip("the miljoplan executable is not built")
    path = tmp_path / "nyckeltal.json"
    miljoplan.save_key_figures(county, str(path))
    out = subprocess.run([cli, "keyfigures", str(path), "--year", "2023"], capture_output=True, text=True,
                         encoding="utf-8", timeout=60)
    assert out.returncode == 0, out.stderr
    # One implementation: the command prints exactly what Python returns.
    assert out.stdout == miljoplan.key_figures_markdown(county, year=2023)
