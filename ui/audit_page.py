"""The audit log (administrators and supervisors): who did what and when, newest first.

The filters (account, action or permission, text, dates) are applied by the core
(:func:`wfh_desktop.accounts.audit_log`); the page shows at most :data:`PAGE_SIZE`
entries, and "Show more" another :data:`PAGE_SIZE`.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wfh_desktop import accounts
from wfh_desktop.i18n import t

from .audit_model import COL_ACCOUNT, COL_ACTION, COL_AT, COL_DETAIL, AuditModel

PAGE_SIZE = 1000
NO_DATE = QDate(2000, 1, 1)  # the minimum of the date fields: shown as "any"


def qdate(day: dt.date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else NO_DATE


class AuditPage(QWidget):
    """``set_filters(...)`` and the filter widgets change what is shown;
    ``show_more()`` raises the limit."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.limit = PAGE_SIZE
        self.model = AuditModel(self)

        self.account_combo = QComboBox()
        self.account_combo.setObjectName("account")
        self.account_combo.setEditable(True)
        self.account_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.account_combo.lineEdit().setPlaceholderText(self.tr("All accounts"))
        self.account_combo.setMinimumContentsLength(10)
        self.account_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.action_combo = QComboBox()
        self.action_combo.setObjectName("action")
        self.action_combo.setMinimumContentsLength(20)
        self.action_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.action_combo.addItem(self.tr("All actions"), "")
        self.action_combo.addItem(self.tr("Log-ins (failed ones too)"), "login")
        self.action_combo.addItem(self.tr("Failed log-ins"), "login.failed")
        self.action_combo.addItem(self.tr("Log-outs"), "logout")
        for permission in sorted(accounts.PERMISSION_TEXT):
            self.action_combo.addItem(
                f"{permission}: {t(accounts.PERMISSION_TEXT[permission])}", permission)
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("text")
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.setPlaceholderText(self.tr("Search what was changed"))
        self.text_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 24))
        self.from_edit = self._date_edit("from")
        self.to_edit = self._date_edit("to")
        self.clear_button = QPushButton(self.tr("&Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)

        self.table = QTableView()
        self.table.setObjectName("audit")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_AT, 150)
        self.table.setColumnWidth(COL_ACCOUNT, 110)
        self.table.setColumnWidth(COL_ACTION, 220)

        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.more_button = QPushButton(self.tr("Show &more"))
        self.more_button.setToolTip(self.tr("Show %1 older entries too")
                                    .replace("%1", str(PAGE_SIZE)))
        self.more_button.clicked.connect(self.show_more)

        filters, dates = QHBoxLayout(), QHBoxLayout()
        for row, label, widget, stretch in (
                (filters, self.tr("&Account:"), self.account_combo, 1),
                (filters, self.tr("A&ction:"), self.action_combo, 2),
                (filters, self.tr("&Search:"), self.text_edit, 2),
                (dates, self.tr("&From:"), self.from_edit, 0),
                (dates, self.tr("&To:"), self.to_edit, 0)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget, stretch)
        dates.addWidget(self.clear_button)
        dates.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._load_accounts()
        self.account_combo.setCurrentText("")
        self.account_combo.currentTextChanged.connect(lambda _t: self._filters_changed())
        self.action_combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.text_edit.textChanged.connect(lambda _t: self._filters_changed())
        self.from_edit.dateChanged.connect(lambda _d: self._filters_changed())
        self.to_edit.dateChanged.connect(lambda _d: self._filters_changed())
        ctx.changed.connect(lambda _kind: self.refresh())
        self.refresh()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_DATE)
        return edit

    def _load_accounts(self) -> None:
        text = self.account_combo.currentText()
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        self.account_combo.addItem("")
        for user in accounts.list_users(self.ctx.db):
            self.account_combo.addItem(user["name"])
        self.account_combo.setCurrentText(text)
        self.account_combo.blockSignals(False)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._load_accounts()
        self.refresh()  # log-ins and work on other pages wrote entries meanwhile

    # --- filters ---------------------------------------------------------------------
    @staticmethod
    def _day(edit: QDateEdit) -> dt.date | None:
        date = edit.date()
        return None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())

    def filters(self) -> dict:
        """The keyword arguments of :func:`accounts.audit_log` for the widgets' state."""
        out = {}
        account = self.account_combo.currentText().strip()
        if account:
            out["account"] = account
        action = self.action_combo.currentData()
        if action:
            out["action"] = action
        text = self.text_edit.text().strip()
        if text:
            out["text"] = text
        since, until = self._day(self.from_edit), self._day(self.to_edit)
        if since:
            out["since"] = since.isoformat()
        if until:  # the whole day: entries before the next midnight
            out["until"] = (until + dt.timedelta(days=1)).isoformat()
        return out

    def set_filters(self, *, account: str = "", action: str = "", text: str = "",
                    since: dt.date | None = None, until: dt.date | None = None) -> None:
        widgets = (self.account_combo, self.action_combo, self.text_edit, self.from_edit,
                   self.to_edit)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.account_combo.setCurrentText(account)
            self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(action)))
            self.text_edit.setText(text)
            self.from_edit.setDate(qdate(since))
            self.to_edit.setDate(qdate(until))
        finally:
            for w in widgets:
                w.blockSignals(False)
        self._filters_changed()

    def clear_filters(self) -> None:
        self.set_filters()

    def _filters_changed(self) -> None:
        self.limit = PAGE_SIZE
        self.refresh()

    def show_more(self) -> None:
        self.limit += PAGE_SIZE
        self.refresh()

    # --- the table ---------------------------------------------------------------------
    def refresh(self) -> None:
        rows = accounts.audit_log(self.ctx.db, limit=self.limit, **self.filters())
        self.model.set_rows(rows)
        more = len(rows) >= self.limit
        self.more_button.setEnabled(more)
        if more:
            text = self.tr("The newest %1 entries are shown.").replace("%1", str(len(rows)))
        elif rows:
            text = self.tr("%n entries.", "", len(rows))
        else:
            text = self.tr("No entries match the filters.") if self.filters() else \
                self.tr("The audit log is empty.")
        self.count_label.setText(text)
