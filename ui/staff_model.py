"""The staff table: rows given by :meth:`wfh_desktop.register.StaffList.query`.

The rows are the core's dicts; what a cell shows is computed when the view asks for it,
so a reset with 10,000 rows costs no more than storing the list.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from wfh_desktop.ids import format_nip

COL_NAME, COL_NIP, COL_POSITION, COL_LEVEL, COL_ESELON, COL_UNIT, COL_TYPE, COL_AGE, \
    COL_ACTIVE = range(9)
COLUMN_COUNT = 9

# column -> sort key of StaffList.query (None: the core cannot sort by it)
SORT_KEYS = {
    COL_NAME: "name", COL_NIP: "nip_or_nik", COL_POSITION: "position", COL_LEVEL: "level",
    COL_ESELON: "eselon", COL_UNIT: "unit_code",
    COL_TYPE: "employment_type", COL_AGE: "age", COL_ACTIVE: "active",
}

ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

INACTIVE_COLOR = QColor(128, 128, 128)
LEVEL_NAMES = {"jpt": "JPT", "administrator": "Administrator", "pengawas": "Pengawas",
               "pelaksana": "Pelaksana", "fungsional": "Fungsional"}

_DISPLAY = {
    COL_NAME: lambda r: r.get("name") or "",
    COL_NIP: lambda r: format_nip(r.get("nip")) if r.get("nip") else (r.get("nik") or ""),
    COL_POSITION: lambda r: r.get("position") or "",
    COL_LEVEL: lambda r: LEVEL_NAMES.get(r.get("level") or "", r.get("level") or ""),
    COL_ESELON: lambda r: r.get("eselon") or "",
    COL_UNIT: lambda r: r.get("unit_code") or "",
    COL_TYPE: lambda r: r.get("employment_type") or "",
    COL_AGE: lambda r: "" if r.get("age") is None else str(r["age"]),
}


class StaffModel(QAbstractTableModel):
    """Read-only table of staff rows; ``set_rows(rows)`` replaces them all."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []
        self._headers = [
            self.tr("Name"), self.tr("NIP / NIK"), self.tr("Position"), self.tr("Level"),
            self.tr("Eselon"), self.tr("Unit"), self.tr("Type"),
            self.tr("Age"), self.tr("Status"),
        ]
        self._active_text = self.tr("Active")
        self._inactive_text = self.tr("Inactive")
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- data in -------------------------------------------------------------------
    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[dict]:
        return self._rows

    def row_id(self, row: int) -> str:
        return self._rows[row]["id"]

    def row_of_id(self, staff_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r["id"] == staff_id:
                return i
        return -1

    def row_dict(self, row: int) -> dict:
        return self._rows[row]

    # --- Qt model ------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMN_COUNT:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section == COL_AGE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_ACTIVE:
                return self._active_text if r.get("active") else self._inactive_text
            return _DISPLAY[col](r)
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if r.get("active") else INACTIVE_COLOR
        if role == Qt.ItemDataRole.FontRole:
            return None if r.get("active") else self._italic
        if role == Qt.ItemDataRole.ToolTipRole:
            import html  # (not at start: it imports its entity tables)

            # escaped: a name typed as "<b>" must show as typed, never as markup
            return "<qt>" + "<br>".join(html.escape(line) for line in
                                        self.summary(r).split("\n")) + "</qt>"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == COL_AGE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return r["id"]
        return None

    def summary(self, r: dict) -> str:
        """Every fact of the record on a few lines (the tooltip)."""
        lines = [r.get("name") or ""]
        if r.get("nip"):
            lines.append(self.tr("NIP: {value}").format(value=format_nip(r["nip"])))
        if r.get("nik"):
            lines.append(self.tr("NIK: {value}").format(value=r["nik"]))
        lines.append(self.tr("Type: {value}").format(value=r.get("employment_type") or ""))
        if r.get("position"):
            lines.append(self.tr("Position: {value}").format(value=r["position"]))
        rank = " ".join(x for x in (LEVEL_NAMES.get(r.get("level") or "", ""),
                                    r.get("eselon") or "") if x)
        if rank:
            lines.append(self.tr("Level: {value}").format(value=rank))
        if r.get("golongan"):
            lines.append(self.tr("Golongan: {value}").format(value=r["golongan"]))
        lines.append(self.tr("Unit: {code} - {name}").format(code=r.get("unit_code") or "",
                                                             name=r.get("unit_name") or ""))
        if r.get("birth_date"):
            age = r.get("age")
            lines.append(self.tr("Born: {date} (age {age})").format(
                date=r["birth_date"], age="" if age is None else age))
        if r.get("sex"):
            lines.append(self.tr("Sex: {value}").format(
                value=self.tr("male") if r["sex"] == "L" else self.tr("female")))
        flags = [label for key, label in (
            ("pregnant", self.tr("pregnant")), ("comorbid", self.tr("comorbid")),
            ("public_service", self.tr("public service")), ("teacher", self.tr("teacher")))
            if r.get(key)]
        if flags:
            lines.append(self.tr("Marked: {value}").format(value=", ".join(flags)))
        if r.get("phone"):
            lines.append(self.tr("Phone: {value}").format(value=r["phone"]))
        if r.get("email"):
            lines.append(self.tr("E-mail: {value}").format(value=r["email"]))
        lines.append(self._active_text if r.get("active") else self._inactive_text)
        return "\n".join(lines)
