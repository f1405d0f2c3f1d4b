"""The staff register page: find, add, edit, deactivate, import and export staff.

The list is loaded once (:meth:`wfh_desktop.register.StaffList.load`) and filtered and
sorted by the core on every keystroke and header click; the model only shows the rows.
Questions and file choosers go through :meth:`StaffPage.ask`,
:meth:`StaffPage.choose_open_file`, :meth:`StaffPage.choose_save_file`,
:meth:`StaffPage.show_error`, :meth:`StaffPage.show_info` and
:meth:`StaffPage.exec_dialog`, which tests replace.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wfh_desktop import register

from . import permissions, runner
from .staff_model import (
    COL_ACTIVE,
    COL_AGE,
    COL_ESELON,
    COL_LEVEL,
    COL_NAME,
    COL_NIP,
    COL_POSITION,
    COL_TYPE,
    COL_UNIT,
    SORT_KEYS,
    StaffModel,
)

# the widest usual content of each fixed column (Name and Position share the rest)
COLUMN_SAMPLES = {COL_NIP: "19860926 201505 1 001", COL_LEVEL: "Administrator",
                  COL_ESELON: "III.b", COL_UNIT: "BKD-MUT", COL_TYPE: "KONTRAK",
                  COL_AGE: "00", COL_ACTIVE: "Nonaktif"}


class StaffTable(QTableView):
    """The table; Enter edits the current row (``edit_requested``).  Name and Position
    share the width the fixed columns leave, Name the larger part."""

    edit_requested = Signal()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        fixed = sum(self.columnWidth(c) for c in COLUMN_SAMPLES)
        free = max(self.viewport().width() - fixed, 0)
        name = max(int(free * 0.55), 200)
        self.setColumnWidth(COL_NAME, name)
        self.setColumnWidth(COL_POSITION, max(free - name, 140))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.currentIndex().isValid():
                self.edit_requested.emit()
                return
        super().keyPressEvent(event)


class StaffPage(QWidget):
    """The staff register; ``reload()`` after changes, ``refresh()`` after a filter."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.staff = register.StaffList([])
        self.sort_column = COL_NAME
        self.descending = False
        self.active_total = 0
        self.last_task: runner.Task | None = None

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setPlaceholderText(self.tr("Search name, NIP, position..."))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.refresh)
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unit_filter")
        self.unit_combo.setMinimumContentsLength(28)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.setMaxVisibleItems(25)
        self.unit_combo.currentIndexChanged.connect(self.refresh)
        self.inactive_check = QCheckBox(self.tr("Show inactive"))
        self.inactive_check.toggled.connect(self.refresh)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.model = StaffModel(self)
        self.table = StaffTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setSortingEnabled(False)  # sorting is the core's, see _sort_changed
        vheader = self.table.verticalHeader()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 10)
        vheader.setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.sort_column, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        metrics = self.table.fontMetrics()
        for column, sample in COLUMN_SAMPLES.items():
            self.table.setColumnWidth(column, max(metrics.horizontalAdvance(sample) + 14,
                                                  header.sectionSizeFromContents(column).width()))
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_staff())
        self.table.edit_requested.connect(self.edit_staff)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #666666; font-size: 11pt;")

        self.add_button = QPushButton(self.tr("&Add..."))
        self.add_button.setToolTip(self.tr("Add a staff member (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_staff)
        self.edit_button = QPushButton(self.tr("&Edit..."))
        self.edit_button.setToolTip(self.tr("Edit the selected staff member (Enter)"))
        self.edit_button.clicked.connect(self.edit_staff)
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.active_button.setToolTip(self.tr("Deactivate or reactivate the selected staff "
                                              "member (Delete)"))
        self.active_button.clicked.connect(self.toggle_active)
        self.import_button = QPushButton(self.tr("&Import..."))
        self.import_button.setToolTip(self.tr("Import staff from a CSV or Excel file"))
        self.import_button.clicked.connect(self.import_staff)
        self.export_button = QPushButton(self.tr("E&xport..."))
        self.export_button.setToolTip(self.tr("Export all staff to a CSV or Excel file"))
        self.export_button.clicked.connect(self.export_staff)
        for button in (self.add_button, self.edit_button, self.active_button,
                       self.import_button):
            permissions.apply(ctx, button, "staff")
        self.history_button = QPushButton(self.tr("&History..."))
        self.history_button.setToolTip(self.tr(
            "Every change of the selected staff member: when, where and by whom (Ctrl+H)"))
        self.history_button.clicked.connect(self.show_history)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 3)
        filters.addWidget(self.unit_combo, 2)
        filters.addWidget(self.inactive_check)
        filters.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.active_button,
                  self.history_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        self.views = QStackedLayout()
        self.views.addWidget(self.table)
        self.views.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addLayout(self.views, 1)
        layout.addLayout(buttons)

        page_wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self._shortcut(QKeySequence.StandardKey.Find, self, self.focus_filter, page_wide)
        self._shortcut(QKeySequence("Ctrl+N"), self, self.add_staff, page_wide)
        self._shortcut(QKeySequence("Ctrl+H"), self, self.show_history, page_wide)
        self._shortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.toggle_active,
                       Qt.ShortcutContext.WidgetShortcut)
        self.filter_edit.returnPressed.connect(self.table.setFocus)

        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(lambda *_: self._update_buttons())
        selection.selectionChanged.connect(lambda *_: self._update_buttons())
        ctx.changed.connect(self._on_changed)
        self._load_units()
        self.reload()

    @staticmethod
    def _shortcut(keys, widget, slot, context) -> QShortcut:
        shortcut = QShortcut(keys, widget)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        return shortcut

    # --- loading -------------------------------------------------------------------
    def _on_changed(self, kind: str) -> None:
        if kind == "units":
            self._load_units()
        if kind in ("staff", "units"):
            self.reload()

    def _load_units(self) -> None:
        current = self.unit_combo.currentData()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("All units"), "")
        for u in register.list_units(self.ctx.db):
            self.unit_combo.addItem(f"{u['code']} - {u['name']}", u["code"])
        i = self.unit_combo.findData(current) if current else 0
        self.unit_combo.setCurrentIndex(max(i, 0))
        self.unit_combo.blockSignals(False)

    def reload(self) -> None:
        """Load the staff list again from the database and show it filtered."""
        self.staff = self.ctx.take_staff_list() or register.StaffList.load(self.ctx.db)
        self.active_total = sum(1 for r in self.staff.rows if r["active"])
        self.refresh()

    def refresh(self) -> None:
        """Apply the filter, the unit, the inactive switch and the sort (in the core)."""
        selected = self.selected_id()
        rows = self.staff.query(
            self.filter_edit.text(), unit_code=self.unit_combo.currentData() or None,
            include_inactive=self.inactive_check.isChecked(),
            sort=SORT_KEYS[self.sort_column], descending=self.descending)
        self.model.set_rows(rows)
        total = len(self.staff.rows) if self.inactive_check.isChecked() else self.active_total
        self.count_label.setText(self.tr("{shown} of {total} staff").format(
            shown=len(rows), total=total))
        if not self.staff.rows:
            self.empty_label.setText(self.tr(
                "No staff yet.\nAdd a staff member (Ctrl+N) or import a CSV or Excel file."))
            self.views.setCurrentWidget(self.empty_label)
        elif not rows:
            self.empty_label.setText(self.tr("No staff match the search."))
            self.views.setCurrentWidget(self.empty_label)
        else:
            self.views.setCurrentWidget(self.table)
        if selected:
            self.select_id(selected)
        self._update_buttons()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        key = SORT_KEYS.get(column)
        if key not in register.STAFF_LIST_KEYS:
            # the core cannot sort by this column: keep the indicator where it was
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.sort_column, Qt.SortOrder.DescendingOrder
                                    if self.descending else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self.sort_column = column
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def sort_by(self, column: int, descending: bool = False) -> None:
        self.table.horizontalHeader().setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)

    # --- state kept across a rebuild (language switch) --------------------------------
    def save_state(self) -> dict:
        return {"filter": self.filter_edit.text(), "unit": self.unit_combo.currentData(),
                "inactive": self.inactive_check.isChecked(), "sort": self.sort_column,
                "descending": self.descending, "selected": self.selected_id()}

    def restore_state(self, state: dict) -> None:
        widgets = (self.filter_edit, self.unit_combo, self.inactive_check)
        for w in widgets:
            w.blockSignals(True)
        self.filter_edit.setText(state.get("filter", ""))
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(state.get("unit") or ""),
                                            0))
        self.inactive_check.setChecked(bool(state.get("inactive")))
        for w in widgets:
            w.blockSignals(False)
        self.sort_column = state.get("sort", COL_NAME)
        self.descending = bool(state.get("descending"))
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.sort_column, Qt.SortOrder.DescendingOrder
                                if self.descending else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.refresh()
        if state.get("selected"):
            self.select_id(state["selected"])

    # --- selection -----------------------------------------------------------------
    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
                index.row(), index.parent()):
            return None
        return self.model.row_id(index.row())

    def selected_row(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.row_dict(index.row()) if self.selected_id() else None

    def select_id(self, staff_id: str) -> bool:
        row = self.model.row_of_id(staff_id)
        if row < 0:
            return False
        index = self.model.index(row, COL_NAME)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.active_button.setEnabled(row is not None)
        self.history_button.setEnabled(row is not None)
        if row is not None and not row["active"]:
            self.active_button.setText(self.tr("&Reactivate"))
        else:
            self.active_button.setText(self.tr("&Deactivate"))

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    # --- actions -------------------------------------------------------------------
    def add_staff(self) -> bool:
        if not permissions.check(self, self.ctx, "staff"):
            return False
        from .staff_dialog import StaffDialog  # dialogs are imported when first opened

        dialog = StaffDialog(self.ctx, None, self,
                             unit_code=self.unit_combo.currentData() or None)
        if self.exec_dialog(dialog) and dialog.staff_id:
            if not self.select_id(dialog.staff_id):
                # the filter hides the new row: clear it so the clerk sees what was added
                self.filter_edit.clear()
                self.select_id(dialog.staff_id)
            return True
        return False

    def edit_staff(self) -> bool:
        staff_id = self.selected_id()
        if staff_id is None or not permissions.check(self, self.ctx, "staff"):
            return False
        from .staff_dialog import StaffDialog

        dialog = StaffDialog(self.ctx, staff_id, self)
        if self.exec_dialog(dialog):
            self.select_id(staff_id)
            return True
        return False

    def context_menu(self) -> QMenu:
        """The menu of the selected staff member (right click on the table)."""
        menu = QMenu(self)
        edit = menu.addAction(self.tr("Edit..."), self.edit_staff)
        permissions.apply(self.ctx, edit, "staff")
        history = menu.addAction(self.tr("History..."), self.show_history)
        history.setShortcut(QKeySequence("Ctrl+H"))
        for action in (edit, history):
            if self.selected_id() is None:
                action.setEnabled(False)
        return menu

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = self.context_menu()
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def show_history(self) -> bool:
        """The changes of the selected staff member (everyone may read them)."""
        row = self.selected_row()
        if row is None:
            return False
        number = row.get("nip") or row.get("nik") or ""
        title = f"{row['name']} ({number})" if number else row["name"]
        from .history_dialog import HistoryDialog

        dialog = HistoryDialog(self.ctx, "staff", row["id"], title, self)
        try:
            self.exec_dialog(dialog)
        finally:
            dialog.deleteLater()
        return True

    def toggle_active(self) -> bool:
        row = self.selected_row()
        if row is None or not permissions.check(self, self.ctx, "staff"):
            return False
        activate = not row["active"]
        question = (self.tr("Reactivate {name}?") if activate else self.tr(
            "Deactivate {name}? Inactive staff are left out of rosters and attendance "
            "sheets; the record is kept and can be reactivated.")).format(name=row["name"])
        if not self.ask(question):
            return False
        staff_id = row["id"]
        ok, _ = runner.run_now(self, self.ctx,
                               lambda db: register.set_staff_active(db, staff_id, activate))
        if ok and not self.select_id(staff_id) and not activate:
            self.show_info(self.tr("{name} is now inactive; tick \"Show inactive\" to see "
                                   "inactive staff.").format(name=row["name"]))
        return ok

    def import_staff(self) -> bool:
        if not permissions.check(self, self.ctx, "staff"):
            return False
        path = self.choose_open_file()
        if not path:
            return False
        from .import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, path, self)
        return bool(self.exec_dialog(dialog))

    def export_staff(self) -> runner.Task | None:
        path = self.choose_save_file()
        if not path:
            return None
        if Path(path).suffix.lower() not in (".csv", ".xlsx"):
            path = str(Path(path).with_suffix(".xlsx"))
        QSettings().setValue("staff/last_dir", str(Path(path).parent))

        def done(count):
            self.show_info(self.tr("{count} staff written to {path}").format(
                count=count, path=path))

        self.last_task = runner.run_in_background(
            self, self.ctx, self.tr("Exporting staff..."),
            lambda db: register.export_staff(db, path), on_done=done, changes=(),
            on_error=lambda exc: self.show_error(runner.error_text(exc)))
        return self.last_task

    # --- what tests replace ----------------------------------------------------------
    def exec_dialog(self, dialog) -> int:
        return dialog.exec()

    def ask(self, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Staff"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Yes"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("No"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def choose_open_file(self) -> str | None:
        start = QSettings().value("staff/last_dir", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import staff"), start,
                                              self.tr("CSV or Excel files (*.csv *.xlsx)"))
        if path:
            QSettings().setValue("staff/last_dir", str(Path(path).parent))
        return path or None

    def choose_save_file(self) -> str | None:
        start = Path(QSettings().value("staff/last_dir", str(Path.home())))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export staff"), str(start / "pegawai.xlsx"),
            self.tr("Excel files (*.xlsx);;CSV files (*.csv)"))
        return path or None

    def show_error(self, text: str) -> None:
        runner.report_error(self, text)

    def show_info(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Staff"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
