"""The history of one synced record (:func:`wfh_desktop.sync.history`): every change, when,
from which office and account, and each field's old and new value.  Values are shown as
typed (they may come from another office's file), never as markup."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
)

from wfh_desktop import register, sync

from . import runner
from .attendance_model import plain_tip
from .conflicts_model import field_label, value_text
from .list_model import ReadOnlyListModel
from .trust_dialog import plain_label

H_AT, H_SITE, H_ACCOUNT, H_OP, H_FIELD, H_OLD, H_NEW = range(7)
HISTORY_COLUMNS = 7

SECONDARY = QColor(100, 100, 100)
HIDDEN_FIELDS = ("updated_at",)
# a new record's id, creation time and (a correction of attendance) the id of the version
# it replaces say nothing to a person
NEW_HIDDEN_FIELDS = ("id", "created_at", "replaces")
# fields holding the id of another record, shown as the core names that record
REFERENCES = {"staff_id": "staff", "policy_id": "policies"}


class HistoryModel(ReadOnlyListModel):
    """One row per changed field; the change's time, office, account and operation show
    on its first row.  ``set_history(entries)`` takes :func:`sync.history`'s list."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._units: dict = {}
        self._labels: dict = {}
        self._headers = [self.tr("When"), self.tr("Office"), self.tr("Account"),
                         self.tr("Change"), self.tr("Field"), self.tr("Old value"),
                         self.tr("New value")]
        self._ops = {"put": self.tr("changed"), "new": self.tr("added"),
                     "del": self.tr("deleted")}
        self._no_fields = self.tr("(no field changed)")
        self._here = self.tr("this installation")

    def set_history(self, entries: list[dict], units: dict | None = None,
                    labels: dict | None = None) -> None:
        """*units* (id -> code) shows a unit's code for a unit id, *labels* ((field, id)
        -> text) the name of another record (:data:`REFERENCES`)."""
        self._units = units or {}
        self._labels = labels or {}
        rows = []
        for i, e in enumerate(entries):
            fields = [c for c in e.get("changes", ()) if c[0] not in HIDDEN_FIELDS]
            op = e.get("op")
            if op == "put" and (i == 0 or entries[i - 1].get("op") == "del") and \
                    all(old is None for _, old, _ in fields):
                op = "new"
                fields = [c for c in fields if c[0] not in NEW_HIDDEN_FIELDS]
            head = {"at": e.get("at") or "", "site": e.get("site") or self._here,
                    "account": e.get("account") or "", "op": op}
            if not fields:
                rows.append(dict(head, first=True, field=self._no_fields, old=None,
                                 new=None, empty=True))
            for j, (name, old, new) in enumerate(fields):
                rows.append(dict(head, first=j == 0, field=name, old=old, new=new))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def display(self, r: dict, col: int) -> str:
        if col in (H_AT, H_SITE, H_ACCOUNT, H_OP) and not r["first"]:
            return ""
        if col == H_AT:
            return r["at"].replace("T", " ")
        if col == H_SITE:
            return r["site"]
        if col == H_ACCOUNT:
            return r["account"]
        if col == H_OP:
            return self._ops.get(r["op"], r["op"] or "")
        if col == H_FIELD:
            return r["field"] if r.get("empty") else field_label(r["field"])
        if r.get("empty"):
            return ""
        if col == H_OLD:
            return "" if r["op"] == "new" else self._value(r["field"], r["old"])
        if col == H_NEW:
            return "" if r["op"] == "del" else self._value(r["field"], r["new"])
        return ""

    def _value(self, name: str, value) -> str:
        if name in ("unit_id", "parent_id") and value in self._units:
            return self._units[value]
        if isinstance(value, str) and (name, value) in self._labels:
            return self._labels[(name, value)]
        return value_text(value, name)

    def role_data(self, r: dict, col: int, role):
        if role == Qt.ItemDataRole.ToolTipRole and col in (H_FIELD, H_OLD, H_NEW, H_SITE):
            return plain_tip(self.display(r, col))
        if role == Qt.ItemDataRole.ForegroundRole and col == H_OLD:
            return SECONDARY
        return None


class HistoryDialog(QDialog):
    """``HistoryDialog(ctx, kind, key, title)``: the changes of one record, oldest
    first."""

    def __init__(self, ctx, kind: str, key, title: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.key = key
        self.setWindowTitle(self.tr("History: %1").replace("%1", title))
        self.title_label = plain_label(title)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.summary = plain_label()
        self.summary.setObjectName("summary")
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setObjectName("history")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("History"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(H_NEW, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(980, 460)
        self.load()

    def load(self) -> bool:
        try:
            entries = sync.history(self.ctx.db, self.kind, self.key)
        except Exception as exc:  # noqa: BLE001 - a database without the change log
            self.model.set_history([])
            self.summary.setText(runner.error_text(exc))
            return False
        units = {u["id"]: u["code"] for u in register.list_units(self.ctx.db)}
        self.model.set_history(entries, units, self._labels(entries))
        if entries:
            self.summary.setText(self.tr("%n change(s), oldest first.", "", len(entries)))
        else:
            self.summary.setText(self.tr(
                "No change of this record is recorded (it was made before sync was set "
                "up)."))
        return True

    def _labels(self, entries: list[dict]) -> dict:
        """(field, id) -> the name of the staff member or policy an id field points to."""
        labels: dict = {}
        cache: dict = {}
        for e in entries:
            for name, old, new in e.get("changes", ()):
                kind = REFERENCES.get(name)
                for value in (old, new) if kind else ():
                    if isinstance(value, str) and value and (name, value) not in labels:
                        labels[(name, value)] = sync.record_label(self.ctx.db, kind, value,
                                                                  cache)
        return labels
