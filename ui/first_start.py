"""The first start on an empty database: a demo office, the office's own files, or nothing."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
)

from wfh_desktop import register
from wfh_desktop.tabular import FileError

from . import permissions, runner
from .units_page import MessageListDialog


def database_is_empty(ctx) -> bool:
    counts = register.counts(ctx.db)
    return counts["units"] == 0 and counts["staff"] == 0


def maybe_first_start(ctx, parent=None) -> bool:
    """Offer the first-start choices when the database has no units and no staff.

    Returns True when the dialog was shown.  Whatever it creates is announced through
    ``ctx.notify("units")`` and ``ctx.notify("staff")``.
    """
    if not database_is_empty(ctx):
        return False
    if not (permissions.allowed(ctx, "units") and permissions.allowed(ctx, "staff")):
        return False  # a supervisor or a viewer cannot set the office up: nothing to offer
    FirstStartDialog(ctx, parent).exec()
    return True


def build_demo(db, staff: int, seed: int) -> dict:
    """The demo office, built in *db* (the runner's connection on its worker thread)."""
    from wfh_desktop import demo  # only needed here: kept out of the program's start

    return demo.build_demo(db, staff=staff, seed=seed, force=False)


class FirstStartDialog(QDialog):
    """Three ways to begin: a demo office, import units and staff files, or start empty.

    ``outcome`` says what was done (``"demo"``, ``"import"``, ``"empty"``) once the dialog
    is accepted.  ``demo_finished`` is emitted when the demo is built (or failed: False).
    File choosers and messages (``choose_open_file``, ``ask``, ``show_error``,
    ``show_info``) are replaceable in tests.
    """

    demo_finished = Signal(bool)
    FILE_FILTER = "CSV / Excel (*.csv *.xlsx)"
    DEMO_SEED = 2020

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.outcome: str | None = None
        self.summary = ""
        self._task: runner.Task | None = None
        self.setWindowTitle(self.tr("Welcome to WFH Desktop"))
        self.setMinimumWidth(560)

        title = QLabel(self.tr("Welcome to WFH Desktop"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr("This database holds no units and no staff yet. "
                               "How would you like to start?"))
        intro.setWordWrap(True)
        where = QLabel(self.tr("Database: %1").replace("%1", self.ctx.db_path))
        where.setStyleSheet("color: #666666;")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (title, intro, where):
            label.setTextFormat(Qt.TextFormat.PlainText)

        self.demo_button = QCommandLinkButton(
            self.tr("Create a demo office"),
            self.tr("A realistic office (OPD) with units and staff, to try the program "
                    "before entering your own data."))
        self.staff_spin = QSpinBox()
        self.staff_spin.setRange(10, 5000)
        self.staff_spin.setSingleStep(50)
        self.staff_spin.setValue(400)
        self.staff_spin.setSuffix(self.tr(" staff"))
        demo_row = QHBoxLayout()
        demo_row.addSpacing(40)
        demo_row.addWidget(QLabel(self.tr("Size of the demo office:")))
        demo_row.addWidget(self.staff_spin)
        demo_row.addStretch(1)

        self.import_button = QCommandLinkButton(
            self.tr("Import units and staff from files"),
            self.tr("First the units file, then the staff file (CSV or XLSX, as exported by "
                    "WFH Desktop or the BKD). Rows with errors are listed."))
        self.empty_button = QCommandLinkButton(
            self.tr("Start empty"),
            self.tr("Add units and staff yourself later, on the Units and Staff pages."))

        self.demo_button.clicked.connect(lambda: self.create_demo())
        self.import_button.clicked.connect(lambda: self.import_files())
        self.empty_button.clicked.connect(self.start_empty)
        permissions.apply(self.ctx, self.demo_button, "demo")
        permissions.apply(self.ctx, self.staff_spin, "demo")

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.demo_button)
        layout.addLayout(demo_row)
        layout.addWidget(self.import_button)
        layout.addWidget(self.empty_button)
        layout.addSpacing(8)
        layout.addWidget(where)

    # --- replaceable interactions ----------------------------------------------------

    def choose_open_file(self, title: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, title, "", self.FILE_FILTER)
        return path or None

    def ask(self, question: str, lines: list[str] | None = None) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if lines:
            box.setDetailedText("\n".join(lines))
        return box.exec() == QMessageBox.StandardButton.Yes

    def show_error(self, title: str, message: str, lines: list[str] | None = None) -> None:
        if lines:
            MessageListDialog(title, message, lines, self).exec()
        else:
            runner.show_message(self, QMessageBox.Icon.Warning, title, message)

    def show_info(self, title: str, message: str, lines: list[str] | None = None) -> None:
        if lines:
            MessageListDialog(title, message, lines, self).exec()
        else:
            runner.show_message(self, QMessageBox.Icon.Information, title, message)

    # --- the three choices ---------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.demo_button, self.import_button, self.empty_button,
                       self.staff_spin):
            widget.setEnabled(not busy)

    def create_demo(self, staff: int | None = None) -> None:
        """Build the demo office off the GUI thread (``ui.runner``: a busy indicator shows
        while it runs); ``demo_finished`` tells when it is done."""
        staff = staff or self.staff_spin.value()
        seed = self.DEMO_SEED
        self._set_busy(True)
        self._task = runner.run_in_background(
            self, self.ctx, self.tr("Creating the demo office..."),
            lambda db: build_demo(db, staff, seed),
            on_done=self._demo_built, changes=("units", "staff"),
            on_error=self._demo_failed)

    def _demo_built(self, result: dict) -> None:
        self._task = None
        self._set_busy(False)
        self.outcome = "demo"
        self.summary = (self.tr("Demo office %1: %2 units, %3 staff.")
                        .replace("%1", str(result["name"])).replace("%2", str(result["units"]))
                        .replace("%3", str(result["staff"])))
        self.demo_finished.emit(True)
        self.accept()

    def _demo_failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        self.show_error(self.tr("The demo office was not created"), runner.error_text(exc))
        self.demo_finished.emit(False)

    def import_files(self) -> bool:
        """Import the units file, then the staff file; rejected rows are listed."""
        units_path = self.choose_open_file(self.tr("Step 1 of 2: choose the units file"))
        if not units_path:
            return False
        try:
            units_report = register.import_units(self.ctx.db, units_path)
        except register.ImportRejected as exc:
            self.show_error(self.tr("Units not imported"),
                            self.tr("Rows of %1 have errors; nothing was imported. Correct "
                                    "the file and try again.").replace("%1", Path(units_path).name),
                            [str(e) for e in exc.report.errors])
            return False
        except FileError as exc:
            self.show_error(self.tr("Units not imported"), str(exc))
            return False
        self.ctx.notify("units")
        self.outcome = "import"
        staff_path = self.choose_open_file(self.tr("Step 2 of 2: choose the staff file"))
        staff_report, left_out = (self._import_staff(staff_path) if staff_path
                                  else (None, []))
        self.summary = (self.tr("Units: %1 added. Staff: %2 added.")
                        .replace("%1", str(units_report.inserted))
                        .replace("%2", str(staff_report.inserted if staff_report else 0)))
        if staff_report is not None or not staff_path:
            if left_out:
                self.show_info(self.tr("Import finished"),
                               self.summary + " " + self.tr("These rows were left out:"),
                               left_out)
            else:
                self.show_info(self.tr("Import finished"), self.summary)
        self.accept()
        return True

    def _import_staff(self, path: str):
        """(report, rows left out) of importing the staff file; (None, ...) when no staff
        were imported, after telling the user why."""
        try:
            report = register.import_staff(self.ctx.db, path)
            self.ctx.notify("staff")
            return report, []
        except register.ImportRejected as exc:
            lines = [str(e) for e in exc.report.errors]
            valid = exc.report.inserted + exc.report.updated + exc.report.unchanged
            question = (self.tr("%n row(s) of the staff file have errors. Import the %1 "
                                "valid rows and leave the others out?", "",
                                len(exc.report.rejected_rows)).replace("%1", str(valid)))
            if valid and self.ask(question, lines):
                report = register.import_staff(self.ctx.db, path, skip_invalid=True)
                self.ctx.notify("staff")
                return report, lines
            self.show_error(self.tr("Staff not imported"),
                            self.tr("The units were imported; no staff were imported. Correct "
                                    "the staff file and import it on the Staff page."), lines)
        except FileError as exc:
            self.show_error(self.tr("Staff not imported"), str(exc))
        return None, []

    def start_empty(self) -> None:
        self.outcome = "empty"
        self.accept()

    def reject(self) -> None:
        if self._task is not None:  # the demo is being built: wait for it
            return
        super().reject()
