# SPDX-License-Identifier: Apache-2.0
"""Miljöbarometern exports saved as Excel workbooks (.xlsx).

The rows of one sheet go through the same reader as a CSV export (:func:`miljoplan.import_miljobarometern_csv`),
so the columns, statuses and rules are the same; errors name the sheet and the cell (``D5``) instead of a
line of a file. openpyxl (Debian: ``python3-openpyxl``) is imported on first use only.

What a cell becomes, so that the text equals what Excel shows:

- a number: at most 15 significant digits, Excel's own precision, without exponent (``0.1 + 0.2`` stored as
  ``0.30000000000000004`` reads as ``0.3``); a whole number without a decimal part;
- a date (a cell formatted as a date): its ISO day; a time of day other than midnight is an error;
- a formula: the result Excel stored with it. A workbook written by a program that never calculated it has
  no stored result; that is an error naming the cell, never an empty value;
- text: unchanged; an empty cell: empty.

Rows that are entirely empty are skipped; the first row with content is the header. A value in a column
beyond the header's columns is an error naming the cell, so nothing is dropped silently.
"""

from __future__ import annotations

import csv
import datetime
import decimal
import io
import os
import re
import zipfile
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

from . import _core

__all__ = ["import_miljobarometern_xlsx"]

_ROW_CELL = re.compile(r"^row (\d+), column (\d+) \((.*?)\): (.*)$", re.DOTALL)
_HEADER_CELL = re.compile(r"^column (\d+): (.*)$", re.DOTALL)


def _column_letters(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _parse_error(source: str, sheet: str, row: int, column: int, detail: str, heading: str = "") -> _core.ParseError:
    where = f"sheet '{sheet}', cell {_column_letters(column)}{row}" if column else f"sheet '{sheet}', row {row}"
    if heading:
        where += f" ({heading})"
    error = _core.ParseError(f"{source}: {where}: {detail}")
    error.source = source
    error.line = row
    error.column = column
    error.path = ""
    error.detail = detail
    return error


def _cell_text(value: Any) -> Optional[str]:
    """The text of one cell as Excel shows it; None for a value that has no such text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "SANT" if value else "FALSKT"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return None
        text = format(decimal.Decimal(format(value, ".15g")), "f")
        return text[:-2] if text.endswith(".0") else text
    if isinstance(value, datetime.datetime):
        if value.time() != datetime.time(0, 0):
            return None
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.time):
        return None
    return str(value)


def _open(path: str, data_only: bool) -> Any:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=data_only)
    except FileNotFoundError as e:
        raise _core.IoError(f"{path}: cannot open: {e.strerror or 'no such file'}") from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError) as e:
        raise _core.ParseError(f"{path}: not an Excel workbook (.xlsx): {e}") from None


def _sheet(workbook: Any, sheet: Optional[str], source: str) -> Any:
    if sheet is None:
        return workbook.worksheets[0]
    if sheet not in workbook.sheetnames:
        names = ", ".join(f"'{n}'" for n in workbook.sheetnames)
        raise _core.ParseError(f"{source}: no sheet '{sheet}'; the workbook has {names}")
    return workbook[sheet]


def _table(values: Any, formulas: Any, source: str) -> Tuple[str, List[int], int]:
    """The sheet as CSV text, the sheet row of each CSV record, and the sheet column of the first column."""
    title = values.title
    records: List[Sequence[str]] = []
    sheet_rows: List[int] = []
    first = last = 0
    # Read to the end: openpyxl closes a sheet's stream only when its row iterator is exhausted.
    rows = zip(list(values.iter_rows(min_row=1, min_col=1, values_only=True)),
               list(formulas.iter_rows(min_row=1, min_col=1, values_only=True)))
    for number, (row, formula_row) in enumerate(rows, start=1):
        texts: List[str] = []
        for column, value in enumerate(row, start=1):
            formula = formula_row[column - 1] if column - 1 < len(formula_row) else None
            if value is None and isinstance(formula, str) and formula.startswith("="):
                raise _parse_error(source, title, number, column,
                                   f"the formula {formula} has no stored result (open and save the workbook in "
                                   "Excel or LibreOffice first)")
            text = _cell_text(value)
            if text is None:
                raise _parse_error(source, title, number, column, f"{value!r} is not a value a key figure can have")
            texts.append(text)
        filled = [c for c, t in enumerate(texts, start=1) if t.strip()]
        if not filled:
            continue
        if not records:
            first, last = filled[0], filled[-1]
        outside = [c for c in filled if c < first or c > last]
        if outside:
            raise _parse_error(source, title, number, outside[0],
                               f"a value outside the header's columns {_column_letters(first)}–"
                               f"{_column_letters(last)}")
        texts += [""] * (last - len(texts))
        records.append(texts[first - 1:last])
        sheet_rows.append(number)
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(records)
    return out.getvalue(), sheet_rows, first


def import_miljobarometern_xlsx(key_figure_set: _core.KeyFigureSet, path: Union[str, "os.PathLike[str]"],
                                sheet: Optional[str] = None, source: Optional[str] = None,
                                retrieved_on: Optional[datetime.date] = None, replace: bool = False,
                                columns: Optional[Dict[str, str]] = None) -> _core.ImportSummary:
    """Reads a Miljöbarometern export saved as an Excel workbook into ``key_figure_set``: the columns and
    rules of :func:`miljoplan.import_miljobarometern_csv`, from ``sheet`` (default: the first sheet).

    ``source`` (default: the path) is the values' origin and the name errors give; ``columns`` maps the
    export's own column names as in the CSV reader. A broken cell raises
    :class:`miljoplan.ParseError` naming the sheet and the cell (``.line`` is the sheet row, ``.column``
    the sheet column, 1-based) and leaves the set unchanged. Needs openpyxl (``python3-openpyxl``)."""
    path = os.fspath(path)
    name = source if source is not None else path
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        raise _core.Error("import_miljobarometern_xlsx needs openpyxl; on Debian: "
                          "apt-get install python3-openpyxl") from None
    values_book = _open(path, data_only=True)
    formulas_book = _open(path, data_only=False)
    try:
        values = _sheet(values_book, sheet, name)
        text, sheet_rows, first = _table(values, _sheet(formulas_book, sheet, name), name)
    finally:
        values_book.close()
        formulas_book.close()
    title = values.title
    if not sheet_rows:
        raise _parse_error(name, title, 1, 0, "empty sheet: expected a header row")
    try:
        return _core.import_miljobarometern_csv(key_figure_set, text, source=name, retrieved_on=retrieved_on,
                                                replace=replace, columns=dict(columns or {}))
    except _core.ParseError as e:
        detail = str(getattr(e, "detail", "")) or str(e)
        m = _ROW_CELL.match(detail)
        if m:
            row, column, heading, what = int(m[1]), int(m[2]), m[3], m[4]
            raise _parse_error(name, title, sheet_rows[row - 1], first + column - 1, what, heading) from None
        m = _HEADER_CELL.match(detail)
        if m:
            raise _parse_error(name, title, sheet_rows[0], first + int(m[1]) - 1, m[2]) from None
        # The remaining errors concern a whole row (the header's missing columns).
        record = max(int(getattr(e, "line", 1) or 1), 1)
        row = sheet_rows[min(record, len(sheet_rows)) - 1]
        raise _parse_error(name, title, row, 0, detail) from None
