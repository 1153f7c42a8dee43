"""Writing exported rows as CSV text and as an .xlsx workbook.

Both start with a header of the columns' names. CSV is UTF-8 with a byte order mark (so Excel
reads it as UTF-8), its values split by the delimiter asked for, and as GraphQL answers them
(times in ISO 8601 with their offset, enums by name); text that a spreadsheet would run as a
formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'`, as
OWASP advises against CSV injection. In the workbook such text is stored as text, never as a
formula; times are spreadsheet dates and times in the company's time zone, which the header of
each time column names; characters a workbook cannot hold (control characters) are left out.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from cronica.domain.company_settings import CsvDelimiter
from cronica.graphql.http.export_lists import Column

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SHEET_TITLE_LENGTH = 31  # Excel's limit
BYTE_ORDER_MARK = "\ufeff"


def csv_text(rows: Iterable[Sequence[Any]], delimiter: CsvDelimiter) -> str:
    """The rows as CSV lines (header rows included as given)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter.value, lineterminator="\r\n")
    writer.writerows([_csv_value(value) for value in row] for row in rows)
    return buffer.getvalue()


def csv_header(columns: Sequence[Column], delimiter: CsvDelimiter) -> str:
    """The file's start: the byte order mark and the line of the columns' names."""
    return BYTE_ORDER_MARK + csv_text([[column.header for column in columns]], delimiter)


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    text = str(value)
    return "'" + text if isinstance(value, str) and text.startswith(_FORMULA_STARTS) else text


class XlsxBook:
    """A one-sheet workbook filled a page of rows at a time (rows go to a temporary file as
    they come, so a long list does not sit in memory as cells)."""

    def __init__(self, title: str, columns: Sequence[Column], zone: ZoneInfo) -> None:
        self._book = Workbook(write_only=True)
        self._sheet = self._book.create_sheet(title[:_SHEET_TITLE_LENGTH])
        self._columns = columns
        self._zone = zone
        self._sheet.append([self._header(column) for column in columns])

    def _header(self, column: Column) -> str:
        """The column's name; a time column's says its zone (spreadsheet times have none)."""
        if column.type_name == "DateTime":
            return f"{column.header} ({self._zone.key})"
        return column.header

    def append(self, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            cells = (
                self._cell(column, value) for column, value in zip(self._columns, row, strict=True)
            )
            self._sheet.append(list(cells))

    def content(self) -> bytes:
        buffer = io.BytesIO()
        self._book.save(buffer)
        return buffer.getvalue()

    def _cell(self, column: Column, value: Any) -> Any:
        if value is None or isinstance(value, bool | int | float):
            return value
        if column.type_name == "DateTime":
            # Spreadsheet times have no zone: every one is given in the company's.
            return datetime.fromisoformat(value).astimezone(self._zone).replace(tzinfo=None)
        if column.type_name == "Date":
            return date.fromisoformat(value)
        text = json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value
        cell = WriteOnlyCell(self._sheet, value=ILLEGAL_CHARACTERS_RE.sub("", str(text)))
        cell.data_type = "s"  # text stays text, even when it looks like a formula
        return cell
