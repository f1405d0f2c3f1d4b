"""Add or edit one unit of the tree: code, name, parent, type and the public-service flag."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wfh_desktop import register, units
from wfh_desktop.staff import UNIT_TYPES, InvalidRecord


UNIT_TYPE_SOURCES = {
    "dinas": QT_TRANSLATE_NOOP("UnitTypes", "Agency (dinas)"),
    "badan": QT_TRANSLATE_NOOP("UnitTypes", "Board (badan)"),
    "inspektorat": QT_TRANSLATE_NOOP("UnitTypes", "Inspectorate"),
    "sekretariat": QT_TRANSLATE_NOOP("UnitTypes", "Secretariat"),
    "rsud": QT_TRANSLATE_NOOP("UnitTypes", "Regional hospital (RSUD)"),
    "kecamatan": QT_TRANSLATE_NOOP("UnitTypes", "District (kecamatan)"),
    "kelurahan": QT_TRANSLATE_NOOP("UnitTypes", "Urban village (kelurahan)"),
    "uptd": QT_TRANSLATE_NOOP("UnitTypes", "Technical unit (UPTD)"),
    "puskesmas": QT_TRANSLATE_NOOP("UnitTypes", "Health centre (puskesmas)"),
    "sekolah": QT_TRANSLATE_NOOP("UnitTypes", "School"),
    "other": QT_TRANSLATE_NOOP("UnitTypes", "Other"),
}


def unit_type_names() -> dict[str, str]:
    """Unit type key -> its name in the user's language, in the order of UNIT_TYPES."""
    return {key: QCoreApplication.translate("UnitTypes", UNIT_TYPE_SOURCES[key])
            for key in UNIT_TYPES}


class ErrorLabel(QLabel):
    """A message shown under a form field; hidden while there is nothing to say."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def set_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


def with_error(field: QWidget, error: ErrorLabel) -> QWidget:
    """*field* with its error label underneath, as one form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


class UnitDialog(QDialog):
    """Add a unit (``unit_id=None``) or edit one; saving goes through ``units.save_unit``.

    After a successful save ``unit_id`` holds the unit's id and ``ctx.notify("units")`` has
    been called.
    """

    COLUMNS = ("kode", "nama", "induk", "jenis", "layanan_publik")

    def __init__(self, ctx, unit_id: str | None = None, parent=None, *,
                 parent_unit_id: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.unit_id = unit_id
        self.setWindowTitle(self.tr("Edit unit") if unit_id else self.tr("Add unit"))
        self.setMinimumWidth(460)

        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(40)
        self.code_edit.setPlaceholderText(self.tr("for example BKD-MUT"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("for example Bidang Mutasi"))
        self.parent_combo = QComboBox()
        self.type_combo = QComboBox()
        for key, name in unit_type_names().items():
            self.type_combo.addItem(name, key)
        self.public_check = QCheckBox(self.tr("Serves the public (staff stay in office)"))
        self.errors = {column: ErrorLabel() for column in self.COLUMNS}

        form = QFormLayout()
        form.addRow(self.tr("Code:"), with_error(self.code_edit, self.errors["kode"]))
        form.addRow(self.tr("Name:"), with_error(self.name_edit, self.errors["nama"]))
        form.addRow(self.tr("Parent unit:"), with_error(self.parent_combo, self.errors["induk"]))
        form.addRow(self.tr("Type:"), with_error(self.type_combo, self.errors["jenis"]))
        form.addRow("", with_error(self.public_check, self.errors["layanan_publik"]))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self._fill_parents()
        if unit_id:
            self._load(unit_id)
        else:
            self.type_combo.setCurrentIndex(self.type_combo.findData("other"))
            if parent_unit_id:
                self.parent_combo.setCurrentIndex(self.parent_combo.findData(parent_unit_id))
                self.type_combo.setCurrentIndex(self.type_combo.findData(
                    self._parent_type(parent_unit_id)))

    def _fill_parents(self) -> None:
        """Every unit in tree order, indented; a unit cannot sit below itself or its own
        sub-units, so those are left out."""
        self._units = register.unit_tree(self.ctx.db)
        excluded = set()
        if self.unit_id:
            excluded = {self.unit_id} | units.descendant_ids([u for u, _ in self._units],
                                                             self.unit_id)
        self.parent_combo.addItem(self.tr("(none: a top-level unit)"), None)
        for unit, depth in self._units:
            if unit["id"] not in excluded:
                self.parent_combo.addItem("    " * depth + f"{unit['code']}  {unit['name']}",
                                          unit["id"])

    def _parent_type(self, unit_id: str) -> str:
        for unit, _ in self._units:
            if unit["id"] == unit_id:
                return unit["type"]
        return "other"

    def _load(self, unit_id: str) -> None:
        row = units.unit_file_row(self.ctx.db, unit_id)
        self.code_edit.setText(row["kode"])
        self.name_edit.setText(row["nama"])
        parent_id = next((u["parent_id"] for u, _ in self._units if u["id"] == unit_id), None)
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(parent_id)))
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(row["jenis"])))
        self.public_check.setChecked(row["layanan_publik"] == "ya")

    def raw(self) -> dict:
        """The form as a row of the units file."""
        parent_id = self.parent_combo.currentData()
        parent_code = next((u["code"] for u, _ in self._units if u["id"] == parent_id), "")
        return {
            "kode": self.code_edit.text(),
            "nama": self.name_edit.text(),
            "induk": parent_code,
            "jenis": self.type_combo.currentData(),
            "layanan_publik": "ya" if self.public_check.isChecked() else "tidak",
        }

    def show_errors(self, messages: dict[str, str]) -> None:
        for column, label in self.errors.items():
            label.set_message(messages.get(column, ""))
        # grow to show the messages; never shrink under the user's hands
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def save(self) -> bool:
        try:
            self.unit_id = units.save_unit(self.ctx.db, self.raw(), self.unit_id)
        except InvalidRecord as exc:
            messages: dict[str, str] = {}
            for e in exc.errors:
                messages[e.column] = "; ".join(filter(None, [messages.get(e.column), e.message]))
            self.show_errors(messages)
            first = next((c for c in self.COLUMNS if c in messages), None)
            focus = {"kode": self.code_edit, "nama": self.name_edit, "induk": self.parent_combo,
                     "jenis": self.type_combo}.get(first)
            if focus is not None:
                focus.setFocus()
            return False
        self.show_errors({})
        self.ctx.notify("units")
        self.accept()
        return True
