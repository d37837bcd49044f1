# SPDX-License-Identifier: Apache-2.0
"""Miljöbarometern exports saved as Excel workbooks: the same values as the CSV export, cells read as Excel
shows them, and errors naming sheet and cell. The workbooks are written here with openpyxl from the
illustrative export in tests/data/keyfigures, with the cell types Excel gives (numbers, dates, formulas)."""

import csv
import datetime
import json
from decimal import Decimal

import pytest

import miljoplan

openpyxl = pytest.importorskip("openpyxl")


@pytest.fixture(scope="module")
def export_rows(source_dir):
    path = source_dir / "tests" / "data" / "keyfigures" / "miljobarometern.csv"
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter=";"))


def as_excel_cell(heading, text):
    """What Excel makes of a typed cell: numbers and days become numbers and dates, the rest stays text."""
    if text == "":
        return None
    if heading == "år":
        return int(text)
    if heading == "värde":
        return float(text.replace(",", "."))
    if heading == "rapporterad":
        return datetime.datetime.fromisoformat(text)
    return text


def write_workbook(path, rows, title="Mätdata", offset_rows=0, offset_columns=0):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    header = rows[0]
    for r, row in enumerate(rows, start=1 + offset_rows):
        for c, text in enumerate(row, start=1 + offset_columns):
            sheet.cell(row=r, column=c, value=text if r == 1 + offset_rows else as_excel_cell(header[c - 1 - offset_columns], text))
    book.save(path)
    return path


def new_set():
    s = miljoplan.KeyFigureSet("Länsgemensamma nyckeltal (illustrativa)")
    s.link_parties(miljoplan.builtin_profile("jonkoping"))
    return s


def snapshot(s):
    """The set's values with numbers compared as numbers: a number cell has no trailing zeros ("30,0" in the
    CSV export is the number 30 in a workbook; the zero is the cell's number format)."""
    document = json.loads(miljoplan.key_figures_to_json(s))
    for v in document["values"]:
        if v.get("value") is not None:
            v["value"] = Decimal(v["value"])
    return document


def test_a_workbook_gives_the_values_of_the_csv_export(tmp_path, export_rows, source_dir):
    book = write_workbook(tmp_path / "export.xlsx", export_rows)
    from_excel = new_set()
    summary = miljoplan.import_miljobarometern_xlsx(from_excel, book, source="export",
                                                     retrieved_on=datetime.date(2024, 4, 2))
    assert (summary.values, summary.key_figures, summary.replaced) == (37, 2, 0)
    from_csv = new_set()
    text = (source_dir / "tests" / "data" / "keyfigures" / "miljobarometern.csv").read_text(encoding="utf-8")
    miljoplan.import_miljobarometern_csv(from_csv, text, source="export", retrieved_on=datetime.date(2024, 4, 2))
    assert snapshot(from_excel) == snapshot(from_csv)
    # A number cell 40.25 and a date cell come back as the exact decimal and the day.
    value = from_excel.value("eko-livsmedel", "0642", 2022)
    assert value.value == Decimal("40.25")
    assert value.reported_on == datetime.date(2023, 3, 23)
    assert value.retrieved_on == datetime.date(2024, 4, 2)
    assert value.origin == "export"


def test_numbers_read_as_excel_shows_them(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["indikator", "kommun", "år", "värde"])
    sheet.append(["kf", "0680", 2023, 0.1 + 0.2])     # stored as 0.30000000000000004, shown as 0,3
    sheet.append(["kf", "0604", 2023.0, 1e-05])       # a float year; a tiny value without exponent
    sheet.append([None, None, None, None])            # an empty row is skipped
    sheet.append(["kf", "Gnosjö", "2023", "12,5"])   # text cells, a decimal comma and a name
    sheet.append(["kf", 617, 2022, 398])              # a kommunkod typed as a number loses its leading zero
    book.save(tmp_path / "tal.xlsx")
    s = new_set()
    with pytest.raises(miljoplan.ParseError) as error:
        miljoplan.import_miljobarometern_xlsx(s, tmp_path / "tal.xlsx")
    # Row 6 in the sheet, not record 5 of the text: the empty row counts.
    assert error.value.line == 6 and error.value.column == 2
    assert "sheet 'Sheet', cell B6 (kommun)" in str(error.value)
    assert "\"617\" is neither a kommunkod" in str(error.value)
    assert s.values == []  # all or nothing

    sheet.delete_rows(6)
    book.save(tmp_path / "tal.xlsx")
    miljoplan.import_miljobarometern_xlsx(s, tmp_path / "tal.xlsx")
    assert s.value("kf", "0680", 2023).value == Decimal("0.3")
    assert s.value("kf", "0604", 2023).value == Decimal("0.00001")
    assert s.value("kf", "0617", 2023).value == Decimal("12.5")


def test_a_broken_cell_names_sheet_and_cell(tmp_path, export_rows):
    book = write_workbook(tmp_path / "export.xlsx", export_rows, offset_rows=2, offset_columns=1)
    sheet_book = openpyxl.load_workbook(book)
    sheet_book.active["G7"] = "34,2x"  # the table starts at B3, so record 5 is row 7 and värde is column G
    sheet_book.save(book)
    s = new_set()
    with pytest.raises(miljoplan.ParseError) as error:
        miljoplan.import_miljobarometern_xlsx(s, book)
    message = str(error.value)
    assert message.startswith(f"{book}: sheet 'Mätdata', cell G7 (värde): '34,2x' is not a decimal number"), message
    assert (error.value.line, error.value.column) == (7, 7)
    assert s.values == []


def test_nothing_is_dropped_silently(tmp_path, export_rows):
    book = write_workbook(tmp_path / "export.xlsx", export_rows)
    workbook = openpyxl.load_workbook(book)
    workbook.active["J5"] = "en anteckning"  # beyond the header's columns A–H
    workbook.save(book)
    with pytest.raises(miljoplan.ParseError, match=r"cell J5: a value outside the header's columns A–H"):
        miljoplan.import_miljobarometern_xlsx(new_set(), book)

    # A formula saved by a program that never calculated it has no result to read.
    workbook = openpyxl.load_workbook(book)
    del workbook.active["J5"]
    workbook.active["F3"] = "=F2+1"
    workbook.save(book)
    with pytest.raises(miljoplan.ParseError, match=r"cell F3: the formula =F2\+1 has no stored result"):
        miljoplan.import_miljobarometern_xlsx(new_set(), book)

    workbook = openpyxl.load_workbook(book)
    workbook.active["F3"] = datetime.datetime(2023, 3, 1, 14, 30)
    workbook.save(book)
    with pytest.raises(miljoplan.ParseError, match=r"cell F3: datetime.datetime\(2023, 3, 1, 14, 30\) is not a value"):
        miljoplan.import_miljobarometern_xlsx(new_set(), book)


def test_an_exports_own_column_names(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Nyckeltal", "Kommun", "År", "Mätvärde", "Kommentar"])
    book.active.append(["eko", "Vaggeryd", 2023, 33.5, "uppskattat"])
    book.save(tmp_path / "egen.xlsx")
    s = new_set()
    miljoplan.import_miljobarometern_xlsx(s, tmp_path / "egen.xlsx",
                                          columns={"Nyckeltal": "indikator", "Mätvärde": "värde"})
    value = s.value("eko", "0665", 2023)
    assert value.value == Decimal("33.5")
    assert value.extra_fields == {"export_columns": {"Kommentar": "uppskattat"}}
    with pytest.raises(miljoplan.ParseError, match=r"sheet 'Sheet', row 1: missing column \"indikator\""):
        miljoplan.import_miljobarometern_xlsx(new_set(), tmp_path / "egen.xlsx")


def test_sheets_headers_and_files(tmp_path, export_rows):
    book = write_workbook(tmp_path / "export.xlsx", export_rows, title="Data")
    workbook = openpyxl.load_workbook(book)
    workbook.create_sheet("Om exporten").append(["Exporterad från Miljöbarometern"])
    workbook.save(book)
    with pytest.raises(miljoplan.ParseError, match=r"no sheet 'Blad1'; the workbook has 'Data', 'Om exporten'"):
        miljoplan.import_miljobarometern_xlsx(new_set(), book, sheet="Blad1")
    with pytest.raises(miljoplan.ParseError, match=r"sheet 'Om exporten', row 1: missing column \"indikator\""):
        miljoplan.import_miljobarometern_xlsx(new_set(), book, sheet="Om exporten")
    s = new_set()
    assert miljoplan.import_miljobarometern_xlsx(s, book, sheet="Data").values == 37

    duplicate = openpyxl.Workbook()
    duplicate.active.append(["indikator", "kommun", "år", "värde", "År"])
    duplicate.save(tmp_path / "dubbel.xlsx")
    with pytest.raises(miljoplan.ParseError, match=r"cell E1: duplicate column \"År\""):
        miljoplan.import_miljobarometern_xlsx(new_set(), tmp_path / "dubbel.xlsx")

    openpyxl.Workbook().save(tmp_path / "tom.xlsx")
    with pytest.raises(miljoplan.ParseError, match=r"sheet 'Sheet', row 1: empty sheet"):
        miljoplan.import_miljobarometern_xlsx(new_set(), tmp_path / "tom.xlsx")

    (tmp_path / "export.csv.xlsx").write_text("indikator;kommun;år;värde\n", encoding="utf-8")
    with pytest.raises(miljoplan.ParseError, match=r"export.csv.xlsx: not an Excel workbook"):
        miljoplan.import_miljobarometern_xlsx(new_set(), tmp_path / "export.csv.xlsx")
    with pytest.raises(miljoplan.IoError, match=r"saknas.xlsx: cannot open"):
        miljoplan.import_miljobarometern_xlsx(new_set(), tmp_path / "saknas.xlsx")
