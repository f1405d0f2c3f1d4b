"""Importing staff from a CSV or XLSX file, with a preview before anything is written.

The file is read and matched to the register (:func:`wfh_desktop.register.plan_staff`) on
a worker thread; the dialog shows every row with what would happen to it.  Import writes
the plan (:func:`wfh_desktop.register.apply_staff_plan`) only when no row is rejected, or
when the clerk chose to skip the rejected rows; Cancel writes nothing.
"""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from wfh_desktop import register
from wfh_desktop.staff import STAFF_FILE
from wfh_desktop.tabular import read_table

from . import runner

ERROR_BACKGROUND = QColor(253, 226, 226)
ERROR_FOREGROUND = QColor(140, 0, 20)
STATUS_ORDER = {"error": 0, "new": 1, "update": 2, "unchanged": 3}


class PlanModel(QAbstractTableModel):
    """The rows of an import plan (:class:`wfh_desktop.register.PlannedRow`)."""

    COL_ROW, COL_STATUS, COL_NAME, COL_ID, COL_MESSAGE = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._headers = [self.tr("Row"), self.tr("Result"), self.tr("Name"),
                         self.tr("NIP / NIK"), self.tr("Problem")]
        self._status = {"new": self.tr("New"), "update": self.tr("Update"),
                        "unchanged": self.tr("Unchanged"), "error": self.tr("Rejected")}

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def planned_row(self, row: int):
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 5):
            return self._headers[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_ROW:
                return str(p.row)
            if col == self.COL_STATUS:
                return self._status.get(p.status, p.status)
            if col == self.COL_NAME:
                return p.name
            if col == self.COL_ID:
                return p.identifier
            return p.message
        if role == Qt.ItemDataRole.BackgroundRole and p.status == "error":
            return ERROR_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and p.status == "error":
            return ERROR_FOREGROUND
        if role == Qt.ItemDataRole.ToolTipRole and p.message:
            return "<qt>" + html.escape(p.message) + "</qt>"
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _plain_label(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


class ImportDialog(QDialog):
    """``ImportDialog(ctx, path)`` reads *path* and previews the import.

    ``loaded(ok)`` is emitted when the preview is ready (``ok``) or the file could not be
    read; ``task`` is the running :class:`ui.runner.Task` (reading, then writing).
    """

    loaded = Signal(bool)

    FILTERS = ("all", "error", "new", "update", "unchanged")

    def __init__(self, ctx, path, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.path = str(path)
        self.table_data = None
        self.plan = None
        self.file_error: str | None = None
        self.rejects_saved_to: str | None = None
        self.task: runner.Task | None = None
        self.busy = True
        self.setWindowTitle(self.tr("Import staff - {file}").format(file=Path(path).name))

        self.file_label = _plain_label(self.tr("File: {path}").format(path=self.path))
        self.counts_label = _plain_label(self.tr("Reading the file..."))
        self.counts_label.setObjectName("counts")
        self.ignored_label = _plain_label("", "color: #555555;")
        self.ignored_label.setObjectName("ignored")
        self.ignored_label.hide()
        self.error_label = _plain_label("", "color: #b00020; font-weight: bold;")
        self.error_label.setObjectName("file_error")
        self.error_label.hide()

        self.show_combo = QComboBox()
        for key, text in zip(self.FILTERS, (self.tr("All rows"), self.tr("Rejected rows"),
                                            self.tr("New"), self.tr("Updates"),
                                            self.tr("Unchanged"))):
            self.show_combo.addItem(text, key)
        self.show_combo.currentIndexChanged.connect(self._fill_rows)
        self.model = PlanModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        for col, width in ((PlanModel.COL_ROW, 55), (PlanModel.COL_STATUS, 95),
                           (PlanModel.COL_NAME, 230), (PlanModel.COL_ID, 170)):
            self.view.setColumnWidth(col, width)
        header.setStretchLastSection(True)

        self.skip_check = QCheckBox(self.tr("Skip rejected rows and import the others"))
        self.skip_check.setEnabled(False)
        self.skip_check.toggled.connect(self._update_state)
        self.save_rejects_button = QPushButton(self.tr("Save rejected rows..."))
        self.save_rejects_button.setEnabled(False)
        self.save_rejects_button.clicked.connect(self.save_rejects)
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

        top = QHBoxLayout()
        top.addWidget(self.counts_label, 1)
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.show_combo)
        options = QHBoxLayout()
        options.addWidget(self.skip_check)
        options.addStretch(1)
        options.addWidget(self.save_rejects_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.error_label)
        layout.addLayout(top)
        layout.addWidget(self.ignored_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(options)
        layout.addWidget(self.advice_label)
        layout.addWidget(self.buttons)
        self.resize(960, 600)
        self.load()

    # --- reading -------------------------------------------------------------------
    def load(self) -> None:
        path = self.path

        def read(db):
            table = read_table(path, STAFF_FILE)
            return table, register.plan_staff(db, table)

        self.busy = True
        self.task = runner.run_in_background(
            self, self.ctx, self.tr("Reading {file}...").format(file=Path(path).name), read,
            on_done=self._show_plan, changes=(), on_error=self._load_failed)

    def _load_failed(self, exc) -> None:
        self.busy = False
        self.file_error = runner.error_text(exc)
        self.error_label.setText(self.file_error)
        self.error_label.show()
        self.counts_label.setText(self.tr("The file cannot be imported."))
        self._update_state()
        self.loaded.emit(False)

    def _show_plan(self, result) -> None:
        self.busy = False
        self.table_data, self.plan = result
        report = self.plan.report
        rejected = len(report.rejected_rows)
        self.counts_label.setText(self.tr(
            "{rows} rows: {new} new, {updated} to update, {unchanged} unchanged, "
            "{rejected} rejected").format(rows=len(self.plan.rows), new=report.inserted,
                                          updated=report.updated, unchanged=report.unchanged,
                                          rejected=rejected))
        if report.ignored_columns:
            self.ignored_label.setText(self.tr("Columns not used: {columns}").format(
                columns=", ".join(report.ignored_columns)))
            self.ignored_label.show()
        if rejected:
            self.show_combo.setCurrentIndex(self.FILTERS.index("error"))
        self._fill_rows()
        self._update_state()
        self.loaded.emit(True)

    def _fill_rows(self) -> None:
        if self.plan is None:
            return
        show = self.show_combo.currentData()
        rows = self.plan.rows if show == "all" else [
            p for p in self.plan.rows if p.status == show]
        rows = sorted(rows, key=lambda p: (STATUS_ORDER.get(p.status, 9), p.row))
        self.model.set_rows(rows)

    # --- state ---------------------------------------------------------------------
    def rejected_count(self) -> int:
        return len(self.plan.report.rejected_rows) if self.plan else 0

    def to_write(self) -> int:
        return len(self.plan.inserts) + len(self.plan.updates) if self.plan else 0

    def _update_state(self) -> None:
        rejected = self.rejected_count()
        ready = self.plan is not None and not self.busy
        self.skip_check.setEnabled(ready and rejected > 0 and self.to_write() > 0)
        self.save_rejects_button.setEnabled(ready and rejected > 0)
        self.show_combo.setEnabled(self.plan is not None)
        self.cancel_button.setEnabled(not (self.busy and self.plan is not None))
        can = ready and self.to_write() > 0 and (rejected == 0 or self.skip_check.isChecked())
        self.import_button.setEnabled(can)
        if self.file_error:
            advice = self.tr("Nothing was written. Check the file and try again.")
        elif self.plan is None:
            advice = ""
        elif rejected and self.to_write() == 0:
            advice = self.tr("Every row is rejected; nothing can be imported. Fix the file "
                             "and import it again.")
        elif rejected and not self.skip_check.isChecked():
            advice = self.tr("{count} rows are rejected, so nothing will be written. Fix the "
                             "file and import it again, or skip the rejected rows.").format(
                                 count=rejected)
        elif self.to_write() == 0:
            advice = self.tr("Nothing to change: every row matches the register.")
        elif rejected:
            advice = self.tr("{count} rows will be written; the {rejected} rejected rows are "
                             "left out.").format(count=self.to_write(), rejected=rejected)
        else:
            advice = self.tr("{count} rows will be written.").format(count=self.to_write())
        self.advice_label.setText(advice)

    # --- writing -------------------------------------------------------------------
    def start_import(self) -> runner.Task | None:
        if not self.import_button.isEnabled():
            return None
        plan = self.plan
        self.busy = True
        self._update_state()
        self.task = runner.run_in_background(
            self, self.ctx, self.tr("Importing staff..."),
            lambda db: register.apply_staff_plan(db, plan), on_done=self._imported,
            changes=("staff",), on_error=self._import_failed)
        return self.task

    def _import_failed(self, exc) -> None:
        self.busy = False
        self._update_state()
        self.show_error(runner.error_text(exc))

    def _imported(self, _result) -> None:
        self.busy = False
        rejected = self.rejected_count()
        if rejected and not self.rejects_saved_to and self.ask(self.tr(
                "{count} rejected rows were not imported. Save them to a file with the "
                "reason, to fix them and import them again?").format(count=rejected)):
            self.save_rejects()
        self.accept()

    def save_rejects(self) -> bool:
        if not self.plan or not self.rejected_count():
            return False
        path = self.choose_save_file()
        if not path:
            return False
        if Path(path).suffix.lower() not in (".csv", ".xlsx"):
            path = str(Path(path).with_suffix(".csv"))
        table, report = self.table_data, self.plan.report
        ok, _ = runner.run_now(self, self.ctx,
                               lambda _db: register.write_rejects(table, report, path),
                               changes=())
        if ok:
            self.rejects_saved_to = path
        return ok

    # --- what tests replace ----------------------------------------------------------
    def ask(self, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import staff"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Yes"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("No"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def choose_save_file(self) -> str | None:
        start = Path(self.path)
        suggestion = start.with_name(f"{start.stem}-ditolak.csv")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save rejected rows"),
                                              str(suggestion),
                                              self.tr("CSV files (*.csv);;Excel files (*.xlsx)"))
        if path:
            QSettings().setValue("staff/last_dir", str(Path(path).parent))
        return path or None

    def show_error(self, text: str) -> None:
        runner.report_error(self, text)

    def reject(self) -> None:
        if self.busy and self.plan is not None:
            return  # writing: the transaction finishes (or fails) first
        super().reject()
