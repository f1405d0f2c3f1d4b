"""Tables of the sync page: open conflicts (:func:`wfh_desktop.sync.conflicts`), proposals
of the OPDs (:func:`wfh_desktop.sync.proposals`) and the changes per kind of data a file
holds (:func:`wfh_desktop.sync.preview`, ``ImportResult.counts``).

Rows are the core's described rows (``described=True``); every value that came from another
office is shown as typed (display text and plain tooltips, never markup).
"""
from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from wfh_desktop import explain

from .attendance_model import plain_tip
from .list_model import ReadOnlyListModel
from .users_model import moment_text

CONTEXT = "SyncKinds"

# the kinds of synced data, as the clerk calls them
KIND_LABELS = {
    "units": QT_TRANSLATE_NOOP("SyncKinds", "Units"),
    "staff": QT_TRANSLATE_NOOP("SyncKinds", "Staff"),
    "policies": QT_TRANSLATE_NOOP("SyncKinds", "Policies"),
    "holidays": QT_TRANSLATE_NOOP("SyncKinds", "Holidays"),
    "attendance_codes": QT_TRANSLATE_NOOP("SyncKinds", "Attendance codes"),
    "absences": QT_TRANSLATE_NOOP("SyncKinds", "Absences"),
    "roster": QT_TRANSLATE_NOOP("SyncKinds", "Roster"),
    "roster_conflicts": QT_TRANSLATE_NOOP("SyncKinds", "Roster clashes"),
    "attendance": QT_TRANSLATE_NOOP("SyncKinds", "Attendance"),
    "attendance_locks": QT_TRANSLATE_NOOP("SyncKinds", "Attendance locks"),
    "attendance_closures": QT_TRANSLATE_NOOP("SyncKinds", "Month closures"),
    "reports": QT_TRANSLATE_NOOP("SyncKinds", "Daily reports"),
    "report_items": QT_TRANSLATE_NOOP("SyncKinds", "Report items"),
    "sync_conflicts": QT_TRANSLATE_NOOP("SyncKinds", "Conflict decisions"),
}

# the fields a clerk meets most, as the forms call them (others show their column name)
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("SyncFields", "Name"),
    "nip": QT_TRANSLATE_NOOP("SyncFields", "NIP"),
    "nik": QT_TRANSLATE_NOOP("SyncFields", "NIK"),
    "position": QT_TRANSLATE_NOOP("SyncFields", "Position"),
    "level": QT_TRANSLATE_NOOP("SyncFields", "Level"),
    "eselon": QT_TRANSLATE_NOOP("SyncFields", "Eselon"),
    "golongan": QT_TRANSLATE_NOOP("SyncFields", "Golongan"),
    "employment_type": QT_TRANSLATE_NOOP("SyncFields", "Employment type"),
    "unit_id": QT_TRANSLATE_NOOP("SyncFields", "Unit"),
    "parent_id": QT_TRANSLATE_NOOP("SyncFields", "Parent unit"),
    "code": QT_TRANSLATE_NOOP("SyncFields", "Code"),
    "birth_date": QT_TRANSLATE_NOOP("SyncFields", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("SyncFields", "Sex"),
    "pregnant": QT_TRANSLATE_NOOP("SyncFields", "Pregnant"),
    "comorbid": QT_TRANSLATE_NOOP("SyncFields", "Comorbidity"),
    "public_service": QT_TRANSLATE_NOOP("SyncFields", "Public service"),
    "teacher": QT_TRANSLATE_NOOP("SyncFields", "Teacher"),
    "phone": QT_TRANSLATE_NOOP("SyncFields", "Phone"),
    "email": QT_TRANSLATE_NOOP("SyncFields", "E-mail"),
    "active": QT_TRANSLATE_NOOP("SyncFields", "Active"),
    "date": QT_TRANSLATE_NOOP("SyncFields", "Date"),
    "mode": QT_TRANSLATE_NOOP("SyncFields", "Work mode"),
    "staff_id": QT_TRANSLATE_NOOP("SyncFields", "Staff member"),
    "policy_id": QT_TRANSLATE_NOOP("SyncFields", "Policy (SE)"),
    # roster
    "rule": QT_TRANSLATE_NOOP("SyncFields", "Rule"),
    "pinned": QT_TRANSLATE_NOOP("SyncFields", "Set by hand"),
    "pinned_by": QT_TRANSLATE_NOOP("SyncFields", "Set by hand by"),
    "breach": QT_TRANSLATE_NOOP("SyncFields", "Rule broken"),
    # attendance
    "status": QT_TRANSLATE_NOOP("SyncFields", "Status"),
    "time_in": QT_TRANSLATE_NOOP("SyncFields", "Time in"),
    "time_out": QT_TRANSLATE_NOOP("SyncFields", "Time out"),
    "late_minutes": QT_TRANSLATE_NOOP("SyncFields", "Minutes late"),
    "early_minutes": QT_TRANSLATE_NOOP("SyncFields", "Minutes left early"),
    "late_code": QT_TRANSLATE_NOOP("SyncFields", "Late code"),
    "early_code": QT_TRANSLATE_NOOP("SyncFields", "Early leave code"),
    "worked_minutes": QT_TRANSLATE_NOOP("SyncFields", "Minutes worked"),
    "source": QT_TRANSLATE_NOOP("SyncFields", "Source"),
    "note": QT_TRANSLATE_NOOP("SyncFields", "Note"),
    "kind": QT_TRANSLATE_NOOP("SyncFields", "Kind"),
    "reason": QT_TRANSLATE_NOOP("SyncFields", "Reason"),
    "current": QT_TRANSLATE_NOOP("SyncFields", "Current version"),
    "keyed_by": QT_TRANSLATE_NOOP("SyncFields", "Keyed by"),
    "keyed_at": QT_TRANSLATE_NOOP("SyncFields", "Keyed at"),
    # daily reports
    "channel": QT_TRANSLATE_NOOP("SyncFields", "Channel"),
    "received_at": QT_TRANSLATE_NOOP("SyncFields", "Received at"),
    "text": QT_TRANSLATE_NOOP("SyncFields", "Text"),
    "attachments": QT_TRANSLATE_NOOP("SyncFields", "Attachments"),
    "verdict": QT_TRANSLATE_NOOP("SyncFields", "Verdict"),
    "reviewed_by": QT_TRANSLATE_NOOP("SyncFields", "Reviewed by"),
    "reviewed_at": QT_TRANSLATE_NOOP("SyncFields", "Reviewed at"),
    # policies (surat edaran)
    "number": QT_TRANSLATE_NOOP("SyncFields", "Number"),
    "version": QT_TRANSLATE_NOOP("SyncFields", "Version"),
    "title": QT_TRANSLATE_NOOP("SyncFields", "Title"),
    "issuer": QT_TRANSLATE_NOOP("SyncFields", "Issuer"),
    "signed_on": QT_TRANSLATE_NOOP("SyncFields", "Signed on"),
    "valid_from": QT_TRANSLATE_NOOP("SyncFields", "Valid from"),
    "valid_to": QT_TRANSLATE_NOOP("SyncFields", "Valid to"),
    "workdays": QT_TRANSLATE_NOOP("SyncFields", "Working days"),
    "holidays": QT_TRANSLATE_NOOP("SyncFields", "Holidays"),
    "rules": QT_TRANSLATE_NOOP("SyncFields", "Rules"),
}

SECONDARY = QColor(100, 100, 100)


def field_label(name: str) -> str:
    text = FIELD_LABELS.get(name)
    return QCoreApplication.translate("SyncFields", text) if text else name


def kind_label(kind: str) -> str:
    text = KIND_LABELS.get(kind)
    return QCoreApplication.translate(CONTEXT, text) if text else kind


# yes/no fields of the synced tables (stored as 1 and 0)
FLAG_FIELDS = frozenset({"pregnant", "comorbid", "public_service", "teacher", "active",
                         "current", "onsite", "pinned", "present", "resolved"})


def value_text(value, field: str | None = None) -> str:
    """A field's value as typed; empty shows as a dash, a yes/no field as Yes or No, a
    roster rule by its name."""
    if value is None or value == "":
        return "-"
    if field in ("rule", "breach") and isinstance(value, str):
        return explain.rule_name(value)
    if field in FLAG_FIELDS and value in (0, 1):
        return (QCoreApplication.translate("SyncFields", "Yes") if value else
                QCoreApplication.translate("SyncFields", "No"))
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


# --- conflicts ---------------------------------------------------------------------------

(C_RECORD, C_FIELD, C_KEPT, C_KEPT_FROM, C_OTHER, C_OTHER_FROM, C_STATE) = range(7)
CONFLICT_COLUMNS = 7

ID_ROLE = Qt.ItemDataRole.UserRole


class ConflictsModel(ReadOnlyListModel):
    """Read-only table of conflicts (rows of ``sync.conflicts(described=True)``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [self.tr("Record"), self.tr("Field"), self.tr("Value kept"),
                         self.tr("Kept from"), self.tr("Other value"), self.tr("Other from"),
                         self.tr("State")]
        self._open_text = self.tr("Open")
        self._kept_winner = self.tr("Resolved: shown value kept")
        self._kept_other = self.tr("Resolved: other value used")
        self._by_text = self.tr("by %1")

    def row_of_id(self, conflict_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r["id"] == conflict_id), -1)

    @staticmethod
    def _from(side: dict) -> str:
        who = " / ".join(x for x in (side.get("site"), side.get("account")) if x)
        at = moment_text(side.get("at"))
        return f"{who}, {at}" if who and at else who or at

    @staticmethod
    def source_text(side: dict) -> str:
        """Office / account, time (to the second) of one side of a conflict."""
        who = " / ".join(x for x in (side.get("site"), side.get("account")) if x)
        at = (side.get("at") or "").replace("T", " ")
        return f"{who}, {at}" if who and at else who or at

    def display(self, r: dict, col: int) -> str:
        if col == C_RECORD:
            return f"{kind_label(r['kind'])}: {r['record']}"
        if col == C_FIELD:
            return field_label(r["field"])
        if col == C_KEPT:
            return value_text(r["winner_side"]["value"], r["field"])
        if col == C_KEPT_FROM:
            return self._from(r["winner_side"])
        if col == C_OTHER:
            return value_text(r["other_side"]["value"], r["field"])
        if col == C_OTHER_FROM:
            return self._from(r["other_side"])
        if col == C_STATE:
            if not r.get("resolved"):
                return self._open_text
            text = self._kept_other if r.get("kept") == "other" else self._kept_winner
            if r.get("resolved_by"):
                text += " " + self._by_text.replace("%1", r["resolved_by"])
            return text
        return ""

    def role_data(self, r: dict, col: int, role):
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self.display(r, col))
        if role == Qt.ItemDataRole.ForegroundRole and (
                col in (C_KEPT_FROM, C_OTHER_FROM) or r.get("resolved")):
            return SECONDARY
        if role == ID_ROLE:
            return r["id"]
        return None


# --- proposals ---------------------------------------------------------------------------

P_RECEIVED, P_FROM, P_ACCOUNT, P_RECORD, P_CHANGES = range(5)
PROPOSAL_COLUMNS = 5


class ProposalsModel(ReadOnlyListModel):
    """Read-only table of proposals (rows of ``sync.proposals(described=True)``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [self.tr("Received"), self.tr("From"), self.tr("Account"),
                         self.tr("Record"), self.tr("Proposed change")]
        self._delete_text = self.tr("delete the record")
        self._new_text = self.tr("new record")

    def display(self, r: dict, col: int) -> str:
        if col == P_RECEIVED:
            return moment_text(r.get("received_at"))
        if col == P_FROM:
            return r.get("site") or ""
        if col == P_ACCOUNT:
            return r.get("account") or ""
        if col == P_RECORD:
            return f"{kind_label(r['kind'])}: {r['record']}"
        if col == P_CHANGES:
            if r.get("op") == "del":
                return self._delete_text
            if not r.get("old"):
                return self._new_text
            return "; ".join(f"{field_label(f)}: {value_text(a, f)} \u2192 {value_text(b, f)}"
                             for f, a, b in r.get("fields", ()))
        return ""

    def role_data(self, r: dict, col: int, role):
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self.display(r, col))
        if role == ID_ROLE:
            return r["id"]
        return None


# --- changes per kind --------------------------------------------------------------------

K_KIND, K_COUNT = range(2)


class KindCountsModel(ReadOnlyListModel):
    """Kinds of data and how many changes of each (``set_counts({kind: n})``), in the
    order of the core's kinds."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [self.tr("Data"), self.tr("Changes")]

    def set_counts(self, counts: dict[str, int]) -> None:
        order = list(KIND_LABELS)
        self.beginResetModel()
        self._rows = sorted(counts.items(), key=lambda kv: (
            order.index(kv[0]) if kv[0] in order else len(order), kv[0]))
        self.endResetModel()

    def total(self) -> int:
        return sum(n for _, n in self._rows)

    def display(self, r: tuple, col: int) -> str:
        kind, n = r
        return kind_label(kind) if col == K_KIND else f"{n:,}".replace(",", ".")

    def role_data(self, r: tuple, col: int, role):
        if role == Qt.ItemDataRole.TextAlignmentRole and col == K_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return r[0]
        return None
