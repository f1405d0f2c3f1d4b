"""The unit tree of the OPD: view, add, edit, import and export units."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wfh_desktop import register, units
from wfh_desktop.tabular import FileError

from . import permissions, runner
from .unit_dialog import UnitDialog, unit_type_names

ID_ROLE = Qt.ItemDataRole.UserRole


class MessageListDialog(QDialog):
    """A message and a list of lines (every rejected row, say) the user can read and copy."""

    def __init__(self, title: str, message: str, lines: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 380)
        label = QLabel(message)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        self.list = QPlainTextEdit()
        self.list.setReadOnly(True)
        self.list.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.list.setPlainText("\n".join(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)


class UnitsPage(QWidget):
    """A tree of the units with their type, public-service flag and active staff.

    File choosers and messages go through ``choose_open_file``, ``choose_save_file``,
    ``show_error``, ``show_info`` and ``open_unit_dialog``, which tests replace.
    """

    CODE, NAME, TYPE, PUBLIC, STAFF = range(5)
    FILE_FILTER = "CSV / Excel (*.csv *.xlsx)"

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Type"),
                                   self.tr("Public service"), self.tr("Active staff")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (self.CODE, self.TYPE, self.PUBLIC, self.STAFF):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.headerItem().setToolTip(
            self.STAFF, self.tr("Active staff placed in the unit itself, not in its sub-units"))
        # double-click or Enter
        self.tree.itemActivated.connect(lambda item, _column: self.edit_unit(
            item.data(self.CODE, ID_ROLE)))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton(self.tr("Add unit..."))
        self.add_button.setToolTip(self.tr("Add a unit; the selected unit is offered as its parent"))
        self.edit_button = QPushButton(self.tr("Edit unit..."))
        self.history_button = QPushButton(self.tr("History..."))
        self.history_button.setToolTip(self.tr(
            "Every change of the selected unit: when, where and by whom"))
        self.history_button.clicked.connect(lambda: self.show_history())
        self.import_button = QPushButton(self.tr("Import units..."))
        self.export_button = QPushButton(self.tr("Export units..."))
        self.add_button.clicked.connect(self.add_unit)
        self.edit_button.clicked.connect(lambda: self.edit_unit())
        self.import_button.clicked.connect(lambda: self.import_units())
        self.export_button.clicked.connect(lambda: self.export_units())
        for button in (self.add_button, self.edit_button, self.import_button):
            permissions.apply(ctx, button, "units")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.history_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        buttons.addStretch(1)
        for button in (self.import_button, self.export_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tree)

        ctx.changed.connect(self._on_changed)
        self.refresh()

    # --- replaceable interactions ----------------------------------------------------

    def choose_open_file(self, title: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, title, "", self.FILE_FILTER)
        return path or None

    def choose_save_file(self, title: str, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, self.FILE_FILTER)
        return path or None

    def show_error(self, title: str, message: str, lines: list[str] | None = None) -> None:
        if lines:
            MessageListDialog(title, message, lines, self).exec()
        else:
            runner.show_message(self, QMessageBox.Icon.Warning, title, message)

    def show_info(self, title: str, message: str) -> None:
        runner.show_message(self, QMessageBox.Icon.Information, title, message)

    def open_unit_dialog(self, unit_id: str | None, parent_unit_id: str | None = None) -> bool:
        dialog = UnitDialog(self.ctx, unit_id, self, parent_unit_id=parent_unit_id)
        return dialog.exec() == QDialog.DialogCode.Accepted

    # --- the tree ----------------------------------------------------------------------

    def _on_changed(self, kind: str) -> None:
        if kind in ("units", "staff"):
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected_unit_id()
        types = unit_type_names()
        counts = units.staff_count_by_unit(self.ctx.db)
        yes, no = self.tr("Yes"), self.tr("No")
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        current = None
        total_staff = 0
        for unit, _depth in register.unit_tree(self.ctx.db):
            parent = items.get(unit["parent_id"])
            count = counts.get(unit["id"], 0)
            total_staff += count
            item = QTreeWidgetItem([unit["code"], unit["name"],
                                    types.get(unit["type"], unit["type"]),
                                    yes if unit["public_service"] else no, str(count)])
            item.setData(self.CODE, ID_ROLE, unit["id"])
            item.setTextAlignment(self.STAFF, Qt.AlignmentFlag.AlignRight
                                  | Qt.AlignmentFlag.AlignVCenter)
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[unit["id"]] = item
            if unit["id"] == selected:
                current = item
        self.tree.expandAll()
        if current is not None:
            self.tree.setCurrentItem(current)
        self.summary.setText(self.tr("%n unit(s)", "", len(items)) + " · "
                             + self.tr("%n active staff", "", total_staff))
        self._update_buttons()

    def selected_unit_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(self.CODE, ID_ROLE) if item is not None else None

    def select_unit(self, code: str) -> bool:
        found = self.tree.findItems(code, Qt.MatchFlag.MatchFixedString
                                    | Qt.MatchFlag.MatchRecursive, self.CODE)
        if found:
            self.tree.setCurrentItem(found[0])
        return bool(found)

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.tree.currentItem() is not None)
        self.history_button.setEnabled(self.tree.currentItem() is not None)

    def exec_history(self, dialog) -> int:
        """Show the history dialog (tests replace this)."""
        return dialog.exec()

    def show_history(self) -> bool:
        """The changes of the selected unit (everyone may read them)."""
        item = self.tree.currentItem()
        if item is None:
            return False
        title = f"{item.text(self.CODE)} - {item.text(self.NAME)}"
        from .history_dialog import HistoryDialog  # imported when first opened

        dialog = HistoryDialog(self.ctx, "units", item.data(self.CODE, ID_ROLE), title, self)
        try:
            self.exec_history(dialog)
        finally:
            dialog.deleteLater()
        return True

    # --- actions -----------------------------------------------------------------------

    def add_unit(self) -> bool:
        if not permissions.check(self, self.ctx, "units"):
            return False
        return self.open_unit_dialog(None, self.selected_unit_id())

    def edit_unit(self, unit_id: str | None = None) -> bool:
        unit_id = unit_id or self.selected_unit_id()
        if unit_id is None or not permissions.check(self, self.ctx, "units"):
            return False
        return self.open_unit_dialog(unit_id)

    def import_units(self, path: str | None = None) -> bool:
        """Import a units file: every row valid, or nothing written and every error listed."""
        if not permissions.check(self, self.ctx, "units"):
            return False
        path = path or self.choose_open_file(self.tr("Import units"))
        if not path:
            return False
        try:
            report = register.import_units(self.ctx.db, path)
        except register.ImportRejected as exc:
            self.show_error(self.tr("Units not imported"),
                            self.tr("%n row(s) of %1 have errors; nothing was imported. "
                                    "Correct the file and import it again.", "",
                                    len({e.row for e in exc.report.errors})
                                    ).replace("%1", Path(path).name),
                            [str(e) for e in exc.report.errors])
            return False
        except FileError as exc:
            self.show_error(self.tr("Units not imported"), str(exc))
            return False
        self.ctx.notify("units")
        self.show_info(self.tr("Units imported"),
                       self.tr("%1 added, %2 updated, %3 unchanged.")
                       .replace("%1", str(report.inserted)).replace("%2", str(report.updated))
                       .replace("%3", str(report.unchanged)))
        return True

    def export_units(self, path: str | None = None) -> bool:
        path = path or self.choose_save_file(self.tr("Export units"), "unit.xlsx")
        if not path:
            return False
        try:
            count = register.export_units(self.ctx.db, path)
        except (FileError, OSError) as exc:
            self.show_error(self.tr("Units not exported"), str(exc))
            return False
        self.show_info(self.tr("Units exported"),
                       self.tr("%n unit(s) written to %1.", "", count).replace("%1", path))
        return True
