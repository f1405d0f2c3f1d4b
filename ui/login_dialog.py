"""Logging in, creating the first administrator and changing a password.

:func:`log_in_at_start` is what the program does after the database opened: the log-in
when the database has accounts, otherwise the creation of its first administrator (who
is then logged in).  Every dialog shows the core's refusal (wrong password, the hold-back
after repeated failures, a weak password) inside itself, as plain text.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from wfh_desktop import accounts

from .runner import error_text
from .unit_dialog import ErrorLabel

SETTINGS_LAST_USER = "ui/last_user"


def log_in_at_start(ctx, parent=None) -> bool:
    """The log-in (or, on a database without accounts, the first administrator); False
    when the person cancelled and the program should end."""
    if accounts.accounts_exist(ctx.db):
        dialog = LoginDialog(ctx, parent)
    else:
        dialog = CreateAdminDialog(ctx, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(200)
    return edit


def title_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    return label


def note_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555555;")
    return label


class LoginDialog(QDialog):
    """User name and password; the core's refusal is shown under the fields.

    After a successful :meth:`log_in` the account is on ``ctx.db`` (``db.account``) and the
    user name is remembered for the next start."""

    def __init__(self, ctx, parent=None, *, switching: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.account: accounts.Account | None = None
        self.setWindowTitle(self.tr("Log in - WFH Desktop"))
        self.setMinimumWidth(420)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(40)
        self.name_edit.setObjectName("user_name")
        self.password_edit = password_edit()
        self.password_edit.setObjectName("password")
        self.error = ErrorLabel()
        self.error.setObjectName("error")

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.name_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Log in"))
        self.buttons.accepted.connect(self.log_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Switch user") if switching
                                     else self.tr("Log in to WFH Desktop")))
        where = note_label(self.tr("Database: %1").replace("%1", ctx.db_path))
        where.setToolTip(ctx.db_path)
        layout.addWidget(where)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        last = "" if switching else str(QSettings().value(SETTINGS_LAST_USER, "") or "")
        self.name_edit.setText(last)
        (self.password_edit if last else self.name_edit).setFocus()

    def log_in(self) -> bool:
        name, password = self.name_edit.text().strip(), self.password_edit.text()
        try:
            self.account = accounts.login(self.ctx.db, name, password)
        except Exception as exc:  # noqa: BLE001 - AccountError, or the storage failing
            self.error.set_message(error_text(exc))
            self.password_edit.clear()
            (self.password_edit if name else self.name_edit).setFocus()
            return False
        self.error.set_message("")
        QSettings().setValue(SETTINGS_LAST_USER, self.account.name)
        self.accept()
        return True


class CreateAdminDialog(QDialog):
    """The first start with accounts: the database's first administrator, who is logged
    in once created."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.account: accounts.Account | None = None
        self.setWindowTitle(self.tr("Create the administrator - WFH Desktop"))
        self.setMinimumWidth(480)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(40)
        self.name_edit.setPlaceholderText(self.tr("one word, for example admin"))
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setMaxLength(120)
        self.password_edit = password_edit()
        at_least = self.tr("at least %1 characters").replace(
            "%1", str(accounts.MIN_PASSWORD_LENGTH))
        self.password_edit.setPlaceholderText(at_least)
        self.again_edit = password_edit()
        self.error = ErrorLabel()
        self.error.setObjectName("error")

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.name_edit)
        form.addRow(self.tr("&Full name:"), self.full_name_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("Password &again:"), self.again_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Create and log in"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Create the administrator")))
        layout.addWidget(note_label(self.tr(
            "This database has no user accounts yet. The administrator you create now "
            "manages the accounts of the other users (operators, supervisors, viewers) and "
            "the settings. Every change is recorded under the name of the user who made "
            "it.")))
        where = note_label(self.tr("Database: %1").replace("%1", ctx.db_path))
        where.setToolTip(ctx.db_path)
        layout.addWidget(where)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.name_edit.setFocus()

    def problem(self) -> str | None:
        """What is wrong with the form, or None."""
        name, password = self.name_edit.text().strip(), self.password_edit.text()
        if not name:
            return self.tr("Type a user name.")
        problem = accounts.password_problem(password, name)
        if problem:
            return problem
        if password != self.again_edit.text():
            return self.tr("The two passwords differ.")
        return None

    def create(self) -> bool:
        problem = self.problem()
        if problem:
            self.error.set_message(problem)
            return False
        name, password = self.name_edit.text().strip(), self.password_edit.text()
        try:
            accounts.add_user(self.ctx.db, name, "admin", password,
                              full_name=self.full_name_edit.text())
            self.account = accounts.login(self.ctx.db, name, password)
        except Exception as exc:  # noqa: BLE001 - AccountError, or the storage failing
            self.error.set_message(error_text(exc))
            return False
        self.error.set_message("")
        QSettings().setValue(SETTINGS_LAST_USER, self.account.name)
        self.accept()
        return True


class ChangePasswordDialog(QDialog):
    """A new password, typed twice.  For one's own account (*name* None or the account
    logged in) the current password is asked too; an administrator setting another
    user's password is not asked for it."""

    def __init__(self, ctx, name: str | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        me = accounts.current(ctx.db)
        self.name = name or (me.name if me else "")
        self.own = me is not None and me.name.lower() == self.name.lower()
        self.setWindowTitle(self.tr("Change my password") if self.own
                            else self.tr("Set the password of %1").replace("%1", self.name))
        self.setMinimumWidth(420)

        self.old_edit = password_edit()
        self.new_edit = password_edit()
        at_least = self.tr("at least %1 characters").replace(
            "%1", str(accounts.MIN_PASSWORD_LENGTH))
        self.new_edit.setPlaceholderText(at_least)
        self.again_edit = password_edit()
        self.error = ErrorLabel()
        self.error.setObjectName("error")

        form = QFormLayout()
        user = QLabel(self.name)
        user.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("User:"), user)
        if self.own:
            form.addRow(self.tr("&Current password:"), self.old_edit)
        form.addRow(self.tr("&New password:"), self.new_edit)
        form.addRow(self.tr("New password &again:"), self.again_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        (self.old_edit if self.own else self.new_edit).setFocus()

    def save(self) -> bool:
        new = self.new_edit.text()
        problem = accounts.password_problem(new, self.name)
        if not problem and new != self.again_edit.text():
            problem = self.tr("The two passwords differ.")
        if problem:
            self.error.set_message(problem)
            return False
        try:
            accounts.set_password(self.ctx.db, self.name, new,
                                  old_password=self.old_edit.text() if self.own else None)
        except Exception as exc:  # noqa: BLE001 - AccountError, or the storage failing
            self.error.set_message(error_text(exc))
            if self.own:
                self.old_edit.setFocus()
            return False
        self.error.set_message("")
        self.accept()
        return True
