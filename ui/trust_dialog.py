"""Register another office in three steps: its registration file, the fingerprint it
reads over the phone, the result.  Only :func:`wfh_desktop.sites.trust` stores anything,
and only when the fingerprint typed matches the file."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QValidator
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wfh_desktop import register, sites

from . import runner
from .unit_dialog import ErrorLabel

STEP_FILE, STEP_FINGERPRINT, STEP_DONE = range(3)
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
IDENTITY_FILTER = "WFH Desktop (*.json);;*"


def fingerprint_font(point_size: float = 0) -> QFont:
    """The monospace font fingerprints are shown (and typed) in."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    if point_size:
        font.setPointSizeF(point_size)
    return font


class FingerprintValidator(QValidator):
    """Letters A-Z and digits 2-7 (what a fingerprint is made of), in capitals, grouped
    by four with dashes as they are typed or pasted (spaces and dashes typed are
    ignored); other characters are refused."""

    def validate(self, text, pos):
        chars = sites.normalize_fingerprint(text)
        if len(chars) > sites.FINGERPRINT_CHARS or any(c not in BASE32 for c in chars):
            return QValidator.State.Invalid, text, pos
        group = sites.FINGERPRINT_GROUP
        grouped = "-".join(chars[i:i + group] for i in range(0, len(chars), group))
        before = len(sites.normalize_fingerprint(text[:pos]))
        # the cursor stays after the same character (before a dash that follows it)
        new_pos = before + (before - 1) // group if before else 0
        state = (QValidator.State.Acceptable if len(chars) == sites.FINGERPRINT_CHARS
                 else QValidator.State.Intermediate)
        return state, grouped, new_pos


def fingerprint_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setValidator(FingerprintValidator(edit))
    edit.setFont(fingerprint_font(16))
    edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
    edit.setMaxLength(sites.FINGERPRINT_CHARS + sites.FINGERPRINT_CHARS // 4)
    return edit


def plain_label(text: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class TrustDialog(QDialog):
    """The wizard.  ``choose_open_file`` is replaceable in tests; ``choose_file(path)``,
    ``next_step()`` and ``register()`` drive it.  After a registration ``result`` holds the
    core's :class:`~wfh_desktop.sites.TrustResult` and ``ctx.notify("sync")`` was called."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.identity: sites.Identity | None = None
        self.path: str | None = None
        self.result_: sites.TrustResult | None = None
        self.setWindowTitle(self.tr("Register another office"))
        self.setMinimumWidth(560)

        self.steps = QStackedWidget()
        self.steps.addWidget(self._file_step())
        self.steps.addWidget(self._fingerprint_step())
        self.steps.addWidget(self._done_step())

        self.step_label = plain_label(wrap=False)
        self.step_label.setStyleSheet("color: #555555;")
        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.clicked.connect(self.back_step)
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.clicked.connect(self.next_step)
        self.register_button = QPushButton(self.tr("&Register"))
        self.register_button.clicked.connect(self.register)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.step_label)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.register_button,
                       self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        self._show_step(STEP_FILE)

    # --- the steps ---------------------------------------------------------------------
    def _file_step(self) -> QWidget:
        page = QWidget()
        intro = plain_label(self.tr(
            "1. Choose the registration file the other office sent you (by USB stick, "
            "e-mail or WhatsApp)."))
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("no file chosen"))
        self.file_button = QPushButton(self.tr("&Choose file..."))
        self.file_button.clicked.connect(lambda: self.choose_file())
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.file_button)
        self.file_error = ErrorLabel()
        self.file_error.setObjectName("file_error")

        self.identity_box = QGroupBox(self.tr("What the file says"))
        form = QFormLayout(self.identity_box)
        self.office_value = plain_label()
        self.unit_value = plain_label()
        self.name_value = plain_label()
        self.site_value = plain_label(wrap=False)
        self.site_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Office:"), self.office_value)
        form.addRow(self.tr("Unit:"), self.unit_value)
        form.addRow(self.tr("Name:"), self.name_value)
        form.addRow(self.tr("Site id:"), self.site_value)
        self.identity_box.hide()

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.file_error)
        layout.addWidget(self.identity_box)
        layout.addStretch(1)
        return page

    def _fingerprint_step(self) -> QWidget:
        page = QWidget()
        self.fingerprint_intro = plain_label()
        self.fingerprint_edit = fingerprint_edit()
        self.fingerprint_edit.setObjectName("fingerprint")
        self.fingerprint_edit.setAccessibleName(self.tr("Fingerprint read over the phone"))
        self.fingerprint_edit.textChanged.connect(lambda _t: self.fingerprint_error.set_message(""))
        hint = plain_label(self.tr(
            "16 characters: letters A to Z and digits 2 to 7 (no 0, 1, 8 or 9). The dashes "
            "are added for you."))
        hint.setStyleSheet("color: #555555;")
        self.fingerprint_error = ErrorLabel()
        self.fingerprint_error.setObjectName("fingerprint_error")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fingerprint_intro)
        layout.addWidget(self.fingerprint_edit)
        layout.addWidget(hint)
        layout.addWidget(self.fingerprint_error)
        layout.addStretch(1)
        return page

    def _done_step(self) -> QWidget:
        page = QWidget()
        self.done_label = plain_label()
        font = self.done_label.font()
        font.setBold(True)
        self.done_label.setFont(font)
        self.done_detail = plain_label()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done_label)
        layout.addWidget(self.done_detail)
        layout.addStretch(1)
        return page

    def step(self) -> int:
        return self.steps.currentIndex()

    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.step_label.setText(self.tr("Step %1 of 3").replace("%1", str(step + 1)))
        self.back_button.setVisible(step == STEP_FINGERPRINT)
        self.next_button.setVisible(step == STEP_FILE)
        self.next_button.setEnabled(self.identity is not None and not self.file_error.text())
        self.register_button.setVisible(step == STEP_FINGERPRINT)
        self.cancel_button.setVisible(step != STEP_DONE)
        self.close_button.setVisible(step == STEP_DONE)
        if step == STEP_FILE:
            self.next_button.setDefault(True)
        elif step == STEP_FINGERPRINT:
            self.register_button.setDefault(True)
            self.fingerprint_edit.setFocus()
        else:
            self.close_button.setDefault(True)

    # --- replaceable interactions ------------------------------------------------------
    def choose_open_file(self, title: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, title, "", IDENTITY_FILTER)
        return path or None

    # --- actions -------------------------------------------------------------------------
    def choose_file(self, path: str | None = None) -> bool:
        """Read the registration file at *path* (asked for when None) and show what it
        says; False when it cannot be used (the reason is shown under the file)."""
        path = path or self.choose_open_file(self.tr("Choose the other office's "
                                                     "registration file"))
        if not path:
            return False
        self.path = str(path)
        self.file_edit.setText(self.path)
        self.file_edit.setCursorPosition(len(self.path))
        self.identity = None
        self.identity_box.hide()
        self.fingerprint_edit.clear()
        try:
            ident = sites.read_identity(self.path)
        except Exception as exc:  # noqa: BLE001 - IdentityError, or the file system
            self.file_error.set_message(runner.error_text(exc))
            self._show_step(STEP_FILE)
            return False
        self.identity = ident
        self._show_identity(ident)
        problem = self._problem(ident)
        self.file_error.set_message(problem or "")
        self._show_step(STEP_FILE)
        return problem is None

    def _show_identity(self, ident: sites.Identity) -> None:
        self.office_value.setText(sites.role_label(ident.role))
        unit = ident.unit_code or "-"
        if ident.unit_code:
            known = {u["code"].upper(): u["name"] for u in register.list_units(self.ctx.db)}
            name = known.get(ident.unit_code.upper())
            if name:
                unit = f"{ident.unit_code} ({name})"
        self.unit_value.setText(unit)
        self.name_value.setText(ident.name or "-")
        self.site_value.setText(ident.site_id)
        self.identity_box.show()

    def _problem(self, ident: sites.Identity) -> str | None:
        """Why this file is of no use here, told before the phone call."""
        me = sites.existing_site(self.ctx.db)
        if me is None or me.role is None:
            return self.tr("First say what this office is (BKD or OPD) on the Sync page "
                           "and save it.")
        if ident.site_id == me.site_id or ident.public_key == me.public_key:
            return self.tr("This is the registration file of this office itself. Choose "
                           "the file the other office sent you.")
        if me.role == "opd" and ident.role != "bkd":
            return self.tr("This file is of an OPD. An OPD registers only the BKD.")
        if me.role == "bkd" and ident.role != "opd":
            return self.tr("This file is of a BKD. The BKD registers only OPDs.")
        return None

    def next_step(self) -> bool:
        if self.step() != STEP_FILE or self.identity is None or self.file_error.text():
            return False
        ident = self.identity
        self.fingerprint_intro.setText(self.tr(
            "2. Phone {office} and ask them to read out the fingerprint shown on their Sync "
            "page. Type it here as you hear it.").format(
                office=sites.site_label(ident.role, ident.unit_code, ident.name)))
        self.fingerprint_error.set_message("")
        self._show_step(STEP_FINGERPRINT)
        return True

    def back_step(self) -> None:
        if self.step() == STEP_FINGERPRINT:
            self._show_step(STEP_FILE)

    def register(self) -> bool:
        """Compare the fingerprint typed with the file's; register the office only when
        they are the same."""
        if self.step() != STEP_FINGERPRINT or self.identity is None:
            return False
        typed = self.fingerprint_edit.text()
        if not sites.valid_fingerprint(typed):
            self.fingerprint_error.set_message(self.tr(
                "Type all 16 characters of the fingerprint."))
            self.fingerprint_edit.setFocus()
            return False
        if not sites.same_fingerprint(typed, self.identity.fingerprint):
            # the file's own fingerprint is not shown: it is to be heard, not copied
            self.fingerprint_error.set_message(self.tr(
                "The fingerprint does not match this file. Nothing was registered.\n"
                "Ask the other office to read it again, slowly. If it still differs, do "
                "not use this file: it may not come from that office."))
            self.fingerprint_edit.setFocus()
            self.fingerprint_edit.selectAll()
            return False
        path = self.path
        try:
            result = sites.trust(self.ctx.db, path, typed)
        except Exception as exc:  # noqa: BLE001 - TrustRefused, PermissionDenied, storage
            self.fingerprint_error.set_message(
                runner.error_text(exc) + "\n" + self.tr("Nothing was registered."))
            return False
        self.result_ = result
        self.ctx.notify("sync")
        p = result.peer
        label = sites.site_label(p["role"], p["unit_code"], p["name"])
        if result.status == "new":
            self.done_label.setText(self.tr("{office} is registered.").format(office=label))
            self.done_detail.setText(self.tr(
                "It is listed under Registered offices on the Sync page."))
        elif result.status == "updated":
            self.done_label.setText(self.tr("{office} was registered already.").format(
                office=label))
            self.done_detail.setText(self.tr("Its name and unit were updated."))
        else:
            self.done_label.setText(self.tr("{office} was registered already.").format(
                office=label))
            self.done_detail.setText(self.tr("Nothing changed."))
        self._show_step(STEP_DONE)
        return True

    @property
    def status(self) -> str | None:
        """The core's outcome ("new", "updated", "unchanged"), None before registering."""
        return self.result_.status if self.result_ is not None else None
