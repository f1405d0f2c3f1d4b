"""The table models of the daily reports page.

:class:`QueueModel` shows a supervisor's queue (:func:`wfh_desktop.reports.review_queue`:
one unit, one day, pending first), :class:`ItemsModel` the activity items of one report,
editable until they are saved with :func:`wfh_desktop.reports.save_items`,
:class:`SendersModel` the senders waiting for review
(:func:`wfh_desktop.reports.review_list`), :class:`MissingModel` the staff working from
home who sent nothing (:func:`wfh_desktop.reports.missing_reports`) and
:class:`StaffPickModel` the staff of a picker, candidates first.

Everything here that came in a message (names as shown, texts, file names) is shown as
plain text: item views draw it as text, and tooltips go through :func:`plain_tip`.
"""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from wfh_desktop.reports import Item, parse_item

from .attendance_model import person_ident, plain_tip, short_stamp

ID_ROLE = Qt.ItemDataRole.UserRole  # report id, sender key or staff id of the row
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 1  # pending, accepted, returned
CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 2  # True for a candidate of the picker

PENDING_BACKGROUND = QColor("#fff3bf")
ACCEPTED_BACKGROUND = QColor("#d8efd8")
RETURNED_BACKGROUND = QColor("#f8d0d0")
CANDIDATE_BACKGROUND = QColor("#e3ecfa")
MUTED_TEXT = QColor("#6b6b6b")
ERROR_TEXT = QColor("#8c0014")

VERDICT_BACKGROUND = {"pending": PENDING_BACKGROUND, "accepted": ACCEPTED_BACKGROUND,
                      "returned": RETURNED_BACKGROUND}

CHANNEL_KEYS = ("whatsapp", "email", "paper", "other")
MAX_CELL = 200  # characters of a long text a cell shows (the detail pane shows it all)


def channel_label(channel: str) -> str:
    labels = {
        "whatsapp": QCoreApplication.translate("Reports", "WhatsApp"),
        "email": QCoreApplication.translate("Reports", "E-mail"),
        "paper": QCoreApplication.translate("Reports", "Paper"),
        "other": QCoreApplication.translate("Reports", "Other"),
    }
    return labels.get(channel, channel or "")


def verdict_label(verdict: str) -> str:
    labels = {
        "pending": QCoreApplication.translate("Reports", "Pending"),
        "accepted": QCoreApplication.translate("Reports", "Accepted"),
        "returned": QCoreApplication.translate("Reports", "Returned"),
    }
    return labels.get(verdict, verdict or "")


def reason_label(reason: str) -> str:
    labels = {
        "unknown": QCoreApplication.translate("Reports", "Unknown"),
        "ambiguous": QCoreApplication.translate("Reports", "Several staff fit"),
    }
    return labels.get(reason, reason or "")


def one_line(text: str, limit: int = MAX_CELL) -> str:
    """*text* on one line (runs of white space as one space), cut at *limit* with "..."."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[:limit - 1].rstrip() + "\u2026"


def first_activity(text: str) -> str:
    """The first activity of a report's text (its first numbered or bulleted line), else
    its first line that is not empty."""
    first = ""
    for line in (text or "").splitlines():
        if not line.strip():
            continue
        item = parse_item(line)
        if item is not None:
            return one_line(item.description)
        if not first:
            first = one_line(line)
    return first


def received_text(iso: str, day: dt.date | None = None) -> str:
    """``16:05`` when received on *day*, else ``24/03/2020 08:10``."""
    if not iso:
        return ""
    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if day is not None and when.date() == day:
        return f"{when:%H:%M}"
    return short_stamp(iso)


_NUMBER = re.compile(r"^\d{1,6}(?:[.,]\d{1,3})?$")


def parse_volume(text: str) -> tuple[float | None, str]:
    """``"3"`` -> 3.0, ``"1,5"`` and ``"1.5"`` -> 1.5, ``""`` -> None; else (None, why)."""
    text = (text or "").strip()
    if not text:
        return None, ""
    if not _NUMBER.match(text):
        return None, QCoreApplication.translate(
            "Reports", "Volume: type a number, for example 3 or 1,5 (not \"{text}\")").format(
            text=one_line(text, 30))
    return float(text.replace(",", ".")), ""


# --- the queue ---------------------------------------------------------------------------

(Q_COL_NO, Q_COL_STAFF, Q_COL_CHANNEL, Q_COL_RECEIVED, Q_COL_VERDICT, Q_COL_FIRST,
 Q_COL_NOTE) = range(7)
QUEUE_COLUMNS = 7


class QueueModel(QAbstractTableModel):
    """The reports of a unit's day; ``set_rows(rows, day)`` replaces them (QueueRow
    objects, in the core's order: pending, returned, accepted)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._first: list[str] = []
        self.day: dt.date | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = {
            Q_COL_NO: self.tr("No"), Q_COL_STAFF: self.tr("Staff"),
            Q_COL_CHANNEL: self.tr("Channel"), Q_COL_RECEIVED: self.tr("Received at"),
            Q_COL_VERDICT: self.tr("Verdict"), Q_COL_FIRST: self.tr("First activity"),
            Q_COL_NOTE: self.tr("Note"),
        }

    def set_rows(self, rows: list, day: dt.date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._first = [first_activity(r.text) for r in self._rows]
        self.day = day
        self.endResetModel()

    def rows(self) -> list:
        return self._rows

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, report_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.report_id == report_id), -1)

    def counts(self) -> dict[str, int]:
        out = {"pending": 0, "returned": 0, "accepted": 0}
        for r in self._rows:
            out[r.verdict] = out.get(r.verdict, 0) + 1
        return out

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else QUEUE_COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers.get(section)
        return str(section + 1) if 0 <= section < len(self._items) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == Q_COL_NO:
                return str(index.row() + 1)
            if col == Q_COL_STAFF:
                return r.name
            if col == Q_COL_CHANNEL:
                return channel_label(r.channel)
            if col == Q_COL_RECEIVED:
                return received_text(r.received_at, self.day)
            if col == Q_COL_VERDICT:
                return verdict_label(r.verdict)
            if col == Q_COL_FIRST:
                return self._first[index.row()]
            if col == Q_COL_NOTE:
                return one_line(r.note)
            return None
        if role == ID_ROLE:
            return r.report_id
        if role == VERDICT_ROLE:
            return r.verdict
        if role == Qt.ItemDataRole.BackgroundRole and col == Q_COL_VERDICT:
            return VERDICT_BACKGROUND.get(r.verdict)
        if role == Qt.ItemDataRole.FontRole and col == Q_COL_STAFF and r.verdict == "pending":
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and r.verdict == "accepted" and \
                col != Q_COL_VERDICT:
            return MUTED_TEXT
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Q_COL_NO, Q_COL_RECEIVED):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == Q_COL_STAFF:
                ident = person_ident(r.nip, r.nik)
                lines = [r.name] + [x for x in (ident, r.position, r.unit_code) if x]
                return plain_tip("\n".join(lines))
            if col == Q_COL_FIRST:
                return plain_tip(one_line(r.text, 600))
            if col == Q_COL_NOTE and r.note:
                return plain_tip(r.note)
            if col == Q_COL_RECEIVED:
                return plain_tip(short_stamp(r.received_at))
        return None


# --- the activity items of one report ------------------------------------------------------

I_COL_DESCRIPTION, I_COL_OUTPUT, I_COL_VOLUME, I_COL_UNIT, I_COL_NOTE = range(5)
ITEM_COLUMNS = 5
_ITEM_FIELDS = {I_COL_DESCRIPTION: "description", I_COL_OUTPUT: "output",
                I_COL_UNIT: "unit", I_COL_NOTE: "note"}
MAX_ITEM_TEXT = 1000


class ItemsModel(QAbstractTableModel):
    """The activities of a report as the form prints them (No, Uraian Kegiatan, Output /
    Hasil, Volume, Satuan, Keterangan; the number is the row's header, so that it follows
    a row added or removed).  Edits stay here (``dirty``) until the page saves them; a
    volume that is not a number is refused (``refused``) and changes nothing."""

    refused = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Item] = []
        self.dirty = False
        self.read_only = False
        self._headers = {
            I_COL_DESCRIPTION: self.tr("Activity"),
            I_COL_OUTPUT: self.tr("Output"), I_COL_VOLUME: self.tr("Volume"),
            I_COL_UNIT: self.tr("Unit"), I_COL_NOTE: self.tr("Remarks"),
        }

    def set_items(self, items: list[Item], read_only: bool = False) -> None:
        self.beginResetModel()
        self._items = [Item(i.description, i.output, i.volume, i.unit, i.note) for i in items]
        self.read_only = read_only
        self.endResetModel()
        self._set_dirty(False)

    def items(self) -> list[Item]:
        return [Item(i.description, i.output, i.volume, i.unit, i.note) for i in self._items]

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirty_changed.emit(dirty)

    def add_item(self, after: int | None = None) -> int:
        """A new empty activity after row *after* (at the end when None); its row."""
        if self.read_only:
            return -1
        row = len(self._items) if after is None else min(after + 1, len(self._items))
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, Item(""))
        self.endInsertRows()
        self._renumber(row + 1)
        self._set_dirty(True)
        return row

    def remove_item(self, row: int) -> bool:
        if self.read_only or not 0 <= row < len(self._items):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()
        self._renumber(row)
        self._set_dirty(True)
        return True

    def _renumber(self, first: int) -> None:
        if first < len(self._items):
            self.headerDataChanged.emit(Qt.Orientation.Vertical, first, len(self._items) - 1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else ITEM_COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers.get(section)
        return str(section + 1) if 0 <= section < len(self._items) else None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == I_COL_VOLUME:
                return item.volume_text
            return getattr(item, _ITEM_FIELDS[col])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == I_COL_VOLUME:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col in _ITEM_FIELDS:
            return plain_tip(getattr(item, _ITEM_FIELDS[col]))
        if role == Qt.ItemDataRole.BackgroundRole and col == I_COL_DESCRIPTION and \
                not item.description.strip():
            return RETURNED_BACKGROUND
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only or \
                not 0 <= index.row() < len(self._items):
            return False
        item = self._items[index.row()]
        col = index.column()
        text = str(value if value is not None else "")
        if col == I_COL_VOLUME:
            volume, error = parse_volume(text)
            if error:
                self.refused.emit(error)
                return False
            if volume == item.volume:
                return True
            item.volume = volume
        else:
            text = " ".join(text.split())[:MAX_ITEM_TEXT]
            name = _ITEM_FIELDS[col]
            if getattr(item, name) == text:
                return True
            setattr(item, name, text)
        self.dataChanged.emit(index, index)
        self._set_dirty(True)
        return True


# --- the senders waiting for review -------------------------------------------------------

S_COL_SENDER, S_COL_CONTACT, S_COL_CHANNEL, S_COL_MESSAGES, S_COL_FIRST, S_COL_REASON, \
    S_COL_CANDIDATES = range(7)
SENDER_COLUMNS = 7


class SendersModel(QAbstractTableModel):
    """:class:`wfh_desktop.reports.ReviewSender` rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._headers = {
            S_COL_SENDER: self.tr("Sender"), S_COL_CONTACT: self.tr("Phone / e-mail"),
            S_COL_CHANNEL: self.tr("Channel"), S_COL_MESSAGES: self.tr("Messages"),
            S_COL_FIRST: self.tr("First message"), S_COL_REASON: self.tr("Why"),
            S_COL_CANDIDATES: self.tr("Candidates"),
        }

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return self._rows

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.sender_key == key), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else SENDER_COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers.get(section)
        return str(section + 1) if 0 <= section < len(self._items) else None

    @staticmethod
    def candidates_text(s) -> str:
        return ", ".join(c["name"] for c in s.candidates)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == S_COL_SENDER:
                return one_line(s.label, 80)
            if col == S_COL_CONTACT:
                return s.phone or s.email
            if col == S_COL_CHANNEL:
                return channel_label(s.channel)
            if col == S_COL_MESSAGES:
                return str(s.pending)
            if col == S_COL_FIRST:
                return short_stamp(s.first_seen)
            if col == S_COL_REASON:
                return reason_label(s.reason)
            if col == S_COL_CANDIDATES:
                return one_line(self.candidates_text(s), 120)
            return None
        if role == ID_ROLE:
            return s.sender_key
        if role == Qt.ItemDataRole.TextAlignmentRole and col == S_COL_MESSAGES:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == S_COL_SENDER:
                return plain_tip(f"{s.label}\n{s.sender_key}")
            if col == S_COL_CANDIDATES and s.candidates:
                return plain_tip("\n".join(
                    f"{c['name']} ({person_ident(c['nip'], c['nik']) or '-'}, "
                    f"{c['unit_code']})" for c in s.candidates))
            if col == S_COL_FIRST:
                return plain_tip(QCoreApplication.translate(
                    "Reports", "First message {first}, last {last}").format(
                    first=short_stamp(s.first_seen), last=short_stamp(s.last_seen)))
        return None


# --- who sent nothing ---------------------------------------------------------------------

M_COL_NO, M_COL_NAME, M_COL_UNIT, M_COL_PHONE, M_COL_EMAIL, M_COL_COPY = range(6)
MISSING_COLUMNS = 6


class MissingModel(QAbstractTableModel):
    """The people of a :class:`wfh_desktop.reports.MissingList`; the last column shows
    "Copy reminder" (the page draws it as a button)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._people: list = []
        self._headers = {
            M_COL_NO: self.tr("No"), M_COL_NAME: self.tr("Name / NIP"),
            M_COL_UNIT: self.tr("Unit"), M_COL_PHONE: self.tr("Phone"),
            M_COL_EMAIL: self.tr("E-mail"), M_COL_COPY: self.tr("Reminder"),
        }
        self._copy_text = self.tr("Copy reminder")

    def set_people(self, people: list) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def people(self) -> list:
        return self._people

    def person_at(self, row: int):
        return self._people[row] if 0 <= row < len(self._people) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else MISSING_COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers.get(section)
        return str(section + 1) if 0 <= section < len(self._items) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        p = self._people[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == M_COL_NO:
                return str(index.row() + 1)
            if col == M_COL_NAME:
                ident = person_ident(p.nip, p.nik)
                return f"{p.name}\n{ident}" if ident else p.name
            if col == M_COL_UNIT:
                return p.unit_code
            if col == M_COL_PHONE:
                return p.phone or "-"
            if col == M_COL_EMAIL:
                return p.email or "-"
            if col == M_COL_COPY:
                return self._copy_text
            return None
        if role == ID_ROLE:
            return p.staff_id
        if role == Qt.ItemDataRole.ForegroundRole and col in (M_COL_PHONE, M_COL_EMAIL) \
                and not (p.phone if col == M_COL_PHONE else p.email):
            return MUTED_TEXT
        if role == Qt.ItemDataRole.TextAlignmentRole and col == M_COL_NO:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == M_COL_UNIT:
                return plain_tip(f"{p.unit_code} - {p.unit_name}")
            if col in (M_COL_NAME, M_COL_COPY):
                return plain_tip(p.reminder)
        return None


# --- the staff of a picker ------------------------------------------------------------------

P_COL_NAME, P_COL_NIP, P_COL_UNIT, P_COL_POSITION = range(4)
PICK_COLUMNS = 4


class StaffPickModel(QAbstractTableModel):
    """Staff rows of :meth:`wfh_desktop.register.StaffList.query`; the candidates of a
    sender (given to ``set_rows``) come first and are marked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []
        self._candidates: set[str] = set()
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = {
            P_COL_NAME: self.tr("Name"), P_COL_NIP: self.tr("NIP / NIK"),
            P_COL_UNIT: self.tr("Unit"), P_COL_POSITION: self.tr("Position"),
        }

    def set_rows(self, rows: list[dict], candidates=()) -> None:
        """*rows* in the core's order; those whose id is in *candidates* move to the top,
        in the order of *candidates*."""
        order = {sid: i for i, sid in enumerate(candidates)}
        first = sorted((r for r in rows if r["id"] in order), key=lambda r: order[r["id"]])
        rest = [r for r in rows if r["id"] not in order]
        self.beginResetModel()
        self._candidates = set(order)
        self._rows = first + rest
        self.endResetModel()

    def rows(self) -> list[dict]:
        return self._rows

    def row_at(self, row: int) -> dict | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, staff_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r["id"] == staff_id), -1)

    def is_candidate(self, row: int) -> bool:
        r = self.row_at(row)
        return r is not None and r["id"] in self._candidates

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else PICK_COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers.get(section)
        return str(section + 1) if 0 <= section < len(self._items) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        candidate = r["id"] in self._candidates
        if role == Qt.ItemDataRole.DisplayRole:
            if col == P_COL_NAME:
                return r.get("name") or ""
            if col == P_COL_NIP:
                return person_ident(r.get("nip"), r.get("nik"))
            if col == P_COL_UNIT:
                return r.get("unit_code") or ""
            if col == P_COL_POSITION:
                return r.get("position") or ""
            return None
        if role == ID_ROLE:
            return r["id"]
        if role == CANDIDATE_ROLE:
            return candidate
        if role == Qt.ItemDataRole.FontRole and candidate:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and candidate:
            return CANDIDATE_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            if candidate and col == P_COL_NAME:
                return plain_tip(QCoreApplication.translate(
                    "Reports", "{name}: a candidate for this sender").format(
                    name=r.get("name") or ""))
            if col == P_COL_UNIT:
                return plain_tip(r.get("unit_name") or "")
        return None
