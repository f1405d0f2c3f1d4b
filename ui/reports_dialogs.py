"""Dialogs and widgets of the daily reports page.

:class:`StaffPicker` finds a staff member as you type (the core filters:
:meth:`wfh_desktop.register.StaffList.query`), a sender's candidates first.
:class:`NoteDialog` asks for the supervisor's note (a returned report needs one).
:class:`AddReportDialog` types in a report (:func:`wfh_desktop.reports.add_report`).
:class:`FormDialog` chooses a printed form (daily, blank, weekly, monthly), its paper and
file; :class:`ExportDialog` the period, scope and file of a report export.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wfh_desktop import reports as rep
from wfh_desktop.reports import MAX_TEXT, ReportError

from . import runner
from .reports_model import (
    CHANNEL_KEYS,
    P_COL_NAME,
    P_COL_NIP,
    P_COL_POSITION,
    P_COL_UNIT,
    StaffPickModel,
    channel_label,
)

SETTINGS_DIR = "reports/last_dir"
SETTINGS_PAPER = "reports/paper"
SETTINGS_CHANNEL = "reports/channel"
MAX_NOTE = 1000

FORM_DAILY, FORM_BLANK, FORM_WEEK, FORM_MONTH = "daily", "blank", "week", "month"


def last_dir() -> str:
    return str(QSettings().value(SETTINGS_DIR, str(Path.home())))


def remember_dir(path: str) -> None:
    QSettings().setValue(SETTINGS_DIR, str(Path(path).parent))


def write_file(path: str, data: bytes) -> None:
    """Write *data* to *path* through a temporary file: a failed write leaves no half
    file behind and an earlier file as it was."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def plain_label(text: str = "", style: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if style:
        label.setStyleSheet(style)
    return label


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


# --- a staff picker ------------------------------------------------------------------------

class PickTable(QTableView):
    """The picker's list; Enter picks the current row."""

    picked = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.currentIndex().isValid():
            self.picked.emit()
            return
        super().keyPressEvent(event)


class StaffPicker(QWidget):
    """A search line over a list of active staff.  Typing filters (every word must occur
    in the name, NIP, NIK, position, unit ...); Down goes from the search to the list; Enter
    or a double click picks (``picked``).  ``set_candidates(ids)`` puts a sender's
    candidates first, in bold."""

    picked = Signal(str)  # staff id
    selection_changed = Signal()

    def __init__(self, staff_list=None, parent=None):
        super().__init__(parent)
        self.staff_list = staff_list
        self._candidates: list[str] = []
        self.search = QLineEdit()
        self.search.setObjectName("staff_search")
        self.search.setPlaceholderText(self.tr("Search: name, NIP, unit, position..."))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search staff"))
        self.search.setAcceptDrops(False)
        self.search.textChanged.connect(lambda _t: self.refilter())
        self.search.installEventFilter(self)
        self.model = StaffPickModel(self)
        self.table = PickTable()
        self.table.setObjectName("staff_list")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Staff"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 6)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(P_COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(P_COL_POSITION, QHeaderView.ResizeMode.Stretch)
        fm = self.fontMetrics()
        self.table.setColumnWidth(P_COL_NIP, fm.horizontalAdvance("19860926 201505 1 001") + 14)
        self.table.setColumnWidth(P_COL_UNIT, fm.horizontalAdvance("DIKBUD-SEK-UMPEG") + 14)
        self.table.picked.connect(self._pick_current)
        self.table.doubleClicked.connect(lambda _i: self._pick_current())
        self.table.selectionModel().currentChanged.connect(
            lambda *_: self.selection_changed.emit())
        self.count_label = plain_label("", "color: #555555;", wrap=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.count_label)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.refilter()

    def set_staff(self, staff_list) -> None:
        current = self.selected_id()
        self.staff_list = staff_list
        self.refilter(keep=current)

    def set_candidates(self, ids) -> None:
        """Candidates first; the search is cleared and the first candidate selected."""
        self._candidates = list(ids)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refilter()
        if self._candidates and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, P_COL_NAME))
        else:
            self.table.setCurrentIndex(self.model.index(-1, -1))
            self.selection_changed.emit()

    def refilter(self, keep: str | None = None) -> None:
        rows = self.staff_list.query(self.search.text()) if self.staff_list is not None else []
        self.model.set_rows(rows, self._candidates)
        self.count_label.setText(self.tr("{n} staff").format(n=len(self.model.rows())))
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.search.text().strip() and self.model.rowCount():
            row = 0  # typing narrows the list: its first row is ready for Enter
        self.table.setCurrentIndex(self.model.index(row, P_COL_NAME) if row >= 0
                                   else self.model.index(-1, -1))
        self.selection_changed.emit()

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row["id"] if row else None

    def selected_row(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, staff_id: str) -> bool:
        row = self.model.row_of(staff_id)
        if row < 0 and self.search.text():
            self.search.clear()  # refilters
            row = self.model.row_of(staff_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, P_COL_NAME))
        self.table.scrollTo(self.model.index(row, P_COL_NAME),
                            QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        index = self.table.currentIndex()
        if index.isValid():  # a row selected before the list had its size: bring it in view
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _pick_current(self) -> None:
        sid = self.selected_id()
        if sid:
            self.picked.emit(sid)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.table.setCurrentIndex(self.model.index(0, P_COL_NAME))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id():
                self._pick_current()
                return True
        return super().eventFilter(watched, event)


# --- the supervisor's note ---------------------------------------------------------------

class NoteDialog(QDialog):
    """One line of note; with *required* OK stays disabled while it is empty."""

    def __init__(self, title: str, prompt: str, note: str = "", required: bool = False,
                 parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.required = required
        self.prompt_label = plain_label(prompt)
        self.note_edit = QLineEdit(note)
        self.note_edit.setObjectName("note")
        self.note_edit.setMaxLength(MAX_NOTE)
        self.note_edit.setMinimumWidth(420)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.textChanged.connect(self._update_state)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("OK"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(self.tr("Cancel"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        self.hint_label = plain_label(self.tr("A returned report needs a note saying what "
                                              "to fix.") if required else "",
                                      "color: #555555;")
        self.hint_label.setVisible(required)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)
        self._update_state()

    def _update_state(self) -> None:
        self.ok_button.setEnabled(bool(self.note().strip()) or not self.required)

    def note(self) -> str:
        return " ".join(self.note_edit.text().split())

    def accept(self) -> None:
        if self.required and not self.note():
            return
        super().accept()


# --- a report typed in --------------------------------------------------------------------

class AddReportDialog(QDialog):
    """Type in a report from paper (or copy it from a message): staff member, date,
    channel, text.  Numbered or bulleted lines become activities.  ``result_report`` and
    ``changed`` hold what :func:`wfh_desktop.reports.add_report` returned."""

    def __init__(self, ctx, staff_list, day: dt.date, staff_id: str | None = None,
                 parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.result_report = None
        self.changed = False
        self.setWindowTitle(self.tr("Add a daily report"))
        self.picker = StaffPicker(staff_list, self)
        self.picker.selection_changed.connect(self._update_state)
        self.picker.picked.connect(lambda _sid: self.date_edit.setFocus())
        self.date_edit = date_edit(day)
        self.date_edit.setObjectName("date")
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("channel")
        for key in CHANNEL_KEYS:
            self.channel_combo.addItem(channel_label(key), key)
        i = self.channel_combo.findData(QSettings().value(SETTINGS_CHANNEL, "paper"))
        self.channel_combo.setCurrentIndex(max(i, 0))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("text")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr(
            "Laporan kinerja harian\n1. Menyusun laporan keuangan (3 dokumen)\n"
            "2. Rapat koordinasi via Zoom (2 jam)"))
        self.text_edit.textChanged.connect(self._update_state)
        self.error_label = plain_label("", "color: #b00020; font-weight: bold;")
        self.error_label.setObjectName("errors")
        self.error_label.hide()

        form = QFormLayout()
        staff_label = QLabel(self.tr("&Staff member:"))
        staff_label.setBuddy(self.picker.search)
        form.addRow(staff_label, self.picker)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Channel:"), self.channel_combo)
        text_label = QLabel(self.tr("&Text:"))
        text_label.setBuddy(self.text_edit)
        form.addRow(text_label, self.text_edit)
        hint = plain_label(self.tr("Numbered or bulleted lines become activities. The same "
                                   "text added twice for a day is recorded once; more text "
                                   "for a day with a report is added to it, and the report "
                                   "waits for verification again."), "color: #555555;")
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save report"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(self.tr("Cancel"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(780, 640)
        if staff_id:
            self.picker.select(staff_id)
        self._update_state()

    def _update_state(self) -> None:
        self.save_button.setEnabled(bool(self.picker.selected_id())
                                    and bool(self.text_edit.toPlainText().strip()))

    def day(self) -> dt.date:
        return self.date_edit.date().toPython()

    def channel(self) -> str:
        return self.channel_combo.currentData()

    def save(self) -> bool:
        staff_id = self.picker.selected_id()
        text = self.text_edit.toPlainText()
        if not staff_id or not text.strip():
            return False
        if len(text.strip()) > MAX_TEXT:
            self._error(self.tr("The report is too long: at most {n} characters.").format(
                n=MAX_TEXT))
            return False
        try:
            report, changed = rep.add_report(self.ctx.db, staff_id, self.day(), text,
                                             self.channel())
        except (ReportError, KeyError) as exc:
            self._error(runner.error_text(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - reported in the one place
            runner.report_exception(self, exc)
            return False
        QSettings().setValue(SETTINGS_CHANNEL, self.channel())
        self.result_report, self.changed = report, changed
        self.accept()
        return True

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


# --- files ----------------------------------------------------------------------------------

class _FileDialog(QDialog):
    """A dialog that ends with a file to write: its path line and Choose... button.  (Its
    own texts are translated in the context ``ReportFileDialog``: ``self.tr`` would look
    them up under the name of the subclass.)"""

    filters = ""

    def _file_row(self, path: str) -> QHBoxLayout:
        self.path_edit = QLineEdit(path)
        self.path_edit.setObjectName("path")
        self.path_edit.textEdited.connect(self._path_typed)
        self.path_edit.textChanged.connect(lambda _t: self._update_state())
        self._path_touched = False
        browse = QPushButton(QCoreApplication.translate("ReportFileDialog", "C&hoose..."))
        browse.setObjectName("choose")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        return row

    def _path_typed(self, _text: str) -> None:
        self._path_touched = True

    def suggest(self, name: str) -> None:
        """Show *name* in the last folder, unless the clerk typed or chose a path."""
        if not self._path_touched:
            folder = Path(self.path_edit.text()).parent if self.path_edit.text() else \
                Path(last_dir())
            self.path_edit.setText(str(folder / name))

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path_edit.text(),
                                              self.filters)
        if path:
            self._path_touched = True
            self.path_edit.setText(path)

    def _update_state(self) -> None:
        self.ok_button.setEnabled(bool(self.path_edit.text().strip()))

    def _buttons(self, ok_text: str) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QCoreApplication.translate("ReportFileDialog", "Cancel"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        return self.buttons


class FormDialog(_FileDialog):
    """What to print: the daily form of a staff member and day (or a blank one to fill in
    by hand), or their weekly or monthly report; paper size; the PDF file."""

    def __init__(self, staff_list, day: dt.date, staff_id: str | None = None,
                 kind: str = FORM_DAILY, parent=None):
        super().__init__(parent)
        self.filters = self.tr("PDF files (*.pdf)")
        self.setWindowTitle(self.tr("Print a report form"))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind")
        for key, text in ((FORM_DAILY, self.tr("Daily form with the report")),
                          (FORM_BLANK, self.tr("Blank daily form (to fill in by hand)")),
                          (FORM_WEEK, self.tr("Weekly report (the week of the date)")),
                          (FORM_MONTH, self.tr("Monthly report (the month of the date)"))):
            self.kind_combo.addItem(text, key)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self.picker = StaffPicker(staff_list, self)
        self.picker.setMinimumHeight(220)
        self.date_edit = date_edit(day)
        self.date_edit.setObjectName("date")
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("paper")
        self.paper_combo.addItem(self.tr("A4 (210 x 297 mm)"), "A4")
        self.paper_combo.addItem(self.tr("F4 (215 x 330 mm)"), "F4")
        i = self.paper_combo.findData(QSettings().value(SETTINGS_PAPER, "A4"))
        self.paper_combo.setCurrentIndex(max(i, 0))
        self.period_label = plain_label("", "color: #555555;")
        file_row = self._file_row(str(Path(last_dir()) / "laporan.pdf"))

        form = QFormLayout()
        form.addRow(self.tr("&Form:"), self.kind_combo)
        staff_label = QLabel(self.tr("&Staff member:"))
        staff_label.setBuddy(self.picker.search)
        form.addRow(staff_label, self.picker)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow("", self.period_label)
        form.addRow(self.tr("&Paper:"), self.paper_combo)
        file_label = QLabel(self.tr("F&ile:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self._buttons(self.tr("Print to PDF")))
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._refresh())
        self.date_edit.dateChanged.connect(lambda _d: self._refresh())
        self.picker.selection_changed.connect(self._refresh)
        if staff_id:
            self.picker.select(staff_id)
        self.resize(780, 580)
        self._refresh()

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def staff_id(self) -> str | None:
        return self.picker.selected_id()

    def day(self) -> dt.date:
        return self.date_edit.date().toPython()

    def paper(self) -> str:
        return self.paper_combo.currentData()

    def period(self) -> tuple[dt.date, dt.date]:
        """The days the form covers."""
        day = self.day()
        if self.kind() == FORM_WEEK:
            return rep.week_of(day)
        if self.kind() == FORM_MONTH:
            return rep.month_of(f"{day.year:04d}-{day.month:02d}")
        return day, day

    def path(self) -> str:
        path = Path(self.path_edit.text().strip())
        return str(path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"))

    def _refresh(self) -> None:
        start, end = self.period()
        self.period_label.setVisible(start != end)
        if start == end:
            self.period_label.setText("")
        else:
            self.period_label.setText(self.tr("From {start} to {end}").format(
                start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}"))
        row = self.picker.selected_row()
        who = (row.get("nip") or row.get("nik") or "pegawai") if row else "pegawai"
        kind = self.kind()
        if kind == FORM_MONTH:
            when = f"{start:%Y-%m}"
        elif kind == FORM_WEEK:
            when = f"{start.isoformat()}_{end.isoformat()}"
        else:
            when = start.isoformat()
        prefix = {FORM_DAILY: "laporan-harian", FORM_BLANK: "laporan-harian-kosong",
                  FORM_WEEK: "laporan-mingguan", FORM_MONTH: "laporan-bulanan"}[kind]
        self.suggest(f"{prefix}-{who}-{when}.pdf")
        self._update_state()

    def _update_state(self) -> None:
        if hasattr(self, "ok_button"):
            self.ok_button.setEnabled(bool(self.path_edit.text().strip())
                                      and self.staff_id() is not None)

    def accept(self) -> None:
        if self.staff_id() is None or not self.path_edit.text().strip():
            return
        QSettings().setValue(SETTINGS_PAPER, self.paper())
        remember_dir(self.path())
        super().accept()


class ExportDialog(_FileDialog):
    """The reports of a period to CSV or Excel: this unit (with its sub-units) or all."""

    def __init__(self, start: dt.date, end: dt.date, unit_code: str | None,
                 unit_name: str = "", parent=None):
        super().__init__(parent)
        self.filters = self.tr("Excel files (*.xlsx);;CSV files (*.csv)")
        self.setWindowTitle(self.tr("Export daily reports"))
        self.unit_code = unit_code
        self.from_edit = date_edit(start)
        self.from_edit.setObjectName("from")
        self.to_edit = date_edit(end)
        self.to_edit.setObjectName("to")
        self.all_check = QCheckBox(self.tr("&All units"))
        self.all_check.setObjectName("all_units")
        self.scope_label = plain_label(self.tr("{unit} and its sub-units").format(
            unit=unit_name or unit_code) if unit_code else "", wrap=False)
        if not unit_code:
            self.all_check.setChecked(True)
            self.all_check.setEnabled(False)
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("format")
        self.format_combo.addItem(self.tr("Excel (.xlsx)"), ".xlsx")
        self.format_combo.addItem(self.tr("CSV (.csv)"), ".csv")
        self.error_label = plain_label("", "color: #b00020;")
        file_row = self._file_row(str(Path(last_dir()) / "laporan.xlsx"))
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.from_edit)
        form.addRow(self.tr("&To:"), self.to_edit)
        scope = QHBoxLayout()
        scope.addWidget(self.scope_label)
        scope.addSpacing(12)
        scope.addWidget(self.all_check)
        scope.addStretch(1)
        form.addRow(self.tr("Unit:"), scope)
        form.addRow(self.tr("Fo&rmat:"), self.format_combo)
        file_label = QLabel(self.tr("F&ile:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self._buttons(self.tr("Export")))
        for signal in (self.from_edit.dateChanged, self.to_edit.dateChanged):
            signal.connect(lambda _d: self._refresh())
        self.all_check.toggled.connect(lambda _c: self._refresh())
        self.format_combo.currentIndexChanged.connect(lambda _i: self._format_changed())
        self.resize(560, 230)
        self._refresh()

    def start(self) -> dt.date:
        return self.from_edit.date().toPython()

    def end(self) -> dt.date:
        return self.to_edit.date().toPython()

    def unit(self) -> str | None:
        return None if self.all_check.isChecked() else self.unit_code

    def suffix(self) -> str:
        return self.format_combo.currentData()

    def path(self) -> str:
        path = Path(self.path_edit.text().strip())
        if path.suffix.lower() in (".csv", ".xlsx"):
            return str(path)
        return str(path.with_suffix(self.suffix()))

    def _format_changed(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix(self.suffix())))

    def _refresh(self) -> None:
        self.scope_label.setEnabled(not self.all_check.isChecked())
        scope = self.unit() or "semua"
        self.suggest(f"laporan-{scope}-{self.start().isoformat()}-{self.end().isoformat()}"
                     f"{self.suffix()}")
        bad = self.end() < self.start()
        self.error_label.setText(self.tr("The end date is before the start date.")
                                 if bad else "")
        self.error_label.setVisible(bad)
        self._update_state()

    def _update_state(self) -> None:
        if hasattr(self, "ok_button"):
            self.ok_button.setEnabled(bool(self.path_edit.text().strip())
                                      and self.end() >= self.start())

    def accept(self) -> None:
        if self.end() < self.start() or not self.path_edit.text().strip():
            return
        remember_dir(self.path())
        super().accept()
