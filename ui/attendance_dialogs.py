"""Dialogs of the attendance page: a correction of a locked day's entry, the preview of an
attendance import, and the options of a printout.

:class:`CorrectionDialog` calls :func:`wfh_desktop.attendance.correct_entry`: a new version
with a reason and the name of who makes it; the earlier versions stay and are listed.
:class:`AttendanceImportDialog` checks a file with
:func:`wfh_desktop.attendance.plan_attendance` on a worker thread and lists every bad row
(row, column, message); Import is possible only when no row is bad, and writes through
:func:`wfh_desktop.attendance.import_attendance` (all rows or none).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from wfh_desktop import attendance
from wfh_desktop.register import ImportRejected
from wfh_desktop.settings import format_date_id
from wfh_desktop.staff import InvalidRecord
from wfh_desktop.tabular import read_table

from . import runner
from .attendance_model import (
    ERROR_BACKGROUND,
    ERROR_TEXT,
    person_ident,
    plain_tip,
    source_label,
    version_line,
)

SETTINGS_PAPER = "attendance/paper"
SETTINGS_LANDSCAPE = "attendance/landscape"
SETTINGS_DIR = "attendance/last_dir"


def _plain_label(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


def last_dir() -> str:
    return str(QSettings().value(SETTINGS_DIR, str(Path.home())))


def remember_dir(path: str) -> None:
    QSettings().setValue(SETTINGS_DIR, str(Path(path).parent))


# --- correction -----------------------------------------------------------------------------

class CorrectionDialog(QDialog):
    """Correct one staff member's entry of a day (allowed on a locked day or closed month).

    ``result_entry`` holds the new version after :meth:`save` succeeded."""

    corrected = Signal(dict)

    def __init__(self, ctx, day: dt.date, row, codes, by: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.day = day
        self.row = row
        self.result_entry: dict | None = None
        self.setWindowTitle(self.tr("Correct an entry - {name}").format(name=row.name))

        ident = person_ident(row.nip, row.nik)
        who = f"{row.name} ({ident})" if ident else row.name
        self.who_label = _plain_label(f"{who}\n{format_date_id(day)}", "font-weight: bold;")
        entry = row.entry
        if entry is None:
            now = self.tr("Not keyed yet; the roster expects {code}.").format(
                code=row.expected or "-")
        else:
            status = entry["status"]
            if entry["time_in"] or entry["time_out"]:
                status += f" {entry['time_in'] or '--:--'}-{entry['time_out'] or '--:--'}"
            now = self.tr("Now: {status}, keyed by {who} ({source})").format(
                status=status, who=entry["keyed_by"] or "-",
                source=source_label(entry["source"]))
        self.current_label = _plain_label(now)
        self.history = QListWidget()
        self.history.setObjectName("history")
        self.history.setAccessibleName(self.tr("Every version of this entry"))
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setWordWrap(True)
        self.history.setMaximumHeight(120)
        for v in attendance.entry_history(ctx.db, row.staff_id, day):
            self.history.addItem(version_line(v))
        if not self.history.count():
            self.history.addItem(self.tr("No version keyed yet."))

        current = entry["status"] if entry else (row.expected or "")
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("status")
        for c in codes:
            self.status_combo.addItem(f"{c.code} - {c.meaning}", c.code)
        i = self.status_combo.findData(current)
        self.status_combo.setCurrentIndex(max(i, 0))
        self.time_in_edit = QLineEdit(entry["time_in"] or "" if entry else "")
        self.time_in_edit.setPlaceholderText(self.tr("for example 07:30"))
        self.time_out_edit = QLineEdit(entry["time_out"] or "" if entry else "")
        self.time_out_edit.setPlaceholderText(self.tr("for example 16:00"))
        self.note_edit = QLineEdit(entry["note"] or "" if entry else "")
        self.note_edit.setMaxLength(attendance.MAX_NOTE)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setPlaceholderText(self.tr("Why the entry is corrected (required)"))
        self.by_edit = QLineEdit(by)
        self.by_edit.setObjectName("by")
        self.error_label = _plain_label("", "color: #b00020;")
        self.error_label.setObjectName("errors")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("New &status:"), self.status_combo)
        form.addRow(self.tr("Time &in:"), self.time_in_edit)
        form.addRow(self.tr("Time &out:"), self.time_out_edit)
        form.addRow(self.tr("&Note:"), self.note_edit)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        form.addRow(self.tr("Corrected &by:"), self.by_edit)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save correction"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(self.tr("Cancel"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.who_label)
        layout.addWidget(self.current_label)
        layout.addWidget(_plain_label(self.tr("Versions so far (a correction never replaces "
                                              "them):")))
        layout.addWidget(self.history)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(640, 480)
        self.reason_edit.setFocus()

    def field_label(self, column: str) -> str:
        return {
            "status": self.tr("Status"), "time_in": self.tr("Time in"),
            "time_out": self.tr("Time out"), "note": self.tr("Note"),
            "reason": self.tr("Reason"), "by": self.tr("Corrected by"),
            "date": self.tr("Date"), "staff": self.tr("Staff member"),
        }.get(column, column)

    def save(self) -> bool:
        """Write the correction; on bad values list them here and keep the dialog open."""
        try:
            entry = attendance.correct_entry(
                self.ctx.db, self.row.staff_id, self.day, self.status_combo.currentData(),
                self.time_in_edit.text(), self.time_out_edit.text(),
                reason=self.reason_edit.text(), by=self.by_edit.text(),
                note=self.note_edit.text())
        except InvalidRecord as exc:
            self.error_label.setText("\n".join(f"{self.field_label(e.column)}: {e.message}"
                                               for e in exc.errors))
            self.error_label.show()
            return False
        except Exception as exc:  # noqa: BLE001 - shown in the one place
            runner.report_exception(self, exc)
            return False
        self.result_entry = entry
        self.ctx.notify("attendance")
        self.corrected.emit(entry)
        self.accept()
        return True


# --- import preview ---------------------------------------------------------------------------

class ErrorModel(QAbstractTableModel):
    """The bad rows of an attendance file: row, column, message."""

    COL_ROW, COL_COLUMN, COL_MESSAGE = range(3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._errors: list = []
        self._headers = [self.tr("Row"), self.tr("Column"), self.tr("Problem")]

    def set_errors(self, errors: list) -> None:
        self.beginResetModel()
        self._errors = list(errors)
        self.endResetModel()

    def error_at(self, row: int):
        return self._errors[row] if 0 <= row < len(self._errors) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._errors)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 3):
            return self._headers[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self._errors[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_ROW:
                return "" if e.row is None else str(e.row)
            if col == self.COL_COLUMN:
                return e.column or ""
            return e.message
        if role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            return ERROR_TEXT
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_MESSAGE:
            return plain_tip(e.message)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AttendanceImportDialog(QDialog):
    """``AttendanceImportDialog(ctx, path, source=, by=)`` checks *path* and previews the
    import; ``loaded(ok)`` when the check is done (False: the file could not be read)."""

    loaded = Signal(bool)

    def __init__(self, ctx, path, source: str = "paper", by: str = "", parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.path = str(path)
        self.source = source
        self.by = by
        self.report = None
        self.file_error: str | None = None
        self.task: runner.Task | None = None
        self.busy = True
        self.setWindowTitle(self.tr("Import attendance - {file}").format(
            file=Path(self.path).name))

        self.file_label = _plain_label(self.tr("File: {path}").format(path=self.path))
        self.counts_label = _plain_label(self.tr("Checking the file..."))
        self.counts_label.setObjectName("counts")
        self.ignored_label = _plain_label("", "color: #555555;")
        self.ignored_label.hide()
        self.error_label = _plain_label("", "color: #b00020; font-weight: bold;")
        self.error_label.setObjectName("file_error")
        self.error_label.hide()
        self.model = ErrorModel(self)
        self.view = QTableView()
        self.view.setObjectName("errors")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setColumnWidth(ErrorModel.COL_ROW, 60)
        self.view.setColumnWidth(ErrorModel.COL_COLUMN, 130)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.advice_label = _plain_label()
        self.advice_label.setObjectName("advice")

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.ignored_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.advice_label)
        layout.addWidget(self.buttons)
        self.resize(820, 520)
        self.load()

    # --- checking --------------------------------------------------------------------
    def load(self) -> None:
        path, source = self.path, self.source

        def check(db):
            table = read_table(path, attendance.ATTENDANCE_FILE)
            _records, report = attendance.plan_attendance(db, table, source=source)
            return report

        self.busy = True
        self.task = runner.run_in_background(
            self, self.ctx, self.tr("Checking {file}...").format(file=Path(path).name), check,
            on_done=self._show_report, changes=(), on_error=self._load_failed)

    def _load_failed(self, exc) -> None:
        self.busy = False
        self.file_error = runner.error_text(exc)
        self.error_label.setText(self.file_error)
        self.error_label.show()
        self.counts_label.setText(self.tr("The file cannot be imported."))
        self._update_state()
        self.loaded.emit(False)

    def _show_report(self, report) -> None:
        self.busy = False
        self.report = report
        bad_rows = len({e.row for e in report.errors})
        self.counts_label.setText(self.tr(
            "{new} new entries, {changed} changed, {unchanged} unchanged; {bad} rows with "
            "problems").format(new=report.inserted, changed=report.updated,
                               unchanged=report.unchanged, bad=bad_rows))
        if report.ignored_columns:
            self.ignored_label.setText(self.tr("Columns not used: {columns}").format(
                columns=", ".join(report.ignored_columns)))
            self.ignored_label.show()
        self.model.set_errors(report.errors)
        self._update_state()
        self.loaded.emit(True)

    # --- state -----------------------------------------------------------------------
    def to_write(self) -> int:
        return self.report.inserted + self.report.updated if self.report else 0

    def _update_state(self) -> None:
        ready = self.report is not None and not self.busy
        bad = bool(self.report and self.report.errors)
        self.import_button.setEnabled(ready and not bad and self.to_write() > 0)
        self.cancel_button.setEnabled(not (self.busy and self.report is not None))
        if self.file_error:
            advice = self.tr("Nothing was written. Check the file and try again.")
        elif self.report is None:
            advice = ""
        elif bad:
            advice = self.tr("Nothing will be written while a row has a problem: an "
                             "attendance file is imported whole or not at all. Fix the rows "
                             "listed and import the file again.")
        elif self.to_write() == 0:
            advice = self.tr("Nothing to change: every row is keyed already.")
        else:
            advice = self.tr("{count} entries will be written.").format(count=self.to_write())
        self.advice_label.setText(advice)

    # --- writing ---------------------------------------------------------------------
    def start_import(self) -> runner.Task | None:
        if not self.import_button.isEnabled():
            return None
        path, by, source = self.path, self.by, self.source
        self.busy = True
        self._update_state()
        self.task = runner.run_in_background(
            self, self.ctx, self.tr("Importing attendance..."),
            lambda db: attendance.import_attendance(db, path, by=by, source=source),
            on_done=self._imported, changes=("attendance",), on_error=self._import_failed)
        return self.task

    def _imported(self, report) -> None:
        self.busy = False
        self.report = report
        self.accept()

    def _import_failed(self, exc) -> None:
        self.busy = False
        if isinstance(exc, ImportRejected):  # the file changed since the check
            self._show_report(exc.report)
            return
        self._update_state()
        runner.report_error(self, runner.error_text(exc))

    def reject(self) -> None:
        if self.busy and self.report is not None:
            return  # writing: the transaction finishes (or fails) first
        super().reject()


# --- printing -----------------------------------------------------------------------------

class PrintDialog(QDialog):
    """Paper, orientation (for sheets) and the PDF file to write."""

    def __init__(self, title: str, suggestion: str, orientation: bool = True, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        settings = QSettings()
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("paper")
        self.paper_combo.addItem(self.tr("A4 (210 x 297 mm)"), "A4")
        self.paper_combo.addItem(self.tr("F4 (215 x 330 mm)"), "F4")
        i = self.paper_combo.findData(settings.value(SETTINGS_PAPER, "A4"))
        self.paper_combo.setCurrentIndex(max(i, 0))
        self.orientation_combo = QComboBox()
        self.orientation_combo.setObjectName("orientation")
        self.orientation_combo.addItem(self.tr("Portrait"), False)
        self.orientation_combo.addItem(self.tr("Landscape"), True)
        landscape = str(settings.value(SETTINGS_LANDSCAPE, "false")).lower() == "true"
        self.orientation_combo.setCurrentIndex(1 if landscape else 0)
        self.path_edit = QLineEdit(str(Path(last_dir()) / suggestion))
        self.path_edit.setObjectName("path")
        self.path_edit.textChanged.connect(self._update_state)
        browse = QPushButton(self.tr("C&hoose..."))
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Paper:"), self.paper_combo)
        if orientation:
            form.addRow(self.tr("&Orientation:"), self.orientation_combo)
        else:
            self.orientation_combo.hide()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, file_row)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("Print to PDF"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(self.tr("Cancel"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, 160)
        self._update_state()

    def _update_state(self) -> None:
        self.ok_button.setEnabled(bool(self.path_edit.text().strip()))

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path_edit.text(),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.path_edit.setText(path)

    def paper(self) -> str:
        return self.paper_combo.currentData()

    def landscape(self) -> bool:
        return bool(self.orientation_combo.currentData())

    def path(self) -> str:
        path = Path(self.path_edit.text().strip())
        return str(path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"))

    def accept(self) -> None:
        settings = QSettings()
        settings.setValue(SETTINGS_PAPER, self.paper())
        settings.setValue(SETTINGS_LANDSCAPE, "true" if self.landscape() else "false")
        remember_dir(self.path())
        super().accept()
