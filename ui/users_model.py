"""The table of user accounts: rows as given by :func:`wfh_desktop.accounts.list_users`."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from wfh_desktop import accounts

from .list_model import ReadOnlyListModel

COL_NAME, COL_FULL_NAME, COL_ROLE, COL_ACTIVE, COL_LAST_LOGIN = range(5)
COLUMN_COUNT = 5

NAME_ROLE = Qt.ItemDataRole.UserRole
DISABLED_COLOR = QColor(128, 128, 128)


def moment_text(value: str | None) -> str:
    """An ISO moment of the core as ``2024-03-05 07:31``."""
    return (value or "").replace("T", " ")[:16]


class UsersModel(ReadOnlyListModel):
    """Read-only table of accounts; ``set_rows(rows)`` replaces them all."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [self.tr("User name"), self.tr("Full name"), self.tr("Role"),
                         self.tr("Status"), self.tr("Last log-in")]
        self._active_text = self.tr("Active")
        self._disabled_text = self.tr("Disabled")
        self._never_text = self.tr("never")
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- data in -------------------------------------------------------------------
    def row_of_name(self, name: str) -> int:
        for i, r in enumerate(self._rows):
            if r["name"].lower() == name.lower():
                return i
        return -1

    # --- Qt model ------------------------------------------------------------------

    def display(self, r: dict, col: int) -> str:
        if col == COL_NAME:
            return r["name"]
        if col == COL_FULL_NAME:
            return r.get("full_name") or ""
        if col == COL_ROLE:
            return accounts.role_text(r["role"])
        if col == COL_ACTIVE:
            return self._active_text if r.get("active") else self._disabled_text
        if col == COL_LAST_LOGIN:
            return moment_text(r.get("last_login_at")) or self._never_text
        return ""

    def role_data(self, r: dict, col: int, role):
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if r.get("active") else DISABLED_COLOR
        if role == Qt.ItemDataRole.FontRole:
            return None if r.get("active") else self._italic
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_ACTIVE:
            if r.get("failed_logins"):
                return self.tr("%n failed log-in(s) since the last success", "",
                               r["failed_logins"])
            return None
        if role == NAME_ROLE:
            return r["name"]
        return None
