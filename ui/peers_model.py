"""The table of registered offices (peers): rows as given by
:func:`wfh_desktop.sites.list_peers`."""
from __future__ import annotations

from PySide6.QtCore import Qt

from wfh_desktop import sites

from .attendance_model import plain_tip
from .list_model import ReadOnlyListModel
from .trust_dialog import fingerprint_font
from .users_model import moment_text

COL_ROLE, COL_UNIT, COL_NAME, COL_FINGERPRINT, COL_TRUSTED_AT, COL_TRUSTED_BY = range(6)
COLUMN_COUNT = 6

SITE_ID_ROLE = Qt.ItemDataRole.UserRole


class PeersModel(ReadOnlyListModel):
    """Read-only table of the offices this installation trusts; ``set_rows(rows)``
    replaces them all."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [self.tr("Office"), self.tr("Unit"), self.tr("Name"),
                         self.tr("Fingerprint"), self.tr("Registered at"), self.tr("By")]
        self._site_id_text = self.tr("Site id: %1")
        self._mono = fingerprint_font()

    # --- data in -------------------------------------------------------------------
    def row_of_site(self, site_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r["site_id"] == site_id), -1)

    # --- Qt model ------------------------------------------------------------------

    def display(self, r: dict, col: int) -> str:
        if col == COL_ROLE:
            return sites.role_label(r["role"])
        if col == COL_UNIT:
            return r.get("unit_code") or ""
        if col == COL_NAME:
            return r.get("name") or ""
        if col == COL_FINGERPRINT:
            return r.get("fingerprint") or ""
        if col == COL_TRUSTED_AT:
            return moment_text(r.get("trusted_at"))
        if col == COL_TRUSTED_BY:
            return r.get("trusted_by") or ""
        return ""

    def role_data(self, r: dict, col: int, role):
        if role == Qt.ItemDataRole.FontRole and col == COL_FINGERPRINT:
            return self._mono
        if role == Qt.ItemDataRole.ToolTipRole:
            # names come from another office's file: shown as typed, never as markup
            return plain_tip("\n".join(x for x in (
                sites.site_label(r["role"], r.get("unit_code"), r.get("name") or ""),
                self._site_id_text.replace("%1", r["site_id"])) if x))
        if role == SITE_ID_ROLE:
            return r["site_id"]
        return None
