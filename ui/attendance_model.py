"""The table models of the attendance page.

:class:`DayModel` shows a :class:`wfh_desktop.attendance.DaySheet` (one unit, one day) and
holds what the clerk typed and has not saved yet ("pending" values).  The Status column
shows, in order: a pending value, the keyed entry, or the roster's expectation (grey and
italic: not confirmed until the day is saved).  A corrected entry shows its original beside
it; the tooltip lists every version.  Values typed into a cell are checked on the spot
(:meth:`DayModel.validate`): unknown codes, unreadable times and a time out before the time
in are refused with a message (``refused``) and change nothing.  An accepted value goes
through the page's :class:`QUndoStack` when one is set (``undo_stack``), as a
:class:`CellCommand`.

:class:`MonthModel` shows staff x working days of a month (one code per cell, the roster's
expectation in grey where nothing is keyed) with a footer of the on-site count against the
cap, and :class:`RecapModel` the per-staff numbers of :func:`wfh_desktop.recap.recap_data`.
"""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QUndoCommand

from wfh_desktop.attendance import EXPECTED_OF_MODE, MAX_NOTE, parse_time
from wfh_desktop.ids import format_nip

(COL_NO, COL_NAME, COL_POSITION, COL_EXPECTED, COL_STATUS, COL_TIME_IN, COL_TIME_OUT,
 COL_SOURCE, COL_KEYED_BY, COL_NOTE, COL_HISTORY) = range(11)
COLUMN_COUNT = 11
FIELD_OF = {COL_STATUS: "status", COL_TIME_IN: "time_in", COL_TIME_OUT: "time_out",
            COL_NOTE: "note"}
COLUMN_OF = {f: c for c, f in FIELD_OF.items()}
EDITABLE_COLUMNS = (COL_STATUS, COL_TIME_IN, COL_TIME_OUT, COL_NOTE)

STAFF_ID_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # "expected", "keyed", "pending", "corrected", ""
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the cell's value as saved would write it
DATE_ROLE = Qt.ItemDataRole.UserRole + 3

UNSET = object()  # no pending value: the cell shows what is stored

EXPECTED_TEXT = QColor("#6b6b6b")
PENDING_BACKGROUND = QColor("#fff3bf")
CORRECTED_BACKGROUND = QColor("#e5dbf3")
ERROR_BACKGROUND = QColor("#f8d0d0")
ERROR_TEXT = QColor("#8c0014")
CELL_TEXT = QColor("#000000")
OVER_CAP_BACKGROUND = QColor("#b2182b")
OVER_CAP_TEXT = QColor("#ffffff")
OFF_BACKGROUND = QColor("#e6e6e6")

CORRECTED_MARK = "\u270e"  # a pencil

SOURCE_KEYS = ("paper", "whatsapp", "video", "manual")


def source_label(source: str) -> str:
    labels = {
        "paper": QCoreApplication.translate("Attendance", "Paper sheet"),
        "whatsapp": QCoreApplication.translate("Attendance", "WhatsApp"),
        "video": QCoreApplication.translate("Attendance", "Video call"),
        "manual": QCoreApplication.translate("Attendance", "Manual"),
    }
    return labels.get(source, source or "")


def short_stamp(iso: str | None, year: bool = True) -> str:
    """``2020-03-23T08:12:05`` -> ``23/03/2020 08:12`` (``23/03 08:12`` without *year*)."""
    if not iso:
        return ""
    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{when:%d/%m/%Y %H:%M}" if year else f"{when:%d/%m %H:%M}"


def plain_tip(text: str) -> str:
    """A tooltip that shows *text* as typed (a name like ``<b>`` is not markup)."""
    if not text:
        return ""
    return "<qt>" + "<br>".join(html.escape(line) for line in text.split("\n")) + "</qt>"


def person_ident(nip: str | None, nik: str | None) -> str:
    return format_nip(nip) if nip else (nik or "")


def version_line(v: dict) -> str:
    """One version of an entry in words: when, what, who, from where, why."""
    times = ""
    if v.get("time_in") or v.get("time_out"):
        times = f" {v.get('time_in') or '--:--'}-{v.get('time_out') or '--:--'}"
    if v.get("kind") == "correction":
        text = QCoreApplication.translate(
            "Attendance", "{at}: corrected to {status}{times} by {who}; reason: {reason}").format(
            at=short_stamp(v.get("keyed_at")), status=v.get("status", ""), times=times,
            who=v.get("keyed_by") or "-", reason=v.get("reason") or "-")
    else:
        text = QCoreApplication.translate(
            "Attendance", "{at}: keyed {status}{times} by {who} ({source})").format(
            at=short_stamp(v.get("keyed_at")), status=v.get("status", ""), times=times,
            who=v.get("keyed_by") or "-", source=source_label(v.get("source", "")))
    if v.get("current"):
        text += " " + QCoreApplication.translate("Attendance", "[current]")
    return text


class CellCommand(QUndoCommand):
    """One typed (or cleared) value of the day grid, not saved yet; undo puts back what the
    cell held before."""

    def __init__(self, model: "DayModel", staff_id: str, field: str, before, after,
                 text: str):
        super().__init__(text)
        self.model = model
        self.staff_id = staff_id
        self.field = field
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.model.set_pending(self.staff_id, self.field, self.after)

    def undo(self) -> None:
        self.model.set_pending(self.staff_id, self.field, self.before)


class DayModel(QAbstractTableModel):
    """The rows of a day sheet; ``set_sheet(sheet)`` replaces them (and drops what was
    typed unless *keep_pending*).  ``set_codes(codes)`` gives the active status codes that
    typing is checked against."""

    refused = Signal(str)  # a typed value was refused: why
    pending_changed = Signal()  # what is typed and not saved changed
    touched = Signal(int, int)  # row, column of a typed value that changed (or was undone)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sheet = None
        self.undo_stack = None
        self._rows: list = []
        self._codes: dict[str, object] = {}  # code -> Code, in the order of the codes
        self._pending: dict[str, dict] = {}  # staff id -> field -> value
        self._errors: dict[int, list[tuple[str, str]]] = {}  # row number -> (field, message)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = {
            COL_NO: self.tr("No"), COL_NAME: self.tr("Name / NIP"),
            COL_POSITION: self.tr("Position"), COL_EXPECTED: self.tr("Expected"),
            COL_STATUS: self.tr("Status"), COL_TIME_IN: self.tr("Time in"),
            COL_TIME_OUT: self.tr("Time out"), COL_SOURCE: self.tr("Source"),
            COL_KEYED_BY: self.tr("Keyed by"), COL_NOTE: self.tr("Note"),
            COL_HISTORY: self.tr("History"),
        }
        self._header_tips = {
            COL_EXPECTED: self.tr("What the roster expects: WFO -> H, WFH -> WFH, leave or "
                                  "sick -> its code"),
            COL_STATUS: self.tr("The attendance code. Grey italic: the roster's expectation, "
                                "not confirmed yet (Save day keys it)"),
            COL_TIME_IN: self.tr("Type 0730, 07.30 or 07:30"),
            COL_TIME_OUT: self.tr("Type 1600, 16.00 or 16:00"),
            COL_HISTORY: self.tr("{mark}: corrected. The number of versions of an entry keyed "
                                 "more than once; the tooltip lists every version").format(
                                     mark=CORRECTED_MARK),
        }

    # --- data in -------------------------------------------------------------------
    def set_codes(self, codes) -> None:
        self._codes = {c.code: c for c in codes}

    def codes(self) -> list[str]:
        return list(self._codes)

    def set_sheet(self, sheet, keep_pending: bool = False) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self._rows = list(sheet.rows) if sheet is not None else []
        ids = {r.staff_id for r in self._rows}
        if keep_pending:
            self._pending = {k: v for k, v in self._pending.items() if k in ids}
        else:
            self._pending = {}
        self._errors = {}
        self.endResetModel()
        self.pending_changed.emit()

    def set_errors(self, errors) -> None:
        """Mark the rows of an :class:`~wfh_desktop.attendance.InvalidEntries`:
        ``(row number, FieldError)`` pairs."""
        self._errors = {}
        for no, e in errors:
            self._errors.setdefault(no, []).append((e.column, e.message))
        self._all_changed()

    def clear_errors(self) -> None:
        if self._errors:
            self._errors = {}
            self._all_changed()

    def errors_of(self, row: int) -> list[tuple[str, str]]:
        r = self.sheet_row(row)
        return self._errors.get(r.no, []) if r is not None else []

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    # --- what the page asks --------------------------------------------------------
    @property
    def editable(self) -> bool:
        """False on a locked day or closed month and on a day that is not a working day."""
        return self.sheet is not None and not self.sheet.locked and self.sheet.workday \
            and self.sheet.policy is not None

    def sheet_row(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list:
        return self._rows

    def row_of(self, staff_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.staff_id == staff_id:
                return i
        return -1

    def has_pending(self) -> bool:
        return bool(self._pending)

    def pending_count(self) -> int:
        return len(self._pending)

    def pending_changes(self) -> dict[str, dict]:
        """What :func:`wfh_desktop.attendance.save_day_sheet` takes: staff id -> the typed
        fields."""
        return {sid: dict(values) for sid, values in self._pending.items()}

    def pending(self, staff_id: str, field: str):
        return self._pending.get(staff_id, {}).get(field, UNSET)

    def stored(self, r, field: str):
        """The value of the keyed entry (None for a row not keyed yet)."""
        if r.entry is None:
            return None
        value = r.entry.get(field)
        return value if value not in ("",) else None

    def value(self, r, field: str):
        """What saving would write: the typed value, else the entry's, else (for the
        status) the roster's expectation."""
        pending = self.pending(r.staff_id, field)
        if pending is not UNSET:
            return pending
        stored = self.stored(r, field)
        if stored is None and field == "status":
            return r.expected
        return stored

    def set_pending(self, staff_id: str, field: str, value) -> None:
        """Set (or with :data:`UNSET` drop) a typed value; no checks (see :meth:`setData`)."""
        values = self._pending.setdefault(staff_id, {})
        if value is UNSET:
            values.pop(field, None)
        else:
            values[field] = value
        if not values:
            del self._pending[staff_id]
        row = self.row_of(staff_id)
        if row >= 0:
            r = self._rows[row]
            if r.no in self._errors:
                del self._errors[r.no]
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
            self.touched.emit(row, COLUMN_OF[field])
        self.pending_changed.emit()

    # --- checking what was typed ----------------------------------------------------
    def resolve_code(self, text: str) -> tuple[str | None, str | None]:
        """An active status code for *text* (any case; a unique beginning such as ``W``
        for ``WFH`` is enough), or None and why not."""
        code = " ".join(str(text or "").split()).upper()
        if not code:
            return None, self.tr("Type an attendance code, for example H, WFH, S or I.")
        if code in self._codes:
            return code, None
        starting = [c for c in self._codes if c.startswith(code)]
        if len(starting) == 1:
            return starting[0], None
        if starting:
            return None, self.tr("{value} could be {codes}; type more letters.").format(
                value=code, codes=", ".join(starting))
        return None, self.tr("{value} is not an attendance code; use one of {codes}.").format(
            value=code, codes=", ".join(self._codes))

    def validate(self, row: int, column: int, text) -> tuple[object, str | None]:
        """The value to store for *text* typed into a cell, or (None, why not)."""
        r = self.sheet_row(row)
        field = FIELD_OF.get(column)
        if r is None or field is None:
            return None, self.tr("This cell cannot be changed.")
        if not self.editable:
            return None, self.tr("This day cannot be changed here.")
        if field == "status":
            return self.resolve_code(text)
        if field == "note":
            note = " ".join(str(text or "").split())
            if len(note) > MAX_NOTE:
                return None, self.tr("A note has at most {n} characters.").format(n=MAX_NOTE)
            return note, None
        raw = str(text or "").strip()
        try:
            value = parse_time(raw)
        except ValueError:
            return None, self.tr("{value} is not a time; type 0730, 07.30 or 07:30.").format(
                value=raw)
        time_in = value if field == "time_in" else self.value(r, "time_in")
        time_out = value if field == "time_out" else self.value(r, "time_out")
        if time_in and time_out and time_out < time_in:
            return None, self.tr("The time out {time_out} is before the time in "
                                 "{time_in}.").format(time_out=time_out, time_in=time_in)
        return value, None

    def target(self, r, field: str, value):
        """The pending state a cell takes for *value*: :data:`UNSET` when it equals the
        stored entry (nothing to save)."""
        if field == "status" and r.entry is None:
            return value  # typing the expected code confirms it
        if (self.stored(r, field) or None) == (value or None):
            return UNSET
        return value

    def change(self, row: int, field: str, value, text: str | None = None) -> bool:
        """Apply a checked value as an undoable command (directly without a stack)."""
        r = self.sheet_row(row)
        if r is None:
            return False
        before = self.pending(r.staff_id, field)
        after = self.target(r, field, value)
        if before is after or (before is not UNSET and after is not UNSET
                               and before == after):
            return True
        if self.undo_stack is None:
            self.set_pending(r.staff_id, field, after)
            return True
        if text is None:
            shown = value if value not in (None, "") else self.tr("(empty)")
            text = self.tr("{field} of {name}: {value}").format(
                field=self._headers[COLUMN_OF[field]], name=r.name, value=shown)
        self.undo_stack.push(CellCommand(self, r.staff_id, field, before, after, text))
        return True

    def clear_cell(self, row: int, column: int) -> bool:
        """Delete: a typed status goes back to what is stored (or expected); a time or note
        is emptied."""
        r = self.sheet_row(row)
        field = FIELD_OF.get(column)
        if r is None or field is None or not self.editable:
            return False
        if field != "status":
            if self.value(r, field) in (None, ""):
                return False
            return self.change(row, field, "" if field == "note" else None)
        before = self.pending(r.staff_id, "status")
        if before is UNSET:
            return False
        text = self.tr("Status of {name}: back to {value}").format(
            name=r.name, value=self.stored(r, "status") or r.expected or "-")
        if self.undo_stack is None:
            self.set_pending(r.staff_id, "status", UNSET)
        else:
            self.undo_stack.push(CellCommand(self, r.staff_id, "status", before, UNSET, text))
        return True

    # --- Qt model ------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
                return str(self._rows[section].no)
            return None
        if not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips.get(section)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE_COLUMNS and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() \
                or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        checked, error = self.validate(index.row(), index.column(), value)
        if error:
            self.refused.emit(error)
            return False
        return self.change(index.row(), FIELD_OF[index.column()], checked)

    def state(self, r, field: str) -> str:
        if self.pending(r.staff_id, field) is not UNSET:
            return "pending"
        if field == "status":
            if r.entry is None:
                return "expected" if r.expected else ""
            return "corrected" if r.corrected else "keyed"
        return "keyed" if r.entry is not None else ""

    def status_text(self, r) -> str:
        value = self.value(r, "status") or ""
        if self.pending(r.staff_id, "status") is UNSET and r.corrected:
            return f"{value}\n{self.correction_note(r)}"
        return value

    def correction_note(self, r) -> str:
        """``(corrected; was H)``: the second line of a corrected entry's status."""
        original = r.original
        if original is not None and original["status"] != (r.entry or {}).get("status"):
            return self.tr("(corrected; was {original})").format(original=original["status"])
        return self.tr("(corrected)")

    def history_text(self, r) -> str:
        """The marker of a corrected entry and the number of versions when there are
        several (the tooltip lists them)."""
        if r.corrected:
            return f"{CORRECTED_MARK} {len(r.versions)}"
        if len(r.versions) > 1:
            return str(len(r.versions))
        return ""

    def history_lines(self, r) -> list[str]:
        return [version_line(v) for v in r.versions]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.sheet_row(index.row())
        if r is None:
            return None
        col = index.column()
        field = FIELD_OF.get(col)
        if role == STAFF_ID_ROLE:
            return r.staff_id
        if role == DATE_ROLE:
            return self.sheet.date.isoformat()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.EditRole:
            return self.value(r, field) or "" if field else self._display(r, col)
        if role == VALUE_ROLE:
            return self.value(r, field) if field else None
        if role == STATE_ROLE:
            return self.state(r, field) if field else ""
        errors = [m for f, m in self._errors.get(r.no, [])
                  if COLUMN_OF.get(f, COL_STATUS) == col]
        if role == Qt.ItemDataRole.BackgroundRole:
            if errors:
                return ERROR_BACKGROUND
            if field and self.state(r, field) == "pending":
                return PENDING_BACKGROUND
            if col in (COL_STATUS, COL_HISTORY) and r.corrected:
                return CORRECTED_BACKGROUND
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if errors:
                return ERROR_TEXT
            if field == "status" and self.state(r, field) == "expected":
                return EXPECTED_TEXT
            if col == COL_EXPECTED:
                return EXPECTED_TEXT
            return None
        if role == Qt.ItemDataRole.FontRole:
            if field == "status":
                state = self.state(r, field)
                if state == "expected":
                    return self._italic
                if state == "pending":
                    return self._bold
            elif field and self.state(r, field) == "pending":
                return self._bold
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (COL_NO, COL_EXPECTED, COL_STATUS, COL_TIME_IN, COL_TIME_OUT):
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self.tooltip(r, col, errors)) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.describe(r, col)
        return None

    def _display(self, r, col: int) -> str:
        if col == COL_NO:
            return str(r.no)
        if col == COL_NAME:
            ident = person_ident(r.nip, r.nik)
            return f"{r.name}\n{ident}" if ident else r.name
        if col == COL_POSITION:
            return r.position or ""
        if col == COL_EXPECTED:
            return r.expected or ""
        if col == COL_STATUS:
            return self.status_text(r)
        if col in (COL_TIME_IN, COL_TIME_OUT, COL_NOTE):
            return self.value(r, FIELD_OF[col]) or ""
        if col == COL_SOURCE:
            return source_label(r.entry["source"]) if r.entry else ""
        if col == COL_KEYED_BY:
            if not r.entry:
                return ""
            return f"{r.entry['keyed_by'] or '-'}\n{short_stamp(r.entry['keyed_at'], year=False)}"
        if col == COL_HISTORY:
            return self.history_text(r)
        return ""

    def tooltip(self, r, col: int, errors: list[str]) -> str:
        lines = list(errors)
        if col == COL_NAME:
            lines.append(r.name)
            ident = person_ident(r.nip, r.nik)
            if ident:
                lines.append(ident)
            if r.position:
                lines.append(r.position)
        elif col == COL_POSITION and r.position:
            lines.append(r.position)
        elif col == COL_EXPECTED:
            if r.roster_mode is None:
                lines.append(self.tr("No roster for this day"))
            else:
                lines.append(self.tr("Roster: {mode} ({rule})").format(
                    mode=r.roster_mode, rule=r.roster_rule or "-"))
        elif col == COL_STATUS:
            code = self._codes.get(self.value(r, "status") or "")
            if code is not None:
                lines.append(f"{code.code}: {code.meaning}")
            state = self.state(r, "status")
            if state == "expected":
                lines.append(self.tr("Expected from the roster, not confirmed yet; Save day "
                                     "keys it as shown."))
            elif state == "pending":
                lines.append(self.tr("Typed, not saved yet (Ctrl+S saves the day, Ctrl+Z "
                                     "undoes)."))
            lines.extend(self.history_lines(r))
        elif col == COL_HISTORY:
            if r.corrected:
                lines.append(self.tr("Corrected after it was keyed; every version:"))
            elif len(r.versions) > 1:
                lines.append(self.tr("Keyed {n} times; every version:").format(
                    n=len(r.versions)))
            lines.extend(self.history_lines(r))
        elif col == COL_KEYED_BY and r.entry:
            lines.append(self.tr("Keyed by {who} on {at}").format(
                who=r.entry["keyed_by"] or "-", at=short_stamp(r.entry["keyed_at"])))
        elif col == COL_NOTE:
            value = self.value(r, "note")
            if value:
                lines.append(value)
        return "\n".join(lines)

    def describe(self, r, col: int) -> str:
        """A cell in words, for screen readers."""
        text = self._display(r, col).replace("\n", ", ")
        if FIELD_OF.get(col) == "status":
            state = self.state(r, "status")
            if state == "expected":
                text += ", " + self.tr("expected, not confirmed")
            elif state == "pending":
                text += ", " + self.tr("not saved")
        return text


# --- the month -----------------------------------------------------------------------------

MONTH_COL_NAME = 0
MONTH_FIRST_DAY_COL = 1


def expected_code(cell: dict | None, status_codes) -> str | None:
    """What a roster cell expects as an attendance code (as the core's day sheet does)."""
    if not cell:
        return None
    mode = cell.get("mode")
    if mode in EXPECTED_OF_MODE:
        return EXPECTED_OF_MODE[mode]
    rule = cell.get("rule") or ""
    kind = rule.split(":", 1)[1] if rule.startswith("absent:") else ""
    return kind if kind in status_codes else None


class MonthModel(QAbstractTableModel):
    """Staff x working days of one unit's month; ``set_month(unit_recap, days, expected,
    locked)``: *days* the working days, *expected* ``{(staff id, date iso): code}`` from
    the roster, *locked* the dates (iso) that are locked.  The last row is the footer
    (on site / cap of each day) when there are staff and days."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.unit = None
        self._rows: list = []
        self._days: list = []  # RecapDay of the working days
        self._expected: dict = {}
        self._locked: set[str] = set()
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)
        self._day_names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                           self.tr("Fri"), self.tr("Sat"), self.tr("Sun")]

    def set_month(self, unit_recap, days: list, expected: dict | None = None,
                  locked=()) -> None:
        self.beginResetModel()
        self.unit = unit_recap
        self._rows = list(unit_recap.rows) if unit_recap is not None else []
        self._days = list(days)
        self._expected = dict(expected or {})
        self._locked = set(locked)
        self.endResetModel()

    def days(self) -> list:
        return self._days

    def staff_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def day_at(self, column: int):
        i = column - MONTH_FIRST_DAY_COL
        return self._days[i] if 0 <= i < len(self._days) else None

    def column_of(self, day: dt.date) -> int:
        for i, d in enumerate(self._days):
            if d.date == day:
                return MONTH_FIRST_DAY_COL + i
        return -1

    def row_of(self, staff_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.staff_id == staff_id:
                return i
        return -1

    def footer_row(self) -> int:
        return len(self._rows) if self._rows and self._days else -1

    def code_at(self, row: int, column: int) -> tuple[str, bool]:
        """(code, keyed): the keyed code, else the roster's expectation (keyed False)."""
        r, d = self.staff_at(row), self.day_at(column)
        if r is None or d is None:
            return "", False
        ds = d.date.isoformat()
        if ds in r.daily:
            return r.daily[ds], True
        return self._expected.get((r.staff_id, ds)) or "", False

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self._rows) + (1 if self.footer_row() >= 0 else 0)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else MONTH_FIRST_DAY_COL + len(self._days)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
                return "" if section == self.footer_row() else str(section + 1)
            return None
        if section == MONTH_COL_NAME:
            return self.tr("Name / NIP") if role == Qt.ItemDataRole.DisplayRole else None
        d = self.day_at(section)
        if d is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._day_names[d.date.weekday()]}\n{d.date:%d}"
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{d.date:%d/%m/%Y}"
            if d.date.isoformat() in self._locked:
                tip += "\n" + self.tr("locked")
            return tip
        if role == Qt.ItemDataRole.FontRole and d.date.isoformat() in self._locked:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.row() == self.footer_row():
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if row == self.footer_row():
            return self._footer(col, role)
        r = self.staff_at(row)
        if r is None:
            return None
        if col == MONTH_COL_NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return r.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tip("\n".join(x for x in (r.name, person_ident(r.nip, r.nik),
                                                       r.position) if x))
            if role == STAFF_ID_ROLE:
                return r.staff_id
            return None
        d = self.day_at(col)
        if d is None:
            return None
        code, keyed = self.code_at(row, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return code
        if role == STAFF_ID_ROLE:
            return r.staff_id
        if role == DATE_ROLE:
            return d.date.isoformat()
        if role == STATE_ROLE:
            return "keyed" if keyed else ("expected" if code else "")
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if keyed else EXPECTED_TEXT
        if role == Qt.ItemDataRole.FontRole:
            return None if keyed else self._italic
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if keyed:
                return plain_tip(f"{r.name}\n{d.date:%d/%m/%Y}: {code}")
            if code:
                return plain_tip(f"{r.name}\n{d.date:%d/%m/%Y}: " + self.tr(
                    "{code} expected from the roster, not keyed yet").format(code=code))
            return plain_tip(f"{r.name}\n{d.date:%d/%m/%Y}: " + self.tr("not keyed"))
        return None

    def _footer(self, col: int, role):
        if col == MONTH_COL_NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("On site / cap")
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Staff of the rotation group keyed on site (H), and the most "
                               "the policy allows")
            return None
        d = self.day_at(col)
        if d is None:
            return None
        over = d.cap is not None and d.group_onsite > d.cap
        if role == Qt.ItemDataRole.DisplayRole:
            return str(d.group_onsite) if d.cap is None else f"{d.group_onsite}/{d.cap}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return OVER_CAP_BACKGROUND if over else OFF_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVER_CAP_TEXT if over else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.tr("{onsite} on site of {headcount} in the rotation group; planned "
                           "WFO {planned}").format(onsite=d.group_onsite,
                                                   headcount=d.headcount,
                                                   planned=d.group_planned)
            if d.cap is not None:
                text += "\n" + self.tr("At most {cap} under SE {number}").format(
                    cap=d.cap, number=d.policy or "-")
            return plain_tip(text)
        return None


# --- the recap -----------------------------------------------------------------------------

(RECAP_COL_NO, RECAP_COL_NAME, RECAP_COL_DAYS, RECAP_COL_PRESENT, RECAP_COL_PERCENT,
 RECAP_COL_LATE_EARLY, RECAP_COL_NOT_KEYED, RECAP_COL_CODES, RECAP_COL_NO_REPORT) = range(9)
RECAP_COLUMN_COUNT = 9


class RecapModel(QAbstractTableModel):
    """Per staff member of a :class:`~wfh_desktop.recap.UnitRecap`: working days, present
    days, the days of each code, late and early minutes, % present, days not keyed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._headers = {
            RECAP_COL_NO: self.tr("No"), RECAP_COL_NAME: self.tr("Name"),
            RECAP_COL_DAYS: self.tr("Days"), RECAP_COL_PRESENT: self.tr("Present"),
            RECAP_COL_PERCENT: self.tr("%"), RECAP_COL_CODES: self.tr("Codes"),
            RECAP_COL_LATE_EARLY: self.tr("Late / early"),
            RECAP_COL_NOT_KEYED: self.tr("Not keyed"),
            RECAP_COL_NO_REPORT: self.tr("WFH without report"),
        }
        self._tips = {
            RECAP_COL_DAYS: self.tr("Working days of the month"),
            RECAP_COL_PRESENT: self.tr("Days keyed with a code that counts as present (H, "
                                       "WFH, DL, DD)"),
            RECAP_COL_PERCENT: self.tr("Present days of the working days"),
            RECAP_COL_LATE_EARLY: self.tr("Minutes late / minutes left early in the month; "
                                          "the tooltip gives the days of each band"),
            RECAP_COL_NOT_KEYED: self.tr("Working days without an entry"),
            RECAP_COL_NO_REPORT: self.tr("Days keyed WFH for which no daily work report "
                                         "arrived"),
        }

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def recap_row(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else RECAP_COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < RECAP_COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips.get(section)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @staticmethod
    def codes_text(r) -> str:
        return ", ".join(f"{code} {n}" for code, n in r.counts.items() if n)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.recap_row(index.row())
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == RECAP_COL_NO:
                return str(r.no)
            if col == RECAP_COL_NAME:
                return r.name
            if col == RECAP_COL_DAYS:
                return str(r.working_days)
            if col == RECAP_COL_PRESENT:
                return str(r.present)
            if col == RECAP_COL_PERCENT:
                return "" if r.percent is None else f"{r.percent:.1f}"
            if col == RECAP_COL_CODES:
                return self.codes_text(r)
            if col == RECAP_COL_LATE_EARLY:
                return f"{r.late_minutes} / {r.early_minutes}"
            if col == RECAP_COL_NOT_KEYED:
                return str(r.not_keyed)
            if col == RECAP_COL_NO_REPORT:
                value = r.extra.get("wfh_tanpa_laporan")
                return "" if value is None else str(value)
            return None
        if role == STAFF_ID_ROLE:
            return r.staff_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (RECAP_COL_NAME, RECAP_COL_CODES):
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (
                (col == RECAP_COL_NOT_KEYED and r.not_keyed)
                or (col == RECAP_COL_NO_REPORT and r.extra.get("wfh_tanpa_laporan"))):
            return ERROR_TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == RECAP_COL_NAME:
                return plain_tip("\n".join(x for x in (r.name, r.ident, r.position) if x))
            if col == RECAP_COL_CODES:
                return plain_tip(self.codes_text(r))
            if col == RECAP_COL_LATE_EARLY:
                return plain_tip(self.late_early_text(r))
        return None

    def late_early_text(self, r) -> str:
        late = ", ".join(f"{code} {n}" for code, n in r.late_bands.items() if n)
        early = ", ".join(f"{code} {n}" for code, n in r.early_bands.items() if n)
        return "\n".join((
            self.tr("Late: {minutes} minutes").format(minutes=r.late_minutes)
            + (f" ({late})" if late else ""),
            self.tr("Left early: {minutes} minutes").format(minutes=r.early_minutes)
            + (f" ({early})" if early else "")))
