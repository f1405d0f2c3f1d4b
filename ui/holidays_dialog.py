"""The holiday calendar: the national holidays and collective leave (cuti bersama) of each
year, which get no roster entry under any policy."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wfh_desktop import policy as pol

from . import permissions, runner
from .policy_dialog import (
    HOLIDAY_KIND_SOURCES,
    date_edit,
    fill,
    format_day,
    from_qdate,
    holiday_kind_name,
    plain_label,
    to_qdate,
)
from .unit_dialog import ErrorLabel, with_error

DATE_ROLE = Qt.ItemDataRole.UserRole


class HolidayEditDialog(QDialog):
    """Add a day to the calendar or change one: date, name, kind.

    ``taken`` maps the days already in the calendar to their names; a day cannot be added
    twice (edit that day instead).
    """

    def __init__(self, taken: dict[dt.date, str], day: dt.date | None = None, name: str = "",
                 kind: str = "national", parent=None, *, default_day: dt.date | None = None):
        super().__init__(parent)
        self.original_day = day
        self.taken = taken
        self.setWindowTitle(self.tr("Change holiday") if day else self.tr("Add holiday"))
        self.setMinimumWidth(440)
        self.date_edit = date_edit()
        self.date_edit.setDate(to_qdate(day or default_day or dt.date.today()))
        self.day_label = plain_label()
        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText(self.tr("for example Hari Raya Idul Fitri 1441 H"))
        self.kind_combo = QComboBox()
        for key in HOLIDAY_KIND_SOURCES:
            self.kind_combo.addItem(holiday_kind_name(key), key)
        if self.kind_combo.findData(kind) < 0:
            self.kind_combo.addItem(kind, kind)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.date_error = ErrorLabel()
        self.name_error = ErrorLabel()

        day_row = QHBoxLayout()
        day_row.addWidget(self.date_edit)
        day_row.addWidget(self.day_label, 1)
        date_box = QWidget()
        date_layout = QVBoxLayout(date_box)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.setSpacing(2)
        date_layout.addLayout(day_row)
        date_layout.addWidget(self.date_error)
        form = QFormLayout()
        form.addRow(self.tr("Date:"), date_box)
        form.addRow(self.tr("Name:"), with_error(self.name_edit, self.name_error))
        form.addRow(self.tr("Kind:"), self.kind_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._name_touched = bool(name)
        self.name_edit.textEdited.connect(self._name_edited)
        self.name_edit.textChanged.connect(lambda _: self.validate())
        self.date_edit.dateChanged.connect(lambda _: self.validate())
        self.validate()

    def _name_edited(self, _text: str) -> None:
        self._name_touched = True
        self.validate()

    def values(self) -> tuple[dt.date, str, str]:
        return (from_qdate(self.date_edit.date()), self.name_edit.text().strip(),
                self.kind_combo.currentData())

    def validate(self) -> bool:
        day, name, _kind = self.values()
        self.day_label.setText(format_day(day, "dddd"))
        date_message = ""
        if day != self.original_day and day in self.taken:
            date_message = fill(self.tr("%1 is in the calendar already (%2); change that day "
                                        "instead."), format_day(day), self.taken[day])
        self.date_error.set_message(date_message)
        self.name_error.set_message(self.tr("Give the holiday a name.")
                                    if not name and self._name_touched else "")
        ok = bool(name) and not date_message
        self.save_button.setEnabled(ok)
        return ok

    def accept(self) -> None:
        self._name_touched = True
        if self.validate():
            super().accept()


class HolidaysDialog(QDialog):
    """The holidays of one year with add, change, remove and the shipped preset.

    ``ask``, ``show_info`` and ``open_edit_dialog`` are replaced by tests.  Every change
    calls ``ctx.notify("holidays")``.
    """

    DATE, DAY, NAME, KIND = range(4)

    def __init__(self, ctx, year: int | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Holiday calendar"))
        self.resize(720, 560)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setValue(year or self._default_year())
        self.count_label = plain_label()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Day"), self.tr("Name"),
                                              self.tr("Kind")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        for column in (self.DATE, self.DAY, self.KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda *_: self.edit_holiday())

        self.add_button = QPushButton(self.tr("Add..."))
        self.edit_button = QPushButton(self.tr("Change..."))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.preset_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_holiday())
        self.edit_button.clicked.connect(lambda: self.edit_holiday())
        self.remove_button.clicked.connect(lambda: self.remove_holiday())
        self.preset_button.clicked.connect(lambda: self.apply_preset())
        for button in (self.add_button, self.edit_button, self.remove_button,
                       self.preset_button):
            permissions.apply(ctx, button, "policies")
        self.year_spin.valueChanged.connect(lambda _: self.refresh())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year_spin)
        top.addSpacing(12)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.preset_button)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(plain_label(self.tr(
            "Days in this calendar get no roster entry under any policy."), "color: #555555;"))
        layout.addWidget(close)
        self.refresh()

    def _default_year(self) -> int:
        years = sorted({int(r["date"][:4]) for r in pol.list_holidays(self.ctx.db)})
        if years:
            return years[-1]
        presets = pol.preset_years()
        return presets[-1] if presets else dt.date.today().year

    # --- replaceable interactions ----------------------------------------------------

    def ask(self, title: str, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box.exec() == QMessageBox.StandardButton.Yes

    def show_info(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, message,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def open_edit_dialog(self, dialog: HolidayEditDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    # --- the table ---------------------------------------------------------------------

    def year(self) -> int:
        return self.year_spin.value()

    def rows(self) -> list[dict]:
        return pol.list_holidays(self.ctx.db, self.year())

    def refresh(self, select: dt.date | None = None) -> None:
        rows = self.rows()
        self.table.setRowCount(len(rows))
        current = -1
        for i, row in enumerate(rows):
            day = dt.date.fromisoformat(row["date"])
            cells = [format_day(day), format_day(day, "dddd"), row["name"],
                     holiday_kind_name(row["kind"])]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(DATE_ROLE, row["date"])
                self.table.setItem(i, column, item)
            if day == select:
                current = i
        if current >= 0:
            self.table.selectRow(current)
        else:
            self.table.clearSelection()
        national = sum(1 for r in rows if r["kind"] == "national")
        self.count_label.setText(fill(self.tr("%1: %2 national holiday(s), %3 day(s) of "
                                              "collective leave"),
                                      str(self.year()), str(national),
                                      str(len(rows) - national)))
        has_preset = self.year() in pol.preset_years()
        self.preset_button.setText(fill(self.tr("Apply the preset of %1"), str(self.year()))
                                   if has_preset
                                   else fill(self.tr("No preset for %1"), str(self.year())))
        self.preset_button.setEnabled(has_preset)
        self.preset_button.setToolTip(self.tr(
            "Adds the shipped national holidays and collective leave of the year; days "
            "already in the calendar take the preset's name"))
        self._update_buttons()

    def selected_day(self) -> dt.date | None:
        items = self.table.selectedItems()
        return dt.date.fromisoformat(items[0].data(DATE_ROLE)) if items else None

    def select_day(self, day: dt.date) -> bool:
        for i in range(self.table.rowCount()):
            if self.table.item(i, self.DATE).data(DATE_ROLE) == day.isoformat():
                self.table.selectRow(i)
                return True
        return False

    def _update_buttons(self) -> None:
        selected = self.selected_day() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def _taken(self) -> dict[dt.date, str]:
        return {dt.date.fromisoformat(r["date"]): r["name"]
                for r in pol.list_holidays(self.ctx.db)}

    def _changed(self, select: dt.date | None) -> None:
        self.ctx.notify("holidays")
        if select is not None and select.year != self.year():
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(select.year)
            self.year_spin.blockSignals(False)
        self.refresh(select)

    # --- actions -----------------------------------------------------------------------

    def add_holiday(self) -> bool:
        if not permissions.check(self, self.ctx, "policies"):
            return False
        default = dt.date(self.year(), 1, 1)
        dialog = HolidayEditDialog(self._taken(), parent=self, default_day=default)
        try:
            if not self.open_edit_dialog(dialog):
                return False
            day, name, kind = dialog.values()
        finally:
            dialog.deleteLater()
        ok, _ = runner.run_now(self, self.ctx, lambda db: pol.set_holiday(db, day, name, kind),
                               changes=())
        if ok:
            self._changed(day)
        return ok

    def edit_holiday(self) -> bool:
        day = self.selected_day()
        if day is None or not permissions.check(self, self.ctx, "policies"):
            return False
        row = next(r for r in self.rows() if r["date"] == day.isoformat())
        dialog = HolidayEditDialog(self._taken(), day, row["name"], row["kind"], self)
        try:
            if not self.open_edit_dialog(dialog):
                return False
            new_day, name, kind = dialog.values()
        finally:
            dialog.deleteLater()

        def change(db):
            if new_day != day:
                pol.remove_holiday(db, day)
            pol.set_holiday(db, new_day, name, kind)

        ok, _ = runner.run_now(self, self.ctx, change, changes=())
        if ok:
            self._changed(new_day)
        return ok

    def remove_holiday(self) -> bool:
        day = self.selected_day()
        if day is None:
            return False
        name = next(r["name"] for r in self.rows() if r["date"] == day.isoformat())
        if not self.ask(self.tr("Remove holiday"),
                        fill(self.tr("Remove %1 (%2) from the holiday calendar?"),
                             format_day(day), name)):
            return False
        ok, _ = runner.run_now(self, self.ctx, lambda db: pol.remove_holiday(db, day),
                               changes=())
        if ok:
            self._changed(None)
        return ok

    def apply_preset(self) -> int:
        year = self.year()
        preset = pol.holiday_preset(year)
        if not preset:
            return 0
        if not self.ask(self.tr("Apply the preset"),
                        fill(self.tr("Add the %1 national holidays and collective leave days "
                                     "of %2 to the calendar? Days already in the calendar "
                                     "take the preset's name."), str(len(preset)), str(year))):
            return 0
        ok, count = runner.run_now(self, self.ctx,
                                   lambda db: pol.apply_holiday_preset(db, year), changes=())
        if not ok:
            return 0
        self._changed(None)
        self.show_info(self.tr("Preset applied"),
                       fill(self.tr("%1 days of %2 are in the calendar now."),
                            str(count), str(year)))
        return count

    def set_year(self, year: int) -> None:
        self.year_spin.setValue(year)
