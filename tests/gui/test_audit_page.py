"""The audit log page: newest first, filters applied by the core, a limit with "Show more"."""
import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QDate, Qt  # noqa: E402

from ui import audit_page  # noqa: E402
from ui.audit_model import (  # noqa: E402
    COL_ACCOUNT,
    COL_ACTION,
    COL_AT,
    COL_DETAIL,
    COL_TARGET,
    AuditModel,
)
from ui.audit_page import AuditPage  # noqa: E402
from wfh_desktop import accounts  # noqa: E402

from .accounts_helpers import PASSWORD, make_users  # noqa: E402


@pytest.fixture
def logged(empty_ctx):
    """boss made ops, ops failed once and logged in, boss logged in again (on a database
    with nothing else in its audit log)."""
    ctx = empty_ctx
    make_users(ctx.db, "operator")
    with pytest.raises(accounts.AccountError):
        accounts.login(ctx.db, "ops", "wrong password")
    accounts.login(ctx.db, "ops", PASSWORD)
    accounts.login(ctx.db, "boss", PASSWORD)
    return ctx


@pytest.fixture
def page(qtbot, logged):
    widget = AuditPage(logged)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def column(page, col):
    """The cells of *col*; for the action column the stored action names (the cells show
    them in words, checked in test_actions_in_words)."""
    if col == COL_ACTION:
        return [r["action"] for r in page.model.rows()]
    return [page.model.data(page.model.index(r, col)) for r in range(page.model.rowCount())]


def test_actions_in_words(page):
    cells = [page.model.data(page.model.index(r, COL_ACTION))
             for r in range(page.model.rowCount())]
    assert cells == ["logged in", "logged in", "failed log-in",
                     "manage user accounts (add_user)", "logged in",
                     "manage user accounts (add_user)"]


def test_qtmodeltester(qtmodeltester, logged):
    model = AuditModel()
    model.set_rows(accounts.audit_log(logged.db))
    qtmodeltester.check(model)


def test_newest_first(page):
    assert column(page, COL_ACTION) == ["login", "login", "login.failed", "users:add_user",
                                        "login", "users:add_user"]
    assert column(page, COL_ACCOUNT)[:3] == ["boss", "ops", "ops"]
    assert column(page, COL_TARGET)[3] == "ops"
    assert column(page, COL_DETAIL)[2] == "failed log-in 1"
    assert len(column(page, COL_AT)[0]) == len("2024-01-01 07:30:00")
    assert page.count_label.text() == "6 entries."
    assert not page.more_button.isEnabled()
    failed = page.model.index(2, COL_ACTION)
    assert page.model.data(failed, Qt.ItemDataRole.ForegroundRole) is not None


def test_filters(page, qtbot):
    page.account_combo.setCurrentText("ops")
    assert column(page, COL_ACTION) == ["login", "login.failed"]
    page.action_combo.setCurrentIndex(page.action_combo.findData("login.failed"))
    assert column(page, COL_ACTION) == ["login.failed"]
    page.clear_button.click()
    assert page.model.rowCount() == 6 and page.account_combo.currentText() == ""
    page.action_combo.setCurrentIndex(page.action_combo.findData("users"))
    assert column(page, COL_ACTION) == ["users:add_user", "users:add_user"]
    page.clear_filters()
    qtbot.keyClicks(page.text_edit, "failed log-in")
    assert column(page, COL_ACTION) == ["login.failed"]
    page.text_edit.setText("nothing like this")
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "No entries match the filters."


def test_date_range(page):
    today = dt.date.fromisoformat(accounts.audit_log(page.ctx.db, limit=1)[0]["at"][:10])
    page.from_edit.setDate(QDate(today.year, today.month, today.day))
    assert page.model.rowCount() == 6
    assert page.filters()["since"] == today.isoformat()
    page.to_edit.setDate(QDate(today.year, today.month, today.day))
    assert page.filters()["until"] == (today + dt.timedelta(days=1)).isoformat()
    assert page.model.rowCount() == 6  # the whole last day counts
    page.set_filters(until=today - dt.timedelta(days=1))
    assert page.model.rowCount() == 0
    assert page.from_edit.text() == "any"


def test_show_more(qtbot, logged, monkeypatch):
    monkeypatch.setattr(audit_page, "PAGE_SIZE", 4)
    page = AuditPage(logged)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 4
    assert page.count_label.text() == "The newest 4 entries are shown."
    assert page.more_button.isEnabled()
    page.more_button.click()
    assert page.model.rowCount() == 6 and not page.more_button.isEnabled()
    page.account_combo.setCurrentText("boss")  # a new filter starts at the limit again
    assert page.limit == 4


def test_new_entries_appear_when_the_page_is_shown(page, logged):
    page.hide()
    accounts.logout(logged.db)
    page.show()
    assert column(page, COL_ACTION)[0] == "logout"
