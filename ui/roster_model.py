"""The roster grid of one unit: staff down, working days across, a footer row with the
on-site count of each day against the cap.

The model shows a :class:`wfh_desktop.roster.RosterGrid` as the core built it; nothing is
computed here but the text and colours of a cell.  The tooltip of a day cell is the core's
explanation sentence (:func:`wfh_desktop.explain.explain_entry`), asked for through the
*explainer* callable only when a tooltip is shown, and kept until the next
:meth:`RosterModel.set_grid`.
"""
from __future__ import annotations

import datetime as dt
import html
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from wfh_desktop.ids import format_nip

COL_NAME, COL_POSITION = 0, 1
FIRST_DAY_COL = 2

STAFF_ID_ROLE = Qt.ItemDataRole.UserRole
DATE_ROLE = Qt.ItemDataRole.UserRole + 1
CELL_ROLE = Qt.ItemDataRole.UserRole + 2

PIN_MARK = "*"
BREACH_MARK = "!"

# Blue for the office, orange for home: the pair that stays apart for every kind of colour
# blindness; grey for days off; a dark red with white text (and the "!" mark) for entries
# that break a rule and days above the cap, told apart by lightness as well as hue.
WFO_COLOR = QColor("#a6cee3")
WFH_COLOR = QColor("#fdbf6f")
OFF_COLOR = QColor("#d9d9d9")
BREACH_COLOR = QColor("#b2182b")
BREACH_TEXT = QColor("#ffffff")
CELL_TEXT = QColor("#000000")
OVER_CAP_TEXT = QColor("#b2182b")

MODE_COLORS = {"WFO": WFO_COLOR, "WFH": WFH_COLOR, "OFF": OFF_COLOR}


def cell_code(cell: dict) -> str:
    """``WFO``, ``WFH`` or the absence code of an ``absent:CT`` entry (``CT``)."""
    rule = cell.get("rule") or ""
    if cell.get("mode") == "OFF" and rule.startswith("absent:"):
        return rule.split(":", 1)[1]
    return cell.get("mode") or ""


def cell_text(cell: dict) -> str:
    """What a day cell shows: the code, ``*`` when set by hand, ``!`` on a breach."""
    text = cell_code(cell)
    if cell.get("pinned"):
        text += PIN_MARK
    if cell.get("breach"):
        text += BREACH_MARK
    return text


def count_text(day) -> str:
    """``6/6`` (on site / cap), ``6`` without a cap, ``7/6!`` above the cap."""
    if day.cap is None:
        return str(day.onsite)
    text = f"{day.onsite}/{day.cap}"
    return text + BREACH_MARK if day.onsite > day.cap else text


def over_cap(day) -> bool:
    return day.cap is not None and day.onsite > day.cap


class RosterModel(QAbstractTableModel):
    """Staff x days of a :class:`~wfh_desktop.roster.RosterGrid`; ``set_grid(grid)``
    replaces everything.  The last row is the footer (on site / cap per day) when the grid
    has staff and days.

    *explainer* is ``f(staff_id, date) -> str``, the sentence shown as a day cell's
    tooltip.
    """

    def __init__(self, parent=None, explainer: Callable[[str, dt.date], str] | None = None):
        super().__init__(parent)
        self.grid = None
        self.explainer = explainer
        self.compact = False
        self._staff: list[dict] = []
        self._days: list = []
        self._tips: dict[tuple[str, str], str] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._day_names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                           self.tr("Fri"), self.tr("Sat"), self.tr("Sun")]

    # --- data in -------------------------------------------------------------------
    def set_grid(self, grid) -> None:
        self.beginResetModel()
        self.grid = grid
        self._staff = list(grid.staff) if grid is not None else []
        self._days = list(grid.days) if grid is not None else []
        self._tips = {}
        self.endResetModel()

    def set_compact(self, compact: bool) -> None:
        """Compact headers (day name and date on two lines) for the month view."""
        if compact == self.compact:
            return
        self.compact = compact
        if self._days:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, FIRST_DAY_COL,
                                        self.columnCount() - 1)

    # --- what the page asks --------------------------------------------------------
    def days(self) -> list:
        return self._days

    def staff(self) -> list[dict]:
        return self._staff

    def footer_row(self) -> int:
        """Row of the footer, -1 when there is none."""
        return len(self._staff) if self._staff and self._days else -1

    def is_footer(self, row: int) -> bool:
        return row == self.footer_row()

    def staff_at(self, row: int) -> dict | None:
        return self._staff[row] if 0 <= row < len(self._staff) else None

    def day_at(self, column: int):
        """The :class:`GridDay` of a column, None for the name and position columns."""
        i = column - FIRST_DAY_COL
        return self._days[i] if 0 <= i < len(self._days) else None

    def cell_at(self, index: QModelIndex) -> dict | None:
        if not index.isValid():
            return None
        person, day = self.staff_at(index.row()), self.day_at(index.column())
        if person is None or day is None:
            return None
        return self.grid.cells.get((person["id"], day.date.isoformat()))

    def row_of(self, staff_id: str) -> int:
        for i, s in enumerate(self._staff):
            if s["id"] == staff_id:
                return i
        return -1

    def column_of(self, day: dt.date) -> int:
        for i, d in enumerate(self._days):
            if d.date == day:
                return FIRST_DAY_COL + i
        return -1

    def day_label(self, day: dt.date) -> str:
        """``Sen 23/03`` (``Mon 23/03``)."""
        return f"{self._day_names[day.weekday()]} {day:%d/%m}"

    # --- Qt model ------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self._staff) + (1 if self.footer_row() >= 0 else 0)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else FIRST_DAY_COL + len(self._days)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
                return "" if self.is_footer(section) else str(section + 1)
            return None
        if section == COL_NAME:
            return self.tr("Name / NIP") if role == Qt.ItemDataRole.DisplayRole else None
        if section == COL_POSITION:
            return self.tr("Position") if role == Qt.ItemDataRole.DisplayRole else None
        day = self.day_at(section)
        if day is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            name = self._day_names[day.date.weekday()]
            sep = "\n" if self.compact else " "
            return f"{name}{sep}{day.date:%d/%m}\n{count_text(day)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._plain_tip(self.count_tooltip(day))
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVER_CAP_TEXT if over_cap(day) else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if over_cap(day) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_footer(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if self.is_footer(row):
            return self._footer_data(col, role)
        person = self._staff[row]
        if col == COL_NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                ident = format_nip(person["nip"]) if person.get("nip") else (
                    person.get("nik") or "")
                return f"{person['name']}\n{ident}" if ident else person["name"]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._plain_tip(self.person_tooltip(person))
        elif col == COL_POSITION:
            if role == Qt.ItemDataRole.DisplayRole:
                return person.get("position") or ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._plain_tip(person.get("position") or "") or None
        if role == STAFF_ID_ROLE:
            return person["id"]
        day = self.day_at(col)
        if day is None:
            return None
        if role == DATE_ROLE:
            return day.date.isoformat()
        cell = self.grid.cells.get((person["id"], day.date.isoformat()))
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            return BREACH_COLOR if cell.get("breach") else MODE_COLORS.get(cell["mode"])
        if role == Qt.ItemDataRole.ForegroundRole:
            return BREACH_TEXT if cell.get("breach") else CELL_TEXT
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if cell.get("pinned") or cell.get("breach") else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._plain_tip(self.explanation(person["id"], day.date))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.describe_cell(cell)
        if role == CELL_ROLE:
            return dict(cell)
        return None

    def _footer_data(self, col: int, role):
        if col == COL_NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("On site / cap")
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Staff of the rotation group on site that day, and the most "
                               "the policy allows")
            return None
        day = self.day_at(col)
        if day is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return count_text(day)
        if role == Qt.ItemDataRole.BackgroundRole:
            return BREACH_COLOR if over_cap(day) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return BREACH_TEXT if over_cap(day) else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._plain_tip(self.count_tooltip(day))
        if role == DATE_ROLE:
            return day.date.isoformat()
        return None

    # --- texts ---------------------------------------------------------------------
    def explanation(self, staff_id: str, day: dt.date) -> str:
        """The core's sentence for one entry, asked for once per grid."""
        key = (staff_id, day.isoformat())
        if key not in self._tips:
            self._tips[key] = self.explainer(staff_id, day) if self.explainer else ""
        return self._tips[key]

    def describe_cell(self, cell: dict) -> str:
        """The cell in words, for screen readers."""
        parts = [cell_code(cell)]
        if cell.get("pinned"):
            parts.append(self.tr("set by hand"))
        if cell.get("breach"):
            parts.append(self.tr("breaks a rule"))
        return ", ".join(parts)

    def count_tooltip(self, day) -> str:
        share = day.onsite / day.headcount * 100 if day.headcount else 0.0
        if day.cap is None:
            return self.tr("{onsite} of {headcount} staff on site ({share:.0f}%); SE {number} "
                           "sets no cap for this group").format(
                onsite=day.onsite, headcount=day.headcount, share=share, number=day.policy)
        text = self.tr("{onsite} of {headcount} staff on site ({share:.0f}%); at most {cap} "
                       "under SE {number}").format(onsite=day.onsite, headcount=day.headcount,
                                                   share=share, cap=day.cap,
                                                   number=day.policy)
        if over_cap(day):
            text += "\n" + self.tr("{n} above the cap").format(n=day.onsite - day.cap)
        return text

    def person_tooltip(self, person: dict) -> str:
        lines = [person["name"]]
        if person.get("nip"):
            lines.append(self.tr("NIP: {value}").format(value=format_nip(person["nip"])))
        elif person.get("nik"):
            lines.append(self.tr("NIK: {value}").format(value=person["nik"]))
        if person.get("position"):
            lines.append(person["position"])
        if person.get("eselon"):
            lines.append(self.tr("Eselon: {value}").format(value=person["eselon"]))
        return "\n".join(lines)

    @staticmethod
    def _plain_tip(text: str) -> str:
        """A tooltip that shows *text* as typed (a name like ``<b>`` is not markup)."""
        if not text:
            return ""
        return "<qt>" + "<br>".join(html.escape(line) for line in text.split("\n")) + "</qt>"
