"""The user accounts (administrators only): add a user, change a role, set a password,
disable or enable an account.  Every change goes through the core
(:mod:`wfh_desktop.accounts`), which keeps at least one active administrator and writes
the audit log."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wfh_desktop import accounts

from . import runner
from .login_dialog import ChangePasswordDialog, password_edit
from .unit_dialog import ErrorLabel
from .users_model import COL_FULL_NAME, COL_NAME, UsersModel

def role_items() -> list[tuple[str, str]]:
    """(role, its name in the user's language) in the core's order."""
    return [(role, accounts.role_text(role)) for role in accounts.ROLES]


class AddUserDialog(QDialog):
    """A new account: user name, full name, role and the first password (twice).  The
    core's refusal (a name taken, a weak password) is shown in the dialog."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.account: accounts.Account | None = None
        self.setWindowTitle(self.tr("Add user"))
        self.setMinimumWidth(440)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(40)
        self.name_edit.setPlaceholderText(self.tr("one word, for example budi"))
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setMaxLength(120)
        self.role_combo = QComboBox()
        for role, text in role_items():
            self.role_combo.addItem(text, role)
        self.role_combo.setCurrentIndex(self.role_combo.findData("operator"))
        self.password_edit = password_edit()
        self.password_edit.setPlaceholderText(self.tr("at least %1 characters").replace(
            "%1", str(accounts.MIN_PASSWORD_LENGTH)))
        self.again_edit = password_edit()
        self.error = ErrorLabel()
        self.error.setObjectName("error")

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.name_edit)
        form.addRow(self.tr("&Full name:"), self.full_name_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("Password &again:"), self.again_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def save(self) -> bool:
        name, password = self.name_edit.text().strip(), self.password_edit.text()
        problem = None if name else self.tr("Type a user name.")
        if not problem:
            problem = accounts.password_problem(password, name)
        if not problem and password != self.again_edit.text():
            problem = self.tr("The two passwords differ.")
        if problem:
            self.error.set_message(problem)
            return False
        try:
            self.account = accounts.add_user(self.ctx.db, name, self.role_combo.currentData(),
                                             password, full_name=self.full_name_edit.text())
        except Exception as exc:  # noqa: BLE001 - AccountError, or the storage failing
            self.error.set_message(runner.error_text(exc))
            return False
        self.error.set_message("")
        self.ctx.notify("users")
        self.accept()
        return True


class UsersPage(QWidget):
    """Accounts with their role, status and last log-in.  Dialogs and questions go through
    ``exec_dialog``, ``ask`` and ``ask_role``, which tests replace."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setObjectName("users")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("User accounts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FULL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.change_role())

        intro = QLabel(self.tr(
            "Administrators manage accounts and settings; operators keep the staff "
            "register, rosters, attendance and daily reports; supervisors verify reports, "
            "lock days and correct locked attendance; viewers only read, print and export."))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #555555;")

        self.add_button = QPushButton(self.tr("&Add user..."))
        self.add_button.clicked.connect(lambda: self.add_user())
        self.role_button = QPushButton(self.tr("Change &role..."))
        self.role_button.clicked.connect(lambda: self.change_role())
        self.password_button = QPushButton(self.tr("Set &password..."))
        self.password_button.clicked.connect(lambda: self.set_password())
        self.active_button = QPushButton(self.tr("&Disable"))
        self.active_button.clicked.connect(lambda: self.toggle_active())
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.password_button,
                       self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons())
        ctx.changed.connect(self._on_changed)
        self.refresh()

    # --- replaceable interactions ----------------------------------------------------
    def exec_dialog(self, dialog) -> int:
        return dialog.exec()

    def ask(self, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("User accounts"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box.exec() == QMessageBox.StandardButton.Yes

    def ask_role(self, name: str, role: str) -> str | None:
        """The new role of *name* (None: cancelled)."""
        items = role_items()
        texts = [text for _r, text in items]
        current = next((i for i, (r, _t) in enumerate(items) if r == role), 0)
        text, ok = QInputDialog.getItem(
            self, self.tr("Change role"),
            self.tr("New role of %1:").replace("%1", name), texts, current, False)
        if not ok:
            return None
        return next((r for r, t in items if t == text), None)

    # --- the table -----------------------------------------------------------------------
    def _on_changed(self, kind: str) -> None:
        if kind == "users":
            self.refresh()

    def refresh(self) -> None:
        name = self.selected_name()
        self.model.set_rows(accounts.list_users(self.ctx.db))
        if not (name and self.select_name(name)) and self.model.rowCount():
            self.table.selectRow(0)
        rows = self.model.rows()
        self.summary.setText(self.tr("%1 accounts, %2 active")
                             .replace("%1", str(len(rows)))
                             .replace("%2", str(sum(1 for r in rows if r.get("active")))))
        self._update_buttons()

    def selected_row(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.row_dict(index.row()) if index.isValid() else None

    def selected_name(self) -> str | None:
        row = self.selected_row()
        return row["name"] if row else None

    def select_name(self, name: str) -> bool:
        row = self.model.row_of_name(name)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, COL_NAME),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def _update_buttons(self) -> None:
        row = self.selected_row()
        for button in (self.role_button, self.password_button, self.active_button):
            button.setEnabled(row is not None)
        if row is not None and not row.get("active"):
            self.active_button.setText(self.tr("&Enable"))
        else:
            self.active_button.setText(self.tr("&Disable"))

    # --- actions ------------------------------------------------------------------------
    def add_user(self) -> bool:
        dialog = AddUserDialog(self.ctx, self)
        try:
            if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.account is None:
                return False
            name = dialog.account.name
        finally:
            dialog.deleteLater()
        self.refresh()
        self.select_name(name)
        return True

    def change_role(self) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        role = self.ask_role(row["name"], row["role"])
        if role is None or role == row["role"]:
            return False
        name = row["name"]
        ok, _ = runner.run_now(self, self.ctx, lambda db: accounts.set_role(db, name, role),
                               changes=("users",))
        return ok

    def set_password(self) -> bool:
        name = self.selected_name()
        if name is None:
            return False
        dialog = ChangePasswordDialog(self.ctx, name, self)
        try:
            saved = self.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if saved:
            self.ctx.notify("users")
        return saved

    def toggle_active(self) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        name, enable = row["name"], not row.get("active")
        if enable:
            question = self.tr("Enable the account %1 again?").replace("%1", name)
        else:
            question = self.tr("Disable the account %1? It can no longer log in; what it "
                               "did stays in the audit log.").replace("%1", name)
        if not self.ask(question):
            return False
        ok, _ = runner.run_now(self, self.ctx,
                               lambda db: accounts.set_active(db, name, enable),
                               changes=("users",))
        return ok
