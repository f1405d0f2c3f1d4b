"""Settings of the attendance page: the attendance codes and the working hours.

Regions differ in their codes, so the codes are data: :class:`CodesDialog` lists every
code (by category, then code) with Add..., Edit... (double click or Enter) and
Deactivate / Activate.  A code is never deleted, so the entries keyed with it stay
readable; a deactivated code can no longer be typed.  :class:`CodeEditDialog` is the small
form behind Add and Edit; it saves through :func:`wfh_desktop.attendance.save_code` and
shows the core's messages next to the fields (a code used by entries keeps its category).

:class:`WorkingHoursDialog` holds the start, end and break of each weekday, against which
late arrival and early leave are measured (:func:`wfh_desktop.attendance.set_working_hours`;
the core's message of a bad day is shown under that day).

Changes call ``ctx.notify("attendance_codes")`` or ``ctx.notify("attendance_hours")``.
``ask``, ``open_edit_dialog`` and ``exec`` are what tests replace.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from wfh_desktop import attendance
from wfh_desktop.policy import WEEKDAYS
from wfh_desktop.staff import InvalidRecord

from . import runner
from .attendance_model import plain_tip
from .unit_dialog import ErrorLabel, with_error

CODE_ROLE = Qt.ItemDataRole.UserRole
INACTIVE_TEXT = QColor("#8a8a8a")
NOTE_STYLE = "color: #555555;"
BANDED = ("late", "early")

CATEGORY_SOURCES = {
    "status": QT_TRANSLATE_NOOP("AttendanceCodeCategories", "Status of the day"),
    "off": QT_TRANSLATE_NOOP("AttendanceCodeCategories", "Day off (holiday, weekend)"),
    "late": QT_TRANSLATE_NOOP("AttendanceCodeCategories", "Late arrival band"),
    "early": QT_TRANSLATE_NOOP("AttendanceCodeCategories", "Early leave band"),
}

WEEKDAY_SOURCES = {
    "mon": QT_TRANSLATE_NOOP("Weekdays", "Monday"),
    "tue": QT_TRANSLATE_NOOP("Weekdays", "Tuesday"),
    "wed": QT_TRANSLATE_NOOP("Weekdays", "Wednesday"),
    "thu": QT_TRANSLATE_NOOP("Weekdays", "Thursday"),
    "fri": QT_TRANSLATE_NOOP("Weekdays", "Friday"),
    "sat": QT_TRANSLATE_NOOP("Weekdays", "Saturday"),
    "sun": QT_TRANSLATE_NOOP("Weekdays", "Sunday"),
}
HOUR_FIELDS = ("start", "end", "break_start", "break_end")


def category_name(key: str) -> str:
    source = CATEGORY_SOURCES.get(key)
    return QCoreApplication.translate("AttendanceCodeCategories", source) if source else key


def weekday_name(key: str) -> str:
    return QCoreApplication.translate("Weekdays", WEEKDAY_SOURCES[key])


def band_text(code: attendance.Code) -> str:
    """``1-30``, ``91+`` or empty for a code without a band."""
    if code.band_from is None:
        return ""
    if code.band_to is None:
        return f"{code.band_from}+"
    return f"{code.band_from}-{code.band_to}"


def sorted_codes(codes: list[attendance.Code]) -> list[attendance.Code]:
    order = {key: i for i, key in enumerate(attendance.CATEGORIES)}
    return sorted(codes, key=lambda c: (order.get(c.category, len(order)), c.code))


def hhmm(minutes: int | None) -> str:
    return "" if minutes is None else f"{minutes // 60:02d}:{minutes % 60:02d}"


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


# --- one code ------------------------------------------------------------------------------

class CodeEditDialog(QDialog):
    """Add a code (``code=None``) or change one.  :meth:`save` writes through the core; on
    bad values the core's messages appear under the fields and the dialog stays open.
    ``saved_code`` holds the stored :class:`wfh_desktop.attendance.Code` afterwards."""

    FIELDS = ("code", "meaning", "category", "present", "onsite", "band_from", "band_to",
              "cut_percent")

    def __init__(self, ctx, code: attendance.Code | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.original = code
        self.saved_code: attendance.Code | None = None
        self.setWindowTitle(self.tr("Edit attendance code {code}").format(code=code.code)
                            if code else self.tr("Add attendance code"))
        self.setMinimumWidth(480)

        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("code")
        self.code_edit.setMaxLength(6)
        self.code_edit.setPlaceholderText(self.tr("for example WFA"))
        self.meaning_edit = QLineEdit()
        self.meaning_edit.setObjectName("meaning")
        self.meaning_edit.setMaxLength(120)
        self.meaning_edit.setPlaceholderText(self.tr("for example Kerja dari mana saja"))
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("category")
        for key in attendance.CATEGORIES:
            self.category_combo.addItem(category_name(key), key)
        self.present_check = QCheckBox(self.tr("Counts as present in the recap"))
        self.present_check.setObjectName("present")
        self.onsite_check = QCheckBox(self.tr("Counts on site (against the cap of staff in "
                                              "the office)"))
        self.onsite_check.setObjectName("onsite")
        self.band_from_edit = QLineEdit()
        self.band_from_edit.setObjectName("band_from")
        self.band_to_edit = QLineEdit()
        self.band_to_edit.setObjectName("band_to")
        self.band_to_edit.setPlaceholderText(self.tr("no upper limit"))
        for edit in (self.band_from_edit, self.band_to_edit):
            edit.setValidator(QIntValidator(0, 99999, edit))
            edit.setMaxLength(5)
        self.cut_spin = QDoubleSpinBox()
        self.cut_spin.setObjectName("cut_percent")
        self.cut_spin.setRange(0.0, 100.0)
        self.cut_spin.setDecimals(2)
        self.cut_spin.setSingleStep(0.5)
        self.cut_spin.setSuffix(" %")
        self.cut_spin.setToolTip(self.tr("The allowance cut of the band, for information"))
        self.errors = {name: ErrorLabel() for name in self.FIELDS}
        self.other_error = ErrorLabel()
        self.other_error.setObjectName("other_errors")
        self.kind_note = _note("")

        band_row = QHBoxLayout()
        band_row.setContentsMargins(0, 0, 0, 0)
        top = Qt.AlignmentFlag.AlignTop
        band_row.addWidget(with_error(self.band_from_edit, self.errors["band_from"]), 1, top)
        for i, text in enumerate((self.tr("to"), self.tr("minutes"))):
            if i:
                band_row.addWidget(with_error(self.band_to_edit, self.errors["band_to"]), 1,
                                   top)
            # as high as an editor and at the top, so the words stay on the editors' line
            # when a message opens under them
            word = QLabel(text)
            word.setFixedHeight(self.band_from_edit.sizeHint().height())
            word.setAlignment(Qt.AlignmentFlag.AlignVCenter)
            band_row.addWidget(word, 0, top)

        form = QFormLayout()
        for text, edit, name in ((self.tr("&Code:"), self.code_edit, "code"),
                                 (self.tr("&Meaning:"), self.meaning_edit, "meaning"),
                                 (self.tr("C&ategory:"), self.category_combo, "category")):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, with_error(edit, self.errors[name]))
        form.addRow("", self.kind_note)
        form.addRow("", with_error(self.present_check, self.errors["present"]))
        form.addRow("", with_error(self.onsite_check, self.errors["onsite"]))
        self.band_label = QLabel(self.tr("&Band from:"))
        self.band_label.setBuddy(self.band_from_edit)
        form.addRow(self.band_label, band_row)
        self.cut_label = QLabel(self.tr("Allowance c&ut:"))
        self.cut_label.setBuddy(self.cut_spin)
        form.addRow(self.cut_label, with_error(self.cut_spin, self.errors["cut_percent"]))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.other_error)
        layout.addWidget(self.buttons)

        self.category_combo.currentIndexChanged.connect(lambda _i: self._category_changed())
        self.present_check.toggled.connect(lambda _on: self._category_changed())
        if code is not None:
            self.code_edit.setText(code.code)
            self.code_edit.setReadOnly(True)
            self.code_edit.setStyleSheet("QLineEdit { background: palette(window); }")
            self.code_edit.setToolTip(self.tr("A code keeps its letters; add a new code "
                                              "instead"))
            self.meaning_edit.setText(code.meaning)
            self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(
                code.category)))
            self.present_check.setChecked(code.present)
            self.onsite_check.setChecked(code.onsite)
            self.band_from_edit.setText("" if code.band_from is None else str(code.band_from))
            self.band_to_edit.setText("" if code.band_to is None else str(code.band_to))
            self.cut_spin.setValue(code.cut_percent)
            self.meaning_edit.setFocus()
        else:
            self.category_combo.setCurrentIndex(0)
            self.code_edit.setFocus()
        self._category_changed()

    def _category_changed(self) -> None:
        category = self.category_combo.currentData()
        status = category == "status"
        banded = category in BANDED
        self.present_check.setEnabled(status)
        self.onsite_check.setEnabled(status and self.present_check.isChecked())
        for widget in (self.band_label, self.band_from_edit, self.band_to_edit,
                       self.cut_label, self.cut_spin):
            widget.setEnabled(banded)
        self.kind_note.setText({
            "status": self.tr("Typed into the attendance grid for a staff member's day."),
            "off": self.tr("Marks a day that is not worked (public holiday, weekend); "
                           "never counts as present."),
            "late": self.tr("Given by the time in: arriving this many minutes after the "
                            "start of the working day."),
            "early": self.tr("Given by the time out: leaving this many minutes before the "
                             "end of the working day."),
        }.get(category, ""))

    @staticmethod
    def _minutes(edit: QLineEdit) -> int | None:
        text = edit.text().strip()
        return int(text) if text else None

    def values(self) -> dict:
        """The form as the keyword arguments of ``save_code``."""
        category = self.category_combo.currentData()
        status = category == "status"
        banded = category in BANDED
        old = self.original
        return {
            "code": self.code_edit.text(),
            "meaning": self.meaning_edit.text(),
            "category": category,
            "present": status and self.present_check.isChecked(),
            "onsite": status and self.present_check.isChecked()
            and self.onsite_check.isChecked(),
            "band_from": self._minutes(self.band_from_edit) if banded else None,
            "band_to": self._minutes(self.band_to_edit) if banded else None,
            "cut_percent": self.cut_spin.value() if banded else 0.0,
            "position": old.position if old else None,
            "active": old.active if old else True,
        }

    def show_errors(self, messages: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.set_message(messages.get(name, ""))
        other = [f"{name}: {text}" for name, text in messages.items()
                 if name not in self.errors]
        self.other_error.set_message("\n".join(other))
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def error_text(self, name: str) -> str:
        """The message shown next to a field (empty when there is none)."""
        label = self.errors.get(name, self.other_error)
        return label.text() if not label.isHidden() else ""

    def save(self) -> bool:
        values = self.values()
        code, meaning = values.pop("code"), values.pop("meaning")
        try:
            saved = attendance.save_code(self.ctx.db, code, meaning, **values)
        except InvalidRecord as exc:
            messages: dict[str, str] = {}
            for e in exc.errors:
                messages[e.column] = "; ".join(filter(None, [messages.get(e.column),
                                                              e.message]))
            self.show_errors(messages)
            first = next((name for name in self.FIELDS if name in messages), None)
            focus = {"code": self.code_edit, "meaning": self.meaning_edit,
                     "category": self.category_combo, "present": self.present_check,
                     "onsite": self.onsite_check, "band_from": self.band_from_edit,
                     "band_to": self.band_to_edit}.get(first)
            if focus is not None:
                focus.setFocus()
            return False
        except Exception as exc:  # noqa: BLE001 - reported in the one place
            runner.report_exception(self, exc)
            return False
        self.show_errors({})
        self.saved_code = saved
        self.ctx.notify("attendance_codes")
        self.accept()
        return True


# --- the list of codes ------------------------------------------------------------------------

class CodesDialog(QDialog):
    """Every attendance code with Add..., Edit... and Deactivate / Activate."""

    COLUMNS = ("code", "meaning", "category", "present", "onsite", "band", "cut", "active")
    CODE, MEANING, CATEGORY, PRESENT, ONSITE, BAND, CUT, ACTIVE = range(8)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._codes: dict[str, attendance.Code] = {}
        self.setWindowTitle(self.tr("Attendance codes"))
        self.resize(980, 700)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("codes")
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Meaning"), self.tr("Category"), self.tr("Present"),
            self.tr("On site"), self.tr("Band (minutes)"), self.tr("Cut"), self.tr("Active")])
        self.table.setAccessibleName(self.tr("Attendance codes"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column in range(len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.MEANING, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda *_: self.edit_code())

        self.add_button = QPushButton(self.tr("&Add..."))
        self.add_button.setObjectName("add")
        self.edit_button = QPushButton(self.tr("&Edit..."))
        self.edit_button.setObjectName("edit")
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.active_button.setObjectName("active")
        self.add_button.clicked.connect(lambda: self.add_code())
        self.edit_button.clicked.connect(lambda: self.edit_code())
        self.active_button.clicked.connect(lambda: self.toggle_active())
        self.message = ErrorLabel()
        self.message.setObjectName("message")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)

        # Enter in the table edits the code there: no button may take Enter as well
        for button in (self.add_button, self.edit_button, self.active_button,
                       close.button(QDialogButtonBox.StandardButton.Close)):
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(_note(self.tr(
            "A code is never deleted, so that the entries keyed with it stay as they were. "
            "Deactivate a code to stop it being typed; a code used by entries keeps its "
            "category. Late and early bands are given by the times against the working "
            "hours.")))
        layout.addWidget(close)
        self.refresh()

    # --- replaceable interactions ----------------------------------------------------

    def ask(self, title: str, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Yes"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("No"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def open_edit_dialog(self, dialog: CodeEditDialog) -> bool:
        """Show the form; True when it saved."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    # --- the table ---------------------------------------------------------------------

    def codes(self) -> list[attendance.Code]:
        """The codes in the order of the table."""
        return sorted_codes(list(self._codes.values()))

    def refresh(self, select: str | None = None) -> None:
        select = select or self.selected_code()
        self._codes = {c.code: c for c in attendance.list_codes(self.ctx.db)}
        codes = self.codes()
        yes = self.tr("Yes")
        self.table.setRowCount(len(codes))
        current = -1
        for i, c in enumerate(codes):
            banded = c.category in BANDED
            cells = [c.code, c.meaning, category_name(c.category),
                     yes if c.present else "", yes if c.onsite else "", band_text(c),
                     f"{c.cut_percent:g} %" if banded and c.cut_percent else "",
                     yes if c.active else self.tr("No (inactive)")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(CODE_ROLE, c.code)
                if column == self.MEANING:
                    item.setToolTip(plain_tip(text))  # a tool tip may render HTML
                if column in (self.PRESENT, self.ONSITE, self.BAND, self.CUT, self.ACTIVE):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not c.active:
                    item.setForeground(QBrush(INACTIVE_TEXT))
                self.table.setItem(i, column, item)
            if c.code == select:
                current = i
        if current >= 0:
            self.table.selectRow(current)
        else:
            self.table.clearSelection()
        self._update_buttons()

    def selected_code(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(CODE_ROLE) if items else None

    def select_code(self, code: str) -> bool:
        for i in range(self.table.rowCount()):
            if self.table.item(i, self.CODE).data(CODE_ROLE) == code:
                self.table.selectRow(i)
                self.table.setCurrentCell(i, self.CODE)
                return True
        return False

    def row_texts(self, code: str) -> list[str]:
        """What the table shows for *code* (for tests and scripts)."""
        for i in range(self.table.rowCount()):
            if self.table.item(i, self.CODE).data(CODE_ROLE) == code:
                return [self.table.item(i, c).text() for c in range(self.table.columnCount())]
        return []

    def _update_buttons(self) -> None:
        code = self._codes.get(self.selected_code() or "")
        self.edit_button.setEnabled(code is not None)
        self.active_button.setEnabled(code is not None)
        if code is not None and not code.active:
            self.active_button.setText(self.tr("Ac&tivate"))
            self.active_button.setToolTip(self.tr("Let the code be typed again"))
        else:
            self.active_button.setText(self.tr("&Deactivate"))
            self.active_button.setToolTip(self.tr("Stop the code being typed; the entries "
                                                  "keyed with it stay"))

    # --- actions -----------------------------------------------------------------------

    def add_code(self) -> attendance.Code | None:
        return self._edit(None)

    def edit_code(self) -> attendance.Code | None:
        code = self._codes.get(self.selected_code() or "")
        if code is None:
            return None
        return self._edit(code)

    def _edit(self, code: attendance.Code | None) -> attendance.Code | None:
        dialog = CodeEditDialog(self.ctx, code, self)
        try:
            if not self.open_edit_dialog(dialog) or dialog.saved_code is None:
                return None
            saved = dialog.saved_code
        finally:
            dialog.deleteLater()
        self.message.set_message("")
        self.refresh(saved.code)
        return saved

    def toggle_active(self) -> bool:
        code = self._codes.get(self.selected_code() or "")
        if code is None:
            return False
        if code.active:
            question = self.tr("Deactivate {code} ({meaning})? It can no longer be typed; "
                               "the entries keyed with it stay.").format(
                code=code.code, meaning=code.meaning)
            if code.code in attendance.EXPECTED_OF_MODE.values():
                question += "\n\n" + self.tr("The roster's expectation uses {code}: days "
                                             "that expect it must be typed by hand.").format(
                    code=code.code)
            if not self.ask(self.tr("Deactivate code"), question):
                return False
        try:
            attendance.set_code_active(self.ctx.db, code.code, not code.active)
        except InvalidRecord as exc:
            self.message.set_message("\n".join(f"{code.code}: {e.message}"
                                               for e in exc.errors))
            return False
        except Exception as exc:  # noqa: BLE001 - reported in the one place
            runner.report_exception(self, exc)
            return False
        self.message.set_message("")
        self.ctx.notify("attendance_codes")
        self.refresh(code.code)
        return True


# --- working hours ---------------------------------------------------------------------------

class WorkingHoursDialog(QDialog):
    """Start, end and break of each weekday; a day that is not a working day has no hours
    (and no late or early measure).  :meth:`save` stores them through the core."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.saved_hours: dict | None = None
        self.setWindowTitle(self.tr("Working hours"))
        self.day_checks: dict[str, QCheckBox] = {}
        self.edits: dict[str, dict[str, QLineEdit]] = {}
        self.errors: dict[str, ErrorLabel] = {}

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        heads = [self.tr("Working day"), self.tr("Start"), self.tr("End"),
                 self.tr("Break from"), self.tr("Break until")]
        for column, text in enumerate(heads):
            label = QLabel(text)
            label.setStyleSheet("font-weight: bold;")
            grid.addWidget(label, 0, column)
        hint = self.tr("HH:MM")
        row = 1
        for day in WEEKDAYS:
            check = QCheckBox(weekday_name(day))
            check.setObjectName(day)
            check.toggled.connect(lambda on, d=day: self._day_toggled(d, on))
            self.day_checks[day] = check
            grid.addWidget(check, row, 0)
            self.edits[day] = {}
            for column, name in enumerate(HOUR_FIELDS, start=1):
                edit = QLineEdit()
                edit.setObjectName(f"{day}_{name}")
                edit.setMaxLength(5)
                edit.setPlaceholderText(hint)
                edit.setFixedWidth(self.fontMetrics().horizontalAdvance("00:00") + 40)
                edit.setAccessibleName(f"{weekday_name(day)} {heads[column]}")
                self.edits[day][name] = edit
                grid.addWidget(edit, row, column)
            error = ErrorLabel()
            error.setObjectName(f"{day}_error")
            self.errors[day] = error
            grid.addWidget(error, row + 1, 1, 1, len(HOUR_FIELDS))
            row += 2
        grid.setColumnStretch(len(HOUR_FIELDS) + 1, 1)

        self.central_button = QPushButton(self.tr("&Central rule"))
        self.central_button.setToolTip(self.tr("Monday-Thursday 07:30-16:00 (break "
                                               "12:00-13:00), Friday 07:30-16:30 (break "
                                               "11:30-13:00)"))
        self.central_button.setAutoDefault(False)
        self.central_button.clicked.connect(self.fill_central_rule)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.addButton(self.central_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(_note(self.tr(
            "Late arrival and early leave are measured against these hours when an entry "
            "is keyed; entries keyed before a change keep their measure. Which dates are "
            "working days is set by the policy (SE) and the holiday calendar.")))
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.load(attendance.working_hours(ctx.db))

    def load(self, hours: dict) -> None:
        """Fill the rows from ``working_hours`` (day -> DayHours) or from the core's
        ``{"start": "07:30", ...}`` dicts."""
        for day in WEEKDAYS:
            h = hours.get(day)
            if isinstance(h, attendance.DayHours):
                values = {"start": hhmm(h.start), "end": hhmm(h.end),
                          "break_start": hhmm(h.break_start), "break_end": hhmm(h.break_end)}
            else:
                values = {name: (h or {}).get(name, "") for name in HOUR_FIELDS}
            for name, edit in self.edits[day].items():
                edit.setText(values[name] if h else "")
            self.day_checks[day].blockSignals(True)
            self.day_checks[day].setChecked(bool(h))
            self.day_checks[day].blockSignals(False)
            self._enable(day, bool(h))
            self.errors[day].set_message("")

    def fill_central_rule(self) -> None:
        self.load(attendance.DEFAULT_HOURS)

    def _enable(self, day: str, on: bool) -> None:
        for edit in self.edits[day].values():
            edit.setEnabled(on)

    def _day_toggled(self, day: str, on: bool) -> None:
        self._enable(day, on)
        edits = self.edits[day]
        if on and not edits["start"].text() and not edits["end"].text():
            # a day switched on starts with the hours of the nearest working day above it
            before = WEEKDAYS[:WEEKDAYS.index(day)]
            source = next((d for d in reversed(before) if self.day_checks[d].isChecked()),
                          None)
            for name, edit in edits.items():
                edit.setText(self.edits[source][name].text() if source else
                             {"start": "07:30", "end": "16:00"}.get(name, ""))
        if not on:
            self.errors[day].set_message("")

    def values(self) -> dict[str, dict | None]:
        """The form as the argument of ``set_working_hours``."""
        return {day: ({name: edit.text() for name, edit in self.edits[day].items()}
                      if self.day_checks[day].isChecked() else None)
                for day in WEEKDAYS}

    def error_text(self, day: str) -> str:
        label = self.errors[day]
        return label.text() if not label.isHidden() else ""

    def save(self) -> bool:
        try:
            stored = attendance.set_working_hours(self.ctx.db, self.values())
        except InvalidRecord as exc:
            messages: dict[str, str] = {}
            for e in exc.errors:
                messages[e.column] = "; ".join(filter(None, [messages.get(e.column),
                                                              e.message]))
            for day, label in self.errors.items():
                label.set_message(messages.get(day, ""))
            first = next((d for d in WEEKDAYS if d in messages), None)
            if first is not None:
                self.edits[first]["start"].setFocus()
            self.layout().activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
            return False
        except Exception as exc:  # noqa: BLE001 - reported in the one place
            runner.report_exception(self, exc)
            return False
        self.saved_hours = stored
        self.ctx.notify("attendance_hours")
        self.accept()
        return True
