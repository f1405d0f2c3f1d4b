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
import re
from dataclasses import dataclass, field
from pathlib import Path

from .i18n import t

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_COLUMNS = 200  # columns read from a spreadsheet (a file format has at most 20)
MAX_UNPACKED = 256 * 2 ** 20  # bytes a zip file (XLSX, chat export) may unpack to
# characters XML 1.0 cannot carry: openpyxl refuses the control characters and writes a
# file nobody can open with the others
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


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


def sheet_text(value: str) -> str:
    """*value* as a worksheet cell can hold it: without the characters XML cannot carry
    (an imported name may hold a control character)."""
    return _NOT_XML.sub("", value)


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
    try:
        text = _decode(data)
    except UnicodeDecodeError as exc:  # a UTF-8 byte-order mark before bytes that are not
        raise FileError(path, t("the file starts as UTF-8 text but byte {position} is not "
                                "UTF-8; save it again as CSV UTF-8",
                                position=exc.start + 4)) from None
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


def unpacked_size_error(path, size: int) -> FileError | None:
    """The error for a zip (XLSX, a chat export with media) whose member(s) would unpack to
    more than :data:`MAX_UNPACKED` bytes, or None."""
    if size <= MAX_UNPACKED:
        return None
    return FileError(path, t("the file unpacks to {size} MB, more than the {limit} MB it may "
                             "hold", size=size // 2 ** 20, limit=MAX_UNPACKED // 2 ** 20))


def _damaged(path, exc: Exception) -> FileError:
    return FileError(path, t("cannot read the file: {reason}",
                             reason=str(exc) or type(exc).__name__))


def _read_xlsx(path: Path):
    import zipfile

    from openpyxl import load_workbook

    # openpyxl raises whatever its zip and XML parsers raise on a damaged file (BadZipFile,
    # ParseError, zlib.error, KeyError, TypeError ...): every one means "cannot be read"
    try:
        with zipfile.ZipFile(path) as zf:
            too_big = unpacked_size_error(path, sum(i.file_size for i in zf.infolist()))
        if too_big is not None:
            raise too_big
        wb = load_workbook(path, read_only=True, data_only=True)
    except FileError:
        raise
    except Exception as exc:  # noqa: BLE001 - see above
        raise _damaged(path, exc) from exc
    try:
        ws = wb.worksheets[0]
        # a <dimension> claiming A1:XFD1048576 must not turn into a million rows of 16,384
        # empty cells: size rows by their cells, and read at most MAX_COLUMNS columns
        ws.reset_dimensions()
        rows = ws.iter_rows(max_col=MAX_COLUMNS, values_only=True)
        header = next(rows, None)
        if header is None:
            return None, []
        header = list(header)
        while header and header[-1] is None:
            header.pop()
        width = len(header)  # cells right of the last heading are not read
        body = []
        for i, cells in enumerate(rows, start=2):
            if cells.count(None) == len(cells):  # an empty row (fast: rows are tuples)
                continue
            body.append((i, [_xlsx_value(c) for c in cells[:width]]))
        return header, body
    except Exception as exc:  # noqa: BLE001 - a damaged sheet shows only when it is read
        raise _damaged(path, exc) from exc
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
            value = sheet_text(_text(row.get(name)))
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
