"""The user accounts page: list, add, change a role, set a password, disable and enable."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

from ui.login_dialog import ChangePasswordDialog  # noqa: E402
from ui.users_model import (  # noqa: E402
    COL_ACTIVE,
    COL_FULL_NAME,
    COL_LAST_LOGIN,
    COL_NAME,
    COL_ROLE,
    UsersModel,
)
from ui.users_page import AddUserDialog, UsersPage  # noqa: E402
from wfh_desktop import accounts  # noqa: E402

from .accounts_helpers import PASSWORD, make_users  # noqa: E402


@pytest.fixture
def page(qtbot, ctx):
    make_users(ctx.db, "operator")
    widget = UsersPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def cell(page, name, column):
    return page.model.data(page.model.index(page.model.row_of_name(name), column))


def test_qtmodeltester(qtmodeltester, ctx):
    make_users(ctx.db, "operator", "supervisor", "viewer")
    model = UsersModel()
    model.set_rows(accounts.list_users(ctx.db))
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_lists_the_accounts(page):
    assert [r["name"] for r in page.model.rows()] == ["boss", "ops"]
    assert page.model.headerData(COL_LAST_LOGIN, Qt.Orientation.Horizontal) == "Last log-in"
    assert cell(page, "boss", COL_FULL_NAME) == "Bu Kepala"
    assert cell(page, "boss", COL_ROLE) == "administrator"
    assert cell(page, "ops", COL_ACTIVE) == "Active"
    assert cell(page, "ops", COL_LAST_LOGIN) == "never"
    assert len(cell(page, "boss", COL_LAST_LOGIN)) == len("2024-01-01 07:30")
    assert "password_hash" not in page.model.rows()[0]
    assert page.summary.text() == "2 accounts, 2 active"


def test_add_user(page, ctx):
    def fill(dialog):
        assert isinstance(dialog, AddUserDialog)
        dialog.name_edit.setText("rina")
        dialog.full_name_edit.setText("Rina <b>Wati</b>")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("supervisor"))
        dialog.password_edit.setText(PASSWORD)
        dialog.again_edit.setText("other-password")
        assert dialog.save() is False
        assert dialog.error.text() == "The two passwords differ."
        dialog.again_edit.setText(PASSWORD)
        assert dialog.save() is True
        return dialog.result()

    page.exec_dialog = fill
    page.add_button.click()
    assert page.selected_name() == "rina"
    assert cell(page, "rina", COL_ROLE) == "supervisor"
    assert cell(page, "rina", COL_FULL_NAME) == "Rina <b>Wati</b>"  # as typed
    entry = accounts.audit_log(ctx.db, limit=1)[0]
    assert (entry["account"], entry["action"], entry["target"]) == (
        "boss", "users:add_user", "rina")
    assert accounts.login(ctx.db, "rina", PASSWORD).role == "supervisor"


def test_add_user_shows_the_core_refusal(page, qtbot, ctx):
    dialog = AddUserDialog(ctx, page)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("OPS")  # taken (names ignore case)
    dialog.password_edit.setText(PASSWORD)
    dialog.again_edit.setText(PASSWORD)
    assert dialog.save() is False
    assert dialog.error.text() == "the user OPS exists already"


def test_change_role(page, ctx):
    page.select_name("ops")
    asked = []
    page.ask_role = lambda name, role: asked.append((name, role)) or "viewer"
    page.role_button.click()
    assert asked == [("ops", "operator")]
    assert cell(page, "ops", COL_ROLE) == "viewer"
    assert page.selected_name() == "ops"  # the selection stays
    assert accounts.audit_log(ctx.db, limit=1)[0]["detail"] == "operator -> viewer"


def test_the_last_administrator_keeps_the_role(page, reported):
    page.select_name("boss")
    page.ask_role = lambda name, role: "operator"
    assert page.change_role() is False
    assert reported == ["boss is the last active administrator"]
    assert cell(page, "boss", COL_ROLE) == "administrator"


def test_set_password_of_another_user(page, ctx):
    page.select_name("ops")

    def fill(dialog):
        assert isinstance(dialog, ChangePasswordDialog) and not dialog.own
        dialog.new_edit.setText("brand-new-pass")
        dialog.again_edit.setText("brand-new-pass")
        assert dialog.save()
        return dialog.result()

    page.exec_dialog = fill
    page.password_button.click()
    assert accounts.login(ctx.db, "ops", "brand-new-pass").name == "ops"


def test_disable_and_enable(page, ctx):
    page.select_name("ops")
    questions = []
    page.ask = lambda question: questions.append(question) or True
    assert page.active_button.text() == "&Disable"
    page.active_button.click()
    assert cell(page, "ops", COL_ACTIVE) == "Disabled"
    assert page.active_button.text() == "&Enable"
    assert page.summary.text() == "2 accounts, 1 active"
    assert "It can no longer log in" in questions[0]
    with pytest.raises(accounts.AccountError):
        accounts.login(ctx.db, "ops", PASSWORD)
    accounts.login(ctx.db, "boss", PASSWORD)
    page.active_button.click()
    assert cell(page, "ops", COL_ACTIVE) == "Active"
    assert questions[1] == "Enable the account ops again?"


def test_cancelled_dialogs_change_nothing(page, ctx):
    before = accounts.list_users(ctx.db)
    page.exec_dialog = lambda dialog: QDialog.DialogCode.Rejected
    page.ask = lambda question: False
    page.ask_role = lambda name, role: None
    page.select_name("ops")
    assert not page.add_user() and not page.change_role() and not page.set_password()
    assert not page.toggle_active()
    assert accounts.list_users(ctx.db) == before
    assert page.model.rowCount() == 2 and cell(page, "ops", COL_NAME) == "ops"
