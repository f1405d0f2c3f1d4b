"""The office on paper: the letterhead (kop) and the signatories, with a live preview."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wfh_desktop import backup, settings
from wfh_desktop.ids import format_nip
from wfh_desktop.settings import Letterhead, Signatory
from wfh_desktop.staff import PANGKAT, InvalidRecord

from . import permissions, runner
from .unit_dialog import ErrorLabel, with_error

PATH_ROLE = Qt.ItemDataRole.UserRole


class LetterheadPreview(QWidget):
    """A small picture of a printed form: the kop, a rule, a body and the two signature
    blocks ("Mengetahui" at the left, the unit head at the right).  Text is painted as
    plain text."""

    # the upper part of an A4 sheet, down to the signature blocks
    PAGE_RATIO = 170 / 210

    def __init__(self, parent=None):
        super().__init__(parent)
        self.letterhead = Letterhead()
        self.head = Signatory("head")
        self.countersign = Signatory("countersign")
        self.day = dt.date.today()
        self._logo: QImage | None = None
        self.setMinimumSize(360, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(520, 420)

    def set_data(self, letterhead: Letterhead, head: Signatory, countersign: Signatory) -> None:
        self.letterhead, self.head, self.countersign = letterhead, head, countersign
        self._logo = None
        if letterhead.logo_png:
            image = QImage.fromData(letterhead.logo_png)
            self._logo = None if image.isNull() else image
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        # the sheet of paper, as large as fits
        w = min(self.width() - 12, (self.height() - 12) / self.PAGE_RATIO)
        h = w * self.PAGE_RATIO
        page = QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)
        p.fillRect(page.translated(3, 3), QColor(0, 0, 0, 40))
        p.fillRect(page, Qt.GlobalColor.white)
        p.setPen(QColor("#999999"))
        p.drawPolyline([page.bottomLeft(), page.topLeft(), page.topRight(), page.bottomRight()])
        p.setPen(QPen(QColor("#999999"), 1, Qt.PenStyle.DashLine))  # the sheet goes on
        p.drawLine(page.bottomLeft(), page.bottomRight())
        unit = w / 210.0  # pixels per millimetre
        margin = 15 * unit
        body = page.adjusted(margin, 12 * unit, -margin, -4 * unit)

        lh = self.letterhead
        hint = QColor("#9a9a9a")
        ink = QColor("#000000")

        # logo at the left of the kop
        kop_height = 26 * unit
        logo_box = QRectF(body.left(), body.top(), 22 * unit, 24 * unit)
        if self._logo is not None:
            scaled = self._logo.size().scaled(logo_box.size().toSize(),
                                              Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(0, 0, scaled.width(), scaled.height())
            target.moveCenter(logo_box.center())
            p.drawImage(target, self._logo)
        else:
            p.setPen(QPen(hint, 1, Qt.PenStyle.DashLine))
            p.drawRect(logo_box)
            p.setFont(self._font(2.6 * unit))
            p.drawText(logo_box, Qt.AlignmentFlag.AlignCenter, self.tr("Logo"))

        text_box = QRectF(logo_box.right() + 2 * unit, body.top(),
                          body.width() - 2 * (logo_box.width() + 2 * unit), kop_height)
        lines = [
            (lh.government.upper(), self.tr("GOVERNMENT OF ... PROVINCE / REGENCY / CITY"), 4.2, True),
            (lh.opd_name.upper(), self.tr("NAME OF THE OFFICE (OPD)"), 5.4, True),
            (lh.address, self.tr("Address"), 3.0, False),
            (lh.contact_line(), self.tr("Phone, e-mail"), 3.0, False),
        ]
        y = text_box.top()
        for value, empty_hint, size_mm, bold in lines:
            font = self._font(size_mm * unit, bold)
            p.setFont(font)
            p.setPen(ink if value else hint)
            text = value or empty_hint
            metrics = QFontMetrics(font)
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(text_box.width()))
            line_h = metrics.height()
            p.drawText(QRectF(text_box.left(), y, text_box.width(), line_h),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, text)
            y += line_h
        rule_y = max(y, logo_box.bottom()) + 1.5 * unit
        p.setPen(QPen(ink, max(1.5, 0.8 * unit)))
        p.drawLine(int(body.left()), int(rule_y), int(body.right()), int(rule_y))
        p.setPen(QPen(ink, 1))
        p.drawLine(int(body.left()), int(rule_y + 1.2 * unit), int(body.right()),
                   int(rule_y + 1.2 * unit))

        # a suggestion of the form's title and table
        p.setFont(self._font(3.6 * unit, True))
        p.setPen(ink)
        title_y = rule_y + 6 * unit
        p.drawText(QRectF(body.left(), title_y, body.width(), 6 * unit),
                   Qt.AlignmentFlag.AlignHCenter, self.tr("ATTENDANCE LIST"))
        p.setFont(self._font(2.8 * unit))
        p.drawText(QRectF(body.left(), title_y + 5 * unit, body.width(), 5 * unit),
                   Qt.AlignmentFlag.AlignHCenter, settings.format_date_id(self.day))
        table_top = title_y + 12 * unit
        row_h = 6 * unit
        p.setPen(QPen(QColor("#c8c8c8"), 1))
        rows = 6
        for i in range(rows + 1):
            p.drawLine(int(body.left()), int(table_top + i * row_h),
                       int(body.right()), int(table_top + i * row_h))
        for fraction in (0, 0.07, 0.45, 0.7, 1):
            x = body.left() + fraction * body.width()
            p.drawLine(int(x), int(table_top), int(x), int(table_top + rows * row_h))

        # signature blocks
        sig_top = table_top + rows * row_h + 8 * unit
        half = body.width() / 2
        left = QRectF(body.left(), sig_top, half - 4 * unit, body.bottom() - sig_top)
        right = QRectF(body.left() + half + 4 * unit, sig_top, half - 4 * unit,
                       body.bottom() - sig_top)
        self._signature(p, left, unit, self.tr("Acknowledged,"), self.countersign)
        self._signature(p, right, unit, settings.place_date(lh.city, self.day), self.head,
                        place_hint=not lh.city)
        p.end()

    def _font(self, pixel_size: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(6, round(pixel_size)))
        font.setBold(bold)
        return font

    def _signature(self, p: QPainter, box: QRectF, unit: float, first: str, sig: Signatory,
                   place_hint: bool = False) -> None:
        hint, ink = QColor("#9a9a9a"), QColor("#000000")
        font = self._font(3.0 * unit)
        metrics = QFontMetrics(font)
        line_h = metrics.height()
        y = box.top()

        def line(text, color=ink, bold=False, underline=False, gap=0.0):
            nonlocal y
            f = QFont(font)
            f.setBold(bold)
            f.setUnderline(underline)
            p.setFont(f)
            p.setPen(color)
            shown = QFontMetrics(f).elidedText(text, Qt.TextElideMode.ElideRight,
                                               int(box.width()))
            p.drawText(QRectF(box.left(), y + gap, box.width(), line_h),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, shown)
            y += line_h + gap

        line(first, hint if place_hint else ink)
        if sig.position:
            line(sig.position + ",")
        else:
            line(self.tr("Position") + ",", hint)
        y += 13 * unit  # room to sign
        line(sig.name or self.tr("NAME"), ink if sig.name else hint, bold=True, underline=True)
        if sig.pangkat:
            line(sig.pangkat)
        line(sig.nip_line() or "NIP. ", ink if sig.nip else hint)


class SettingsPage(QWidget):
    """The letterhead and signatory settings; Save checks every field and writes all of
    them at once.  The logo file chooser and messages (``choose_open_file``, ``show_error``)
    are replaceable in tests."""

    LETTERHEAD_FIELDS = ("government", "opd_name", "address", "phone", "email", "city")
    SIGNATORY_FIELDS = ("position", "name", "pangkat", "nip")
    LOGO_FILTER = "PNG / JPEG (*.png *.jpg *.jpeg)"

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._logo: bytes | None = None
        self._saving = False
        self.errors: dict[str, ErrorLabel] = {}
        self.edits: dict[str, QLineEdit] = {}

        # letterhead
        kop = QGroupBox(self.tr("Letterhead (kop)"))
        kop_form = QFormLayout(kop)
        labels = {
            "government": (self.tr("Government:"),
                           self.tr("for example PEMERINTAH PROVINSI KALIMANTAN SELATAN")),
            "opd_name": (self.tr("Office (OPD):"),
                         self.tr("for example BADAN KEPEGAWAIAN DAERAH")),
            "address": (self.tr("Address:"),
                        self.tr("for example Jl. Jenderal Sudirman No. 14 Banjarmasin 70114")),
            "phone": (self.tr("Phone:"), self.tr("for example (0511) 3350321")),
            "email": (self.tr("E-mail:"), self.tr("for example bkd@kalselprov.go.id")),
            "city": (self.tr("City (place of signing):"), self.tr("for example Banjarmasin")),
        }
        for name in self.LETTERHEAD_FIELDS:
            label, example = labels[name]
            edit = QLineEdit()
            edit.setPlaceholderText(example)
            key = f"letterhead.{name}"
            self.edits[key] = edit
            self.errors[key] = ErrorLabel()
            kop_form.addRow(label, with_error(edit, self.errors[key]))
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(64, 64)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.logo_button = QPushButton(self.tr("Choose logo..."))
        self.logo_button.setToolTip(self.tr("A PNG or JPEG image under 1 MB"))
        self.remove_logo_button = QPushButton(self.tr("Remove logo"))
        self.logo_button.clicked.connect(lambda: self.choose_logo())
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        logo_box = QWidget()
        logo_box.setLayout(logo_row)
        logo_row.setContentsMargins(0, 0, 0, 0)
        self.errors["letterhead.logo_png"] = ErrorLabel()
        kop_form.addRow(self.tr("Logo:"), with_error(logo_box, self.errors["letterhead.logo_png"]))

        # signatories
        self.pangkat_combos: dict[str, QComboBox] = {}
        head = self._signatory_box("head", self.tr("Unit head (signs at the right)"),
                                   self.tr("for example Kepala Badan Kepegawaian Daerah"))
        counter = self._signatory_box(
            "countersign", self.tr("Superior who countersigns (\"Mengetahui\", at the left)"),
            self.tr("for example Sekretaris Daerah"))

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        for button in (self.save_button, self.logo_button, self.remove_logo_button):
            permissions.apply(ctx, button, "settings")
        if not permissions.allowed(ctx, "settings"):
            for edit in self.edits.values():
                edit.setReadOnly(True)
            for combo in self.pangkat_combos.values():
                combo.setEnabled(False)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.save_button)

        form_widget = QWidget()
        form_layout = QVBoxLayout(form_widget)
        form_layout.addWidget(kop)
        form_layout.addWidget(head)
        form_layout.addWidget(counter)
        form_layout.addWidget(self._backups_box())
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        scroll.setMinimumWidth(460)

        self.preview = LetterheadPreview()
        preview_box = QGroupBox(self.tr("Preview"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview)

        columns = QHBoxLayout()
        columns.addWidget(scroll, 1)
        columns.addWidget(preview_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(save_row)

        for edit in self.edits.values():
            edit.textChanged.connect(self._edited)
        for combo in self.pangkat_combos.values():
            combo.editTextChanged.connect(self._edited)
        ctx.changed.connect(self._on_changed)
        self.load()
        self.load_backups()

    def _backups_box(self) -> QGroupBox:
        """The automatic backups (date, size), "Back up now...", "Restore..." and how many
        days of backups are kept."""
        box = QGroupBox(self.tr("Backups"))
        layout = QVBoxLayout(box)
        self.backup_folder_label = QLabel()
        self.backup_folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_folder_label.setWordWrap(True)
        self.backup_list = QTreeWidget()
        self.backup_list.setHeaderLabels([self.tr("Date"), self.tr("Size")])
        self.backup_list.setRootIsDecorated(False)
        self.backup_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backup_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.backup_list.setMinimumHeight(120)
        self.backup_list.setAccessibleName(self.tr("Automatic backups"))
        self.keep_days = QSpinBox()
        self.keep_days.setRange(backup.MIN_KEEP_DAYS, backup.MAX_KEEP_DAYS)
        self.keep_days.setToolTip(self.tr("One backup is made on each day the program is "
                                          "used; older ones are deleted."))
        self.keep_days.valueChanged.connect(self.save_keep_days)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Days of backups to keep:")))
        keep_row.addWidget(self.keep_days)
        keep_row.addStretch(1)
        self.backup_button = QPushButton(self.tr("Back up now..."))
        self.backup_button.setToolTip(self.tr("Save a copy of the database, for example on "
                                              "a USB stick"))
        self.restore_button = QPushButton(self.tr("Restore..."))
        self.restore_button.setToolTip(self.tr("Replace the database by a backup"))
        self.backup_button.clicked.connect(lambda: self.back_up_now())
        self.restore_button.clicked.connect(lambda: self.restore_backup())
        permissions.apply(self.ctx, self.backup_button, "backup")
        permissions.apply(self.ctx, self.restore_button, "restore")
        permissions.apply(self.ctx, self.keep_days, "settings")
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        self.backup_status = QLabel()
        self.backup_status.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_status.setWordWrap(True)
        layout.addWidget(self.backup_folder_label)
        layout.addWidget(self.backup_list)
        layout.addLayout(keep_row)
        layout.addLayout(buttons)
        layout.addWidget(self.backup_status)
        return box

    def _signatory_box(self, role: str, title: str, position_example: str) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        labels = {"position": self.tr("Position:"), "name": self.tr("Name:"),
                  "pangkat": self.tr("Rank (pangkat):"), "nip": self.tr("NIP:")}
        examples = {"position": position_example,
                    "name": self.tr("with academic titles, for example Dr. H. Ahmad, S.H., M.Si."),
                    "nip": self.tr("18 digits, spaces allowed")}
        for name in self.SIGNATORY_FIELDS:
            key = f"{role}.{name}"
            if name == "pangkat":
                combo = QComboBox()
                combo.setEditable(True)
                combo.addItem("")
                for golongan, pangkat in settings_pangkat_items():
                    combo.addItem(f"{pangkat} ({golongan})")
                combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                self.pangkat_combos[key] = combo
                self.edits[key] = combo.lineEdit()
                field = combo
            else:
                field = QLineEdit()
                field.setPlaceholderText(examples[name])
                self.edits[key] = field
            self.errors[key] = ErrorLabel()
            form.addRow(labels[name], with_error(field, self.errors[key]))
        return box

    # --- replaceable interactions ----------------------------------------------------

    def choose_open_file(self, title: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, title, "", self.LOGO_FILTER)
        return path or None

    def show_error(self, title: str, message: str) -> None:
        runner.show_message(self, QMessageBox.Icon.Warning, title, message)

    BACKUP_FILTER = "SQLite (*.sqlite3 *.sqlite *.db);;*"

    def choose_save_file(self, title: str, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, self.BACKUP_FILTER)
        return path or None

    def choose_backup_file(self, title: str, folder: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, title, folder, self.BACKUP_FILTER)
        return path or None

    def confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box.exec() == QMessageBox.StandardButton.Yes

    def show_info(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def close_app(self) -> None:
        """After a restore: the window closes and the program ends."""
        self.window().close()
        QCoreApplication.quit()

    # --- backups -----------------------------------------------------------------------

    def load_backups(self) -> None:
        """The list of automatic backups and the number of days kept, from the files and
        the database."""
        folder = backup.backup_folder(self.ctx.db_path)
        self.backup_folder_label.setText(self.tr(
            "One automatic backup a day, kept in {folder}").format(folder=folder))
        self.backup_list.clear()
        for b in backup.list_backups(self.ctx.db_path):
            item = QTreeWidgetItem([settings.format_long_date(b.day),
                                    backup.format_size(b.size)])
            item.setData(0, PATH_ROLE, str(b.path))
            item.setToolTip(0, str(b.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.backup_list.addTopLevelItem(item)
        self.keep_days.blockSignals(True)
        self.keep_days.setValue(backup.keep_days(self.ctx.db))
        self.keep_days.blockSignals(False)

    def backup_paths(self) -> list[str]:
        return [self.backup_list.topLevelItem(i).data(0, PATH_ROLE)
                for i in range(self.backup_list.topLevelItemCount())]

    def save_keep_days(self, value: int) -> bool:
        ok, _ = runner.run_now(self, self.ctx, lambda db: backup.set_keep_days(db, value),
                               changes=("backups",))
        if ok:
            self.backup_status.setText(self.tr(
                "The backups of the last {days} days of use are kept.").format(days=value))
        return ok

    def back_up_now(self, path: str | None = None):
        """Write a copy of the database (in the background); returns the task, or None
        when no file was chosen."""
        if not permissions.check(self, self.ctx, "backup"):
            return None
        if not path:
            # wfh-desktop-2020-03-23-1015.sqlite3
            daily = backup.daily_backup_path(self.ctx.db_path, dt.date.today())
            path = self.choose_save_file(self.tr("Back up the database"),
                                         f"{daily.stem}{dt.datetime.now():-%H%M}{daily.suffix}")
        if not path:
            return None
        db_path = self.ctx.db_path

        def done(result):
            written, size = result
            self.backup_status.setText(self.tr("Backup written to {path} ({size}).").format(
                path=written, size=backup.format_size(size)))

        self.backup_status.setText(self.tr("Backing up..."))
        return runner.run_in_background(
            self, self.ctx, self.tr("Backing up the database..."),
            lambda db: backup.backup_now(db, path, db_path=db_path), on_done=done,
            changes=("backups",))

    def restore_backup(self, path: str | None = None) -> bool:
        """Check a backup, ask, restore it, then close the program (it must be started
        again to open the restored database)."""
        if not permissions.check(self, self.ctx, "restore"):
            return False
        if not path:
            selected = self.backup_list.currentItem()
            start = selected.data(0, PATH_ROLE) if selected is not None else \
                str(backup.backup_folder(self.ctx.db_path))
            path = self.choose_backup_file(self.tr("Choose the backup to restore"), start)
        if not path:
            return False
        title = self.tr("Restore")
        try:
            backup.check_backup(path)
        except backup.RestoreRefused as exc:
            self.show_error(title, str(exc))
            return False
        if not self.confirm(title, self.tr(
                "Replace the database\n{db}\nby the backup\n{file}?\n\nThe current database "
                "is kept in the backups folder first. WFH Desktop closes after the restore; "
                "start it again to work on the restored data.").format(
                    db=self.ctx.db_path, file=path)):
            return False
        runner.wait_for_tasks()
        ok, result = runner.run_now(self, self.ctx,
                                    lambda _db: backup.restore(self.ctx.db_path, path),
                                    changes=())
        if not ok:
            return False
        text = self.tr("The database was restored from {file}.").format(file=path)
        if result.kept is not None:
            text += "\n" + self.tr("The database as it was is kept in {kept}.").format(
                kept=result.kept)
        text += "\n\n" + self.tr("WFH Desktop closes now. Start it again to go on working.")
        self.show_info(title, text)
        self.close_app()
        return True

    # --- the form ----------------------------------------------------------------------

    def _on_changed(self, kind: str) -> None:
        if kind == "settings" and not self._saving:
            self.load()
        elif kind == "backups":
            self.load_backups()

    def load(self) -> None:
        lh = settings.load_letterhead(self.ctx.db)
        sigs = settings.load_signatories(self.ctx.db)
        for name in self.LETTERHEAD_FIELDS:
            edit = self.edits[f"letterhead.{name}"]
            edit.setText(getattr(lh, name))
            edit.setCursorPosition(0)  # a long OPD name shows its beginning
        for role in ("head", "countersign"):
            sig = sigs[role]
            for name in self.SIGNATORY_FIELDS:
                value = getattr(sig, name)
                if name == "nip":
                    value = format_nip(value)
                self.edits[f"{role}.{name}"].setText(value)
        self._set_logo(lh.logo_png)
        self.show_errors({})
        self.status.clear()
        self._update_preview()

    def letterhead(self) -> Letterhead:
        values = {name: self.edits[f"letterhead.{name}"].text()
                  for name in self.LETTERHEAD_FIELDS}
        return Letterhead(**values, logo_png=self._logo)

    def signatory(self, role: str) -> Signatory:
        return Signatory(role, **{name: self.edits[f"{role}.{name}"].text()
                                  for name in self.SIGNATORY_FIELDS})

    def _edited(self, *_args) -> None:
        self.status.clear()
        self._update_preview()

    def _update_preview(self) -> None:
        self.preview.set_data(self.letterhead(), self.signatory("head"),
                              self.signatory("countersign"))

    def _set_logo(self, data: bytes | None) -> None:
        self._logo = data or None
        self.logo_preview.clear()
        if self._logo:
            pixmap = QPixmap()
            pixmap.loadFromData(self._logo)
            self.logo_preview.setPixmap(pixmap.scaled(
                self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setText(self.tr("no logo"))
        self.remove_logo_button.setEnabled(self._logo is not None)

    def choose_logo(self, path: str | None = None) -> bool:
        path = path or self.choose_open_file(self.tr("Choose the logo"))
        if not path:
            return False
        try:
            data = settings.read_logo(path)
        except InvalidRecord as exc:
            self.errors["letterhead.logo_png"].set_message(
                "; ".join(e.message for e in exc.errors))
            return False
        if QImage.fromData(data).isNull():
            self.errors["letterhead.logo_png"].set_message(
                self.tr("The image cannot be read; save it again as PNG."))
            return False
        self.errors["letterhead.logo_png"].set_message("")
        self._set_logo(data)
        self._edited()
        return True

    def remove_logo(self) -> None:
        self._set_logo(None)
        self._edited()

    def show_errors(self, messages: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.set_message(messages.get(key, ""))

    def save(self) -> bool:
        if not permissions.check(self, self.ctx, "settings"):
            return False
        try:
            lh, sigs = settings.save_settings(
                self.ctx.db, self.letterhead(),
                [self.signatory("head"), self.signatory("countersign")])
        except InvalidRecord as exc:
            messages: dict[str, str] = {}
            for e in exc.errors:
                messages[e.column] = "; ".join(filter(None, [messages.get(e.column), e.message]))
            self.show_errors(messages)
            first = next((k for k in self.errors if k in messages and k in self.edits), None)
            if first:
                self.edits[first].setFocus()
            self.status.setText(self.tr("Not saved: correct the fields marked in red."))
            return False
        self.show_errors({})
        # show what was stored (whitespace tidied, NIP grouped)
        self._saving = True
        try:
            for sig in sigs:
                self.edits[f"{sig.role}.nip"].setText(format_nip(sig.nip))
            self.ctx.notify("settings")
        finally:
            self._saving = False
        self.status.setText(self.tr("Saved."))
        return True


def settings_pangkat_items() -> list[tuple[str, str]]:
    """(golongan, pangkat) of PNS, highest first, for the rank combo."""
    return sorted(PANGKAT.items(), key=lambda item: item[0], reverse=True)
