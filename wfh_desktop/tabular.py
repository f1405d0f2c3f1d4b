"""Reading and writing the CSV and XLSX files of the command-line contract.

A file format is a list of :class:`Column` (Indonesian name first, English accepted).
Readers give rows as dicts keyed by the Indonesian name, with the file's row number, and
remember the header as written so messages can name it.  Writers neutralise cells that a
spreadsheet would run as a formula.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

from .i18n import t

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Column:
    name: str  # Indonesian header, the one we write
    english: str
    required: bool = False


class FileError(Exception):
    """A file that cannot be read at all (as opposed to some bad rows)."""

    def __init__(self, path, message):
        self.path = str(path)
        self.message = message
        super().__init__(t("{file}: {message}", file=self.path, message=message))


@dataclass
class Table:
    path: str
    columns: dict[str, str]  # canonical name -> header as written in the file
    rows: list[tuple[int, dict]]  # (row number in the file, {canonical: value})
    ignored: list[str] = field(default_factory=list)

    def header(self, name: str) -> str:
        return self.columns.get(name, name)


def _norm_header(text) -> str:
    return str(text or "").strip().lstrip("\ufeff").strip().lower().replace(" ", "_")


def _map_header(path, header: list, spec: list[Column]) -> tuple[dict, dict, list]:
    by_name = {}
    for col in spec:
        by_name[col.name.lower()] = col.name
        by_name[col.english.lower()] = col.name
    positions: dict[str, int] = {}
    written: dict[str, str] = {}
    ignored = []
    for i, raw in enumerate(header):
        key = _norm_header(raw)
        if not key:
            continue
        name = by_name.get(key)
        if name is None:
            ignored.append(str(raw).strip())
            continue
        if name in positions:
            raise FileError(path, t("column {column} appears twice", column=str(raw).strip()))
        positions[name] = i
        written[name] = str(raw).strip()
    for col in spec:
        if col.required and col.name not in positions:
            raise FileError(path, t("missing column {column}",
                                    column=f"{col.name} ({col.english})"))
    return positions, written, ignored


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def unquote_cell(value):
    """Undo :func:`neutralise`: ``'=...`` read back as ``=...``."""
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and value[1] in FORMULA_START:
        return value[1:]
    return value


def neutralise(value):
    """A text cell that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def read_table(path, spec: list[Column]) -> Table:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        header, body = _read_csv(path)
    elif suffix in (".xlsx", ".xlsm"):
        header, body = _read_xlsx(path)
    else:
        raise FileError(path, t("unsupported file type {suffix}; use .csv or .xlsx",
                                suffix=suffix or "?"))
    if header is None:
        raise FileError(path, t("the file is empty"))
    positions, written, ignored = _map_header(path, header, spec)
    rows = []
    for number, cells in body:
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
            continue
        row = {}
        for name, i in positions.items():
            value = cells[i] if i < len(cells) else None
            if isinstance(value, str):
                value = unquote_cell(value.strip())
            row[name] = value
        rows.append((number, row))
    return Table(str(path), written, rows, ignored)


def _read_csv(path: Path):
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FileError(path, t("cannot read the file: {reason}", reason=exc.strerror)) from exc
    text = _decode(data)
    if not text.strip():
        return None, []
    first = text.splitlines()[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        lines = list(reader)
    except csv.Error as exc:
        raise FileError(path, t("cannot read the file: {reason}", reason=str(exc))) from exc
    if not lines:
        return None, []
    # csv.reader counts records; a quoted cell may span lines, so number by record
    body = [(i + 2, cells) for i, cells in enumerate(lines[1:])]
    return lines[0], body


def _read_xlsx(path: Path):
    from openpyxl import load_workbook
    from zipfile import BadZipFile

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (OSError, BadZipFile, KeyError, ValueError) as exc:
        raise FileError(path, t("cannot read the file: {reason}", reason=str(exc))) from exc
    try:
        ws = wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            return None, []
        body = []
        for i, cells in enumerate(rows, start=2):
            body.append((i, [_xlsx_value(c) for c in cells]))
        return list(header), body
    finally:
        wb.close()


def _xlsx_value(value):
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date()
        return value
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, int):
        if len(str(abs(value))) >= 16:
            return float(value)  # an identifier Excel kept as a number: digits are lost
        return str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return value


def write_table(path, spec: list[Column], rows: list[dict], *, sheet_title: str = "Data") -> None:
    """Write *rows* (dicts keyed by the Indonesian column names) as CSV or XLSX."""
    path = Path(path)
    suffix = path.suffix.lower()
    header = [c.name for c in spec]
    if suffix == ".csv":
        buf = io.StringIO(newline="")
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([neutralise(_text(row.get(c))) for c in header])
        path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    elif suffix == ".xlsx":
        _write_xlsx(path, header, rows, sheet_title)
    else:
        raise FileError(path, t("unsupported file type {suffix}; use .csv or .xlsx",
                                suffix=suffix or "?"))


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def _write_xlsx(path: Path, header: list[str], rows: list[dict], title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [len(h) for h in header]
    for r, row in enumerate(rows, start=2):
        for c, name in enumerate(header, start=1):
            value = _text(row.get(name))
            cell = ws.cell(row=r, column=c)
            cell.value = value
            cell.data_type = "s"  # text, never a formula or a number (NIPs keep 18 digits)
            if value.startswith(FORMULA_START):
                cell.quotePrefix = True
            widths[c - 1] = max(widths[c - 1], min(len(value), 60))
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w + 2
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    wb.save(path)
