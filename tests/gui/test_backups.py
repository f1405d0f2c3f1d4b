"""The Backups group of the settings page, and the start of the GUI on a damaged or
already open database."""
import datetime as dt
import logging
import sqlite3

import pytest

from ui import app as app_module
from ui.settings_page import SettingsPage
from wfh_desktop import backup, instance, safety

from .helpers_units import Recorder

DAY = dt.date(2020, 3, 23)


def staff_count(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM staff").fetchone()[0]
    finally:
        conn.close()


def damage(path, table="staff"):
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x05" + b"\xff" * 40)


@pytest.fixture
def page(qtbot, ctx):
    widget = SettingsPage(ctx)
    qtbot.addWidget(widget)
    widget.show_error = Recorder()
    widget.show_info = Recorder()
    widget.confirm = Recorder(True)
    widget.close_app = Recorder()
    return widget


def test_the_group_lists_the_automatic_backups_newest_first(qtbot, ctx, tmp_path):
    for days in (0, 1, 3):
        backup.daily_backup(ctx.db, ctx.db_path, today=DAY + dt.timedelta(days=days))
    widget = SettingsPage(ctx)
    qtbot.addWidget(widget)
    assert [widget.backup_list.topLevelItem(i).text(0)
            for i in range(widget.backup_list.topLevelItemCount())] == [
        "26 March 2020", "24 March 2020", "23 March 2020"]
    assert widget.backup_list.topLevelItem(0).text(1).endswith("KB")
    assert widget.backup_paths()[0] == str(tmp_path / "backups" / "t-2020-03-26.sqlite3")
    assert str(tmp_path / "backups") in widget.backup_folder_label.text()
    assert widget.keep_days.value() == 14


def test_the_days_to_keep_are_stored_in_the_database(page, ctx):
    page.keep_days.setValue(30)
    assert backup.keep_days(ctx.db) == 30
    assert page.backup_status.text() == "The backups of the last 30 days of use are kept."
    again = SettingsPage(ctx)
    assert again.keep_days.value() == 30
    again.deleteLater()


def test_back_up_now_writes_the_chosen_file(page, ctx, qtbot, tmp_path):
    target = tmp_path / "usb" / "copy.sqlite3"
    page.choose_save_file = Recorder(str(target))
    task = page.back_up_now()  # what the button calls
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert staff_count(target) == 5
    assert page.backup_status.text().startswith(f"Backup written to {target} (")
    assert page.choose_save_file.calls[0][1].endswith(".sqlite3")


def test_a_bad_file_is_refused_before_anything_is_asked(page, ctx, tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database", encoding="utf-8")
    page.choose_backup_file = Recorder(str(junk))
    assert not page.restore_backup()
    ((title, message),) = page.show_error.calls
    assert title == "Restore"
    assert message == f"{junk}: not a WFH Desktop database (the file is not an SQLite database)"
    assert page.confirm.calls == [] and page.close_app.calls == []


def test_declining_the_restore_changes_nothing(page, ctx, tmp_path):
    saved = tmp_path / "saved.sqlite3"
    backup.backup_now(ctx.db, saved)
    page.confirm.result = False
    assert not page.restore_backup(str(saved))
    assert len(page.confirm.calls) == 1
    assert not (tmp_path / "backups").exists()
    assert page.close_app.calls == []


def test_restore_replaces_the_database_then_closes_the_program(page, ctx, tmp_path, qtbot):
    empty = tmp_path / "empty.sqlite3"
    from wfh_desktop.database import open_database

    open_database(empty).close()
    page.choose_backup_file = Recorder(str(empty))
    page.restore_button.click()
    assert staff_count(tmp_path / "t.sqlite3") == 0
    (title, question), = page.confirm.calls
    assert str(empty) in question and str(tmp_path / "t.sqlite3") in question
    (_title, text), = page.show_info.calls
    assert f"restored from {empty}" in text
    assert "WFH Desktop closes now" in text
    assert page.close_app.calls == [()]
    (kept,) = (tmp_path / "backups").glob("t-before-restore-*.sqlite3")
    assert staff_count(kept) == 5


# --- start of the program -------------------------------------------------------------

@pytest.fixture
def quit_after_show(monkeypatch, qapp):
    monkeypatch.setenv("WFH_DESKTOP_QUIT_AFTER_SHOW", "1")
    names = qapp.organizationName(), qapp.applicationName()
    windows = []
    real = app_module.create_main_window

    def create(ctx):
        windows.append(real(ctx))
        return windows[-1]

    monkeypatch.setattr(app_module, "create_main_window", create)
    yield windows
    for w in windows:
        w.close()
        w.deleteLater()
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])


@pytest.fixture
def damaged(with_staff, tmp_path):
    """t.sqlite3 with five staff, its automatic backup, then damaged."""
    path = tmp_path / "t.sqlite3"
    backup.daily_backup(with_staff, path, today=DAY)
    with_staff.conn.close()
    damage(path)
    return path


def test_a_damaged_database_offers_the_newest_backup(damaged, quit_after_show, monkeypatch):
    asked = []
    monkeypatch.setattr(app_module, "ask_restore", lambda text: asked.append(text) or True)
    assert app_module.run(damaged, "en") == 0
    (text,) = asked
    assert text.startswith(f"{damaged}: the database file is damaged (")
    assert "WFH Desktop does not open it" in text
    assert f"restore {damaged.parent / 'backups' / 't-2020-03-23.sqlite3'}" in text
    assert quit_after_show[0].ctx.db_path == str(damaged)
    assert staff_count(damaged) == 5
    assert list((damaged.parent / "backups").glob("t-before-restore-*.sqlite3"))


def test_a_damaged_database_is_not_opened_when_the_restore_is_declined(
        damaged, quit_after_show, monkeypatch):
    monkeypatch.setattr(app_module, "ask_restore", lambda text: False)
    before = damaged.read_bytes()
    assert app_module.run(damaged, "en") == 1
    assert quit_after_show == []
    assert damaged.read_bytes() == before
    assert instance.owner(damaged) is None  # the lock was given back


def test_a_damaged_database_without_backup_is_refused(with_staff, tmp_path, quit_after_show,
                                                      monkeypatch):
    path = tmp_path / "t.sqlite3"
    with_staff.conn.close()
    damage(path)
    messages = []
    monkeypatch.setattr(app_module, "show_critical", messages.append)
    monkeypatch.setattr(app_module, "ask_restore", lambda text: pytest.fail("no backup"))
    assert app_module.run(path, "en") == 1
    (text,) = messages
    assert f"No backup of it was found in {tmp_path / 'backups'}" in text


def test_a_second_window_on_the_same_database_is_refused(tmp_path, quit_after_show,
                                                         monkeypatch):
    path = tmp_path / "gui.sqlite3"
    messages = []
    monkeypatch.setattr(app_module, "show_critical", messages.append)
    with instance.InstanceLock(path):
        assert app_module.run(path, "en") == 1
    (text,) = messages
    assert text.startswith(f"{path} is already open in another WFH Desktop window")
    assert quit_after_show == []
    # once the first window is gone, the database opens
    assert app_module.run(path, "en") == 0
    assert not instance.lock_path(path).exists()


def test_warnings_at_start_do_not_stop_the_window(tmp_path, quit_after_show, monkeypatch,
                                                  caplog):
    monkeypatch.setattr(safety, "network_share", lambda path: "cifs //kantor/data")
    with caplog.at_level(logging.WARNING, logger="ui.app"):
        assert app_module.run(tmp_path / "gui.sqlite3", "en") == 0
    assert quit_after_show
    assert any("is on a network share (cifs //kantor/data)" in r.getMessage()
               for r in caplog.records)


def test_a_window_left_open_backs_up_on_a_new_day(qtbot, ctx, tmp_path):
    from ui.app import create_main_window

    window = create_main_window(ctx)
    qtbot.addWidget(window)
    assert window.backup_timer.isActive()
    settings_page = window.show_page("settings")
    written = window.daily_backup(today=DAY)
    assert written == tmp_path / "backups" / "t-2020-03-23.sqlite3" and written.is_file()
    assert window.daily_backup(today=DAY) is None  # once a day
    assert window.daily_backup(today=DAY + dt.timedelta(days=1)).is_file()
    assert settings_page.backup_list.topLevelItemCount() == 2  # the list followed
    assert "t-2020-03-24" in window.statusBar().currentMessage()
