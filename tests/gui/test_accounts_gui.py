"""Log-in, the first administrator, switching user and what each role may do in the GUI."""
import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit  # noqa: E402

from tests.core.scenario import Org, policy  # noqa: E402
from ui import app as app_module  # noqa: E402
from ui import login_dialog, runner  # noqa: E402
from ui.attendance_model import COL_STATUS  # noqa: E402
from ui.attendance_page import DAY, AttendancePage  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.login_dialog import (  # noqa: E402
    ChangePasswordDialog,
    CreateAdminDialog,
    LoginDialog,
    log_in_at_start,
)
from ui.main_window import MainWindow  # noqa: E402
from ui.staff_page import StaffPage  # noqa: E402
from wfh_desktop import accounts, register, scheduler  # noqa: E402
from wfh_desktop.i18n import set_language  # noqa: E402

from .accounts_helpers import PASSWORD, log_in_as, make_users  # noqa: E402

BASE_TITLES = ["Staff", "Units", "Policies", "Roster", "Attendance", "Daily reports",
               "Sync", "Settings"]


def click_ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok
                          if dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
                          else QDialogButtonBox.StandardButton.Save).click()


def shown_error(dialog) -> str:
    return dialog.error.text() if not dialog.error.isHidden() else ""


# --- log-in -------------------------------------------------------------------------------

@pytest.fixture
def login(qtbot, ctx):
    make_users(ctx.db, "operator")
    accounts.logout(ctx.db)
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def test_login_succeeds_and_remembers_the_name(login, ctx):
    assert login.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert login.name_edit.text() == ""  # nobody logged in on this computer yet
    login.name_edit.setText("ops")
    login.password_edit.setText(PASSWORD)
    click_ok(login)
    assert login.result() == QDialog.DialogCode.Accepted
    assert accounts.current(ctx.db).name == "ops"
    assert QSettings().value(login_dialog.SETTINGS_LAST_USER) == "ops"
    again = LoginDialog(ctx)
    assert again.name_edit.text() == "ops"  # offered at the next start
    again.deleteLater()


def test_login_failure_is_shown_in_the_dialog_then_held_back(login, ctx, qtbot):
    login.show()
    login.name_edit.setText("ops")
    for _ in range(3):
        qtbot.keyClicks(login.password_edit, "wrong password")
        qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
        assert shown_error(login) == "wrong user name or password"
        assert login.password_edit.text() == ""  # cleared for the next try
        assert login.isVisible() and accounts.current(ctx.db) is None
    login.password_edit.setText(PASSWORD)  # right, but held back after 3 failures
    click_ok(login)
    assert "too many failed log-ins" in shown_error(login)
    assert "ops can try again in" in shown_error(login)
    assert accounts.current(ctx.db) is None
    assert login.result() != QDialog.DialogCode.Accepted


def test_unknown_user_gets_the_same_message(login):
    login.name_edit.setText("nobody")
    login.password_edit.setText(PASSWORD)
    assert login.log_in() is False
    assert shown_error(login) == "wrong user name or password"


def test_cancel_rejects(login):
    login.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert login.result() == QDialog.DialogCode.Rejected


# --- the first administrator --------------------------------------------------------------

def test_create_the_first_administrator(qtbot, ctx):
    assert not accounts.accounts_exist(ctx.db)
    dialog = CreateAdminDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("admin")
    dialog.full_name_edit.setText("Siti Aminah")
    dialog.password_edit.setText("short")
    dialog.again_edit.setText("short")
    click_ok(dialog)
    assert "at least 8 characters" in shown_error(dialog)
    dialog.password_edit.setText(PASSWORD)
    dialog.again_edit.setText(PASSWORD + "x")
    assert dialog.create() is False
    assert shown_error(dialog) == "The two passwords differ."
    dialog.name_edit.setText("two words")
    dialog.again_edit.setText(PASSWORD)
    assert dialog.create() is False
    assert "one word" in shown_error(dialog)  # the core's refusal
    assert not accounts.accounts_exist(ctx.db)
    dialog.name_edit.setText("admin")
    click_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    me = accounts.current(ctx.db)
    assert (me.name, me.role, me.full_name) == ("admin", "admin", "Siti Aminah")
    assert [e["action"] for e in accounts.audit_log(ctx.db)][:2] == ["login", "users:add_user"]


def test_start_shows_the_right_dialog(ctx, monkeypatch):
    seen = []
    monkeypatch.setattr(CreateAdminDialog, "exec",
                        lambda self: seen.append("create") or QDialog.DialogCode.Rejected)
    monkeypatch.setattr(LoginDialog, "exec",
                        lambda self: seen.append("login") or QDialog.DialogCode.Accepted)
    assert log_in_at_start(ctx) is False  # no accounts: the administrator first; cancelled
    make_users(ctx.db)
    assert log_in_at_start(ctx) is True
    assert seen == ["create", "login"]


@pytest.fixture
def keep_app_names(qapp):
    names = qapp.organizationName(), qapp.applicationName()
    yield
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])


@pytest.mark.usefixtures("keep_app_names")
def test_run_ends_quietly_when_the_log_in_is_cancelled(monkeypatch, tmp_path):
    monkeypatch.delenv("WFH_DESKTOP_QUIT_AFTER_SHOW", raising=False)
    asked, windows = [], []
    monkeypatch.setattr(app_module, "log_in", lambda ctx: asked.append(ctx.db_path) or False)
    monkeypatch.setattr(app_module, "create_main_window", windows.append)
    assert app_module.run(tmp_path / "gui.sqlite3", "en") == 0
    assert asked == [str(tmp_path / "gui.sqlite3")] and windows == []


@pytest.mark.usefixtures("keep_app_names")
def test_run_skips_the_log_in_when_quitting_after_show(monkeypatch, tmp_path):
    monkeypatch.setenv("WFH_DESKTOP_QUIT_AFTER_SHOW", "1")
    monkeypatch.setattr(app_module, "log_in", lambda ctx: pytest.fail("asked to log in"))
    windows = []
    real = app_module.create_main_window
    monkeypatch.setattr(app_module, "create_main_window",
                        lambda ctx: windows.append(real(ctx)) or windows[-1])
    assert app_module.run(tmp_path / "gui.sqlite3", "en") == 0
    windows[0].close()
    windows[0].deleteLater()


# --- the main window ----------------------------------------------------------------------

@pytest.fixture
def window(qtbot, ctx):
    def make():
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        w.show()
        return w
    return make


def file_menu_texts(w):
    return [a.text() for a in w.menuBar().actions()[0].menu().actions()]


def test_window_without_accounts_has_no_account_items(window):
    w = window()
    assert w.page_titles() == BASE_TITLES
    assert w.action_switch_user is None and "S&witch user..." not in file_menu_texts(w)
    assert w.status_user.isHidden()


@pytest.mark.parametrize("role, extra", [
    ("admin", ["Users", "Audit log"]),
    ("supervisor", ["Audit log"]),
    ("operator", []),
    ("viewer", []),
])
def test_pages_and_status_follow_the_role(window, ctx, role, extra):
    make_users(ctx.db, role)
    log_in_as(ctx.db, role)
    w = window()
    assert w.page_titles() == BASE_TITLES + extra
    name = accounts.current(ctx.db).name
    assert w.status_user.text() == f"{name} ({accounts.role_text(role)})"
    assert "S&witch user..." in file_menu_texts(w)
    assert "&Change my password..." in file_menu_texts(w)


def test_switching_user_rebuilds_the_pages(window, ctx):
    make_users(ctx.db, "operator")
    w = window()
    assert "Users" in w.page_titles()
    old_staff = w.staff_page
    assert old_staff.add_button.isEnabled()
    seen = []

    def as_operator(dialog):
        seen.append(type(dialog).__name__)
        assert accounts.current(ctx.db) is None  # logged out while the dialog is up
        dialog.name_edit.setText("ops")
        dialog.password_edit.setText(PASSWORD)
        assert dialog.log_in()
        return dialog.result()

    w.exec_dialog = as_operator
    w.action_switch_user.trigger()
    assert seen == ["LoginDialog"]
    assert accounts.current(ctx.db).name == "ops"
    assert w.staff_page is not old_staff  # built again for the new role
    assert w.page_titles() == BASE_TITLES
    assert w.status_user.text() == "ops (operator)"
    actions = [e["action"] for e in accounts.audit_log(ctx.db, limit=2)]
    assert actions == ["login", "logout"]


def test_cancelling_the_switch_closes_the_window(window, ctx):
    make_users(ctx.db)
    w = window()
    w.exec_dialog = lambda dialog: QDialog.DialogCode.Rejected
    assert w.switch_user() is False
    assert accounts.current(ctx.db) is None
    assert not w.isVisible()


def test_change_my_password_from_the_menu(window, ctx):
    make_users(ctx.db)
    w = window()

    def fill(dialog):
        assert isinstance(dialog, ChangePasswordDialog) and dialog.own
        dialog.old_edit.setText("not it")
        dialog.new_edit.setText("new-password-2")
        dialog.again_edit.setText("new-password-2")
        assert dialog.save() is False
        assert shown_error(dialog) == "the current password is wrong"
        dialog.old_edit.setText(PASSWORD)
        assert dialog.save() is True
        return dialog.result()

    w.exec_dialog = fill
    w.action_change_password.trigger()
    accounts.logout(ctx.db)
    assert accounts.login(ctx.db, "boss", "new-password-2").name == "boss"


def test_own_role_change_rebuilds_the_window(window, ctx):
    make_users(ctx.db)
    accounts.add_user(ctx.db, "boss2", "admin", PASSWORD)
    w = window()
    assert "Users" in w.page_titles()
    runner.run_now(w, ctx, lambda db: accounts.set_role(db, "boss", "supervisor"),
                   changes=("users",))
    assert w.page_titles() == BASE_TITLES + ["Audit log"]
    assert w.status_user.text() == "boss (supervisor)"


# --- what a role may do -------------------------------------------------------------------

def test_a_viewer_cannot_edit_staff(qtbot, ctx, reported):
    make_users(ctx.db, "viewer")
    log_in_as(ctx.db, "viewer")
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.select_id(page.model.row_id(0))  # a selection enables edit... not for a viewer
    for button in (page.add_button, page.edit_button, page.active_button,
                   page.import_button):
        assert not button.isEnabled()
        assert button.toolTip() == ("Only an operator or an administrator may change the "
                                    "staff register.")
    assert page.export_button.isEnabled()  # reading and exporting stay open
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert not window.action_import.isEnabled() and window.action_export.isEnabled()
    page.exec_dialog = lambda dialog: pytest.fail("a dialog was opened")
    page.ask = lambda question: pytest.fail("asked")
    assert page.add_staff() is False
    assert page.edit_staff() is False
    assert page.toggle_active() is False
    assert reported == ["view (viewer) may not change the staff register"] * 3


def test_the_core_refusal_goes_through_the_error_path(qtbot, ctx, reported):
    make_users(ctx.db, "viewer")
    log_in_as(ctx.db, "viewer")
    staff_id = register.StaffList.load(ctx.db).rows[0]["id"]
    ok, _ = runner.run_now(None, ctx, lambda db: register.set_staff_active(db, staff_id, False))
    assert ok is False
    assert reported == ["view (viewer) may not change the staff register"]


def test_a_worker_writes_as_the_account_logged_in(qtbot, ctx):
    make_users(ctx.db, "operator")
    log_in_as(ctx.db, "operator")
    task = runner.run_in_background(None, ctx, "Who", lambda db: accounts.who(db),
                                    changes=())
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert task.result == "ops"


POLICY = """
number = "800/1/ORG"
title = "Sistem kerja"
issuer = "Sekretaris Daerah"
signed_on = 2020-03-20
valid_from = 2020-03-23
valid_to = 2020-03-27
workdays = ["mon", "tue", "wed", "thu", "fri"]

[rules]
max_office_share = 0.5
rotation = "weekly"
"""
MONDAY = dt.date(2020, 3, 23)


@pytest.fixture
def org_ctx(database, tmp_path):
    set_language("en")
    o = Org(database).unit("DIN", "Dinas Uji", type="dinas")
    for i in range(4):
        o.person(f"Staf {i}", "DIN", age=30 + i)
    o.build()
    scheduler.generate(database, policy(database, POLICY))
    make_users(database, "operator", "supervisor")
    return AppContext(database, tmp_path / "t.sqlite3", "en")


def attendance_page(qtbot, ctx, role):
    log_in_as(ctx.db, role)
    page = AttendancePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.set_view(DAY)
    assert page.select_unit("DIN") and page.show_day(MONDAY)
    return page


def test_an_operator_keys_but_does_not_lock(qtbot, org_ctx, reported):
    page = attendance_page(qtbot, org_ctx, "operator")
    assert page.model.editable
    assert page.type_into(0, COL_STATUS, "H")
    assert page.save_action.isEnabled() and page.save_button.isEnabled()
    assert not page.lock_button.isEnabled()
    assert page.lock_button.toolTip() == ("Only a supervisor or an administrator may lock "
                                          "days and close months.")
    assert not page.codes_action.isEnabled() and not page.hours_action.isEnabled()
    assert page.import_button.isEnabled()
    assert page.save_day()
    page.refresh()
    assert not page.lock_button.isEnabled()  # the page's own state logic does not undo it
    assert page.lock_day() is False
    assert reported == ["ops (operator) may not lock days and close months"]


def test_a_supervisor_locks_but_does_not_key(qtbot, org_ctx, reported):
    page = attendance_page(qtbot, org_ctx, "supervisor")
    assert not page.model.editable
    assert page.lock_button.isEnabled()
    assert not page.save_button.isEnabled() and not page.import_button.isEnabled()
    assert "operator or an administrator may key in attendance" in \
        page.import_button.toolTip()
    page.table.setCurrentIndex(page.model.index(0, COL_STATUS))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_H)
    assert page.status_text() == ("Only an operator or an administrator may key in "
                                  "attendance.")
    assert page.type_into(0, COL_STATUS, "H") is False
    page.ask = lambda question: True
    assert page.lock_day() is True
    assert reported == []
    assert accounts.audit_log(org_ctx.db, limit=1)[0]["account"] == "sup"


def test_a_viewer_sees_every_write_disabled_with_a_reason(qtbot, ctx, reported):
    from ui.holidays_dialog import HolidaysDialog
    from ui.policy_page import PolicyPage
    from ui.reports_page import ReportsPage
    from ui.roster_page import RosterPage
    from ui.settings_page import SettingsPage
    from ui.units_page import UnitsPage

    make_users(ctx.db, "viewer")
    log_in_as(ctx.db, "viewer")
    pages = {cls: cls(ctx) for cls in (UnitsPage, PolicyPage, RosterPage, ReportsPage,
                                       SettingsPage)}
    for page in pages.values():
        qtbot.addWidget(page)
    holidays = HolidaysDialog(ctx, 2020)
    qtbot.addWidget(holidays)
    units, policies, roster = pages[UnitsPage], pages[PolicyPage], pages[RosterPage]
    reports, settings = pages[ReportsPage], pages[SettingsPage]
    disabled = {
        "change the units": [units.add_button, units.edit_button, units.import_button],
        "change policies and holidays": [policies.new_button, policies.import_button,
                                         holidays.add_button, holidays.preset_button],
        "change the roster": [roster.generate_button, roster.undo_action],
        "collect daily reports": [reports.import_button, reports.add_button,
                                  reports.assign_button, reports.save_items_action],
        "verify daily reports": [reports.accept_button, reports.return_button],
        "change the settings": [settings.save_button, settings.logo_button,
                                settings.keep_days],
        "make a backup": [settings.backup_button],
        "restore a backup": [settings.restore_button],
    }
    for what, targets in disabled.items():
        for target in targets:
            assert not target.isEnabled(), (what, target)
            assert target.toolTip().endswith(f"may {what}."), target.toolTip()
    assert units.export_button.isEnabled() and policies.export_button.isEnabled() \
        or policies.selected_policy() is None
    assert reports.print_button.isEnabled() and reports.export_button.isEnabled()
    holidays.refresh()  # the dialog's own logic enables the preset button: it stays off
    assert not holidays.preset_button.isEnabled()
    assert units.add_unit() is False and units.import_units("x.csv") is False
    assert settings.save() is False and roster.generate() is None
    assert settings.back_up_now("copy.sqlite3") is None
    assert settings.restore_backup("copy.sqlite3") is False
    assert reported == [
        "view (viewer) may not change the units",
        "view (viewer) may not change the units",
        "view (viewer) may not change the settings",
        "view (viewer) may not change the roster",
        "view (viewer) may not make a backup",
        "view (viewer) may not restore a backup",
    ]
