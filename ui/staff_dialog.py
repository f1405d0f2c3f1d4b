"""Adding or changing one staff member, checked as you type by the core's own rules.

Every edit builds the record as the staff file holds it (file-column keys, text) and runs
:func:`wfh_desktop.staff.validate_staff` on it: the dialog, the importer and the command
line agree on every rule.  A problem shows under its field once the field was touched
(every problem after a save attempt); Save stays disabled while there is one.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wfh_desktop import ids, register
from wfh_desktop.staff import (
    EMPLOYMENT_TYPES,
    ESELONS,
    GOLONGAN_PNS,
    GOLONGAN_PPPK,
    LEVELS,
    PANGKAT,
    InvalidRecord,
    normalise_golongan,
    validate_staff,
)

from . import runner
from .staff_model import LEVEL_NAMES

TEXT_FIELDS = ("nip", "nik", "nama", "jabatan", "tanggal_lahir", "telepon", "email")
COMBO_FIELDS = ("jenis_pegawai", "tingkat", "eselon", "unit", "jenis_kelamin")
CHECK_FIELDS = ("hamil", "komorbid", "layanan_publik", "guru")
ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #555555;"


def format_day(day: dt.date) -> str:
    """A date in the words of the GUI's language (``26 September 1986``)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def _label(text: str, style: str) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setText(text)
    label.setVisible(bool(text))
    return label


class StaffDialog(QDialog):
    """``StaffDialog(ctx)`` adds a staff member, ``StaffDialog(ctx, staff_id)`` edits one.

    ``fields`` maps each file column to its widget, ``error_labels`` to the label showing
    its problem.  On success the dialog has written the record, told ``ctx`` that staff
    changed, set :attr:`staff_id` and is accepted.
    """

    saved = Signal(str)

    def __init__(self, ctx, staff_id: str | None = None, parent=None, *,
                 unit_code: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.staff_id = staff_id
        self.editing = staff_id is not None
        self.units = register.list_units(ctx.db)
        self.unit_ids = {u["code"].upper(): u["id"] for u in self.units}
        self.touched: set[str] = set()
        self.show_all = False
        self.errors: dict[str, str] = {}
        self.save_errors: dict[str, str] = {}  # from saving (a NIP someone else has)
        self._active = "ya"
        self._loading = True
        self.fields: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._build()
        if self.editing:
            row = register.staff_file_row(ctx.db, staff_id)
            self._active = row.get("aktif") or "ya"
            self.set_values(row)
            self.setWindowTitle(self.tr("Edit staff member - {name}").format(name=row["nama"]))
        else:
            self.setWindowTitle(self.tr("Add staff member"))
            if unit_code:
                self._select_data(self.fields["unit"], unit_code)
        self._loading = False
        self.validate()

    # --- building ------------------------------------------------------------------
    def _build(self) -> None:
        f = self.fields
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.textChanged.connect(lambda _text, name=name: self._edited(name))
            f[name] = edit
        f["nip"].setPlaceholderText(self.tr("18 digits, spaces allowed"))
        f["nik"].setPlaceholderText(self.tr("16 digits"))
        f["nama"].setPlaceholderText(self.tr("Full name with academic titles"))
        f["tanggal_lahir"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        f["telepon"].setPlaceholderText(self.tr("e.g. 0812 3456 7890"))
        f["email"].setPlaceholderText(self.tr("name@example.go.id"))
        f["nip"].setMaxLength(40)
        f["nik"].setMaxLength(40)

        etype = QComboBox()
        for value in EMPLOYMENT_TYPES:
            etype.addItem(value, value)
        level = QComboBox()
        level.addItem(self.tr("(from eselon)"), "")
        for value in LEVELS:
            level.addItem(LEVEL_NAMES[value], value)
        eselon = QComboBox()
        eselon.addItem(self.tr("(none)"), "")
        for value in ESELONS:
            eselon.addItem(value, value)
        unit = QComboBox()
        unit.addItem(self.tr("(choose a unit)"), "")
        for u in self.units:
            unit.addItem(f"{u['code']} - {u['name']}", u["code"])
        unit.setMaxVisibleItems(20)
        sex = QComboBox()
        sex.addItem("", "")
        sex.addItem(self.tr("L - male"), "L")
        sex.addItem(self.tr("P - female"), "P")
        for name, combo in (("jenis_pegawai", etype), ("tingkat", level), ("eselon", eselon),
                            ("unit", unit), ("jenis_kelamin", sex)):
            combo.setObjectName(name)
            combo.currentIndexChanged.connect(lambda _i, name=name: self._edited(name))
            f[name] = combo
        golongan = QComboBox()
        golongan.setObjectName("golongan")
        golongan.setEditable(True)
        golongan.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        golongan.currentTextChanged.connect(lambda _t: self._edited("golongan"))
        f["golongan"] = golongan
        etype.currentIndexChanged.connect(lambda _i: self._fill_golongan())

        labels = {
            "hamil": self.tr("Pregnant"), "komorbid": self.tr("Comorbid"),
            "layanan_publik": self.tr("Public-service role"), "guru": self.tr("Teacher"),
        }
        for name in CHECK_FIELDS:
            box = QCheckBox(labels[name])
            box.setObjectName(name)
            box.toggled.connect(lambda _on, name=name: self._edited(name))
            f[name] = box

        for name in list(f):
            self.error_labels[name] = _label("", ERROR_STYLE)
            self.error_labels[name].setObjectName(f"error_{name}")
        self.nip_hint = _label("", HINT_STYLE)
        self.nik_hint = _label("", HINT_STYLE)
        self.golongan_hint = _label("", HINT_STYLE)

        identity = QGroupBox(self.tr("Identity"))
        form = QFormLayout(identity)
        self._row(form, self.tr("&Employment type"), "jenis_pegawai")
        self._row(form, self.tr("&NIP"), "nip", self.nip_hint)
        self._row(form, self.tr("NI&K"), "nik", self.nik_hint)
        self._row(form, self.tr("N&ame"), "nama")
        self._row(form, self.tr("&Birth date"), "tanggal_lahir")
        self._row(form, self.tr("&Sex"), "jenis_kelamin")

        job = QGroupBox(self.tr("Position"))
        form = QFormLayout(job)
        self._row(form, self.tr("&Unit"), "unit")
        self._row(form, self.tr("&Position"), "jabatan")
        self._row(form, self.tr("&Level"), "tingkat")
        self._row(form, self.tr("E&selon"), "eselon")
        self._row(form, self.tr("&Golongan"), "golongan", self.golongan_hint)

        extra = QGroupBox(self.tr("Conditions and contact"))
        form = QFormLayout(extra)
        checks = QWidget()
        grid = QHBoxLayout(checks)
        grid.setContentsMargins(0, 0, 0, 0)
        for name in CHECK_FIELDS:
            grid.addWidget(f[name])
        grid.addStretch(1)
        form.addRow(self.tr("Marked"), checks)
        for name in CHECK_FIELDS:
            form.addRow("", self.error_labels[name])
        self._row(form, self.tr("&Phone"), "telepon")
        self._row(form, self.tr("E-&mail"), "email")

        columns = QHBoxLayout()
        columns.addWidget(identity, 5)
        columns.addWidget(job, 4)

        self.general_error = _label("", ERROR_STYLE)
        self.general_error.setObjectName("general_error")
        self.pending = _label("", HINT_STYLE)
        self.pending.setObjectName("pending")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(extra)
        layout.addWidget(self.general_error)
        layout.addWidget(self.pending)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._fill_golongan()
        self.resize(900, self.sizeHint().height())
        f["jenis_pegawai"].setFocus()

    def _row(self, form: QFormLayout, label: str, name: str, hint: QLabel | None = None):
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(self.fields[name])
        if hint is not None:
            v.addWidget(hint)
        v.addWidget(self.error_labels[name])
        form.addRow(label, box)
        form.labelForField(box).setBuddy(self.fields[name])

    def _fill_golongan(self) -> None:
        combo = self.fields["golongan"]
        etype = self.fields["jenis_pegawai"].currentData()
        current = combo.currentText()
        values = GOLONGAN_PNS if etype == "PNS" else GOLONGAN_PPPK if etype == "PPPK" else ()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("")
        combo.addItems(values)
        combo.setEnabled(bool(values))
        combo.setEditText(current if values else "")
        combo.blockSignals(False)
        self._edited("golongan", touch=False)

    # --- values --------------------------------------------------------------------
    def raw(self) -> dict:
        """The record as the staff file would hold it (file-column keys, text)."""
        f = self.fields
        out = {name: f[name].text().strip() for name in TEXT_FIELDS}
        for name in COMBO_FIELDS:
            out[name] = f[name].currentData() or ""
        out["golongan"] = f["golongan"].currentText().strip() if f["golongan"].isEnabled() else ""
        for name in CHECK_FIELDS:
            out[name] = "ya" if f[name].isChecked() else "tidak"
        out["aktif"] = self._active
        return out

    def set_values(self, row: dict) -> None:
        """Fill the fields from a staff-file row (``register.staff_file_row``)."""
        loading, self._loading = self._loading, True
        f = self.fields
        self._select_data(f["jenis_pegawai"], row.get("jenis_pegawai") or "PNS")
        for name in TEXT_FIELDS:
            value = row.get(name) or ""
            f[name].setText(ids.format_nip(value) if name == "nip" else value)
        for name in ("tingkat", "eselon", "unit", "jenis_kelamin"):
            self._select_data(f[name], row.get(name) or "")
        self._fill_golongan()
        f["golongan"].setEditText(row.get("golongan") or "")
        for name in CHECK_FIELDS:
            f[name].setChecked(str(row.get(name) or "").lower() in ("ya", "y", "1", "true"))
        self._loading = loading
        self.validate()

    @staticmethod
    def _select_data(combo: QComboBox, value: str) -> None:
        i = combo.findData(value)
        if i < 0:
            combo.addItem(value, value)
            i = combo.count() - 1
        combo.setCurrentIndex(i)

    # --- checking ------------------------------------------------------------------
    def _edited(self, name: str, touch: bool = True) -> None:
        if self._loading:
            return
        if touch:
            self.touched.add(name)
        self.save_errors.pop(name, None)
        self.validate()

    def validate(self) -> dict[str, str]:
        """Check the record now; show the problems; return them by file column."""
        raw = self.raw()
        errors: dict[str, list[str]] = {}
        try:
            validate_staff(raw, self.unit_ids)
        except InvalidRecord as exc:
            for e in exc.errors:
                errors.setdefault(e.column, []).append(e.message)
        for column, message in self.save_errors.items():
            errors.setdefault(column, []).append(message)
        self.errors = {c: "; ".join(m) for c, m in errors.items()}
        self._show_errors()
        self._show_hints(raw)
        self.save_button.setEnabled(not self.errors)
        self._fit_height()
        return self.errors

    def _fit_height(self) -> None:
        """Grow the dialog when a message or hint needs another line (a window does not
        follow the height-for-width of wrapped labels by itself)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        need = (layout.heightForWidth(self.width()) if layout.hasHeightForWidth()
                else layout.sizeHint().height())
        if need > self.height():
            self.resize(self.width(), need)

    def _show_errors(self) -> None:
        for name, label in self.error_labels.items():
            text = self.errors.get(name, "") if (self.show_all or name in self.touched) else ""
            label.setText(text)
            label.setVisible(bool(text))
        elsewhere = [f"{c}: {m}" for c, m in self.errors.items() if c not in self.fields]
        self.general_error.setText("\n".join(elsewhere))
        self.general_error.setVisible(bool(elsewhere))
        hidden = [c for c in self.errors
                  if c in self.fields and not (self.show_all or c in self.touched)]
        if hidden:
            names = ", ".join(self._field_name(c) for c in hidden)
            self.pending.setText(self.tr("Still to complete: {fields}").format(fields=names))
        else:
            self.pending.setText("")
        self.pending.setVisible(bool(hidden))

    def _field_name(self, column: str) -> str:
        return {
            "nip": self.tr("NIP"), "nik": self.tr("NIK"), "nama": self.tr("Name"),
            "jenis_pegawai": self.tr("Employment type"), "jabatan": self.tr("Position"),
            "tingkat": self.tr("Level"), "eselon": self.tr("Eselon"),
            "golongan": self.tr("Golongan"), "unit": self.tr("Unit"),
            "tanggal_lahir": self.tr("Birth date"), "jenis_kelamin": self.tr("Sex"),
            "hamil": self.tr("Pregnant"), "komorbid": self.tr("Comorbid"),
            "layanan_publik": self.tr("Public-service role"), "guru": self.tr("Teacher"),
            "telepon": self.tr("Phone"), "email": self.tr("E-mail"),
        }.get(column, column)

    def _sex_name(self, sex: str) -> str:
        return self.tr("male") if sex == "L" else self.tr("female")

    def _show_hints(self, raw: dict) -> None:
        nip_text = nik_text = ""
        derived = None
        etype = raw["jenis_pegawai"]
        if raw["nip"] and "nip" not in self.errors and etype in ("PNS", "PPPK"):
            try:
                if etype == "PNS":
                    info = ids.parse_nip(raw["nip"])
                    nip_text = self.tr("Born {date}, {sex}, CPNS since {start}").format(
                        date=format_day(info.birth_date), sex=self._sex_name(info.sex),
                        start=QLocale().toString(QDate(info.start_year, info.start_month, 1),
                                                 "MMMM yyyy"))
                else:
                    info = ids.parse_pppk(raw["nip"])
                    nip_text = self.tr("Born {date}, {sex}, appointed in {year}").format(
                        date=format_day(info.birth_date), sex=self._sex_name(info.sex),
                        year=info.start_year)
                derived = (info.birth_date, info.sex, self.tr("from the NIP"))
            except ids.IdError:
                nip_text = ""
        if raw["nik"] and "nik" not in self.errors:
            try:
                nik = ids.parse_nik(raw["nik"])
                nik_text = self.tr("Born {date}, {sex}").format(
                    date=format_day(nik.birth_date), sex=self._sex_name(nik.sex))
                if derived is None:
                    derived = (nik.birth_date, nik.sex, self.tr("from the NIK"))
            except ids.IdError:
                nik_text = ""
        self.nip_hint.setText(nip_text)
        self.nip_hint.setVisible(bool(nip_text))
        self.nik_hint.setText(nik_text)
        self.nik_hint.setVisible(bool(nik_text))
        birth = self.fields["tanggal_lahir"]
        if derived:
            birth.setPlaceholderText(f"{derived[0].isoformat()} ({derived[2]})")
            self.fields["jenis_kelamin"].setItemText(0, f"{derived[1]} ({derived[2]})")
        else:
            birth.setPlaceholderText(self.tr("YYYY-MM-DD"))
            self.fields["jenis_kelamin"].setItemText(0, "")
        pangkat = ""
        if etype == "PNS" and raw["golongan"] and "golongan" not in self.errors:
            try:
                pangkat = PANGKAT.get(normalise_golongan(raw["golongan"], "PNS"), "")
            except ValueError:
                pangkat = ""
        self.golongan_hint.setText(self.tr("Pangkat: {name}").format(name=pangkat)
                                   if pangkat else "")
        self.golongan_hint.setVisible(bool(pangkat))

    # --- saving --------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.save()
            return
        super().keyPressEvent(event)

    def save(self) -> bool:
        """Write the record if it is valid; otherwise show every problem."""
        self.show_all = True
        if self.validate():
            self._focus_first_error()
            return False
        raw = self.raw()
        try:
            if self.editing:
                register.update_staff(self.ctx.db, self.staff_id, raw)
            else:
                self.staff_id = register.add_staff(self.ctx.db, raw)
        except InvalidRecord as exc:
            for e in exc.errors:
                self.save_errors[e.column] = e.message
            self.validate()
            self._focus_first_error()
            return False
        except Exception as exc:  # noqa: BLE001 - e.g. the record was removed meanwhile
            self.general_error.setText(runner.error_text(exc))
            self.general_error.setVisible(True)
            return False
        self.ctx.notify("staff")
        self.saved.emit(self.staff_id)
        self.accept()
        return True

    def _focus_first_error(self) -> None:
        for name in self.fields:
            if name in self.errors:
                self.fields[name].setFocus()
                return
