"""The audit log table: entries as given by :func:`wfh_desktop.accounts.audit_log`,
newest first."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from wfh_desktop import accounts

from .list_model import ReadOnlyListModel

COL_AT, COL_ACCOUNT, COL_ACTION, COL_TARGET, COL_DETAIL = range(5)
COLUMN_COUNT = 5

FAILED_COLOR = QColor(176, 0, 32)


class AuditModel(ReadOnlyListModel):
    row_numbers = False

    """Read-only table of audit entries; ``set_rows(rows)`` replaces them all."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [self.tr("When"), self.tr("Account"), self.tr("Action"),
                         self.tr("About"), self.tr("Detail")]


    @staticmethod
    def display(r: dict, col: int) -> str:
        if col == COL_AT:
            return (r.get("at") or "").replace("T", " ")
        if col == COL_ACCOUNT:
            return r.get("account") or ""
        if col == COL_ACTION:
            return accounts.action_text(r.get("action") or "")
        if col == COL_TARGET:
            return r.get("target") or ""
        if col == COL_DETAIL:
            return r.get("detail") or ""
        return ""

    def role_data(self, r: dict, col: int, role):
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_TARGET, COL_DETAIL):
            text = self.display(r, col)
            # escaped: what a user typed ("<b>") shows as typed, never as markup
            return f"<qt>{html.escape(text)}</qt>" if text else None
        if role == Qt.ItemDataRole.ForegroundRole and r.get("action", "").startswith(
                ("login.failed", "login.refused")):
            return FAILED_COLOR
        return None
